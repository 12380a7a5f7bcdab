-- One row per delivery the listener answered. `id` is the event id that `tail`, `events show`
-- and `replay` use.
CREATE TABLE deliveries (
    id                INTEGER PRIMARY KEY,
    received_at       INTEGER NOT NULL,          -- unix milliseconds
    path              TEXT    NOT NULL,          -- request path and query, e.g. '/bot'
    status            INTEGER NOT NULL,          -- HTTP status answered: 200, 401, 408, 400, 413
    headers           TEXT    NOT NULL,          -- JSON object, lower-case names; repeats joined by ', '
    body              BLOB,                      -- raw bytes exactly as received; NULL when refused unread (413);
                                                 -- only the first bytes (4 KiB) when not accepted (status >= 300)
    body_size         INTEGER NOT NULL,          -- bytes received, or the declared Content-Length when refused unread
    delivery_id       TEXT,                      -- X-Chatwoot-Delivery
    signature         TEXT    NOT NULL           -- 'valid', 'invalid', 'missing' (a secret applied, no header)
                      CHECK (signature IN ('valid', 'invalid', 'missing', 'unverified')),
                                                 -- or 'unverified' (no secret for the path, or --no-verify)
    signature_error   TEXT,                      -- why 'invalid' or 'missing', in words
    timestamp_header  TEXT,                      -- X-Chatwoot-Timestamp as sent (unix seconds)
    event             TEXT,                      -- payload `event`, e.g. 'message_created'
    account_id        INTEGER,                   -- `account.id`
    inbox_id          INTEGER,                   -- `inbox.id`, `inbox_id` or `conversation.inbox_id`
    conversation_id   INTEGER,                   -- display id: `conversation.id`, or `id` of conversation_* events
    message_type      TEXT,                      -- 'incoming', 'outgoing', 'template', 'activity' (message events)
    sender_type       TEXT,                      -- `sender.type`: 'user', 'agent_bot', or 'contact' (a sender without type)
    is_json           INTEGER NOT NULL,          -- 1 if the body parsed as JSON
    parse_error       TEXT,                      -- why it did not (invalid UTF-8, syntax error at line:column)
    refused           INTEGER NOT NULL DEFAULT 0,-- 1 if not accepted for a reason other than the signature
    refusal_reason    TEXT,                      -- e.g. 'body over 1048576 bytes', 'body incomplete: ...'
    duplicates        INTEGER NOT NULL DEFAULT 0,-- later deliveries with the same delivery_id, acknowledged not stored
    last_duplicate_at INTEGER,                   -- unix milliseconds of the last of those
    delivery_key      INTEGER                    -- accepted rows with a delivery_id: a 64-bit hash of it (FNV-1a)
);

-- Deduplication: one accepted row per X-Chatwoot-Delivery, found through the hash of the id
-- (then compared in full). Rejected attempts (401, 413) have no delivery_key: they are stored
-- as their own rows and never count as the original. (Delivery ids are random UUIDs; a small
-- integer key keeps this index a third of the size of one on the text.)
CREATE INDEX deliveries_delivery_key ON deliveries (delivery_key) WHERE delivery_key IS NOT NULL;
CREATE INDEX deliveries_received_at ON deliveries (received_at);
CREATE INDEX deliveries_event ON deliveries (event);
CREATE INDEX deliveries_inbox ON deliveries (inbox_id);
CREATE INDEX deliveries_conversation ON deliveries (conversation_id);
-- Deliveries not accepted (401, 413, 408, 400), oldest first: only the newest of them are
-- kept (anyone who reaches the listener can send them), and this finds the ones to delete.
CREATE INDEX deliveries_not_accepted ON deliveries (id) WHERE status >= 300;

-- Forwarding bookkeeping: one row per (delivery, target). Written 'pending' in the same
-- transaction as the delivery, so a crash leaves it replayable; 'dead' rows are the dead letters.
CREATE TABLE forwards (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    target      TEXT    NOT NULL,                -- URL
    state       TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_status INTEGER,                         -- HTTP status of the last attempt, if it got one
    last_error  TEXT,                            -- the last failure in words
    created_at  INTEGER NOT NULL,                -- unix milliseconds
    updated_at  INTEGER NOT NULL,                -- unix milliseconds
    UNIQUE (event_id, target)
);
CREATE INDEX forwards_state ON forwards (state, event_id);

-- `replay` runs: a run that was killed or failed part way is resumed by running the same
-- replay again, without sending what it already delivered (`replay --restart` sends it all).
CREATE TABLE replay_runs (
    id          INTEGER PRIMARY KEY,
    selection   TEXT    NOT NULL,                -- what was asked (ids, filters, --to): the same replay resumes it
    nonce       TEXT    NOT NULL,                -- seeds the run's X-Chatwoot-Delivery ids (the same when resumed)
    started_at  INTEGER NOT NULL,                -- unix milliseconds
    finished_at INTEGER                          -- set once everything selected was delivered
);
CREATE INDEX replay_runs_unfinished ON replay_runs (selection) WHERE finished_at IS NULL;
-- What an unfinished run delivered (emptied when the run finishes).
CREATE TABLE replay_sent (
    run_id   INTEGER NOT NULL REFERENCES replay_runs (id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL,
    target   TEXT    NOT NULL,
    PRIMARY KEY (run_id, event_id, target)
) WITHOUT ROWID;
