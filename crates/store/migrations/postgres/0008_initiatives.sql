-- Member initiatives get a full profile kept by their editors, with its change history.
-- `membership` becomes founding / member / former (the foundation wrote `joined` for member).
ALTER TABLE initiatives DROP CONSTRAINT initiatives_membership_check;
UPDATE initiatives SET membership = 'member' WHERE membership = 'joined';
ALTER TABLE initiatives ADD CONSTRAINT initiatives_membership_check CHECK (membership IN ('founding', 'member', 'former'));
ALTER TABLE initiatives
    ADD COLUMN description_md TEXT NOT NULL DEFAULT '',
    ADD COLUMN description_html TEXT NOT NULL DEFAULT '',
    ADD COLUMN sectors TEXT NOT NULL DEFAULT '',
    ADD COLUMN topics TEXT NOT NULL DEFAULT '',
    ADD COLUMN programme TEXT,
    ADD COLUMN starts_on TEXT,
    ADD COLUMN ends_on TEXT,
    ADD COLUMN contact_name TEXT,
    ADD COLUMN contact_email TEXT,
    ADD COLUMN reach_newsletter BIGINT,
    ADD COLUMN reach_social BIGINT,
    ADD COLUMN reach_partners BIGINT,
    ADD COLUMN logo TEXT,
    ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;

CREATE TABLE initiative_editors (
    initiative_id BIGINT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    added_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (initiative_id, user_id)
);
CREATE INDEX initiative_editors_user_idx ON initiative_editors(user_id);

CREATE TABLE initiative_revisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    initiative_id BIGINT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    actor_name TEXT NOT NULL,
    snapshot TEXT NOT NULL
);
CREATE INDEX initiative_revisions_idx ON initiative_revisions(initiative_id, id);
