-- Expressions of interest in challenges and the clarification questions suppliers ask
-- (issue 10). One expression of interest per challenge and supplier organisation. A
-- question's asker is kept for the record but never shown: answers are public.
CREATE TABLE challenge_interests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    challenge_id BIGINT NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    solution_id BIGINT REFERENCES solutions(id) ON DELETE SET NULL,
    pitch TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('submitted', 'shortlisted', 'declined', 'invited')),
    buyer_message TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    UNIQUE (challenge_id, organisation_id)
);
CREATE INDEX challenge_interests_org_idx ON challenge_interests(organisation_id);

CREATE TABLE challenge_questions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    challenge_id BIGINT NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    question TEXT NOT NULL,
    answer TEXT,
    created_at BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX challenge_questions_idx ON challenge_questions(challenge_id, id);
