//! A form sent three times (three clicks on a slow connection) acts once; an API write
//! repeated with the same `Idempotency-Key` acts once and answers the same.

use crate::harness::{Api, TestApp, token_for};
use reqwest::StatusCode;

fn hidden(body: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let at = body.find(&marker).unwrap_or_else(|| panic!("no {name} field")) + marker.len();
    body[at..].split('"').next().unwrap().to_owned()
}

async fn count_orgs(app: &TestApp) -> i64 {
    let n = sqlx::query("SELECT COUNT(*) FROM organisations").fetch_one(app.db.pool()).await.unwrap();
    sqlx::Row::get(&n, 0)
}

#[tokio::test]
async fn three_clicks_make_one_organisation() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let page = ana.get("/organisations/new").await;
    let (csrf, once) = (hidden(&page.body, "csrf"), hidden(&page.body, "once"));
    let fields = [
        ("csrf", csrf.as_str()),
        ("once", once.as_str()),
        ("name", "Stadt Gent"),
        ("kind", "public-authority"),
        ("country", "BE"),
    ];
    let send = || {
        let c = ana.client.clone();
        let url = format!("{}/organisations", ana.base);
        let form: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        async move { c.post(url).form(&form).send().await.unwrap() }
    };
    let (a, b, c) = tokio::join!(send(), send(), send());
    let locations: Vec<String> = [a, b, c]
        .iter()
        .map(|r| {
            assert_eq!(r.status(), StatusCode::SEE_OTHER);
            r.headers()["location"].to_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(count_orgs(&app).await, 1, "one organisation, not three");
    assert!(locations.iter().all(|l| l == &locations[0]), "every click lands on the same page: {locations:?}");
    // Sent again later (the back button): the same answer, still one organisation.
    let r = ana.post_raw("/organisations", &fields).await;
    assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, locations[0].clone()));
    assert_eq!(count_orgs(&app).await, 1);
}

#[tokio::test]
async fn a_refused_form_can_be_sent_again_with_its_token() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let page = ana.get("/organisations/new").await;
    let (csrf, once) = (hidden(&page.body, "csrf"), hidden(&page.body, "once"));
    let r = ana.post_raw("/organisations", &[("csrf", &csrf), ("once", &once), ("name", ""), ("kind", "ngo")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = ana
        .post_raw(
            "/organisations",
            &[("csrf", &csrf), ("once", &once), ("name", "Gent"), ("kind", "ngo"), ("country", "BE")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(count_orgs(&app).await, 1);
    // Someone else's token cannot be used up: it is bound to the visitor.
    let mut bob = app.signed_in("bob@city.example", "Bob").await;
    let bob_csrf = bob.csrf().await;
    let r = bob
        .post_raw(
            "/organisations",
            &[("csrf", &bob_csrf), ("once", &once), ("name", "Bob's"), ("kind", "ngo"), ("country", "BE")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(count_orgs(&app).await, 2);
}

#[tokio::test]
async fn an_idempotency_key_makes_an_api_write_happen_once() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let token = token_for(&mut ana, "cli").await;
    let api = Api::new(&app, Some(&token));
    let body = serde_json::json!({"name": "Gemeente Gent", "kind": "public-authority", "country": "BE"});
    let send = |key: &'static str, body: serde_json::Value| {
        let c = api.client.clone();
        let url = format!("{}/api/v1/organisations", app.url);
        let token = token.clone();
        async move { c.post(url).bearer_auth(token).header("idempotency-key", key).json(&body).send().await.unwrap() }
    };
    let (a, b) = tokio::join!(send("create-gent-1", body.clone()), send("create-gent-1", body.clone()));
    assert_eq!((a.status(), b.status()), (StatusCode::CREATED, StatusCode::CREATED));
    let replayed = [a.headers().get("idempotent-replayed").is_some(), b.headers().get("idempotent-replayed").is_some()];
    assert_eq!(replayed.iter().filter(|r| **r).count(), 1, "one answer is the replay");
    let (a, b) = (a.text().await.unwrap(), b.text().await.unwrap());
    assert_eq!(a, b, "the replay is the first answer");
    assert_eq!(count_orgs(&app).await, 1);
    let r = send("create-gent-1", serde_json::json!({"name": "Other", "kind": "ngo", "country": "BE"})).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let p: serde_json::Value = r.json().await.unwrap();
    assert_eq!(p["errors"][0]["code"], "idempotency-key-reused");
    // A refused request gives its key back.
    let r = send("create-bad", serde_json::json!({"name": "", "kind": "ngo", "country": "BE"})).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = send("create-bad", serde_json::json!({"name": "Fixed", "kind": "ngo", "country": "BE"})).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(count_orgs(&app).await, 2);
    let r = api
        .client
        .post(format!("{}/api/v1/organisations", app.url))
        .bearer_auth(&token)
        .header("idempotency-key", "two words")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
