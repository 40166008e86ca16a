//! What organisers do around registration — the form's questions, invitations (reserved
//! seats), attendance, certificates, messages to participants, linked slides and
//! recordings — and what participants do after the event (feedback); reminders; members'
//! meetings' agenda items, minutes and action items. Pages and API share these.

use super::service::{self, is_member, may_organise, tell};
use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::event_forms::{
    QuestionInput, attendance_open, due_reminders, parse_feedback, parse_invitations, parse_message, parse_questions,
};
use domain::events::{EventState, RegStatus};
use domain::meetings::{parse_action, parse_item};
use domain::{FieldError, FieldErrors, UserId};
use store::LockTable;
use store::accounts::User;
use store::events::Event;

/// Replaces the registration form's questions (organisers). Answers already given stay
/// with their question; a removed question's id is never given to a new one.
pub async fn set_questions(state: &AppState, user: &User, id: i64, input: &[QuestionInput]) -> Result<(), AppError> {
    service::organised(state, user, id).await?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event(id).await?;
    let qs = parse_questions(input, &e.questions, e.last_question_id)?;
    let last = qs.iter().map(|q| q.id).max().unwrap_or(0).max(e.last_question_id);
    tx.set_questions(id, &qs, last, store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

/// Invites addresses: each keeps a seat until its person registers (no approval needed
/// for them), and is told by e-mail. The kept seats cannot outnumber the capacity.
pub async fn invite(state: &AppState, user: &User, id: i64, raw: &str) -> Result<usize, AppError> {
    service::organised(state, user, id).await?;
    let emails = parse_invitations(raw).map_err(FieldErrors::from)?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event(id).await?;
    if let Some(c) = e.draft.capacity {
        let known = tx.invitation_count(id).await?;
        if known + emails.len() as i64 > c {
            return Err(FieldErrors::from(FieldError::with_limit("emails", "too-many-invitations", c as usize)).into());
        }
    }
    let added = tx.add_invitations(id, &emails, now).await?;
    let tr = Tr::new(user.language.unwrap_or_default());
    for to in &added {
        let args = [("event", e.draft.title.clone().into()), ("when", super::pages::when(&e, &tr).into())];
        mail::queue(
            &mut tx,
            Letter {
                tr,
                user: None,
                to,
                to_name: to,
                subject: tr.args("mail-event-invited-subject", &args),
                paragraphs: vec![tr.args("mail-event-invited-body", &args)],
                link: Some((state.config.link(&format!("/events/{id}")), tr.t("mail-event-open"))),
            },
        )
        .await?;
    }
    state.commit(tx).await?;
    Ok(added.len())
}

/// Withdraws an invitation; the seat it kept goes to the first person waiting.
pub async fn uninvite(state: &AppState, user: &User, id: i64, email: &str) -> Result<(), AppError> {
    service::organised(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    if !tx.remove_invitation(id, email).await? {
        return Err(AppError::NotFound);
    }
    let e = tx.event(id).await?;
    if e.state == EventState::Published {
        for u in tx.promote_waiting(id, e.draft.capacity, now).await? {
            tell(state, &mut tx, u, &e, "promoted", vec![], None, Some(true)).await?;
        }
    }
    state.commit(tx).await?;
    Ok(())
}

/// Records who came (`Some(true)`), who did not (`Some(false)`) or forgets it (`None`),
/// from an hour before the start. Only confirmed participants can be marked.
pub async fn attendance(
    state: &AppState,
    user: &User,
    id: i64,
    marks: &[(UserId, Option<bool>)],
) -> Result<usize, AppError> {
    service::organised(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event(id).await?;
    if !attendance_open(e.draft.starts_at, now) {
        return Err(AppError::Conflict(FieldError::new("attended", "attendance-not-open")));
    }
    for (u, a) in marks {
        if !tx.set_attendance(id, *u, *a, now).await? {
            return Err(AppError::Conflict(FieldError::about("attended", "not-a-participant", u.0.to_string())));
        }
    }
    state.commit(tx).await?;
    Ok(marks.len())
}

/// Gives a certificate of attendance to everyone recorded present who has none yet, and
/// sends each the address of theirs.
pub async fn certificates(state: &AppState, user: &User, id: i64) -> Result<usize, AppError> {
    service::organised(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let e = tx.event(id).await?;
    let issued = tx.issue_certificates(id, now).await?;
    for (u, code) in &issued {
        let url = state.config.link(&format!("/certificates/{code}"));
        tell(state, &mut tx, *u, &e, "certificate", vec![], Some((url, "mail-event-certificate-open")), None).await?;
    }
    state.commit(tx).await?;
    Ok(issued.len())
}

/// Writes to the confirmed participants (or everyone registered, `everyone`); the
/// message is kept on the event's record. Returns how many it went to.
pub async fn message(
    state: &AppState,
    user: &User,
    id: i64,
    subject: &str,
    body: &str,
    everyone: bool,
) -> Result<usize, AppError> {
    service::organised(state, user, id).await?;
    let (subject, body) = parse_message(subject, body)?;
    let mut tx = state.db.begin().await?;
    let e = tx.event(id).await?;
    let to = tx.message_recipients(id, everyone).await?;
    for u in &to {
        let person = tx.user(*u).await?;
        let tr = Tr::new(person.language.unwrap_or_default());
        let mut paragraphs = vec![tr.ta("mail-event-message-intro", "event", &e.draft.title)];
        paragraphs.extend(body.split("\n\n").map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()));
        mail::queue(
            &mut tx,
            Letter {
                tr,
                user: Some(person.id),
                to: person.email.as_str(),
                to_name: &person.name,
                subject: subject.clone(),
                paragraphs,
                link: Some((state.config.link(&format!("/events/{id}")), tr.t("mail-event-open"))),
            },
        )
        .await?;
    }
    tx.record_message(id, user.id, &subject, &body, to.len() as i64, store::now()).await?;
    state.commit(tx).await?;
    Ok(to.len())
}

/// A participant's rating and comment, once the event is over; given again, it replaces
/// the first. Only who held a seat (and was not recorded absent) may give it.
pub async fn feedback(state: &AppState, user: &User, id: i64, rating: &str, comment: &str) -> Result<(), AppError> {
    let e = state.db.event(id).await?;
    let mine = state.db.my_registration(id, user.id).await?;
    if !mine.as_ref().is_some_and(|m| m.status == RegStatus::Confirmed && m.attended != Some(false)) {
        return Err(AppError::Conflict(FieldError::new("rating", "feedback-not-a-participant")));
    }
    if e.state != EventState::Finished && store::now() < e.draft.ends_at {
        return Err(AppError::Conflict(FieldError::new("rating", "feedback-not-open")));
    }
    let (rating, comment) = parse_feedback(rating, comment)?;
    let mut tx = state.db.begin().await?;
    tx.set_feedback(id, user.id, rating, comment.as_deref(), store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

/// Links a published knowledge resource (slides, a recording) to the event.
pub async fn link_resource(state: &AppState, user: &User, id: i64, resource: i64) -> Result<(), AppError> {
    service::organised(state, user, id).await?;
    match state.db.resource(resource).await {
        Ok(r) if r.state == domain::resources::State::Published => {}
        Ok(_) | Err(store::StoreError::NotFound) => return Err(AppError::invalid("resource_id", "invalid-choice")),
        Err(e) => return Err(e.into()),
    }
    let mut tx = state.db.begin().await?;
    tx.link_resource(id, resource, store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

pub async fn unlink_resource(state: &AppState, user: &User, id: i64, resource: i64) -> Result<(), AppError> {
    service::organised(state, user, id).await?;
    let mut tx = state.db.begin().await?;
    if !tx.unlink_resource(id, resource).await? {
        return Err(AppError::NotFound);
    }
    state.commit(tx).await?;
    Ok(())
}

/// Sends the reminders due at `now` to every confirmed participant, with the event's
/// calendar file and join link; each reminder goes once per start time (moving the event
/// sends them again). The worker calls this on every wake-up; returns how many e-mails.
pub async fn send_reminders(state: &AppState, now: i64) -> Result<usize, AppError> {
    let mut sent = 0;
    for (id, starts_at, reminders) in state.db.events_to_remind(now).await? {
        // Most events of the week have nothing due: they are passed over without a write.
        if !reminders.iter().any(|m| starts_at - m * 60 <= now) {
            continue;
        }
        if due_reminders(&reminders, &state.db.reminders_sent(id, starts_at).await?, starts_at, now).is_empty() {
            continue;
        }
        // Due: decided again under the event's lock, so that two workers send it once.
        let mut tx = state.db.begin().await?;
        tx.lock_row(LockTable::Events, id).await?;
        let e = tx.event_uncounted(id).await?;
        if e.state != EventState::Published {
            continue;
        }
        let done = tx.reminders_sent(id, e.draft.starts_at).await?;
        let due = due_reminders(&e.draft.reminders, &done, e.draft.starts_at, now);
        if due.is_empty() {
            continue;
        }
        for u in tx.message_recipients(id, false).await? {
            tell(state, &mut tx, u, &e, "reminder", vec![], None, Some(true)).await?;
            sent += 1;
        }
        tx.mark_reminders_sent(id, &due, e.draft.starts_at, now).await?;
        state.commit(tx).await?;
    }
    Ok(sent)
}

/// A members' meeting `user` may take part in (editors of member initiatives).
async fn meeting(state: &AppState, user: &User, id: i64) -> Result<Event, AppError> {
    let e = state.db.event(id).await?;
    let member = is_member(state, Some(user)).await?;
    if !e.is_members_meeting()
        || !member
        || (e.state == EventState::Draft && !may_organise(state, Some(user), &e).await?)
    {
        return Err(AppError::NotFound);
    }
    Ok(e)
}

/// Proposes an agenda item, until the meeting begins.
pub async fn propose_item(state: &AppState, user: &User, id: i64, title: &str, detail: &str) -> Result<i64, AppError> {
    let e = meeting(state, user, id).await?;
    let (title, detail) = parse_item(title, detail)?;
    if store::now() >= e.draft.starts_at {
        return Err(AppError::Conflict(FieldError::new("title", "agenda-closed")));
    }
    let mut tx = state.db.begin().await?;
    let item = tx.add_meeting_item(id, &title, &detail, user.id, store::now()).await?;
    state.commit(tx).await?;
    Ok(item)
}

/// Writes the minutes (the meeting's organisers).
pub async fn set_minutes(state: &AppState, user: &User, id: i64, md: &str) -> Result<(), AppError> {
    let e = meeting(state, user, id).await?;
    if !may_organise(state, Some(user), &e).await? {
        return Err(AppError::NotFound);
    }
    let md = domain::text::optional("minutes", md, 100_000).map_err(FieldErrors::from)?.unwrap_or_default();
    let html = domain::markdown::to_html(&md);
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    tx.set_minutes(id, &md, &html, store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

/// Records an action item from a meeting (any member).
pub async fn add_action(state: &AppState, user: &User, id: i64, fields: [&str; 4]) -> Result<i64, AppError> {
    meeting(state, user, id).await?;
    let a = parse_action(fields[0], fields[1], fields[2], fields[3])?;
    let mut tx = state.db.begin().await?;
    let item = tx.add_action_item(id, &a, user.id, store::now()).await?;
    state.commit(tx).await?;
    Ok(item)
}

/// Changes an action item (any member): its status as it moves from meeting to meeting.
pub async fn update_action(state: &AppState, user: &User, item: i64, fields: [&str; 4]) -> Result<(), AppError> {
    let before = state.db.action_item(item).await?;
    meeting(state, user, before.event_id).await?;
    let a = parse_action(fields[0], fields[1], fields[2], fields[3])?;
    let mut tx = state.db.begin().await?;
    tx.update_action_item(item, &a, store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}
