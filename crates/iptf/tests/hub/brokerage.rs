//! Brokerage (issue 11): an organiser sets up matchmaking; participants register, ask for
//! meetings and answer; the scheduler places them; agendas, check-in, outcomes. Pages and
//! API, on both databases.

use crate::harness::{Api, Browser, TestApp, approved_org, initiative_with_editor, token_for};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A published matchmaking event on 4 May 2099 (UTC), organised by Bob, with rules and a
/// morning session of three 20-minute slots at one table.
async fn matchmaking(app: &TestApp) -> (Browser, Api, i64, Vec<i64>) {
    let (_, bob, bob_api, id, slots) = matchmaking_with_admin(app).await;
    (bob, bob_api, id, slots)
}

/// The same, with the administrator's browser.
async fn matchmaking_with_admin(app: &TestApp) -> (Browser, Browser, Api, i64, Vec<i64>) {
    let (admin, mut bob, ini) = initiative_with_editor(app).await;
    let bob_api = Api::new(app, Some(&token_for(&mut bob, "bob").await));
    let r = bob_api
        .send(
            Method::POST,
            "/api/v1/events",
            json!({"organiser": format!("initiative:{ini}"), "kind": "matchmaking", "format": "onsite",
                   "title": "Health buyers meet innovators", "summary": "A morning of B2B meetings.",
                   "venue": "Square Brussels", "time_zone": "UTC", "starts_at": "2099-05-04T08:00",
                   "ends_at": "2099-05-04T18:00", "languages": ["ENG"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    let r = bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    assert!(r.status.is_success(), "{}", r.body);
    let opens = chrono::Utc::now() - chrono::Duration::hours(1);
    let r = bob_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/brokerage/settings"),
            json!({"acceptance": "manual", "booking": "organiser", "expiry_minutes": 1440,
                   "opens_at": opens.to_rfc3339(), "closes_at": "2099-05-04T07:00:00Z"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = bob_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/sessions"),
            json!({"name": "Morning", "tables": 1, "cap": 3, "starts_at": "2099-05-04T09:00",
                   "ends_at": "2099-05-04T10:00", "slot_minutes": 20}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let setup = bob_api.get(&format!("/api/v1/events/{id}/brokerage")).await.json();
    let slots: Vec<i64> =
        setup["sessions"][0]["slots"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(slots.len(), 3);
    (admin, bob, bob_api, id, slots)
}

/// Someone registered for the event and in the brokerage; returns their browser, API and
/// participant id.
async fn participant(
    app: &TestApp,
    id: i64,
    email: &str,
    name: &str,
    kind: &str,
    slots: &[i64],
) -> (Browser, Api, i64) {
    let mut b = app.signed_in(email, name).await;
    let api = Api::new(app, Some(&token_for(&mut b, "me").await));
    let r = api.send(Method::POST, &format!("/api/v1/events/{id}/registration"), json!({})).await;
    assert!(r.status.is_success(), "{}", r.body);
    let r = api
        .send(Method::PUT, &format!("/api/v1/events/{id}/brokerage/me"), json!({"kind": kind, "available": slots}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let pid = r.json()["id"].as_i64().unwrap();
    (b, api, pid)
}

fn meeting(list: &Value, id: i64) -> &Value {
    list.as_array().unwrap().iter().find(|m| m["id"] == id).unwrap_or_else(|| panic!("meeting {id} in {list}"))
}

#[tokio::test]
async fn matchmaking_from_set_up_to_results() {
    let app = TestApp::spawn().await;
    let (mut bob, bob_api, id, slots) = matchmaking(&app).await;
    let base = format!("/events/{id}/brokerage");

    // Bad rules and sessions are refused, each field with its reason (page and API).
    let r = bob
        .post_form(
            &format!("{base}/settings"),
            &[
                ("acceptance", "manual"),
                ("booking", "organiser"),
                ("expiry_minutes", "5"),
                ("opens_at", "2099-01-01T00:00"),
                ("closes_at", "2098-01-01T00:00"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("from 15 to 14,400");
    r.assert_contains("must close after they open");
    let r = bob_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/sessions"),
            json!({"name": "Overlap", "tables": 2, "cap": 2, "starts_at": "2099-05-04T09:30",
                   "ends_at": "2099-05-04T11:00", "slot_minutes": 25}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.content_type(), "application/problem+json");
    assert_eq!(r.json()["errors"][0]["field"], "slot_minutes");
    let r = bob_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/sessions"),
            json!({"name": "Overlap", "tables": 2, "cap": 2, "starts_at": "2099-05-04T09:30",
                   "ends_at": "2099-05-04T11:00", "slot_minutes": 30}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("overlaps");

    // Joining needs a confirmed registration for the event.
    let mut ana = app.signed_in("ana@gent.be", "Ana").await;
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "ana").await));
    let r = ana_api.send(Method::PUT, &format!("/api/v1/events/{id}/brokerage/me"), json!({"kind": "buyer"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    r.assert_contains("Register for the event first");
    ana_api.send(Method::POST, &format!("/api/v1/events/{id}/registration"), json!({})).await;
    let r = ana_api.send(Method::PUT, &format!("/api/v1/events/{id}/brokerage/me"), json!({"kind": "king"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["field"], "kind");
    let r = ana_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/brokerage/me"),
            json!({"kind": "buyer", "available": [999_999]}),
        )
        .await;
    assert_eq!(r.json()["errors"][0]["field"], "available");
    // Ana joins through the page, free in every slot.
    let all: Vec<String> = slots.iter().map(i64::to_string).collect();
    let mut fields = vec![("kind", "buyer"), ("about", "We look for fall-detection sensors.")];
    fields.extend(all.iter().map(|s| ("available", s.as_str())));
    let r = ana.post_form(&format!("{base}/join"), &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (_, carl_api, carl) = participant(&app, id, "carl@sensors.eu", "Carl", "supplier", &slots).await;
    let (_, dora_api, dora) = participant(&app, id, "dora@care.eu", "Dora", "supplier", &slots[..1]).await;
    let ana_id = ana_api.get(&format!("/api/v1/events/{id}/brokerage/participants?kind=buyer")).await.json()[0]["id"]
        .as_i64()
        .unwrap();

    // Marketplace items, and a filter that finds them.
    let r = carl_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/items"),
            json!({"kind": "offer", "title": "Radar fall sensor", "description": "No camera, privacy by design."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let r = carl_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/items"), json!({"kind": "gift", "title": ""}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = ana.get(&format!("{base}?q=radar")).await;
    page.assert_contains("Radar fall sensor");
    assert!(!page.body.contains("Dora"), "the filter keeps Carl only");
    ana.get(&base).await.assert_contains("Recommended partners");
    // Outsiders see the rules, not the participants.
    let mut visitor = app.browser();
    let page = visitor.get(&base).await;
    page.assert_contains("Meeting requests from");
    assert!(!page.body.contains("Radar fall sensor"));
    assert_eq!(
        Api::new(&app, None).get(&format!("/api/v1/events/{id}/brokerage/participants")).await.status,
        StatusCode::UNAUTHORIZED
    );

    // Ana asks Carl through the page; Carl is told; asking twice, or oneself, is refused.
    let r = ana
        .post_form(&format!("{base}/participants/{carl}/request"), &[("message", "Can your radar work in care homes?")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mails = app.mails_to("carl@sensors.eu").await;
    let m = mails.iter().find(|m| m.text.contains("asks to meet you")).expect("Carl is told");
    assert!(m.text.contains("Can your radar work in care homes?"));
    let r = carl_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": ana_id}))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "the pair already has a request");
    let r = ana_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": ana_id}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let agenda = carl_api.get(&format!("/api/v1/events/{id}/brokerage/agenda")).await.json();
    let ac = agenda[0]["id"].as_i64().unwrap();
    assert_eq!(agenda[0]["status"], "pending");
    // Only the invitee answers.
    let r = ana_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/answer"), json!({"accept": true}))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = carl_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/answer"), json!({"accept": true}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    assert!(app.mails_to("ana@gent.be").await.iter().any(|m| m.text.contains("Carl accepted to meet you")));
    let r = carl_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/answer"), json!({"accept": false}))
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "answered once");

    // Dora asks Ana, who declines; Ana asks Dora again, who accepts; Dora asks Carl, accepted.
    let r = dora_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": ana_id}))
        .await;
    let da = r.json()["id"].as_i64().unwrap();
    let r = ana_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{da}/answer"), json!({"accept": false}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(app.mails_to("dora@care.eu").await.iter().any(|m| m.text.contains("cannot meet you")));
    let r =
        ana_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": dora})).await;
    assert_eq!(r.status, StatusCode::CREATED, "a declined request does not block a new one: {}", r.body);
    let ad = r.json()["id"].as_i64().unwrap();
    let agenda_page = ana.get(&format!("{base}/agenda")).await;
    agenda_page.assert_contains("Withdraw the meeting request to Dora");
    let mut dora_b = app.browser();
    dora_b.sign_in("dora@care.eu", crate::harness::PASSWORD).await;
    let page = dora_b.get(&format!("{base}/agenda")).await;
    page.assert_contains("Accept the meeting with Ana");
    let r = dora_b.post_form(&format!("{base}/meetings/{ad}/answer"), &[("accept", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r =
        dora_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": carl})).await;
    let dc = r.json()["id"].as_i64().unwrap();
    carl_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{dc}/answer"), json!({"accept": true}))
        .await;

    // The scheduler: Dora is free in the first slot only, so one of her two meetings is
    // left out, with the reason; the organiser sees it on the grid.
    let r = ana_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/schedule"), json!({"allow_moves": false}))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "participants do not run the scheduler");
    let r = bob_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/schedule"), json!({"allow_moves": false}))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let run = r.json();
    assert_eq!(
        (run["placed"].as_i64(), run["unplaced"].as_i64(), run["upper_bound"].as_i64()),
        (Some(2), Some(1), Some(2))
    );
    assert_eq!(run["gaps"], 0);
    let all = bob_api.get(&format!("/api/v1/events/{id}/brokerage/meetings")).await.json();
    let left: Vec<&Value> =
        all.as_array().unwrap().iter().filter(|m| m["status"] == "accepted" && m["slot"].is_null()).collect();
    assert_eq!(left.len(), 1);
    assert!(left[0]["unplaced_reason"].as_str().unwrap().contains("full slots"), "{}", left[0]);
    let page = bob.get(&format!("{base}/organise")).await;
    page.assert_contains("both free only in full slots");
    page.assert_contains("Ana ↔ Carl");
    assert_eq!(ana.get(&format!("{base}/organise")).await.status, StatusCode::NOT_FOUND);

    // Publishing sends each participant their agenda; agendas as page, print and .ics.
    let r = bob_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/publish"), json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(
        app.mails_to("ana@gent.be")
            .await
            .iter()
            .any(|m| m.text.contains("Your agenda for Health buyers meet innovators is ready"))
    );
    let a = meeting(&all, ac);
    let when = a["local_start"].as_str().unwrap().replace('T', " ");
    let page = ana.get(&format!("{base}/agenda")).await;
    page.assert_contains(&format!("Morning · {when}"));
    page.assert_contains("Table 1");
    ana.get(&format!("{base}/agenda?print=1")).await.assert_contains("Carl");
    let (status, ct, ics) = ana.get_bytes(&format!("{base}/agenda.ics")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(ct.starts_with("text/calendar"));
    let ics = String::from_utf8(ics).unwrap();
    assert!(ics.contains("SUMMARY:Meeting with Carl") && ics.contains("DTSTART:20990504T"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1 + usize::from(meeting(&all, ad)["slot"].is_number()));
    bob.get(&format!("{base}/tables")).await.assert_contains("Morning · Table 1");

    // Moving by hand: a slot where it cannot go says why (next to the field); a free one
    // works, is locked, and both sides of a published meeting are told.
    let dora_slot = slots[0];
    let busy = if meeting(&all, dc)["slot"] == dora_slot || meeting(&all, ad)["slot"] == dora_slot {
        dora_slot
    } else {
        slots[1]
    };
    let r = bob
        .post_form(
            &format!("{base}/meetings/{ac}/place"),
            &[("slot", &busy.to_string()), ("table", ""), ("locked", "1"), ("priority", "2")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    r.assert_contains("f-slot-error");
    let taken: Vec<i64> = all.as_array().unwrap().iter().filter_map(|m| m["slot"].as_i64()).collect();
    let free = *slots.iter().find(|s| !taken.contains(s)).expect("a free slot");
    let r = bob
        .post_form(
            &format!("{base}/meetings/{ac}/place"),
            &[("slot", &free.to_string()), ("table", ""), ("locked", "1"), ("priority", "2")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(app.mails_to("carl@sensors.eu").await.iter().any(|m| m.text.contains("changed the time or table")));
    let r = bob_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/place"),
            json!({"slot": free, "table": 7}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "no table 7");
    // Running again keeps locked and published meetings where they are.
    let before = bob_api.get(&format!("/api/v1/events/{id}/brokerage/meetings")).await.json();
    bob_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/schedule"), json!({"allow_moves": false})).await;
    let after = bob_api.get(&format!("/api/v1/events/{id}/brokerage/meetings")).await.json();
    for m in before.as_array().unwrap().iter().filter(|m| m["published"] == true) {
        assert_eq!(meeting(&after, m["id"].as_i64().unwrap())["slot"], m["slot"], "published meetings stay");
    }
    assert_eq!(meeting(&after, ac)["slot"], free);
    assert_eq!(meeting(&after, ac)["locked"], true);
    assert_eq!(meeting(&after, ac)["priority"], 2);

    // On the day: Dora does not come, so her meetings are not held.
    let r = bob.post_form(&format!("{base}/participants/{dora}/check-in"), &[("present", "0")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    bob_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/brokerage/participants/{ana_id}/check-in"),
            json!({"present": true}),
        )
        .await;
    let after = bob_api.get(&format!("/api/v1/events/{id}/brokerage/meetings")).await.json();
    for m in after
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["slot"].is_number() && (m["requester"] == dora || m["invitee"] == dora))
    {
        assert_eq!(m["held"], false);
    }

    // Rating waits until the meeting began (time moves on: the slots are now in the past).
    let r = ana_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/rating"),
            json!({"rating": 5, "outcome": "offer"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    sqlx::query("UPDATE brokerage_slots SET starts_at = starts_at - 4000000000, ends_at = ends_at - 4000000000")
        .execute(app.db.pool())
        .await
        .unwrap();
    let r = ana.post_form(&format!("{base}/meetings/{ac}/rate"), &[("rating", "9"), ("outcome", "offer")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-rating-error");
    let r = ana
        .post_form(
            &format!("{base}/meetings/{ac}/rate"),
            &[("rating", "5"), ("outcome", "offer"), ("comment", "Promising.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = carl_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/rating"),
            json!({"rating": 4, "outcome": "follow-up"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    let r = dora_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/rating"),
            json!({"rating": 1, "outcome": "none"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "not her meeting");

    // Months later, the follow-up question; Ana answers it.
    let sent = web::brokerage::service::send_followups(&app.state, 5_000_000_000).await.unwrap();
    assert_eq!(sent, 2);
    assert_eq!(web::brokerage::service::send_followups(&app.state, 5_000_000_000).await.unwrap(), 0, "sent once");
    assert!(app.mails_to("ana@gent.be").await.iter().any(|m| m.text.contains("Tell us what came of it")));
    ana.get(&format!("{base}/agenda")).await.assert_contains("What came of this meeting?");
    let r = ana.post_form(&format!("{base}/meetings/{ac}/follow-up"), &[("outcome", "agreement")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // The organiser's results.
    let res = bob_api.get(&format!("/api/v1/events/{id}/brokerage/results")).await.json();
    assert_eq!(res["participants"], 3);
    assert_eq!(res["declined"], 1);
    assert_eq!(res["held"], 1);
    assert_eq!(res["no_shows"], 1);
    assert_eq!(res["average_rating"], 4.5);
    let agreement = res["outcomes"].as_array().unwrap().iter().find(|o| o["outcome"] == "agreement").unwrap();
    assert_eq!(agreement["at_follow_up"], 1);
    bob.get(&format!("{base}/results")).await.assert_contains("Agreement reached");
    assert_eq!(ana_api.get(&format!("/api/v1/events/{id}/brokerage/results")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn requests_expire_slots_are_picked_first_come_and_automatic_mode_accepts() {
    let app = TestApp::spawn().await;
    let (_, bob_api, id, slots) = matchmaking(&app).await;
    let (_, ana_api, ana) = participant(&app, id, "ana@gent.be", "Ana", "buyer", &slots).await;
    let (_, carl_api, carl) = participant(&app, id, "carl@sensors.eu", "Carl", "supplier", &slots).await;
    let (_, dora_api, dora) = participant(&app, id, "dora@care.eu", "Dora", "supplier", &slots).await;
    let settings = |acceptance: &str, booking: &str, expiry: i64| {
        json!({"acceptance": acceptance, "booking": booking, "expiry_minutes": expiry,
               "opens_at": (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339(), "closes_at": "2099-05-04T07:00:00Z"})
    };
    let r = bob_api
        .send(Method::PUT, &format!("/api/v1/events/{id}/brokerage/settings"), settings("manual", "organiser", 5))
        .await;
    assert_eq!(r.json()["errors"][0]["field"], "expiry_minutes");
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/brokerage/settings"), settings("manual", "pick", 15)).await;

    // A pending request expires after 15 minutes; both sides are told; the pair may ask again.
    let r =
        ana_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": carl})).await;
    let m = r.json()["id"].as_i64().unwrap();
    let now = store::now();
    assert_eq!(web::brokerage::service::expire(&app.state, now + 14 * 60).await.unwrap(), 0);
    assert_eq!(web::brokerage::service::expire(&app.state, now + 16 * 60).await.unwrap(), 1);
    let agenda = ana_api.get(&format!("/api/v1/events/{id}/brokerage/agenda")).await.json();
    assert_eq!(meeting(&agenda, m)["status"], "expired");
    assert!(app.mails_to("carl@sensors.eu").await.iter().any(|x| x.text.contains("not answered in time")));
    let r = carl_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/meetings/{m}/answer"),
            json!({"accept": true, "slot": slots[0]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "too late");

    // Picking: a slot is required, and the first to take the only table gets it.
    let r =
        ana_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": carl})).await;
    let ac = r.json()["id"].as_i64().unwrap();
    let r =
        dora_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": ana})).await;
    let da = r.json()["id"].as_i64().unwrap();
    let r = carl_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/answer"), json!({"accept": true}))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json()["errors"][0]["field"], "slot");
    // Two answers for the same slot at once: one wins, the other is told the slot is full
    // (or Ana busy), and nothing is half-written.
    let (pa, pb) = (
        format!("/api/v1/events/{id}/brokerage/meetings/{ac}/answer"),
        format!("/api/v1/events/{id}/brokerage/meetings/{da}/answer"),
    );
    let (a, b) = tokio::join!(
        carl_api.send(Method::POST, &pa, json!({"accept": true, "slot": slots[0]})),
        ana_api.send(Method::POST, &pb, json!({"accept": true, "slot": slots[0]})),
    );
    let mut codes = [a.status, b.status];
    codes.sort();
    assert_eq!(codes, [StatusCode::NO_CONTENT, StatusCode::UNPROCESSABLE_ENTITY], "{} / {}", a.body, b.body);
    let all = bob_api.get(&format!("/api/v1/events/{id}/brokerage/meetings")).await.json();
    let in_first: Vec<&Value> = all.as_array().unwrap().iter().filter(|x| x["slot"] == slots[0]).collect();
    assert_eq!(in_first.len(), 1);
    assert_eq!(in_first[0]["table"], 1);
    let loser = if a.status == StatusCode::NO_CONTENT { da } else { ac };
    assert_eq!(meeting(&all, loser)["status"], "pending", "the refused answer left the request pending");

    // Automatic acceptance.
    bob_api
        .send(Method::PUT, &format!("/api/v1/events/{id}/brokerage/settings"), settings("automatic", "organiser", 60))
        .await;
    let r =
        carl_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": dora})).await;
    let cd = r.json()["id"].as_i64().unwrap();
    let all = bob_api.get(&format!("/api/v1/events/{id}/brokerage/meetings")).await.json();
    assert_eq!(meeting(&all, cd)["status"], "accepted");
    assert!(app.mails_to("dora@care.eu").await.iter().any(|x| x.text.contains("the meeting is accepted")));
    // Cancelling frees the pair and tells the other side.
    let r =
        dora_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{cd}/cancel"), json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(app.mails_to("carl@sensors.eu").await.iter().any(|x| x.text.contains("Dora cancelled your meeting")));

    // The window closes: no more requests.
    let closed = json!({"acceptance": "manual", "booking": "organiser", "expiry_minutes": 60,
                        "opens_at": "2020-01-01T00:00:00Z", "closes_at": "2020-02-01T00:00:00Z"});
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/brokerage/settings"), closed).await;
    let r =
        dora_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": carl})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    r.assert_contains("closed");
}

#[tokio::test]
async fn two_people_asking_each_other_at_once_make_one_request_and_reminders_go_once() {
    let app = TestApp::spawn().await;
    let (_, bob_api, id, slots) = matchmaking(&app).await;
    let (_, ana_api, ana) = participant(&app, id, "ana@gent.be", "Ana", "buyer", &slots).await;
    let (_, carl_api, carl) = participant(&app, id, "carl@sensors.eu", "Carl", "supplier", &slots).await;
    let path = format!("/api/v1/events/{id}/brokerage/requests");
    let (a, b) = tokio::join!(
        ana_api.send(Method::POST, &path, json!({"invitee": carl})),
        carl_api.send(Method::POST, &path, json!({"invitee": ana})),
    );
    let mut codes = [a.status, b.status];
    codes.sort();
    assert_eq!(codes, [StatusCode::CREATED, StatusCode::CONFLICT]);
    let m = if a.status == StatusCode::CREATED {
        a.json()["id"].as_i64().unwrap()
    } else {
        b.json()["id"].as_i64().unwrap()
    };
    let invitee = if a.status == StatusCode::CREATED { &carl_api } else { &ana_api };
    invitee
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{m}/answer"), json!({"accept": true}))
        .await;
    bob_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/schedule"), json!({"allow_moves": false})).await;
    bob_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/publish"), json!({})).await;
    // Half an hour before the meeting: each side is reminded, once.
    let now = store::now();
    sqlx::query("UPDATE brokerage_slots SET starts_at = $1, ends_at = $2 WHERE id IN (SELECT slot_id FROM brokerage_meetings WHERE slot_id IS NOT NULL)")
        .bind(now + 1800)
        .bind(now + 3000)
        .execute(app.db.pool())
        .await
        .unwrap();
    assert_eq!(web::brokerage::service::remind(&app.state, now).await.unwrap(), 2);
    assert_eq!(web::brokerage::service::remind(&app.state, now + 60).await.unwrap(), 0);
    assert!(
        app.mails_to("ana@gent.be")
            .await
            .iter()
            .any(|x| x.text.contains("Soon: your meeting with Carl") || x.text.contains("begins at"))
    );
}

#[tokio::test]
async fn recommended_partners_come_from_the_matcher_and_organisers_may_let_published_meetings_move() {
    let app = TestApp::spawn().await;
    let (mut admin, _, bob_api, id, slots) = matchmaking_with_admin(&app).await;
    // A buyer with an open challenge and a supplier with a published solution that the
    // matcher pairs with it (German and French texts about fall detection).
    let mut ana = app.signed_in("ana@gent.be", "Ana").await;
    let gent = approved_org(&mut ana, &mut admin, "Stad Gent").await;
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "ana").await));
    let r = ana_api
        .send(
            Method::POST,
            "/api/v1/challenges",
            json!({"organisation_id": gent, "title": "Sturzerkennung in Pflegeheimen",
                   "problem": "Stürze älterer Menschen in der Nacht werden in unseren Pflegeheimen oft erst Stunden später bemerkt.",
                   "outcomes": "Stürze werden automatisch erkannt und das Pflegepersonal sofort alarmiert, ohne Kameras.",
                   "sectors": ["health"], "cpv": ["85311100"], "interest_deadline": "2099-03-01", "trl_min": 6, "trl_max": 9,
                   "country": "BE", "languages": ["DEU", "FRA"]}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let challenge = r.json()["id"].as_i64().unwrap();
    ana_api.send(Method::PUT, &format!("/api/v1/challenges/{challenge}/state"), json!({"state": "open"})).await;
    let mut carl = app.signed_in("carl@radar.fr", "Carl").await;
    let r = carl
        .post_form(
            "/organisations",
            &[
                ("name", "Radar Sense SAS"),
                ("kind", "company"),
                ("country", "FR"),
                ("size_class", "small"),
                ("sectors", "health"),
                ("description", "We build sensors."),
            ],
        )
        .await;
    let radar: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    admin.post_form(&format!("/admin/organisations/{radar}/approve"), &[]).await;
    let carl_api = Api::new(&app, Some(&token_for(&mut carl, "carl").await));
    let r = carl_api
        .send(
            Method::POST,
            "/api/v1/solutions",
            json!({"organisation_id": radar, "title": "Capteur radar de détection de chute",
                   "summary": "Notre capteur radar mural détecte les chutes des personnes âgées dans leur chambre, sans caméra, et alerte immédiatement le personnel soignant.",
                   "problem": "Les chutes de nuit dans les établissements pour personnes âgées sont découvertes trop tard.",
                   "trl": 8, "sectors": ["health"], "cpv": ["33196100"], "countries": ["FR", "BE", "DE"],
                   "languages": ["FRA", "ENG"], "publish": true}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let solution = r.json()["id"].as_i64().unwrap();
    for (api, kind, org) in [(&ana_api, "buyer", gent), (&carl_api, "supplier", radar)] {
        api.send(Method::POST, &format!("/api/v1/events/{id}/registration"), json!({})).await;
        let r = api
            .send(
                Method::PUT,
                &format!("/api/v1/events/{id}/brokerage/me"),
                json!({"kind": kind, "organisation_id": org, "available": slots}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    let (_, dora_api, dora) = participant(&app, id, "dora@care.eu", "Dora", "supplier", &slots[..1]).await;
    dora_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/items"),
            json!({"kind": "offer", "title": "Night-shift staffing software"}),
        )
        .await;
    // Items link to one's own organisation's challenges and solutions only.
    let r = carl_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/items"),
            json!({"kind": "request", "title": "x", "challenge_id": challenge}),
        )
        .await;
    assert_eq!(r.json()["errors"][0]["field"], "challenge");
    let r = ana_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/items"),
            json!({"kind": "request", "title": "Fall detection", "challenge_id": challenge}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    carl_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/brokerage/items"),
            json!({"kind": "offer", "title": "Radar pilot offer", "solution_id": solution}),
        )
        .await;
    let rec = ana_api.get(&format!("/api/v1/events/{id}/brokerage/recommended")).await.json();
    assert_eq!(rec[0]["name"], "Carl", "{rec}");
    assert_eq!(rec[0]["why"], "Radar pilot offer");
    assert_eq!(rec[1]["id"], dora, "a supplier with items comes after the matcher's pick");

    // Ana and Carl's meeting is placed by hand in the first slot and published; Dora, free
    // only then, asks Ana later. Without moves she stays out; with moves both fit.
    let carl_id = rec[0]["id"].as_i64().unwrap();
    let r = ana_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": carl_id}))
        .await;
    let ac = r.json()["id"].as_i64().unwrap();
    carl_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/answer"), json!({"accept": true}))
        .await;
    let r = bob_api
        .send(Method::PUT, &format!("/api/v1/events/{id}/brokerage/meetings/{ac}/place"), json!({"slot": slots[0]}))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    bob_api.send(Method::POST, &format!("/api/v1/events/{id}/brokerage/publish"), json!({})).await;
    let ana_pid =
        bob_api.get(&format!("/api/v1/events/{id}/brokerage/meetings")).await.json()[0]["requester"].as_i64().unwrap();
    let r = dora_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/requests"), json!({"invitee": ana_pid}))
        .await;
    let da = r.json()["id"].as_i64().unwrap();
    ana_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/meetings/{da}/answer"), json!({"accept": true}))
        .await;
    let run = bob_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/schedule"), json!({"allow_moves": false}))
        .await
        .json();
    assert_eq!(
        (run["placed"].as_i64(), run["unplaced"].as_i64(), run["moved"].as_i64()),
        (Some(1), Some(1), Some(0)),
        "{run}"
    );
    let run = bob_api
        .send(Method::POST, &format!("/api/v1/events/{id}/brokerage/schedule"), json!({"allow_moves": true}))
        .await
        .json();
    assert_eq!(
        (run["placed"].as_i64(), run["unplaced"].as_i64(), run["moved"].as_i64()),
        (Some(2), Some(0), Some(1)),
        "{run}"
    );
    let all = bob_api.get(&format!("/api/v1/events/{id}/brokerage/meetings")).await.json();
    assert_eq!(meeting(&all, da)["slot"], slots[0]);
    assert_ne!(meeting(&all, ac)["slot"], slots[0]);
    assert!(app.mails_to("carl@radar.fr").await.iter().any(|m| m.text.contains("changed the time or table")));
}
