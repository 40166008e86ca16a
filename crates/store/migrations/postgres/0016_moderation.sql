-- Moderation: reports on content, the state of content under review, moderators (a role
-- an administrator gives) and suspensions.
ALTER TABLE users ADD COLUMN is_moderator BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN suspended_until BIGINT;

-- `accused_id`: whom the report is about (a profile's owner, a post's author, the other
-- person of a conversation, a group's first leader), read when the report is made.
CREATE TABLE reports (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reporter_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('profile', 'thread', 'reply', 'conversation', 'group')),
    target_id BIGINT NOT NULL,
    accused_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolution TEXT
);
-- One open report per person and target: three reports are three people.
CREATE UNIQUE INDEX reports_open_idx ON reports(reporter_id, target_kind, target_id) WHERE resolved_at IS NULL;
CREATE INDEX reports_target_idx ON reports(target_kind, target_id, resolved_at);

-- Content hidden until a moderator reviews it, or removed by one.
CREATE TABLE moderation (
    target_kind TEXT NOT NULL,
    target_id BIGINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('hidden', 'removed')),
    since BIGINT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
