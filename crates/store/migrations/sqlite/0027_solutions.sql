-- Solutions (issue 10): suppliers' profiles of what they can do. Tag lists are `|A|B|`
-- as elsewhere; countries are ISO 3166-1 alpha-2, regions NUTS 2021 codes. An anonymous
-- profile never shows its organisation to anyone but its members, administrators and the
-- organisations whose contact request it accepted.
CREATE TABLE solutions (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    problem TEXT NOT NULL,
    trl INTEGER NOT NULL CHECK (trl BETWEEN 1 AND 9),
    sectors TEXT NOT NULL DEFAULT '',
    cpv TEXT NOT NULL DEFAULT '',
    countries TEXT NOT NULL DEFAULT '',
    regions TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '',
    certifications TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'archived')),
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX solutions_state_idx ON solutions(state, id);
CREATE INDEX solutions_organisation_idx ON solutions(organisation_id);

-- A request of an organisation's member to be put in contact with a solution's supplier;
-- one per solution and requesting organisation.
CREATE TABLE solution_contacts (
    id INTEGER PRIMARY KEY,
    solution_id INTEGER NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    message TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'declined')),
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    UNIQUE (solution_id, organisation_id)
);
CREATE INDEX solution_contacts_org_idx ON solution_contacts(organisation_id, state);
