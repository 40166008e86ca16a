//! Follows and the dashboard: a person follows initiatives, organisations, working groups
//! and topics, and sees their activity newest first; a closed group's activity stays with
//! its members.

use crate::harness::{Api, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn the_dashboard_shows_what_one_follows_newest_first() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let mut petra = app.signed_in("petra@muenchen.example", "Petra").await;
    let mut owner = app.signed_in("olga@org.example", "Olga").await;

    let r = admin
        .post_form(
            "/initiatives",
            &[("acronym", "PROCEDIN"), ("name", "Procurement of innovation"), ("summary", "Cities.")],
        )
        .await;
    let ini: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let org = approved_org(&mut owner, &mut admin, "Stadtwerke Beispiel").await;
    let open = |name: &'static str, membership: &'static str, topic: &'static str| {
        [("name", name), ("summary", "s"), ("membership", membership), ("topics", topic)]
    };
    let mut gid = Vec::new();
    for fields in [
        open("Health procurers", "open", "negotiation"),
        open("Closed circle", "closed", "pcp"),
        open("PCP lab", "open", "pcp"),
    ] {
        let r = admin.post_form("/groups", &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        gid.push(r.location().rsplit('/').next().unwrap().parse::<i64>().unwrap());
    }

    // The buttons are on the pages; following takes her back where she was.
    let page = petra.get(&format!("/initiatives/{ini}")).await;
    page.assert_contains(&format!("action=\"/follow/initiative/{ini}\""));
    let r = petra.post_form(&format!("/follow/initiative/{ini}"), &[("next", &format!("/initiatives/{ini}"))]).await;
    assert_eq!((r.status, r.location()), (StatusCode::SEE_OTHER, format!("/initiatives/{ini}")));
    petra.get(&format!("/initiatives/{ini}")).await.assert_contains("Stop following PROCEDIN");
    assert_eq!(petra.post_form(&format!("/follow/organisation/{org}"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(petra.post_form(&format!("/follow/group/{}", gid[0]), &[]).await.status, StatusCode::SEE_OTHER);
    // Following a closed group's page does not open its discussions.
    assert_eq!(petra.post_form(&format!("/follow/group/{}", gid[1]), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(petra.post_form("/dashboard/topics", &[("topics", "pcp")]).await.status, StatusCode::SEE_OTHER);
    // An open redirect is not a place to go back to.
    let r = petra.post_form(&format!("/follow/group/{}", gid[0]), &[("next", "https://evil.example/")]).await;
    assert!(!r.location().contains("evil"));

    // Things happen.
    let r = admin
        .post_form(
            &format!("/initiatives/{ini}/edit"),
            &[("acronym", "PROCEDIN"), ("name", "Procurement of innovation"), ("summary", "Cities, and now towns.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    for g in &gid {
        let t = [("title", "Hello from the group"), ("body", "First post.")];
        let r = admin.post_form(&format!("/groups/{g}/threads"), &t).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let r = admin.post_form(&format!("/groups/{}/threads", gid[1]), &[("title", "Secret plans"), ("body", "x")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = owner
        .post_form(
            &format!("/organisations/{org}/edit"),
            &[
                ("name", "Stadtwerke Beispiel"),
                ("kind", "public-authority"),
                ("country", "BE"),
                ("nuts", "BE10"),
                ("sectors", "health"),
                ("description", "We run the city's utilities."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let dash = petra.get("/dashboard").await;
    assert_eq!(dash.status, StatusCode::OK);
    dash.assert_contains("updated the page of");
    dash.assert_contains("Olga updated the profile of");
    assert!(!dash.body.contains("Secret plans"), "a closed group's activity leaks");
    let petra_api = Api::new(&app, Some(&token_for(&mut petra, "p").await));
    let items = petra_api.get("/api/v1/me/dashboard").await.json();
    let items = items.as_array().unwrap();
    // Newest first: the organisation's update came last.
    assert_eq!(items[0]["kind"], "organisation-updated");
    let links: Vec<&str> = items.iter().map(|i| i["link"].as_str().unwrap()).collect();
    assert!(links.iter().any(|l| l.starts_with(&format!("/groups/{}/threads/", gid[0]))), "the followed group");
    assert!(links.iter().any(|l| l.starts_with(&format!("/groups/{}/threads/", gid[2]))), "through the pcp topic");
    assert!(!links.iter().any(|l| l.starts_with(&format!("/groups/{}/", gid[1]))), "closed group: {links:?}");

    // The API checks what is followed.
    assert_eq!(
        petra_api.send(Method::PUT, "/api/v1/me/follows/topic/cooking", json!({})).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        petra_api.send(Method::PUT, "/api/v1/me/follows/person/1", json!({})).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        petra_api.send(Method::PUT, "/api/v1/me/follows/group/999999", json!({})).await.status,
        StatusCode::NOT_FOUND
    );
    let follows = petra_api.get("/api/v1/me/follows").await.json();
    assert_eq!(follows.as_array().unwrap().len(), 5, "{follows}");
    // Unfollowing takes the news away.
    let r = petra_api.send(Method::DELETE, &format!("/api/v1/me/follows/organisation/{org}"), json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(!petra.get("/dashboard").await.body.contains("updated the profile of"));
}
