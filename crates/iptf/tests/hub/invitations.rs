//! Invitations: an owner invites a colleague by e-mail with a role, also while the
//! organisation is pending; the colleague registers through the link or accepts with
//! their account.

use crate::harness::{Api, PASSWORD, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// A pending organisation owned by `owner`; returns its id.
async fn pending_org(owner: &mut crate::harness::Browser, name: &str) -> i64 {
    let r = owner
        .post_form(
            "/organisations",
            &[
                ("name", name),
                ("kind", "public-authority"),
                ("country", "DE"),
                ("nuts", "DE212"),
                ("sectors", "gen-pub"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

fn path_of(link: &str) -> String {
    link.split_once("/invitations/").map(|(_, t)| format!("/invitations/{t}")).unwrap()
}

#[tokio::test]
async fn a_colleague_without_an_account_registers_through_the_invitation_and_joins() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("petra@muenchen.example", "Petra Huber").await;
    let id = pending_org(&mut owner, "Landeshauptstadt München").await;

    // While the organisation waits for review, its owner invites a colleague.
    let members = owner.get(&format!("/organisations/{id}/members")).await;
    members.assert_contains("Invite colleagues");
    let r = owner
        .post_form(
            &format!("/organisations/{id}/invitations"),
            &[("email", "Jonas@Muenchen.example"), ("role", "editor"), ("message", "Für die Ausschreibung")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let members = owner.get(&format!("/organisations/{id}/members")).await;
    members.assert_contains("jonas@muenchen.example");
    members.assert_contains("Invitations not accepted yet");

    let mail = app.mails_to("jonas@muenchen.example").await.pop().unwrap();
    assert!(mail.subject.contains("Petra Huber invites you to join"), "{}", mail.subject);
    assert!(mail.text.contains("Petra Huber (petra@muenchen.example) invites you to join Landeshauptstadt München"));
    assert!(mail.text.contains("as Editor"), "{}", mail.text);
    assert!(mail.text.contains("Für die Ausschreibung"));
    assert!(mail.text.contains("still waiting for review"));
    let link = app.link_for("jonas@muenchen.example").await;
    let path = path_of(&link);

    // Opening the link shows who invites, and a form to create the account.
    let mut jonas = app.browser();
    let page = jonas.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.headers["cache-control"], "no-store");
    page.assert_contains("Petra Huber invites you (jonas@muenchen.example)");
    page.assert_contains("Create my account and join");
    page.assert_contains("Für die Ausschreibung");

    // A weak password is refused next to its field; nothing is used up.
    let r = jonas.post_form(&path, &[("name", "Jonas Weber"), ("password", "muenchen1234")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-password-error");
    r.assert_contains("Jonas Weber");

    let r = jonas.post_form(&path, &[("name", "Jonas Weber"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), format!("/organisations/{id}"));
    assert!(r.headers.get("set-cookie").is_some());
    // Signed in, a member with the role, without a second confirmation mail.
    let page = jonas.get(&format!("/organisations/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Landeshauptstadt München");
    assert_eq!(app.mails_to("jonas@muenchen.example").await.len(), 1);
    let members = owner.get(&format!("/organisations/{id}/members")).await;
    members.assert_contains("Jonas Weber");
    assert!(!members.body.contains("Invitations not accepted yet"));
    let told = app.mails_to("petra@muenchen.example").await.pop().unwrap();
    assert!(told.subject.contains("Jonas Weber joined"), "{}", told.subject);

    // The link is spent.
    let again = app.browser().get(&path).await;
    assert_eq!(again.status, StatusCode::GONE);
    again.assert_contains("already been used");

    // One decision by the administrator approves the organisation and both people.
    let mut admin = app.admin().await;
    let r = admin.post_form(&format!("/admin/organisations/{id}/approve"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for email in ["petra@muenchen.example", "jonas@muenchen.example"] {
        let e = domain::accounts::Email::parse("email", email).unwrap();
        let u = app.db.user_by_email(&e).await.unwrap().unwrap();
        assert_eq!(u.status, domain::accounts::AccountStatus::Approved, "{email}");
    }
    let audit = admin.get("/admin/audit?action=invitation.accepted").await;
    audit.assert_contains("Jonas Weber as editor");
}

#[tokio::test]
async fn invitations_check_who_invites_what_and_whom() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@gent.example", "Ana").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut owner, &mut admin, "City of Gent").await;
    let invite = format!("/organisations/{id}/invitations");

    // Every bad field is named.
    let r = owner.post_form(&invite, &[("email", "not an address"), ("role", "boss")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-email-error");
    r.assert_contains("f-role-error");
    r.assert_contains("not an address");
    // An active member is not invited again.
    let r = owner.post_form(&invite, &[("email", "ana@gent.example"), ("role", "member")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("already a member of City of Gent");

    // Someone who is not an owner cannot invite; a stranger's invitation page is refused.
    let mut bert = app.signed_in("bert@gent.example", "Bert").await;
    let r = bert.post_form(&invite, &[("email", "x@gent.example"), ("role", "owner")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // An invitation to an address with an account: the link asks to sign in first.
    owner.post_form(&invite, &[("email", "bert@gent.example"), ("role", "member")]).await;
    let first = path_of(&app.link_for("bert@gent.example").await);
    // Sent again: a fresh link, the first one no longer works.
    let r = owner.post_form(&invite, &[("email", "bert@gent.example"), ("role", "editor")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let path = path_of(&app.link_for("bert@gent.example").await);
    assert_ne!(first, path);
    assert_eq!(app.browser().get(&first).await.status, StatusCode::NOT_FOUND);
    let anonymous = app.browser().get(&path).await;
    anonymous.assert_contains("Sign in to accept the invitation");
    assert!(!anonymous.body.contains("Create my account"));
    // Registering through it is refused: the address has an account.
    let r = app.browser().post_form(&path, &[("name", "Mallory"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Sign in to accept the invitation");

    // Someone else signed in cannot accept it.
    let mut carla = app.signed_in("carla@elsewhere.example", "Carla").await;
    let page = carla.get(&path).await;
    page.assert_contains("but you are signed in as carla@elsewhere.example");
    let r = carla.post_form(&path, &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // Bert accepts with his account, as editor.
    let page = bert.get(&path).await;
    page.assert_contains("Accept and join");
    let r = bert.post_form(&path, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let members = owner.get(&format!("/organisations/{id}/members")).await;
    members.assert_contains("Bert");
    let standing = app
        .db
        .standing(domain::OrganisationId(id), Some((domain::UserId(app.user_id("bert@gent.example").await), false)))
        .await
        .unwrap();
    assert_eq!(standing.role, Some(domain::organisations::OrgRole::Editor));

    // A cancelled invitation's link says so; declining works without an account.
    owner.post_form(&invite, &[("email", "dora@gent.example"), ("role", "member")]).await;
    let dora = path_of(&app.link_for("dora@gent.example").await);
    let inv_id = app.db.invitations(domain::OrganisationId(id)).await.unwrap()[0].id;
    let r = owner.post_form(&format!("/organisations/{id}/invitations/{inv_id}/cancel"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = app.browser().get(&dora).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    owner.post_form(&invite, &[("email", "emil@gent.example"), ("role", "member")]).await;
    let emil = path_of(&app.link_for("emil@gent.example").await);
    let r = app.browser().post_form(&format!("{emil}/decline"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("You declined the invitation to join City of Gent");
    assert_eq!(app.browser().get(&emil).await.status, StatusCode::NOT_FOUND);
    let audit = admin.get("/admin/audit?action=invitation.declined").await;
    audit.assert_contains("emil@gent.example");
}

#[tokio::test]
async fn invitations_through_the_api() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@gent.example", "Ana").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut owner, &mut admin, "City of Gent").await;
    let api = Api::new(&app, Some(&token_for(&mut owner, "cli").await));
    let path = format!("/api/v1/organisations/{id}/invitations");

    let r = api.send(Method::POST, &path, json!({"email": "nope", "role": ""})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<_> = r.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].clone()).collect();
    assert_eq!(fields, vec![json!("email"), json!("role")]);

    let r = api.send(Method::POST, &path, json!({"email": "jo@gent.example", "role": "member"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["state"], "open");
    assert_eq!(r.json()["role"], "member");
    let list = api.get(&path).await.json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert!(list[0].get("token").is_none());
    // Nobody else reads them.
    assert_eq!(Api::new(&app, None).get(&path).await.status, StatusCode::UNAUTHORIZED);

    let token = path_of(&app.link_for("jo@gent.example").await).trim_start_matches("/invitations/").to_owned();
    let anon = Api::new(&app, None);
    let r = anon
        .send(Method::POST, "/api/v1/invitations/register", json!({"token": token, "name": "Jo", "password": "short"}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Two registrations with one link at the same instant: one account, one member.
    let body = json!({"token": token, "name": "Jo", "password": PASSWORD});
    let (a, b) = tokio::join!(
        anon.send(Method::POST, "/api/v1/invitations/register", body.clone()),
        anon.send(Method::POST, "/api/v1/invitations/register", body.clone())
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses[0], StatusCode::CREATED, "{} / {}", a.body, b.body);
    assert_eq!(statuses[1], StatusCode::CONFLICT, "{} / {}", a.body, b.body);
    let created = if a.status == StatusCode::CREATED { a.json() } else { b.json() };
    assert_eq!(created["status"], "approved");
    assert_eq!(created["email_confirmed"], true);
    let members = api.get(&format!("/api/v1/organisations/{id}/members")).await.json();
    assert_eq!(members.as_array().unwrap().len(), 2);

    // Cancel, and decline.
    let r = api.send(Method::POST, &path, json!({"email": "kim@gent.example", "role": "editor"})).await;
    let inv = r.json()["id"].as_i64().unwrap();
    assert_eq!(api.send(Method::DELETE, &format!("{path}/{inv}"), json!({})).await.status, StatusCode::NO_CONTENT);
    assert_eq!(api.send(Method::DELETE, &format!("{path}/{inv}"), json!({})).await.status, StatusCode::NOT_FOUND);
    api.send(Method::POST, &path, json!({"email": "lu@gent.example", "role": "editor"})).await;
    let token = path_of(&app.link_for("lu@gent.example").await).trim_start_matches("/invitations/").to_owned();
    let r = anon.send(Method::POST, "/api/v1/invitations/decline", json!({"token": token})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = anon.send(Method::POST, "/api/v1/invitations/decline", json!({"token": token})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // Accepting with an account of that address.
    let mut mo = app.signed_in("mo@gent.example", "Mo").await;
    let mo_api = Api::new(&app, Some(&token_for(&mut mo, "cli").await));
    api.send(Method::POST, &path, json!({"email": "mo@gent.example", "role": "owner"})).await;
    let token = path_of(&app.link_for("mo@gent.example").await).trim_start_matches("/invitations/").to_owned();
    let r = api.send(Method::POST, "/api/v1/invitations/accept", json!({"token": token})).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "the owner is not mo");
    let r = mo_api.send(Method::POST, "/api/v1/invitations/accept", json!({"token": token})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["state"], "accepted");
    let mine = mo_api.get("/api/v1/me/organisations").await.json();
    assert_eq!(mine[0]["role"], "owner");
}
