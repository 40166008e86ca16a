//! Events for benchmarks: `seed --events E --registrations R` (E published events of the
//! member initiatives, a fifth of them past, and R registrations spread over them by the
//! first users), and `seed --event-crowd K` (one popular event and K people with API
//! tokens, written to a file, to register into it at once).

use crate::seed::progress;
use anyhow::bail;
use domain::UserId;
use domain::accounts::{AccountStatus, Email, TokenScope};
use domain::events::{EventDraft, EventState, KINDS, place};
use domain::resources::Publisher;
use store::Db;
use store::accounts::{NewApiToken, NewUser};

fn draft(
    publisher: Publisher,
    i: u32,
    starts_at: i64,
    capacity: Option<i64>,
    next: &mut impl FnMut(usize) -> usize,
) -> EventDraft {
    let topics = domain::initiatives::TOPICS;
    let langs = ["ENG", "FRA", "DEU", "SPA", "ITA"];
    EventDraft {
        publisher,
        kind: KINDS[next(KINDS.len())].to_owned(),
        format: "online".into(),
        title: format!("Generated event {i}"),
        summary: "Generated for benchmarks.".into(),
        description: String::new(),
        venue: None,
        address: None,
        join_link: Some("https://meet.example/bench".into()),
        time_zone: "Europe/Brussels".into(),
        starts_at,
        ends_at: starts_at + 3600 * (1 + next(4) as i64),
        languages: vec![langs[next(langs.len())].to_owned()],
        audiences: vec!["buyers".into()],
        topics: vec![topics[next(topics.len())].to_owned()],
        sectors: vec![],
        capacity,
        registration_opens_at: None,
        registration_closes_at: None,
        approval: false,
        co_organisers: vec![],
        speakers: vec![],
        agenda: vec![],
        reminders: domain::event_forms::DEFAULT_REMINDERS.to_vec(),
    }
}

/// `e` published events and `r` registrations of the first users (who must exist:
/// `--synthetic`), deterministic.
pub async fn events(db: &Db, e: u32, r: u32) -> anyhow::Result<()> {
    let publishers: Vec<Publisher> = db.initiatives().await?.iter().map(|i| Publisher::Initiative(i.id.0)).collect();
    if publishers.is_empty() {
        bail!("no member initiative: seed --demo or --synthetic first");
    }
    let per_event = if e == 0 { 0 } else { r.div_ceil(e) };
    let users = db.first_user_ids(i64::from(per_event.max(1))).await?;
    if r > 0 && users.len() < per_event as usize {
        bail!("{} registrations per event need {per_event} users; seed --synthetic {per_event} first", per_event);
    }
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |m: usize| {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((x >> 33) as usize) % m
    };
    let now = store::now();
    let mut done = 0u32;
    let mut tx = db.begin().await?;
    for i in 0..e {
        if i > 0 && i % 200 == 0 {
            tx.commit().await?;
            tx = db.begin().await?;
        }
        // A fifth in the past year, the rest in the next one, on the hour.
        let days = next(365) as i64;
        let start = (now / 3600) * 3600 + if i % 5 == 0 { -days * 86_400 - 86_400 } else { days * 86_400 + 86_400 };
        let capacity = if next(4) == 0 { None } else { Some(10 + next(200) as i64) };
        let d = draft(publishers[next(publishers.len())], i, start, capacity, &mut next);
        let id = tx.create_event(&d, "", UserId(users.first().copied().unwrap_or(1)), now).await?;
        let state = if i % 5 == 0 { EventState::Finished } else { EventState::Published };
        tx.set_event_state(id, state, now).await?;
        let mut confirmed = 0;
        for u in users.iter().take(per_event.min(r - done) as usize) {
            let status = place(capacity, confirmed);
            if status == domain::events::RegStatus::Confirmed {
                confirmed += 1;
            }
            tx.put_registration(id, UserId(*u), status, &Default::default(), now).await?;
            done += 1;
        }
        progress("events", i + 1, e);
    }
    tx.commit().await?;
    println!("Added {e} events and {done} registrations.");
    Ok(())
}

/// One published event with `seats` seats and `k` people with API tokens, one a line in
/// `file` (for `bench/events.sh`); prints the event's id.
pub async fn crowd(db: &Db, k: u32, seats: i64, file: &std::path::Path) -> anyhow::Result<()> {
    let publishers: Vec<Publisher> = db.initiatives().await?.iter().map(|i| Publisher::Initiative(i.id.0)).collect();
    let Some(publisher) = publishers.first().copied() else { bail!("no member initiative: seed --demo first") };
    let now = store::now();
    let hash = web::passwords::hash(store::secret::random_hex()).await?;
    let tag = &store::secret::random_hex()[..8];
    let mut tokens = String::new();
    let mut tx = db.begin().await?;
    let mut first = None;
    for i in 0..k {
        if i > 0 && i % 1000 == 0 {
            tx.commit().await?;
            tx = db.begin().await?;
        }
        let email = Email::parse("email", &format!("crowd{i}.{tag}@synthetic.iptf-hub.eu"))
            .map_err(|e| anyhow::anyhow!("crowd address: {}", e.code))?;
        let user = tx
            .create_user(
                NewUser {
                    email: &email,
                    name: &format!("Crowd {i}"),
                    password_hash: &hash,
                    language: None,
                    is_admin: false,
                    confirmed_at: Some(now),
                    status: AccountStatus::Approved,
                },
                now,
            )
            .await?;
        first.get_or_insert(user);
        let (secret, token_hash) = store::secret::new_secret();
        let token = format!("iptf_{secret}");
        let t = NewApiToken {
            user,
            name: "events benchmark",
            token_hash: &token_hash,
            prefix: &token[..13],
            scope: TokenScope::ReadWrite,
            expires_at: Some(now + 86_400),
        };
        tx.create_api_token(t, now).await?;
        tokens.push_str(&token);
        tokens.push('\n');
        progress("crowd", i + 1, k);
    }
    let mut x: u64 = 7;
    let mut next = move |m: usize| {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((x >> 33) as usize) % m
    };
    let d = EventDraft {
        title: "A popular event".into(),
        ..draft(publisher, 0, (now / 3600 + 24 * 30) * 3600, Some(seats), &mut next)
    };
    let id = tx.create_event(&d, "", first.unwrap_or(UserId(1)), now).await?;
    tx.set_event_state(id, EventState::Published, now).await?;
    tx.commit().await?;
    std::fs::write(file, tokens)?;
    println!("event {id} seats {seats} tokens {}", file.display());
    Ok(())
}
