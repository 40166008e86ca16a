//! Private messages: addresses never shown, the e-mail carries a link and not the text,
//! a blocked person cannot write, outsiders cannot read.

use crate::harness::{Api, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn people_write_to_each_other_without_seeing_addresses() {
    let app = TestApp::spawn().await;
    let mut petra = app.signed_in("petra@muenchen.example", "Petra").await;
    let mut tom = app.signed_in("tom@supplier.example", "Tom").await;
    let mut eve = app.signed_in("eve@nosy.example", "Eve").await;
    let petra_id = app.user_id("petra@muenchen.example").await;
    let tom_id = app.user_id("tom@supplier.example").await;

    // Only people with a public profile can be written to.
    assert_eq!(tom.get(&format!("/messages/new?to={petra_id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(petra.post_form("/account/profile", &[("public", "1")]).await.status, StatusCode::SEE_OTHER);
    tom.get(&format!("/people/{petra_id}")).await.assert_contains(&format!("/messages/new?to={petra_id}"));
    let r = tom.post_form(&format!("/messages?to={petra_id}"), &[("subject", ""), ("body", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-subject-error");
    r.assert_contains("f-body-error");
    let secret = "Our prototype costs 12,345 euros";
    let r = tom.post_form(&format!("/messages?to={petra_id}"), &[("subject", "Pilot"), ("body", secret)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let conv = r.location();
    let page = tom.get(&conv).await;
    page.assert_contains(secret);
    assert!(!page.body.contains("petra@muenchen.example"));

    // Petra is told by e-mail, with a link and without the text; one e-mail until she reads.
    app.run_jobs().await;
    let mails = app.mails_to("petra@muenchen.example").await;
    let notes: Vec<_> = mails.iter().filter(|m| m.subject.contains("Tom sent you a message")).collect();
    assert_eq!(notes.len(), 1);
    assert!(notes[0].text.contains(&conv) && !notes[0].text.contains("12,345"));
    tom.post_form(&conv, &[("body", "And a second thought.")]).await;
    app.run_jobs().await;
    assert_eq!(
        app.mails_to("petra@muenchen.example").await.iter().filter(|m| m.subject.contains("Tom sent")).count(),
        1
    );
    let inbox = petra.get("/messages").await;
    inbox.assert_contains("Pilot");
    inbox.assert_contains("new");
    let page = petra.get(&conv).await;
    page.assert_contains(secret);
    assert!(!page.body.contains("tom@supplier.example"));
    tom.post_form(&conv, &[("body", "Did you read it?")]).await;
    app.run_jobs().await;
    assert_eq!(
        app.mails_to("petra@muenchen.example").await.iter().filter(|m| m.subject.contains("Tom sent")).count(),
        2
    );
    // Writing again from the profile continues the same conversation.
    let r = tom.post_form(&format!("/messages?to={petra_id}"), &[("subject", "Again"), ("body", "Hello again")]).await;
    assert_eq!(r.location(), conv);

    // Outsiders read nothing, through no route.
    assert_eq!(eve.get(&conv).await.status, StatusCode::NOT_FOUND);
    assert_eq!(eve.post_form(&conv, &[("body", "let me in")]).await.status, StatusCode::NOT_FOUND);
    let id = conv.rsplit('/').next().unwrap();
    let eve_api = Api::new(&app, Some(&token_for(&mut eve, "e").await));
    assert_eq!(eve_api.get(&format!("/api/v1/me/conversations/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(eve_api.get("/api/v1/me/conversations").await.json().as_array().unwrap().len(), 0);

    // Petra blocks Tom: he can no longer write to her, by any route; unblocked, he can.
    let r = petra.post_form(&format!("/blocks/{tom_id}"), &[("next", &conv)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = tom.post_form(&conv, &[("body", "Hello?")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("You cannot write to this person.");
    let tom_api = Api::new(&app, Some(&token_for(&mut tom, "t").await));
    let r = tom_api
        .send(Method::POST, "/api/v1/me/conversations", json!({"to_user": petra_id, "subject": "x", "body": "y"}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = tom_api.send(Method::POST, &format!("/api/v1/me/conversations/{id}/messages"), json!({"body": "z"})).await;
    assert_eq!(r.json()["errors"][0]["code"], "cannot-message");
    petra.get("/account/blocks").await.assert_contains("Unblock Tom");
    petra.post_form(&format!("/blocks/{tom_id}/remove"), &[]).await;
    let r =
        tom_api.send(Method::POST, &format!("/api/v1/me/conversations/{id}/messages"), json!({"body": "Thanks"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let seen = tom_api.get(&format!("/api/v1/me/conversations/{id}")).await.json();
    assert_eq!(seen["messages"].as_array().unwrap().len(), 5);
    assert!(!seen.to_string().contains("@muenchen.example"));
}

#[tokio::test]
async fn an_organisations_contact_people_are_written_to_together() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut olga = app.signed_in("olga@stadtwerke.example", "Olga").await;
    let mut tom = app.signed_in("tom@supplier.example", "Tom").await;
    let org = approved_org(&mut olga, &mut admin, "Stadtwerke Beispiel").await;
    tom.get(&format!("/organisations/{org}")).await.assert_contains(&format!("/messages/new?organisation={org}"));
    let r = tom
        .post_form(&format!("/messages?organisation={org}"), &[("subject", "Smart meters"), ("body", "Can we meet?")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.run_jobs().await;
    assert!(app.mails_to("olga@stadtwerke.example").await.iter().any(|m| m.subject.contains("Tom sent you a message")));
    olga.get("/messages").await.assert_contains("Smart meters");
    // When every contact person blocked him, he cannot write to the organisation.
    let tom_id = app.user_id("tom@supplier.example").await;
    olga.post_form(&format!("/blocks/{tom_id}"), &[]).await;
    let r = tom.post_form(&format!("/messages?organisation={org}"), &[("subject", "Again"), ("body", "Hello")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
}
