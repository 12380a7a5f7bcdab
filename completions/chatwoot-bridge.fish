# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_chatwoot_bridge_global_optspecs
    string join \n p/profile= url= account= o/output= json jq= q/quiet v/verbose y/yes no-input env-file= h/help V/version
end

function __fish_chatwoot_bridge_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_chatwoot_bridge_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_chatwoot_bridge_using_subcommand
    set -l cmd (__fish_chatwoot_bridge_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "auth" -d 'Log in with an access token, show who you are, log out'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "profile" -d 'Manage the stored profiles'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "setup" -d 'Provision idempotently: the wizard, or one API inbox or agent bot at a time'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "plan" -d 'Compare a manifest (chatwoot.toml) with the account: exit 0 in sync, 11 changes pending'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "apply" -d 'Make the account match a manifest (chatwoot.toml): plan, confirm, apply'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "inbox" -d 'API-channel inboxes'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "bot" -d 'Agent bots (account bots, or global bots with --platform)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "webhook" -d 'Account webhooks'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "conversation" -d 'Conversations: list, show, create'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "conv" -d 'Conversations: list, show, create'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "send" -d 'Send a message: as the agent, a private note, incoming, or as a test customer'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "resolve" -d 'Resolve a conversation'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "reopen" -d 'Reopen a conversation'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "pending" -d 'Set a conversation pending (waiting for the bot)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "snooze" -d 'Snooze a conversation until a time, or until the customer writes'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "assign" -d 'Assign a conversation to an agent, a team or a bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "agent" -d 'The account\'s agents (ids for `assign --agent`)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "team" -d 'The account\'s teams (ids for `assign --team`)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "handoff" -d 'The bot hands over to humans: pending -> open, optionally with a private note'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "listen" -d 'Receive Chatwoot\'s webhooks locally: verify, store, print, forward'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "tail" -d 'Print stored deliveries as `listen` does (--follow for new ones)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "events" -d 'Stored deliveries: list, show, export, verify, prune'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "replay" -d 'Send stored deliveries again, re-signed'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "inspect" -d 'The web inspector: stored deliveries live in a browser, detail, replay, transcripts'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "trigger" -d 'Send a synthetic, signed Chatwoot event (no credentials needed)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "doctor" -d 'Diagnose connection, permissions, webhook reachability and signing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "probe" -d 'CI smoke test: a test customer writes in; wait for the bot\'s answer (exit 12 if none)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "test" -d 'Conversation tests for a bot: scripted conversations from a flow file (exit 12 if one fails)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "example-bot" -d 'The built-in example bot as a process (reads CHATWOOT_* from the environment)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "api" -d 'A raw authenticated request; PATH is from the base URL (e.g. /api/v1/profile)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "sandbox" -d 'A local Chatwoot-compatible server, for laptops and CI'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "demo" -d 'The whole provisioning flow against the embedded sandbox, narrated'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "completions" -d 'Shell completions'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "login" -d 'Validate an access token against the instance and save it in a profile'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "status" -d 'Who the token belongs to, the role in the account, and where the token came from'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "logout" -d 'Remove the stored tokens and signing secrets from the profile'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and not __fish_seen_subcommand_from login status logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from stdin instead of prompting'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -l platform -d 'The token is a platform app\'s token (for global bots), not a user\'s'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Validate an access token against the instance and save it in a profile'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Who the token belongs to, the role in the account, and where the token came from'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the stored tokens and signing secrets from the profile'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -f -a "list" -d 'List the stored profiles'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -f -a "show" -d 'Show a profile (the one in effect by default); tokens are never shown'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -f -a "use" -d 'Make a profile the default'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -f -a "remove" -d 'Delete a profile and its tokens'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and not __fish_seen_subcommand_from list show use remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the stored profiles'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile (the one in effect by default); tokens are never shown'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Delete a profile and its tokens'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l inbox -d 'The API inbox: an existing inbox\'s id or name, or the name of a new one' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l webhook-url -d 'Where Chatwoot posts the inbox\'s events' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l preset -d 'Build the webhook target for a bot platform (see `setup inbox --help`)' -r -f -a "cognigy\t'Cognigy.AI handover to Chatwoot agents'
opendialog\t'OpenDialog\'s Chatwoot channel'
langgraph\t'A LangGraph agent behind a FastAPI app with a Chatwoot webhook route'
agent-bot\t'Chatwoot\'s own agent bot: conversations start pending until the bot hands off'"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l endpoint -d 'cognigy: the Cognigy endpoint\'s base URL' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l tenant -d 'opendialog: the tenant (the part before .cloud.opendialog.ai)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l server -d 'langgraph: the agent server\'s base URL' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l bot -d 'An agent bot to link: an existing account bot\'s id or name, or the name of a new one' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l bot-url -d 'The agent bot\'s outgoing URL (where Chatwoot posts the bot\'s events)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l account-webhook -d 'Also subscribe an account webhook at this URL (all inboxes\' events)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l events -d 'The account webhook\'s events, comma-separated (e.g. message_created,conversation_status_changed)' -r -f -a "conversation_created\t''
conversation_status_changed\t''
conversation_updated\t''
contact_created\t''
contact_updated\t''
message_created\t''
message_updated\t''
webwidget_triggered\t''
inbox_created\t''
inbox_updated\t''
conversation_typing_on\t''
conversation_typing_off\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l no-webhook -d 'Leave the inbox\'s webhook URL as it is (none on a new inbox)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l no-bot -d 'No agent bot (the default without a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l no-account-webhook -d 'No account webhook (the default without a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l dry-run -d 'Show the plan, change nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -f -a "inbox" -d 'Find or create an API inbox by name and set its webhook URL'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -f -a "bot" -d 'Find or create an agent bot by name and link it to an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and not __fish_seen_subcommand_from inbox bot help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l name -d 'The inbox\'s name (the key that makes re-runs find it)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l webhook-url -d 'Where Chatwoot posts this inbox\'s events' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l preset -d 'Build the webhook URL for a bot platform and print what its setup form asks for' -r -f -a "cognigy\t'Cognigy.AI handover to Chatwoot agents'
opendialog\t'OpenDialog\'s Chatwoot channel'
langgraph\t'A LangGraph agent behind a FastAPI app with a Chatwoot webhook route'
agent-bot\t'Chatwoot\'s own agent bot: conversations start pending until the bot hands off'"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l endpoint -d 'cognigy: the Cognigy endpoint\'s base URL' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l tenant -d 'opendialog: the tenant (the part before .cloud.opendialog.ai)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l server -d 'langgraph: the agent server\'s base URL' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l bot-url -d 'agent-bot: where the bot receives Chatwoot\'s events' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l bot-name -d 'agent-bot: the bot\'s name (default: "<inbox name> bot")' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l dry-run -d 'Show what would change, change nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from inbox" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l name -d 'The bot\'s name (the key that makes re-runs find it)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l outgoing-url -d 'Where Chatwoot posts the bot\'s events' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l inbox -d 'The inbox to link: id, or name when unambiguous' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l platform -d 'A global bot through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l dry-run -d 'Show what would change, change nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from bot" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from help" -f -a "inbox" -d 'Find or create an API inbox by name and set its webhook URL'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from help" -f -a "bot" -d 'Find or create an agent bot by name and link it to an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand setup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -s f -l file -d 'The manifest (TOML: [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]], [[team]])' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -l prune -d 'Also show, as deletions, objects of the kinds the manifest declares that it does not list'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -l export -d 'Print the account as a manifest instead (the adoption path)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand plan" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -s f -l file -d 'The manifest (TOML: [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]], [[team]])' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -l secrets-out -d 'Write the secrets of what this run created to FILE as an env file (mode 0600)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -l prune -d 'Also delete objects of the kinds the manifest declares that it does not list'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand apply" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -f -a "list" -d 'List the inboxes this token can see'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -f -a "show" -d 'Show one inbox and the bot linked to it'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -f -a "create" -d 'Create an API-channel inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -f -a "update" -d 'Change an inbox\'s name, webhook URL or settings'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -f -a "delete" -d 'Delete an inbox (Chatwoot deletes it in the background)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -f -a "secret" -d 'Print the inbox\'s webhook signing secret and HMAC token (administrators only)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and not __fish_seen_subcommand_from list show create update delete secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l name -d 'The inbox\'s name, as agents see it' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l webhook-url -d 'Where Chatwoot posts this inbox\'s events (messages, conversations, typing)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l hmac-mandatory -d 'Require contacts created through the public API to carry an identifier_hash' -r -f -a "true\t''
false\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l greeting -d 'A greeting sent when a conversation starts (enables greetings)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l name -d 'A new name' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l webhook-url -d 'The new webhook URL ("" removes it)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l hmac-mandatory -d 'Require contacts created through the public API to carry an identifier_hash' -r -f -a "true\t''
false\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l greeting -d 'A greeting sent when a conversation starts (enables greetings)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -l reset -d 'Generate a new signing secret first (the old one stops working)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the inboxes this token can see'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one inbox and the bot linked to it'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API-channel inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an inbox\'s name, webhook URL or settings'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an inbox (Chatwoot deletes it in the background)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Print the inbox\'s webhook signing secret and HMAC token (administrators only)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "list" -d 'List agent bots (the account\'s and global ones; with --platform, the app\'s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "show" -d 'Show one bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "create" -d 'Create an agent bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "update" -d 'Change a bot\'s name, outgoing URL or description'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "delete" -d 'Delete a bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "link" -d 'Link a bot to an inbox: the bot answers first, new conversations start pending'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "unlink" -d 'Remove the bot from an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "token" -d 'Print the bot\'s API access token (what the bot uses to answer)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "secret" -d 'Print the bot\'s webhook signing secret (account bots, administrators)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and not __fish_seen_subcommand_from list show create update delete link unlink token secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l name -d 'The bot\'s name, as agents see it' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l outgoing-url -d 'Where Chatwoot posts the bot\'s events' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l description -d 'A description for agents' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l bot-account -d 'With --platform: tie the bot to this account instead of making it global' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l name -d 'A new name' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l outgoing-url -d 'The new outgoing URL ("" removes it: Chatwoot then sends the bot nothing)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l description -d 'A new description' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l bot -d 'The bot\'s id (`chatwoot-bridge bot list`)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l inbox -d 'Inbox id, or its name when unambiguous' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -l inbox -d 'Inbox id, or its name when unambiguous' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from unlink" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -l reset -d 'Generate a new token first (account bots)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -l reset -d 'Generate a new signing secret first'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -l platform -d 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "list" -d 'List agent bots (the account\'s and global ones; with --platform, the app\'s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an agent bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a bot\'s name, outgoing URL or description'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link a bot to an inbox: the bot answers first, new conversations start pending'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Remove the bot from an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the bot\'s API access token (what the bot uses to answer)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Print the bot\'s webhook signing secret (account bots, administrators)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand bot; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -f -a "list" -d 'List the account\'s webhooks'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -f -a "create" -d 'Subscribe a URL to account events'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -f -a "update" -d 'Change a webhook\'s URL, events or name'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -f -a "delete" -d 'Delete a webhook'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -f -a "secret" -d 'Print a webhook\'s signing secret (Chatwoot 4.11.2+; rotate by delete and create)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and not __fish_seen_subcommand_from list create update delete secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -l url -d 'Where Chatwoot posts the events. The instance\'s own URL then comes from CHATWOOT_BASE_URL, the profile, or a --url before `webhook`' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -l events -d 'Comma-separated events to subscribe to' -r -f -a "conversation_created\t''
conversation_status_changed\t''
conversation_updated\t''
contact_created\t''
contact_updated\t''
message_created\t''
message_updated\t''
webwidget_triggered\t''
inbox_created\t''
inbox_updated\t''
conversation_typing_on\t''
conversation_typing_off\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -l name -d 'A name to tell webhooks apart' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -l url -d 'The new target URL (the instance\'s: as for create)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -l events -d 'The new events, comma-separated (replace the old ones)' -r -f -a "conversation_created\t''
conversation_status_changed\t''
conversation_updated\t''
contact_created\t''
contact_updated\t''
message_created\t''
message_updated\t''
webwidget_triggered\t''
inbox_created\t''
inbox_updated\t''
conversation_typing_on\t''
conversation_typing_off\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -l name -d 'A new name' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s webhooks'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "create" -d 'Subscribe a URL to account events'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a webhook\'s URL, events or name'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a webhook'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Print a webhook\'s signing secret (Chatwoot 4.11.2+; rotate by delete and create)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand webhook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -f -a "list" -d 'List conversations (Chatwoot\'s default: open ones, 25 a page)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -f -a "show" -d 'Show a conversation and its recent messages'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -f -a "create" -d 'Open a conversation for an existing contact in an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and not __fish_seen_subcommand_from list show create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l status -d 'open, resolved, pending, snoozed, or all' -r -f -a "open\t''
resolved\t''
pending\t''
snoozed\t''
all\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l inbox -d 'Only this inbox (id or name)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l assignee -d 'me, unassigned, assigned, or all' -r -f -a "me\t''
unassigned\t''
assigned\t''
all\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l page -d 'The page to fetch (25 a page)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -l before -d 'Messages before this message id (the 20 older ones)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l inbox -d 'Inbox id, or its name when unambiguous' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l contact -d 'The contact\'s id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l status -d 'open, pending or resolved (default: pending when a bot is linked, else open)' -r -f -a "open\t''
pending\t''
resolved\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from help" -f -a "list" -d 'List conversations (Chatwoot\'s default: open ones, 25 a page)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a conversation and its recent messages'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from help" -f -a "create" -d 'Open a conversation for an existing contact in an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conversation; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -f -a "list" -d 'List conversations (Chatwoot\'s default: open ones, 25 a page)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -f -a "show" -d 'Show a conversation and its recent messages'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -f -a "create" -d 'Open a conversation for an existing contact in an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and not __fish_seen_subcommand_from list show create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l status -d 'open, resolved, pending, snoozed, or all' -r -f -a "open\t''
resolved\t''
pending\t''
snoozed\t''
all\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l inbox -d 'Only this inbox (id or name)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l assignee -d 'me, unassigned, assigned, or all' -r -f -a "me\t''
unassigned\t''
assigned\t''
all\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l page -d 'The page to fetch (25 a page)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -l before -d 'Messages before this message id (the 20 older ones)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l inbox -d 'Inbox id, or its name when unambiguous' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l contact -d 'The contact\'s id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l status -d 'open, pending or resolved (default: pending when a bot is linked, else open)' -r -f -a "open\t''
pending\t''
resolved\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from help" -f -a "list" -d 'List conversations (Chatwoot\'s default: open ones, 25 a page)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a conversation and its recent messages'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from help" -f -a "create" -d 'Open a conversation for an existing contact in an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand conv; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l attach -d 'Attach a file (repeatable, at most 15)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l inbox -d 'With --as-customer: the inbox to write into (id or name)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l contact -d 'With --as-customer: the contact\'s identifier; the same identifier reuses the contact' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l conversation -d 'With --as-customer: continue this conversation of the contact instead of opening one' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l private -d 'A private note, seen only by agents'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l incoming -d 'Post as the contact (incoming); Chatwoot allows it only in API inboxes'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l as-customer -d 'A test customer writes in: public client API, new or reused contact'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand send" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand resolve" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand reopen" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand pending" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -l until -d 'A duration (30m, 2h, 1d) or a future time (2026-12-01T09:00:00Z; without an offset, local); without it, until the customer writes' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand snooze" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l agent -d 'An agent\'s user id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l team -d 'A team\'s id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l bot -d 'An agent bot\'s id (Chatwoot 4.8+)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand assign" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the account\'s agents and administrators (the ids `assign --agent` takes)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s agents and administrators (the ids `assign --agent` takes)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the account\'s teams (the ids `assign --team` takes)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s teams (the ids `assign --team` takes)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -l note -d 'A private note for the humans taking over' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand handoff" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l bind -d 'Address to listen on' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l port -d 'Port (0 picks a free one)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l secret -d 'The signing secret [env: CHATWOOT_WEBHOOK_SECRET]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l path-secret -d 'PATH=LABEL: verify deliveries to PATH with the profile\'s stored secret LABEL (e.g. /bot=bot:3)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l tolerance -d 'How far X-Chatwoot-Timestamp may be from now' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l max-body -d 'Larger bodies get 413 (and a stored record of the refusal)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l forward-to -d 'Forward accepted deliveries to this URL (repeatable)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l route -d 'PATH=URL: forward deliveries to PATH there instead (repeatable); with --live, inbox:ID=URL or bot:ID=URL' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l resign-secret -d 'Re-sign forwards with a fresh timestamp and this secret' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l ui-port -d 'The inspector\'s port with --ui (0 picks a free one)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l events -l event -d 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)' -r -f -a "message_created\t''
message_updated\t''
conversation_created\t''
conversation_status_changed\t''
conversation_updated\t''
conversation_opened\t''
conversation_resolved\t''
conversation_typing_on\t''
conversation_typing_off\t''
webwidget_triggered\t''
contact_created\t''
contact_updated\t''
inbox_created\t''
inbox_updated\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l inbox -d 'Only this inbox id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l conversation -d 'Only this conversation (display id)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l since -d 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l no-verify -d 'Accept unsigned deliveries (Chatwoot signs inbox and bot webhooks from 4.13, account webhooks from 4.11.2); they are stored as unverified'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l live -d 'Receive events over Chatwoot\'s websocket instead (no public URL or tunnel); stored and forwarded in the webhook shape'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l raw -d 'With --live: store the websocket\'s own {event, data} frames untouched'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l ui -d 'Also serve the web inspector (as `chatwoot-bridge inspect` does) on 127.0.0.1:--ui-port'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l ignore-bot-echo -d 'Hide bots\' own messages (Chatwoot sends a bot its own replies)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand listen" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s n -l limit -d 'Start with the last N stored deliveries' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l events -l event -d 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)' -r -f -a "message_created\t''
message_updated\t''
conversation_created\t''
conversation_status_changed\t''
conversation_updated\t''
conversation_opened\t''
conversation_resolved\t''
conversation_typing_on\t''
conversation_typing_off\t''
webwidget_triggered\t''
contact_created\t''
contact_updated\t''
inbox_created\t''
inbox_updated\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l inbox -d 'Only this inbox id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l conversation -d 'Only this conversation (display id)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l since -d 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s f -l follow -d 'Keep printing new deliveries as they arrive'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l ignore-bot-echo -d 'Hide bots\' own messages (Chatwoot sends a bot its own replies)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand tail" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -f -a "list" -d 'List stored deliveries, newest last'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -f -a "show" -d 'Headers and body exactly as received (-o json: `body` parsed, `body_raw` the exact text)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -f -a "export" -d 'Every matching delivery as NDJSON (bodies included), streamed in constant memory'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -f -a "verify" -d 'Explain why a delivery\'s signature does (not) verify with a secret'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -f -a "prune" -d 'Delete deliveries older than a duration (asks first; --yes to skip)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and not __fish_seen_subcommand_from list show export verify prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l events -l event -d 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)' -r -f -a "message_created\t''
message_updated\t''
conversation_created\t''
conversation_status_changed\t''
conversation_updated\t''
conversation_opened\t''
conversation_resolved\t''
conversation_typing_on\t''
conversation_typing_off\t''
webwidget_triggered\t''
contact_created\t''
contact_updated\t''
inbox_created\t''
inbox_updated\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l inbox -d 'Only this inbox id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l conversation -d 'Only this conversation (display id)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l since -d 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -s n -l limit -d 'The last N only' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l ignore-bot-echo -d 'Hide bots\' own messages (Chatwoot sends a bot its own replies)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l events -l event -d 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)' -r -f -a "message_created\t''
message_updated\t''
conversation_created\t''
conversation_status_changed\t''
conversation_updated\t''
conversation_opened\t''
conversation_resolved\t''
conversation_typing_on\t''
conversation_typing_off\t''
webwidget_triggered\t''
contact_created\t''
contact_updated\t''
inbox_created\t''
inbox_updated\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l inbox -d 'Only this inbox id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l conversation -d 'Only this conversation (display id)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l since -d 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l ignore-bot-echo -d 'Hide bots\' own messages (Chatwoot sends a bot its own replies)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -l secret -d 'The signing secret to check (else CHATWOOT_WEBHOOK_SECRET, else the profile\'s)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -l older-than -d 'An age with its unit: 30d (days), 12h, 90m' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "list" -d 'List stored deliveries, newest last'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "show" -d 'Headers and body exactly as received (-o json: `body` parsed, `body_raw` the exact text)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "export" -d 'Every matching delivery as NDJSON (bodies included), streamed in constant memory'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Explain why a delivery\'s signature does (not) verify with a secret'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Delete deliveries older than a duration (asks first; --yes to skip)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l to -d 'Where to send (default: where each delivery was forwarded)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l secret -d 'Re-sign with this secret [env: CHATWOOT_WEBHOOK_SECRET; else the profile\'s only stored secret]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l events -l event -d 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)' -r -f -a "message_created\t''
message_updated\t''
conversation_created\t''
conversation_status_changed\t''
conversation_updated\t''
conversation_opened\t''
conversation_resolved\t''
conversation_typing_on\t''
conversation_typing_off\t''
webwidget_triggered\t''
contact_created\t''
contact_updated\t''
inbox_created\t''
inbox_updated\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l inbox -d 'Only this inbox id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l conversation -d 'Only this conversation (display id)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l since -d 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l concurrency -d 'Requests in flight at once' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l rate -d 'At most N requests per second' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l ignore-bot-echo -d 'Hide bots\' own messages (Chatwoot sends a bot its own replies)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l dead-letters -d 'Every delivery whose forward failed (dead letters) or never finished'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l restart -d 'Send everything again, even what an interrupted run of this same replay delivered'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand replay" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l bind -d 'Address to serve on (loopback by default; another address exposes stored bodies to that network)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l port -d 'Port (0 picks a free one)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l secret -d 'The signing secret that re-signs replays [env: CHATWOOT_WEBHOOK_SECRET]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l to -d 'Where to send it (the default is where `listen` listens)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l secret -d 'Sign with this secret [env: CHATWOOT_WEBHOOK_SECRET; else the profile\'s only stored secret]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l set -d 'Change a field: a dotted path into the payload (numbers index arrays); VALUE as JSON, else text' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l for -d 'The receiver the payload is shaped for (default: what Chatwoot sends the event to)' -r -f -a "api-inbox\t'An API inbox\'s webhook URL'
agent-bot\t'An agent bot\'s outgoing URL'
account-webhook\t'An account webhook'"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l outgoing -d 'Message events: the agent\'s answer (outgoing) instead of the customer\'s message'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l print -d 'Print the headers and payload instead of sending'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand trigger" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -l inbox -d 'Check this inbox only (id or name); default: every API inbox of the account' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -l listener -d 'The local listener to check, e.g. the one behind a tunnel (default: the webhook and outgoing URLs that are on loopback)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l inbox -d 'The inbox to write into (id or name); an API inbox' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l message -d 'What the test customer writes' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l expect -d 'The answer must match this regular expression' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l timeout -d 'How long to wait' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l contact -d 'The test customer\'s identifier (default: a new one per probe)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l expect-handoff -d 'Succeed when the bot hands the conversation over (status open), not when it answers'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l keep -d 'Leave the probe\'s conversation as it is (default: resolve it, so probes do not pile up in the agents\' pending and open lists)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand probe" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l bot-url -d 'With --sandbox: where the bot receives Chatwoot\'s deliveries' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l mode -d 'With --sandbox: connect the bot as an agent bot (its own token; conversations start pending) or as an API inbox\'s webhook (the admin\'s token)' -r -f -a "agent-bot\t''
inbox\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l jobs -d 'Flows run at the same time' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l junit -d 'Also write a JUnit XML report here (one test case per flow)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l inbox -d 'Write into this inbox (id or name), whatever the file says' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l bot-startup -d 'With --sandbox: how long the bot may take to answer at --bot-url' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l record -d 'Print a flow skeleton from an existing conversation (its display id) and exit' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l store -d 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l sandbox -d 'Run against an embedded sandbox wired to the bot at --bot-url (nothing else needed)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l keep -d 'Leave the test conversations as they end (default: resolve them)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l from-store -d 'With --record: read the conversation from the event store (what `listen` received) instead of asking Chatwoot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand test" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -l port -d 'Port to listen on (127.0.0.1)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand example-bot" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -s f -l field -d 'A body field (or query parameter for GET/DELETE); `a[b]=v` nests' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -l input -d 'The JSON body from a file (`-` for stdin)' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -l platform -d 'Send the platform app token instead of the user token'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand api" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l bind -d 'Address to listen on' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l port -d 'Port (0 picks a free one)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l admin-token -d 'The administrator\'s access token (generated when not given)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l agent-token -d 'An agent\'s access token (generated when not given)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l platform-token -d 'The platform app\'s token (generated when not given)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l account-id -d 'The account\'s id' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l webhook-timeout -d 'Each webhook delivery\'s connect and read timeout (Chatwoot\'s WEBHOOK_TIMEOUT)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l bot-retry-interval -d 'Wait between an agent bot\'s delivery attempts (Chatwoot: 3 s)' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l latency -d 'Delay added to every API response' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l fail-rate -d 'Share of API requests (0.0 to 1.0) answered 500 before they run' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l fault-seed -d 'Make the --fail-rate sequence reproducible' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l rate-limit -d 'Answer 429 text/plain "Retry later" past N requests a minute per client, like rack-attack' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l keep-pending-on-bot-failure -d 'Keep a pending conversation pending when the bot\'s delivery fails (account setting)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l refuse-private-webhooks -d 'Refuse loopback and private webhook targets, as Chatwoot 4.14+ does unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l inbox-events -d 'Send inbox_created / inbox_updated to account webhooks (Chatwoot\'s ENABLE_INBOX_EVENTS)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand demo" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -s p -l profile -d 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -l url -d 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -l account -d 'Account id [env: CHATWOOT_ACCOUNT_ID]' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -s o -l output -d 'Output mode' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -l jq -d 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line' -r
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -l env-file -d 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project\'s .env; variables already set in the environment win' -r -F
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -l json -d 'Short for `-o json`'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -s q -l quiet -d 'Print only ids (one per line) or nothing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -s v -l verbose -d 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -l no-input -d 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -s h -l help -d 'Print help'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand completions" -s V -l version -d 'Print version'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "auth" -d 'Log in with an access token, show who you are, log out'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "profile" -d 'Manage the stored profiles'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "setup" -d 'Provision idempotently: the wizard, or one API inbox or agent bot at a time'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "plan" -d 'Compare a manifest (chatwoot.toml) with the account: exit 0 in sync, 11 changes pending'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "apply" -d 'Make the account match a manifest (chatwoot.toml): plan, confirm, apply'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "inbox" -d 'API-channel inboxes'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "bot" -d 'Agent bots (account bots, or global bots with --platform)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "webhook" -d 'Account webhooks'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "conversation" -d 'Conversations: list, show, create'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "send" -d 'Send a message: as the agent, a private note, incoming, or as a test customer'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "resolve" -d 'Resolve a conversation'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "reopen" -d 'Reopen a conversation'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "pending" -d 'Set a conversation pending (waiting for the bot)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "snooze" -d 'Snooze a conversation until a time, or until the customer writes'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "assign" -d 'Assign a conversation to an agent, a team or a bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "agent" -d 'The account\'s agents (ids for `assign --agent`)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "team" -d 'The account\'s teams (ids for `assign --team`)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "handoff" -d 'The bot hands over to humans: pending -> open, optionally with a private note'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "listen" -d 'Receive Chatwoot\'s webhooks locally: verify, store, print, forward'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "tail" -d 'Print stored deliveries as `listen` does (--follow for new ones)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "events" -d 'Stored deliveries: list, show, export, verify, prune'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "replay" -d 'Send stored deliveries again, re-signed'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "inspect" -d 'The web inspector: stored deliveries live in a browser, detail, replay, transcripts'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "trigger" -d 'Send a synthetic, signed Chatwoot event (no credentials needed)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "doctor" -d 'Diagnose connection, permissions, webhook reachability and signing'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "probe" -d 'CI smoke test: a test customer writes in; wait for the bot\'s answer (exit 12 if none)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "test" -d 'Conversation tests for a bot: scripted conversations from a flow file (exit 12 if one fails)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "example-bot" -d 'The built-in example bot as a process (reads CHATWOOT_* from the environment)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "api" -d 'A raw authenticated request; PATH is from the base URL (e.g. /api/v1/profile)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "sandbox" -d 'A local Chatwoot-compatible server, for laptops and CI'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "demo" -d 'The whole provisioning flow against the embedded sandbox, narrated'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "completions" -d 'Shell completions'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and not __fish_seen_subcommand_from auth profile setup plan apply inbox bot webhook conversation send resolve reopen pending snooze assign agent team handoff listen tail events replay inspect trigger doctor probe test example-bot api sandbox demo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Validate an access token against the instance and save it in a profile'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Who the token belongs to, the role in the account, and where the token came from'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the stored tokens and signing secrets from the profile'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the stored profiles'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile (the one in effect by default); tokens are never shown'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Delete a profile and its tokens'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from setup" -f -a "inbox" -d 'Find or create an API inbox by name and set its webhook URL'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from setup" -f -a "bot" -d 'Find or create an agent bot by name and link it to an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "list" -d 'List the inboxes this token can see'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "show" -d 'Show one inbox and the bot linked to it'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "create" -d 'Create an API-channel inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "update" -d 'Change an inbox\'s name, webhook URL or settings'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "delete" -d 'Delete an inbox (Chatwoot deletes it in the background)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from inbox" -f -a "secret" -d 'Print the inbox\'s webhook signing secret and HMAC token (administrators only)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "list" -d 'List agent bots (the account\'s and global ones; with --platform, the app\'s)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "show" -d 'Show one bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "create" -d 'Create an agent bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "update" -d 'Change a bot\'s name, outgoing URL or description'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "delete" -d 'Delete a bot'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "link" -d 'Link a bot to an inbox: the bot answers first, new conversations start pending'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "unlink" -d 'Remove the bot from an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "token" -d 'Print the bot\'s API access token (what the bot uses to answer)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from bot" -f -a "secret" -d 'Print the bot\'s webhook signing secret (account bots, administrators)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "list" -d 'List the account\'s webhooks'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "create" -d 'Subscribe a URL to account events'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "update" -d 'Change a webhook\'s URL, events or name'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "delete" -d 'Delete a webhook'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from webhook" -f -a "secret" -d 'Print a webhook\'s signing secret (Chatwoot 4.11.2+; rotate by delete and create)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from conversation" -f -a "list" -d 'List conversations (Chatwoot\'s default: open ones, 25 a page)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from conversation" -f -a "show" -d 'Show a conversation and its recent messages'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from conversation" -f -a "create" -d 'Open a conversation for an existing contact in an inbox'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "list" -d 'List the account\'s agents and administrators (the ids `assign --agent` takes)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "list" -d 'List the account\'s teams (the ids `assign --team` takes)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "list" -d 'List stored deliveries, newest last'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "show" -d 'Headers and body exactly as received (-o json: `body` parsed, `body_raw` the exact text)'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "export" -d 'Every matching delivery as NDJSON (bodies included), streamed in constant memory'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "verify" -d 'Explain why a delivery\'s signature does (not) verify with a secret'
complete -c chatwoot-bridge -n "__fish_chatwoot_bridge_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "prune" -d 'Delete deliveries older than a duration (asks first; --yes to skip)'
