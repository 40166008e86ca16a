-- Identity columns never reuse ids already. API tokens get a scope and an expiry; jobs
-- get a subject person (erased with them), a uniqueness key, an attempt cap and a dead
-- mark. (The SQLite migration of the same number also rebuilds tables with AUTOINCREMENT.)

ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'read-write' CHECK (scope IN ('read', 'read-write'));
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT;

ALTER TABLE jobs ADD COLUMN user_id BIGINT REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE jobs ADD COLUMN unique_key TEXT;
ALTER TABLE jobs ADD COLUMN max_attempts BIGINT;
ALTER TABLE jobs ADD COLUMN dead_at BIGINT;
CREATE INDEX jobs_user_idx ON jobs(user_id);
CREATE UNIQUE INDEX jobs_unique_key_idx ON jobs(unique_key);
