-- Working groups, their members, discussion threads and replies. Posts keep their text
-- when their author's account is erased (`author_id` becomes NULL: "former member").
CREATE TABLE working_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    summary TEXT NOT NULL,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    roadmap_md TEXT NOT NULL DEFAULT '',
    roadmap_html TEXT NOT NULL DEFAULT '',
    is_open INTEGER NOT NULL DEFAULT 1,
    topics TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('leader', 'member')),
    status TEXT NOT NULL CHECK (status IN ('active', 'requested')),
    mail TEXT NOT NULL DEFAULT 'all' CHECK (mail IN ('all', 'none')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user_idx ON group_members(user_id);

CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    reply_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    last_post_at INTEGER NOT NULL
);
CREATE INDEX threads_group_idx ON threads(group_id, last_post_at, id);

CREATE TABLE replies (
    id INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX replies_thread_idx ON replies(thread_id, id);

-- Who follows a thread (its author and repliers by default; anyone can stop).
CREATE TABLE thread_follows (
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX thread_follows_user_idx ON thread_follows(user_id);
