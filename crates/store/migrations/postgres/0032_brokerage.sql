-- Brokerage (issue 11): the matchmaking part of an event. Settings (acceptance and booking
-- modes, how long a request waits, the booking window, a video service for online
-- sessions, when the schedule was published), sessions cut into slots, participants with
-- the slots they are free in (`|slot id|`), marketplace items, meeting requests (which
-- become meetings) and what each side says of a meeting afterwards.
CREATE TABLE brokerage_settings (
    event_id BIGINT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    automatic BIGINT NOT NULL DEFAULT 0,
    pick BIGINT NOT NULL DEFAULT 0,
    expiry_minutes BIGINT NOT NULL CHECK (expiry_minutes BETWEEN 15 AND 14400),
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    video_base_url TEXT,
    published_at BIGINT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE brokerage_sessions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    online BIGINT NOT NULL DEFAULT 0,
    tables BIGINT NOT NULL CHECK (tables > 0),
    cap BIGINT NOT NULL CHECK (cap > 0),
    created_at BIGINT NOT NULL
);
CREATE INDEX brokerage_sessions_event_idx ON brokerage_sessions(event_id);

CREATE TABLE brokerage_slots (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES brokerage_sessions(id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX brokerage_slots_event_idx ON brokerage_slots(event_id, starts_at, id);

CREATE TABLE brokerage_participants (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organisation_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('buyer', 'supplier', 'investor', 'intermediary', 'research')),
    about TEXT NOT NULL DEFAULT '',
    available TEXT NOT NULL DEFAULT '',
    checked_in_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (event_id, user_id)
);

CREATE TABLE marketplace_items (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    participant_id BIGINT NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('offer', 'request', 'cooperation')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    challenge_id BIGINT REFERENCES challenges(id) ON DELETE SET NULL,
    solution_id BIGINT REFERENCES solutions(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX marketplace_items_event_idx ON marketplace_items(event_id, kind, id);

-- `low_id`/`high_id`: the pair in order, so that one pair has one live request at most.
CREATE TABLE brokerage_meetings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    requester_id BIGINT NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    invitee_id BIGINT NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    low_id BIGINT NOT NULL,
    high_id BIGINT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled', 'expired')),
    priority BIGINT NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 3),
    expires_at BIGINT,
    slot_id BIGINT REFERENCES brokerage_slots(id) ON DELETE SET NULL,
    table_no BIGINT,
    room TEXT,
    locked BIGINT NOT NULL DEFAULT 0,
    published BIGINT NOT NULL DEFAULT 0,
    unplaced_reason TEXT,
    held BIGINT,
    reminded_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (requester_id <> invitee_id)
);
CREATE UNIQUE INDEX brokerage_meetings_pair_idx ON brokerage_meetings(event_id, low_id, high_id)
    WHERE status IN ('pending', 'accepted');
CREATE UNIQUE INDEX brokerage_meetings_table_idx ON brokerage_meetings(slot_id, table_no)
    WHERE slot_id IS NOT NULL AND status = 'accepted';
CREATE INDEX brokerage_meetings_event_idx ON brokerage_meetings(event_id, status, id);
CREATE INDEX brokerage_meetings_expiry_idx ON brokerage_meetings(status, expires_at);

CREATE TABLE brokerage_ratings (
    meeting_id BIGINT NOT NULL REFERENCES brokerage_meetings(id) ON DELETE CASCADE,
    participant_id BIGINT NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    rating BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    outcome TEXT NOT NULL CHECK (outcome IN ('none', 'follow-up', 'offer', 'agreement')),
    comment TEXT NOT NULL DEFAULT '',
    followup_due_at BIGINT,
    followup_sent_at BIGINT,
    followup_outcome TEXT,
    followup_at BIGINT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);
CREATE INDEX brokerage_ratings_followup_idx ON brokerage_ratings(followup_sent_at, followup_due_at);
