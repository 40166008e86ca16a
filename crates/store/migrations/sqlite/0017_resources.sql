-- Knowledge resources, and the search outbox: every write of something searchable adds a
-- row here in its own transaction; each process's index tailer applies the rows in order
-- (`id`), and `iptf reindex` rebuilds the index from the tables.
-- Tag lists are stored as `|A|B|` so one LIKE finds a code (as for profiles).
CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    summary TEXT NOT NULL,
    body_md TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    link TEXT,
    language TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '',
    audiences TEXT NOT NULL DEFAULT '',
    procedures TEXT NOT NULL DEFAULT '',
    countries TEXT NOT NULL DEFAULT '',
    cpv TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'archived')),
    published_at INTEGER,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK ((initiative_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX resources_published_idx ON resources(state, published_at, id);
CREATE INDEX resources_initiative_idx ON resources(initiative_id);
CREATE INDEX resources_organisation_idx ON resources(organisation_id);

CREATE TABLE search_outbox (
    id INTEGER PRIMARY KEY,
    item_kind TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
