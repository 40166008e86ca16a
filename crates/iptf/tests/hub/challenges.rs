//! Challenges: public buyers publish unmet needs; states move forward with a public log;
//! other buyers say they share the need.

use crate::harness::{Api, Browser, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// An approved public buyer with `email` as its member, signed in; returns (browser, org id).
async fn buyer(app: &TestApp, admin: &mut Browser, email: &str, name: &str) -> (Browser, i64) {
    let mut b = app.signed_in(email, name).await;
    let id = approved_org(&mut b, admin, name).await;
    (b, id)
}

fn body(org: i64, extra: Value) -> Value {
    let mut b = json!({"organisation_id": org, "title": "Fewer falls in care homes",
        "problem": "Residents fall at night and are found late.",
        "outcomes": "Falls found within 5 minutes; 30 % fewer injuries in a year.",
        "sectors": ["health"], "cpv": ["33195100"], "budget_min": 200000, "budget_max": 500000,
        "interest_deadline": "2099-03-01", "trl_min": 6, "trl_max": 8, "route": "ppi", "country": "BE", "nuts": "BE21",
        "languages": ["ENG", "NLD"]});
    for (k, v) in extra.as_object().unwrap() {
        b[k] = v.clone();
    }
    b
}

#[tokio::test]
async fn buyers_publish_challenges_that_move_forward_in_a_public_log() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (mut gent, org) = buyer(&app, &mut admin, "buyer@gent.be", "Stad Gent").await;
    let api = Api::new(&app, Some(&token_for(&mut gent, "g").await));
    // Bad input, field by field.
    for (extra, field, code) in [
        (json!({"cpv": ["33195100-5"]}), "cpv", "invalid-cpv"),
        (json!({"trl_min": 0}), "trl_min", "invalid-trl"),
        (json!({"trl_max": 10}), "trl_max", "invalid-trl"),
        (json!({"budget_min": 900000}), "budget_max", "budget-min-above-max"),
        (json!({"interest_deadline": "2001-01-01"}), "interest_deadline", "deadline-in-past"),
        (json!({"nuts": "FR10"}), "nuts", "nuts-not-in-country"),
    ] {
        let r = api.send(Method::POST, "/api/v1/challenges", body(org, extra)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {}", r.body);
        assert!(r.body.contains(&format!("\"{field}\"")) && r.body.contains(code), "{field}: {}", r.body);
    }
    // A company member cannot publish a challenge.
    let mut sme = app.signed_in("ceo@sensors.eu", "Sensor SME").await;
    let sme_api = Api::new(&app, Some(&token_for(&mut sme, "s").await));
    assert_eq!(
        sme_api.send(Method::POST, "/api/v1/challenges", body(org, json!({}))).await.status,
        StatusCode::FORBIDDEN
    );

    let r = api.send(Method::POST, "/api/v1/challenges", body(org, json!({}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let c = r.json();
    let id = c["id"].as_i64().unwrap();
    assert_eq!((c["cpv"][0].as_str(), c["state"].as_str()), (Some("33195100-4"), Some("draft")));
    // A draft is its buyer's alone.
    let anon = Api::new(&app, None);
    assert_eq!(anon.get(&format!("/api/v1/challenges/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anon.get("/api/v1/challenges").await.json()["total"], 0);
    // Awarded straight from a draft is not a move a challenge makes.
    let state = format!("/api/v1/challenges/{id}/state");
    let r = api.send(Method::PUT, &state, json!({"state": "awarded"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert_eq!(api.send(Method::PUT, &state, json!({"state": "open"})).await.status, StatusCode::OK);
    assert_eq!(sme_api.send(Method::PUT, &state, json!({"state": "cancelled"})).await.status, StatusCode::NOT_FOUND);

    // Public now: listed with its filters, its page in words.
    assert_eq!(anon.get("/api/v1/challenges?sector=health&division=33&country=BE").await.json()["total"], 1);
    assert_eq!(anon.get("/api/v1/challenges?division=72").await.json()["total"], 0);
    assert_eq!(anon.get("/api/v1/challenges?country=XX").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut visitor = app.browser();
    let page = visitor.get(&format!("/challenges/{id}")).await;
    page.assert_contains("Fewer falls in care homes");
    page.assert_contains("33195100-4");
    page.assert_contains("200,000 – 500,000 EUR");
    visitor.get("/challenges").await.assert_contains(&format!("href=\"/challenges/{id}\""));

    // A change of text is in the public log, with what changed and when.
    let r = api
        .send(
            Method::PUT,
            &format!("/api/v1/challenges/{id}"),
            body(org, json!({"problem": "Residents fall at night."})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let log = anon.get(&format!("/api/v1/challenges/{id}/log")).await.json();
    assert_eq!((log[0]["kind"].as_str(), log[0]["detail"].as_str()), (Some("state"), Some("open")));
    assert_eq!((log[1]["kind"].as_str(), log[1]["detail"].as_str()), (Some("change"), Some("problem")));
    visitor.get(&format!("/challenges/{id}")).await.assert_contains("Changed: problem statement");

    // Another buyer has the same need; the challenge's own buyer cannot say so of itself.
    let (mut leuven, other) = buyer(&app, &mut admin, "buyer@leuven.be", "Stad Leuven").await;
    let lapi = Api::new(&app, Some(&token_for(&mut leuven, "l").await));
    let obs = format!("/api/v1/challenges/{id}/observers");
    assert_eq!(
        api.send(Method::POST, &obs, json!({"organisation_id": org})).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        lapi.send(Method::POST, &obs, json!({"organisation_id": org})).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(lapi.send(Method::POST, &obs, json!({"organisation_id": other})).await.status, StatusCode::NO_CONTENT);
    assert_eq!(anon.get(&format!("/api/v1/challenges/{id}")).await.json()["observers"], 1);
    visitor.get(&format!("/challenges/{id}")).await.assert_contains("Stad Leuven");

    // Through the pages: the buyer's form names bad fields; closing is final.
    let r = gent
        .post_form(
            "/challenges",
            &[("organisation", &org.to_string()), ("title", ""), ("trl_min", "7"), ("trl_max", "3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-title-error");
    r.assert_contains("f-trl_max-error");
    for s in ["procurement", "awarded"] {
        let r = gent.post_form(&format!("/challenges/{id}/state"), &[("state", s)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(anon.get(&format!("/api/v1/challenges/{id}")).await.json()["state"], "awarded");
    let r = api.send(Method::PUT, &format!("/api/v1/challenges/{id}"), body(org, json!({}))).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "closed is final");
    assert_eq!(anon.get("/api/v1/challenges?state=awarded").await.json()["total"], 1);
}
