-- One-time form tokens and API idempotency keys: the first request with a key claims
-- it; a repeat waits for the first to finish and gets the same answer (a redirect, or
-- the API's status and body). Keys are hashes bound to the caller; rows live one day.
CREATE TABLE submissions (
    key TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    fingerprint TEXT NOT NULL DEFAULT '',
    status INTEGER,
    location TEXT,
    body TEXT
);
CREATE INDEX submissions_created_idx ON submissions(created_at);
