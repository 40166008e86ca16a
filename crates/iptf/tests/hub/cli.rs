//! The binary as an operator meets it.

use std::process::Command;

fn iptf() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_iptf"));
    c.env_remove("IPTF_DATABASE_URL").env_remove("IPTF_DATA_DIR").env_remove("IPTF_BIND");
    c
}

#[test]
fn an_unknown_database_scheme_is_a_one_line_error() {
    let dir = std::env::temp_dir().join(format!("iptf-cli-{}", std::process::id()));
    let out = iptf()
        .args(["--data-dir", dir.to_str().unwrap(), "--database-url", "mysql://x/y", "migrate"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unsupported database URL scheme `mysql`"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn an_unreachable_server_is_a_one_line_error() {
    let out = iptf().args(["--database-url", "postgres://nobody:secret@127.0.0.1:1/none", "migrate"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot reach the database at postgres://nobody:***@127.0.0.1:1/none"), "{err}");
    assert!(!err.contains("secret"), "the password is not printed");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn a_bad_bind_address_is_reported() {
    let out = iptf().env("IPTF_BIND", "localhost").arg("migrate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bind address `localhost`"));
}

#[test]
fn seeding_and_admin_creation_on_the_embedded_database() {
    let dir = std::env::temp_dir().join(format!("iptf-cli-seed-{}", std::process::id()));
    let d = dir.to_str().unwrap();
    let out = iptf().args(["--data-dir", d, "seed", "--demo"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Twice is harmless.
    assert!(iptf().args(["--data-dir", d, "seed", "--demo", "--synthetic", "3"]).output().unwrap().status.success());
    let mut child = iptf()
        .args(["--data-dir", d, "admin", "create", "--email", "ops@hub.example", "--name", "Ops", "--password-stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"short\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("password-too-short"));
    let mut child = iptf()
        .args(["--data-dir", d, "admin", "create", "--email", "ops@hub.example", "--name", "Ops", "--password-stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a long operator passphrase\n").unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

fn admin_create(app: &crate::harness::TestApp, args: &[&str], password: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = iptf()
        .args(["--database-url", &app.db_url, "admin", "create"])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(format!("{password}\n").as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Someone registers the operator's address first; the operator's `admin create` must
/// not hand them an administrator account.
#[tokio::test]
async fn admin_create_never_adopts_someone_elses_account() {
    use crate::harness::TestApp;
    use reqwest::StatusCode;
    let app = TestApp::spawn().await;
    let mut squatter = app.browser();
    let squat_pw = "the squatter's own passphrase";
    squatter
        .post_form("/register", &[("name", "Mallory"), ("email", "ops@city.example"), ("password", squat_pw)])
        .await;

    let out = admin_create(
        &app,
        &["--email", "ops@city.example", "--name", "Ops", "--password-stdin"],
        "the operator's passphrase",
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("exists already") && err.contains("--promote"), "{err}");
    let out = admin_create(&app, &["--email", "ops@city.example", "--promote"], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("never been confirmed"));
    let e = domain::accounts::Email::parse("e", "ops@city.example").unwrap();
    let u = app.db.user_by_email(&e).await.unwrap().unwrap();
    assert!(!u.is_admin && u.email_confirmed_at.is_none());
    let mut b = app.browser();
    let r = b.post_form("/sign-in", &[("email", "ops@city.example"), ("password", squat_pw)]).await;
    assert_ne!(r.status, StatusCode::SEE_OTHER, "the squatter has no session");

    // The address's real owner confirms it; then promotion is explicit and says so.
    let link = app.link_for("ops@city.example").await;
    squatter.follow_link(&link).await;
    let out = admin_create(&app, &["--email", "ops@city.example", "--promote"], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("promoted the existing account ops@city.example"));
    assert!(app.db.user_by_email(&e).await.unwrap().unwrap().is_admin);
    // A fresh address is created with the operator's password.
    let out = admin_create(
        &app,
        &["--email", "new@city.example", "--name", "New", "--password-stdin"],
        "the operator's passphrase",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("created the administrator account"));
    let out = admin_create(&app, &["--email", "nobody@city.example", "--promote"], "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no account"));
}

/// Seeding the demo twice adds nothing the second time, on either backend.
#[tokio::test]
async fn seeding_the_demo_twice_leaves_the_same_counts() {
    let app = crate::harness::TestApp::spawn().await;
    let counts = || async {
        let mut v = Vec::new();
        for table in [
            "users",
            "organisations",
            "organisation_sectors",
            "memberships",
            "initiatives",
            "initiative_editors",
            "audit_log",
        ] {
            let sql = format!("SELECT COUNT(*) FROM {table}");
            let n: i64 =
                sqlx::Row::get(&sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_one(app.db.pool()).await.unwrap(), 0);
            v.push((table, n));
        }
        v
    };
    let seed = || iptf().args(["--database-url", &app.db_url, "seed", "--demo"]).output().unwrap();
    let out = seed();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let first = counts().await;
    assert!(first.iter().all(|(_, n)| *n > 0), "{first:?}");
    let out = seed();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(counts().await, first);
    // The member initiatives carry what their descriptions say.
    let all = app.db.initiatives().await.unwrap();
    let build = all.iter().find(|i| i.acronym == "BUILD").unwrap();
    assert!(build.topics.contains(&"pcp".to_owned()) && build.topics.len() == 8);
    let p4h = all.iter().find(|i| i.acronym == "Procure4Health").unwrap();
    assert_eq!(p4h.reach.partners, Some(33));
    assert_eq!(p4h.sectors, vec!["health"]);
}

#[test]
fn the_scheduler_reads_an_instance_file_and_writes_the_schedule() {
    let dir = std::env::temp_dir().join(format!("iptf-schedule-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("day.json");
    std::fs::write(
        &good,
        r#"{"slots": [{"id": "s1", "session": "am", "tables": 1}, {"id": "s2", "session": "am", "tables": 1}],
            "participants": [{"id": "p1", "available": ["s1", "s2"]}, {"id": "p2", "available": ["s1", "s2"], "note": "ignored"},
                             {"id": "p3", "available": ["s2"], "max_meetings": 1}],
            "meetings": [{"id": "m1", "a": "p1", "b": "p2", "locked": {"slot": "s2", "table": 1}},
                         {"id": "m2", "a": "p1", "b": "p3", "priority": 3}]}"#,
    )
    .unwrap();
    let out = iptf()
        .args(["schedule", "--instance", good.to_str().unwrap(), "--seconds", "5", "--seed", "7"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The locked meeting keeps s2, so p3 (free only in s2) cannot meet p1.
    assert_eq!(s["assignments"], serde_json::json!([{"meeting": "m1", "slot": "s2", "table": 1}]));
    assert_eq!(s["unscheduled"][0]["meeting"], "m2");
    assert_eq!(s["objective"]["weighted"], 1);
    assert!(s["upper_bound"].as_u64().unwrap() >= 1);
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"slots": [{"id": "s1", "tables": -2}, {"id": "s1", "tables": 1}], "participants": [{"id": "p1"}],
        "meetings": [{"id": "m", "a": "p1", "b": "p1"}, {"id": "n", "a": "p1", "b": "zz"}]}"#,
    )
    .unwrap();
    let out = iptf().args(["schedule", "--instance", bad.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in ["negative", "used twice", "themselves", "unknown participant zz"] {
        assert!(err.contains(needle), "{needle}: {err}");
    }
}
