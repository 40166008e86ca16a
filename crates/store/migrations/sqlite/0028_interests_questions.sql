-- Expressions of interest in challenges and the clarification questions suppliers ask
-- (issue 10). One expression of interest per challenge and supplier organisation. A
-- question's asker is kept for the record but never shown: answers are public.
CREATE TABLE challenge_interests (
    id INTEGER PRIMARY KEY,
    challenge_id INTEGER NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    solution_id INTEGER REFERENCES solutions(id) ON DELETE SET NULL,
    pitch TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('submitted', 'shortlisted', 'declined', 'invited')),
    buyer_message TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    UNIQUE (challenge_id, organisation_id)
);
CREATE INDEX challenge_interests_org_idx ON challenge_interests(organisation_id);

CREATE TABLE challenge_questions (
    id INTEGER PRIMARY KEY,
    challenge_id INTEGER NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    question TEXT NOT NULL,
    answer TEXT,
    created_at INTEGER NOT NULL,
    answered_at INTEGER
);
CREATE INDEX challenge_questions_idx ON challenge_questions(challenge_id, id);
