//! Events: organisers publish; people register; registration never oversells under
//! concurrency and a freed seat goes to the first person waiting; calendars.

use crate::harness::{Api, TestApp, initiative_with_editor, token_for};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// `n` people who can call the API, made directly in the database (one password hash for
/// all: signing in is not what is tested), with their tokens.
async fn people(app: &TestApp, n: usize) -> Vec<String> {
    let hash = web::passwords::hash("not used for tokens".into()).await.unwrap();
    let mut tokens = Vec::with_capacity(n);
    let mut tx = app.db.begin().await.unwrap();
    for k in 0..n {
        let email = domain::accounts::Email::parse("email", &format!("p{k}@crowd.example")).unwrap();
        let user = tx
            .create_user(
                store::accounts::NewUser {
                    email: &email,
                    name: &format!("Person {k}"),
                    password_hash: &hash,
                    language: None,
                    is_admin: false,
                    confirmed_at: Some(1),
                    status: domain::accounts::AccountStatus::Approved,
                },
                store::now(),
            )
            .await
            .unwrap();
        let (secret, token_hash) = store::secret::new_secret();
        let token = format!("iptf_{secret}");
        let t = store::accounts::NewApiToken {
            user,
            name: "crowd",
            token_hash: &token_hash,
            prefix: &token[..13],
            scope: domain::accounts::TokenScope::ReadWrite,
            expires_at: None,
        };
        tx.create_api_token(t, store::now()).await.unwrap();
        tokens.push(token);
    }
    tx.commit().await.unwrap();
    tokens
}

fn event_body(ini: i64, capacity: Option<i64>) -> Value {
    json!({"organiser": format!("initiative:{ini}"), "kind": "webinar", "format": "online",
           "title": "Market consultation in practice", "summary": "One hour with two buyers.",
           "time_zone": "Europe/Brussels", "starts_at": "2099-03-10T14:00", "ends_at": "2099-03-10T15:00",
           "join_link": "https://meet.example/room-42", "capacity": capacity, "topics": ["market-consultation"],
           "languages": ["ENG"]})
}

#[tokio::test]
async fn organisers_publish_events_and_people_register() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let publisher = format!("initiative:{ini}");
    // Bad input: each field says what is wrong.
    let r = bob
        .post_form(
            "/events",
            &[
                ("publisher", &publisher),
                ("kind", "webinar"),
                ("format", "online"),
                ("title", "T"),
                ("summary", "S"),
                ("time_zone", "Europe/Brussels"),
                ("starts_at", "2099-03-29T02:30"),
                ("ends_at", "2099-03-28T10:00"),
                ("capacity", "-5"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("does not exist in the event");
    r.assert_contains("f-capacity-error");
    let fields = [
        ("publisher", publisher.as_str()),
        ("kind", "training"),
        ("format", "hybrid"),
        ("title", "Training on innovation partnerships"),
        ("summary", "A day with practitioners."),
        ("venue", "Maison de l'Europe"),
        ("join_link", "https://meet.example/secret-room"),
        ("time_zone", "Europe/Brussels"),
        ("starts_at", "2099-06-10T09:00"),
        ("ends_at", "2099-06-10T17:00"),
        ("capacity", "1"),
        ("topics", "innovation-partnership"),
    ];
    let r = bob.post_form("/events", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    // A draft is its organisers' alone.
    let mut visitor = app.browser();
    assert_eq!(visitor.get(&format!("/events/{id}")).await.status, StatusCode::NOT_FOUND);
    assert!(!visitor.get("/events").await.body.contains("innovation partnerships"));
    let mut ana = app.signed_in("ana@example.fr", "Ana").await;
    let r = ana.post_form(&format!("/events/{id}/register"), &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        bob.post_form(&format!("/events/{id}/state"), &[("state", "published")]).await.status,
        StatusCode::SEE_OTHER
    );

    // Published: listed with its local time, registered for, the join link for the seat holder only.
    let list = visitor.get("/events?topic=innovation-partnership").await;
    list.assert_contains("Training on innovation partnerships");
    list.assert_contains("2099-06-10 09:00 – 17:00 (Europe/Brussels)");
    assert_eq!(visitor.get("/events?kind=party").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = visitor.get(&format!("/events/{id}")).await;
    assert!(!page.body.contains("secret-room"));
    page.assert_contains("\"@type\":\"Event\"");
    page.assert_contains("MixedEventAttendanceMode\"");
    ana.post_form(&format!("/events/{id}/register"), &[]).await;
    let page = ana.get(&format!("/events/{id}")).await;
    page.assert_contains("your seat is confirmed");
    app.run_jobs().await;
    let confirmation = app.mails_to("ana@example.fr").await;
    let m = confirmation.iter().find(|m| m.subject.starts_with("Registered:")).expect("a confirmation");
    assert!(m.text.contains(&format!("/events/{id}/calendar.ics")), "{}", m.text);
    // The calendar file travels with it, as an attachment.
    assert!(m.text.contains("text/calendar") && m.text.contains(&format!("event-{id}.ics")), "{}", m.text);
    page.assert_contains("https://meet.example/secret-room");
    let r = ana.post_form(&format!("/events/{id}/register"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // The one seat is taken: Carla waits, and does not see the link.
    let mut carla = app.signed_in("carla@example.it", "Carla").await;
    carla.post_form(&format!("/events/{id}/register"), &[]).await;
    let page = carla.get(&format!("/events/{id}")).await;
    page.assert_contains("waiting list");
    assert!(!page.body.contains("secret-room"));
    let carla_api = Api::new(&app, Some(&token_for(&mut carla, "c").await));
    let me = carla_api.get(&format!("/api/v1/events/{id}")).await.json();
    assert_eq!(me["my_registration"], "waiting");
    assert!(me["join_link"].is_null());
    assert_eq!(carla_api.get(&format!("/api/v1/events/{id}/participants")).await.status, StatusCode::NOT_FOUND);
    let r = carla_api.send(Method::POST, &format!("/api/v1/events/{id}/registration"), json!({})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("already-registered"), "{}", r.body);

    // Ana cancels: Carla gets the seat and an e-mail.
    ana.post_form(&format!("/events/{id}/cancel"), &[]).await;
    let me = carla_api.get(&format!("/api/v1/events/{id}")).await.json();
    assert_eq!(me["my_registration"], "confirmed");
    assert_eq!(me["join_link"], "https://meet.example/secret-room");
    app.run_jobs().await;
    let mail = app.mails_to("carla@example.it").await;
    assert!(
        mail.iter().any(|m| m.subject.contains("A seat is yours")),
        "{:?}",
        mail.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    // The organisers see who holds a seat and who waits.
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let ps = bob_api.get(&format!("/api/v1/events/{id}/participants")).await.json();
    assert_eq!(ps[0]["name"], "Carla");
    assert_eq!(ps[0]["status"], "confirmed");
    let r = bob.client.get(format!("{}/events/{id}/participants.csv", bob.base)).send().await.unwrap();
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    assert!(csv.starts_with('\u{feff}') && csv.contains("\"Carla\",\"carla@example.it\",\"confirmed\""), "{csv}");
    let r = carla.client.get(format!("{}/events/{id}/participants.csv", carla.base)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // The search finds the published event.
    let anon = Api::new(&app, None);
    let s = anon.get("/api/v1/search?q=partnerships&kind=event").await.json();
    assert_eq!(s["total"], 1, "{s}");
    assert_eq!(s["hits"][0]["url"], format!("/events/{id}"));

    // A change to the published event is told to those registered.
    let mut changed = fields.to_vec();
    changed[3] = ("title", "Training on innovation partnerships (new room)");
    let r = bob.post_form(&format!("/events/{id}/edit"), &changed).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    app.run_jobs().await;
    assert!(app.mails_to("carla@example.it").await.iter().any(|m| m.subject.starts_with("Changed:")));
    // The organisers remove a participant; someone else cannot.
    let carla_id = ps[0]["user_id"].as_i64().unwrap();
    let r = carla_api.send(Method::DELETE, &format!("/api/v1/events/{id}/participants/{carla_id}"), json!({})).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = bob_api.send(Method::DELETE, &format!("/api/v1/events/{id}/participants/{carla_id}"), json!({})).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(carla_api.get(&format!("/api/v1/events/{id}")).await.json()["my_registration"], "cancelled");

    // The calendar: stable UID, UTC times, a sequence that grows, and the cancellation.
    let ics = |c: reqwest::Client, url: String| async move { c.get(url).send().await.unwrap().text().await.unwrap() };
    let url = format!("{}/events/{id}/calendar.ics", visitor.base);
    let first = ics(visitor.client.clone(), url.clone()).await;
    assert!(first.starts_with("BEGIN:VCALENDAR\r\n"), "{first}");
    assert!(first.contains(&format!("UID:event-{id}@")));
    // 09:00 in Brussels in June (CEST, UTC+2) is 07:00 UTC.
    assert!(first.contains("DTSTART:20990610T070000Z"), "{first}");
    assert!(first.contains("STATUS:CONFIRMED"));
    assert!(!first.contains("secret-room"));
    let seq = |s: &str| s.lines().find_map(|l| l.strip_prefix("SEQUENCE:")).unwrap().trim().parse::<i64>().unwrap();
    bob.post_form(&format!("/events/{id}/state"), &[("state", "cancelled")]).await;
    let cancelled = ics(visitor.client.clone(), url).await;
    assert!(cancelled.contains("STATUS:CANCELLED"));
    assert_eq!(anon.get("/api/v1/search?q=partnerships&kind=event").await.json()["total"], 0);
    assert!(seq(&cancelled) > seq(&first));
    let feed =
        ics(visitor.client.clone(), format!("{}/events/feed.ics?topic=innovation-partnership", visitor.base)).await;
    assert!(feed.contains(&format!("UID:event-{id}@")));
    // A cancelled event takes no registration.
    let mut dan = app.signed_in("dan@example.de", "Dan").await;
    let dan_api = Api::new(&app, Some(&token_for(&mut dan, "d").await));
    let r = dan_api.send(Method::POST, &format!("/api/v1/events/{id}/registration"), json!({})).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("event-not-open"), "{}", r.body);
}

#[tokio::test]
async fn a_thousand_concurrent_registrations_fill_exactly_the_seats() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let r = bob_api.send(Method::POST, "/api/v1/events", event_body(ini, Some(100))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["id"].as_i64().unwrap();
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    let tokens = people(&app, 1000).await;
    let client = reqwest::Client::new();
    let base = app.browser().base;
    let url = format!("{base}/api/v1/events/{id}/registration");
    let mut set = tokio::task::JoinSet::new();
    for t in &tokens {
        let (c, url, t) = (client.clone(), url.clone(), t.clone());
        set.spawn(async move {
            let r = c.post(url).bearer_auth(t).send().await.unwrap();
            let status = r.status();
            (status, r.text().await.unwrap())
        });
    }
    let answers = set.join_all().await;
    let mut confirmed = 0;
    let mut waiting = 0;
    for (status, body) in &answers {
        assert_eq!(*status, StatusCode::CREATED, "{body}");
        if body.contains("confirmed") {
            confirmed += 1;
        } else if body.contains("waiting") {
            waiting += 1;
        }
    }
    assert_eq!((confirmed, waiting), (100, 900));
    let e = bob_api.get(&format!("/api/v1/events/{id}")).await.json();
    assert_eq!((e["confirmed"].as_i64(), e["waiting"].as_i64()), (Some(100), Some(900)));

    // Ten seat holders cancel at once: exactly the first ten waiting are promoted.
    let ps = bob_api.get(&format!("/api/v1/events/{id}/participants")).await.json();
    let ps = ps.as_array().unwrap();
    let holders: Vec<i64> =
        ps.iter().filter(|p| p["status"] == "confirmed").map(|p| p["user_id"].as_i64().unwrap()).collect();
    let next: Vec<i64> =
        ps.iter().filter(|p| p["status"] == "waiting").take(10).map(|p| p["user_id"].as_i64().unwrap()).collect();
    let token_of = |uid: i64| {
        let k = ps.iter().position(|p| p["user_id"] == uid).unwrap();
        let name = ps[k]["name"].as_str().unwrap().trim_start_matches("Person ").parse::<usize>().unwrap();
        tokens[name].clone()
    };
    let mut set = tokio::task::JoinSet::new();
    for uid in holders.iter().take(10) {
        let (c, url, t) = (client.clone(), url.clone(), token_of(*uid));
        set.spawn(async move { c.delete(url).bearer_auth(t).send().await.unwrap().status() });
    }
    let cancels = set.join_all().await;
    assert!(cancels.iter().all(|s| *s == StatusCode::NO_CONTENT), "{cancels:?}");
    let after = bob_api.get(&format!("/api/v1/events/{id}/participants")).await.json();
    let now_confirmed: Vec<i64> = after
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["status"] == "confirmed")
        .map(|p| p["user_id"].as_i64().unwrap())
        .collect();
    assert_eq!(now_confirmed.len(), 100);
    for n in &next {
        assert!(now_confirmed.contains(n), "{n} was next in line");
    }
}

#[tokio::test]
async fn a_private_calendar_lists_my_events_with_their_join_links() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let bob_api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let id =
        bob_api.send(Method::POST, "/api/v1/events", event_body(ini, Some(1))).await.json()["id"].as_i64().unwrap();
    bob_api.send(Method::PUT, &format!("/api/v1/events/{id}/state"), json!({"state": "published"})).await;
    let mut ana = app.signed_in("ana@example.fr", "Ana").await;
    let mut carla = app.signed_in("carla@example.it", "Carla").await;
    ana.post_form(&format!("/events/{id}/register"), &[]).await;
    carla.post_form(&format!("/events/{id}/register"), &[]).await;
    let address = |body: &str| {
        let i = body.find("/calendar/").expect("an address");
        body[i..].split('"').next().unwrap().to_owned()
    };
    let get = |path: String| {
        let b = app.browser();
        async move {
            let r = b.client.get(format!("{}{path}", b.base)).send().await.unwrap();
            (r.status(), r.text().await.unwrap())
        }
    };
    let page = ana.post_form("/account/calendar", &[("action", "new")]).await;
    let mine = address(&page.body);
    let (status, ics) = get(mine.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(ics.contains(&format!("UID:event-{id}@")) && ics.contains("meet.example/room-42"), "{ics}");
    // Carla waits: her feed has the event, not its link.
    let carla_feed = address(&carla.post_form("/account/calendar", &[("action", "new")]).await.body);
    let (_, ics) = get(carla_feed).await;
    assert!(ics.contains(&format!("UID:event-{id}@")) && !ics.contains("room-42"));
    // A wrong secret, a replaced one and a stopped one open nothing.
    assert_eq!(get(format!("/calendar/{}.ics", "0".repeat(64))).await.0, StatusCode::NOT_FOUND);
    assert_eq!(get("/calendar/../../etc/passwd".into()).await.0, StatusCode::NOT_FOUND);
    let newer = address(&ana.post_form("/account/calendar", &[("action", "new")]).await.body);
    assert_eq!(get(mine).await.0, StatusCode::NOT_FOUND);
    assert_eq!(get(newer.clone()).await.0, StatusCode::OK);
    ana.post_form("/account/calendar", &[("action", "stop")]).await;
    assert_eq!(get(newer).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn organisers_see_clashes_before_they_publish() {
    let app = TestApp::spawn().await;
    let (_, mut bob, ini) = initiative_with_editor(&app).await;
    let api = Api::new(&app, Some(&token_for(&mut bob, "b").await));
    let first = api.send(Method::POST, "/api/v1/events", event_body(ini, None)).await.json()["id"].as_i64().unwrap();
    api.send(Method::PUT, &format!("/api/v1/events/{first}/state"), json!({"state": "published"})).await;
    // Half an hour later on the same topic: a clash. The next day: none.
    let mut body = event_body(ini, None);
    body["title"] = json!("Overlapping webinar");
    body["starts_at"] = json!("2099-03-10T14:30");
    body["ends_at"] = json!("2099-03-10T15:30");
    let second = api.send(Method::POST, "/api/v1/events", body.clone()).await.json()["id"].as_i64().unwrap();
    let c = api.get(&format!("/api/v1/events/{second}/clashes")).await.json();
    assert_eq!(c.as_array().unwrap().len(), 1, "{c}");
    assert_eq!(c[0]["id"], first);
    bob.get(&format!("/events/{second}")).await.assert_contains("At the same time");
    body["starts_at"] = json!("2099-03-11T14:30");
    body["ends_at"] = json!("2099-03-11T15:30");
    let third = api.send(Method::POST, "/api/v1/events", body).await.json()["id"].as_i64().unwrap();
    assert!(api.get(&format!("/api/v1/events/{third}/clashes")).await.json().as_array().unwrap().is_empty());
    // Only organisers see them.
    let mut carla = app.signed_in("carla@example.it", "Carla").await;
    let carla_api = Api::new(&app, Some(&token_for(&mut carla, "c").await));
    assert_eq!(carla_api.get(&format!("/api/v1/events/{second}/clashes")).await.status, StatusCode::NOT_FOUND);
}
