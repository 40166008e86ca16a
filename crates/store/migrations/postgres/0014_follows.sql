-- What people follow, and the activity their dashboard shows. An activity row names its
-- subject (kind and key, as a follow does), the topics it is about, and for a working
-- group's posts the group, so a closed group's activity reaches its members only.
CREATE TABLE follows (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('initiative', 'organisation', 'group', 'topic')),
    target_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, target_kind, target_key)
);
CREATE INDEX follows_target_idx ON follows(target_kind, target_key);

CREATE TABLE activity (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '',
    group_id BIGINT REFERENCES working_groups(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    link TEXT NOT NULL
);
CREATE INDEX activity_subject_idx ON activity(subject_kind, subject_key, at);
CREATE INDEX activity_at_idx ON activity(at, id);
