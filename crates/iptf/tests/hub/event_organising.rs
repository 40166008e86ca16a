//! Events beyond registering: the organisers' own questions, approval, reserved seats,
//! attendance and certificates, messages, feedback and results, reminders with the
//! calendar file, members' meetings, the shared calendar.

use crate::harness::{Api, TestApp, initiative_with_editor, token_for};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// A local time in Brussels `hours` from now (rounded to the minute), as the API takes it.
fn brussels_in(hours: i64) -> String {
    let t = store::now() + hours * 3600;
    domain::events::utc_to_local(t, domain::events::zone("Europe/Brussels").unwrap())
}

fn body(ini: i64, extra: Value) -> Value {
    let mut b = json!({"organiser": format!("initiative:{ini}"), "kind": "workshop", "format": "online",
        "title": "Co-design workshop for hospital buyers", "summary": "Half a day on outcome-based specifications.",
        "time_zone": "Europe/Brussels", "starts_at": "2099-05-04T09:00", "ends_at": "2099-05-04T13:00",
        "join_link": "https://meet.example/workshop", "topics": ["market-consultation"]});
    for (k, v) in extra.as_object().unwrap() {
        b[k] = v.clone();
    }
    b
}

#[tokio::test]
async fn organisers_ask_questions_approve_registrations_and_keep_seats_for_guests() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    // Speakers, agenda, approval and reminders come with the event; bad ones are named.
    let bad = body(
        ini,
        json!({"co_organisers": ["initiative:99999"], "agenda": [{"starts": "10:30", "ends": "09:00", "title": "Backwards"}],
               "reminders": [7]}),
    );
    let r = bob_api.send(Method::POST, "/api/v1/events", bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    for field in ["agenda", "reminders"] {
        assert!(r.body.contains(&format!("\"{field}\"")), "{field}: {}", r.body);
    }
    let good = body(
        ini,
        json!({"capacity": 2, "approval": true, "reminders": [60],
               "speakers": [{"name": "Ana Silva", "affiliation": "Head of procurement, Lisbon"}],
               "agenda": [{"starts": "09:00", "ends": "10:30", "title": "Why outcomes", "speaker": "Ana Silva"}]}),
    );
    let r = bob_api.send(Method::POST, "/api/v1/events", good).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let e = r.json();
    let id = e["id"].as_i64().unwrap();
    assert_eq!((e["approval"].as_bool(), e["reminders"].clone()), (Some(true), json!([60])));
    assert_eq!(e["speakers"][0]["name"], "Ana Silva");

    // The registration form: bad questions are named, good ones get ids.
    let qs = |list: Value| json!({ "questions": list });
    let r = bob_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/questions"),
            qs(json!([{"label": "Diet", "kind": "single", "choices": ["none"]}])),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("question-choices-needed"), "{}", r.body);
    let form = json!([
        {"label": "Your organisation", "kind": "short", "required": true},
        {"label": "Dietary needs", "kind": "single", "choices": ["None", "Vegetarian"]},
        {"label": "Photos allowed", "kind": "yesno", "required": true}
    ]);
    let r = bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/questions"), qs(form)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let q: Vec<i64> = r.json().as_array().unwrap().iter().map(|q| q["id"].as_i64().unwrap()).collect();
    assert_eq!(q, [1, 2, 3]);
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    // Someone else cannot change the form.
    let mut ana = app.signed_in("ana@example.pt", "Ana").await;
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "a").await));
    let r = ana_api.send(Method::PUT, &format!("/api/v1/events/{id}/questions"), qs(json!([]))).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // A required question answered with nothing is named; then Ana waits for approval.
    let reg = format!("/api/v1/events/{id}/registration");
    let r = ana_api.send(Method::POST, &reg, json!({"answers": {"1": "  ", "3": true}})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("\"answer-1\"") && r.body.contains("answer-required"), "{}", r.body);
    let r = ana_api
        .send(Method::POST, &reg, json!({"answers": {"1": "=cmd|' /C calc'!A0", "2": "Vegan", "3": "yes"}}))
        .await;
    assert!(r.body.contains("\"answer-2\""), "a choice not offered: {}", r.body);
    let r = ana_api
        .send(Method::POST, &reg, json!({"answers": {"1": "=cmd|' /C calc'!A0", "2": "Vegetarian", "3": true}}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(r.json()["status"], "pending");
    // Through the page: the form shows the error next to the question.
    let mut carla = app.signed_in("carla@example.it", "Carla").await;
    let page = carla.get(&format!("/events/{id}")).await;
    page.assert_contains(&format!("href=\"/events/{id}/register\""));
    page.assert_contains("Why outcomes");
    let r = carla.post_form(&format!("/events/{id}/register"), &[("answer-1", ""), ("answer-3", "no")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-answer-1-error");
    r.assert_contains("an answer is required");
    let r =
        carla.post_form(&format!("/events/{id}/register"), &[("answer-1", "Comune di Roma"), ("answer-3", "no")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // One seat kept for Dora: more invitations than seats are refused.
    let inv = format!("/api/v1/events/{id}/invitations");
    let r =
        bob_api.send(Method::POST, &inv, json!({"emails": ["dora@example.de", "x@example.eu", "y@example.eu"]})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("too-many-invitations"), "{}", r.body);
    let r = bob_api.send(Method::POST, &inv, json!({"emails": ["Dora@Example.de"]})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let r = bob_api.send(Method::POST, &inv, json!({"emails": ["not an address"]})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Approvals: Ana takes the free seat; Carla waits, since the other one is kept for Dora.
    let ps = bob_api.get(&format!("/api/v1/events/{id}/participants")).await.json();
    let uid =
        |name: &str| ps.as_array().unwrap().iter().find(|p| p["name"] == name).unwrap()["user_id"].as_i64().unwrap();
    let (ana_id, carla_id) = (uid("Ana"), uid("Carla"));
    let decide = |who: i64| format!("/api/v1/events/{id}/participants/{who}/decision");
    let r = ana_api.send(Method::PUT, &decide(ana_id), json!({"decision": "approve"})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "only organisers decide");
    let r = bob_api.send(Method::PUT, &decide(ana_id), json!({"decision": "approve"})).await;
    assert_eq!(r.json()["status"], "confirmed");
    let r = bob_api.send(Method::PUT, &decide(ana_id), json!({"decision": "approve"})).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "approved twice");
    let r = bob_api.send(Method::PUT, &decide(carla_id), json!({"decision": "approve"})).await;
    assert_eq!(r.json()["status"], "waiting");
    // Dora, invited, needs no approval and takes her seat.
    let mut dora = app.signed_in("dora@example.de", "Dora").await;
    let dora_api = Api::new(&app, Some(&token_for(&mut dora, "d").await));
    let r = dora_api.send(Method::POST, &reg, json!({"answers": {"1": "Land Berlin", "3": "yes"}})).await;
    assert_eq!(r.json()["status"], "confirmed", "{}", r.body);
    let invs = bob_api.get(&inv).await.json();
    assert_eq!(invs[0]["claimed"], true, "{invs}");
    // Rejecting Ana frees her seat: Carla gets it and is told.
    let r = bob_api.send(Method::PUT, &decide(ana_id), json!({"decision": "reject"})).await;
    assert_eq!(r.json()["status"], "rejected");
    let carla_api = Api::new(&app, Some(&token_for(&mut carla, "c").await));
    assert_eq!(carla_api.get(&format!("/api/v1/events/{id}")).await.json()["my_registration"], "confirmed");
    app.run_jobs().await;
    let subjects: Vec<String> = app.mails_to("carla@example.it").await.into_iter().map(|m| m.subject).collect();
    assert!(subjects.iter().any(|s| s.starts_with("Registration received")), "{subjects:?}");
    assert!(subjects.iter().any(|s| s.starts_with("A seat is yours")), "{subjects:?}");
    assert!(app.mails_to("ana@example.pt").await.iter().any(|m| m.subject.starts_with("Registration not accepted")));
    assert!(app.mails_to("dora@example.de").await.iter().any(|m| m.subject.starts_with("Invitation:")));

    // The answers: in the organisers' CSV (a formula neutralised) and API, nobody else's.
    let csv = bob
        .client
        .get(format!("{}/events/{id}/participants.csv", bob.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains("\"Your organisation\",\"Dietary needs\",\"Photos allowed\""), "{csv}");
    assert!(csv.contains("\"'=cmd|' /C calc'!A0\",\"Vegetarian\",\"Yes\""), "{csv}");
    assert!(csv.contains("\"Comune di Roma\",\"\",\"No\""), "{csv}");
    let ps = bob_api.get(&format!("/api/v1/events/{id}/participants")).await.json();
    assert!(ps.to_string().contains("Land Berlin"));
    assert_eq!(carla_api.get(&format!("/api/v1/events/{id}/participants")).await.status, StatusCode::NOT_FOUND);
    // Attendance is for the day itself.
    let r = bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/attendance"), json!({"present": [carla_id]})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("attendance-not-open"), "{}", r.body);
    // Editing the form keeps the answers with their question; a new question gets a new id.
    let form = json!([{"id": 3, "label": "Photos allowed", "kind": "yesno", "required": true},
                      {"label": "Anything else", "kind": "long"}]);
    let r = bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/questions"), qs(form)).await;
    let q: Vec<i64> = r.json().as_array().unwrap().iter().map(|q| q["id"].as_i64().unwrap()).collect();
    assert_eq!(q, [3, 4]);
}

#[tokio::test]
async fn attendance_gives_certificates_and_attendees_give_feedback() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let r = bob_api.send(Method::POST, "/api/v1/events", body(ini, json!({}))).await;
    let id = r.json()["id"].as_i64().unwrap();
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    let mut ana = app.signed_in("ana@example.pt", "Ana Sousa").await;
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "a").await));
    let mut carla = app.signed_in("carla@example.it", "Carla").await;
    let carla_api = Api::new(&app, Some(&token_for(&mut carla, "c").await));
    for a in [&ana_api, &carla_api] {
        assert_eq!(
            a.send(Method::POST, &format!("/api/v1/events/{id}/registration"), json!({})).await.status,
            StatusCode::CREATED
        );
    }
    // Feedback waits for the end.
    let fb = format!("/api/v1/events/{id}/feedback");
    let r = ana_api.send(Method::POST, &fb, json!({"rating": 5})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    // Messages to the participants: both fields needed; then everyone confirmed gets it.
    let r =
        bob_api.send(Method::POST, &format!("/api/v1/events/{id}/messages"), json!({"subject": "", "body": ""})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("\"subject\"") && r.body.contains("\"body\""), "{}", r.body);
    let r = bob
        .post_form(&format!("/events/{id}/message"), &[("to", "confirmed"), ("subject", "Room change"), ("body", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("f-body-error");
    let r = bob_api
        .send(
            Method::POST,
            &format!("/api/v1/events/{id}/messages"),
            json!({"subject": "Slides", "body": "Bring a laptop."}),
        )
        .await;
    assert_eq!(r.json()["count"], 2);
    let r = ana_api
        .send(Method::POST, &format!("/api/v1/events/{id}/messages"), json!({"subject": "x", "body": "y"}))
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // The workshop took place: the organisers move it to this morning.
    let mut moved = body(ini, json!({}));
    moved["starts_at"] = json!(brussels_in(-3));
    moved["ends_at"] = json!(brussels_in(-1));
    let r = bob_api.send(Method::PUT, &format!("/api/v1/events/{id}"), moved).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let ps = bob_api.get(&format!("/api/v1/events/{id}/participants")).await.json();
    let uid =
        |name: &str| ps.as_array().unwrap().iter().find(|p| p["name"] == name).unwrap()["user_id"].as_i64().unwrap();
    let (ana_id, carla_id) = (uid("Ana Sousa"), uid("Carla"));
    // Through the page: Ana ticked, Carla not.
    let page = bob.get(&format!("/events/{id}")).await;
    page.assert_contains("name=\"present\"");
    let (a, c) = (ana_id.to_string(), carla_id.to_string());
    let r =
        bob.post_form(&format!("/events/{id}/attendance"), &[("listed", &a), ("listed", &c), ("present", &a)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/attendance"), json!({"present": [999999]})).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "not a participant");
    let r = bob_api.send(Method::POST, &format!("/api/v1/events/{id}/certificates"), json!({})).await;
    assert_eq!(r.json()["count"], 1);
    assert_eq!(
        bob_api.send(Method::POST, &format!("/api/v1/events/{id}/certificates"), json!({})).await.json()["count"],
        0
    );
    app.run_jobs().await;
    let link = app.link_for("ana@example.pt").await;
    assert!(link.contains("/certificates/"), "{link}");
    let code = link.rsplit('/').next().unwrap().to_owned();
    // Anyone with the address can check it; an unknown code is not found.
    let anon = Api::new(&app, None);
    let cert = anon.get(&format!("/api/v1/certificates/{code}")).await.json();
    assert_eq!((cert["name"].as_str(), cert["event_id"].as_i64()), (Some("Ana Sousa"), Some(id)));
    let page = app.browser().get(&format!("/certificates/{code}")).await;
    page.assert_contains("Certificate of attendance");
    page.assert_contains("Ana Sousa");
    assert_eq!(anon.get("/api/v1/certificates/00000000000000000000").await.status, StatusCode::NOT_FOUND);
    assert_eq!(anon.get("/api/v1/certificates/..%2f..").await.status, StatusCode::NOT_FOUND);

    // Feedback: Carla, recorded absent, cannot; Ana gives a rating, badly then well.
    let r = carla_api.send(Method::POST, &fb, json!({"rating": 4})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let r = ana_api.send(Method::POST, &fb, json!({"rating": 6})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("invalid-rating"));
    let r = ana.post_form(&format!("/events/{id}/feedback"), &[("rating", "4"), ("comment", "Very practical")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Finishing asks those present for feedback.
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "finished"})).await;
    app.run_jobs().await;
    assert!(app.mails_to("ana@example.pt").await.iter().any(|m| m.subject.starts_with("Your feedback")));
    assert!(!app.mails_to("carla@example.it").await.iter().any(|m| m.subject.starts_with("Your feedback")));
    let s = bob_api.get(&format!("/api/v1/events/{id}/summary")).await.json();
    assert_eq!(
        (s["attended"].as_i64(), s["absent"].as_i64(), s["attendance_rate"].as_i64()),
        (Some(1), Some(1), Some(50))
    );
    assert_eq!((s["average_rating"].as_f64(), s["comments"][0].as_str()), (Some(4.0), Some("Very practical")));
    bob.get(&format!("/events/{id}/summary")).await.assert_contains("50 %");
    assert_eq!(carla_api.get(&format!("/api/v1/events/{id}/summary")).await.status, StatusCode::NOT_FOUND);
    // Marked absent after all, Ana's certificate is withdrawn.
    bob_api
        .send(Method::PUT, &format!("/api/v1/events/{id}/attendance"), json!({"present": [], "absent": [ana_id]}))
        .await;
    assert_eq!(anon.get(&format!("/api/v1/certificates/{code}")).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn reminders_go_once_each_with_the_calendar_file() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let r = bob_api
        .send(
            Method::POST,
            "/api/v1/events",
            body(ini, json!({"starts_at": brussels_in(30), "ends_at": brussels_in(31)})),
        )
        .await;
    let e = r.json();
    let id = e["id"].as_i64().unwrap();
    assert_eq!(e["reminders"], json!([1440, 60]), "the default");
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    let mut ana = app.signed_in("ana@example.pt", "Ana").await;
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "a").await));
    ana_api.send(Method::POST, &format!("/api/v1/events/{id}/registration"), json!({})).await;
    let starts = app.db.event(id).await.unwrap().draft.starts_at;
    let send = |at: i64| web::events::more::send_reminders(&app.state, at);
    assert_eq!(send(starts - 25 * 3600).await.unwrap(), 0, "too early");
    assert_eq!(send(starts - 23 * 3600).await.unwrap(), 1);
    assert_eq!(send(starts - 22 * 3600).await.unwrap(), 0, "once");
    assert_eq!(send(starts - 1800).await.unwrap(), 1, "the hour before");
    assert_eq!(send(starts - 1700).await.unwrap(), 0);
    assert_eq!(send(starts + 60).await.unwrap(), 0, "not after the start");
    app.run_jobs().await;
    let reminders: Vec<_> =
        app.mails_to("ana@example.pt").await.into_iter().filter(|m| m.subject.starts_with("Reminder:")).collect();
    assert_eq!(reminders.len(), 2);
    assert!(reminders[0].text.contains("text/calendar") && reminders[0].text.contains(&format!("event-{id}.ics")));
    // Moved a day later, the event is reminded again.
    let mut moved = body(ini, json!({}));
    moved["starts_at"] = json!(brussels_in(54));
    moved["ends_at"] = json!(brussels_in(55));
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}"), moved).await;
    assert_eq!(send(starts).await.unwrap(), 1);
}

#[tokio::test]
async fn members_meetings_are_for_the_editors_of_member_initiatives() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let meeting = body(ini, json!({"kind": "members-meeting", "title": "Members' updating meeting, May"}));
    let id = bob_api.send(Method::POST, "/api/v1/events", meeting).await.json()["id"].as_i64().unwrap();
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    // Nobody else sees it: not on its page, the list, the API, the search, nor can register.
    let mut ana = app.signed_in("ana@example.pt", "Ana").await;
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "a").await));
    assert_eq!(ana.get(&format!("/events/{id}")).await.status, StatusCode::NOT_FOUND);
    assert!(!app.browser().get("/events").await.body.contains("updating meeting, May"));
    assert_eq!(ana_api.get("/api/v1/events").await.json()["total"], 0);
    assert_eq!(Api::new(&app, None).get("/api/v1/search?q=updating").await.json()["total"], 0);
    let r = ana_api.send(Method::POST, &format!("/api/v1/events/{id}/registration"), json!({})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(ana_api.get("/api/v1/action-items").await.status, StatusCode::NOT_FOUND);
    assert_eq!(bob_api.get("/api/v1/events").await.json()["total"], 1);

    // Members propose agenda items before it; a title is needed.
    let items = format!("/api/v1/events/{id}/agenda-items");
    let r = bob_api.send(Method::POST, &items, json!({"title": " "})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = bob_api
        .send(Method::POST, &items, json!({"title": "Joint PCP on dementia care", "detail": "Who joins?"}))
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let r = ana_api.send(Method::POST, &items, json!({"title": "Let me in"})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // Minutes and action items, followed across meetings on one page.
    let r = bob_api
        .send(
            Method::PUT,
            &format!("/api/v1/events/{id}/minutes"),
            json!({"minutes": "## Decisions\n\n- Survey members"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let acts = format!("/api/v1/events/{id}/action-items");
    let r =
        bob_api.send(Method::POST, &acts, json!({"title": "Send the survey", "owner": "", "due_on": "1 June"})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("\"owner\"") && r.body.contains("\"due_on\""), "{}", r.body);
    let r = bob_api
        .send(Method::POST, &acts, json!({"title": "Send the survey", "owner": "Bob", "due_on": "2099-06-01"}))
        .await;
    let action = r.json()["id"].as_i64().unwrap();
    let page = bob.get(&format!("/events/{id}")).await;
    page.assert_contains("Joint PCP on dementia care");
    page.assert_contains("<h2>Decisions</h2>");
    page.assert_contains("Send the survey");
    let r = bob_api
        .send(
            Method::PUT,
            &format!("/api/v1/action-items/{action}"),
            json!({"title": "Send the survey", "owner": "Bob", "status": "done"}),
        )
        .await;
    assert_eq!(r.json()["status"], "done");
    let all = bob.get("/meetings/actions?status=done").await;
    all.assert_contains("Send the survey");
    assert!(!bob.get("/meetings/actions?status=open").await.body.contains("Send the survey"));
    assert_eq!(bob.get("/meetings/actions?status=late").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_shared_calendar_shows_a_month_and_a_week() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let id = bob_api.send(Method::POST, "/api/v1/events", body(ini, json!({}))).await.json()["id"].as_i64().unwrap();
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    let mut v = app.browser();
    let month = v.get("/events/calendar?date=2099-05-20").await;
    assert_eq!(month.status, StatusCode::OK);
    month.assert_contains("May 2099");
    month.assert_contains(&format!("09:00 <a href=\"/events/{id}\">Co-design workshop"));
    assert!(!v.get("/events/calendar?date=2099-06-20").await.body.contains("Co-design"));
    let week = v.get("/events/calendar?view=week&date=2099-05-06&tz=Europe/Lisbon").await;
    week.assert_contains("Week of 2099-05-04 to 2099-05-10");
    week.assert_contains("08:00 <a");
    assert_eq!(v.get("/events/calendar?date=someday").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v.get("/events/calendar?tz=Mars/Olympus").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The API takes the same period.
    let anon = Api::new(&app, None);
    assert_eq!(anon.get("/api/v1/events?from=2099-05-01&to=2099-05-31").await.json()["total"], 1);
    assert_eq!(anon.get("/api/v1/events?from=2099-06-01&to=2099-06-30").await.json()["total"], 0);
    assert_eq!(anon.get("/api/v1/events?from=2099-06-01&to=2099-05-01").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn co_organisers_manage_the_event_and_recordings_are_linked() {
    let app = TestApp::spawn().await;
    let (mut admin, mut bob, ini) = initiative_with_editor(&app).await;
    let r = admin
        .post_form("/initiatives", &[("acronym", "BUILD"), ("name", "B"), ("summary", "s"), ("status", "founding")])
        .await;
    let build: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let mut eva = app.signed_in("eva@build.eu", "Eva").await;
    admin.post_form(&format!("/initiatives/{build}/editors"), &[("email", "eva@build.eu")]).await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let eva_api = Api::new(&app, Some(&token_for(&mut eva, "e").await));
    // A co-organiser must be a member initiative or an approved organisation.
    let r =
        bob_api.send(Method::POST, "/api/v1/events", body(ini, json!({"co_organisers": ["initiative:99999"]}))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("\"co_organisers\""), "{}", r.body);
    let r = bob_api
        .send(Method::POST, "/api/v1/events", body(ini, json!({"co_organisers": [format!("initiative:{build}")]})))
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    // Eva, editor of the co-organiser, manages it too: she publishes it and sees who comes.
    let r = eva_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(eva_api.get(&format!("/api/v1/events/{id}/participants")).await.status, StatusCode::OK);
    app.browser().get(&format!("/events/{id}")).await.assert_contains("with BUILD");

    // The recording, published in the library, is linked to the event; a draft is not.
    let res = |title: &str| {
        json!({"publisher": format!("initiative:{ini}"), "kind": "recording", "title": title,
               "summary": "The webinar recorded.", "link": "https://video.example/pcp", "language": "ENG"})
    };
    let rec = bob_api.send(Method::POST, "/api/v1/resources", res("Recording: co-design workshop")).await;
    assert_eq!(rec.status, StatusCode::CREATED, "{}", rec.body);
    let rec = rec.json()["id"].as_i64().unwrap();
    let draft = bob_api.send(Method::POST, "/api/v1/resources", res("Slides, not yet out")).await.json()["id"]
        .as_i64()
        .unwrap();
    bob_api.send(Method::PUT, &format!("/api/v1/resources/{rec}/state"), json!({"state": "published"})).await;
    let link = format!("/api/v1/events/{id}/resources");
    let r = bob_api.send(Method::POST, &link, json!({"resource_id": draft})).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let mut ana = app.signed_in("ana@example.pt", "Ana").await;
    let ana_api = Api::new(&app, Some(&token_for(&mut ana, "a").await));
    assert_eq!(ana_api.send(Method::POST, &link, json!({"resource_id": rec})).await.status, StatusCode::NOT_FOUND);
    assert_eq!(bob_api.send(Method::POST, &link, json!({"resource_id": rec})).await.status, StatusCode::NO_CONTENT);
    let linked = Api::new(&app, None).get(&link).await.json();
    assert_eq!(linked[0]["title"], "Recording: co-design workshop");
    let page = app.browser().get(&format!("/events/{id}")).await;
    page.assert_contains("Slides and recordings");
    page.assert_contains(&format!("href=\"/resources/{rec}\""));
    let r = bob_api.send(Method::DELETE, &format!("{link}/{rec}"), json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(Api::new(&app, None).get(&link).await.json(), json!([]));
}
