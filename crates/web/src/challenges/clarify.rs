//! Expressions of interest and clarifications with equal treatment.
//!
//! Suppliers express interest (a pitch, one of their solutions) until the interest
//! deadline; the buyer shortlists, declines with a message, or invites to the co-creation
//! space; a supplier only ever sees its own organisation's. Suppliers ask questions until the
//! question deadline; the buyer's answers are public to everyone, the asker shown only as "a
//! supplier" (to the buyer too); there is no way to answer one supplier privately. Every
//! answer and every change of the challenge's text is e-mailed to everyone interested.

use super::service::{may_edit, visible};
use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::challenges::{InterestState, MAX_ANSWER, MAX_PITCH, MAX_QUESTION, interest_open, questions_open};
use domain::organisations::MembershipStatus;
use domain::{FieldError, FieldErrors, OrganisationId, UserId};
use store::LockTable;
use store::accounts::User;
use store::challenges::Challenge;
use store::clarifications::Interest;

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Queues one letter to each of `users`, in each one's language; `write` gives the subject
/// and paragraphs.
pub async fn tell(
    state: &AppState,
    tx: &mut store::Tx,
    users: &[UserId],
    link: String,
    link_label: &str,
    write: impl Fn(&Tr) -> (String, Vec<String>) + Send + Sync,
) -> Result<(), AppError> {
    let url = state.config.link(&link);
    for u in users {
        let person = tx.user(*u).await?;
        let tr = Tr::new(person.language.unwrap_or_default());
        let (subject, paragraphs) = write(&tr);
        let label = tr.t(link_label);
        mail::queue(
            tx,
            Letter {
                tr,
                user: Some(person.id),
                to: person.email.as_str(),
                to_name: &person.name,
                subject,
                paragraphs,
                link: Some((url.clone(), label)),
            },
        )
        .await?;
    }
    Ok(())
}

/// The active members of an organisation.
pub async fn members_of(state: &AppState, org: i64) -> Result<Vec<UserId>, AppError> {
    Ok(state
        .db
        .members(OrganisationId(org))
        .await?
        .into_iter()
        .filter(|m| m.status == MembershipStatus::Active)
        .map(|m| m.user_id)
        .collect())
}

/// The expressions of interest the reader may see: all for the buyer, the reader's own
/// organisations' for a supplier, none for anyone else.
pub async fn interests_for(state: &AppState, user: Option<&User>, c: &Challenge) -> Result<Vec<Interest>, AppError> {
    let Some(u) = user else { return Ok(Vec::new()) };
    if may_edit(state, Some(u), c).await? {
        return Ok(state.db.challenge_interests(c.id).await?);
    }
    let orgs: Vec<i64> =
        crate::solutions::service::supplier_organisations(state, u).await?.into_iter().map(|(o, _)| o).collect();
    Ok(state.db.interests_of(c.id, &orgs).await?)
}

/// A supplier expresses interest for its organisation `org`, linking one of its published
/// solutions or none; the buyer's members are told.
pub async fn express_interest(
    state: &AppState,
    user: &User,
    id: i64,
    org: i64,
    solution: Option<i64>,
    pitch: &str,
) -> Result<i64, AppError> {
    let (c, _) = visible(state, Some(user), id).await?;
    let orgs = crate::solutions::service::supplier_organisations(state, user).await?;
    let Some((_, org_name)) = orgs.iter().find(|(o, _)| *o == org) else {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    };
    if !interest_open(c.state, &c.draft.interest_deadline, today()) {
        return Err(AppError::Conflict(FieldError::new("challenge", "interest-closed")));
    }
    let mut errs = FieldErrors::new();
    let pitch = errs.take(domain::text::required("pitch", pitch, MAX_PITCH));
    if let Some(s) = solution {
        let ok = match state.db.solution(s).await {
            Ok(s) => s.draft.organisation == org && s.state == domain::solutions::SolutionState::Published,
            Err(store::StoreError::NotFound) => false,
            Err(e) => return Err(e.into()),
        };
        if !ok {
            errs.push(FieldError::new("solution", "invalid-choice"));
        }
    }
    errs.clone().into_result()?;
    let pitch = pitch.unwrap_or_default();
    let buyers = members_of(state, c.draft.organisation).await?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let Some(iid) = tx.express_interest(id, org, user.id, solution, &pitch, store::now()).await? else {
        return Err(AppError::Conflict(FieldError::new("organisation", "interest-already-expressed")));
    };
    let (title, org_name) = (c.draft.title.clone(), org_name.clone());
    tell(state, &mut tx, &buyers, format!("/challenges/{id}#interests"), "mail-challenge-open", |tr| {
        let args = [("challenge", title.clone().into()), ("name", org_name.clone().into())];
        (tr.args("mail-interest-subject", &args), vec![tr.args("mail-interest-body", &args), pitch.clone()])
    })
    .await?;
    state.commit(tx).await?;
    Ok(iid)
}

/// The buyer shortlists, declines (with a message) or invites to co-creation; the
/// supplier's members are told, with the message.
pub async fn decide_interest(
    state: &AppState,
    user: &User,
    id: i64,
    interest: i64,
    to: &str,
    message: &str,
) -> Result<InterestState, AppError> {
    let (c, editor) = visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let to = match InterestState::parse(to) {
        Some(s) if s != InterestState::Submitted => s,
        _ => return Err(AppError::invalid("state", "invalid-choice")),
    };
    let message = match to {
        InterestState::Declined => domain::text::required("message", message, MAX_PITCH),
        _ => domain::text::optional("message", message, MAX_PITCH).map(Option::unwrap_or_default),
    }
    .map_err(FieldErrors::from)?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let i = tx.interest(interest).await?;
    if i.challenge_id != id {
        return Err(AppError::NotFound);
    }
    if !i.state.next().contains(&to) || !tx.decide_interest(interest, i.state, to, &message, store::now()).await? {
        return Err(AppError::Conflict(FieldError::about("state", "interest-decision-not-allowed", i.state.as_str())));
    }
    let suppliers = members_of(state, i.organisation_id).await?;
    let title = c.draft.title.clone();
    let key = to.as_str();
    let link =
        if to == InterestState::Invited { format!("/challenges/{id}/space") } else { format!("/challenges/{id}") };
    tell(state, &mut tx, &suppliers, link, "mail-challenge-open", |tr| {
        let args = [("challenge", title.clone().into())];
        let mut p = vec![tr.args(&format!("mail-interest-{key}-body"), &args)];
        if !message.is_empty() {
            p.push(tr.ta("mail-interest-message", "message", &message));
        }
        (tr.args(&format!("mail-interest-{key}-subject"), &args), p)
    })
    .await?;
    state.commit(tx).await?;
    Ok(to)
}

/// A supplier asks a question for its organisation `org` until the question deadline. The
/// buyer is told that "a supplier" asked, never which.
pub async fn ask(state: &AppState, user: &User, id: i64, org: i64, text: &str) -> Result<i64, AppError> {
    let (c, _) = visible(state, Some(user), id).await?;
    let orgs = crate::solutions::service::supplier_organisations(state, user).await?;
    if !orgs.iter().any(|(o, _)| *o == org) {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    }
    if !questions_open(c.state, &c.draft.question_deadline, today()) {
        return Err(AppError::Conflict(FieldError::new("challenge", "questions-closed")));
    }
    let text = domain::text::required("question", text, MAX_QUESTION).map_err(FieldErrors::from)?;
    let buyers = members_of(state, c.draft.organisation).await?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let qid = tx.ask_question(id, org, user.id, &text, store::now()).await?;
    let title = c.draft.title.clone();
    tell(state, &mut tx, &buyers, format!("/challenges/{id}#questions"), "mail-challenge-open", |tr| {
        let args = [("challenge", title.clone().into())];
        (tr.args("mail-question-subject", &args), vec![tr.args("mail-question-body", &args), text.clone()])
    })
    .await?;
    state.commit(tx).await?;
    Ok(qid)
}

/// The buyer answers a question, once, in public; everyone interested is told, the asker
/// as "a supplier".
pub async fn answer(state: &AppState, user: &User, id: i64, question: i64, text: &str) -> Result<(), AppError> {
    let (c, editor) = visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let text = domain::text::required("answer", text, MAX_ANSWER).map_err(FieldErrors::from)?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let q = tx.question(question).await?;
    if q.challenge_id != id {
        return Err(AppError::NotFound);
    }
    if !tx.answer_question(question, &text, store::now()).await? {
        return Err(AppError::Conflict(FieldError::new("answer", "already-answered")));
    }
    let everyone = tx.interested_users(id).await?;
    let title = c.draft.title.clone();
    tell(state, &mut tx, &everyone, format!("/challenges/{id}#questions"), "mail-challenge-open", |tr| {
        let args = [("challenge", title.clone().into())];
        (
            tr.args("mail-answer-subject", &args),
            vec![
                tr.args("mail-answer-body", &args),
                tr.ta("mail-answer-question", "message", &q.question),
                tr.ta("mail-answer-answer", "message", &text),
            ],
        )
    })
    .await?;
    state.commit(tx).await?;
    Ok(())
}

/// Tells everyone interested that the challenge's text changed (which parts), in the
/// transaction that changes it.
pub async fn tell_change(state: &AppState, tx: &mut store::Tx, c: &Challenge, parts: &[&str]) -> Result<(), AppError> {
    let everyone = tx.interested_users(c.id).await?;
    let title = c.draft.title.clone();
    let parts: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
    tell(state, tx, &everyone, format!("/challenges/{}", c.id), "mail-challenge-open", |tr| {
        let args = [("challenge", title.clone().into())];
        let names: Vec<String> = parts.iter().map(|p| tr.t(&format!("challenge-part-{p}"))).collect();
        (
            tr.args("mail-change-subject", &args),
            vec![
                tr.args("mail-change-body", &[("challenge", title.clone().into()), ("name", names.join(", ").into())]),
            ],
        )
    })
    .await
}
