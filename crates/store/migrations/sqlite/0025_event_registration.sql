-- Events, second part: the registration form's questions (JSON), organiser approval,
-- co-organisers (`|initiative:1|organisation:2|`), speakers and agenda sessions (JSON),
-- reminder times (minutes before the start, `|1440|60|`), a members' meeting's minutes.
ALTER TABLE events ADD COLUMN approval INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN questions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN co_organisers TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN speakers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN agenda TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN reminders TEXT NOT NULL DEFAULT '|1440|60|';
ALTER TABLE events ADD COLUMN minutes_md TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN minutes_html TEXT NOT NULL DEFAULT '';

-- Registrations gain `pending` (awaiting the organisers' approval) and `rejected`, the
-- answers to the form (JSON by question id), attendance (NULL: not recorded), the
-- certificate's code, and feedback. SQLite cannot change a CHECK: the table is rebuilt.
CREATE TABLE registrations_new (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting', 'pending', 'rejected', 'cancelled')),
    answers TEXT NOT NULL DEFAULT '{}',
    attended INTEGER,
    certificate TEXT UNIQUE,
    certificate_at INTEGER,
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    comment TEXT,
    feedback_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (event_id, user_id)
);
INSERT INTO registrations_new (id, event_id, user_id, status, created_at, updated_at)
    SELECT id, event_id, user_id, status, created_at, updated_at FROM registrations;
DROP TABLE registrations;
ALTER TABLE registrations_new RENAME TO registrations;
CREATE INDEX registrations_event_idx ON registrations(event_id, status, id);
CREATE INDEX registrations_user_idx ON registrations(user_id);

-- Seats kept for invited people (by e-mail, lower case) until they register.
CREATE TABLE event_invitations (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, email)
);

-- Which reminders went out, for which start (moving the event sends them again).
CREATE TABLE event_reminders_sent (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    minutes INTEGER NOT NULL,
    starts_at INTEGER NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, minutes, starts_at)
);

-- Messages the organisers sent to the participants (the record of what was said).
CREATE TABLE event_messages (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    sent_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    recipients INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

-- Slides and recordings: knowledge resources linked to the event.
CREATE TABLE event_resources (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (event_id, resource_id)
);

-- Members' updating meetings: agenda items members propose before the meeting, and
-- action items followed from meeting to meeting.
CREATE TABLE meeting_items (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    proposed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX meeting_items_event_idx ON meeting_items(event_id, id);

CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX action_items_status_idx ON action_items(status, due_on, id);
