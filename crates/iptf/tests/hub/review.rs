//! One review of a newcomer and their organisation: one card, one decision, and a way
//! to ask for more information.

use crate::harness::{Api, Browser, PASSWORD, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn submit(b: &mut Browser, name: &str, country: &str, website: &str) -> i64 {
    let r = b
        .post_form(
            "/organisations",
            &[
                ("name", name),
                ("kind", "public-authority"),
                ("country", country),
                ("sectors", "gen-pub"),
                ("website", website),
                ("confirm_duplicate", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

fn status_of(app: &TestApp, email: &str) -> impl std::future::Future<Output = String> {
    let db = app.db.clone();
    let e = domain::accounts::Email::parse("email", email).unwrap();
    async move { db.user_by_email(&e).await.unwrap().unwrap().status.as_str().to_owned() }
}

#[tokio::test]
async fn a_newcomer_and_their_organisation_are_reviewed_on_one_card() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    // Already on the hub: an organisation on the same domain, one of the same name elsewhere.
    let mut other = app.signed_in("info@swm.example", "Stadtwerke").await;
    let swm = approved_org(&mut other, &mut admin, "Stadtwerke München").await;
    let r = other
        .post_form(
            &format!("/organisations/{swm}/edit"),
            &[
                ("name", "Stadtwerke München"),
                ("kind", "public-authority"),
                ("country", "BE"),
                ("sectors", "health"),
                ("website", "https://www.muenchen.de/swm"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut vienna = app.signed_in("amt@wien.example", "Wien").await;
    submit(&mut vienna, "Landeshauptstadt München", "AT", "").await;

    // Petra registers and submits her city; Olaf registers without an organisation.
    let mut petra = app.signed_in("petra@muenchen.de", "Petra Huber").await;
    let id = submit(&mut petra, "Landeshauptstadt München", "DE", "muenchen.de").await;
    app.signed_in("olaf@example.org", "Olaf").await;

    // People waiting with an organisation are on its card, not in the people's queue.
    let people = admin.get("/admin/users").await;
    people.assert_contains("Olaf");
    assert!(!people.body.contains("Petra Huber"));
    let queue = admin.get("/admin/organisations").await;
    queue.assert_contains("Petra Huber");
    queue.assert_contains("&lt;petra@muenchen.de&gt;");
    queue.assert_contains("Submitted it");
    queue.assert_contains("Possible duplicates");
    queue.assert_contains("Stadtwerke München");
    queue.assert_contains("same domain");
    queue.assert_contains("same name");
    queue.assert_contains("Approve organisation and people");

    // Asking for more information: the message is required, then mailed.
    let ask = format!("/admin/organisations/{id}/ask");
    assert_eq!(admin.get(&ask).await.status, StatusCode::OK);
    let r = admin.post_form(&ask, &[("message", "  ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-message-error");
    let r = admin.post_form(&ask, &[("message", "Which department do you work for?")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mail = app.mails_to("petra@muenchen.de").await.pop().unwrap();
    assert!(mail.subject.contains("task force needs more"), "{}", mail.subject);
    assert!(mail.text.contains("Which department do you work for?"));
    admin.get("/admin/organisations").await.assert_contains("More information asked for on");
    petra.get(&format!("/organisations/{id}")).await.assert_contains("Which department do you work for?");
    // Nobody but an administrator asks.
    assert_eq!(petra.post_form(&ask, &[("message", "hi")]).await.status, StatusCode::FORBIDDEN);

    // One decision: the organisation and Petra are approved.
    assert_eq!(status_of(&app, "petra@muenchen.de").await, "pending");
    let r = admin.post_form(&format!("/admin/organisations/{id}/approve"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, "petra@muenchen.de").await, "approved");
    assert_eq!(status_of(&app, "olaf@example.org").await, "pending");
    let audit = admin.get("/admin/audit?action=user.approved").await;
    audit.assert_contains("with Landeshauptstadt München");
    // Asking about a decided organisation is refused.
    let r = admin.post_form(&ask, &[("message", "Too late?")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn rejecting_keeps_the_person_waiting_unless_the_accounts_are_closed() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut real = app.signed_in("ana@gent.example", "Ana").await;
    let real_id = submit(&mut real, "Stad Gent", "BE", "").await;
    let mut spam = app.signed_in("spam@cheap.example", "Cheap Pills").await;
    let spam_id = submit(&mut spam, "Cheap Pills Online", "BE", "").await;

    let page = admin.get(&format!("/admin/organisations/{spam_id}/reject")).await;
    page.assert_contains("close_accounts");
    let r = admin
        .post_form(
            &format!("/admin/organisations/{real_id}/reject"),
            &[("note", "Please use the city's name in Dutch.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, "ana@gent.example").await, "pending");
    // Her account now waits in the people's queue (her organisation no longer does).
    admin.get("/admin/users").await.assert_contains("Ana");
    assert_eq!(real.get("/account").await.status, StatusCode::OK);

    let r = admin
        .post_form(&format!("/admin/organisations/{spam_id}/reject"), &[("note", "Spam"), ("close_accounts", "1")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status_of(&app, "spam@cheap.example").await, "rejected");
    // Signed out everywhere, and cannot sign in again.
    assert_eq!(spam.get("/account").await.status, StatusCode::SEE_OTHER);
    let r = app.browser().post_form("/sign-in", &[("email", "spam@cheap.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn review_cards_through_the_api() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let admin_api = Api::new(&app, Some(&token_for(&mut admin, "cli").await));
    let mut petra = app.signed_in("petra@muenchen.de", "Petra Huber").await;
    let id = submit(&mut petra, "Landeshauptstadt München", "DE", "www.muenchen.de").await;
    let petra_api = Api::new(&app, Some(&token_for(&mut petra, "cli").await));

    let page = admin_api.get("/api/v1/admin/reviews").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let page = page.json();
    assert_eq!(page["total"], 1);
    let card = &page["items"][0];
    assert_eq!(card["organisation"]["id"], id);
    assert_eq!(card["people"][0]["email"], "petra@muenchen.de");
    assert_eq!(card["people"][0]["submitter"], true);
    assert_eq!(card["people"][0]["status"], "pending");
    assert_eq!(card["possible_duplicates"], json!([]));
    assert_eq!(petra_api.get("/api/v1/admin/reviews").await.status, StatusCode::FORBIDDEN);

    let ask = format!("/api/v1/admin/organisations/{id}/ask");
    let r = admin_api.send(Method::POST, &ask, json!({"message": ""})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["field"], "message");
    let r = admin_api.send(Method::POST, &ask, json!({"message": "Your role?"})).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
    let card = admin_api.get("/api/v1/admin/reviews").await.json()["items"][0].clone();
    assert_eq!(card["information_requested"]["message"], "Your role?");
    assert_eq!(card["information_requested"]["by"], "Ada Admin");

    let r = admin_api
        .send(Method::POST, &format!("/api/v1/admin/organisations/{id}/reject"), json!({"close_accounts": true}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(status_of(&app, "petra@muenchen.de").await, "rejected");
}
