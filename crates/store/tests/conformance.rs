//! The store's promises, checked on the backend that `IPTF_TEST_BACKEND` names
//! (`sqlite`, the default, or `postgres`). Each test gets a fresh database.

use domain::accounts::{AccountStatus, Email, LinkPurpose};
use domain::jobs::JobKind;
use domain::{JobId, UserId};
use store::Db;
use store::accounts::NewUser;
use store::jobs::NewJob;

/// A migrated database of its own; on PostgreSQL a schema, dropped by [`done`].
async fn fresh_db() -> Db {
    let backend = std::env::var("IPTF_TEST_BACKEND").unwrap_or_else(|_| "sqlite".into());
    let url = if backend == "postgres" {
        let admin = std::env::var("IPTF_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let db = Db::connect(&admin).await.expect("IPTF_TEST_BACKEND=postgres but PostgreSQL is not reachable");
        let name = format!("t_{}", rand_suffix());
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {name}"))).execute(db.pool()).await.unwrap();
        db.close().await;
        let sep = if admin.contains('?') { '&' } else { '?' };
        format!("{admin}{sep}options=-c%20search_path%3D{name}")
    } else {
        let dir = std::env::temp_dir().join(format!("iptf-store-{}", rand_suffix()));
        format!("sqlite://{}/hub.db", dir.display())
    };
    let db = Db::connect(&url).await.unwrap();
    db.migrate().await.unwrap();
    db
}

/// Drops the test's PostgreSQL schema (SQLite files live in the temp folder).
async fn done(db: Db) {
    if db.backend() == store::Backend::Postgres {
        let schema: String = sqlx::query_scalar("SELECT current_schema()::text").fetch_one(db.pool()).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE"))).execute(db.pool()).await.unwrap();
    }
    db.close().await;
}

fn rand_suffix() -> String {
    let (plain, _) = store::secret::new_secret();
    plain[..16].to_owned()
}

fn new_user<'a>(email: &'a Email) -> NewUser<'a> {
    NewUser {
        email,
        name: "Ana",
        password_hash: "x",
        language: None,
        is_admin: false,
        confirmed_at: None,
        status: AccountStatus::Pending,
    }
}

async fn add_user(db: &Db, email: &str) -> UserId {
    let email = Email::parse("e", email).unwrap();
    let mut tx = db.begin().await.unwrap();
    let id = tx.create_user(new_user(&email), 100).await.unwrap();
    tx.commit().await.unwrap();
    id
}

async fn enqueue(db: &Db, job: NewJob<'_>, now: i64) -> Option<JobId> {
    let mut tx = db.begin().await.unwrap();
    let id = tx.enqueue_job(job, now).await.unwrap();
    tx.commit().await.unwrap();
    id
}

#[tokio::test]
async fn users_are_unique_by_email_and_links_are_single_use() {
    let db = fresh_db().await;
    let email = Email::parse("e", "ana@example.eu").unwrap();
    let id = add_user(&db, "ana@example.eu").await;
    let mut tx = db.begin().await.unwrap();
    assert!(matches!(tx.create_user(new_user(&email), 100).await, Err(store::StoreError::Conflict("email"))));
    drop(tx);
    assert_eq!(db.user_by_email(&email).await.unwrap().unwrap().id, id);

    let mut tx = db.begin().await.unwrap();
    tx.create_link(id, LinkPurpose::ResetPassword, None, "h1", 100).await.unwrap();
    tx.create_link(id, LinkPurpose::ResetPassword, None, "h2", 100).await.unwrap();
    assert!(tx.consume_link("h1", LinkPurpose::ConfirmEmail, 101).await.unwrap().is_none(), "wrong purpose");
    assert_eq!(tx.consume_link("h1", LinkPurpose::ResetPassword, 101).await.unwrap().unwrap().0, id);
    assert!(tx.consume_link("h1", LinkPurpose::ResetPassword, 102).await.unwrap().is_none(), "used twice");
    assert!(tx.consume_link("h2", LinkPurpose::ResetPassword, 102).await.unwrap().is_none(), "voided by the first");
    tx.create_link(id, LinkPurpose::ResetPassword, None, "h3", 100).await.unwrap();
    assert!(tx.consume_link("h3", LinkPurpose::ResetPassword, 100 + 3601).await.unwrap().is_none(), "expired");
    // Only the newest address-change link works.
    let new = Email::parse("e", "new@example.eu").unwrap();
    tx.create_link(id, LinkPurpose::ChangeEmail, Some(&new), "c1", 100).await.unwrap();
    tx.create_link(id, LinkPurpose::ChangeEmail, Some(&new), "c2", 101).await.unwrap();
    assert!(tx.consume_link("c1", LinkPurpose::ChangeEmail, 102).await.unwrap().is_none(), "voided by the newer");
    assert!(tx.consume_link("c2", LinkPurpose::ChangeEmail, 102).await.unwrap().is_some());
    tx.commit().await.unwrap();
    done(db).await;
}

#[tokio::test]
async fn ids_are_never_reused() {
    let db = fresh_db().await;
    add_user(&db, "a@example.eu").await;
    let newest = add_user(&db, "b@example.eu").await;
    let mut tx = db.begin().await.unwrap();
    tx.delete_user(newest).await.unwrap();
    tx.commit().await.unwrap();
    let next = add_user(&db, "c@example.eu").await;
    assert!(next.0 > newest.0, "{} reused {}", next.0, newest.0);
    done(db).await;
}

#[tokio::test]
async fn a_transaction_not_committed_leaves_nothing() {
    let db = fresh_db().await;
    let email = Email::parse("e", "gone@example.eu").unwrap();
    let mut tx = db.begin().await.unwrap();
    let id = tx.create_user(new_user(&email), 100).await.unwrap();
    tx.enqueue_job(NewJob { user: Some(id), ..NewJob::now(JobKind::Mail, "{}", 100) }, 100).await.unwrap();
    assert!(tx.queued_jobs());
    drop(tx);
    assert!(db.user_by_email(&email).await.unwrap().is_none());
    assert_eq!(db.job_counts(100).await.unwrap().due, 0);
    done(db).await;
}

#[tokio::test]
async fn a_throttle_burst_is_evaluated_at_most_the_limit() {
    let db = fresh_db().await;
    let limit = domain::throttle::Limit { max: 5, window_secs: 900 };
    let mut handles = Vec::new();
    for _ in 0..60 {
        let db = db.clone();
        handles.push(tokio::spawn(async move {
            db.throttle_take(&[("ip:1", limit), ("acct:ana", limit)], 1000).await.unwrap().is_some()
        }));
    }
    let mut allowed = 0;
    for h in handles {
        allowed += usize::from(h.await.unwrap());
    }
    assert_eq!(allowed, 5);
    // Giving an attempt back makes room for one more.
    db.throttle_clear("acct:ana").await.unwrap();
    assert!(db.throttle_take(&[("acct:ana", limit)], 1000).await.unwrap().is_some());
    let ids = db.throttle_take(&[("other", limit)], 1000).await.unwrap().unwrap();
    db.throttle_release(&ids).await.unwrap();
    for _ in 0..5 {
        assert!(db.throttle_take(&[("other", limit)], 1000).await.unwrap().is_some());
    }
    assert!(db.throttle_take(&[("other", limit)], 1000).await.unwrap().is_none());
    // The window slides.
    assert!(db.throttle_take(&[("other", limit)], 1000 + 901).await.unwrap().is_some());
    done(db).await;
}

#[tokio::test]
async fn a_job_is_claimed_once_and_retried_after_failure_or_crash() {
    let db = fresh_db().await;
    let id = enqueue(&db, NewJob::now(JobKind::Mail, "{\"to\":\"x\"}", 100), 100).await.unwrap();
    let job = db.claim_job("w1", 100).await.unwrap().unwrap();
    assert_eq!(job.id, id);
    assert!(db.claim_job("w2", 100).await.unwrap().is_none(), "held by w1");
    // w1 is alive and renews its lease: nobody takes the job over.
    assert!(db.extend_lease(id, "w1", 100 + 30).await.unwrap());
    assert!(db.claim_job("w2", 100 + domain::jobs::LEASE_SECS + 1).await.unwrap().is_none(), "renewed");
    // w1 crashes; within a minute of its last renewal another worker takes it over.
    let later = 100 + 30 + domain::jobs::LEASE_SECS + 1;
    assert!(later - 130 < 60);
    let again = db.claim_job("w2", later).await.unwrap().unwrap();
    assert_eq!((again.id, again.attempts), (id, 2));
    assert!(!db.extend_lease(id, "w1", later).await.unwrap(), "w1 lost it");
    assert!(!db.fail_job(&again, "w2", "smtp down", later).await.unwrap());
    assert!(db.claim_job("w1", later).await.unwrap().is_none(), "backing off");
    let retry_at = later + domain::jobs::backoff_secs(2);
    let third = db.claim_job("w1", retry_at).await.unwrap().unwrap();
    db.complete_job(third.id, "w1", retry_at).await.unwrap();
    assert!(db.claim_job("w1", retry_at + 10_000).await.unwrap().is_none());
    assert_eq!(db.job_counts(retry_at).await.unwrap().done, 1);
    // A finished job keeps nothing of what it carried, and is purged after the retention.
    let payload: String =
        sqlx::query_scalar("SELECT payload FROM jobs WHERE id = $1").bind(id.0).fetch_one(db.pool()).await.unwrap();
    assert_eq!(payload, "");
    assert_eq!(db.purge_jobs(retry_at + 10).await.unwrap(), 0);
    assert_eq!(db.purge_jobs(retry_at + domain::jobs::RETENTION_SECS + 1).await.unwrap(), 1);
    done(db).await;
}

#[tokio::test]
async fn a_job_out_of_attempts_is_dead_until_retried() {
    let db = fresh_db().await;
    let id = enqueue(&db, NewJob::now(JobKind::Mail, "{}", 1), 1).await.unwrap();
    let cap = JobKind::Mail.max_attempts().unwrap();
    let mut now = 1;
    for n in 1..=cap {
        let j = db.claim_job("w", now).await.unwrap().unwrap_or_else(|| panic!("attempt {n}"));
        let dead = db.fail_job(&j, "w", "down", now).await.unwrap();
        assert_eq!(dead, n == cap, "attempt {n}");
        now += 3601;
    }
    assert!(db.claim_job("w", now + 1_000_000).await.unwrap().is_none(), "dead jobs are not claimed");
    let counts = db.job_counts(now).await.unwrap();
    assert_eq!((counts.dead, counts.due, counts.waiting_retry), (1, 0, 0));
    let pending = db.pending_jobs(10).await.unwrap();
    assert!(pending[0].dead_at.is_some());
    let mut tx = db.begin().await.unwrap();
    tx.retry_job(id, now).await.unwrap();
    assert!(tx.queued_jobs(), "the worker is woken after commit");
    tx.commit().await.unwrap();
    let j = db.claim_job("w", now).await.unwrap().unwrap();
    assert_eq!(j.attempts, 1);
    let mut tx = db.begin().await.unwrap();
    assert!(matches!(tx.retry_job(id, now).await, Err(store::StoreError::NotFound)), "not dead");
    drop(tx);
    done(db).await;
}

#[tokio::test]
async fn unique_jobs_and_jobs_of_an_erased_person() {
    let db = fresh_db().await;
    let ana = add_user(&db, "ana@example.eu").await;
    let digest = NewJob { unique_key: Some("digest:1:2026-11-26"), ..NewJob::now(JobKind::Mail, "{}", 1) };
    assert!(enqueue(&db, digest.clone(), 1).await.is_some());
    assert!(enqueue(&db, digest, 1).await.is_none(), "one per key");
    let later = NewJob { run_at: 500, user: Some(ana), ..NewJob::now(JobKind::Mail, "{\"to\":\"ana\"}", 1) };
    enqueue(&db, later, 1).await.unwrap();
    assert_eq!(db.job_counts(1).await.unwrap().waiting_retry, 1, "waits for its time");
    let mut tx = db.begin().await.unwrap();
    tx.delete_user(ana).await.unwrap();
    tx.commit().await.unwrap();
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs").fetch_one(db.pool()).await.unwrap();
    assert_eq!(left, 1, "the erased person's job went with them");
    done(db).await;
}

#[tokio::test]
async fn concurrent_workers_never_share_a_job() {
    let db = fresh_db().await;
    for _ in 0..20 {
        enqueue(&db, NewJob::now(JobKind::Mail, "{}", 1), 1).await.unwrap();
    }
    let mut handles = Vec::new();
    for w in 0..4 {
        let db = db.clone();
        handles.push(tokio::spawn(async move {
            let name = format!("w{w}");
            let mut got = Vec::new();
            while let Some(j) = db.claim_job(&name, 10).await.unwrap() {
                got.push(j.id);
                db.complete_job(j.id, &name, 10).await.unwrap();
            }
            got
        }));
    }
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.await.unwrap());
    }
    all.sort();
    let n = all.len();
    all.dedup();
    assert_eq!((n, all.len()), (20, 20));
    done(db).await;
}

#[tokio::test]
async fn seeding_an_initiative_twice_updates_it() {
    use domain::initiatives::Membership;
    use store::initiatives::NewInitiative;
    let db = fresh_db().await;
    let mut i = NewInitiative {
        acronym: "BUILD",
        name: "BUILD",
        summary: "first",
        focus_areas: &["Training", "Cities"],
        website: None,
        membership: Membership::Founding,
        position: 1,
    };
    db.upsert_initiative(&i).await.unwrap();
    i.summary = "second";
    db.upsert_initiative(&i).await.unwrap();
    let all = db.initiatives().await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].summary, "second");
    assert_eq!(all[0].focus_areas, ["Training", "Cities"]);
    done(db).await;
}

/// The tables, columns and named indexes of one backend, sorted.
async fn schema_of(db: &Db) -> (Vec<String>, Vec<String>) {
    use sqlx::Row;
    let (cols, idx) = match db.backend() {
        store::Backend::Sqlite => (
            "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
            "SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'",
        ),
        store::Backend::Postgres => (
            "SELECT table_name::text || '.' || column_name::text FROM information_schema.columns WHERE table_schema = current_schema()",
            "SELECT i.tablename::text || '.' || i.indexname::text FROM pg_indexes i WHERE i.schemaname = current_schema()
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c JOIN pg_class x ON x.oid = c.conindid
                               WHERE x.relname = i.indexname AND c.contype IN ('p', 'u'))",
        ),
    };
    let mut c: Vec<String> = sqlx::query(cols).fetch_all(db.pool()).await.unwrap().iter().map(|r| r.get(0)).collect();
    let mut i: Vec<String> = sqlx::query(idx).fetch_all(db.pool()).await.unwrap().iter().map(|r| r.get(0)).collect();
    c.sort();
    i.sort();
    (c, i)
}

/// Both backends' migrations make the same tables, columns and indexes. The PostgreSQL
/// run compares its schema with a fresh SQLite one; the SQLite run checks its own.
#[tokio::test]
async fn both_backends_have_the_same_schema() {
    let db = fresh_db().await;
    let dir = std::env::temp_dir().join(format!("iptf-schema-{}", rand_suffix()));
    let sqlite = Db::connect(&format!("sqlite://{}/hub.db", dir.display())).await.unwrap();
    sqlite.migrate().await.unwrap();
    let (cols, idx) = schema_of(&db).await;
    let (s_cols, s_idx) = schema_of(&sqlite).await;
    assert_eq!(cols, s_cols);
    assert_eq!(idx, s_idx);
    assert!(cols.contains(&"jobs.unique_key".to_owned()) && idx.contains(&"jobs.jobs_user_idx".to_owned()), "{idx:?}");
    sqlite.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    done(db).await;
}

/// Nobody is reviewed before confirming their address; accounts never confirmed are
/// erased after the retention; a registration's link carries its own password.
#[tokio::test]
async fn unconfirmed_accounts_wait_outside_the_queue_and_are_purged() {
    let db = fresh_db().await;
    let ana = add_user(&db, "ana@example.eu").await;
    let bob = add_user(&db, "bob@example.eu").await;
    assert_eq!(db.count_users_by_status(AccountStatus::Pending).await.unwrap(), 0);
    let mut tx = db.begin().await.unwrap();
    tx.create_confirm_link(ana, "first", "hash-1", 100).await.unwrap();
    tx.create_confirm_link(ana, "second", "hash-2", 101).await.unwrap();
    assert_eq!(tx.consume_confirm_link("first", 102).await.unwrap(), Some((ana, Some("hash-1".into()))));
    assert_eq!(tx.consume_confirm_link("first", 103).await.unwrap(), None, "once");
    tx.confirm_email(ana, 102).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        db.confirmed_by_used_link("first", LinkPurpose::ConfirmEmail).await.unwrap().as_deref(),
        Some("ana@example.eu")
    );
    assert_eq!(db.confirmed_by_used_link("second", LinkPurpose::ConfirmEmail).await.unwrap(), None, "unused");
    let queue = db.users_by_status(AccountStatus::Pending, &Default::default(), 10).await.unwrap();
    assert_eq!(queue.items.iter().map(|u| u.id).collect::<Vec<_>>(), [ana]);
    assert_eq!(db.count_users_by_status(AccountStatus::Pending).await.unwrap(), 1);
    let week = domain::accounts::UNCONFIRMED_RETENTION_SECS;
    assert_eq!(db.purge_unconfirmed(100 + week - 1).await.unwrap(), 0, "not yet");
    assert_eq!(db.purge_unconfirmed(100 + week + 1).await.unwrap(), 1);
    assert!(db.user(bob).await.is_err(), "bob never confirmed");
    assert!(db.user(ana).await.is_ok());
    done(db).await;
}
