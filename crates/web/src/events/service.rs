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
use domain::event_forms::{Answers, parse_answers, place};
use domain::events::{EventInput, EventState, RegStatus, registration_closed};
use domain::resources::Publisher;
use domain::{FieldError, FieldErrors, UserId};
use store::LockTable;
use store::accounts::User;
use store::events::Event;

pub async fn may_organise(state: &AppState, user: Option<&User>, e: &Event) -> Result<bool, AppError> {
    Ok(match user {
        Some(u) if u.is_admin => true,
        Some(u) => {
            let mine = publishers(state, u).await?;
            e.organisers().iter().any(|o| mine.iter().any(|(p, _)| p == o))
        }
        None => false,
    })
}

/// Editors of member initiatives (and administrators): who sees members' meetings.
pub async fn is_member(state: &AppState, user: Option<&User>) -> Result<bool, AppError> {
    Ok(match user {
        Some(u) if u.is_admin => true,
        Some(u) => publishers(state, u).await?.iter().any(|(p, _)| matches!(p, Publisher::Initiative(_))),
        None => false,
    })
}

/// An event as the reader may see it: drafts only for their organisers, members'
/// meetings only for editors of member initiatives (404 otherwise).
pub async fn visible(state: &AppState, user: Option<&User>, id: i64) -> Result<(Event, bool), AppError> {
    let e = state.db.event(id).await?;
    let organiser = may_organise(state, user, &e).await?;
    if e.state == EventState::Draft && !organiser {
        return Err(AppError::NotFound);
    }
    if e.is_members_meeting() && !organiser && !is_member(state, user).await? {
        return Err(AppError::NotFound);
    }
    Ok((e, organiser))
}

/// An event its `user` organises (404 for anyone else, as if it did not exist).
pub async fn organised(state: &AppState, user: &User, id: i64) -> Result<Event, AppError> {
    let e = state.db.event(id).await?;
    if !may_organise(state, Some(user), &e).await? {
        return Err(AppError::NotFound);
    }
    Ok(e)
}

/// Co-organisers must be member initiatives or approved organisations.
async fn check_co_organisers(state: &AppState, list: &[Publisher]) -> Result<(), AppError> {
    let initiatives = state.db.initiatives().await?;
    for p in list {
        let ok = match p {
            Publisher::Initiative(i) => initiatives.iter().any(|x| x.id.0 == *i && x.membership.is_current()),
            Publisher::Organisation(o) => match state.db.organisation(domain::OrganisationId(*o)).await {
                Ok(org) => org.status == domain::organisations::ReviewStatus::Approved,
                Err(store::StoreError::NotFound) => false,
                Err(e) => return Err(e.into()),
            },
        };
        if !ok {
            return Err(FieldErrors::from(FieldError::about("co_organisers", "invalid-choice", p.key())).into());
        }
    }
    Ok(())
}

pub async fn create(state: &AppState, user: &User, input: &EventInput) -> Result<i64, AppError> {
    let allowed: Vec<Publisher> = publishers(state, user).await?.into_iter().map(|(p, _)| p).collect();
    if allowed.is_empty() {
        return Err(AppError::Forbidden);
    }
    let d = input.parse(&allowed, &state.topics.codes())?;
    check_co_organisers(state, &d.co_organisers).await?;
    let html = domain::markdown::to_html(&d.description);
    let mut tx = state.db.begin().await?;
    let id = tx.create_event(&d, &html, user.id, store::now()).await?;
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(id)
}

pub async fn update(state: &AppState, user: &User, id: i64, input: &EventInput) -> Result<(), AppError> {
    let e = organised(state, user, id).await?;
    let input = EventInput { publisher: e.draft.publisher.key(), ..input.clone() };
    let d = input.parse(&[e.draft.publisher], &state.topics.codes())?;
    check_co_organisers(state, &d.co_organisers).await?;
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
        tell_registrants(state, &mut tx, id, "changed").await?;
    }
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(())
}

/// Publishes, cancels, marks finished or takes back to draft.
pub async fn set_state(state: &AppState, user: &User, id: i64, to: &str) -> Result<(), AppError> {
    organised(state, user, id).await?;
    let to = EventState::parse(to).ok_or_else(|| FieldErrors::from(FieldError::new("state", "invalid-choice")))?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let before = tx.event(id).await?;
    tx.set_event_state(id, to, store::now()).await?;
    if to == EventState::Cancelled && before.state != EventState::Cancelled {
        tell_registrants(state, &mut tx, id, "cancelled").await?;
    }
    // Finished: those who came are asked what they thought.
    if to == EventState::Finished && before.state != EventState::Finished {
        for u in tx.feedback_recipients(id).await? {
            let url = state.config.link(&format!("/events/{id}/feedback"));
            tell(state, &mut tx, u, &before, "feedback", vec![], Some((url, "mail-event-feedback-open")), None).await?;
        }
    }
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(())
}

/// Registers `user` with their answers to the form: a seat while one is free (beyond
/// the seats kept for invited people), else the waiting list; or the organisers' approval
/// when the event asks for it. Registering twice, outside the window or to an event that
/// is not open is a specific conflict; a required question left empty a 422 naming it.
pub async fn register(state: &AppState, user: &User, id: i64, answers: &Answers) -> Result<RegStatus, AppError> {
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event_uncounted(id).await?;
    // Members' meetings are rare and small: who may come is checked only for them.
    if e.state == EventState::Draft || (e.is_members_meeting() && !is_member(state, Some(user)).await?) {
        return Err(AppError::NotFound);
    }
    if let Some(why) = registration_closed(e.state, &e.draft, now) {
        return Err(AppError::Conflict(FieldError::new("event", why)));
    }
    let seats = tx.seat_context(id, user.id, user.email.as_str()).await?;
    if seats.mine.is_some_and(RegStatus::is_active) {
        return Err(AppError::Conflict(FieldError::new("event", "already-registered")));
    }
    let answers = parse_answers(&e.questions, answers)?;
    let status = place(e.draft.capacity, seats.confirmed, seats.unclaimed, seats.invited, e.draft.approval);
    tx.put_registration(id, user.id, status, &answers, now).await?;
    // The confirmation, with the event's time and its calendar file.
    let key = match status {
        RegStatus::Confirmed => "confirmed",
        RegStatus::Pending => "pending",
        _ => "waiting",
    };
    tell(state, &mut tx, user.id, &e, key, vec![], None, Some(status == RegStatus::Confirmed)).await?;
    state.commit(tx).await?;
    Ok(status)
}

/// Approves (a seat if one is free, else the waiting list) or rejects a registration
/// (organisers). Rejecting someone who held a seat gives it to the first person waiting.
pub async fn decide(
    state: &AppState,
    organiser: &User,
    id: i64,
    who: UserId,
    approve: bool,
) -> Result<RegStatus, AppError> {
    organised(state, organiser, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event_uncounted(id).await?;
    let current = tx.registration(id, who).await?.filter(|s| s.is_active()).ok_or(AppError::NotFound)?;
    let status = if approve {
        if current != RegStatus::Pending {
            return Err(AppError::Conflict(FieldError::new("registration", "registration-not-pending")));
        }
        let person = tx.user(who).await?;
        let seats = tx.seat_context(id, who, person.email.as_str()).await?;
        let status = place(e.draft.capacity, seats.confirmed, seats.unclaimed, seats.invited, false);
        tx.set_registration(id, who, status, now).await?;
        let key = if status == RegStatus::Confirmed { "approved" } else { "approved-waiting" };
        tell(state, &mut tx, who, &e, key, vec![], None, Some(status == RegStatus::Confirmed)).await?;
        status
    } else {
        tx.set_registration(id, who, RegStatus::Rejected, now).await?;
        tell(state, &mut tx, who, &e, "rejected", vec![], None, None).await?;
        if current == RegStatus::Confirmed && e.state == EventState::Published {
            let promoted = tx.promote_waiting(id, e.draft.capacity, now).await?;
            tell_promoted(state, &mut tx, &e, &promoted).await?;
        }
        RegStatus::Rejected
    };
    state.commit(tx).await?;
    Ok(status)
}

/// Cancels `user`'s registration; a seat freed goes to the first person waiting.
pub async fn cancel(state: &AppState, user: &User, id: i64) -> Result<(), AppError> {
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event_uncounted(id).await?;
    if !tx.registration(id, user.id).await?.is_some_and(RegStatus::is_active) {
        return Err(AppError::Conflict(FieldError::new("event", "not-registered")));
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
    organised(state, organiser, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    if !tx.registration(id, who).await?.is_some_and(RegStatus::is_active) {
        return Err(AppError::NotFound);
    }
    tx.set_registration(id, who, RegStatus::Cancelled, now).await?;
    let e = tx.event_uncounted(id).await?;
    if e.state == EventState::Published {
        let promoted = tx.promote_waiting(id, e.draft.capacity, now).await?;
        tell_promoted(state, &mut tx, &e, &promoted).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// Tells everyone registered that the event `changed` or was `cancelled`, with its
/// calendar file as it now is (its SEQUENCE grown: calendars update the entry).
async fn tell_registrants(state: &AppState, tx: &mut store::Tx, id: i64, what: &str) -> Result<(), AppError> {
    let e = tx.event(id).await?;
    for u in tx.registrants(id).await? {
        let seat = tx.registration(id, u).await? == Some(RegStatus::Confirmed);
        tell(state, tx, u, &e, what, vec![], None, Some(seat)).await?;
    }
    Ok(())
}

/// The participants as CSV (UTF-8 with a byte-order mark, so spreadsheets read accents):
/// name, e-mail, registration, since, attendance, then one column per question of the
/// form. A cell a spreadsheet would read as a formula is prefixed with an apostrophe.
pub fn participants_csv(e: &Event, ps: &[store::events::Participant], tr: &Tr) -> String {
    fn cell(s: &str) -> String {
        let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
        format!("\"{}\"", s.replace('"', "\"\""))
    }
    let mut out = String::from("\u{feff}");
    let mut head = vec![
        tr.t("label-name"),
        tr.t("label-email"),
        tr.t("event-participant-status"),
        tr.t("event-participant-since"),
        tr.t("event-attended"),
    ];
    head.extend(e.questions.iter().map(|q| q.label.clone()));
    out.push_str(&head.iter().map(|h| cell(h)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for p in ps {
        let attended = match p.attended {
            Some(true) => tr.t("yes"),
            Some(false) => tr.t("no"),
            None => String::new(),
        };
        let mut row = vec![
            cell(&p.name),
            cell(&p.email),
            cell(p.status.as_str()),
            cell(&crate::api_common::rfc3339(p.since)),
            cell(&attended),
        ];
        for q in &e.questions {
            row.push(cell(&answer_text(q, p.answers.get(&q.id.to_string()), tr)));
        }
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// An answer in words (`yes`/`no` translated, several choices joined by "; ").
pub fn answer_text(q: &domain::event_forms::Question, values: Option<&Vec<String>>, tr: &Tr) -> String {
    let Some(v) = values else { return String::new() };
    if q.kind == "yesno" {
        return v.iter().map(|x| tr.t(if x == "yes" { "yes" } else { "no" })).collect::<Vec<_>>().join("; ");
    }
    v.join("; ")
}

/// Queues a message about event `e` to person `who`, in their language: subject and
/// body from `mail-event-{key}-subject` / `-body` with the event's title and time, then
/// `extra` paragraphs; the link is the event's page unless one is given; `ics` attaches
/// the event's calendar file (`Some(true)`: with the join link).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn tell(
    state: &AppState,
    tx: &mut store::Tx,
    who: UserId,
    e: &Event,
    key: &str,
    extra: Vec<String>,
    link: Option<(String, &str)>,
    ics: Option<bool>,
) -> Result<(), AppError> {
    let person = tx.user(who).await?;
    let tr = Tr::new(person.language.unwrap_or_default());
    let args = [("event", e.draft.title.clone().into()), ("when", super::pages::when(e, &tr).into())];
    let mut paragraphs = vec![tr.args(&format!("mail-event-{key}-body"), &args)];
    paragraphs.extend(extra);
    if ics.is_some() {
        let url = state.config.link(&format!("/events/{}/calendar.ics", e.id));
        paragraphs.push(tr.ta("mail-event-calendar", "url", &url));
    }
    let link = match link {
        Some((url, label)) => (url, tr.t(label)),
        None => (state.config.link(&format!("/events/{}", e.id)), tr.t("mail-event-open")),
    };
    let letter = Letter {
        tr,
        user: Some(person.id),
        to: person.email.as_str(),
        to_name: &person.name,
        subject: tr.args(&format!("mail-event-{key}-subject"), &args),
        paragraphs,
        link: Some(link),
    };
    match ics {
        Some(with_join) => {
            let join = if with_join { e.draft.join_link.as_deref() } else { None };
            let body = super::ics::for_person(e, state.config.public_origin(), join);
            let file = mail::Attachment {
                name: format!("event-{}.ics", e.id),
                content_type: "text/calendar; charset=utf-8; method=PUBLISH".into(),
                body,
            };
            mail::queue_with(tx, letter, vec![file]).await
        }
        None => mail::queue(tx, letter).await,
    }
}

/// Tells the people just given a seat, each in their language.
async fn tell_promoted(state: &AppState, tx: &mut store::Tx, e: &Event, who: &[UserId]) -> Result<(), AppError> {
    for u in who {
        tell(state, tx, *u, e, "promoted", vec![], None, Some(true)).await?;
    }
    Ok(())
}
