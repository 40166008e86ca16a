use crate::harness::{Api, PASSWORD, TestApp, token_for};
use reqwest::StatusCode;

#[tokio::test]
async fn only_administrators_reach_administration() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    for path in ["/admin", "/admin/users", "/admin/organisations", "/admin/audit"] {
        assert_eq!(ana.get(path).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    let r = ana.post_form("/admin/users/1/approve", &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let token = token_for(&mut ana, "t").await;
    let r = Api::new(&app, Some(&token)).get("/api/v1/admin/users").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json()["status"], 403);
    let mut visitor = app.browser();
    assert_eq!(visitor.get("/admin").await.location(), "/sign-in?next=%2Fadmin");
}

#[tokio::test]
async fn approving_and_rejecting_people_is_audited() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    app.signed_in("mallory@evil.example", "Mallory").await;
    let r = admin.get("/admin/users").await;
    r.assert_contains("ana@city.example");
    r.assert_contains("mallory@evil.example");
    let (ana_id, mallory_id) = (app.user_id("ana@city.example").await, app.user_id("mallory@evil.example").await);
    assert_eq!(admin.post_form(&format!("/admin/users/{ana_id}/approve"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(admin.post_form(&format!("/admin/users/{mallory_id}/reject"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(admin.post_form(&format!("/admin/users/{ana_id}/promote"), &[]).await.status, StatusCode::NOT_FOUND);
    ana.get("/account").await.assert_contains("Verified member");
    let mut m = app.browser();
    let r = m.post_form("/sign-in", &[("email", "mallory@evil.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    r.assert_contains("closed");
    assert!(app.mails_to("mallory@evil.example").await.pop().unwrap().subject.contains("closed"));

    let r = admin.get("/admin/audit").await;
    r.assert_contains("Person approved");
    r.assert_contains("Person rejected");
    r.assert_contains("Ada Admin");
    let r = admin.get("/admin/audit?action=user.rejected").await;
    r.assert_contains("Mallory");
    assert!(!r.body.contains("ana@city.example"));
    r.assert_contains("One entry");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let r = admin.get(&format!("/admin/audit?since={today}&until={today}&target=user")).await;
    r.assert_contains("2 entries");
    let r = admin.get("/admin/audit?since=yesterday").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Enter a date as YYYY-MM-DD.");
    let r = admin.get("/admin/audit?since=2000-01-01&until=2000-01-02").await;
    r.assert_contains("No entry");
}

#[tokio::test]
async fn the_admin_api_decides_and_reads_the_log() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let token = token_for(&mut admin, "ops").await;
    let api = Api::new(&app, Some(&token));
    app.signed_in("ana@city.example", "Ana").await;
    let r = api.get("/api/v1/admin/users").await;
    assert_eq!(r.status, StatusCode::OK);
    let users = r.json();
    assert_eq!(users["total"], 1);
    let ana = users["items"].as_array().unwrap().iter().find(|u| u["email"] == "ana@city.example").unwrap().clone();
    let r = api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/admin/users/{}/approve", ana["id"]),
            serde_json::json!({"note": "checked"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = api.get("/api/v1/admin/audit?action=user.approved").await;
    let page = r.json();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["detail"], "checked");
    assert_eq!(page["items"][0]["actor_name"], "Ada Admin");
    let r = api.get("/api/v1/admin/audit?since=tomorrow").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["field"], "since");
    let r = api.send(reqwest::Method::POST, "/api/v1/admin/users/999999/approve", serde_json::json!({})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

/// Administrators land on the dashboard; the queue holds only confirmed addresses; the
/// audit log's actor is a name or an address, and a reversed range is an error on the end.
#[tokio::test]
async fn administration_as_administrators_use_it() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut fresh = app.browser();
    let r = fresh.post_form("/sign-in", &[("email", "admin@hub.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.location(), "/admin", "an administrator lands on the dashboard");

    let mut b = app.browser();
    b.post_form("/register", &[("name", "Nora Unconfirmed"), ("email", "nora@city.example"), ("password", PASSWORD)])
        .await;
    app.signed_in("ana@city.example", "Ana Confirmed").await;
    let r = admin.get("/admin/users").await;
    r.assert_contains("Ana Confirmed");
    assert!(!r.body.contains("Nora Unconfirmed"), "unconfirmed addresses wait outside the queue");
    r.assert_contains("One person found");

    let ana = app.user_id("ana@city.example").await;
    let r = admin.post_form(&format!("/admin/users/{ana}/approve"), &[("back", "pending")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for actor in ["ada admin", "Ada Admin", "admin@hub.example"] {
        let r = admin
            .get(&format!("/admin/audit?action=user.approved&actor={}", actor.replace(' ', "+").replace('@', "%40")))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{actor}");
        r.assert_contains("One entry");
    }
    let r = admin.get("/admin/audit?action=user.approved&actor=nobody%40else.example").await;
    r.assert_contains("No entry");
    let r = admin.get("/admin/audit?since=2026-03-02&until=2026-03-01").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains(r#"id="f-until-error">The end date must come after the start date."#);
    let token = token_for(&mut admin, "ops").await;
    let r = Api::new(&app, Some(&token)).get("/api/v1/admin/audit?since=2026-03-02&until=2026-03-01").await;
    assert_eq!(r.json()["errors"][0]["field"], "until");
}

/// A rejection tells the reason and how to answer it; replies reach the team's mailbox.
#[tokio::test]
async fn a_rejection_says_why_and_how_to_reply() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    app.signed_in("cem@city.example", "Cem").await;
    let cem = app.user_id("cem@city.example").await;
    let r = admin
        .post_form(
            &format!("/admin/users/{cem}/reject"),
            &[("back", "pending"), ("note", "We could not verify your employer.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mail = app.mails_to("cem@city.example").await.pop().unwrap();
    assert!(mail.text.contains("We could not verify your employer."), "{}", mail.text);
    assert!(mail.text.contains("reply to this message"), "{}", mail.text);
    assert!(mail.text.contains("Reply-To: \"IPTF Hub team\" <team@test.example>"), "{}", mail.text);
    // An organisation's rejection too.
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    ana.post_form("/organisations", &[("name", "Gent"), ("kind", "ngo"), ("country", "BE")]).await;
    let org =
        app.db.organisations(&store::organisations::OrgFilter::default(), &Default::default(), 5).await.unwrap().items
            [0]
        .id
        .0;
    admin
        .post_form(
            &format!("/admin/organisations/{org}/reject"),
            &[("back", "pending"), ("note", "Not an organisation.")],
        )
        .await;
    let mail = app.mails_to("ana@city.example").await.pop().unwrap();
    assert!(mail.text.contains("Not an organisation.") && mail.text.contains("team@test.example"), "{}", mail.text);
}
