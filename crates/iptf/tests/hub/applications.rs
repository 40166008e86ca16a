//! Joining the task force: apply, members' editors comment and endorse, an administrator
//! decides with a reason, the applicant is told at each step; an accepted application is
//! a member initiative with the applicant as its editor.

use crate::harness::{Api, Browser, TestApp, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

const APPLICATION: &[(&str, &str)] = &[
    ("acronym", "GreenBuy"),
    ("name", "Green public buyers network"),
    ("summary", "Fifty cities that buy clean."),
    ("website", "greenbuy.eu"),
    ("programme", "LIFE_2021"),
    ("topics", "pcp"),
    ("motivation", "We want to learn from the members."),
    ("contribution", "Our network of fifty cities."),
    ("contact_name", "Ana Lima"),
    ("contact_email", "ana@greenbuy.eu"),
];

/// A member initiative with `editor` as its editor; returns its id.
async fn member_with_editor(admin: &mut Browser, acronym: &str, editor: &str) -> i64 {
    let r = admin
        .post_form(
            "/initiatives",
            &[("acronym", acronym), ("name", "A member"), ("summary", "Members."), ("status", "member")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let r = admin.post_form(&format!("/initiatives/{id}/editors"), &[("email", editor)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id
}

#[tokio::test]
async fn an_initiative_applies_members_review_and_an_administrator_decides() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut ana = app.signed_in("ana@greenbuy.eu", "Ana Lima").await;
    let mut bob = app.signed_in("bob@procedin.eu", "Bob").await;
    let mut carla = app.signed_in("carla@elsewhere.eu", "Carla").await;
    member_with_editor(&mut admin, "PROCEDIN", "bob@procedin.eu").await;

    // Without an account: the page says how to apply; posting asks to sign in.
    let mut visitor = app.browser();
    visitor.get("/join").await.assert_contains("/sign-in?next=/join");
    assert_eq!(visitor.post_form("/join", APPLICATION).await.status, StatusCode::SEE_OTHER);

    // Every missing field is named next to it; an existing member's acronym is refused.
    let r = ana.post_form("/join", &[("acronym", "<x>"), ("programme", "NOPE")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["acronym", "name", "summary", "programme", "motivation", "contribution", "contact_name", "contact_email"]
    {
        r.assert_contains(&format!("f-{f}-error"));
    }
    let mut taken = APPLICATION.to_vec();
    taken[0] = ("acronym", "procedin");
    ana.post_form("/join", &taken).await.assert_contains("is already the acronym of a member initiative");

    let r = ana.post_form("/join", APPLICATION).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = r.location();
    let id: i64 = page.rsplit('/').next().unwrap().parse().unwrap();
    ana.get(&page).await.assert_contains("Submitted");
    app.run_jobs().await;
    assert!(
        app.mails_to("ana@greenbuy.eu")
            .await
            .iter()
            .any(|m| m.subject.contains("received the application of GreenBuy"))
    );
    assert!(app.mails_to("team@test.example").await.iter().any(|m| m.subject.contains("GreenBuy")));
    // The same initiative cannot apply twice at once.
    let mut dave = app.signed_in("dave@greenbuy.eu", "Dave").await;
    dave.post_form("/join", APPLICATION).await.assert_contains("has already applied");

    // Someone who is neither the applicant nor a member's editor does not see it.
    assert_eq!(carla.get(&page).await.status, StatusCode::NOT_FOUND);
    assert_eq!(carla.post_form(&format!("{page}/notes"), &[("body", "hi")]).await.status, StatusCode::NOT_FOUND);
    assert!(!carla.get("/applications").await.body.contains("GreenBuy"));

    // A member's editor comments (it goes in review, the applicant is told) and endorses.
    bob.get("/applications").await.assert_contains("GreenBuy");
    let r = bob.post_form(&format!("{page}/notes"), &[("body", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-body-error");
    let r = bob.post_form(&format!("{page}/notes"), &[("body", "Strong network, <b>private</b> remark.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = bob.post_form(&format!("{page}/notes"), &[("body", ""), ("endorse", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let seen = bob.get(&page).await;
    seen.assert_contains("&#60;b&#62;private&#60;/b&#62; remark");
    seen.assert_contains("One member endorses it.");
    app.run_jobs().await;
    assert!(app.mails_to("ana@greenbuy.eu").await.iter().any(|m| m.subject.contains("is in review")));
    // Endorsing twice counts once.
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let r = bob_api.send(Method::POST, &format!("/api/v1/applications/{id}/notes"), json!({"endorse": true})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["field"], "endorse");
    // The applicant follows the status but not the members' discussion; they cannot decide.
    let mine = ana.get(&page).await;
    mine.assert_contains("In review");
    assert!(!mine.body.contains("private"));
    assert_eq!(
        ana.post_form(&format!("{page}/decision"), &[("decision", "accept"), ("reason", "me")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        bob.post_form(&format!("{page}/decision"), &[("decision", "accept"), ("reason", "x")]).await.status,
        StatusCode::FORBIDDEN
    );

    // The administrator decides, always with a reason.
    let r = admin.post_form(&format!("{page}/decision"), &[("decision", "accept"), ("reason", " ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-reason-error");
    let r = admin
        .post_form(
            &format!("{page}/decision"),
            &[("decision", "accept"), ("reason", "Welcome, your cities will help.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let done = ana.get(&page).await;
    done.assert_contains("Accepted");
    done.assert_contains("Welcome, your cities will help.");
    let api = Api::new(&app, None);
    let list = api.get("/api/v1/initiatives").await.json();
    let green = list.as_array().unwrap().iter().find(|i| i["acronym"] == "GreenBuy").expect("a member now").clone();
    assert_eq!(green["membership"], "member");
    assert_eq!(green["website"], "https://greenbuy.eu");
    let ini = green["id"].as_i64().unwrap();
    // The applicant edits its page.
    assert_eq!(ana.get(&format!("/initiatives/{ini}/edit")).await.status, StatusCode::OK);
    app.run_jobs().await;
    let welcome = app.mails_to("ana@greenbuy.eu").await.into_iter().find(|m| m.subject.contains("Welcome")).unwrap();
    assert!(welcome.text.contains("Welcome, your cities will help.") && welcome.text.contains("/edit"));
    // Decided once: a second decision is refused, nothing changes.
    let r = admin.post_form(&format!("{page}/decision"), &[("decision", "decline"), ("reason", "Oops")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    ana.get(&page).await.assert_contains("Accepted");
    let audit = admin.get("/admin/audit").await;
    audit.assert_contains("Application accepted");
}

#[tokio::test]
async fn the_api_applies_declines_and_withdraws_and_two_decisions_make_one() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut ana = app.signed_in("ana@greenbuy.eu", "Ana Lima").await;
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "a").await));
    let admin_api = Api::new(&app, Some(&token_for(&mut admin, "adm").await));
    let body = |acronym: &str| {
        json!({"acronym": acronym, "name": "Network", "summary": "Cities.", "contact_name": "Ana",
               "contact_email": "ana@greenbuy.eu", "motivation": "Learn.", "contribution": "Cities."})
    };

    let r = ana_api.send(Method::POST, "/api/v1/applications", json!({"acronym": "X"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.content_type(), "application/problem+json");
    let r = ana_api.send(Method::POST, "/api/v1/applications", body("ONE")).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let one = r.json();
    assert_eq!(one["status"], "submitted");
    assert!(one.get("notes").is_none(), "the applicant does not read members' notes");

    // Declined with a reason the applicant reads.
    let r = admin_api
        .send(Method::POST, &format!("/api/v1/applications/{}/decision", one["id"]), json!({"decision": "decline"}))
        .await;
    assert_eq!(r.json()["errors"][0]["field"], "reason");
    let r = admin_api
        .send(
            Method::POST,
            &format!("/api/v1/applications/{}/decision", one["id"]),
            json!({"decision": "decline", "reason": "Not EU-funded."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let seen = ana_api.get(&format!("/api/v1/applications/{}", one["id"])).await.json();
    assert_eq!((seen["status"].as_str(), seen["reason"].as_str()), (Some("declined"), Some("Not EU-funded.")));

    // Withdrawn by the applicant, and only while open.
    let two = ana_api.send(Method::POST, "/api/v1/applications", body("TWO")).await.json();
    let r = ana_api.send(Method::POST, &format!("/api/v1/applications/{}/withdraw", two["id"]), json!({})).await;
    assert_eq!(r.json()["status"], "withdrawn");
    let r = ana_api.send(Method::POST, &format!("/api/v1/applications/{}/withdraw", two["id"]), json!({})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);

    // Two administrators decide the same application at the same instant: one decision
    // lands, the other is told it came too late, and one initiative exists.
    let three = ana_api.send(Method::POST, "/api/v1/applications", body("THREE")).await.json();
    let path = format!("/api/v1/applications/{}/decision", three["id"]);
    let (a, b) = tokio::join!(
        admin_api.send(Method::POST, &path, json!({"decision": "accept", "reason": "Yes"})),
        admin_api.send(Method::POST, &path, json!({"decision": "decline", "reason": "No"})),
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::CONFLICT], "{} / {}", a.body, b.body);
    let members = Api::new(&app, None).get("/api/v1/initiatives?q=three").await.json();
    let expected = usize::from(a.status == StatusCode::OK);
    assert_eq!(members.as_array().unwrap().len(), expected);

    // At most three open applications per person.
    for acr in ["FOUR", "FIVE", "SIX"] {
        ana_api.send(Method::POST, "/api/v1/applications", body(acr)).await;
    }
    let r = ana_api.send(Method::POST, "/api/v1/applications", body("SEVEN")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("too-many-applications"), "{}", r.body);
    let mine = ana_api.get("/api/v1/applications").await.json();
    assert_eq!(mine.as_array().unwrap().len(), 6);
}
