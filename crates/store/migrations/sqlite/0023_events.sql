-- Events and registrations. Times are UTC seconds; the event's IANA zone is kept to show
-- them as the organiser meant them. `sequence` counts the changes a calendar must see
-- (RFC 5545 SEQUENCE). Tag lists are `|A|B|` as elsewhere.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    initiative_id INTEGER REFERENCES initiatives(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description_md TEXT NOT NULL DEFAULT '',
    description_html TEXT NOT NULL DEFAULT '',
    venue TEXT,
    address TEXT,
    join_link TEXT,
    time_zone TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    languages TEXT NOT NULL DEFAULT '',
    audiences TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    sectors TEXT NOT NULL DEFAULT '',
    capacity INTEGER,
    registration_opens_at INTEGER,
    registration_closes_at INTEGER,
    state TEXT NOT NULL CHECK (state IN ('draft', 'published', 'cancelled', 'finished')),
    sequence INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK ((initiative_id IS NULL) <> (organisation_id IS NULL)),
    CHECK (ends_at > starts_at),
    CHECK (capacity IS NULL OR capacity > 0)
);
CREATE INDEX events_upcoming_idx ON events(state, starts_at, id);
CREATE INDEX events_initiative_idx ON events(initiative_id);

-- One row per person and event; the waiting list is in `id` order.
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (event_id, user_id)
);
CREATE INDEX registrations_event_idx ON registrations(event_id, status, id);
CREATE INDEX registrations_user_idx ON registrations(user_id);
