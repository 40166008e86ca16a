-- Challenges (issue 10): public buyers' unmet needs. Dates are `YYYY-MM-DD` text; tag
-- lists are `|A|B|` as elsewhere; CPV codes are full codes with their check digit.
CREATE TABLE challenges (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    problem TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '',
    outcomes TEXT NOT NULL,
    constraints TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '',
    cpv TEXT NOT NULL DEFAULT '',
    budget_min BIGINT,
    budget_max BIGINT,
    currency TEXT NOT NULL DEFAULT 'EUR',
    interest_deadline TEXT NOT NULL,
    question_deadline TEXT NOT NULL,
    consultation_on TEXT,
    procurement_on TEXT,
    trl_min BIGINT NOT NULL CHECK (trl_min BETWEEN 1 AND 9),
    trl_max BIGINT NOT NULL CHECK (trl_max BETWEEN 1 AND 9),
    route TEXT,
    country TEXT NOT NULL,
    nuts TEXT,
    languages TEXT NOT NULL DEFAULT '',
    ip_terms TEXT NOT NULL DEFAULT '',
    confidentiality TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('draft', 'open', 'consultation', 'procurement', 'awarded', 'not-awarded', 'cancelled')),
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max),
    CHECK (trl_min <= trl_max)
);
CREATE INDEX challenges_state_idx ON challenges(state, id);
CREATE INDEX challenges_organisation_idx ON challenges(organisation_id);

-- The public, dated record of a challenge: each change of state and of its text (what
-- changed), and later its questions and answers.
CREATE TABLE challenge_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    challenge_id BIGINT NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('state', 'change')),
    detail TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX challenge_log_idx ON challenge_log(challenge_id, id);

-- Other buyers that have the same need ("we have this need too").
CREATE TABLE challenge_observers (
    challenge_id BIGINT NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (challenge_id, organisation_id)
);
