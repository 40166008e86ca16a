-- Buyers' groups (issue 10): public buyers who share a need invite one another, name a
-- lead buyer and open one joint challenge for joint procurement.
CREATE TABLE buyer_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lead_organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    joint_challenge_id INTEGER REFERENCES challenges(id) ON DELETE SET NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE buyer_group_members (
    group_id INTEGER NOT NULL REFERENCES buyer_groups(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('invited', 'member')),
    created_at INTEGER NOT NULL,
    joined_at INTEGER,
    PRIMARY KEY (group_id, organisation_id)
);
CREATE INDEX buyer_group_members_org_idx ON buyer_group_members(organisation_id);

ALTER TABLE challenges ADD COLUMN buyer_group_id INTEGER REFERENCES buyer_groups(id) ON DELETE SET NULL;
