-- Buyers' groups (issue 10): public buyers who share a need invite one another, name a
-- lead buyer and open one joint challenge for joint procurement.
CREATE TABLE buyer_groups (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    lead_organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    joint_challenge_id BIGINT REFERENCES challenges(id) ON DELETE SET NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE buyer_group_members (
    group_id BIGINT NOT NULL REFERENCES buyer_groups(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('invited', 'member')),
    created_at BIGINT NOT NULL,
    joined_at BIGINT,
    PRIMARY KEY (group_id, organisation_id)
);
CREATE INDEX buyer_group_members_org_idx ON buyer_group_members(organisation_id);

ALTER TABLE challenges ADD COLUMN buyer_group_id BIGINT REFERENCES buyer_groups(id) ON DELETE SET NULL;
