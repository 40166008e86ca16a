-- Translations, case-study outcomes and attached files of resources.
-- Translations share a `translation_group` (the first resource's id; NULL for a resource
-- that has none); a group holds one resource per language.
ALTER TABLE resources ADD COLUMN translation_group BIGINT;
CREATE INDEX resources_translation_idx ON resources(translation_group);
-- A case study's outcome (buyer, country, procedure, year, budget, results, lessons) as
-- JSON (`domain::resources::CaseStudy`); NULL for other kinds.
ALTER TABLE resources ADD COLUMN case_study TEXT;
-- Attached files: kept under the data folder by content hash, checked by content.
CREATE TABLE resource_files (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resource_id BIGINT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX resource_files_idx ON resource_files(resource_id, id);
