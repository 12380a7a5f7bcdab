
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'chatwoot-bridge' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'chatwoot-bridge'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'chatwoot-bridge' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in with an access token, show who you are, log out')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage the stored profiles')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Provision idempotently: the wizard, or one API inbox or agent bot at a time')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare a manifest (chatwoot.toml) with the account: exit 0 in sync, 11 changes pending')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account match a manifest (chatwoot.toml): plan, confirm, apply')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'API-channel inboxes')
            [CompletionResult]::new('bot', 'bot', [CompletionResultType]::ParameterValue, 'Agent bots (account bots, or global bots with --platform)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Account webhooks')
            [CompletionResult]::new('conversation', 'conversation', [CompletionResultType]::ParameterValue, 'Conversations: list, show, create')
            [CompletionResult]::new('conv', 'conv', [CompletionResultType]::ParameterValue, 'Conversations: list, show, create')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message: as the agent, a private note, incoming, or as a test customer')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a conversation')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a conversation')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Set a conversation pending (waiting for the bot)')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'Snooze a conversation until a time, or until the customer writes')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a conversation to an agent, a team or a bot')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'The account''s agents (ids for `assign --agent`)')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'The account''s teams (ids for `assign --team`)')
            [CompletionResult]::new('handoff', 'handoff', [CompletionResultType]::ParameterValue, 'The bot hands over to humans: pending -> open, optionally with a private note')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive Chatwoot''s webhooks locally: verify, store, print, forward')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print stored deliveries as `listen` does (--follow for new ones)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Stored deliveries: list, show, export, verify, prune')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send stored deliveries again, re-signed')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'The web inspector: stored deliveries live in a browser, detail, replay, transcripts')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a synthetic, signed Chatwoot event (no credentials needed)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Diagnose connection, permissions, webhook reachability and signing')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'CI smoke test: a test customer writes in; wait for the bot''s answer (exit 12 if none)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Conversation tests for a bot: scripted conversations from a flow file (exit 12 if one fails)')
            [CompletionResult]::new('example-bot', 'example-bot', [CompletionResultType]::ParameterValue, 'The built-in example bot as a process (reads CHATWOOT_* from the environment)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'A raw authenticated request; PATH is from the base URL (e.g. /api/v1/profile)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'A local Chatwoot-compatible server, for laptops and CI')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The whole provisioning flow against the embedded sandbox, narrated')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;auth' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Validate an access token against the instance and save it in a profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who the token belongs to, the role in the account, and where the token came from')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored tokens and signing secrets from the profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;auth;login' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from stdin instead of prompting')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'The token is a platform app''s token (for global bots), not a user''s')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;auth;status' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;auth;logout' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Validate an access token against the instance and save it in a profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who the token belongs to, the role in the account, and where the token came from')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored tokens and signing secrets from the profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;auth;help;login' {
            break
        }
        'chatwoot-bridge;auth;help;status' {
            break
        }
        'chatwoot-bridge;auth;help;logout' {
            break
        }
        'chatwoot-bridge;auth;help;help' {
            break
        }
        'chatwoot-bridge;profile' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the one in effect by default); tokens are never shown')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;profile;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;profile;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;profile;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;profile;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the one in effect by default); tokens are never shown')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;profile;help;list' {
            break
        }
        'chatwoot-bridge;profile;help;show' {
            break
        }
        'chatwoot-bridge;profile;help;use' {
            break
        }
        'chatwoot-bridge;profile;help;remove' {
            break
        }
        'chatwoot-bridge;profile;help;help' {
            break
        }
        'chatwoot-bridge;setup' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The API inbox: an existing inbox''s id or name, or the name of a new one')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Where Chatwoot posts the inbox''s events')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Build the webhook target for a bot platform (see `setup inbox --help`)')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'cognigy: the Cognigy endpoint''s base URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'opendialog: the tenant (the part before .cloud.opendialog.ai)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'langgraph: the agent server''s base URL')
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'An agent bot to link: an existing account bot''s id or name, or the name of a new one')
            [CompletionResult]::new('--bot-url', '--bot-url', [CompletionResultType]::ParameterName, 'The agent bot''s outgoing URL (where Chatwoot posts the bot''s events)')
            [CompletionResult]::new('--account-webhook', '--account-webhook', [CompletionResultType]::ParameterName, 'Also subscribe an account webhook at this URL (all inboxes'' events)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'The account webhook''s events, comma-separated (e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--no-webhook', '--no-webhook', [CompletionResultType]::ParameterName, 'Leave the inbox''s webhook URL as it is (none on a new inbox)')
            [CompletionResult]::new('--no-bot', '--no-bot', [CompletionResultType]::ParameterName, 'No agent bot (the default without a terminal)')
            [CompletionResult]::new('--no-account-webhook', '--no-account-webhook', [CompletionResultType]::ParameterName, 'No account webhook (the default without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the plan, change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'Find or create an API inbox by name and set its webhook URL')
            [CompletionResult]::new('bot', 'bot', [CompletionResultType]::ParameterValue, 'Find or create an agent bot by name and link it to an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;setup;inbox' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The inbox''s name (the key that makes re-runs find it)')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Where Chatwoot posts this inbox''s events')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Build the webhook URL for a bot platform and print what its setup form asks for')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'cognigy: the Cognigy endpoint''s base URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'opendialog: the tenant (the part before .cloud.opendialog.ai)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'langgraph: the agent server''s base URL')
            [CompletionResult]::new('--bot-url', '--bot-url', [CompletionResultType]::ParameterName, 'agent-bot: where the bot receives Chatwoot''s events')
            [CompletionResult]::new('--bot-name', '--bot-name', [CompletionResultType]::ParameterName, 'agent-bot: the bot''s name (default: "<inbox name> bot")')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;setup;bot' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The bot''s name (the key that makes re-runs find it)')
            [CompletionResult]::new('--outgoing-url', '--outgoing-url', [CompletionResultType]::ParameterName, 'Where Chatwoot posts the bot''s events')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox to link: id, or name when unambiguous')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'A global bot through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;setup;help' {
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'Find or create an API inbox by name and set its webhook URL')
            [CompletionResult]::new('bot', 'bot', [CompletionResultType]::ParameterValue, 'Find or create an agent bot by name and link it to an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;setup;help;inbox' {
            break
        }
        'chatwoot-bridge;setup;help;bot' {
            break
        }
        'chatwoot-bridge;setup;help;help' {
            break
        }
        'chatwoot-bridge;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest (TOML: [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]], [[team]])')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest (TOML: [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]], [[team]])')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also show, as deletions, objects of the kinds the manifest declares that it does not list')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Print the account as a manifest instead (the adoption path)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest (TOML: [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]], [[team]])')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The manifest (TOML: [[inbox]], [[agent_bot]], [[webhook]], [[label]], [[canned_response]], [[team]])')
            [CompletionResult]::new('--secrets-out', '--secrets-out', [CompletionResultType]::ParameterName, 'Write the secrets of what this run created to FILE as an env file (mode 0600)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete objects of the kinds the manifest declares that it does not list')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;inbox' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the inboxes this token can see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one inbox and the bot linked to it')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API-channel inbox')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an inbox''s name, webhook URL or settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an inbox (Chatwoot deletes it in the background)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print the inbox''s webhook signing secret and HMAC token (administrators only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;inbox;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;inbox;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;inbox;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The inbox''s name, as agents see it')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'Where Chatwoot posts this inbox''s events (messages, conversations, typing)')
            [CompletionResult]::new('--hmac-mandatory', '--hmac-mandatory', [CompletionResultType]::ParameterName, 'Require contacts created through the public API to carry an identifier_hash')
            [CompletionResult]::new('--greeting', '--greeting', [CompletionResultType]::ParameterName, 'A greeting sent when a conversation starts (enables greetings)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;inbox;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'The new webhook URL ("" removes it)')
            [CompletionResult]::new('--hmac-mandatory', '--hmac-mandatory', [CompletionResultType]::ParameterName, 'Require contacts created through the public API to carry an identifier_hash')
            [CompletionResult]::new('--greeting', '--greeting', [CompletionResultType]::ParameterName, 'A greeting sent when a conversation starts (enables greetings)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;inbox;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;inbox;secret' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Generate a new signing secret first (the old one stops working)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;inbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the inboxes this token can see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one inbox and the bot linked to it')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API-channel inbox')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an inbox''s name, webhook URL or settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an inbox (Chatwoot deletes it in the background)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print the inbox''s webhook signing secret and HMAC token (administrators only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;inbox;help;list' {
            break
        }
        'chatwoot-bridge;inbox;help;show' {
            break
        }
        'chatwoot-bridge;inbox;help;create' {
            break
        }
        'chatwoot-bridge;inbox;help;update' {
            break
        }
        'chatwoot-bridge;inbox;help;delete' {
            break
        }
        'chatwoot-bridge;inbox;help;secret' {
            break
        }
        'chatwoot-bridge;inbox;help;help' {
            break
        }
        'chatwoot-bridge;bot' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agent bots (the account''s and global ones; with --platform, the app''s)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one bot')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent bot')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a bot''s name, outgoing URL or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bot')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a bot to an inbox: the bot answers first, new conversations start pending')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the bot from an inbox')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the bot''s API access token (what the bot uses to answer)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print the bot''s webhook signing secret (account bots, administrators)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;bot;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The bot''s name, as agents see it')
            [CompletionResult]::new('--outgoing-url', '--outgoing-url', [CompletionResultType]::ParameterName, 'Where Chatwoot posts the bot''s events')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description for agents')
            [CompletionResult]::new('--bot-account', '--bot-account', [CompletionResultType]::ParameterName, 'With --platform: tie the bot to this account instead of making it global')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--outgoing-url', '--outgoing-url', [CompletionResultType]::ParameterName, 'The new outgoing URL ("" removes it: Chatwoot then sends the bot nothing)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A new description')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;link' {
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'The bot''s id (`chatwoot-bridge bot list`)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Inbox id, or its name when unambiguous')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;unlink' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Inbox id, or its name when unambiguous')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;token' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Generate a new token first (account bots)')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;secret' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Generate a new signing secret first')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Global bots through the platform API (needs CHATWOOT_PLATFORM_TOKEN)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;bot;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agent bots (the account''s and global ones; with --platform, the app''s)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one bot')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent bot')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a bot''s name, outgoing URL or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bot')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a bot to an inbox: the bot answers first, new conversations start pending')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the bot from an inbox')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the bot''s API access token (what the bot uses to answer)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print the bot''s webhook signing secret (account bots, administrators)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;bot;help;list' {
            break
        }
        'chatwoot-bridge;bot;help;show' {
            break
        }
        'chatwoot-bridge;bot;help;create' {
            break
        }
        'chatwoot-bridge;bot;help;update' {
            break
        }
        'chatwoot-bridge;bot;help;delete' {
            break
        }
        'chatwoot-bridge;bot;help;link' {
            break
        }
        'chatwoot-bridge;bot;help;unlink' {
            break
        }
        'chatwoot-bridge;bot;help;token' {
            break
        }
        'chatwoot-bridge;bot;help;secret' {
            break
        }
        'chatwoot-bridge;bot;help;help' {
            break
        }
        'chatwoot-bridge;webhook' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s webhooks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe a URL to account events')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s URL, events or name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print a webhook''s signing secret (Chatwoot 4.11.2+; rotate by delete and create)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;webhook;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;webhook;create' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where Chatwoot posts the events. The instance''s own URL then comes from CHATWOOT_BASE_URL, the profile, or a --url before `webhook`')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Comma-separated events to subscribe to')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name to tell webhooks apart')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;webhook;update' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The new target URL (the instance''s: as for create)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'The new events, comma-separated (replace the old ones)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;webhook;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;webhook;secret' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;webhook;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s webhooks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe a URL to account events')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s URL, events or name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print a webhook''s signing secret (Chatwoot 4.11.2+; rotate by delete and create)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;webhook;help;list' {
            break
        }
        'chatwoot-bridge;webhook;help;create' {
            break
        }
        'chatwoot-bridge;webhook;help;update' {
            break
        }
        'chatwoot-bridge;webhook;help;delete' {
            break
        }
        'chatwoot-bridge;webhook;help;secret' {
            break
        }
        'chatwoot-bridge;webhook;help;help' {
            break
        }
        'chatwoot-bridge;conversation' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List conversations (Chatwoot''s default: open ones, 25 a page)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a conversation and its recent messages')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Open a conversation for an existing contact in an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;conv' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List conversations (Chatwoot''s default: open ones, 25 a page)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a conversation and its recent messages')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Open a conversation for an existing contact in an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;conversation;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'open, resolved, pending, snoozed, or all')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Only this inbox (id or name)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'me, unassigned, assigned, or all')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'The page to fetch (25 a page)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;conv;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'open, resolved, pending, snoozed, or all')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Only this inbox (id or name)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'me, unassigned, assigned, or all')
            [CompletionResult]::new('--page', '--page', [CompletionResultType]::ParameterName, 'The page to fetch (25 a page)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;conversation;show' {
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Messages before this message id (the 20 older ones)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;conv;show' {
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Messages before this message id (the 20 older ones)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;conversation;create' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Inbox id, or its name when unambiguous')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'The contact''s id')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'open, pending or resolved (default: pending when a bot is linked, else open)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;conv;create' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Inbox id, or its name when unambiguous')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'The contact''s id')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'open, pending or resolved (default: pending when a bot is linked, else open)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;conversation;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List conversations (Chatwoot''s default: open ones, 25 a page)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a conversation and its recent messages')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Open a conversation for an existing contact in an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;conversation;help;list' {
            break
        }
        'chatwoot-bridge;conversation;help;show' {
            break
        }
        'chatwoot-bridge;conversation;help;create' {
            break
        }
        'chatwoot-bridge;conversation;help;help' {
            break
        }
        'chatwoot-bridge;conv;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List conversations (Chatwoot''s default: open ones, 25 a page)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a conversation and its recent messages')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Open a conversation for an existing contact in an inbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;conv;help;list' {
            break
        }
        'chatwoot-bridge;conv;help;show' {
            break
        }
        'chatwoot-bridge;conv;help;create' {
            break
        }
        'chatwoot-bridge;conv;help;help' {
            break
        }
        'chatwoot-bridge;send' {
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'Attach a file (repeatable, at most 15)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'With --as-customer: the inbox to write into (id or name)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'With --as-customer: the contact''s identifier; the same identifier reuses the contact')
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'With --as-customer: continue this conversation of the contact instead of opening one')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'A private note, seen only by agents')
            [CompletionResult]::new('--incoming', '--incoming', [CompletionResultType]::ParameterName, 'Post as the contact (incoming); Chatwoot allows it only in API inboxes')
            [CompletionResult]::new('--as-customer', '--as-customer', [CompletionResultType]::ParameterName, 'A test customer writes in: public client API, new or reused contact')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;resolve' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;reopen' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;pending' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;snooze' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'A duration (30m, 2h, 1d) or a future time (2026-12-01T09:00:00Z; without an offset, local); without it, until the customer writes')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;assign' {
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'An agent''s user id')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'A team''s id')
            [CompletionResult]::new('--bot', '--bot', [CompletionResultType]::ParameterName, 'An agent bot''s id (Chatwoot 4.8+)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;agent' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s agents and administrators (the ids `assign --agent` takes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;agent;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;agent;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s agents and administrators (the ids `assign --agent` takes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;agent;help;list' {
            break
        }
        'chatwoot-bridge;agent;help;help' {
            break
        }
        'chatwoot-bridge;team' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s teams (the ids `assign --team` takes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;team;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;team;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s teams (the ids `assign --team` takes)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;team;help;list' {
            break
        }
        'chatwoot-bridge;team;help;help' {
            break
        }
        'chatwoot-bridge;handoff' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A private note for the humans taking over')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;listen' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port (0 picks a free one)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret [env: CHATWOOT_WEBHOOK_SECRET]')
            [CompletionResult]::new('--path-secret', '--path-secret', [CompletionResultType]::ParameterName, 'PATH=LABEL: verify deliveries to PATH with the profile''s stored secret LABEL (e.g. /bot=bot:3)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'How far X-Chatwoot-Timestamp may be from now')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Larger bodies get 413 (and a stored record of the refusal)')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Forward accepted deliveries to this URL (repeatable)')
            [CompletionResult]::new('--route', '--route', [CompletionResultType]::ParameterName, 'PATH=URL: forward deliveries to PATH there instead (repeatable); with --live, inbox:ID=URL or bot:ID=URL')
            [CompletionResult]::new('--resign-secret', '--resign-secret', [CompletionResultType]::ParameterName, 'Re-sign forwards with a fresh timestamp and this secret')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The inspector''s port with --ui (0 picks a free one)')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Only this inbox id')
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Only this conversation (display id)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--no-verify', '--no-verify', [CompletionResultType]::ParameterName, 'Accept unsigned deliveries (Chatwoot signs inbox and bot webhooks from 4.13, account webhooks from 4.11.2); they are stored as unverified')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Receive events over Chatwoot''s websocket instead (no public URL or tunnel); stored and forwarded in the webhook shape')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'With --live: store the websocket''s own {event, data} frames untouched')
            [CompletionResult]::new('--ui', '--ui', [CompletionResultType]::ParameterName, 'Also serve the web inspector (as `chatwoot-bridge inspect` does) on 127.0.0.1:--ui-port')
            [CompletionResult]::new('--ignore-bot-echo', '--ignore-bot-echo', [CompletionResultType]::ParameterName, 'Hide bots'' own messages (Chatwoot sends a bot its own replies)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;tail' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Start with the last N stored deliveries')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Start with the last N stored deliveries')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Only this inbox id')
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Only this conversation (display id)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing new deliveries as they arrive')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing new deliveries as they arrive')
            [CompletionResult]::new('--ignore-bot-echo', '--ignore-bot-echo', [CompletionResultType]::ParameterName, 'Hide bots'' own messages (Chatwoot sends a bot its own replies)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;events' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored deliveries, newest last')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Headers and body exactly as received (-o json: `body` parsed, `body_raw` the exact text)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every matching delivery as NDJSON (bodies included), streamed in constant memory')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Explain why a delivery''s signature does (not) verify with a secret')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete deliveries older than a duration (asks first; --yes to skip)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;events;list' {
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Only this inbox id')
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Only this conversation (display id)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The last N only')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The last N only')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--ignore-bot-echo', '--ignore-bot-echo', [CompletionResultType]::ParameterName, 'Hide bots'' own messages (Chatwoot sends a bot its own replies)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;events;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;events;export' {
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Only this inbox id')
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Only this conversation (display id)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--ignore-bot-echo', '--ignore-bot-echo', [CompletionResultType]::ParameterName, 'Hide bots'' own messages (Chatwoot sends a bot its own replies)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;events;verify' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret to check (else CHATWOOT_WEBHOOK_SECRET, else the profile''s)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;events;prune' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'An age with its unit: 30d (days), 12h, 90m')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;events;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored deliveries, newest last')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Headers and body exactly as received (-o json: `body` parsed, `body_raw` the exact text)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every matching delivery as NDJSON (bodies included), streamed in constant memory')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Explain why a delivery''s signature does (not) verify with a secret')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete deliveries older than a duration (asks first; --yes to skip)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;events;help;list' {
            break
        }
        'chatwoot-bridge;events;help;show' {
            break
        }
        'chatwoot-bridge;events;help;export' {
            break
        }
        'chatwoot-bridge;events;help;verify' {
            break
        }
        'chatwoot-bridge;events;help;prune' {
            break
        }
        'chatwoot-bridge;events;help;help' {
            break
        }
        'chatwoot-bridge;replay' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to send (default: where each delivery was forwarded)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Re-sign with this secret [env: CHATWOOT_WEBHOOK_SECRET; else the profile''s only stored secret]')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'Only these events (comma-separated, e.g. message_created,conversation_status_changed)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Only this inbox id')
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Only this conversation (display id)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Received since a duration ago (10m, 2h) or a time (2026-12-01T09:00:00Z; without an offset, local)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most N requests per second')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--ignore-bot-echo', '--ignore-bot-echo', [CompletionResultType]::ParameterName, 'Hide bots'' own messages (Chatwoot sends a bot its own replies)')
            [CompletionResult]::new('--dead-letters', '--dead-letters', [CompletionResultType]::ParameterName, 'Every delivery whose forward failed (dead letters) or never finished')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Send everything again, even what an interrupted run of this same replay delivered')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;inspect' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to serve on (loopback by default; another address exposes stored bodies to that network)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port (0 picks a free one)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'The signing secret that re-signs replays [env: CHATWOOT_WEBHOOK_SECRET]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;trigger' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to send it (the default is where `listen` listens)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Sign with this secret [env: CHATWOOT_WEBHOOK_SECRET; else the profile''s only stored secret]')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Change a field: a dotted path into the payload (numbers index arrays); VALUE as JSON, else text')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The receiver the payload is shaped for (default: what Chatwoot sends the event to)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--outgoing', '--outgoing', [CompletionResultType]::ParameterName, 'Message events: the agent''s answer (outgoing) instead of the customer''s message')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the headers and payload instead of sending')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;doctor' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Check this inbox only (id or name); default: every API inbox of the account')
            [CompletionResult]::new('--listener', '--listener', [CompletionResultType]::ParameterName, 'The local listener to check, e.g. the one behind a tunnel (default: the webhook and outgoing URLs that are on loopback)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;probe' {
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'The inbox to write into (id or name); an API inbox')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'What the test customer writes')
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'The answer must match this regular expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'The test customer''s identifier (default: a new one per probe)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--expect-handoff', '--expect-handoff', [CompletionResultType]::ParameterName, 'Succeed when the bot hands the conversation over (status open), not when it answers')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Leave the probe''s conversation as it is (default: resolve it, so probes do not pile up in the agents'' pending and open lists)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;test' {
            [CompletionResult]::new('--bot-url', '--bot-url', [CompletionResultType]::ParameterName, 'With --sandbox: where the bot receives Chatwoot''s deliveries')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'With --sandbox: connect the bot as an agent bot (its own token; conversations start pending) or as an API inbox''s webhook (the admin''s token)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Flows run at the same time')
            [CompletionResult]::new('--junit', '--junit', [CompletionResultType]::ParameterName, 'Also write a JUnit XML report here (one test case per flow)')
            [CompletionResult]::new('--inbox', '--inbox', [CompletionResultType]::ParameterName, 'Write into this inbox (id or name), whatever the file says')
            [CompletionResult]::new('--bot-startup', '--bot-startup', [CompletionResultType]::ParameterName, 'With --sandbox: how long the bot may take to answer at --bot-url')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Print a flow skeleton from an existing conversation (its display id) and exit')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The event store (default: events.sqlite in CHATWOOT_BRIDGE_DATA_DIR or the platform data dir)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against an embedded sandbox wired to the bot at --bot-url (nothing else needed)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Leave the test conversations as they end (default: resolve them)')
            [CompletionResult]::new('--from-store', '--from-store', [CompletionResultType]::ParameterName, 'With --record: read the conversation from the event store (what `listen` received) instead of asking Chatwoot')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;example-bot' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (127.0.0.1)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A body field (or query parameter for GET/DELETE); `a[b]=v` nests')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A body field (or query parameter for GET/DELETE); `a[b]=v` nests')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The JSON body from a file (`-` for stdin)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'Send the platform app token instead of the user token')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;sandbox' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port (0 picks a free one)')
            [CompletionResult]::new('--admin-token', '--admin-token', [CompletionResultType]::ParameterName, 'The administrator''s access token (generated when not given)')
            [CompletionResult]::new('--agent-token', '--agent-token', [CompletionResultType]::ParameterName, 'An agent''s access token (generated when not given)')
            [CompletionResult]::new('--platform-token', '--platform-token', [CompletionResultType]::ParameterName, 'The platform app''s token (generated when not given)')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'The account''s id')
            [CompletionResult]::new('--webhook-timeout', '--webhook-timeout', [CompletionResultType]::ParameterName, 'Each webhook delivery''s connect and read timeout (Chatwoot''s WEBHOOK_TIMEOUT)')
            [CompletionResult]::new('--bot-retry-interval', '--bot-retry-interval', [CompletionResultType]::ParameterName, 'Wait between an agent bot''s delivery attempts (Chatwoot: 3 s)')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Delay added to every API response')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Share of API requests (0.0 to 1.0) answered 500 before they run')
            [CompletionResult]::new('--fault-seed', '--fault-seed', [CompletionResultType]::ParameterName, 'Make the --fail-rate sequence reproducible')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Answer 429 text/plain "Retry later" past N requests a minute per client, like rack-attack')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--keep-pending-on-bot-failure', '--keep-pending-on-bot-failure', [CompletionResultType]::ParameterName, 'Keep a pending conversation pending when the bot''s delivery fails (account setting)')
            [CompletionResult]::new('--refuse-private-webhooks', '--refuse-private-webhooks', [CompletionResultType]::ParameterName, 'Refuse loopback and private webhook targets, as Chatwoot 4.14+ does unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true')
            [CompletionResult]::new('--inbox-events', '--inbox-events', [CompletionResultType]::ParameterName, 'Send inbox_created / inbox_updated to account webhooks (Chatwoot''s ENABLE_INBOX_EVENTS)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;demo' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use a named profile [env: CHATWOOT_BRIDGE_PROFILE]')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Chatwoot base URL; https://host, https://host/ and https://host/api/v1 are the same [env: CHATWOOT_BASE_URL]')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account id [env: CHATWOOT_ACCOUNT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output mode')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output with a jq expression (implies -o json; with -o ndjson, per line). Strings print raw, other results as compact JSON, one per line')
            [CompletionResult]::new('--env-file', '--env-file', [CompletionResultType]::ParameterName, 'Read settings (CHATWOOT_BASE_URL=..., one a line) from this file, e.g. a project''s .env; variables already set in the environment win')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for `-o json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids (one per line) or nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP requests and responses on stderr (tokens and secrets redacted)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt (also when CI is set, or stdin/stderr is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'chatwoot-bridge;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in with an access token, show who you are, log out')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage the stored profiles')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Provision idempotently: the wizard, or one API inbox or agent bot at a time')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare a manifest (chatwoot.toml) with the account: exit 0 in sync, 11 changes pending')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account match a manifest (chatwoot.toml): plan, confirm, apply')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'API-channel inboxes')
            [CompletionResult]::new('bot', 'bot', [CompletionResultType]::ParameterValue, 'Agent bots (account bots, or global bots with --platform)')
            [CompletionResult]::new('webhook', 'webhook', [CompletionResultType]::ParameterValue, 'Account webhooks')
            [CompletionResult]::new('conversation', 'conversation', [CompletionResultType]::ParameterValue, 'Conversations: list, show, create')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a message: as the agent, a private note, incoming, or as a test customer')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve a conversation')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a conversation')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Set a conversation pending (waiting for the bot)')
            [CompletionResult]::new('snooze', 'snooze', [CompletionResultType]::ParameterValue, 'Snooze a conversation until a time, or until the customer writes')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a conversation to an agent, a team or a bot')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'The account''s agents (ids for `assign --agent`)')
            [CompletionResult]::new('team', 'team', [CompletionResultType]::ParameterValue, 'The account''s teams (ids for `assign --team`)')
            [CompletionResult]::new('handoff', 'handoff', [CompletionResultType]::ParameterValue, 'The bot hands over to humans: pending -> open, optionally with a private note')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive Chatwoot''s webhooks locally: verify, store, print, forward')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print stored deliveries as `listen` does (--follow for new ones)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Stored deliveries: list, show, export, verify, prune')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send stored deliveries again, re-signed')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'The web inspector: stored deliveries live in a browser, detail, replay, transcripts')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a synthetic, signed Chatwoot event (no credentials needed)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Diagnose connection, permissions, webhook reachability and signing')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'CI smoke test: a test customer writes in; wait for the bot''s answer (exit 12 if none)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Conversation tests for a bot: scripted conversations from a flow file (exit 12 if one fails)')
            [CompletionResult]::new('example-bot', 'example-bot', [CompletionResultType]::ParameterValue, 'The built-in example bot as a process (reads CHATWOOT_* from the environment)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'A raw authenticated request; PATH is from the base URL (e.g. /api/v1/profile)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'A local Chatwoot-compatible server, for laptops and CI')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The whole provisioning flow against the embedded sandbox, narrated')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatwoot-bridge;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Validate an access token against the instance and save it in a profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Who the token belongs to, the role in the account, and where the token came from')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored tokens and signing secrets from the profile')
            break
        }
        'chatwoot-bridge;help;auth;login' {
            break
        }
        'chatwoot-bridge;help;auth;status' {
            break
        }
        'chatwoot-bridge;help;auth;logout' {
            break
        }
        'chatwoot-bridge;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stored profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the one in effect by default); tokens are never shown')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Delete a profile and its tokens')
            break
        }
        'chatwoot-bridge;help;profile;list' {
            break
        }
        'chatwoot-bridge;help;profile;show' {
            break
        }
        'chatwoot-bridge;help;profile;use' {
            break
        }
        'chatwoot-bridge;help;profile;remove' {
            break
        }
        'chatwoot-bridge;help;setup' {
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'Find or create an API inbox by name and set its webhook URL')
            [CompletionResult]::new('bot', 'bot', [CompletionResultType]::ParameterValue, 'Find or create an agent bot by name and link it to an inbox')
            break
        }
        'chatwoot-bridge;help;setup;inbox' {
            break
        }
        'chatwoot-bridge;help;setup;bot' {
            break
        }
        'chatwoot-bridge;help;plan' {
            break
        }
        'chatwoot-bridge;help;apply' {
            break
        }
        'chatwoot-bridge;help;inbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the inboxes this token can see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one inbox and the bot linked to it')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API-channel inbox')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an inbox''s name, webhook URL or settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an inbox (Chatwoot deletes it in the background)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print the inbox''s webhook signing secret and HMAC token (administrators only)')
            break
        }
        'chatwoot-bridge;help;inbox;list' {
            break
        }
        'chatwoot-bridge;help;inbox;show' {
            break
        }
        'chatwoot-bridge;help;inbox;create' {
            break
        }
        'chatwoot-bridge;help;inbox;update' {
            break
        }
        'chatwoot-bridge;help;inbox;delete' {
            break
        }
        'chatwoot-bridge;help;inbox;secret' {
            break
        }
        'chatwoot-bridge;help;bot' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agent bots (the account''s and global ones; with --platform, the app''s)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one bot')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an agent bot')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a bot''s name, outgoing URL or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a bot')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link a bot to an inbox: the bot answers first, new conversations start pending')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the bot from an inbox')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the bot''s API access token (what the bot uses to answer)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print the bot''s webhook signing secret (account bots, administrators)')
            break
        }
        'chatwoot-bridge;help;bot;list' {
            break
        }
        'chatwoot-bridge;help;bot;show' {
            break
        }
        'chatwoot-bridge;help;bot;create' {
            break
        }
        'chatwoot-bridge;help;bot;update' {
            break
        }
        'chatwoot-bridge;help;bot;delete' {
            break
        }
        'chatwoot-bridge;help;bot;link' {
            break
        }
        'chatwoot-bridge;help;bot;unlink' {
            break
        }
        'chatwoot-bridge;help;bot;token' {
            break
        }
        'chatwoot-bridge;help;bot;secret' {
            break
        }
        'chatwoot-bridge;help;webhook' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s webhooks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe a URL to account events')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook''s URL, events or name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Print a webhook''s signing secret (Chatwoot 4.11.2+; rotate by delete and create)')
            break
        }
        'chatwoot-bridge;help;webhook;list' {
            break
        }
        'chatwoot-bridge;help;webhook;create' {
            break
        }
        'chatwoot-bridge;help;webhook;update' {
            break
        }
        'chatwoot-bridge;help;webhook;delete' {
            break
        }
        'chatwoot-bridge;help;webhook;secret' {
            break
        }
        'chatwoot-bridge;help;conversation' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List conversations (Chatwoot''s default: open ones, 25 a page)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a conversation and its recent messages')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Open a conversation for an existing contact in an inbox')
            break
        }
        'chatwoot-bridge;help;conversation;list' {
            break
        }
        'chatwoot-bridge;help;conversation;show' {
            break
        }
        'chatwoot-bridge;help;conversation;create' {
            break
        }
        'chatwoot-bridge;help;send' {
            break
        }
        'chatwoot-bridge;help;resolve' {
            break
        }
        'chatwoot-bridge;help;reopen' {
            break
        }
        'chatwoot-bridge;help;pending' {
            break
        }
        'chatwoot-bridge;help;snooze' {
            break
        }
        'chatwoot-bridge;help;assign' {
            break
        }
        'chatwoot-bridge;help;agent' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s agents and administrators (the ids `assign --agent` takes)')
            break
        }
        'chatwoot-bridge;help;agent;list' {
            break
        }
        'chatwoot-bridge;help;team' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s teams (the ids `assign --team` takes)')
            break
        }
        'chatwoot-bridge;help;team;list' {
            break
        }
        'chatwoot-bridge;help;handoff' {
            break
        }
        'chatwoot-bridge;help;listen' {
            break
        }
        'chatwoot-bridge;help;tail' {
            break
        }
        'chatwoot-bridge;help;events' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored deliveries, newest last')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Headers and body exactly as received (-o json: `body` parsed, `body_raw` the exact text)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every matching delivery as NDJSON (bodies included), streamed in constant memory')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Explain why a delivery''s signature does (not) verify with a secret')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete deliveries older than a duration (asks first; --yes to skip)')
            break
        }
        'chatwoot-bridge;help;events;list' {
            break
        }
        'chatwoot-bridge;help;events;show' {
            break
        }
        'chatwoot-bridge;help;events;export' {
            break
        }
        'chatwoot-bridge;help;events;verify' {
            break
        }
        'chatwoot-bridge;help;events;prune' {
            break
        }
        'chatwoot-bridge;help;replay' {
            break
        }
        'chatwoot-bridge;help;inspect' {
            break
        }
        'chatwoot-bridge;help;trigger' {
            break
        }
        'chatwoot-bridge;help;doctor' {
            break
        }
        'chatwoot-bridge;help;probe' {
            break
        }
        'chatwoot-bridge;help;test' {
            break
        }
        'chatwoot-bridge;help;example-bot' {
            break
        }
        'chatwoot-bridge;help;api' {
            break
        }
        'chatwoot-bridge;help;sandbox' {
            break
        }
        'chatwoot-bridge;help;demo' {
            break
        }
        'chatwoot-bridge;help;completions' {
            break
        }
        'chatwoot-bridge;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
