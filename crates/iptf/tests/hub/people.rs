//! People's public profiles: opt-in, field by field, withdrawn at once; private fields
//! never appear in a page, a search result or an API answer, not even through a filter.

use crate::harness::{Api, Browser, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn profile(b: &mut Browser, fields: &[(&str, &str)]) -> crate::harness::Resp {
    b.post_form("/account/profile", fields).await
}

#[tokio::test]
async fn a_profile_shows_only_what_its_owner_ticks() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut petra = app.signed_in("petra@muenchen.example", "Petra Huber").await;
    let org = approved_org(&mut petra, &mut admin, "Landeshauptstadt München").await.to_string();
    let id = app.user_id("petra@muenchen.example").await;

    // Nothing is public before she says so.
    let mut visitor = app.browser();
    assert_eq!(visitor.get(&format!("/people/{id}")).await.status, StatusCode::NOT_FOUND);
    assert!(!visitor.get("/people").await.body.contains("Petra"));

    let fields = [
        ("public", "1"),
        ("organisation", org.as_str()),
        ("show_organisation", "1"),
        ("role", "Head of procurement"),
        ("show_role", "1"),
        ("country", "DE"),
        // The country is kept but not shown.
        ("languages", "DEU"),
        ("languages", "FRA"),
        ("show_languages", "1"),
        ("topics", "pcp"),
        ("show_topics", "1"),
        ("bio", "A secret biography."),
    ];
    let r = profile(&mut petra, &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = visitor.get(&format!("/people/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Head of procurement");
    page.assert_contains("Landeshauptstadt München");
    page.assert_contains("French");
    page.assert_contains("Pre-commercial procurement (PCP)");
    assert!(!page.body.contains("secret biography") && !page.body.contains("Germany"));
    assert!(!page.body.contains("petra@muenchen.example"));
    // Her own form still has everything she keeps.
    petra.get("/account/profile").await.assert_contains("A secret biography.");

    // Filters find her by what she shows, never by what she keeps private.
    visitor.get("/people?language=FRA&topic=pcp").await.assert_contains("Petra Huber");
    visitor.get("/people?q=huber").await.assert_contains("Petra Huber");
    assert!(!visitor.get("/people?country=DE").await.body.contains("Petra Huber"));
    let api = Api::new(&app, None);
    let found = api.get("/api/v1/people?country=DE").await.json();
    assert_eq!(found["total"], 0);
    let person = api.get(&format!("/api/v1/people/{id}")).await.json();
    assert_eq!(person["country"], serde_json::Value::Null);
    assert_eq!(person["bio"], serde_json::Value::Null);
    assert_eq!(person["languages"], json!(["DEU", "FRA"]));
    assert!(!person.to_string().contains("secret") && !person.to_string().contains("@"));

    // Withdrawn: gone at once, from the page, the directory, its count and the API.
    let r = profile(&mut petra, &[("role", "Head of procurement")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(visitor.get(&format!("/people/{id}")).await.status, StatusCode::NOT_FOUND);
    visitor.get("/people").await.assert_contains("Nobody found");
    assert_eq!(api.get(&format!("/api/v1/people/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(api.get("/api/v1/people").await.json()["total"], 0);
}

#[tokio::test]
async fn profile_input_is_checked_and_the_api_writes_it() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@gent.example", "Ana").await;
    let mut other = app.signed_in("bob@elsewhere.example", "Bob").await;
    let mut admin = app.admin().await;
    let foreign = approved_org(&mut other, &mut admin, "Someone else's").await.to_string();
    // Only her own organisations, EU countries, known languages and topics.
    let r = profile(
        &mut ana,
        &[
            ("public", "1"),
            ("organisation", foreign.as_str()),
            ("country", "CH"),
            ("languages", "XX"),
            ("topics", "astrology"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["organisation", "country", "languages", "topics"] {
        r.assert_contains(&format!("f-{f}-error"));
    }
    let api = Api::new(&app, Some(&token_for(&mut ana, "cli").await));
    let r = api
        .send(Method::PUT, "/api/v1/me/profile", json!({"public": true, "bio": "Procurement lawyer.", "show_bio": true, "topics": ["legal-questions"], "show_topics": true}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(api.get("/api/v1/me/profile").await.json()["bio"], "Procurement lawyer.");
    let list = Api::new(&app, None).get("/api/v1/people?topic=legal-questions&sort=recent").await.json();
    assert_eq!(list["items"][0]["name"], "Ana");
    assert_eq!(list["items"][0]["bio"], "Procurement lawyer.");
    let r = Api::new(&app, None).get("/api/v1/people?sort=age").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // A rejected account's profile is not shown.
    let ana_id = app.user_id("ana@gent.example").await;
    admin.post_form(&format!("/admin/users/{ana_id}/reject"), &[("note", "spam")]).await;
    assert_eq!(Api::new(&app, None).get("/api/v1/people").await.json()["total"], 0);
}

#[tokio::test]
async fn the_people_directory_pages_and_sorts() {
    let app = TestApp::spawn().await;
    // Made in the store (registering 25 people from one address would hit its throttle).
    let mut tx = app.db.begin().await.unwrap();
    for n in 0..25 {
        let email = domain::accounts::Email::parse("email", &format!("p{n}@people.example")).unwrap();
        let name = format!("Person {n:02}");
        let new = store::accounts::NewUser {
            email: &email,
            name: &name,
            password_hash: "x",
            language: None,
            is_admin: false,
            confirmed_at: Some(1),
            status: domain::accounts::AccountStatus::Approved,
        };
        let id = tx.create_user(new, 1).await.unwrap();
        let p = domain::people::Profile {
            public: true,
            languages: vec!["ITA".into()],
            show_languages: true,
            ..Default::default()
        };
        tx.save_profile(id, &name, &p, 1000 + n).await.unwrap();
    }
    tx.commit().await.unwrap();
    let mut v = app.browser();
    let first = v.get("/people?language=ITA").await;
    first.assert_contains("25 people found");
    first.assert_contains("Person 00");
    assert!(!first.body.contains("Person 24"));
    let api = Api::new(&app, None);
    let page1 = api.get("/api/v1/people?sort=name").await.json();
    assert_eq!(page1["items"].as_array().unwrap().len(), 25);
    let recent = api.get("/api/v1/people?sort=recent").await.json();
    assert_eq!(recent["items"][0]["name"], "Person 24");
}
