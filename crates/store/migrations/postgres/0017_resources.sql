-- Knowledge resources, and the search outbox: every write of something searchable adds a
-- row here in its own transaction; each process's index tailer applies the rows in order
-- (`id`), and `iptf reindex` rebuilds the index from the tables.
-- Tag lists are stored as `|A|B|` so one LIKE finds a code (as for profiles).
CREATE TABLE resources (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    initiative_id BIGINT REFERENCES initiatives(id) ON DELETE CASCADE,
    organisation_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE,
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
    published_at BIGINT,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((initiative_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX resources_published_idx ON resources(state, published_at, id);
CREATE INDEX resources_initiative_idx ON resources(initiative_id);
CREATE INDEX resources_organisation_idx ON resources(organisation_id);

CREATE TABLE search_outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_kind TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
