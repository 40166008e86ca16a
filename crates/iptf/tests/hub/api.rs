use crate::harness::{Api, PASSWORD, TestApp, token_for, token_with};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn personal_tokens_authenticate_until_revoked() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    assert_eq!(Api::new(&app, None).get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    let r = b.post_form("/account/tokens", &[("name", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let token = token_for(&mut b, "CRM export").await;
    assert!(token.starts_with("iptf_"));
    let api = Api::new(&app, Some(&token));
    let me = api.get("/api/v1/me").await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(me.json()["email"], "ana@city.example");
    assert_eq!(me.json()["status"], "pending");

    // The token list never shows the secret again.
    let list = api.get("/api/v1/me/tokens").await.json();
    assert_eq!(list[0]["name"], "CRM export");
    assert!(!list.to_string().contains(&token[5..]));
    let r = b.get("/account/tokens").await;
    assert!(!r.body.contains(&token));

    let id = list[0]["id"].as_i64().unwrap();
    let r = b.post_form(&format!("/account/tokens/{id}/revoke"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = api.get("/api/v1/me").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.content_type(), "application/problem+json");
    let r = Api::new(&app, Some("iptf_0000")).get("/api/v1/initiatives").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "a malformed token is refused, not ignored");
}

#[tokio::test]
async fn api_errors_are_problem_details_with_fields() {
    let app = TestApp::spawn().await;
    let api = Api::new(&app, None);
    let r = api
        .send(Method::POST, "/api/v1/account/register", json!({"name": "", "email": "nope", "password": "short"}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.content_type(), "application/problem+json");
    let p = r.json();
    assert_eq!(p["status"], 422);
    let fields: Vec<&str> = p["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["name", "email", "password"]);
    assert_eq!(p["errors"][2]["code"], "password-too-short");
    assert_eq!(p["errors"][2]["detail"], "Use at least 12 characters.");

    let r = Api::new(&app, None)
        .client
        .post(format!("{}/api/v1/account/register", app.url))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    assert_eq!(api.get("/api/v1/nothing-here").await.json()["status"], 404);
}

#[tokio::test]
async fn the_account_flows_work_through_the_api() {
    let app = TestApp::spawn().await;
    let api = Api::new(&app, None);
    let r = api
        .send(
            Method::POST,
            "/api/v1/account/register",
            json!({"name": "Ana", "email": "ana@city.example", "password": PASSWORD}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
    let link = app.link_for("ana@city.example").await;
    let token = link.rsplit('/').next().unwrap();
    let r = api.send(Method::POST, "/api/v1/account/confirm", json!({"token": token})).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["email_confirmed"], true);
    let r = api.send(Method::POST, "/api/v1/account/confirm", json!({"token": token})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    let r = api.send(Method::POST, "/api/v1/account/password/forgot", json!({"email": "ana@city.example"})).await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    let reset = app.link_for("ana@city.example").await;
    let reset_token = reset.rsplit('/').next().unwrap();
    let r = api
        .send(
            Method::POST,
            "/api/v1/account/password/reset",
            json!({"token": reset_token, "password": "another long passphrase"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);

    let mut b = app.browser();
    b.sign_in("ana@city.example", "another long passphrase").await;
    let t = token_with(&mut b, "api", "read-write", "another long passphrase").await;
    let me = Api::new(&app, Some(&t));
    let r = me.send(Method::PATCH, "/api/v1/me", json!({"name": "Ana Maria", "language": "fr"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["language"], "fr");
    let r = me.send(Method::PATCH, "/api/v1/me", json!({"language": "klingon"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The error speaks the user's language now.
    assert_eq!(r.json()["errors"][0]["detail"], "Choisissez l’une des options.");
    let r = me
        .send(
            Method::PUT,
            "/api/v1/me/password",
            json!({"current_password": "another long passphrase", "new_password": "yet another passphrase"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    // Changing the password revoked the token (and ended the sessions): sign in again.
    assert_eq!(me.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    let mut b = app.browser();
    b.sign_in("ana@city.example", "yet another passphrase").await;
    let me = Api::new(&app, Some(&token_with(&mut b, "api", "read-write", "yet another passphrase").await));
    let r = me
        .send(
            Method::PUT,
            "/api/v1/me/email",
            json!({"email": "ana@region.example", "password": "yet another passphrase"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    let link = app.link_for("ana@region.example").await;
    let r = api
        .send(Method::POST, "/api/v1/account/email/confirm", json!({"token": link.rsplit('/').next().unwrap()}))
        .await;
    assert_eq!(r.json()["email"], "ana@region.example");
    let r = me.send(Method::DELETE, "/api/v1/me", json!({"password": "wrong"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = me.send(Method::DELETE, "/api/v1/me", json!({"password": "yet another passphrase"})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(me.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn organisations_through_the_api() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let token = token_for(&mut b, "api").await;
    let api = Api::new(&app, Some(&token));
    let r = api
        .send(Method::POST, "/api/v1/organisations", json!({"name": "CircuLab", "kind": "company", "country": "DE"}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["field"], "size_class");
    let r = api
        .send(Method::POST, "/api/v1/organisations", json!({"name": "CircuLab", "kind": "company", "size_class": "small", "country": "DE", "nuts": "DE21", "sectors": ["env-pro"]}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let org = r.json();
    assert_eq!(org["status"], "pending");
    let id = org["id"].as_i64().unwrap();
    assert_eq!(Api::new(&app, None).get("/api/v1/organisations").await.json()["total"], 0);
    let mine = api.get("/api/v1/me/organisations").await.json();
    assert_eq!(mine[0]["role"], "owner");

    let mut admin = app.admin().await;
    let admin_token = token_for(&mut admin, "ops").await;
    let r = Api::new(&app, Some(&admin_token))
        .send(Method::POST, &format!("/api/v1/admin/organisations/{id}/approve"), json!({}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let list = Api::new(&app, None).get("/api/v1/organisations?country=DE&kind=company").await.json();
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["sectors"], json!(["env-pro"]));
    let r = api
        .send(
            Method::PUT,
            &format!("/api/v1/organisations/{id}"),
            json!({"name": "CircuLab GmbH", "kind": "company", "size_class": "medium", "country": "DE"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["size_class"], "medium");

    let mut bob = app.signed_in("bob@city.example", "Bob").await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    assert_eq!(
        bob_api.send(Method::POST, &format!("/api/v1/organisations/{id}/join"), json!({})).await.status,
        StatusCode::ACCEPTED
    );
    let members = api.get(&format!("/api/v1/organisations/{id}/members")).await.json();
    let bob_id = members.as_array().unwrap().iter().find(|m| m["name"] == "Bob").unwrap()["user_id"].as_i64().unwrap();
    let r =
        api.send(Method::PUT, &format!("/api/v1/organisations/{id}/members/{bob_id}"), json!({"role": "chief"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r =
        api.send(Method::PUT, &format!("/api/v1/organisations/{id}/members/{bob_id}"), json!({"role": "member"})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(bob_api.get(&format!("/api/v1/organisations/{id}/members")).await.status, StatusCode::OK);
    let r = bob_api.send(Method::DELETE, &format!("/api/v1/organisations/{id}/members/{bob_id}"), json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "members may leave");
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = TestApp::spawn().await;
    let r = Api::new(&app, None).get("/api/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/api/v1/me",
        "/api/v1/organisations",
        "/api/v1/organisations/{id}",
        "/api/v1/me/tokens",
        "/api/v1/admin/audit",
        "/api/v1/initiatives",
    ] {
        assert!(paths.contains_key(p), "{p} missing");
    }
    assert!(doc["components"]["securitySchemes"]["token"].is_object());
    assert!(doc["components"]["schemas"]["OrganisationOut"].is_object());
    // Every $ref points at a schema that exists.
    let text = doc.to_string();
    for part in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = part.split('"').next().unwrap();
        assert!(doc["components"]["schemas"][name].is_object(), "dangling $ref {name}");
    }
}

#[tokio::test]
async fn people_can_export_what_the_hub_keeps_about_them() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    crate::harness::approved_org(&mut ana, &mut admin, "City of Gent").await;
    // Approving her organisation approved her account too (one decision).
    let token = token_for(&mut ana, "export").await;

    let r = ana.get("/account/export").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let data = r.json();
    assert_eq!(data["account"]["email"], "ana@city.example");
    assert_eq!(data["organisations"][0]["organisation"]["name"], "City of Gent");
    assert_eq!(data["organisations"][0]["role"], "owner");
    assert_eq!(data["api_tokens"][0]["name"], "export");
    assert!(!r.body.contains(&token[5..]), "no secret in the export");
    let actions: Vec<&str> = data["audit"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["organisation.created", "user.approved"]);

    let api = Api::new(&app, Some(&token)).get("/api/v1/me/export").await;
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(api.json()["account"], data["account"]);
    assert_eq!(Api::new(&app, None).get("/api/v1/me/export").await.status, StatusCode::UNAUTHORIZED);
}
