-- What companies sell: CPV 2008 divisions and groups (full codes, check digit included).
CREATE TABLE organisation_cpv (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (organisation_id, code)
);
CREATE INDEX organisation_cpv_code_idx ON organisation_cpv(code);
