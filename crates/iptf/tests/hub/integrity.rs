//! Writes that cannot half-happen and rules that hold under concurrency, through the
//! pages and the API, on the backend the run names.

use crate::harness::{Api, Browser, PASSWORD, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn owners_without_owner(app: &TestApp) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM organisations o WHERE NOT EXISTS
           (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id AND m.role = 'owner' AND m.status = 'active')",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap()
}

/// Ana and Bob, each with an API token, and an administrator who approves their
/// organisations.
struct TwoOwners {
    app: TestApp,
    admin: Browser,
    ana: Browser,
    ana_id: i64,
    bob_id: i64,
    ana_api: Api,
    bob_api: Api,
}

impl TwoOwners {
    async fn new() -> TwoOwners {
        let app = TestApp::spawn().await;
        let admin = app.admin().await;
        let mut ana = app.signed_in("ana@city.example", "Ana").await;
        let mut bob = app.signed_in("bob@city.example", "Bob").await;
        let ana_id = app.user_id("ana@city.example").await;
        let bob_id = app.user_id("bob@city.example").await;
        let ana_api = Api::new(&app, Some(&token_for(&mut ana, "a").await));
        let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
        TwoOwners { app, admin, ana, ana_id, bob_id, ana_api, bob_api }
    }

    /// A new approved organisation that Ana and Bob both own; returns its id.
    async fn organisation(&mut self, name: &str) -> i64 {
        let id = approved_org(&mut self.ana, &mut self.admin, name).await;
        let r = self.bob_api.send(Method::POST, &format!("/api/v1/organisations/{id}/join"), json!({})).await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
        let path = format!("/api/v1/organisations/{id}/members/{}", self.bob_id);
        let r = self.ana_api.send(Method::PUT, &path, json!({"role": "owner"})).await;
        assert!(r.status.is_success(), "{}", r.body);
        id
    }
}

/// Two owners demote each other at the same instant, 50 times: never does an
/// organisation end up without an owner, and each round exactly one of them wins.
#[tokio::test]
async fn two_owners_demoting_each_other_at_once_leave_an_owner() {
    let mut t = TwoOwners::new().await;
    let (ana_id, bob_id) = (t.ana_id, t.bob_id);
    for round in 0..50 {
        let id = t.organisation(&format!("Round {round}")).await;
        let (to_bob, to_ana) = (
            format!("/api/v1/organisations/{id}/members/{bob_id}"),
            format!("/api/v1/organisations/{id}/members/{ana_id}"),
        );
        let (a, b) = tokio::join!(
            t.ana_api.send(Method::PUT, &to_bob, json!({"role": "member"})),
            t.bob_api.send(Method::PUT, &to_ana, json!({"role": "member"})),
        );
        let ok = [a.status, b.status].iter().filter(|s| s.is_success()).count();
        assert_eq!(ok, 1, "round {round}: {} {} / {} {}", a.status, a.body, b.status, b.body);
        let loser = if a.status.is_success() { &b } else { &a };
        assert!([StatusCode::CONFLICT, StatusCode::FORBIDDEN].contains(&loser.status), "{}", loser.body);
    }
    assert_eq!(owners_without_owner(&t.app).await, 0);
}

/// Removal and leaving race the same way.
#[tokio::test]
async fn owners_removing_each_other_or_leaving_at_once_leave_an_owner() {
    let mut t = TwoOwners::new().await;
    let (ana_id, bob_id) = (t.ana_id, t.bob_id);
    for round in 0..10 {
        let id = t.organisation(&format!("Race {round}")).await;
        let (to_bob, to_ana) = (
            format!("/api/v1/organisations/{id}/members/{bob_id}"),
            format!("/api/v1/organisations/{id}/members/{ana_id}"),
        );
        // Even rounds: each removes the other; odd rounds: both leave.
        let (ana_target, bob_target) = if round % 2 == 0 { (&to_bob, &to_ana) } else { (&to_ana, &to_bob) };
        let (a, b) = tokio::join!(
            t.ana_api.send(Method::DELETE, ana_target, json!({})),
            t.bob_api.send(Method::DELETE, bob_target, json!({})),
        );
        let ok = [a.status, b.status].iter().filter(|s| s.is_success()).count();
        assert_eq!(ok, 1, "round {round}: {} / {}", a.body, b.body);
    }
    assert_eq!(owners_without_owner(&t.app).await, 0);
}

async fn delete_account(b: &mut Browser) -> crate::harness::Resp {
    b.post_form("/account/delete", &[("password", PASSWORD)]).await
}

/// The last owner cannot erase their account while other members remain; an
/// organisation with nobody else goes with its last member, audited.
#[tokio::test]
async fn erasing_the_last_owner_keeps_the_rule() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let mut bob = app.signed_in("bob@city.example", "Bob").await;
    let bob_id = app.user_id("bob@city.example").await;
    let shared = approved_org(&mut ana, &mut admin, "City of Gent").await;
    let alone = approved_org(&mut ana, &mut admin, "Ana's Lab").await;
    bob.post_form(&format!("/organisations/{shared}/join"), &[]).await;
    ana.post_form(&format!("/organisations/{shared}/members/{bob_id}"), &[("role", "member")]).await;

    let r = delete_account(&mut ana).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    r.assert_contains("City of Gent needs at least one owner");
    assert_eq!(ana.get("/account").await.status, StatusCode::OK, "nothing was erased");
    assert_eq!(app.db.organisation(domain::OrganisationId(alone)).await.unwrap().name, "Ana's Lab");

    ana.post_form(&format!("/organisations/{shared}/members/{bob_id}"), &[("role", "owner")]).await;
    let r = delete_account(&mut ana).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(app.db.organisation(domain::OrganisationId(alone)).await.is_err(), "went with its only member");
    let members = app.db.members(domain::OrganisationId(shared)).await.unwrap();
    assert_eq!(members.len(), 1);
    let log = admin.get("/admin/audit?action=organisation.deleted").await;
    log.assert_contains("Ana&#39;s Lab");
    assert_eq!(owners_without_owner(&app).await, 0);
}

/// A person's erasure takes their queued and sent mail with it, and a sent mail keeps
/// neither address nor link.
#[tokio::test]
async fn mail_jobs_keep_no_secrets() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    b.post_form("/register", &[("name", "Ana"), ("email", "ana@city.example"), ("password", PASSWORD)]).await;
    let queued: String = sqlx::query_scalar("SELECT payload FROM jobs").fetch_one(app.db.pool()).await.unwrap();
    assert!(queued.contains("ana@city.example"), "waiting to be sent");
    app.run_jobs().await;
    let sent: Vec<String> = sqlx::query_scalar("SELECT payload FROM jobs").fetch_all(app.db.pool()).await.unwrap();
    assert!(sent.iter().all(|p| !p.contains("ana@city.example") && !p.contains("/account/confirm/")), "{sent:?}");
    let link = app.link_for("ana@city.example").await;
    b.follow_link(&link).await;
    b.sign_in("ana@city.example", PASSWORD).await;
    b.post_form("/password/forgot", &[("email", "ana@city.example")]).await;
    let r = delete_account(&mut b).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(left, 0, "the erased person's mail jobs are gone");
}

/// Deleting the newest account and registering another never hands the old id, and
/// with it the old audit entries, to the new person.
#[tokio::test]
async fn a_new_account_never_inherits_a_deleted_ones_id() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let ana_id = app.user_id("ana@city.example").await;
    admin.post_form(&format!("/admin/users/{ana_id}/approve"), &[("note", "welcome Ana")]).await;
    assert_eq!(delete_account(&mut ana).await.status, StatusCode::SEE_OTHER);
    let mut eve = app.signed_in("eve@city.example", "Eve").await;
    let eve_id = app.user_id("eve@city.example").await;
    assert_ne!(eve_id, ana_id);
    let export = eve.get("/account/export").await;
    assert!(!export.body.contains("welcome Ana"), "{}", export.body);
}

/// Carla asks to join; at the same instant Ana accepts her and Bob declines her, 10
/// times. Whatever the order, the log tells what happened to her and the final state
/// agrees with it: accepted (and still there, or then removed), or declined.
#[tokio::test]
async fn accepting_and_declining_one_request_at_once_agree_with_the_log() {
    let mut t = TwoOwners::new().await;
    let mut carla = t.app.signed_in("carla@city.example", "Carla").await;
    let carla_api = Api::new(&t.app, Some(&token_for(&mut carla, "c").await));
    let carla_id = t.app.user_id("carla@city.example").await;
    for round in 0..10 {
        let id = t.organisation(&format!("Request {round}")).await;
        let r = carla_api.send(Method::POST, &format!("/api/v1/organisations/{id}/join"), json!({})).await;
        assert_eq!(r.status, StatusCode::ACCEPTED);
        let path = format!("/api/v1/organisations/{id}/members/{carla_id}");
        let (a, b) = tokio::join!(
            t.ana_api.send(Method::PUT, &path, json!({"role": "editor"})),
            t.bob_api.send(Method::DELETE, &path, json!({})),
        );
        for r in [&a, &b] {
            assert!(
                r.status.is_success() || r.status == StatusCode::NOT_FOUND,
                "round {round}: {} {}",
                r.status,
                r.body
            );
        }
        let actions: Vec<String> = sqlx::query_scalar(
            "SELECT action FROM audit_log WHERE target_type = 'organisation' AND target_id = $1 AND action LIKE 'member.%'
               AND detail LIKE 'Carla%' ORDER BY id",
        )
        .bind(id)
        .fetch_all(t.app.db.pool())
        .await
        .unwrap();
        let standing =
            t.app.db.standing(domain::OrganisationId(id), Some((domain::UserId(carla_id), false))).await.unwrap();
        let expected: &[&str] = match (a.status.is_success(), b.status.is_success()) {
            (true, true) => &["member.accepted", "member.removed"],
            (true, false) => &["member.accepted"],
            (false, true) => &["member.request-declined"],
            (false, false) => panic!("round {round}: neither happened"),
        };
        assert_eq!(actions, expected, "round {round}");
        assert_eq!(standing.membership.is_some(), expected == ["member.accepted"], "round {round}");
    }
}

/// An owner deletes the organisation while the other accepts a request, invites someone
/// and edits the profile, 10 times: each change either happens before the deletion or
/// finds the organisation gone (404); nothing is left behind for a deleted organisation.
#[tokio::test]
async fn deleting_an_organisation_while_others_change_it() {
    let mut t = TwoOwners::new().await;
    let mut carla = t.app.signed_in("carla@city.example", "Carla").await;
    let carla_api = Api::new(&t.app, Some(&token_for(&mut carla, "c").await));
    let carla_id = t.app.user_id("carla@city.example").await;
    for round in 0..10 {
        let id = t.organisation(&format!("Doomed {round}")).await;
        carla_api.send(Method::POST, &format!("/api/v1/organisations/{id}/join"), json!({})).await;
        let base = format!("/api/v1/organisations/{id}");
        let profile = json!({"name": format!("Renamed {round}"), "kind": "public-authority", "country": "BE"});
        let (members, invitations) = (format!("{base}/members/{carla_id}"), format!("{base}/invitations"));
        let (del, accept, invite, edit) = tokio::join!(
            t.ana_api.send(Method::DELETE, &base, json!({})),
            t.bob_api.send(Method::PUT, &members, json!({"role": "member"})),
            t.bob_api.send(Method::POST, &invitations, json!({"email": "dan@city.example", "role": "member"})),
            t.bob_api.send(Method::PUT, &base, profile),
        );
        assert_eq!(del.status, StatusCode::NO_CONTENT, "round {round}: {}", del.body);
        for r in [&accept, &invite, &edit] {
            assert!(
                r.status.is_success() || r.status == StatusCode::NOT_FOUND,
                "round {round}: {} {}",
                r.status,
                r.body
            );
        }
        for table in ["memberships", "invitations", "organisation_sectors", "organisation_cpv"] {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE organisation_id = $1");
            let left: i64 =
                sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(id).fetch_one(t.app.db.pool()).await.unwrap();
            assert_eq!(left, 0, "round {round}: {table} left behind");
        }
    }
    assert_eq!(owners_without_owner(&t.app).await, 0);
}

#[tokio::test]
async fn one_review_card_decided_twice_at_once_makes_one_decision() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut olga = app.signed_in("olga@org.example", "Olga").await;
    let r = olga
        .post_form(
            "/organisations",
            &[("name", "Racing Org"), ("kind", "public-authority"), ("country", "BE"), ("nuts", "BE10")],
        )
        .await;
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let api = Api::new(&app, Some(&token_for(&mut admin, "a").await));
    let path = format!("/api/v1/admin/organisations/{id}/approve");
    let (a, b) = tokio::join!(api.send(Method::POST, &path, json!({})), api.send(Method::POST, &path, json!({})));
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort();
    assert!(statuses[0] < 300 && statuses[1] == 409, "{statuses:?}: {} / {}", a.body, b.body);
    let approvals: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'organisation.approved' AND target_id = $1")
            .bind(id)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(approvals, 1);
    // Rejecting an approved organisation is not a review decision.
    let r = api.send(Method::POST, &format!("/api/v1/admin/organisations/{id}/reject"), json!({"note": "x"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn naming_one_editor_twice_at_once_names_them_once() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    app.signed_in("bob@procedin.eu", "Bob").await;
    let r = admin.post_form("/initiatives", &[("acronym", "RACE"), ("name", "Race"), ("summary", "s")]).await;
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let api = Api::new(&app, Some(&token_for(&mut admin, "a").await));
    let path = format!("/api/v1/initiatives/{id}/editors");
    let body = json!({"email": "bob@procedin.eu"});
    let (a, b) = tokio::join!(api.send(Method::POST, &path, body.clone()), api.send(Method::POST, &path, body.clone()));
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::UNPROCESSABLE_ENTITY], "{} / {}", a.body, b.body);
    assert_eq!(api.get(&path).await.json().as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn saving_a_profile_twice_at_once_keeps_one_whole_version() {
    let app = TestApp::spawn().await;
    let mut petra = app.signed_in("petra@muenchen.example", "Petra").await;
    let api = Api::new(&app, Some(&token_for(&mut petra, "p").await));
    let one = json!({"public": true, "role": "Buyer", "show_role": true, "bio": "One", "show_bio": true});
    let two = json!({"public": true, "role": "Head", "show_role": false, "bio": "Two", "show_bio": false});
    let (a, b) = tokio::join!(
        api.send(Method::PUT, "/api/v1/me/profile", one),
        api.send(Method::PUT, "/api/v1/me/profile", two)
    );
    assert!(a.status.is_success() && b.status.is_success(), "{} / {}", a.body, b.body);
    // Never a mix of the two: the role and the bio come from the same save.
    let saved = api.get("/api/v1/me/profile").await.json();
    let pair = (saved["role"].as_str().unwrap(), saved["bio"].as_str().unwrap(), saved["show_bio"].as_bool().unwrap());
    assert!(pair == ("Buyer", "One", true) || pair == ("Head", "Two", false), "{saved}");
}
