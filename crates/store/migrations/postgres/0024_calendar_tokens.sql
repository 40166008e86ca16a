-- A person's private calendar feed of the events they registered for: the secret of its
-- address, kept as a hash (shown once; making a new one revokes the old).
CREATE TABLE calendar_tokens (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
