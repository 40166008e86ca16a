-- sqlite: foreign_keys off
-- Ids are never reused: every table whose ids leave the database is rebuilt with
-- AUTOINCREMENT (SQLite otherwise hands the highest deleted id to the next row).
-- Run with foreign keys off, as SQLite's table-rebuild procedure requires; the runner
-- checks `PRAGMA foreign_key_check` before committing.
-- Also: API tokens get a scope and an expiry; jobs get a subject person (erased with
-- them), a uniqueness key, an attempt cap, a dead mark and a heartbeat.

CREATE TABLE users_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    email_confirmed_at INTEGER,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    is_admin INTEGER NOT NULL DEFAULT 0,
    language TEXT,
    created_at INTEGER NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);
INSERT INTO users_new SELECT id, email, name, password_hash, email_confirmed_at, status, is_admin, language, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

CREATE TABLE api_tokens_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER,
    scope TEXT NOT NULL DEFAULT 'read-write' CHECK (scope IN ('read', 'read-write')),
    expires_at INTEGER
);
INSERT INTO api_tokens_new (id, user_id, name, token_hash, prefix, created_at, last_used_at, revoked_at)
    SELECT id, user_id, name, token_hash, prefix, created_at, last_used_at, revoked_at FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_new RENAME TO api_tokens;
CREATE INDEX api_tokens_user_idx ON api_tokens(user_id);

CREATE TABLE organisations_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size_class TEXT,
    country TEXT NOT NULL,
    nuts TEXT,
    website TEXT,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
INSERT INTO organisations_new SELECT id, name, kind, size_class, country, nuts, website, description, status, created_by, created_at, updated_at FROM organisations;
DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;
CREATE INDEX organisations_status_idx ON organisations(status, name);

CREATE TABLE initiatives_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    acronym TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    focus_areas TEXT NOT NULL,
    website TEXT,
    membership TEXT NOT NULL CHECK (membership IN ('founding', 'joined')),
    position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO initiatives_new SELECT id, acronym, name, summary, focus_areas, website, membership, position FROM initiatives;
DROP TABLE initiatives;
ALTER TABLE initiatives_new RENAME TO initiatives;

CREATE TABLE audit_log_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id INTEGER,
    target_label TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_log_new SELECT id, at, actor_id, actor_name, action, target_type, target_id, target_label, detail FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_at_idx ON audit_log(at);
CREATE INDEX audit_log_action_idx ON audit_log(action, at);

CREATE TABLE jobs_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    run_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    locked_at INTEGER,
    locked_by TEXT,
    last_error TEXT,
    done_at INTEGER,
    created_at INTEGER NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    unique_key TEXT,
    max_attempts INTEGER,
    dead_at INTEGER
);
INSERT INTO jobs_new (id, kind, payload, run_at, attempts, locked_at, locked_by, last_error, done_at, created_at)
    SELECT id, kind, payload, run_at, attempts, locked_at, locked_by, last_error, done_at, created_at FROM jobs;
DROP TABLE jobs;
ALTER TABLE jobs_new RENAME TO jobs;
CREATE INDEX jobs_due_idx ON jobs(done_at, run_at);
CREATE INDEX jobs_user_idx ON jobs(user_id);
CREATE UNIQUE INDEX jobs_unique_key_idx ON jobs(unique_key);

-- Ids deleted before this migration are unknown to the new sequences; the audit log
-- still names them. Start past every id it mentions, so that no new person or
-- organisation inherits the entries of a deleted one.
INSERT INTO sqlite_sequence (name, seq)
    SELECT t, 0 FROM (SELECT 'users' AS t UNION ALL SELECT 'organisations')
    WHERE t NOT IN (SELECT name FROM sqlite_sequence);
UPDATE sqlite_sequence SET seq = MAX(seq,
    (SELECT COALESCE(MAX(target_id), 0) FROM audit_log WHERE target_type = 'user'),
    (SELECT COALESCE(MAX(actor_id), 0) FROM audit_log))
    WHERE name = 'users';
UPDATE sqlite_sequence SET seq = MAX(seq,
    (SELECT COALESCE(MAX(target_id), 0) FROM audit_log WHERE target_type = 'organisation'))
    WHERE name = 'organisations';
