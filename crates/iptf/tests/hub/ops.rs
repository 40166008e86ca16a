use crate::harness::{Api, TestApp};
use reqwest::StatusCode;

#[tokio::test]
async fn health_readiness_and_metrics() {
    let app = TestApp::spawn().await;
    let api = Api::new(&app, None);
    assert_eq!(api.get("/healthz").await.json()["status"], "ok");
    let r = api.get("/readyz").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["database"], "ok");
    api.get("/").await;
    api.get("/organisations/12345").await;
    let m = api.get("/metrics").await;
    assert!(m.content_type().starts_with("text/plain"));
    assert!(m.body.contains(r#"http_requests_total{route="/",method="GET",status="200"} 1"#), "{}", m.body);
    assert!(
        m.body.contains(r#"http_requests_total{route="/organisations/{id}",method="GET",status="404"} 1"#),
        "{}",
        m.body
    );
    assert!(m.body.contains(r#"http_request_duration_seconds_bucket{route="/",le="+Inf"} 1"#));
    app.db.close().await;
    let r = api.get("/readyz").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn a_mail_waits_while_delivery_fails_and_goes_out_later() {
    let app = TestApp::spawn().await;
    // Make delivery fail: a file where the mail folder should be.
    std::fs::write(&app.mail_dir, "in the way").unwrap();
    let mut b = app.browser();
    b.post_form("/register", &[("name", "Ana"), ("email", "ana@city.example"), ("password", crate::harness::PASSWORD)])
        .await;
    assert_eq!(app.run_jobs().await, 0);
    let counts = app.db.job_counts(store::now()).await.unwrap();
    assert_eq!((counts.due, counts.waiting_retry, counts.done), (0, 1, 0), "kept for a retry");
    let j = app.db.pending_jobs(5).await.unwrap().remove(0);
    let (attempts, err) = (j.attempts, j.last_error);
    assert_eq!(attempts, 1);
    assert!(err.is_some());
    // The server is back and the backoff has passed.
    std::fs::remove_file(&app.mail_dir).unwrap();
    sqlx::query("UPDATE jobs SET run_at = 0").execute(app.db.pool()).await.unwrap();
    assert_eq!(app.run_jobs().await, 1);
    assert_eq!(app.mails_to("ana@city.example").await.len(), 1);
}

#[tokio::test]
async fn the_home_page_presents_the_task_force() {
    let app = TestApp::spawn().await;
    app.db
        .upsert_initiative(&store::initiatives::NewInitiative {
            acronym: "PROCEDIN",
            name: "PROCEDIN",
            summary: "Circular economy and green mobility in cities.",
            focus_areas: &["Circular economy"],
            website: None,
            membership: domain::initiatives::Membership::Founding,
            position: 0,
        })
        .await
        .unwrap();
    let mut b = app.browser();
    let r = b.get("/").await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Founding members");
    r.assert_contains("PROCEDIN");
    r.assert_contains(r##"<a class="skip-link" href="#main">"##);
    r.assert_contains(r#"<main id="main""#);
    r.assert_contains("Join the hub");
    let api = Api::new(&app, None).get("/api/v1/initiatives").await.json();
    assert_eq!(api[0]["acronym"], "PROCEDIN");
    assert_eq!(api[0]["membership"], "founding");
}

/// A minimal SMTP server: accepts every message and keeps its DATA.
async fn fake_smtp(listener: tokio::net::TcpListener, received: std::sync::Arc<tokio::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    loop {
        let Ok((sock, _)) = listener.accept().await else { return };
        let received = received.clone();
        tokio::spawn(async move {
            let (r, mut w) = sock.into_split();
            let mut lines = BufReader::new(r).lines();
            w.write_all(b"220 fake.example ESMTP\r\n").await.unwrap();
            while let Ok(Some(line)) = lines.next_line().await {
                let cmd = line.to_ascii_uppercase();
                let reply: &[u8] = if cmd.starts_with("EHLO") || cmd.starts_with("HELO") {
                    b"250 fake.example\r\n"
                } else if cmd.starts_with("DATA") {
                    w.write_all(b"354 go ahead\r\n").await.unwrap();
                    let mut data = String::new();
                    while let Ok(Some(l)) = lines.next_line().await {
                        if l == "." {
                            break;
                        }
                        data.push_str(&l);
                        data.push('\n');
                    }
                    received.lock().await.push(data);
                    b"250 queued\r\n"
                } else if cmd.starts_with("QUIT") {
                    w.write_all(b"221 bye\r\n").await.unwrap();
                    return;
                } else {
                    b"250 ok\r\n"
                };
                w.write_all(reply).await.unwrap();
            }
        });
    }
}

#[tokio::test]
async fn mail_goes_through_smtp_and_waits_while_the_server_is_down() {
    // A port with nothing listening: the SMTP server is down.
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = probe.local_addr().unwrap().port();
    drop(probe);
    let mail = web::config::MailConfig::Smtp {
        host: "127.0.0.1".into(),
        port,
        tls: web::config::SmtpTls::None,
        username: None,
        password: None,
        from: "IPTF Hub <hub@test.example>".into(),
    };
    let app = TestApp::spawn_with(|c| c.mail = mail).await;
    let mut b = app.browser();
    b.post_form("/password/forgot", &[("email", "nobody@city.example")]).await;
    b.post_form("/register", &[("name", "Ana"), ("email", "ana@city.example"), ("password", crate::harness::PASSWORD)])
        .await;
    assert_eq!(app.run_jobs().await, 0, "nothing can be delivered");
    assert_eq!(app.db.job_counts(store::now()).await.unwrap().waiting_retry, 1);

    let received = std::sync::Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await.unwrap();
    tokio::spawn(fake_smtp(listener, received.clone()));
    sqlx::query("UPDATE jobs SET run_at = 0").execute(app.db.pool()).await.unwrap();
    assert_eq!(app.run_jobs().await, 1);
    let got = received.lock().await;
    assert_eq!(got.len(), 1);
    assert!(
        got[0].contains("To: \"Ana\" <ana@city.example>") || got[0].contains("To: Ana <ana@city.example>"),
        "{}",
        got[0]
    );
    assert!(got[0].contains("Subject: Confirm your e-mail address"), "{}", got[0]);
}

/// A mail out of attempts is dead: the dashboard shows it with a retry button, only
/// administrators may press it, two presses at once retry it once, and it then goes out.
#[tokio::test]
async fn a_dead_job_is_retried_by_an_administrator() {
    let app = TestApp::spawn().await;
    let mut bob = app.signed_in("bob@city.example", "Bob").await;
    std::fs::rename(&app.mail_dir, app.dir.join("mail-away")).unwrap();
    std::fs::write(&app.mail_dir, "in the way").unwrap();
    let mut ana = app.browser();
    ana.post_form(
        "/register",
        &[("name", "Ana"), ("email", "ana@city.example"), ("password", crate::harness::PASSWORD)],
    )
    .await;
    let cap = domain::jobs::JobKind::Mail.max_attempts().unwrap();
    sqlx::query("UPDATE jobs SET attempts = $1 WHERE done_at IS NULL")
        .bind(cap - 1)
        .execute(app.db.pool())
        .await
        .unwrap();
    assert_eq!(app.run_jobs().await, 0);
    assert_eq!(app.db.job_counts(store::now()).await.unwrap().dead, 1);
    let id: i64 =
        sqlx::query_scalar("SELECT id FROM jobs WHERE dead_at IS NOT NULL").fetch_one(app.db.pool()).await.unwrap();

    let mut admin = app.admin().await;
    let page = admin.get("/admin").await;
    page.assert_contains("Out of attempts");
    page.assert_contains(&format!("/admin/jobs/{id}/retry"));
    assert_eq!(bob.post_form(&format!("/admin/jobs/{id}/retry"), &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(admin.post_form("/admin/jobs/999999/retry", &[]).await.status, StatusCode::NOT_FOUND);

    let mut second = app.browser();
    second.sign_in("admin@hub.example", crate::harness::PASSWORD).await;
    let path = format!("/admin/jobs/{id}/retry");
    let (a, b) = tokio::join!(admin.post_form(&path, &[]), second.post_form(&path, &[]));
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::NOT_FOUND], "retried once");
    let retried: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'job.retried'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(retried, 1);
    std::fs::remove_file(&app.mail_dir).unwrap();
    std::fs::rename(app.dir.join("mail-away"), &app.mail_dir).unwrap();
    assert!(app.run_jobs().await >= 1);
    assert!(!app.mails_to("ana@city.example").await.is_empty());
}
