//! The store's promises, checked on the backend that `IPTF_TEST_BACKEND` names
//! (`sqlite`, the default, or `postgres`). Each test gets a fresh database.

use domain::accounts::{AccountStatus, Email, LinkPurpose};
use store::Db;
use store::accounts::NewUser;

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

#[tokio::test]
async fn users_are_unique_by_email_and_links_are_single_use() {
    let db = fresh_db().await;
    let email = Email::parse("e", "ana@example.eu").unwrap();
    let id = db.create_user(new_user(&email), 100).await.unwrap();
    assert!(matches!(db.create_user(new_user(&email), 100).await, Err(store::StoreError::Conflict("email"))));
    assert_eq!(db.user_by_email(&email).await.unwrap().unwrap().id, id);

    db.create_link(id, LinkPurpose::ResetPassword, None, "h1", 100).await.unwrap();
    db.create_link(id, LinkPurpose::ResetPassword, None, "h2", 100).await.unwrap();
    assert!(db.consume_link("h1", LinkPurpose::ConfirmEmail, 101).await.unwrap().is_none(), "wrong purpose");
    assert_eq!(db.consume_link("h1", LinkPurpose::ResetPassword, 101).await.unwrap().unwrap().0, id);
    assert!(db.consume_link("h1", LinkPurpose::ResetPassword, 102).await.unwrap().is_none(), "used twice");
    assert!(db.consume_link("h2", LinkPurpose::ResetPassword, 102).await.unwrap().is_none(), "voided by the first");
    db.create_link(id, LinkPurpose::ResetPassword, None, "h3", 100).await.unwrap();
    assert!(db.consume_link("h3", LinkPurpose::ResetPassword, 100 + 3601).await.unwrap().is_none(), "expired");
    done(db).await;
}

#[tokio::test]
async fn a_job_is_claimed_once_and_retried_after_failure_or_crash() {
    let db = fresh_db().await;
    let id = db.enqueue_job("mail", "{}", 100).await.unwrap();
    let job = db.claim_job("w1", 100).await.unwrap().unwrap();
    assert_eq!(job.id, id);
    assert!(db.claim_job("w2", 100).await.unwrap().is_none(), "held by w1");
    // w1 crashes; after the lease another worker takes it over.
    let later = 100 + domain::jobs::LEASE_SECS + 1;
    let again = db.claim_job("w2", later).await.unwrap().unwrap();
    assert_eq!((again.id, again.attempts), (id, 2));
    db.fail_job(&again, "w2", "smtp down", later).await.unwrap();
    assert!(db.claim_job("w1", later).await.unwrap().is_none(), "backing off");
    let retry_at = later + domain::jobs::backoff_secs(2);
    let third = db.claim_job("w1", retry_at).await.unwrap().unwrap();
    db.complete_job(third.id, "w1", retry_at).await.unwrap();
    assert!(db.claim_job("w1", retry_at + 10_000).await.unwrap().is_none());
    assert_eq!(db.job_counts(retry_at).await.unwrap().done, 1);
    done(db).await;
}

#[tokio::test]
async fn concurrent_workers_never_share_a_job() {
    let db = fresh_db().await;
    for _ in 0..20 {
        db.enqueue_job("mail", "{}", 1).await.unwrap();
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
