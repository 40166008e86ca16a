//! Working groups: open and closed membership, leaders, threads and replies in Markdown,
//! e-mail to followers through the job queue, and a closed group's discussions kept from
//! everyone outside it on every page and API route.

use crate::harness::{Api, Browser, PASSWORD, TestApp, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn group(b: &mut Browser, name: &str, membership: &str) -> i64 {
    let r = b
        .post_form(
            "/groups",
            &[
                ("name", name),
                ("summary", "Buyers who share."),
                ("membership", membership),
                ("roadmap", "- Q1: *meet*"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

async fn thread(b: &mut Browser, g: i64, title: &str, body: &str) -> i64 {
    let r = b.post_form(&format!("/groups/{g}/threads"), &[("title", title), ("body", body)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().rsplit('/').next().unwrap().parse().unwrap()
}

#[tokio::test]
async fn members_discuss_in_an_open_group_and_followers_are_mailed() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut carla = app.signed_in("carla@city.example", "Carla").await;
    let mut bob = app.signed_in("bob@hospital.example", "Bob").await;
    let mut erin = app.signed_in("erin@quiet.example", "Erin").await;

    // Only administrators and editors of member initiatives start groups.
    assert_eq!(carla.get("/groups/new").await.status, StatusCode::FORBIDDEN);
    let r = admin.post_form("/groups", &[("name", " "), ("membership", "secret")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for f in ["name", "summary", "membership"] {
        r.assert_contains(&format!("f-{f}-error"));
    }
    let g = group(&mut admin, "Health procurers", "open").await;
    admin
        .post_form("/groups", &[("name", "health PROCURERS"), ("summary", "x")])
        .await
        .assert_contains("already called");
    let page = app.browser().get(&format!("/groups/{g}")).await;
    page.assert_contains("<em>meet</em>");

    // Anyone signed in joins an open group; only members post.
    assert_eq!(
        carla.post_form(&format!("/groups/{g}/threads"), &[("title", "t"), ("body", "b")]).await.status,
        StatusCode::FORBIDDEN
    );
    for b in [&mut carla, &mut bob, &mut erin] {
        assert_eq!(b.post_form(&format!("/groups/{g}/join"), &[]).await.status, StatusCode::SEE_OTHER);
    }
    // Erin wants no e-mail from the group.
    assert_eq!(erin.post_form(&format!("/groups/{g}/mail"), &[("mail", "none")]).await.status, StatusCode::SEE_OTHER);
    let r = carla.post_form(&format!("/groups/{g}/threads"), &[("title", ""), ("body", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-title-error");
    let t = thread(&mut carla, g, "Market consultation for MRI", "How do you **ask** the market?").await;
    app.run_jobs().await;
    // Members who chose e-mail hear of the new thread (not its author, not Erin).
    assert!(
        app.mails_to("bob@hospital.example")
            .await
            .iter()
            .any(|m| m.subject == "[Health procurers] Market consultation for MRI")
    );
    assert!(app.mails_to("carla@city.example").await.iter().all(|m| !m.subject.contains("MRI")));
    assert!(app.mails_to("erin@quiet.example").await.iter().all(|m| !m.subject.contains("MRI")));

    // A reply: Markdown made safe; the thread's followers (its author) are mailed.
    let r = bob
        .post_form(
            &format!("/groups/{g}/threads/{t}/replies"),
            &[(
                "body",
                "We ran an *open* day. <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
            )],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let seen = app.browser().get(&format!("/groups/{g}/threads/{t}")).await;
    seen.assert_contains("<em>open</em>");
    assert!(
        !seen.body.contains("<script>alert") && !seen.body.contains("javascript:") && !seen.body.contains("onerror")
    );
    app.run_jobs().await;
    let to_carla: Vec<_> = app
        .mails_to("carla@city.example")
        .await
        .into_iter()
        .filter(|m| m.subject.starts_with("Re: [Health procurers]"))
        .collect();
    assert_eq!(to_carla.len(), 1);
    assert!(to_carla[0].text.contains(&format!("/groups/{g}/threads/{t}")));
    assert!(app.mails_to("bob@hospital.example").await.iter().all(|m| !m.subject.starts_with("Re:")));

    // Carla stops following: the next reply does not reach her.
    assert_eq!(carla.post_form(&format!("/groups/{g}/threads/{t}/unfollow"), &[]).await.status, StatusCode::SEE_OTHER);
    let api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let r = api
        .send(Method::POST, &format!("/api/v1/groups/{g}/threads/{t}/replies"), json!({"body": "Also a fair."}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let r = api.send(Method::POST, &format!("/api/v1/groups/{g}/threads/{t}/replies"), json!({"body": " "})).await;
    assert_eq!(r.json()["errors"][0]["field"], "body");
    app.run_jobs().await;
    let re = app.mails_to("carla@city.example").await.into_iter().filter(|m| m.subject.starts_with("Re:")).count();
    assert_eq!(re, 1);

    // An erased account's posts stay, signed "former member".
    assert_eq!(bob.post_form("/account/delete", &[("password", PASSWORD)]).await.status, StatusCode::SEE_OTHER);
    let seen = app.browser().get(&format!("/groups/{g}/threads/{t}")).await;
    seen.assert_contains("former member");
    seen.assert_contains("Also a fair.");
    let json = Api::new(&app, None).get(&format!("/api/v1/groups/{g}/threads/{t}")).await.json();
    assert_eq!(json["posts"].as_array().unwrap().len(), 3);
    assert_eq!(json["posts"][1]["author"], "former member");
}

#[tokio::test]
async fn a_closed_groups_discussions_stay_inside_it() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut lena = app.signed_in("lena@lead.example", "Lena").await;
    let mut dave = app.signed_in("dave@outside.example", "Dave").await;
    let g = group(&mut admin, "Circular construction", "closed").await;
    // The administrator names Lena leader (through the API), then Lena runs the group.
    let admin_api = Api::new(&app, Some(&token_for(&mut admin, "a").await));
    let lena_api = Api::new(&app, Some(&token_for(&mut lena, "l").await));
    let r = lena_api.send(Method::POST, &format!("/api/v1/groups/{g}/membership"), json!({})).await;
    assert_eq!(r.json()["status"], "requested");
    let lena_id = app.user_id("lena@lead.example").await;
    let r = admin_api
        .send(Method::PUT, &format!("/api/v1/groups/{g}/members/{lena_id}"), json!({"action": "accept"}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = admin_api
        .send(Method::PUT, &format!("/api/v1/groups/{g}/members/{lena_id}"), json!({"action": "leader"}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let t = thread(&mut lena, g, "Secret tender strategy", "Only for members.").await;

    // Outside: the group's page says it is closed; its discussions exist nowhere.
    let mut visitor = app.browser();
    for b in [&mut visitor, &mut dave] {
        let page = b.get(&format!("/groups/{g}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("Secret tender"), "the thread list leaks");
        assert_eq!(b.get(&format!("/groups/{g}/threads/{t}")).await.status, StatusCode::NOT_FOUND);
    }
    let dave_api = Api::new(&app, Some(&token_for(&mut dave, "d").await));
    for api in [&dave_api, &Api::new(&app, None)] {
        assert_eq!(api.get(&format!("/api/v1/groups/{g}/threads")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(api.get(&format!("/api/v1/groups/{g}/threads/{t}")).await.status, StatusCode::NOT_FOUND);
    }
    // A thread id under another (open) group does not open it either.
    let open = group(&mut admin, "Open one", "open").await;
    assert_eq!(visitor.get(&format!("/groups/{open}/threads/{t}")).await.status, StatusCode::NOT_FOUND);
    let r =
        dave_api.send(Method::POST, &format!("/api/v1/groups/{g}/threads/{t}/replies"), json!({"body": "hi"})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r =
        dave_api.send(Method::POST, &format!("/api/v1/groups/{g}/threads"), json!({"title": "x", "body": "y"})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Dave asks to join: the leader is told and accepts; now he reads and replies.
    assert_eq!(dave.post_form(&format!("/groups/{g}/join"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(dave.get(&format!("/groups/{g}/threads/{t}")).await.status, StatusCode::NOT_FOUND);
    app.run_jobs().await;
    assert!(
        app.mails_to("lena@lead.example")
            .await
            .iter()
            .any(|m| m.subject.contains("asks to join Circular construction"))
    );
    let dave_id = app.user_id("dave@outside.example").await;
    assert_eq!(
        dave.post_form(&format!("/groups/{g}/members/{dave_id}/accept"), &[]).await.status,
        StatusCode::FORBIDDEN
    );
    lena.get(&format!("/groups/{g}/members")).await.assert_contains("Accept Dave");
    assert_eq!(
        lena.post_form(&format!("/groups/{g}/members/{dave_id}/accept"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    dave.get(&format!("/groups/{g}/threads/{t}")).await.assert_contains("Only for members.");
    assert_eq!(
        dave_api
            .send(Method::POST, &format!("/api/v1/groups/{g}/threads/{t}/replies"), json!({"body": "Thanks"}))
            .await
            .status,
        StatusCode::CREATED
    );
    // Removed, he is outside again.
    let r = lena_api.send(Method::DELETE, &format!("/api/v1/groups/{g}/members/{dave_id}"), json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(dave_api.get(&format!("/api/v1/groups/{g}/threads/{t}")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_group_always_keeps_a_leader() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let g = group(&mut admin, "Leaders", "open").await;
    let mut ana = app.signed_in("ana@x.example", "Ana").await;
    let mut ben = app.signed_in("ben@x.example", "Ben").await;
    for b in [&mut ana, &mut ben] {
        b.post_form(&format!("/groups/{g}/join"), &[]).await;
    }
    let admin_id = app.user_id("admin@hub.example").await;
    let (ana_id, ben_id) = (app.user_id("ana@x.example").await, app.user_id("ben@x.example").await);
    let admin_api = Api::new(&app, Some(&token_for(&mut admin, "a").await));
    for id in [ana_id, ben_id] {
        let r =
            admin_api.send(Method::PUT, &format!("/api/v1/groups/{g}/members/{id}"), json!({"action": "leader"})).await;
        assert_eq!(r.status, StatusCode::NO_CONTENT);
    }
    // The administrator who started it steps down as leader; Ana and Ben lead.
    let r = admin_api
        .send(Method::PUT, &format!("/api/v1/groups/{g}/members/{admin_id}"), json!({"action": "member"}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    // Ana and Ben each make the other a member at the same instant: one of them stays leader.
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "a").await));
    let ben_api = Api::new(&app, Some(&token_for(&mut ben, "b").await));
    let (to_ben, to_ana) =
        (format!("/api/v1/groups/{g}/members/{ben_id}"), format!("/api/v1/groups/{g}/members/{ana_id}"));
    let (a, b) = tokio::join!(
        ana_api.send(Method::PUT, &to_ben, json!({"action": "member"})),
        ben_api.send(Method::PUT, &to_ana, json!({"action": "member"})),
    );
    let ok = [a.status, b.status].iter().filter(|s| **s == StatusCode::NO_CONTENT).count();
    assert!(ok <= 1, "{} / {}", a.body, b.body);
    let members = admin_api.get(&format!("/api/v1/groups/{g}/members")).await.json();
    let leaders = members.as_array().unwrap().iter().filter(|m| m["role"] == "leader").count();
    assert_eq!(leaders, 1, "{members}");
    // The last leader cannot leave while others remain.
    let leader_api = if a.status == StatusCode::NO_CONTENT { &ana_api } else { &ben_api };
    let r = leader_api.send(Method::DELETE, &format!("/api/v1/groups/{g}/membership"), json!({})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(r.json()["errors"][0]["code"], "last-leader");
}
