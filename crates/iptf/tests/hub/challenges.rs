//! Challenges: public buyers publish unmet needs; states move forward with a public log;
//! other buyers say they share the need.

use crate::harness::{Api, Browser, TestApp, approved_org, token_for};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// An approved public buyer with `email` as its member, signed in; returns (browser, org id).
async fn buyer(app: &TestApp, admin: &mut Browser, email: &str, name: &str) -> (Browser, i64) {
    let mut b = app.signed_in(email, name).await;
    let id = approved_org(&mut b, admin, name).await;
    (b, id)
}

fn body(org: i64, extra: Value) -> Value {
    let mut b = json!({"organisation_id": org, "title": "Fewer falls in care homes",
        "problem": "Residents fall at night and are found late.",
        "outcomes": "Falls found within 5 minutes; 30 % fewer injuries in a year.",
        "sectors": ["health"], "cpv": ["33195100"], "budget_min": 200000, "budget_max": 500000,
        "interest_deadline": "2099-03-01", "trl_min": 6, "trl_max": 8, "route": "ppi", "country": "BE", "nuts": "BE21",
        "languages": ["ENG", "NLD"]});
    for (k, v) in extra.as_object().unwrap() {
        b[k] = v.clone();
    }
    b
}

#[tokio::test]
async fn buyers_publish_challenges_that_move_forward_in_a_public_log() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (mut gent, org) = buyer(&app, &mut admin, "buyer@gent.be", "Stad Gent").await;
    let api = Api::new(&app, Some(&token_for(&mut gent, "g").await));
    // Bad input, field by field.
    for (extra, field, code) in [
        (json!({"cpv": ["33195100-5"]}), "cpv", "invalid-cpv"),
        (json!({"trl_min": 0}), "trl_min", "invalid-trl"),
        (json!({"trl_max": 10}), "trl_max", "invalid-trl"),
        (json!({"budget_min": 900000}), "budget_max", "budget-min-above-max"),
        (json!({"interest_deadline": "2001-01-01"}), "interest_deadline", "deadline-in-past"),
        (json!({"nuts": "FR10"}), "nuts", "nuts-not-in-country"),
    ] {
        let r = api.send(Method::POST, "/api/v1/challenges", body(org, extra)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {}", r.body);
        assert!(r.body.contains(&format!("\"{field}\"")) && r.body.contains(code), "{field}: {}", r.body);
    }
    // A company member cannot publish a challenge.
    let mut sme = app.signed_in("ceo@sensors.eu", "Sensor SME").await;
    let sme_api = Api::new(&app, Some(&token_for(&mut sme, "s").await));
    assert_eq!(
        sme_api.send(Method::POST, "/api/v1/challenges", body(org, json!({}))).await.status,
        StatusCode::FORBIDDEN
    );

    let r = api.send(Method::POST, "/api/v1/challenges", body(org, json!({}))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let c = r.json();
    let id = c["id"].as_i64().unwrap();
    assert_eq!((c["cpv"][0].as_str(), c["state"].as_str()), (Some("33195100-4"), Some("draft")));
    // A draft is its buyer's alone.
    let anon = Api::new(&app, None);
    assert_eq!(anon.get(&format!("/api/v1/challenges/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(anon.get("/api/v1/challenges").await.json()["total"], 0);
    // Awarded straight from a draft is not a move a challenge makes.
    let state = format!("/api/v1/challenges/{id}/state");
    let r = api.send(Method::PUT, &state, json!({"state": "awarded"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert_eq!(api.send(Method::PUT, &state, json!({"state": "open"})).await.status, StatusCode::OK);
    assert_eq!(sme_api.send(Method::PUT, &state, json!({"state": "cancelled"})).await.status, StatusCode::NOT_FOUND);

    // Public now: listed with its filters, its page in words.
    assert_eq!(anon.get("/api/v1/challenges?sector=health&division=33&country=BE").await.json()["total"], 1);
    assert_eq!(anon.get("/api/v1/challenges?division=72").await.json()["total"], 0);
    assert_eq!(anon.get("/api/v1/challenges?country=XX").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut visitor = app.browser();
    let page = visitor.get(&format!("/challenges/{id}")).await;
    page.assert_contains("Fewer falls in care homes");
    page.assert_contains("33195100-4");
    page.assert_contains("200,000 – 500,000 EUR");
    visitor.get("/challenges").await.assert_contains(&format!("href=\"/challenges/{id}\""));

    // A change of text is in the public log, with what changed and when.
    let r = api
        .send(
            Method::PUT,
            &format!("/api/v1/challenges/{id}"),
            body(org, json!({"problem": "Residents fall at night."})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let log = anon.get(&format!("/api/v1/challenges/{id}/log")).await.json();
    assert_eq!((log[0]["kind"].as_str(), log[0]["detail"].as_str()), (Some("state"), Some("open")));
    assert_eq!((log[1]["kind"].as_str(), log[1]["detail"].as_str()), (Some("change"), Some("problem")));
    visitor.get(&format!("/challenges/{id}")).await.assert_contains("Changed: problem statement");

    // Another buyer has the same need; the challenge's own buyer cannot say so of itself.
    let (mut leuven, other) = buyer(&app, &mut admin, "buyer@leuven.be", "Stad Leuven").await;
    let lapi = Api::new(&app, Some(&token_for(&mut leuven, "l").await));
    let obs = format!("/api/v1/challenges/{id}/observers");
    assert_eq!(
        api.send(Method::POST, &obs, json!({"organisation_id": org})).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        lapi.send(Method::POST, &obs, json!({"organisation_id": org})).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(lapi.send(Method::POST, &obs, json!({"organisation_id": other})).await.status, StatusCode::NO_CONTENT);
    assert_eq!(anon.get(&format!("/api/v1/challenges/{id}")).await.json()["observers"], 1);
    visitor.get(&format!("/challenges/{id}")).await.assert_contains("Stad Leuven");

    // Through the pages: the buyer's form names bad fields; closing is final.
    let r = gent
        .post_form(
            "/challenges",
            &[("organisation", &org.to_string()), ("title", ""), ("trl_min", "7"), ("trl_max", "3")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-title-error");
    r.assert_contains("f-trl_max-error");
    for s in ["procurement", "awarded"] {
        let r = gent.post_form(&format!("/challenges/{id}/state"), &[("state", s)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(anon.get(&format!("/api/v1/challenges/{id}")).await.json()["state"], "awarded");
    let r = api.send(Method::PUT, &format!("/api/v1/challenges/{id}"), body(org, json!({}))).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "closed is final");
    assert_eq!(anon.get("/api/v1/challenges?state=awarded").await.json()["total"], 1);
}

/// An approved company owned by a signed-in person: (browser, api, org id).
async fn company(app: &TestApp, admin: &mut Browser, email: &str, name: &str) -> (Browser, Api, i64) {
    let mut b = app.signed_in(email, name).await;
    let r = b
        .post_form(
            "/organisations",
            &[
                ("name", name),
                ("kind", "company"),
                ("country", "DE"),
                ("size_class", "small"),
                ("sectors", "health"),
                ("description", "Sensors."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    admin.post_form(&format!("/admin/organisations/{id}/approve"), &[]).await;
    let api = Api::new(app, Some(&token_for(&mut b, "t").await));
    (b, api, id)
}

#[tokio::test]
async fn interests_are_each_suppliers_own_and_answers_are_public_to_all() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (mut gent, org) = buyer(&app, &mut admin, "buyer@gent.be", "Stad Gent").await;
    let api = Api::new(&app, Some(&token_for(&mut gent, "g").await));
    let id = api.send(Method::POST, "/api/v1/challenges", body(org, json!({}))).await.json()["id"].as_i64().unwrap();
    api.send(Method::PUT, &format!("/api/v1/challenges/{id}/state"), json!({"state": "open"})).await;
    let (mut radar, rapi, rorg) = company(&app, &mut admin, "ceo@radarsense.eu", "Radar Sense").await;
    let (mut rival, vapi, vorg) = company(&app, &mut admin, "ceo@rival.eu", "Rival GmbH").await;
    let sol = rapi
        .send(
            Method::POST,
            "/api/v1/solutions",
            json!({"organisation_id": rorg, "title": "Radar", "summary": "Radar fall sensor.", "problem": "Falls.",
                "trl": 8, "publish": true}),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    let interests = format!("/api/v1/challenges/{id}/interests");

    // The page names the bad field; another organisation's solution is refused.
    let r = radar
        .post_form(&format!("/challenges/{id}/interests"), &[("organisation", &rorg.to_string()), ("pitch", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("interest-pitch-error");
    let r = vapi
        .send(Method::POST, &interests, json!({"organisation_id": vorg, "solution_id": sol, "pitch": "We too."}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("\"solution\""), "{}", r.body);
    // A buyer does not express interest in its own (or any) challenge as a supplier.
    let r = api.send(Method::POST, &interests, json!({"organisation_id": org, "pitch": "Us."})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = radar
        .post_form(
            &format!("/challenges/{id}/interests"),
            &[("organisation", &rorg.to_string()), ("solution", &sol.to_string()), ("pitch", "Our radar finds falls.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let again = rapi.send(Method::POST, &interests, json!({"organisation_id": rorg, "pitch": "Again"})).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let r = vapi.send(Method::POST, &interests, json!({"organisation_id": vorg, "pitch": "Rival secret pitch."})).await;
    assert_eq!(r.status, StatusCode::CREATED);
    let rival_interest = r.json()["id"].as_i64().unwrap();
    assert!(app.mails_to("buyer@gent.be").await.iter().any(|m| m.subject.contains("Rival GmbH")));
    // Each supplier reads its own; the buyer reads all; a visitor none.
    let mine = rapi.get(&interests).await.json();
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["organisation_id"], rorg);
    assert!(!radar.get(&format!("/challenges/{id}")).await.body.contains("Rival secret pitch."));
    assert_eq!(Api::new(&app, None).get(&interests).await.status, StatusCode::UNAUTHORIZED);
    let all = api.get(&interests).await.json();
    assert_eq!(all.as_array().unwrap().len(), 2);
    gent.get(&format!("/challenges/{id}")).await.assert_contains("Rival secret pitch.");
    let radar_interest = all[0]["id"].as_i64().unwrap();

    // The buyer decides forward only; declining needs a message; suppliers decide nothing.
    let decide = |i: i64| format!("{interests}/{i}");
    let r = api.send(Method::PUT, &decide(radar_interest), json!({"state": "invited"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "invite after shortlisting");
    let r = api.send(Method::PUT, &decide(rival_interest), json!({"state": "declined"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        rapi.send(Method::PUT, &decide(radar_interest), json!({"state": "shortlisted"})).await.status,
        StatusCode::NOT_FOUND
    );
    for s in ["shortlisted", "invited"] {
        let r = api.send(Method::PUT, &decide(radar_interest), json!({"state": s})).await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{s}: {}", r.body);
    }
    let r = gent
        .post_form(&format!("/challenges/{id}/interests/{rival_interest}"), &[("state", "declined"), ("message", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains(&format!("decline-{rival_interest}-error"));
    let r = gent
        .post_form(
            &format!("/challenges/{id}/interests/{rival_interest}"),
            &[("state", "declined"), ("message", "Your sensor needs a camera.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.mails_to("ceo@rival.eu").await.iter().any(|m| m.text.contains("Your sensor needs a camera.")));
    assert!(app.mails_to("ceo@radarsense.eu").await.iter().any(|m| m.subject.contains("co-create")));
    assert_eq!(vapi.get(&interests).await.json()[0]["state"], "declined");

    // Clarifications: the rival asks; everyone sees the question, never who asked.
    let questions = format!("/api/v1/challenges/{id}/questions");
    let r = vapi
        .send(Method::POST, &questions, json!({"organisation_id": vorg, "question": "Which rooms have power?"}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let q = r.json()["id"].as_i64().unwrap();
    let r = vapi.send(Method::POST, &questions, json!({"organisation_id": vorg, "question": ""})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let public = Api::new(&app, None).get(&questions).await;
    assert!(public.body.contains("Which rooms have power?") && !public.body.contains("Rival"), "{}", public.body);
    let mut visitor = app.browser();
    let page = visitor.get(&format!("/challenges/{id}")).await;
    page.assert_contains("A supplier asked on");
    assert!(!page.body.contains("Rival GmbH"));
    let to_buyer = app.mails_to("buyer@gent.be").await;
    let asked = to_buyer.iter().find(|m| m.subject.contains("clarification question")).expect("the buyer is told");
    assert!(!asked.text.contains("Rival"), "the buyer is not told who asked either");
    // The answer is public (there is no private one), told to everyone interested, once.
    let r = gent.post_form(&format!("/challenges/{id}/questions/{q}/answer"), &[("answer", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains(&format!("answer-{q}-error"));
    assert_eq!(
        vapi.send(Method::POST, &format!("{questions}/{q}/answer"), json!({"answer": "Mine."})).await.status,
        StatusCode::NOT_FOUND
    );
    let r =
        api.send(Method::POST, &format!("{questions}/{q}/answer"), json!({"answer": "Every room has a socket."})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = api.send(Method::POST, &format!("{questions}/{q}/answer"), json!({"answer": "Changed my mind."})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(Api::new(&app, None).get(&questions).await.json()[0]["answer"], "Every room has a socket.");
    for who in ["ceo@radarsense.eu", "ceo@rival.eu"] {
        let m = app.mails_to(who).await;
        let m = m.iter().find(|m| m.subject.starts_with("New answer")).unwrap_or_else(|| panic!("{who} is told"));
        assert!(m.text.contains("Every room has a socket."), "{}", m.text);
    }
    let to_radar = app.mails_to("ceo@radarsense.eu").await;
    assert!(to_radar.iter().all(|m| !m.text.contains("Rival")), "nobody learns who asked");
    let log = Api::new(&app, None).get(&format!("/api/v1/challenges/{id}/log")).await.json();
    let kinds: Vec<&str> = log.as_array().unwrap().iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"question") && kinds.contains(&"answer"), "{kinds:?}");
    // A change of the text is told to everyone interested.
    let r = api
        .send(
            Method::PUT,
            &format!("/api/v1/challenges/{id}"),
            body(org, json!({"outcomes": "Falls found in 3 minutes."})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(app.mails_to("ceo@radarsense.eu").await.iter().any(|m| m.subject.starts_with("Changed")));

    // After the deadlines: no interest, no question.
    sqlx::query("UPDATE challenges SET interest_deadline = '2000-01-01', question_deadline = '2000-01-01'")
        .execute(app.db.pool())
        .await
        .unwrap();
    let r = vapi.send(Method::POST, &questions, json!({"organisation_id": vorg, "question": "Late?"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("questions-closed"));
    let (_, lapi, lorg) = company(&app, &mut admin, "ceo@late.eu", "Late AG").await;
    let r = lapi.send(Method::POST, &interests, json!({"organisation_id": lorg, "pitch": "Late"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let _ = &mut rival;
}

#[tokio::test]
async fn the_co_creation_space_is_for_the_buyer_and_invited_suppliers_only() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (mut gent, org) = buyer(&app, &mut admin, "buyer@gent.be", "Stad Gent").await;
    let api = Api::new(&app, Some(&token_for(&mut gent, "g").await));
    let id = api.send(Method::POST, "/api/v1/challenges", body(org, json!({}))).await.json()["id"].as_i64().unwrap();
    api.send(Method::PUT, &format!("/api/v1/challenges/{id}/state"), json!({"state": "open"})).await;
    let (mut radar, rapi, rorg) = company(&app, &mut admin, "ceo@radarsense.eu", "Radar Sense").await;
    let (mut rival, vapi, vorg) = company(&app, &mut admin, "ceo@rival.eu", "Rival GmbH").await;
    let interests = format!("/api/v1/challenges/{id}/interests");
    let ri =
        rapi.send(Method::POST, &interests, json!({"organisation_id": rorg, "pitch": "Radar."})).await.json()["id"]
            .as_i64()
            .unwrap();
    let vi =
        vapi.send(Method::POST, &interests, json!({"organisation_id": vorg, "pitch": "Rival."})).await.json()["id"]
            .as_i64()
            .unwrap();
    for s in ["shortlisted", "invited"] {
        api.send(Method::PUT, &format!("{interests}/{ri}"), json!({"state": s})).await;
    }
    api.send(Method::PUT, &format!("{interests}/{vi}"), json!({"state": "shortlisted"})).await;
    let space = format!("/api/v1/challenges/{id}/space");
    // Not invited (only shortlisted), not signed in, or an administrator: refused.
    assert_eq!(vapi.get(&space).await.status, StatusCode::FORBIDDEN);
    assert_eq!(rival.get(&format!("/challenges/{id}/space")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(Api::new(&app, None).get(&space).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(admin.get(&format!("/challenges/{id}/space")).await.status, StatusCode::FORBIDDEN);
    assert!(!rival.get(&format!("/challenges/{id}")).await.body.contains(&format!("/challenges/{id}/space")));
    radar.get(&format!("/challenges/{id}")).await.assert_contains(&format!("/challenges/{id}/space"));

    // The invited supplier opens a thread on the page; a bad one names its problem.
    let r = radar.post_form(&format!("/challenges/{id}/space/threads"), &[("title", ""), ("body", "x")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("thread-error");
    let r = radar
        .post_form(
            &format!("/challenges/{id}/space/threads"),
            &[("title", "Pilot rooms"), ("body", "Which ward first?")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(app.mails_to("buyer@gent.be").await.iter().any(|m| m.text.contains("Which ward first?")));
    let s = api.get(&space).await.json();
    let thread = s["threads"][0]["id"].as_i64().unwrap();
    let r = api.send(Method::POST, &format!("{space}/threads/{thread}/posts"), json!({"body": "Ward 3."})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(
        vapi.send(Method::POST, &format!("{space}/threads/{thread}/posts"), json!({"body": "Me too"})).await.status,
        StatusCode::FORBIDDEN
    );
    // Files: shared, read by members only.
    let pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec();
    let r =
        rapi.send_bytes(Method::POST, &format!("{space}/files?name=plan.pdf"), "application/pdf", pdf.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let f = r.json()["id"].as_i64().unwrap();
    let r = rapi
        .send_bytes(Method::POST, &format!("{space}/files?name=x.pdf"), "application/pdf", b"not a pdf".to_vec())
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, bytes) = gent.get_bytes(&format!("/challenges/{id}/space/files/{f}")).await;
    assert_eq!((status, bytes), (StatusCode::OK, pdf));
    assert_eq!(rival.get(&format!("/challenges/{id}/space/files/{f}")).await.status, StatusCode::FORBIDDEN);
    // Milestones are the buyer's.
    let r = rapi
        .send(Method::POST, &format!("{space}/milestones"), json!({"title": "Pilot", "due_on": "2099-05-01"}))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = api.send(Method::POST, &format!("{space}/milestones"), json!({"title": "Pilot", "due_on": "May"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let m =
        api.send(Method::POST, &format!("{space}/milestones"), json!({"title": "Pilot", "due_on": "2099-05-01"})).await;
    assert_eq!(m.status, StatusCode::CREATED);
    let m = m.json()["id"].as_i64().unwrap();
    let r = api.send(Method::PUT, &format!("{space}/milestones/{m}"), json!({"state": "done"})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    // Every contact is on the record, with who and when.
    let s = rapi.get(&space).await.json();
    let actions: Vec<(&str, &str)> = s["record"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["action"].as_str().unwrap(), r["organisation_name"].as_str().unwrap()))
        .collect();
    assert_eq!(
        actions,
        [
            ("thread", "Radar Sense"),
            ("post", "Stad Gent"),
            ("file", "Radar Sense"),
            ("milestone", "Stad Gent"),
            ("milestone-done", "Stad Gent")
        ]
    );
    assert_eq!(s["milestones"][0]["state"], "done");
    let page = radar.get(&format!("/challenges/{id}/space")).await;
    page.assert_contains("Ward 3.");
    page.assert_contains("Record of contacts");
}

/// An approved public buyer in `country`, its owner signed in: (browser, api, org id).
async fn buyer_in(app: &TestApp, admin: &mut Browser, email: &str, name: &str, country: &str) -> (Browser, Api, i64) {
    let mut b = app.signed_in(email, name).await;
    let r = b
        .post_form(
            "/organisations",
            &[("name", name), ("kind", "public-authority"), ("country", country), ("sectors", "health")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    admin.post_form(&format!("/admin/organisations/{id}/approve"), &[]).await;
    let api = Api::new(app, Some(&token_for(&mut b, "t").await));
    (b, api, id)
}

#[tokio::test]
async fn buyers_with_a_common_need_form_a_group_and_open_a_joint_cross_border_challenge() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (_gent, gapi, gorg) = buyer_in(&app, &mut admin, "buyer@gent.be", "Stad Gent", "BE").await;
    let (mut lyon, lapi, lorg) = buyer_in(&app, &mut admin, "achats@lyon.fr", "Ville de Lyon", "FR").await;
    let open = |api: &Api, b: Value| {
        let api = api.clone();
        async move {
            let r = api.send(Method::POST, "/api/v1/challenges", b).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            let id = r.json()["id"].as_i64().unwrap();
            api.send(Method::PUT, &format!("/api/v1/challenges/{id}/state"), json!({"state": "open"})).await;
            id
        }
    };
    let a = open(
        &gapi,
        json!({"organisation_id": gorg, "title": "Sturzerkennung in Pflegeheimen",
        "problem": "Stürze älterer Menschen in unseren Pflegeheimen werden nachts oft erst spät bemerkt.",
        "outcomes": "Stürze älterer Menschen automatisch erkennen und das Pflegepersonal sofort alarmieren.",
        "sectors": ["health"], "interest_deadline": "2099-03-01", "country": "BE", "languages": ["DEU"]}),
    )
    .await;
    let b = open(
        &lapi,
        json!({"organisation_id": lorg, "title": "Détecter les chutes des personnes âgées",
        "problem": "Les chutes des personnes âgées dans nos maisons de retraite sont découvertes trop tard la nuit.",
        "outcomes": "Détecter automatiquement les chutes des personnes âgées et alerter le personnel soignant.",
        "sectors": ["health"], "interest_deadline": "2099-03-01", "country": "FR", "languages": ["FRA"]}),
    )
    .await;
    let c = open(
        &gapi,
        json!({"organisation_id": gorg, "title": "Library lending software",
        "problem": "Our public libraries need a new lending system for books and e-books.",
        "outcomes": "Loans, reservations and fines in one system.", "sectors": ["rcr"],
        "interest_deadline": "2099-03-01", "country": "BE", "languages": ["ENG"]}),
    )
    .await;

    // The common need: both buyers' challenges, not the unrelated one.
    let needs = Api::new(&app, None).get("/api/v1/common-needs").await.json();
    assert_eq!(needs.as_array().unwrap().len(), 1, "{needs}");
    let ids: Vec<i64> = needs[0]["challenges"].as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [a, b]);
    assert_eq!(needs[0]["countries"], json!(["BE", "FR"]));
    assert!(!ids.contains(&c));
    let page = app.browser().get(&format!("/challenges/{a}")).await;
    page.assert_contains("Other buyers with this need");
    page.assert_contains(&format!("href=\"/challenges/{b}\""));
    app.browser().get("/common-needs").await.assert_contains("Ville de Lyon");

    // A buyers' group: companies are not invited; the invited buyer accepts on the page.
    let (_, _, company) = company(&app, &mut admin, "ceo@radarsense.eu", "Radar Sense").await;
    let r = gapi
        .send(
            Method::POST,
            "/api/v1/buyer-groups",
            json!({"name": "Falls", "organisation_id": gorg, "invite": [company]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = gapi
        .send(Method::POST, "/api/v1/buyer-groups", json!({"name": "Falls", "organisation_id": gorg, "invite": [lorg]}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let g = r.json()["id"].as_i64().unwrap();
    assert!(app.mails_to("achats@lyon.fr").await.iter().any(|m| m.text.contains("Falls")));
    let joint = format!("/api/v1/buyer-groups/{g}/challenge");
    let body = json!({"title": "Fall detection for older people", "problem": "Falls are found late.",
        "outcomes": "Falls found within five minutes.", "interest_deadline": "2099-06-01", "country": "BE",
        "sectors": ["health"]});
    let r = gapi.send(Method::POST, &joint, body.clone()).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "one member is not a group yet");
    let r = lyon
        .post_form(&format!("/buyer-groups/{g}/answer"), &[("organisation", &lorg.to_string()), ("answer", "accept")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = lapi.send(Method::POST, &joint, body.clone()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "only the lead buyer opens it");
    let r = gapi.send(Method::POST, &joint, body.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let j = r.json();
    assert_eq!(j["cross_border"], true);
    assert_eq!(j["joint_buyers"], json!(["Stad Gent", "Ville de Lyon"]));
    assert_eq!(j["buyer_group_id"], g);
    assert_eq!(gapi.send(Method::POST, &joint, body).await.status, StatusCode::CONFLICT);
    gapi.send(Method::PUT, &format!("/api/v1/challenges/{}/state", j["id"]), json!({"state": "open"})).await;
    let page = app.browser().get(&format!("/challenges/{}", j["id"])).await;
    page.assert_contains("Joint procurement by Stad Gent, Ville de Lyon");
    page.assert_contains("cross-border");
    // The lead hands over; outsiders do not see the group.
    let r = gapi.send(Method::PUT, &format!("/api/v1/buyer-groups/{g}/lead"), json!({"organisation_id": lorg})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(lapi.get(&format!("/api/v1/buyer-groups/{g}")).await.json()["lead_organisation_id"], lorg);
    let (_, oapi, _) = buyer_in(&app, &mut admin, "buyer@other.nl", "Gemeente X", "NL").await;
    assert_eq!(oapi.get(&format!("/api/v1/buyer-groups/{g}")).await.status, StatusCode::NOT_FOUND);

    // Atom feeds of open challenges by country, sector and CPV division.
    let (status, ctype, bytes) = app.browser().get_bytes("/challenges/feed.atom?country=FR").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ctype.starts_with("application/atom+xml"));
    let feed = String::from_utf8(bytes).unwrap();
    assert!(feed.contains("Détecter les chutes") && !feed.contains("Sturzerkennung"), "{feed}");
    let (_, _, bytes) = app.browser().get_bytes("/challenges/feed.atom?sector=rcr").await;
    assert!(String::from_utf8(bytes).unwrap().contains("Library lending software"));
    assert_eq!(app.browser().get("/challenges/feed.atom?country=XX").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn buyers_attach_documents_and_add_the_cpv_codes_their_text_suggests() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let (mut gent, org) = buyer(&app, &mut admin, "buyer@gent.be", "Stad Gent").await;
    let api = Api::new(&app, Some(&token_for(&mut gent, "g").await));
    let id = api
        .send(
            Method::POST,
            "/api/v1/challenges",
            body(
                org,
                json!({"cpv": [], "title": "Smarter street lighting",
            "problem": "The city wants energy-saving street lighting with remote control of its road lights."}),
            ),
        )
        .await
        .json()["id"]
        .as_i64()
        .unwrap();
    api.send(Method::PUT, &format!("/api/v1/challenges/{id}/state"), json!({"state": "open"})).await;
    // Documents: checked by content, public with the challenge, the buyer's to change.
    let files = format!("/api/v1/challenges/{id}/files");
    let pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".to_vec();
    let r = api.send_bytes(Method::POST, &format!("{files}?name=specs.pdf"), "application/pdf", pdf.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let f = r.json()["id"].as_i64().unwrap();
    let r = api.send_bytes(Method::POST, &format!("{files}?name=x.pdf"), "application/pdf", b"<html>".to_vec()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let other = Api::new(&app, Some(&token_for(&mut app.signed_in("x@y.eu", "X").await, "x").await));
    assert_eq!(other.send(Method::DELETE, &format!("{files}/{f}"), json!({})).await.status, StatusCode::NOT_FOUND);
    let listed = Api::new(&app, None).get(&files).await.json();
    assert_eq!(listed[0]["name"], "specs.pdf");
    let (status, _, bytes) = app.browser().get_bytes(&format!("/challenges/{id}/files/{f}")).await;
    assert_eq!((status, bytes), (StatusCode::OK, pdf));
    let log = Api::new(&app, None).get(&format!("/api/v1/challenges/{id}/log")).await.json();
    assert!(log.as_array().unwrap().iter().any(|l| l["detail"] == "attachments"), "{log}");
    // The buyer sees the codes its text suggests, and adds one.
    let page = gent.get(&format!("/challenges/{id}")).await;
    page.assert_contains("CPV codes your text suggests");
    let code = page.body.split("name=\"code\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    assert!(!app.browser().get(&format!("/challenges/{id}")).await.body.contains("CPV codes your text suggests"));
    let r = gent.post_form(&format!("/challenges/{id}/cpv"), &[("code", &code)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(Api::new(&app, None).get(&format!("/api/v1/challenges/{id}")).await.json()["cpv"][0], code);
    let r = gent.post_form(&format!("/challenges/{id}/cpv"), &[("code", "34993000-5")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("cpv-add-error");
    assert_eq!(api.send(Method::DELETE, &format!("{files}/{f}"), json!({})).await.status, StatusCode::NO_CONTENT);
}
