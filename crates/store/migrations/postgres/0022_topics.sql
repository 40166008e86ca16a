-- Topics an administrator adds to the nine of the curriculum (which stay in code), with
-- their names in the interface's languages; resources are tagged with either.
CREATE TABLE topics (
    code TEXT PRIMARY KEY,
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    label_de TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
