-- Translations, case-study outcomes and attached files of resources.
-- Translations share a `translation_group` (the first resource's id; NULL for a resource
-- that has none); a group holds one resource per language.
ALTER TABLE resources ADD COLUMN translation_group INTEGER;
CREATE INDEX resources_translation_idx ON resources(translation_group);
-- A case study's outcome (buyer, country, procedure, year, budget, results, lessons) as
-- JSON (`domain::resources::CaseStudy`); NULL for other kinds.
ALTER TABLE resources ADD COLUMN case_study TEXT;
-- Attached files: kept under the data folder by content hash, checked by content.
CREATE TABLE resource_files (
    id INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX resource_files_idx ON resource_files(resource_id, id);
