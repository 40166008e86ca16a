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
    let (_, _, attempts, _, err) = app.db.pending_jobs(5).await.unwrap().remove(0);
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
