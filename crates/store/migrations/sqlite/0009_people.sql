-- People's public profiles: opt-in, field by field. The values are kept with a flag per
-- field; what is not shown never leaves the database in a public query (see store::people).
-- Lists (languages, topics) are stored as `|A|B|` so one LIKE finds a code.
CREATE TABLE profiles (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    public INTEGER NOT NULL DEFAULT 0,
    name_key TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    show_organisation INTEGER NOT NULL DEFAULT 0,
    role TEXT,
    show_role INTEGER NOT NULL DEFAULT 0,
    country TEXT,
    show_country INTEGER NOT NULL DEFAULT 0,
    languages TEXT NOT NULL DEFAULT '',
    show_languages INTEGER NOT NULL DEFAULT 0,
    topics TEXT NOT NULL DEFAULT '',
    show_topics INTEGER NOT NULL DEFAULT 0,
    bio TEXT,
    show_bio INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
);
CREATE INDEX profiles_name_idx ON profiles(public, name_key, user_id);
CREATE INDEX profiles_recent_idx ON profiles(public, updated_at, user_id);
CREATE INDEX profiles_country_idx ON profiles(public, show_country, country, name_key, user_id);
