-- Brokerage (issue 11): the matchmaking part of an event. Settings (acceptance and booking
-- modes, how long a request waits, the booking window, a video service for online
-- sessions, when the schedule was published), sessions cut into slots, participants with
-- the slots they are free in (`|slot id|`), marketplace items, meeting requests (which
-- become meetings) and what each side says of a meeting afterwards.
CREATE TABLE brokerage_settings (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    automatic INTEGER NOT NULL DEFAULT 0,
    pick INTEGER NOT NULL DEFAULT 0,
    expiry_minutes INTEGER NOT NULL CHECK (expiry_minutes BETWEEN 15 AND 14400),
    opens_at INTEGER NOT NULL,
    closes_at INTEGER NOT NULL,
    video_base_url TEXT,
    published_at INTEGER,
    updated_at INTEGER NOT NULL
);

CREATE TABLE brokerage_sessions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    online INTEGER NOT NULL DEFAULT 0,
    tables INTEGER NOT NULL CHECK (tables > 0),
    cap INTEGER NOT NULL CHECK (cap > 0),
    created_at INTEGER NOT NULL
);
CREATE INDEX brokerage_sessions_event_idx ON brokerage_sessions(event_id);

CREATE TABLE brokerage_slots (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES brokerage_sessions(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX brokerage_slots_event_idx ON brokerage_slots(event_id, starts_at, id);

CREATE TABLE brokerage_participants (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('buyer', 'supplier', 'investor', 'intermediary', 'research')),
    about TEXT NOT NULL DEFAULT '',
    available TEXT NOT NULL DEFAULT '',
    checked_in_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (event_id, user_id)
);

CREATE TABLE marketplace_items (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('offer', 'request', 'cooperation')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    challenge_id INTEGER REFERENCES challenges(id) ON DELETE SET NULL,
    solution_id INTEGER REFERENCES solutions(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX marketplace_items_event_idx ON marketplace_items(event_id, kind, id);

-- `low_id`/`high_id`: the pair in order, so that one pair has one live request at most.
CREATE TABLE brokerage_meetings (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    requester_id INTEGER NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    invitee_id INTEGER NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    low_id INTEGER NOT NULL,
    high_id INTEGER NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'cancelled', 'expired')),
    priority INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 3),
    expires_at INTEGER,
    slot_id INTEGER REFERENCES brokerage_slots(id) ON DELETE SET NULL,
    table_no INTEGER,
    room TEXT,
    locked INTEGER NOT NULL DEFAULT 0,
    published INTEGER NOT NULL DEFAULT 0,
    unplaced_reason TEXT,
    held INTEGER,
    reminded_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (requester_id <> invitee_id)
);
CREATE UNIQUE INDEX brokerage_meetings_pair_idx ON brokerage_meetings(event_id, low_id, high_id)
    WHERE status IN ('pending', 'accepted');
CREATE UNIQUE INDEX brokerage_meetings_table_idx ON brokerage_meetings(slot_id, table_no)
    WHERE slot_id IS NOT NULL AND status = 'accepted';
CREATE INDEX brokerage_meetings_event_idx ON brokerage_meetings(event_id, status, id);
CREATE INDEX brokerage_meetings_expiry_idx ON brokerage_meetings(status, expires_at);

CREATE TABLE brokerage_ratings (
    meeting_id INTEGER NOT NULL REFERENCES brokerage_meetings(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES brokerage_participants(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    outcome TEXT NOT NULL CHECK (outcome IN ('none', 'follow-up', 'offer', 'agreement')),
    comment TEXT NOT NULL DEFAULT '',
    followup_due_at INTEGER,
    followup_sent_at INTEGER,
    followup_outcome TEXT,
    followup_at INTEGER,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);
CREATE INDEX brokerage_ratings_followup_idx ON brokerage_ratings(followup_sent_at, followup_due_at);
