-- Each saved version of a resource (the whole resource after the change, JSON), who saved
-- it and when: its publishers see who changed what, with a diff.
CREATE TABLE resource_revisions (
    id INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    snapshot TEXT NOT NULL
);
CREATE INDEX resource_revisions_idx ON resource_revisions(resource_id, id);
