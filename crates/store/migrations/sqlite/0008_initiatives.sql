-- Member initiatives get a full profile kept by their editors, with its change history.
-- `membership` becomes founding / member / former (the foundation wrote `joined` for member);
-- SQLite cannot change a CHECK, so the table is rebuilt.
CREATE TABLE initiatives_v8 (
    id INTEGER PRIMARY KEY,
    acronym TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    summary TEXT NOT NULL,
    focus_areas TEXT NOT NULL,
    website TEXT,
    membership TEXT NOT NULL CHECK (membership IN ('founding', 'member', 'former')),
    position INTEGER NOT NULL DEFAULT 0,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    programme TEXT,
    starts_on TEXT,
    ends_on TEXT,
    contact_name TEXT,
    contact_email TEXT,
    reach_newsletter INTEGER,
    reach_social INTEGER,
    reach_partners INTEGER,
    logo TEXT,
    updated_at INTEGER NOT NULL DEFAULT 0
);
INSERT INTO initiatives_v8 (id, acronym, name, summary, focus_areas, website, membership, position)
    SELECT id, acronym, name, summary, focus_areas, website, CASE membership WHEN 'joined' THEN 'member' ELSE membership END, position
    FROM initiatives;
DROP TABLE initiatives;
ALTER TABLE initiatives_v8 RENAME TO initiatives;

-- Who keeps an initiative's profile (named by an administrator or another editor).
CREATE TABLE initiative_editors (
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    added_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, user_id)
);
CREATE INDEX initiative_editors_user_idx ON initiative_editors(user_id);

-- Each saved change: the whole profile after it (JSON), who and when.
CREATE TABLE initiative_revisions (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    snapshot TEXT NOT NULL
);
CREATE INDEX initiative_revisions_idx ON initiative_revisions(initiative_id, id);
