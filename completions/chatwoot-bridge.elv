
use builtin;
use str;

set edit:completion:arg-completer[chatwoot-bridge] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'chatwoot-bridge'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'chatwoot-bridge'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Log in with an access token, show who you are, log out'
            cand profile 'Manage the stored profiles'
            cand setup 'Provision idempotently: an API inbox with its webhook URL, an agent bot linked to it'
            cand inbox 'API-channel inboxes'
            cand bot 'Agent bots (account bots, or global bots with --platform)'
            cand webhook 'Account webhooks'
            cand conversation 'Conversations: list, show, create'
            cand conv 'Conversations: list, show, create'
            cand send 'Send a message: as the agent, a private note, incoming, or as a test customer'
            cand resolve 'Resolve a conversation'
            cand reopen 'Reopen a conversation'
            cand pending 'Set a conversation pending (waiting for the bot)'
            cand snooze 'Snooze a conversation until a time, or until the customer writes'
            cand assign 'Assign a conversation to an agent, a team or a bot'
            cand handoff 'The bot hands over to humans: pending -> open, optionally with a private note'
            cand listen 'Receive Chatwoot''s webhooks locally: verify, store, print, forward'
            cand tail 'Print stored deliveries as `listen` does (--follow for new ones)'
            cand events 'Stored deliveries: list, show, export, verify, prune'
            cand replay 'Send stored deliveries again, re-signed'
            cand trigger 'Send a synthetic, signed Chatwoot event (no credentials needed)'
            cand doctor 'Diagnose connection, permissions, webhook reachability and signing'
            cand probe 'CI smoke test: a test customer writes in; wait for the bot''s answer (exit 12 if none)'
            cand api 'A raw authenticated request; PATH is from the base URL (e.g. /api/v1/profile)'
            cand sandbox 'A local Chatwoot-compatible server, for laptops and CI'
            cand demo 'The whole provisioning flow against the embedded sandbox, narrated'
            cand completions 'Shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;auth'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Validate an access token against the instance and save it in a profile'
            cand status 'Who the token belongs to, the role in the account, and where the token came from'
            cand logout 'Remove the stored tokens from the profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;auth;login'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --with-token 'Read the token from stdin instead of prompting'
            cand --platform 'The token is a platform app''s token (for global bots), not a user''s'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;auth;status'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;auth;logout'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;auth;help'= {
            cand login 'Validate an access token against the instance and save it in a profile'
            cand status 'Who the token belongs to, the role in the account, and where the token came from'
            cand logout 'Remove the stored tokens from the profile'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;auth;help;login'= {
        }
        &'chatwoot-bridge;auth;help;status'= {
        }
        &'chatwoot-bridge;auth;help;logout'= {
        }
        &'chatwoot-bridge;auth;help;help'= {
        }
        &'chatwoot-bridge;profile'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the stored profiles'
            cand show 'Show a profile (the one in effect by default); tokens are never shown'
            cand use 'Make a profile the default'
            cand remove 'Delete a profile and its tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;profile;list'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;profile;show'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;profile;use'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;profile;remove'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;profile;help'= {
            cand list 'List the stored profiles'
            cand show 'Show a profile (the one in effect by default); tokens are never shown'
            cand use 'Make a profile the default'
            cand remove 'Delete a profile and its tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;profile;help;list'= {
        }
        &'chatwoot-bridge;profile;help;show'= {
        }
        &'chatwoot-bridge;profile;help;use'= {
        }
        &'chatwoot-bridge;profile;help;remove'= {
        }
        &'chatwoot-bridge;profile;help;help'= {
        }
        &'chatwoot-bridge;setup'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand inbox 'Find or create an API inbox by name and set its webhook URL'
            cand bot 'Find or create an agent bot by name and link it to an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;setup;inbox'= {
            cand --name 'The inbox''s name (the key that makes re-runs find it)'
            cand --webhook-url 'Where Chatwoot posts this inbox''s events'
            cand --preset 'Build the webhook URL for a bot platform and print what its setup form asks for'
            cand --endpoint 'cognigy: the Cognigy endpoint''s base URL'
            cand --tenant 'opendialog: the tenant (the part before .cloud.opendialog.ai)'
            cand --server 'langgraph: the agent server''s base URL'
            cand --bot-url 'agent-bot: where the bot receives Chatwoot''s events'
            cand --bot-name 'agent-bot: the bot''s name (default: "<inbox name> bot")'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --dry-run 'Show what would change, change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;setup;bot'= {
            cand --name 'The bot''s name (the key that makes re-runs find it)'
            cand --outgoing-url 'Where Chatwoot posts the bot''s events'
            cand --inbox 'The inbox to link: id, or name when unambiguous'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'A global bot through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --dry-run 'Show what would change, change nothing'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;setup;help'= {
            cand inbox 'Find or create an API inbox by name and set its webhook URL'
            cand bot 'Find or create an agent bot by name and link it to an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;setup;help;inbox'= {
        }
        &'chatwoot-bridge;setup;help;bot'= {
        }
        &'chatwoot-bridge;setup;help;help'= {
        }
        &'chatwoot-bridge;inbox'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the inboxes this token can see'
            cand show 'Show one inbox and the bot linked to it'
            cand create 'Create an API-channel inbox'
            cand update 'Change an inbox''s name, webhook URL or settings'
            cand delete 'Delete an inbox (Chatwoot deletes it in the background)'
            cand secret 'Print the inbox''s webhook signing secret and HMAC token (administrators only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;inbox;list'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;inbox;show'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;inbox;create'= {
            cand --name 'name'
            cand --webhook-url 'Where Chatwoot posts this inbox''s events (messages, conversations, typing)'
            cand --hmac-mandatory 'Require contacts created through the public API to carry an identifier_hash'
            cand --greeting 'A greeting sent when a conversation starts (enables greetings)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;inbox;update'= {
            cand --name 'name'
            cand --webhook-url 'The new webhook URL ("" removes it)'
            cand --hmac-mandatory 'Require contacts created through the public API to carry an identifier_hash'
            cand --greeting 'A greeting sent when a conversation starts (enables greetings)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;inbox;delete'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;inbox;secret'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --reset 'Generate a new signing secret first (the old one stops working)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;inbox;help'= {
            cand list 'List the inboxes this token can see'
            cand show 'Show one inbox and the bot linked to it'
            cand create 'Create an API-channel inbox'
            cand update 'Change an inbox''s name, webhook URL or settings'
            cand delete 'Delete an inbox (Chatwoot deletes it in the background)'
            cand secret 'Print the inbox''s webhook signing secret and HMAC token (administrators only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;inbox;help;list'= {
        }
        &'chatwoot-bridge;inbox;help;show'= {
        }
        &'chatwoot-bridge;inbox;help;create'= {
        }
        &'chatwoot-bridge;inbox;help;update'= {
        }
        &'chatwoot-bridge;inbox;help;delete'= {
        }
        &'chatwoot-bridge;inbox;help;secret'= {
        }
        &'chatwoot-bridge;inbox;help;help'= {
        }
        &'chatwoot-bridge;bot'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List agent bots (the account''s and global ones; with --platform, the app''s)'
            cand show 'Show one bot'
            cand create 'Create an agent bot'
            cand update 'Change a bot''s name, outgoing URL or description'
            cand delete 'Delete a bot'
            cand link 'Link a bot to an inbox: the bot answers first, new conversations start pending'
            cand unlink 'Remove the bot from an inbox'
            cand token 'Print the bot''s API access token (what the bot uses to answer)'
            cand secret 'Print the bot''s webhook signing secret (account bots, administrators)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;bot;list'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;show'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;create'= {
            cand --name 'name'
            cand --outgoing-url 'Where Chatwoot posts the bot''s events'
            cand --description 'description'
            cand --bot-account 'With --platform: tie the bot to this account instead of making it global'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;update'= {
            cand --name 'name'
            cand --outgoing-url 'outgoing-url'
            cand --description 'description'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;delete'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;link'= {
            cand --bot 'bot'
            cand --inbox 'Inbox id, or its name when unambiguous'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;unlink'= {
            cand --inbox 'inbox'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;token'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --reset 'Generate a new token first (account bots)'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;secret'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --reset 'Generate a new signing secret first'
            cand --platform 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;bot;help'= {
            cand list 'List agent bots (the account''s and global ones; with --platform, the app''s)'
            cand show 'Show one bot'
            cand create 'Create an agent bot'
            cand update 'Change a bot''s name, outgoing URL or description'
            cand delete 'Delete a bot'
            cand link 'Link a bot to an inbox: the bot answers first, new conversations start pending'
            cand unlink 'Remove the bot from an inbox'
            cand token 'Print the bot''s API access token (what the bot uses to answer)'
            cand secret 'Print the bot''s webhook signing secret (account bots, administrators)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;bot;help;list'= {
        }
        &'chatwoot-bridge;bot;help;show'= {
        }
        &'chatwoot-bridge;bot;help;create'= {
        }
        &'chatwoot-bridge;bot;help;update'= {
        }
        &'chatwoot-bridge;bot;help;delete'= {
        }
        &'chatwoot-bridge;bot;help;link'= {
        }
        &'chatwoot-bridge;bot;help;unlink'= {
        }
        &'chatwoot-bridge;bot;help;token'= {
        }
        &'chatwoot-bridge;bot;help;secret'= {
        }
        &'chatwoot-bridge;bot;help;help'= {
        }
        &'chatwoot-bridge;webhook'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the account''s webhooks'
            cand create 'Subscribe a URL to account events'
            cand update 'Change a webhook''s URL, events or name'
            cand delete 'Delete a webhook'
            cand secret 'Print a webhook''s signing secret (Chatwoot 4.11.2+; rotate by delete and create)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;webhook;list'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;webhook;create'= {
            cand --url 'Where Chatwoot posts the events. The instance''s own URL then comes from CHATWOOT_BASE_URL, the profile, or a --url before `webhook`'
            cand --events 'Comma-separated events (the twelve are listed below)'
            cand --name 'name'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;webhook;update'= {
            cand --url 'The new target URL (the instance''s: as for create)'
            cand --events 'events'
            cand --name 'name'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;webhook;delete'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;webhook;secret'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;webhook;help'= {
            cand list 'List the account''s webhooks'
            cand create 'Subscribe a URL to account events'
            cand update 'Change a webhook''s URL, events or name'
            cand delete 'Delete a webhook'
            cand secret 'Print a webhook''s signing secret (Chatwoot 4.11.2+; rotate by delete and create)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;webhook;help;list'= {
        }
        &'chatwoot-bridge;webhook;help;create'= {
        }
        &'chatwoot-bridge;webhook;help;update'= {
        }
        &'chatwoot-bridge;webhook;help;delete'= {
        }
        &'chatwoot-bridge;webhook;help;secret'= {
        }
        &'chatwoot-bridge;webhook;help;help'= {
        }
        &'chatwoot-bridge;conversation'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List conversations (Chatwoot''s default: open ones, 25 a page)'
            cand show 'Show a conversation and its recent messages'
            cand create 'Open a conversation for an existing contact in an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;conv'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List conversations (Chatwoot''s default: open ones, 25 a page)'
            cand show 'Show a conversation and its recent messages'
            cand create 'Open a conversation for an existing contact in an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;conversation;list'= {
            cand --status 'open, resolved, pending, snoozed, or all'
            cand --inbox 'Only this inbox (id or name)'
            cand --assignee 'me, unassigned, assigned, or all'
            cand --page 'The page to fetch (25 a page)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --all 'Fetch every page'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;conv;list'= {
            cand --status 'open, resolved, pending, snoozed, or all'
            cand --inbox 'Only this inbox (id or name)'
            cand --assignee 'me, unassigned, assigned, or all'
            cand --page 'The page to fetch (25 a page)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --all 'Fetch every page'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;conversation;show'= {
            cand --before 'Messages before this message id (the 20 older ones)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;conv;show'= {
            cand --before 'Messages before this message id (the 20 older ones)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;conversation;create'= {
            cand --inbox 'inbox'
            cand --contact 'The contact''s id'
            cand --status 'open, pending or resolved (default: pending when a bot is linked, else open)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;conv;create'= {
            cand --inbox 'inbox'
            cand --contact 'The contact''s id'
            cand --status 'open, pending or resolved (default: pending when a bot is linked, else open)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;conversation;help'= {
            cand list 'List conversations (Chatwoot''s default: open ones, 25 a page)'
            cand show 'Show a conversation and its recent messages'
            cand create 'Open a conversation for an existing contact in an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;conversation;help;list'= {
        }
        &'chatwoot-bridge;conversation;help;show'= {
        }
        &'chatwoot-bridge;conversation;help;create'= {
        }
        &'chatwoot-bridge;conversation;help;help'= {
        }
        &'chatwoot-bridge;conv;help'= {
            cand list 'List conversations (Chatwoot''s default: open ones, 25 a page)'
            cand show 'Show a conversation and its recent messages'
            cand create 'Open a conversation for an existing contact in an inbox'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;conv;help;list'= {
        }
        &'chatwoot-bridge;conv;help;show'= {
        }
        &'chatwoot-bridge;conv;help;create'= {
        }
        &'chatwoot-bridge;conv;help;help'= {
        }
        &'chatwoot-bridge;send'= {
            cand --attach 'Attach a file (repeatable, at most 15)'
            cand --inbox 'With --as-customer: the inbox to write into (id or name)'
            cand --contact 'With --as-customer: the contact''s identifier; the same identifier reuses the contact'
            cand --conversation 'With --as-customer: continue this conversation of the contact instead of opening one'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --private 'A private note, seen only by agents'
            cand --incoming 'Post as the contact (incoming); Chatwoot allows it only in API inboxes'
            cand --as-customer 'A test customer writes in: public client API, new or reused contact'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;resolve'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;reopen'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;pending'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;snooze'= {
            cand --until 'A duration (30m, 2h, 1d) or an RFC 3339 time; without it, until the customer writes'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;assign'= {
            cand --agent 'An agent''s user id'
            cand --team 'A team''s id'
            cand --bot 'An agent bot''s id (Chatwoot 4.8+)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;handoff'= {
            cand --note 'A private note for the humans taking over'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;listen'= {
            cand --bind 'Address to listen on'
            cand --port 'Port (0 picks a free one)'
            cand --secret 'The signing secret [env: CHATWOOT_WEBHOOK_SECRET]'
            cand --path-secret 'PATH=LABEL: verify deliveries to PATH with the profile''s stored secret LABEL (e.g. /bot=bot:3)'
            cand --tolerance 'How far X-Chatwoot-Timestamp may be from now'
            cand --max-body 'Larger bodies get 413 (and a stored record of the refusal)'
            cand --forward-to 'Forward accepted deliveries to this URL (repeatable)'
            cand --route 'PATH=URL: forward deliveries to PATH there instead (repeatable)'
            cand --resign-secret 'Re-sign forwards with a fresh timestamp and this secret'
            cand --events 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --event 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --inbox 'Only this inbox id'
            cand --conversation 'Only this conversation (display id)'
            cand --since 'Received since a duration ago (10m, 2h) or an RFC 3339 time'
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --no-verify 'Accept unsigned deliveries (Chatwoot before 4.11); they are stored as unverified'
            cand --ignore-bot-echo 'Hide bots'' own messages (Chatwoot sends a bot its own replies)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;tail'= {
            cand -n 'Start with the last N stored deliveries'
            cand --lines 'Start with the last N stored deliveries'
            cand --events 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --event 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --inbox 'Only this inbox id'
            cand --conversation 'Only this conversation (display id)'
            cand --since 'Received since a duration ago (10m, 2h) or an RFC 3339 time'
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand -f 'Keep printing new deliveries as they arrive'
            cand --follow 'Keep printing new deliveries as they arrive'
            cand --ignore-bot-echo 'Hide bots'' own messages (Chatwoot sends a bot its own replies)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;events'= {
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List stored deliveries, newest last'
            cand show 'Headers and body exactly as received'
            cand export 'Every matching delivery as NDJSON (bodies included), streamed in constant memory'
            cand verify 'Explain why a delivery''s signature does (not) verify with a secret'
            cand prune 'Delete deliveries older than a duration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;events;list'= {
            cand --events 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --event 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --inbox 'Only this inbox id'
            cand --conversation 'Only this conversation (display id)'
            cand --since 'Received since a duration ago (10m, 2h) or an RFC 3339 time'
            cand -n 'The last N only'
            cand --limit 'The last N only'
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --ignore-bot-echo 'Hide bots'' own messages (Chatwoot sends a bot its own replies)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;events;show'= {
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;events;export'= {
            cand --events 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --event 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --inbox 'Only this inbox id'
            cand --conversation 'Only this conversation (display id)'
            cand --since 'Received since a duration ago (10m, 2h) or an RFC 3339 time'
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --ignore-bot-echo 'Hide bots'' own messages (Chatwoot sends a bot its own replies)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;events;verify'= {
            cand --secret 'The signing secret to check (else CHATWOOT_WEBHOOK_SECRET, else the profile''s)'
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;events;prune'= {
            cand --older-than 'e.g. 30d, 12h'
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;events;help'= {
            cand list 'List stored deliveries, newest last'
            cand show 'Headers and body exactly as received'
            cand export 'Every matching delivery as NDJSON (bodies included), streamed in constant memory'
            cand verify 'Explain why a delivery''s signature does (not) verify with a secret'
            cand prune 'Delete deliveries older than a duration'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;events;help;list'= {
        }
        &'chatwoot-bridge;events;help;show'= {
        }
        &'chatwoot-bridge;events;help;export'= {
        }
        &'chatwoot-bridge;events;help;verify'= {
        }
        &'chatwoot-bridge;events;help;prune'= {
        }
        &'chatwoot-bridge;events;help;help'= {
        }
        &'chatwoot-bridge;replay'= {
            cand --to 'Where to send (default: where each delivery was forwarded)'
            cand --secret 'Re-sign with this secret [env: CHATWOOT_WEBHOOK_SECRET; else the profile''s only stored secret]'
            cand --events 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --event 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)'
            cand --inbox 'Only this inbox id'
            cand --conversation 'Only this conversation (display id)'
            cand --since 'Received since a duration ago (10m, 2h) or an RFC 3339 time'
            cand --concurrency 'Requests in flight at once'
            cand --rate 'At most N requests per second'
            cand --store 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --ignore-bot-echo 'Hide bots'' own messages (Chatwoot sends a bot its own replies)'
            cand --dead-letters 'Every delivery whose forward failed (dead letters) or never finished'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;trigger'= {
            cand --to 'Where to send it'
            cand --secret 'Sign with this secret [env: CHATWOOT_WEBHOOK_SECRET; else the profile''s only stored secret]'
            cand --set 'Change a field: a dotted path into the payload (numbers index arrays); VALUE as JSON, else text'
            cand --for 'The receiver the payload is shaped for (default: what Chatwoot sends the event to)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --outgoing 'Message events: the agent''s answer (outgoing) instead of the customer''s message'
            cand --print 'Print the headers and payload instead of sending'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;doctor'= {
            cand --inbox 'Check this inbox only (id or name); default: every API inbox of the account'
            cand --listener 'The local listener to check, e.g. the one behind a tunnel (default: the webhook and outgoing URLs that are on loopback)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;probe'= {
            cand --inbox 'The inbox to write into (id or name); an API inbox'
            cand --message 'What the test customer writes'
            cand --expect 'The answer must match this regular expression'
            cand --timeout 'How long to wait'
            cand --contact 'The test customer''s identifier (default: a new one per probe)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --expect-handoff 'Succeed when the bot hands the conversation over (status open), not when it answers'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;api'= {
            cand -f 'A body field (or query parameter for GET/DELETE); `a[b]=v` nests'
            cand --field 'A body field (or query parameter for GET/DELETE); `a[b]=v` nests'
            cand --input 'The JSON body from a file (`-` for stdin)'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --platform 'Send the platform app token instead of the user token'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;sandbox'= {
            cand --bind 'Address to listen on'
            cand --port 'Port (0 picks a free one)'
            cand --admin-token 'The administrator''s access token (generated when not given)'
            cand --agent-token 'An agent''s access token (generated when not given)'
            cand --platform-token 'The platform app''s token (generated when not given)'
            cand --account-id 'The account''s id'
            cand --webhook-timeout 'Each webhook delivery''s connect and read timeout (Chatwoot''s WEBHOOK_TIMEOUT)'
            cand --bot-retry-interval 'Wait between an agent bot''s delivery attempts (Chatwoot: 3 s)'
            cand --latency 'Delay added to every API response'
            cand --fail-rate 'Share of API requests (0.0 to 1.0) answered 500 before they run'
            cand --fault-seed 'Make the --fail-rate sequence reproducible'
            cand --rate-limit 'Answer 429 text/plain "Retry later" past N requests a minute per client, like rack-attack'
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --keep-pending-on-bot-failure 'Keep a pending conversation pending when the bot''s delivery fails (account setting)'
            cand --refuse-private-webhooks 'Refuse loopback and private webhook targets, as Chatwoot 4.14+ does unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true'
            cand --inbox-events 'Send inbox_created / inbox_updated to account webhooks (Chatwoot''s ENABLE_INBOX_EVENTS)'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;demo'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;completions'= {
            cand -p 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --profile 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]'
            cand --url 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]'
            cand --account 'Account id [env: CHATWOOT_ACCOUNT_ID]'
            cand -o 'Output mode'
            cand --output 'Output mode'
            cand --json 'Short for `-o json`'
            cand -q 'Print only ids (one per line) or nothing'
            cand --quiet 'Print only ids (one per line) or nothing'
            cand -v 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand --verbose 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'chatwoot-bridge;help'= {
            cand auth 'Log in with an access token, show who you are, log out'
            cand profile 'Manage the stored profiles'
            cand setup 'Provision idempotently: an API inbox with its webhook URL, an agent bot linked to it'
            cand inbox 'API-channel inboxes'
            cand bot 'Agent bots (account bots, or global bots with --platform)'
            cand webhook 'Account webhooks'
            cand conversation 'Conversations: list, show, create'
            cand send 'Send a message: as the agent, a private note, incoming, or as a test customer'
            cand resolve 'Resolve a conversation'
            cand reopen 'Reopen a conversation'
            cand pending 'Set a conversation pending (waiting for the bot)'
            cand snooze 'Snooze a conversation until a time, or until the customer writes'
            cand assign 'Assign a conversation to an agent, a team or a bot'
            cand handoff 'The bot hands over to humans: pending -> open, optionally with a private note'
            cand listen 'Receive Chatwoot''s webhooks locally: verify, store, print, forward'
            cand tail 'Print stored deliveries as `listen` does (--follow for new ones)'
            cand events 'Stored deliveries: list, show, export, verify, prune'
            cand replay 'Send stored deliveries again, re-signed'
            cand trigger 'Send a synthetic, signed Chatwoot event (no credentials needed)'
            cand doctor 'Diagnose connection, permissions, webhook reachability and signing'
            cand probe 'CI smoke test: a test customer writes in; wait for the bot''s answer (exit 12 if none)'
            cand api 'A raw authenticated request; PATH is from the base URL (e.g. /api/v1/profile)'
            cand sandbox 'A local Chatwoot-compatible server, for laptops and CI'
            cand demo 'The whole provisioning flow against the embedded sandbox, narrated'
            cand completions 'Shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatwoot-bridge;help;auth'= {
            cand login 'Validate an access token against the instance and save it in a profile'
            cand status 'Who the token belongs to, the role in the account, and where the token came from'
            cand logout 'Remove the stored tokens from the profile'
        }
        &'chatwoot-bridge;help;auth;login'= {
        }
        &'chatwoot-bridge;help;auth;status'= {
        }
        &'chatwoot-bridge;help;auth;logout'= {
        }
        &'chatwoot-bridge;help;profile'= {
            cand list 'List the stored profiles'
            cand show 'Show a profile (the one in effect by default); tokens are never shown'
            cand use 'Make a profile the default'
            cand remove 'Delete a profile and its tokens'
        }
        &'chatwoot-bridge;help;profile;list'= {
        }
        &'chatwoot-bridge;help;profile;show'= {
        }
        &'chatwoot-bridge;help;profile;use'= {
        }
        &'chatwoot-bridge;help;profile;remove'= {
        }
        &'chatwoot-bridge;help;setup'= {
            cand inbox 'Find or create an API inbox by name and set its webhook URL'
            cand bot 'Find or create an agent bot by name and link it to an inbox'
        }
        &'chatwoot-bridge;help;setup;inbox'= {
        }
        &'chatwoot-bridge;help;setup;bot'= {
        }
        &'chatwoot-bridge;help;inbox'= {
            cand list 'List the inboxes this token can see'
            cand show 'Show one inbox and the bot linked to it'
            cand create 'Create an API-channel inbox'
            cand update 'Change an inbox''s name, webhook URL or settings'
            cand delete 'Delete an inbox (Chatwoot deletes it in the background)'
            cand secret 'Print the inbox''s webhook signing secret and HMAC token (administrators only)'
        }
        &'chatwoot-bridge;help;inbox;list'= {
        }
        &'chatwoot-bridge;help;inbox;show'= {
        }
        &'chatwoot-bridge;help;inbox;create'= {
        }
        &'chatwoot-bridge;help;inbox;update'= {
        }
        &'chatwoot-bridge;help;inbox;delete'= {
        }
        &'chatwoot-bridge;help;inbox;secret'= {
        }
        &'chatwoot-bridge;help;bot'= {
            cand list 'List agent bots (the account''s and global ones; with --platform, the app''s)'
            cand show 'Show one bot'
            cand create 'Create an agent bot'
            cand update 'Change a bot''s name, outgoing URL or description'
            cand delete 'Delete a bot'
            cand link 'Link a bot to an inbox: the bot answers first, new conversations start pending'
            cand unlink 'Remove the bot from an inbox'
            cand token 'Print the bot''s API access token (what the bot uses to answer)'
            cand secret 'Print the bot''s webhook signing secret (account bots, administrators)'
        }
        &'chatwoot-bridge;help;bot;list'= {
        }
        &'chatwoot-bridge;help;bot;show'= {
        }
        &'chatwoot-bridge;help;bot;create'= {
        }
        &'chatwoot-bridge;help;bot;update'= {
        }
        &'chatwoot-bridge;help;bot;delete'= {
        }
        &'chatwoot-bridge;help;bot;link'= {
        }
        &'chatwoot-bridge;help;bot;unlink'= {
        }
        &'chatwoot-bridge;help;bot;token'= {
        }
        &'chatwoot-bridge;help;bot;secret'= {
        }
        &'chatwoot-bridge;help;webhook'= {
            cand list 'List the account''s webhooks'
            cand create 'Subscribe a URL to account events'
            cand update 'Change a webhook''s URL, events or name'
            cand delete 'Delete a webhook'
            cand secret 'Print a webhook''s signing secret (Chatwoot 4.11.2+; rotate by delete and create)'
        }
        &'chatwoot-bridge;help;webhook;list'= {
        }
        &'chatwoot-bridge;help;webhook;create'= {
        }
        &'chatwoot-bridge;help;webhook;update'= {
        }
        &'chatwoot-bridge;help;webhook;delete'= {
        }
        &'chatwoot-bridge;help;webhook;secret'= {
        }
        &'chatwoot-bridge;help;conversation'= {
            cand list 'List conversations (Chatwoot''s default: open ones, 25 a page)'
            cand show 'Show a conversation and its recent messages'
            cand create 'Open a conversation for an existing contact in an inbox'
        }
        &'chatwoot-bridge;help;conversation;list'= {
        }
        &'chatwoot-bridge;help;conversation;show'= {
        }
        &'chatwoot-bridge;help;conversation;create'= {
        }
        &'chatwoot-bridge;help;send'= {
        }
        &'chatwoot-bridge;help;resolve'= {
        }
        &'chatwoot-bridge;help;reopen'= {
        }
        &'chatwoot-bridge;help;pending'= {
        }
        &'chatwoot-bridge;help;snooze'= {
        }
        &'chatwoot-bridge;help;assign'= {
        }
        &'chatwoot-bridge;help;handoff'= {
        }
        &'chatwoot-bridge;help;listen'= {
        }
        &'chatwoot-bridge;help;tail'= {
        }
        &'chatwoot-bridge;help;events'= {
            cand list 'List stored deliveries, newest last'
            cand show 'Headers and body exactly as received'
            cand export 'Every matching delivery as NDJSON (bodies included), streamed in constant memory'
            cand verify 'Explain why a delivery''s signature does (not) verify with a secret'
            cand prune 'Delete deliveries older than a duration'
        }
        &'chatwoot-bridge;help;events;list'= {
        }
        &'chatwoot-bridge;help;events;show'= {
        }
        &'chatwoot-bridge;help;events;export'= {
        }
        &'chatwoot-bridge;help;events;verify'= {
        }
        &'chatwoot-bridge;help;events;prune'= {
        }
        &'chatwoot-bridge;help;replay'= {
        }
        &'chatwoot-bridge;help;trigger'= {
        }
        &'chatwoot-bridge;help;doctor'= {
        }
        &'chatwoot-bridge;help;probe'= {
        }
        &'chatwoot-bridge;help;api'= {
        }
        &'chatwoot-bridge;help;sandbox'= {
        }
        &'chatwoot-bridge;help;demo'= {
        }
        &'chatwoot-bridge;help;completions'= {
        }
        &'chatwoot-bridge;help;help'= {
        }
    ]
    $completions[$command]
}
