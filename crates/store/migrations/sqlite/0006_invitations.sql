-- Invitations to join an organisation, by e-mail, with a role. The link carries a
-- secret token (only its hash is kept); inviting the same address again replaces the
-- token, role and expiry. Accepting marks the row; the membership is the lasting fact.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'member')),
    token_hash TEXT NOT NULL UNIQUE,
    invited_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    inviter_name TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    accepted_at INTEGER,
    CONSTRAINT invitations_org_email_key UNIQUE (organisation_id, email)
);
CREATE INDEX invitations_email_idx ON invitations(email);
