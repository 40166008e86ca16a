//! Member initiatives: public pages kept by their editors, with history; the list of
//! members with filters and combined reach.

use crate::harness::{Api, Browser, TestApp, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

const PROFILE: &[(&str, &str)] = &[
    ("acronym", "PROCEDIN"),
    ("name", "Procurement of innovation for sustainable, resilient cities"),
    ("status", "founding"),
    ("summary", "Speeds up innovation procurement by European cities."),
    ("description", "## Aims\n\nTrain **buyers**. <script>alert(1)</script> [more](javascript:alert(1))"),
    ("focus_areas", "Circular economy\nGreen mobility"),
    ("topics", "pcp"),
    ("topics", "market-consultation"),
    ("sectors", "env-pro"),
    ("programme", "HORIZONEU"),
    ("starts_on", "2024-01-01"),
    ("ends_on", "2026-12-31"),
    ("website", "procedin.eu"),
    ("reach_newsletter", "12 500"),
    ("reach_partners", "40"),
];

/// An initiative added by the administrator through the form; returns its id.
async fn added(admin: &mut Browser, fields: &[(&str, &str)]) -> i64 {
    let r = admin.post_form("/initiatives", fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn member_initiatives_have_public_pages_kept_by_their_editors() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut bob = app.signed_in("bob@procedin.eu", "Bob").await;
    let mut carla = app.signed_in("carla@elsewhere.eu", "Carla").await;

    // Every bad field is named; nothing is saved.
    let r = admin
        .post_form(
            "/initiatives",
            &[("acronym", "<b>"), ("starts_on", "2026-01-01"), ("ends_on", "2025-01-01"), ("reach_social", "lots")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["acronym", "name", "summary", "ends_on", "reach_social"] {
        r.assert_contains(&format!("f-{f}-error"));
    }
    assert_eq!(carla.post_form("/initiatives", PROFILE).await.status, StatusCode::FORBIDDEN);
    let id = added(&mut admin, PROFILE).await;
    let r = admin.post_form("/initiatives", PROFILE).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("PROCEDIN is already the acronym");

    // The public page: the description is safe HTML, the codes are words.
    let page = app.browser().get(&format!("/initiatives/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("<h2>Aims</h2>");
    page.assert_contains("<strong>buyers</strong>");
    assert!(!page.body.contains("<script>alert") && !page.body.contains("javascript:"));
    page.assert_contains("Pre-commercial procurement (PCP)");
    page.assert_contains("Horizon Europe");
    page.assert_contains("12,500 newsletter subscribers");
    assert!(!page.body.contains("Edit the profile"));

    // Editors are named by e-mail address (of an account), and told.
    let editors = format!("/initiatives/{id}/editors");
    let r = admin.post_form(&editors, &[("email", "nobody@procedin.eu")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("Nobody has an account with nobody@procedin.eu");
    assert_eq!(admin.post_form(&editors, &[("email", "bob@procedin.eu")]).await.status, StatusCode::SEE_OTHER);
    let mail = app.mails_to("bob@procedin.eu").await.pop().unwrap();
    assert!(mail.subject.contains("You can now edit PROCEDIN"), "{}", mail.subject);
    let r = admin.post_form(&editors, &[("email", "bob@procedin.eu")]).await;
    r.assert_contains("Bob is already an editor");

    // Bob edits; only an administrator changes the standing.
    let mut edit: Vec<(&str, &str)> = PROFILE.to_vec();
    edit.retain(|(k, _)| *k != "summary" && *k != "status");
    edit.push(("summary", "Helps cities buy circular and green."));
    edit.push(("status", "former"));
    let r = bob.post_form(&format!("/initiatives/{id}/edit"), &edit).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.browser().get(&format!("/initiatives/{id}")).await;
    page.assert_contains("Helps cities buy circular and green.");
    page.assert_contains("Founding member");
    let history = bob.get(&format!("/initiatives/{id}/history")).await;
    history.assert_contains("First version");
    history.assert_contains("Bob");
    history.assert_contains("summary");
    assert!(!history.body.contains("standing"));

    // Someone else cannot edit, read the history or name editors.
    assert_eq!(carla.get(&format!("/initiatives/{id}/edit")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(carla.post_form(&format!("/initiatives/{id}/edit"), &edit).await.status, StatusCode::FORBIDDEN);
    assert_eq!(carla.get(&format!("/initiatives/{id}/history")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(carla.post_form(&editors, &[("email", "carla@elsewhere.eu")]).await.status, StatusCode::FORBIDDEN);

    // An editor names another and steps down; then can no longer edit.
    assert_eq!(bob.post_form(&editors, &[("email", "carla@elsewhere.eu")]).await.status, StatusCode::SEE_OTHER);
    let bob_id = app.user_id("bob@procedin.eu").await;
    let r = bob.post_form(&format!("{editors}/{bob_id}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(bob.get(&format!("/initiatives/{id}/edit")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(carla.get(&format!("/initiatives/{id}/edit")).await.status, StatusCode::OK);
    let audit = admin.get("/admin/audit?action=initiative.editor-removed").await;
    audit.assert_contains("Bob");
}

#[tokio::test]
async fn the_list_of_members_filters_and_adds_up_their_reach() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    added(&mut admin, PROFILE).await;
    let other = [
        ("acronym", "HIF"),
        ("name", "Health InnoFacilitator"),
        ("summary", "A community for innovation procurement in healthcare."),
        ("topics", "pcp"),
        ("sectors", "health"),
        ("reach_newsletter", "2500"),
        ("reach_social", "800"),
    ];
    added(&mut admin, &other).await;
    let former = [
        ("acronym", "OLD"),
        ("name", "Old project"),
        ("summary", "Ended."),
        ("status", "former"),
        ("reach_newsletter", "99999"),
    ];
    added(&mut admin, &former).await;

    let mut b = app.browser();
    let all = b.get("/initiatives").await;
    all.assert_contains("3 initiatives found");
    // Former members do not count in the reach.
    all.assert_contains("15,000 newsletter subscribers");
    all.assert_contains("800 social media followers");
    all.assert_contains("40 partners");
    let pcp_health = b.get("/initiatives?topic=pcp&sector=health").await;
    pcp_health.assert_contains("One initiative found");
    pcp_health.assert_contains("HIF");
    assert!(!pcp_health.body.contains(">PROCEDIN<"));
    assert!(b.get("/initiatives?status=former").await.body.contains("Old project"));
    assert_eq!(b.get("/initiatives?topic=astrology").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The home page reads the same data: current members only.
    let home = b.get("/").await;
    home.assert_contains("HIF");
    assert!(!home.body.contains("Old project"));
    home.assert_contains("15,000 newsletter subscribers");

    let api = Api::new(&app, None);
    let list = api.get("/api/v1/initiatives?topic=pcp").await.json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["acronym"], "PROCEDIN");
    assert_eq!(list[0]["membership"], "founding");
    assert!(list[0]["description_html"].as_str().unwrap().contains("<h2>Aims</h2>"));
    let reach = api.get("/api/v1/initiatives/reach").await.json();
    assert_eq!(reach, json!({"newsletter": 15000, "social": 800, "partners": 40}));
    assert_eq!(api.get("/api/v1/initiatives?status=retired").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn initiatives_through_the_api() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let admin_api = Api::new(&app, Some(&token_for(&mut admin, "cli").await));
    let mut bob = app.signed_in("bob@procedin.eu", "Bob").await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "cli").await));
    let body = json!({"acronym": "BUILD", "name": "Capacity building for cities", "summary": "Training.",
        "topics": ["competitive-dialogue"], "reach_partners": 12, "membership": "founding"});
    assert_eq!(bob_api.send(Method::POST, "/api/v1/initiatives", body.clone()).await.status, StatusCode::FORBIDDEN);
    let r = admin_api.send(Method::POST, "/api/v1/initiatives", json!({"acronym": "", "reach_partners": -1})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = admin_api.send(Method::POST, "/api/v1/initiatives", body.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    let path = format!("/api/v1/initiatives/{id}");
    assert_eq!(Api::new(&app, None).get(&path).await.json()["reach"]["partners"], 12);

    let update =
        json!({"acronym": "BUILD", "name": "Capacity building for cities", "summary": "Training, on site and online."});
    assert_eq!(bob_api.send(Method::PUT, &path, update.clone()).await.status, StatusCode::FORBIDDEN);
    let r = admin_api.send(Method::POST, &format!("{path}/editors"), json!({"email": "bob@procedin.eu"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let bob_id = r.json()["user_id"].as_i64().unwrap();
    // Two saves at the same instant: both kept in the history, one after the other.
    let second = json!({"acronym": "BUILD", "name": "Capacity building for cities", "summary": "Second."});
    let (a, b) = tokio::join!(bob_api.send(Method::PUT, &path, update), admin_api.send(Method::PUT, &path, second));
    assert_eq!((a.status, b.status), (StatusCode::OK, StatusCode::OK), "{} / {}", a.body, b.body);
    let history = bob_api.get(&format!("{path}/history")).await.json();
    assert_eq!(history.as_array().unwrap().len(), 3);
    assert_eq!(history[2]["changed"], json!(["created"]));
    assert_eq!(history[0]["changed"], json!(["summary"]));
    assert_eq!(Api::new(&app, None).get(&format!("{path}/history")).await.status, StatusCode::UNAUTHORIZED);
    let editors = bob_api.get(&format!("{path}/editors")).await.json();
    assert_eq!(editors[0]["email"], "bob@procedin.eu");
    let r = bob_api.send(Method::DELETE, &format!("{path}/editors/{bob_id}"), json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(bob_api.get(&format!("{path}/history")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(Api::new(&app, None).get("/api/v1/initiatives/999").await.status, StatusCode::NOT_FOUND);
}
