//! Knowledge resources: published by editors of member initiatives and members of
//! approved organisations; drafts and archived ones are theirs alone; every write leaves a
//! search-outbox row in its transaction.

use crate::harness::{Api, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn outbox(app: &TestApp, id: i64) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM search_outbox WHERE item_kind = 'resource' AND item_id = $1")
        .bind(id)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn publishers_draft_publish_and_archive_resources() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut bob = app.signed_in("bob@procedin.eu", "Bob").await;
    let mut carla = app.signed_in("carla@elsewhere.eu", "Carla").await;
    let r = admin
        .post_form("/initiatives", &[("acronym", "PROCEDIN"), ("name", "P"), ("summary", "s"), ("status", "founding")])
        .await;
    let ini: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    admin.post_form(&format!("/initiatives/{ini}/editors"), &[("email", "bob@procedin.eu")]).await;

    // Only publishers publish.
    assert_eq!(carla.get("/resources/new").await.status, StatusCode::FORBIDDEN);
    let form = bob.get("/resources/new").await;
    form.assert_contains(&format!("value=\"initiative:{ini}\""));
    let r = bob
        .post_form(
            "/resources",
            &[
                ("publisher", &format!("initiative:{ini}")),
                ("kind", "poem"),
                ("link", "javascript:alert(1)"),
                ("language", "XXX"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["kind", "title", "summary", "link", "language"] {
        r.assert_contains(&format!("f-{f}-error"));
    }
    // Carla's organisation is not Bob's: he cannot publish for it.
    let org = approved_org(&mut carla, &mut admin, "Ville de Lyon").await;
    let r = bob
        .post_form(
            "/resources",
            &[
                ("publisher", &format!("organisation:{org}")),
                ("kind", "guide"),
                ("title", "x"),
                ("summary", "y"),
                ("body", "z"),
                ("language", "ENG"),
            ],
        )
        .await;
    r.assert_contains("f-publisher-error");

    let fields = [
        ("publisher", format!("initiative:{ini}")),
        ("kind", "guide".into()),
        ("title", "Mener une consultation du marché".into()),
        ("summary", "Pas à pas, avec des modèles.".into()),
        ("body", "## Étapes\n\n1. Publier un avis <script>alert(1)</script>".into()),
        ("language", "FRA".into()),
        ("topics", "market-consultation".into()),
        ("audiences", "buyers".into()),
        ("procedures", "innovation".into()),
        ("countries", "FR".into()),
    ];
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = bob.post_form("/resources", &pairs).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(outbox(&app, id).await, 1, "the write and its outbox row land together");

    // A draft is its publishers' alone.
    let mut visitor = app.browser();
    assert_eq!(visitor.get(&format!("/resources/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(carla.get(&format!("/resources/{id}")).await.status, StatusCode::NOT_FOUND);
    assert!(!visitor.get("/resources").await.body.contains("consultation du marché"));
    let page = bob.get(&format!("/resources/{id}")).await;
    page.assert_contains("Draft");
    assert!(!page.body.contains("<script>alert"));

    // Published: in the library, with its filters, and in the API.
    assert_eq!(
        bob.post_form(&format!("/resources/{id}/state"), &[("state", "published")]).await.status,
        StatusCode::SEE_OTHER
    );
    let page = visitor.get(&format!("/resources/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Innovation partnership");
    visitor.get("/resources?topic=market-consultation&language=FRA").await.assert_contains("consultation du marché");
    assert!(!visitor.get("/resources?language=DEU").await.body.contains("consultation du marché"));
    let bad = visitor.get("/resources?kind=poem").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let api = Api::new(&app, None);
    let list = api.get("/api/v1/resources?q=CONSULTATION").await.json();
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["procedures"][0], "innovation");
    assert!(list["items"][0]["published_at"].is_string());

    // Edited and archived by a publisher through the API; each write is in the outbox.
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let mut body = api.get(&format!("/api/v1/resources/{id}")).await.json();
    body["title"] = json!("Mener une consultation du marché, pas à pas");
    body["body"] = body["body_markdown"].clone();
    let r = bob_api.send(Method::PUT, &format!("/api/v1/resources/{id}"), body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // Its publishers see who changed what, with a diff; nobody else does.
    let history = bob_api.get(&format!("/api/v1/resources/{id}/history")).await.json();
    assert_eq!(history.as_array().unwrap().len(), 2, "{history}");
    assert_eq!(history[0]["by"], "Bob");
    let title = history[0]["changes"].as_array().unwrap().iter().find(|c| c["field"] == "title").unwrap();
    let lines: Vec<(String, String)> = title["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["sign"].as_str().unwrap().to_owned(), l["text"].as_str().unwrap().to_owned()))
        .collect();
    assert!(lines.contains(&("-".into(), "Mener une consultation du marché".into())), "{lines:?}");
    assert!(lines.contains(&("+".into(), "Mener une consultation du marché, pas à pas".into())), "{lines:?}");
    let page = bob.get(&format!("/resources/{id}/history")).await;
    page.assert_contains("<del>");
    page.assert_contains("pas à pas</ins>");
    assert_eq!(carla.get(&format!("/resources/{id}/history")).await.status, StatusCode::NOT_FOUND);
    let carla_api = Api::new(&app, Some(&token_for(&mut carla, "c").await));
    assert_eq!(carla_api.get(&format!("/api/v1/resources/{id}/history")).await.status, StatusCode::NOT_FOUND);
    let r = carla_api.send(Method::PUT, &format!("/api/v1/resources/{id}/state"), json!({"state": "archived"})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = bob_api.send(Method::PUT, &format!("/api/v1/resources/{id}/state"), json!({"state": "archived"})).await;
    assert_eq!(r.json()["state"], "archived");
    assert_eq!(api.get(&format!("/api/v1/resources/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(api.get("/api/v1/resources").await.json()["total"], 0);
    assert_eq!(outbox(&app, id).await, 4);
}
