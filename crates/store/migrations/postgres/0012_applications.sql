-- Applications to join the task force. `profile` is the initiative's profile as it would
-- start (JSON, domain::initiatives::InitiativeProfile); an accepted application points to
-- the initiative it became.
CREATE TABLE applications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    applicant_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    applicant_name TEXT NOT NULL,
    acronym TEXT NOT NULL,
    acronym_key TEXT NOT NULL,
    name TEXT NOT NULL,
    profile TEXT NOT NULL,
    motivation TEXT NOT NULL,
    contribution TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'in-review', 'accepted', 'declined', 'withdrawn')),
    reason TEXT,
    decided_by TEXT,
    decided_at BIGINT,
    initiative_id BIGINT REFERENCES initiatives(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX applications_applicant_idx ON applications(applicant_id, id);
CREATE INDEX applications_status_idx ON applications(status, id);
-- One open application per initiative.
CREATE UNIQUE INDEX applications_open_acronym_idx ON applications(acronym_key) WHERE status IN ('submitted', 'in-review');

-- Members' comments on an application; an endorsement is a note with `endorses` set,
-- at most one per person.
CREATE TABLE application_notes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id BIGINT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    author_name TEXT NOT NULL,
    initiative TEXT NOT NULL,
    body TEXT NOT NULL,
    endorses BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX application_notes_idx ON application_notes(application_id, id);
CREATE UNIQUE INDEX application_endorsements_idx ON application_notes(application_id, author_id) WHERE endorses = 1;
