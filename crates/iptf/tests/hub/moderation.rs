//! Moderation: three distinct reports hide content; moderators (named by administrators)
//! restore, remove, warn or suspend, with a reason the author reads; all audited.

use crate::harness::{Api, Browser, PASSWORD, TestApp, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn member_of(b: &mut Browser, g: i64) {
    assert_eq!(b.post_form(&format!("/groups/{g}/join"), &[]).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn three_reports_hide_a_post_and_a_moderator_decides() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut mona = app.signed_in("mona@mod.example", "Mona").await;
    let mut sam = app.signed_in("sam@spam.example", "Sam").await;
    let mut readers = Vec::new();
    for (e, n) in [("a@x.example", "Ann"), ("b@x.example", "Ben"), ("c@x.example", "Cleo")] {
        readers.push(app.signed_in(e, n).await);
    }
    let r = admin.post_form("/groups", &[("name", "Health procurers"), ("summary", "s")]).await;
    let g: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    member_of(&mut sam, g).await;
    for b in readers.iter_mut() {
        member_of(b, g).await;
    }
    let r = sam
        .post_form(&format!("/groups/{g}/threads"), &[("title", "Cheap pills"), ("body", "Buy now at spam.example")])
        .await;
    let t: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let thread = format!("/groups/{g}/threads/{t}");

    // Reports: a reason is needed, one per person, never one's own.
    let r = readers[0].post_form(&format!("/report/thread/{t}"), &[("reason", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-reason-error");
    let r = readers[0].post_form(&format!("/report/thread/{t}"), &[("reason", "Spam")]).await;
    assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, thread.clone()));
    readers[0]
        .post_form(&format!("/report/thread/{t}"), &[("reason", "Spam again")])
        .await
        .assert_contains("already reported");
    sam.post_form(&format!("/report/thread/{t}"), &[("reason", "x")]).await.assert_contains("your own content");
    readers[1].post_form(&format!("/report/thread/{t}"), &[("reason", "Advertising")]).await;
    app.browser().get(&thread).await.assert_contains("spam.example");
    // The third distinct person hides it, on the page and in the API.
    let api_c = Api::new(&app, Some(&token_for(&mut readers[2], "c").await));
    let r = api_c.send(Method::POST, "/api/v1/reports", json!({"kind": "thread", "id": t, "reason": "Spam"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["hidden"], true);
    let page = app.browser().get(&thread).await;
    page.assert_contains("Hidden while a moderator reviews");
    assert!(!page.body.contains("spam.example") && !page.body.contains("Cheap pills"));
    let json = Api::new(&app, None).get(&format!("/api/v1/groups/{g}/threads/{t}")).await.json();
    assert_eq!(json["posts"][0]["moderation"], "hidden");
    assert_eq!(json["posts"][0]["html"], "");

    // Only moderators see the queue; administrators name them.
    assert_eq!(mona.get("/moderation").await.status, StatusCode::FORBIDDEN);
    let r = admin.post_form("/admin/moderators", &[("email", "nobody@x.example")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        admin.post_form("/admin/moderators", &[("email", "mona@mod.example")]).await.status,
        StatusCode::SEE_OTHER
    );
    let queue = mona.get("/moderation").await;
    queue.assert_contains("3 reports");
    queue.assert_contains("Advertising");
    queue.assert_contains("About Sam");

    // A decision needs a reason; suspending ends the author's sessions and tokens.
    let sam_api = Api::new(&app, Some(&token_for(&mut sam, "s").await));
    let r = mona
        .post_form(&format!("/moderation/thread/{t}"), &[("action", "suspend"), ("reason", ""), ("days", "400")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-reason-error");
    r.assert_contains("f-days-error");
    let r = mona
        .post_form(
            &format!("/moderation/thread/{t}"),
            &[("action", "suspend"), ("reason", "Advertising is not allowed."), ("days", "7")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(sam_api.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(sam.get("/account").await.status, StatusCode::SEE_OTHER);
    let mut again = app.browser();
    let r = again.post_form("/sign-in", &[("email", "sam@spam.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    r.assert_contains("suspended until");
    app.run_jobs().await;
    let told =
        app.mails_to("sam@spam.example").await.into_iter().find(|m| m.subject == "Your account is suspended").unwrap();
    assert!(told.text.contains("Advertising is not allowed."));
    // Decided once.
    let r = mona.post_form(&format!("/moderation/thread/{t}"), &[("action", "restore"), ("reason", "Oops")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let audit = admin.get("/admin/audit").await;
    audit.assert_contains("Account suspended");
    audit.assert_contains("Advertising is not allowed.");
    audit.assert_contains("Content hidden (three reports)");
    audit.assert_contains("Moderator named");
}

#[tokio::test]
async fn moderators_restore_remove_and_warn_and_hidden_profiles_leave_the_directory() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let admin_api = Api::new(&app, Some(&token_for(&mut admin, "adm").await));
    let mut petra = app.signed_in("petra@muenchen.example", "Petra").await;
    let petra_id = app.user_id("petra@muenchen.example").await;
    petra.post_form("/account/profile", &[("public", "1"), ("bio", "Buyer."), ("show_bio", "1")]).await;
    let mut reporters = Vec::new();
    for k in 0..3 {
        let mut b = app.signed_in(&format!("r{k}@x.example"), &format!("Reporter {k}")).await;
        reporters.push(Api::new(&app, Some(&token_for(&mut b, "r").await)));
    }
    // One report: visible; the moderator restores, the author is told.
    let r = reporters[0]
        .send(Method::POST, "/api/v1/reports", json!({"kind": "profile", "id": petra_id, "reason": "Fake"}))
        .await;
    assert_eq!(r.json()["hidden"], false);
    let queue = admin_api.get("/api/v1/moderation").await.json();
    assert_eq!(queue[0]["kind"], "profile");
    assert_eq!(queue[0]["about"], "Petra");
    let r = admin_api
        .send(
            Method::POST,
            &format!("/api/v1/moderation/profile/{petra_id}"),
            json!({"action": "restore", "reason": "She is real."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    app.run_jobs().await;
    assert!(app.mails_to("petra@muenchen.example").await.iter().any(|m| m.subject == "Your content is visible again"));

    // Three reports: her profile leaves every public place at once.
    for api in &reporters {
        let r = api
            .send(Method::POST, "/api/v1/reports", json!({"kind": "profile", "id": petra_id, "reason": "Fake"}))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let visitor = Api::new(&app, None);
    assert_eq!(visitor.get(&format!("/api/v1/people/{petra_id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.browser().get(&format!("/people/{petra_id}")).await.status, StatusCode::NOT_FOUND);
    assert!(!app.browser().get("/people").await.body.contains("Petra"));
    // Removed for good; a warning leaves content as it is but tells its author.
    let r = admin_api
        .send(
            Method::POST,
            &format!("/api/v1/moderation/profile/{petra_id}"),
            json!({"action": "remove", "reason": "Impersonation."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(visitor.get(&format!("/api/v1/people/{petra_id}")).await.status, StatusCode::NOT_FOUND);
    let r = admin_api
        .send(Method::POST, &format!("/api/v1/moderation/profile/{petra_id}"), json!({"action": "warn", "reason": "x"}))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "nothing left to decide");
    let r = reporters[0]
        .send(Method::POST, "/api/v1/moderation/profile/1", json!({"action": "remove", "reason": "x"}))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = reporters[0]
        .send(Method::POST, "/api/v1/reports", json!({"kind": "initiative-secret", "id": 1, "reason": "x"}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // A closed group's thread cannot be reported from outside (it does not exist there).
    let r = admin.post_form("/groups", &[("name", "Closed"), ("summary", "s"), ("membership", "closed")]).await;
    let g: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let r = admin.post_form(&format!("/groups/{g}/threads"), &[("title", "Inside"), ("body", "x")]).await;
    let t: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let r = reporters[1].send(Method::POST, "/api/v1/reports", json!({"kind": "thread", "id": t, "reason": "x"})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
