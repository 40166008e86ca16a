use crate::harness::{Api, TestApp, approved_org, token_for};
use reqwest::StatusCode;

#[tokio::test]
async fn an_organisation_is_public_only_after_approval() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    let r = owner.get("/organisations/new").await;
    assert_eq!(r.status, StatusCode::OK);
    let r = owner
        .post_form(
            "/organisations",
            &[
                ("name", "City of Gent"),
                ("kind", "public-authority"),
                ("country", "BE"),
                ("nuts", "BE234"),
                ("sectors", "gen-pub"),
                ("sectors", "urttb"),
                ("website", "https://stad.gent"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let path = r.location();
    let r = owner.get(&path).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Waiting for review");
    r.assert_contains("its owners get an e-mail with the decision");
    r.assert_contains("Urban railway, tramway, trolleybus or bus services");

    let mut visitor = app.browser();
    assert_eq!(visitor.get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(!visitor.get("/organisations").await.body.contains("City of Gent"));

    let pending = admin.get("/admin/organisations").await;
    pending.assert_contains("City of Gent");
    let id = path.rsplit('/').next().unwrap();
    let r = admin.post_form(&format!("/admin/organisations/{id}/approve"), &[("note", "Welcome!")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = visitor.get("/organisations?country=BE&sector=urttb").await;
    r.assert_contains("City of Gent");
    r.assert_contains("One organisation found");
    assert!(!visitor.get("/organisations?country=DE").await.body.contains("City of Gent"));
    assert_eq!(visitor.get(&path).await.status, StatusCode::OK);
    let mail = app.mails_to("ana@city.example").await.pop().unwrap();
    assert!(mail.subject.contains("City of Gent is now listed"), "{}", mail.subject);
    assert!(mail.text.contains("Welcome!"));
}

#[tokio::test]
async fn organisation_form_reports_every_bad_field() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@city.example", "Ana").await;
    let r = owner
        .post_form(
            "/organisations",
            &[("name", ""), ("kind", "company"), ("country", "CH"), ("sectors", "mining"), ("website", "gent")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in ["f-name-error", "f-size_class-error", "f-country-error", "f-sectors-error", "f-website-error"] {
        r.assert_contains(&format!("id=\"{id}\""));
    }
    r.assert_contains("Choose a member state of the European Union.");
    r.assert_contains(r#"value="gent""#);
    let r =
        owner.post_form("/organisations", &[("name", "X"), ("kind", "ngo"), ("country", "FR"), ("nuts", "DE21")]).await;
    r.assert_contains("This region is not in the chosen country.");
    let orgs = app.db.organisations(&Default::default(), &Default::default(), 10).await.unwrap().items.clone();
    assert!(orgs.is_empty());
}

#[tokio::test]
async fn guessing_an_id_does_not_let_anyone_edit() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut owner, &mut admin, "City of Gent").await;
    let mut mallory = app.signed_in("mallory@evil.example", "Mallory").await;
    assert_eq!(mallory.get(&format!("/organisations/{id}/edit")).await.status, StatusCode::FORBIDDEN);
    let r = mallory
        .post_form(&format!("/organisations/{id}/edit"), &[("name", "Hacked"), ("kind", "other"), ("country", "BE")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mallory_id = app.user_id("mallory@evil.example").await;
    let r = mallory.post_form(&format!("/organisations/{id}/members/{mallory_id}"), &[("role", "owner")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(mallory.get(&format!("/organisations/{id}/members")).await.status, StatusCode::FORBIDDEN);

    let token = token_for(&mut mallory, "script").await;
    let api = Api::new(&app, Some(&token));
    let r = api
        .send(
            reqwest::Method::PUT,
            &format!("/api/v1/organisations/{id}"),
            serde_json::json!({"name": "Hacked", "kind": "other", "country": "BE"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.content_type(), "application/problem+json");
    // A pending organisation of someone else does not even exist for Mallory.
    owner.post_form("/organisations", &[("name", "Draft"), ("kind", "ngo"), ("country", "BE")]).await;
    let pending = store::organisations::OrgFilter {
        status: Some(domain::organisations::ReviewStatus::Pending),
        ..Default::default()
    };
    let orgs = app.db.organisations(&pending, &Default::default(), 10).await.unwrap().items.clone();
    let draft = orgs[0].id.0;
    assert_eq!(api.get(&format!("/api/v1/organisations/{draft}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.db.organisation(domain::OrganisationId(id)).await.unwrap().name, "City of Gent");
}

#[tokio::test]
async fn owners_accept_members_and_give_roles() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut owner, &mut admin, "City of Gent").await;
    let mut bob = app.signed_in("bob@city.example", "Bob").await;
    let r = bob.get(&format!("/organisations/{id}")).await;
    r.assert_contains("Ask to join");
    let r = bob.post_form(&format!("/organisations/{id}/join"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = bob.post_form(&format!("/organisations/{id}/join"), &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "asking twice");
    let mail = app.mails_to("ana@city.example").await.pop().unwrap();
    assert!(mail.subject.contains("Request to join City of Gent"), "{}", mail.subject);

    let bob_id = app.user_id("bob@city.example").await;
    let ana_id = app.user_id("ana@city.example").await;
    let r = owner.get(&format!("/organisations/{id}/members")).await;
    r.assert_contains("Asked to join (no role yet)");
    let r = owner.post_form(&format!("/organisations/{id}/members/{bob_id}"), &[("role", "editor")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.mails_to("bob@city.example").await.pop().unwrap().subject.contains("Welcome to City of Gent"));

    // Bob edits the profile, but cannot manage members.
    let r = bob
        .post_form(
            &format!("/organisations/{id}/edit"),
            &[("name", "Stad Gent"), ("kind", "public-authority"), ("country", "BE")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = bob.post_form(&format!("/organisations/{id}/members/{bob_id}"), &[("role", "owner")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // The last owner cannot step down.
    let r = owner.post_form(&format!("/organisations/{id}/members/{ana_id}"), &[("role", "member")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    r.assert_contains("needs at least one owner. Make another member owner first");
    let r = owner.post_form(&format!("/organisations/{id}/members/{bob_id}"), &[("role", "owner")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = owner.post_form(&format!("/organisations/{id}/members/{ana_id}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "with a second owner Ana may leave");
    let members = app.db.members(domain::OrganisationId(id)).await.unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].name, "Bob");

    let entries = app.db.audit_entries(&Default::default(), &Default::default(), 50).await.unwrap().items.clone();
    let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
    for a in
        ["member.accepted", "member.role-changed", "member.removed", "organisation.updated", "organisation.approved"]
    {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
}

#[tokio::test]
async fn user_supplied_text_is_escaped() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@city.example", "<b>Ana</b>").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut owner, &mut admin, "<script>alert(1)</script>").await;
    let r = owner.get(&format!("/organisations/{id}")).await;
    assert!(!r.body.contains("<script>alert(1)</script>"));
    r.assert_contains("script&#62;alert(1)");
    assert!(!owner.get("/account").await.body.contains("<b>Ana</b>"));
}

/// A namesake in the same country is announced before a second one is made; the person
/// can say it is another organisation. On the page and in the API.
#[tokio::test]
async fn a_namesake_in_the_country_is_announced_first() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let gent = [("name", "Stad Gent"), ("kind", "public-authority"), ("country", "BE")];
    assert_eq!(ana.post_form("/organisations", &gent).await.status, StatusCode::SEE_OTHER);
    let mut bob = app.signed_in("bob@city.example", "Bob").await;
    let same = [("name", "STAD  GENT"), ("kind", "public-authority"), ("country", "BE")];
    let r = bob.post_form("/organisations", &same).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("“Stad Gent” is already on the hub in this country");
    r.assert_contains(r#"name="confirm_duplicate" value="yes""#);
    let mut confirmed = same.to_vec();
    confirmed.push(("confirm_duplicate", "yes"));
    assert_eq!(bob.post_form("/organisations", &confirmed).await.status, StatusCode::SEE_OTHER);
    // Another country: no warning.
    let nl = [("name", "Stad Gent"), ("kind", "ngo"), ("country", "NL")];
    assert_eq!(bob.post_form("/organisations", &nl).await.status, StatusCode::SEE_OTHER);
    let token = token_for(&mut bob, "cli").await;
    let api = Api::new(&app, Some(&token));
    let body = serde_json::json!({"name": "Stad Gent", "kind": "ngo", "country": "BE"});
    let r = api.send(reqwest::Method::POST, "/api/v1/organisations", body).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["code"], "duplicate-name");
    let body = serde_json::json!({"name": "Stad Gent", "kind": "ngo", "country": "BE", "confirm_duplicate": true});
    assert_eq!(api.send(reqwest::Method::POST, "/api/v1/organisations", body).await.status, StatusCode::CREATED);
}

/// Sectors and countries are listed in the reader's alphabetical order; the size field
/// states the EU SME thresholds.
#[tokio::test]
async fn choices_sort_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    for lang in ["fr", "de", "en"] {
        ana.post_form("/language", &[("lang", lang), ("next", "/")]).await;
        let r = ana.get("/organisations/new").await;
        let labels: Vec<String> = r
            .body
            .split(r#"<label for="f-sectors-"#)
            .skip(1)
            .map(|s| s.split_once("\">").unwrap().1.split("</label>").next().unwrap().to_owned())
            .collect();
        assert!(labels.len() > 10, "{lang}");
        let mut sorted = labels.clone();
        sorted.sort_by_key(|l| domain::text::fold(l));
        assert_eq!(labels, sorted, "{lang}");
        r.assert_contains("2003/361");
    }
}

/// A join request carries a message and says who asks; the requester can withdraw it;
/// a declined requester is told, and the log says what happened.
#[tokio::test]
async fn join_requests_as_people_make_them() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut owner, &mut admin, "City of Gent").await;
    let mut bob = app.signed_in("bob@supplier.example", "Bob Builder").await;
    let r =
        bob.post_form(&format!("/organisations/{id}/join"), &[("message", "I run procurement for the port.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mail = app.mails_to("ana@city.example").await.pop().unwrap();
    assert!(mail.text.contains("Bob Builder (bob@supplier.example)"), "{}", mail.text);
    assert!(mail.text.contains("I run procurement for the port."), "{}", mail.text);
    // Withdrawn by Bob.
    let r = bob.post_form(&format!("/organisations/{id}/join/withdraw"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.db.members(domain::OrganisationId(id)).await.unwrap().iter().all(|m| m.name != "Bob Builder"));
    // Asked again through the API, then declined by the owner.
    let token = token_for(&mut bob, "cli").await;
    let api = Api::new(&app, Some(&token));
    let r = api
        .send(
            reqwest::Method::POST,
            &format!("/api/v1/organisations/{id}/join"),
            serde_json::json!({"message": "Again"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::ACCEPTED);
    let bob_id = app.user_id("bob@supplier.example").await;
    let r = owner.post_form(&format!("/organisations/{id}/members/{bob_id}/remove"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let told = app.mails_to("bob@supplier.example").await.pop().unwrap();
    assert!(told.subject.contains("Your request to join City of Gent"), "{}", told.subject);
    let r = api.send(reqwest::Method::DELETE, &format!("/api/v1/organisations/{id}/join"), serde_json::json!({})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "nothing left to withdraw");
    let actions = audit_actions(&app).await;
    assert!(actions.contains(&"member.request-withdrawn".to_owned()));
    assert!(actions.contains(&"member.request-declined".to_owned()));
    assert!(!actions.contains(&"member.removed".to_owned()), "{actions:?}");
    admin.get("/admin/audit").await.assert_contains("Join request declined");
}

/// Destructive buttons lead to a page that says what will happen, with one button that
/// does it and a way back; "Reject" is offered on pending items only.
#[tokio::test]
async fn destructive_actions_ask_first() {
    let app = TestApp::spawn().await;
    let mut owner = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut owner, &mut admin, "City of Gent").await;
    let mut bob = app.signed_in("bob@supplier.example", "Bob Builder").await;
    bob.post_form(&format!("/organisations/{id}/join"), &[]).await;
    let bob_id = app.user_id("bob@supplier.example").await;
    let r = owner.get(&format!("/organisations/{id}/members")).await;
    r.assert_contains(&format!(r#"href="/organisations/{id}/members/{bob_id}/remove""#));
    let r = owner.get(&format!("/organisations/{id}/members/{bob_id}/remove")).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("Decline the request of Bob Builder?");
    r.assert_contains(&format!(r#"action="/organisations/{id}/members/{bob_id}/remove""#));
    assert_eq!(app.db.members(domain::OrganisationId(id)).await.unwrap().len(), 2, "asking removes nobody");
    // Someone who may not manage members cannot even see the question.
    let r = bob.get(&format!("/organisations/{id}/members/{}/remove", app.user_id("ana@city.example").await)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = bob.get(&format!("/organisations/{id}/members/{bob_id}/remove")).await;
    r.assert_contains("Leave City of Gent?");

    let r = admin.get("/admin/organisations?status=approved").await;
    assert!(!r.body.contains("/reject"), "no Reject on the approved list");
    app.signed_in("cem@city.example", "Cem").await;
    let cem = app.user_id("cem@city.example").await;
    let r = admin.get("/admin/users").await;
    r.assert_contains(&format!(r#"href="/admin/users/{cem}/reject""#));
    let r = admin.get(&format!("/admin/users/{cem}/reject")).await;
    r.assert_contains("Reject Cem?");
    r.assert_contains(r#"name="note""#);
    assert_eq!(admin.get(&format!("/admin/users/{cem}/approve")).await.status, StatusCode::NOT_FOUND);
}

/// Owners withdraw a pending organisation or delete an approved one (asked first, logged,
/// members told); a rejected one, corrected, goes back to the queue.
#[tokio::test]
async fn owners_withdraw_delete_and_resubmit() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    // Withdrawn while pending.
    let r = ana.post_form("/organisations", &[("name", "Draft Org"), ("kind", "ngo"), ("country", "BE")]).await;
    let draft = r.location();
    ana.get(&draft).await.assert_contains("Withdraw the organisation");
    ana.get(&format!("{draft}/delete")).await.assert_contains("Withdraw Draft Org?");
    assert_eq!(ana.post_form(&format!("{draft}/delete"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(ana.get(&draft).await.status, StatusCode::NOT_FOUND);
    // Approved, with a member, then deleted through the API: the member is told.
    let id = approved_org(&mut ana, &mut admin, "City of Gent").await;
    let mut bob = app.signed_in("bob@city.example", "Bob").await;
    bob.post_form(&format!("/organisations/{id}/join"), &[]).await;
    let bob_id = app.user_id("bob@city.example").await;
    ana.post_form(&format!("/organisations/{id}/members/{bob_id}"), &[("role", "member")]).await;
    assert_eq!(bob.get(&format!("/organisations/{id}/delete")).await.status, StatusCode::FORBIDDEN);
    let bob_token = token_for(&mut bob, "cli").await;
    let r = Api::new(&app, Some(&bob_token))
        .send(reqwest::Method::DELETE, &format!("/api/v1/organisations/{id}"), serde_json::json!({}))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "a member cannot delete");
    let token = token_for(&mut ana, "cli").await;
    let r = Api::new(&app, Some(&token))
        .send(reqwest::Method::DELETE, &format!("/api/v1/organisations/{id}"), serde_json::json!({}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    assert!(app.mails_to("bob@city.example").await.pop().unwrap().subject.contains("City of Gent was deleted"));
    let actions = audit_actions(&app).await;
    assert_eq!(actions.iter().filter(|a| *a == "organisation.deleted").count(), 2);
    // Rejected, corrected, back in the queue.
    let r = ana.post_form("/organisations", &[("name", "Typo Org"), ("kind", "ngo"), ("country", "BE")]).await;
    let typo = r.location();
    let typo_id: i64 = typo.rsplit('/').next().unwrap().parse().unwrap();
    admin.post_form(&format!("/admin/organisations/{typo_id}/reject"), &[("back", "pending"), ("note", "Name?")]).await;
    ana.get(&typo).await.assert_contains("Correct its profile and save it to submit it again.");
    let r = ana.post_form(&format!("{typo}/edit"), &[("name", "Fixed Org"), ("kind", "ngo"), ("country", "BE")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    admin.get("/admin/organisations").await.assert_contains("Fixed Org");
}

/// Once the country is known, the region is chosen from that country's NUTS list; the
/// audit log links to the organisations it names.
#[tokio::test]
async fn regions_come_from_the_countrys_list_and_the_log_links_its_subjects() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut ana, &mut admin, "City of Gent").await;
    let r = ana.get(&format!("/organisations/{id}/edit")).await;
    r.assert_contains(r#"<select id="f-nuts" name="nuts""#);
    r.assert_contains(r#"value="BE234""#);
    assert!(!r.body.contains(r#"value="DE21""#), "only the country's regions");
    // Sent back with an error, the chosen country's list is there too.
    let r = ana.post_form("/organisations", &[("name", ""), ("kind", "ngo"), ("country", "DE")]).await;
    r.assert_contains(r#"value="DE21""#);
    admin.get("/admin/audit").await.assert_contains(&format!(r#"<a href="/organisations/{id}">City of Gent</a>"#));
}

/// The actions of the latest audit entries, newest first.
async fn audit_actions(app: &TestApp) -> Vec<String> {
    let entries = app.db.audit_entries(&Default::default(), &Default::default(), 50).await.unwrap().items;
    entries.iter().map(|e| e.action.clone()).collect()
}

/// Someone who only asked to join is shown as asking, never with a member role.
#[tokio::test]
async fn a_request_is_not_a_role() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let mut admin = app.admin().await;
    let id = approved_org(&mut ana, &mut admin, "City of Gent").await;
    let mut bob = app.signed_in("bob@city.example", "Bob").await;
    bob.post_form(&format!("/organisations/{id}/join"), &[]).await;
    let r = ana.get(&format!("/organisations/{id}/members")).await;
    let row = r.body.split("bob@city.example").nth(1).unwrap().split("</tr>").next().unwrap().to_owned();
    assert!(row.contains(r#"data-label="Role">Asked to join (no role yet)</td>"#), "{row}");
    let token = token_for(&mut ana, "cli").await;
    let members = Api::new(&app, Some(&token)).get(&format!("/api/v1/organisations/{id}/members")).await.json();
    let bob_row = members.as_array().unwrap().iter().find(|m| m["name"] == "Bob").unwrap().clone();
    assert_eq!(bob_row["status"], "requested");
    assert_eq!(bob_row["role"], serde_json::Value::Null);
}

#[tokio::test]
async fn companies_say_what_they_sell_in_cpv_divisions_and_groups() {
    let app = TestApp::spawn().await;
    let mut founder = app.signed_in("lea@medisoft.example", "Léa").await;
    let mut admin = app.admin().await;
    let form = founder.get("/organisations/new").await;
    form.assert_contains("What it sells (CPV)");
    form.assert_contains("Software programming and consultancy services (72200000)");
    let fields = [
        ("name", "MediSoft SAS"),
        ("kind", "company"),
        ("size_class", "micro"),
        ("country", "FR"),
        ("cpv", "72200000-7"),
        ("cpv", "48000000-8"),
    ];
    let r = founder.post_form("/organisations", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    // A made-up code is refused next to the field, and what was chosen stays chosen.
    let mut bad = fields.to_vec();
    bad[0].1 = "MediSoft Two";
    bad.push(("cpv", "99999999-9"));
    let r = founder.post_form("/organisations", &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-cpv-error");
    r.assert_contains("value=\"72200000-7\" checked");
    admin.post_form(&format!("/admin/organisations/{id}/approve"), &[]).await;

    // Readers see the labels in their language; buyers filter the directory by division.
    let mut reader = app.browser();
    let page = reader.get(&format!("/organisations/{id}")).await;
    page.assert_contains("Software programming and consultancy services (72200000)");
    let r = reader.get("/organisations?cpv=72").await;
    r.assert_contains("MediSoft SAS");
    assert!(!reader.get("/organisations?cpv=45").await.body.contains("MediSoft SAS"));
    assert!(reader.get("/organisations?cpv=48000000-8").await.body.contains("MediSoft SAS"));
    assert_eq!(reader.get("/organisations?cpv=7").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    reader.post_form("/language", &[("lang", "fr")]).await;
    reader
        .get(&format!("/organisations/{id}"))
        .await
        .assert_contains("Services de programmation et de conseil en logiciels");

    // The API reads and writes the same codes.
    let api = Api::new(&app, Some(&token_for(&mut founder, "cli").await));
    let org = api.get(&format!("/api/v1/organisations/{id}")).await.json();
    assert_eq!(org["cpv"], serde_json::json!(["48000000-8", "72200000-7"]));
    let list = api.get("/api/v1/organisations?cpv=72").await.json();
    assert_eq!(list["total"], 1);
    let body = serde_json::json!({"name": "MediSoft SAS", "kind": "company", "size_class": "micro", "country": "FR", "cpv": ["33100000"]});
    let r = api.send(reqwest::Method::PUT, &format!("/api/v1/organisations/{id}"), body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["cpv"], serde_json::json!(["33100000-1"]));
}

#[tokio::test]
async fn the_regions_of_a_country_for_the_form_and_the_api() {
    let app = TestApp::spawn().await;
    let api = Api::new(&app, None);
    let r = api.get("/api/v1/regions?country=DE").await;
    assert_eq!(r.status, StatusCode::OK);
    let regions = r.json();
    let codes: Vec<&str> = regions.as_array().unwrap().iter().map(|g| g["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"DE21") && codes.contains(&"DE212"));
    assert!(codes.iter().all(|c| c.starts_with("DE")));
    assert_eq!(regions[0]["level"], 1);
    for bad in ["/api/v1/regions", "/api/v1/regions?country=CH", "/api/v1/regions?country=%00"] {
        let r = api.get(bad).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_eq!(r.json()["errors"][0]["field"], "country");
    }
    // The form's region field carries what its script needs (the list follows the country).
    let mut b = app.signed_in("ana@gent.example", "Ana").await;
    b.get("/organisations/new").await.assert_contains("data-search=\"Search regions\"");
}
