//! The database: one [`Db`] over SQLite or PostgreSQL, chosen at run time from the URL.
//!
//! SQL is written once with `$1..$n` placeholders and run on either backend through
//! sqlx's `Any` driver; columns use only types both share (BIGINT/INTEGER, TEXT), so a
//! row decodes the same way everywhere. The few statements that differ (claiming a job,
//! the migration lock) ask [`Db::backend`]. Each capability has its own module.

pub mod accounts;
pub mod admin;
pub mod applications;
pub mod brokerage;
pub mod buyer_groups;
pub mod challenges;
pub mod clarifications;
pub mod cocreation;
pub mod event_parts;
pub mod events;
pub mod follows;
pub mod groups;
pub mod initiatives;
pub mod invitations;
pub mod jobs;
pub mod landscape;
mod memo;
pub mod messages;
pub mod moderation;
pub mod organisations;
pub mod people;
mod query;
pub mod resources;
pub mod review;
pub mod secret;
pub mod solutions;
pub mod submissions;
mod tags;
pub mod topics;
pub mod tx;

pub use tx::{LockTable, Tx};

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor, Row};
use std::str::FromStr;
use std::time::Duration;

pub use sqlx::any::AnyRow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique constraint refused the row; the name says which.
    #[error("conflict on {0}")]
    Conflict(&'static str),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Why the hub could not open its database, phrased so the operator knows what to fix.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("unsupported database URL scheme `{0}`: use sqlite://PATH (embedded) or postgres://USER@HOST/DB")]
    UnknownScheme(String),
    #[error("cannot create the data folder {path}: {source}")]
    DataDir { path: String, source: std::io::Error },
    #[error("cannot reach the database at {url}: {reason} (is the server running and the URL right?)")]
    Unreachable { url: String, reason: String },
    #[error("cannot migrate the database: {0}")]
    Migrate(String),
}

#[derive(Clone)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    memo: memo::SharedMemo,
}

/// Hides the password of a URL in messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..s + 3], user, &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

impl Db {
    /// Opens (and for SQLite creates) the database at `url`. Does not migrate.
    pub async fn connect(url: &str) -> Result<Db, ConnectError> {
        sqlx::any::install_default_drivers();
        let scheme = url.split_once(':').map(|(s, _)| s).unwrap_or(url);
        let backend = match scheme {
            "sqlite" => Backend::Sqlite,
            "postgres" | "postgresql" => Backend::Postgres,
            other => return Err(ConnectError::UnknownScheme(other.to_owned())),
        };
        let url = if backend == Backend::Sqlite { sqlite_url(url)? } else { url.to_owned() };
        let unreachable = |e: sqlx::Error| ConnectError::Unreachable { url: redact(&url), reason: e.to_string() };
        let opts = AnyConnectOptions::from_str(&url).map_err(unreachable)?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .min_connections(1)
            // A burst (a thousand people registering for one event at its opening) queues
            // for a connection in order rather than failing after a few seconds.
            .acquire_timeout(Duration::from_secs(20))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute(
                            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(opts)
            .await
            .map_err(unreachable)?;
        Ok(Db { pool, backend, memo: Default::default() })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// The number of rows `from_where` (`FROM … WHERE …`) selects, remembered until a
    /// transaction of this process commits (or [`memo::MAX_AGE`] passes).
    pub(crate) async fn cached_count(&self, from_where: &query::Query) -> Result<i64> {
        let q = query::Query::count(from_where);
        let key = q.cache_key();
        let generation = self.memo.generation();
        if let Some(n) = self.memo.counts.get(&key, generation) {
            return Ok(n);
        }
        let n: i64 = q.build().fetch_one(&self.pool).await?.get(0);
        self.memo.counts.put(key, generation, n);
        Ok(n)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Applies the migrations of this backend that have not run yet, in order, each in a
    /// transaction. On PostgreSQL an advisory lock keeps two starting processes apart.
    pub async fn migrate(&self) -> Result<(), ConnectError> {
        self.migrate_inner().await.map_err(|e| ConnectError::Migrate(e.to_string()))
    }

    async fn migrate_inner(&self) -> Result<(), sqlx::Error> {
        let mut conn = self.pool.acquire().await?;
        if self.backend == Backend::Postgres {
            conn.execute("SELECT pg_advisory_lock(7365283)").await?;
        }
        let result = async {
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
            )
            .await?;
            let done: Vec<i64> = sqlx::query("SELECT version FROM schema_migrations")
                .fetch_all(&mut *conn)
                .await?
                .iter()
                .map(|r| r.get::<i64, _>(0))
                .collect();
            for (version, sql) in migrations(self.backend) {
                if done.contains(version) {
                    continue;
                }
                tracing::info!(version, "applying migration");
                // SQLite's table-rebuild procedure needs foreign keys off (a dropped parent
                // table would otherwise cascade into its children); it cannot change
                // inside a transaction, so it is switched around it and checked before commit.
                let fk_off = self.backend == Backend::Sqlite && sql.starts_with(FOREIGN_KEYS_OFF);
                if fk_off {
                    conn.execute("PRAGMA foreign_keys=OFF").await?;
                }
                let applied = async {
                    let mut tx = sqlx::Acquire::begin(&mut *conn).await?;
                    tx.execute(sqlx::raw_sql(*sql)).await?;
                    if fk_off && sqlx::query("PRAGMA foreign_key_check").fetch_optional(&mut *tx).await?.is_some() {
                        return Err(sqlx::Error::Protocol(format!("migration {version} breaks a foreign key")));
                    }
                    sqlx::query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)")
                        .bind(*version)
                        .bind(now())
                        .execute(&mut *tx)
                        .await?;
                    tx.commit().await
                }
                .await;
                if fk_off {
                    conn.execute("PRAGMA foreign_keys=ON").await?;
                }
                applied?;
            }
            organisations::fill_name_keys(&mut conn).await
        }
        .await;
        if self.backend == Backend::Postgres {
            conn.execute("SELECT pg_advisory_unlock(7365283)").await?;
        }
        result
    }
}

/// The first line of a SQLite migration that must run with foreign keys off.
const FOREIGN_KEYS_OFF: &str = "-- sqlite: foreign_keys off";

fn migrations(backend: Backend) -> &'static [(i64, &'static str)] {
    match backend {
        Backend::Sqlite => &[
            (1, include_str!("../migrations/sqlite/0001_foundation.sql")),
            (2, include_str!("../migrations/sqlite/0002_transactions.sql")),
            (3, include_str!("../migrations/sqlite/0003_directories.sql")),
            (4, include_str!("../migrations/sqlite/0004_submissions.sql")),
            (5, include_str!("../migrations/sqlite/0005_registration.sql")),
            (6, include_str!("../migrations/sqlite/0006_invitations.sql")),
            (7, include_str!("../migrations/sqlite/0007_cpv.sql")),
            (8, include_str!("../migrations/sqlite/0008_initiatives.sql")),
            (9, include_str!("../migrations/sqlite/0009_people.sql")),
            (10, include_str!("../migrations/sqlite/0010_directory_filters.sql")),
            (11, include_str!("../migrations/sqlite/0011_media.sql")),
            (12, include_str!("../migrations/sqlite/0012_applications.sql")),
            (13, include_str!("../migrations/sqlite/0013_groups.sql")),
            (14, include_str!("../migrations/sqlite/0014_follows.sql")),
            (15, include_str!("../migrations/sqlite/0015_messages.sql")),
            (16, include_str!("../migrations/sqlite/0016_moderation.sql")),
            (17, include_str!("../migrations/sqlite/0017_resources.sql")),
            (18, include_str!("../migrations/sqlite/0018_resource_history.sql")),
            (19, include_str!("../migrations/sqlite/0019_resource_parts.sql")),
            (20, include_str!("../migrations/sqlite/0020_initiative_countries.sql")),
            (21, include_str!("../migrations/sqlite/0021_organisations_searchable.sql")),
            (22, include_str!("../migrations/sqlite/0022_topics.sql")),
            (23, include_str!("../migrations/sqlite/0023_events.sql")),
            (24, include_str!("../migrations/sqlite/0024_calendar_tokens.sql")),
            (25, include_str!("../migrations/sqlite/0025_event_registration.sql")),
            (26, include_str!("../migrations/sqlite/0026_challenges.sql")),
            (27, include_str!("../migrations/sqlite/0027_solutions.sql")),
            (28, include_str!("../migrations/sqlite/0028_interests_questions.sql")),
            (29, include_str!("../migrations/sqlite/0029_cocreation.sql")),
            (30, include_str!("../migrations/sqlite/0030_buyer_groups.sql")),
            (31, include_str!("../migrations/sqlite/0031_challenge_files.sql")),
            (32, include_str!("../migrations/sqlite/0032_brokerage.sql")),
        ],
        Backend::Postgres => &[
            (1, include_str!("../migrations/postgres/0001_foundation.sql")),
            (2, include_str!("../migrations/postgres/0002_transactions.sql")),
            (3, include_str!("../migrations/postgres/0003_directories.sql")),
            (4, include_str!("../migrations/postgres/0004_submissions.sql")),
            (5, include_str!("../migrations/postgres/0005_registration.sql")),
            (6, include_str!("../migrations/postgres/0006_invitations.sql")),
            (7, include_str!("../migrations/postgres/0007_cpv.sql")),
            (8, include_str!("../migrations/postgres/0008_initiatives.sql")),
            (9, include_str!("../migrations/postgres/0009_people.sql")),
            (10, include_str!("../migrations/postgres/0010_directory_filters.sql")),
            (11, include_str!("../migrations/postgres/0011_media.sql")),
            (12, include_str!("../migrations/postgres/0012_applications.sql")),
            (13, include_str!("../migrations/postgres/0013_groups.sql")),
            (14, include_str!("../migrations/postgres/0014_follows.sql")),
            (15, include_str!("../migrations/postgres/0015_messages.sql")),
            (16, include_str!("../migrations/postgres/0016_moderation.sql")),
            (17, include_str!("../migrations/postgres/0017_resources.sql")),
            (18, include_str!("../migrations/postgres/0018_resource_history.sql")),
            (19, include_str!("../migrations/postgres/0019_resource_parts.sql")),
            (20, include_str!("../migrations/postgres/0020_initiative_countries.sql")),
            (21, include_str!("../migrations/postgres/0021_organisations_searchable.sql")),
            (22, include_str!("../migrations/postgres/0022_topics.sql")),
            (23, include_str!("../migrations/postgres/0023_events.sql")),
            (24, include_str!("../migrations/postgres/0024_calendar_tokens.sql")),
            (25, include_str!("../migrations/postgres/0025_event_registration.sql")),
            (26, include_str!("../migrations/postgres/0026_challenges.sql")),
            (27, include_str!("../migrations/postgres/0027_solutions.sql")),
            (28, include_str!("../migrations/postgres/0028_interests_questions.sql")),
            (29, include_str!("../migrations/postgres/0029_cocreation.sql")),
            (30, include_str!("../migrations/postgres/0030_buyer_groups.sql")),
            (31, include_str!("../migrations/postgres/0031_challenge_files.sql")),
            (32, include_str!("../migrations/postgres/0032_brokerage.sql")),
        ],
    }
}

/// Makes sure the folder of a SQLite file exists and that the file is created if absent.
fn sqlite_url(url: &str) -> Result<String, ConnectError> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:"
        && let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .map_err(|source| ConnectError::DataDir { path: parent.display().to_string(), source })?;
    }
    let query = if query.contains("mode=") {
        query.to_owned()
    } else if query.is_empty() {
        "mode=rwc".into()
    } else {
        format!("{query}&mode=rwc")
    };
    Ok(format!("sqlite://{path}?{query}"))
}

/// The current instant as Unix seconds.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Maps a unique-constraint failure to [`StoreError::Conflict`] with the given name.
pub(crate) fn conflict_on(e: sqlx::Error, name: &'static str) -> StoreError {
    match &e {
        sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict(name),
        _ => StoreError::Db(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(redact("postgres://h/db"), "postgres://h/db");
        assert_eq!(sqlite_url("sqlite::memory:").unwrap(), "sqlite://:memory:?mode=rwc");
    }

    /// A database from before migration 2, where the newest account was deleted but the
    /// audit log still names it: after the upgrade, the next account gets a fresh id.
    #[tokio::test]
    async fn upgrading_sqlite_never_reuses_an_audited_id() {
        let dir = std::env::temp_dir().join(format!("iptf-upgrade-{}", crate::secret::random_hex()));
        let db = Db::connect(&format!("sqlite://{}/hub.db", dir.display())).await.unwrap();
        db.pool().execute(sqlx::raw_sql(migrations(Backend::Sqlite)[0].1)).await.unwrap();
        db.pool()
            .execute(sqlx::raw_sql(
                "CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL);
                 INSERT INTO schema_migrations VALUES (1, 1);
                 INSERT INTO users (id, email, name, password_hash, created_at) VALUES (1, 'a@x.eu', 'A', 'h', 1), (2, 'b@x.eu', 'B', 'h', 1);
                 INSERT INTO audit_log (at, actor_name, action, target_type, target_id, target_label) VALUES (1, 'system', 'user.approved', 'user', 2, 'B');
                 DELETE FROM users WHERE id = 2;
                 INSERT INTO sessions VALUES ('s', 1, 1, 1, 99);
                 INSERT INTO organisations (name, kind, country, status, created_at, updated_at)
                 VALUES ('Straße in Österreich', 'ngo', 'AT', 'approved', 1, 1);",
            ))
            .await
            .unwrap();
        db.migrate().await.unwrap();
        let mut tx = db.begin().await.unwrap();
        let email = domain::accounts::Email::parse("e", "c@x.eu").unwrap();
        let new = crate::accounts::NewUser {
            email: &email,
            name: "C",
            password_hash: "h",
            language: None,
            is_admin: false,
            confirmed_at: None,
            status: domain::accounts::AccountStatus::Pending,
        };
        let id = tx.create_user(new, 2).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(id.0, 3, "id 2 is named in the audit log");
        let sessions: i64 = sqlx::query("SELECT COUNT(*) FROM sessions").fetch_one(db.pool()).await.unwrap().get(0);
        assert_eq!(sessions, 1, "the rebuild kept the rows that point at users");
        let key: String = sqlx::query("SELECT name_key FROM organisations").fetch_one(db.pool()).await.unwrap().get(0);
        assert_eq!(key, "strasse in osterreich", "names written before migration 3 are folded on upgrade");
        db.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn unknown_scheme_is_a_clear_error() {
        let e = Db::connect("mysql://x/y").await.err().unwrap();
        assert!(e.to_string().contains("unsupported database URL scheme `mysql`"), "{e}");
    }

    #[tokio::test]
    async fn unreachable_server_is_a_clear_error() {
        let e = Db::connect("postgres://nobody:pw@127.0.0.1:1/none").await.err().unwrap();
        let msg = e.to_string();
        assert!(msg.starts_with("cannot reach the database at postgres://nobody:***@127.0.0.1:1/none"), "{msg}");
    }
}
