//! What events do, shared by pages and API: organisers (the editors of member initiatives
//! and members of approved organisations) publish; anyone signed in registers. A
//! registration and a cancellation take the event's row lock: the seat count and the
//! write are one step (never oversold), and a freed seat goes at once to the first person
//! waiting, who is told by e-mail.

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use crate::resources::service::publishers;
use domain::events::{EventInput, EventState, RegStatus, place, registration_closed};
use domain::resources::Publisher;
use domain::{FieldError, FieldErrors, UserId};
use store::LockTable;
use store::accounts::User;
use store::events::Event;

pub async fn may_organise(state: &AppState, user: Option<&User>, e: &Event) -> Result<bool, AppError> {
    Ok(match user {
        Some(u) if u.is_admin => true,
        Some(u) => publishers(state, u).await?.iter().any(|(p, _)| *p == e.draft.publisher),
        None => false,
    })
}

/// An event as the reader may see it: drafts only for their organisers (404 otherwise).
pub async fn visible(state: &AppState, user: Option<&User>, id: i64) -> Result<(Event, bool), AppError> {
    let e = state.db.event(id).await?;
    let organiser = may_organise(state, user, &e).await?;
    if e.state == EventState::Draft && !organiser {
        return Err(AppError::NotFound);
    }
    Ok((e, organiser))
}

pub async fn create(state: &AppState, user: &User, input: &EventInput) -> Result<i64, AppError> {
    let allowed: Vec<Publisher> = publishers(state, user).await?.into_iter().map(|(p, _)| p).collect();
    if allowed.is_empty() {
        return Err(AppError::Forbidden);
    }
    let d = input.parse(&allowed, &state.topics.codes())?;
    let html = domain::markdown::to_html(&d.description);
    let mut tx = state.db.begin().await?;
    let id = tx.create_event(&d, &html, user.id, store::now()).await?;
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(id)
}

pub async fn update(state: &AppState, user: &User, id: i64, input: &EventInput) -> Result<(), AppError> {
    let e = state.db.event(id).await?;
    if !may_organise(state, Some(user), &e).await? {
        return Err(AppError::NotFound);
    }
    let input = EventInput { publisher: e.draft.publisher.key(), ..input.clone() };
    let d = input.parse(&[e.draft.publisher], &state.topics.codes())?;
    let html = domain::markdown::to_html(&d.description);
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let before = tx.event(id).await?;
    tx.update_event(id, &d, &html, now).await?;
    // More seats: the first people waiting get them.
    let promoted = tx.promote_waiting(id, d.capacity, now).await?;
    tell_promoted(state, &mut tx, &before, &promoted).await?;
    // The people registered for a published event learn that it changed.
    if before.state == EventState::Published {
        tell_registrants(state, &mut tx, id, &d.title, "changed").await?;
    }
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(())
}

/// Publishes, cancels, marks finished or takes back to draft.
pub async fn set_state(state: &AppState, user: &User, id: i64, to: &str) -> Result<(), AppError> {
    let e = state.db.event(id).await?;
    if !may_organise(state, Some(user), &e).await? {
        return Err(AppError::NotFound);
    }
    let to = EventState::parse(to).ok_or_else(|| FieldErrors::from(FieldError::new("state", "invalid-choice")))?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let before = tx.event(id).await?;
    tx.set_event_state(id, to, store::now()).await?;
    if to == EventState::Cancelled && before.state != EventState::Cancelled {
        tell_registrants(state, &mut tx, id, &before.draft.title, "cancelled").await?;
    }
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(())
}

/// Registers `user`: a seat while one is free, else the waiting list. Registering twice,
/// outside the window or to an event that is not open is a specific error.
pub async fn register(state: &AppState, user: &User, id: i64) -> Result<RegStatus, AppError> {
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event(id).await?;
    if e.state == EventState::Draft {
        return Err(AppError::NotFound);
    }
    if let Some(why) = registration_closed(e.state, &e.draft, now) {
        return Err(AppError::Conflict(FieldError::new("event", why)));
    }
    if matches!(tx.registration(id, user.id).await?, Some(RegStatus::Confirmed | RegStatus::Waiting)) {
        return Err(AppError::Conflict(FieldError::new("event", "already-registered")));
    }
    let status = place(e.draft.capacity, tx.confirmed_count(id).await?);
    tx.put_registration(id, user.id, status, now).await?;
    // The confirmation, with the event's time and its calendar file's address.
    let tr = Tr::new(user.language.unwrap_or_default());
    let args = [("event", e.draft.title.clone().into()), ("when", super::pages::when(&e, &tr).into())];
    let key = if status == RegStatus::Confirmed { "confirmed" } else { "waiting" };
    mail::queue(
        &mut tx,
        Letter {
            tr,
            user: Some(user.id),
            to: user.email.as_str(),
            to_name: &user.name,
            subject: tr.args(&format!("mail-event-{key}-subject"), &args),
            paragraphs: vec![
                tr.args(&format!("mail-event-{key}-body"), &args),
                tr.ta("mail-event-calendar", "url", &state.config.link(&format!("/events/{id}/calendar.ics"))),
            ],
            link: Some((state.config.link(&format!("/events/{id}")), tr.t("mail-event-open"))),
        },
    )
    .await?;
    state.commit(tx).await?;
    Ok(status)
}

/// Cancels `user`'s registration; a seat freed goes to the first person waiting.
pub async fn cancel(state: &AppState, user: &User, id: i64) -> Result<(), AppError> {
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event(id).await?;
    match tx.registration(id, user.id).await? {
        Some(RegStatus::Confirmed | RegStatus::Waiting) => {}
        _ => return Err(AppError::Conflict(FieldError::new("event", "not-registered"))),
    }
    tx.set_registration(id, user.id, RegStatus::Cancelled, now).await?;
    if e.state == EventState::Published {
        let promoted = tx.promote_waiting(id, e.draft.capacity, now).await?;
        tell_promoted(state, &mut tx, &e, &promoted).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// Removes a participant (organisers); a seat freed goes to the first person waiting.
pub async fn remove(state: &AppState, organiser: &User, id: i64, who: UserId) -> Result<(), AppError> {
    let e = state.db.event(id).await?;
    if !may_organise(state, Some(organiser), &e).await? {
        return Err(AppError::NotFound);
    }
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    match tx.registration(id, who).await? {
        Some(RegStatus::Confirmed | RegStatus::Waiting) => {}
        _ => return Err(AppError::NotFound),
    }
    tx.set_registration(id, who, RegStatus::Cancelled, now).await?;
    let e = tx.event(id).await?;
    if e.state == EventState::Published {
        let promoted = tx.promote_waiting(id, e.draft.capacity, now).await?;
        tell_promoted(state, &mut tx, &e, &promoted).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// Tells everyone holding a seat or waiting that the event `changed` or was `cancelled`.
async fn tell_registrants(
    state: &AppState,
    tx: &mut store::Tx,
    id: i64,
    title: &str,
    what: &str,
) -> Result<(), AppError> {
    for u in tx.registrants(id).await? {
        let person = tx.user(u).await?;
        let tr = Tr::new(person.language.unwrap_or_default());
        let args = [("event", title.to_owned().into())];
        mail::queue(
            tx,
            Letter {
                tr,
                user: Some(person.id),
                to: person.email.as_str(),
                to_name: &person.name,
                subject: tr.args(&format!("mail-event-{what}-subject"), &args),
                paragraphs: vec![tr.args(&format!("mail-event-{what}-body"), &args)],
                link: Some((state.config.link(&format!("/events/{id}")), tr.t("mail-event-open"))),
            },
        )
        .await?;
    }
    Ok(())
}

/// The participants as CSV (UTF-8 with a byte-order mark, so spreadsheets read accents):
/// name, e-mail, registration, since. A cell a spreadsheet would read as a formula is
/// prefixed with an apostrophe.
pub fn participants_csv(ps: &[store::events::Participant], tr: &Tr) -> String {
    fn cell(s: &str) -> String {
        let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
        format!("\"{}\"", s.replace('"', "\"\""))
    }
    let mut out = String::from("\u{feff}");
    let head =
        [tr.t("label-name"), tr.t("label-email"), tr.t("event-participant-status"), tr.t("event-participant-since")];
    out.push_str(&head.iter().map(|h| cell(h)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for p in ps {
        let row = [cell(&p.name), cell(&p.email), cell(p.status.as_str()), cell(&crate::api_common::rfc3339(p.since))];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Tells the people just given a seat, each in their language.
async fn tell_promoted(state: &AppState, tx: &mut store::Tx, e: &Event, who: &[UserId]) -> Result<(), AppError> {
    for u in who {
        let person = tx.user(*u).await?;
        let tr = Tr::new(person.language.unwrap_or_default());
        let args = [("event", e.draft.title.clone().into())];
        mail::queue(
            tx,
            Letter {
                tr,
                user: Some(person.id),
                to: person.email.as_str(),
                to_name: &person.name,
                subject: tr.args("mail-event-promoted-subject", &args),
                paragraphs: vec![tr.args("mail-event-promoted-body", &args)],
                link: Some((state.config.link(&format!("/events/{}", e.id)), tr.t("mail-event-open"))),
            },
        )
        .await?;
    }
    Ok(())
}
