//! What challenges do, shared by pages and API: members of approved public buyers
//! publish them; states move forward and every change of state or text goes to the
//! challenge's public, dated log in the same transaction; other buyers mark that they
//! have the same need.

use crate::AppState;
use crate::error::AppError;
use domain::challenges::{ChallengeInput, ChallengeState};
use domain::organisations::{MembershipStatus, OrgKind, ReviewStatus};
use domain::{FieldError, FieldErrors};
use store::LockTable;
use store::accounts::User;
use store::challenges::Challenge;

/// The approved public buyers `user` is an active member of: (id, name).
pub async fn buyer_organisations(state: &AppState, user: &User) -> Result<Vec<(i64, String)>, AppError> {
    Ok(state
        .db
        .user_organisations(user.id)
        .await?
        .into_iter()
        .filter(|(o, _, m)| {
            *m == MembershipStatus::Active && o.status == ReviewStatus::Approved && o.kind == OrgKind::PublicAuthority
        })
        .map(|(o, _, _)| (o.id.0, o.name))
        .collect())
}

/// Members of the challenge's buyer, and administrators.
pub async fn may_edit(state: &AppState, user: Option<&User>, c: &Challenge) -> Result<bool, AppError> {
    Ok(match user {
        Some(u) if u.is_admin => true,
        Some(u) => buyer_organisations(state, u).await?.iter().any(|(o, _)| *o == c.draft.organisation),
        None => false,
    })
}

/// A challenge as the reader may see it: drafts only for its buyer (404 otherwise).
pub async fn visible(state: &AppState, user: Option<&User>, id: i64) -> Result<(Challenge, bool), AppError> {
    let c = state.db.challenge(id).await?;
    let editor = may_edit(state, user, &c).await?;
    if !c.state.is_public() && !editor {
        return Err(AppError::NotFound);
    }
    Ok((c, editor))
}

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

pub async fn create(state: &AppState, user: &User, input: &ChallengeInput) -> Result<i64, AppError> {
    let orgs: Vec<i64> = buyer_organisations(state, user).await?.into_iter().map(|(o, _)| o).collect();
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    let d = input.parse(&orgs, today())?;
    let mut tx = state.db.begin().await?;
    let id = tx.create_challenge(&d, user.id, store::now()).await?;
    state.commit(tx).await?;
    crate::matcher::refresh(state).await;
    Ok(id)
}

/// The fields whose text changed, by name (what the public log says changed).
fn changed_fields(a: &domain::challenges::ChallengeDraft, b: &domain::challenges::ChallengeDraft) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut check = |name: &'static str, same: bool| {
        if !same {
            out.push(name);
        }
    };
    check("title", a.title == b.title);
    check("problem", a.problem == b.problem);
    check("context", a.context == b.context);
    check("outcomes", a.outcomes == b.outcomes);
    check("constraints", a.constraints == b.constraints);
    check("sectors", a.sectors == b.sectors);
    check("cpv", a.cpv == b.cpv);
    check("budget", (a.budget_min, a.budget_max, &a.currency) == (b.budget_min, b.budget_max, &b.currency));
    check(
        "timeline",
        (&a.interest_deadline, &a.question_deadline, &a.consultation_on, &a.procurement_on)
            == (&b.interest_deadline, &b.question_deadline, &b.consultation_on, &b.procurement_on),
    );
    check("trl", (a.trl_min, a.trl_max) == (b.trl_min, b.trl_max));
    check("route", a.route == b.route);
    check("place", (&a.country, &a.nuts) == (&b.country, &b.nuts));
    check("languages", a.languages == b.languages);
    check("ip_terms", a.ip_terms == b.ip_terms);
    check("confidentiality", a.confidentiality == b.confidentiality);
    out
}

/// Saves a new version; once public, the log records which parts changed. A closed
/// challenge is not edited any more.
pub async fn update(state: &AppState, user: &User, id: i64, input: &ChallengeInput) -> Result<(), AppError> {
    let (c, editor) = visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let input = ChallengeInput { organisation: c.draft.organisation.to_string(), ..input.clone() };
    let d = input.parse(&[c.draft.organisation], today())?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let before = tx.challenge(id).await?;
    if before.state.is_closed() {
        return Err(AppError::Conflict(FieldError::new("state", "challenge-closed")));
    }
    tx.update_challenge(id, &d, now).await?;
    let changed = changed_fields(&before.draft, &d);
    if before.state.is_public() && !changed.is_empty() {
        tx.log_challenge(id, "change", &changed.join(","), now).await?;
        super::clarify::tell_change(state, &mut tx, &before, &changed).await?;
    }
    state.commit(tx).await?;
    crate::matcher::refresh(state).await;
    Ok(())
}

/// Moves the challenge to `to` if its current state allows it; the log records it.
pub async fn set_state(state: &AppState, user: &User, id: i64, to: &str) -> Result<ChallengeState, AppError> {
    let (_, editor) = visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let to = ChallengeState::parse(to).ok_or_else(|| FieldErrors::from(FieldError::new("state", "invalid-choice")))?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let before = tx.challenge(id).await?;
    if !before.state.next().contains(&to) {
        return Err(AppError::Conflict(FieldError::about(
            "state",
            "challenge-state-not-allowed",
            before.state.as_str(),
        )));
    }
    tx.set_challenge_state(id, to, now).await?;
    tx.log_challenge(id, "state", to.as_str(), now).await?;
    state.commit(tx).await?;
    crate::matcher::refresh(state).await;
    Ok(to)
}

/// Marks that the buyer `org` (one `user` belongs to, not the challenge's own) has the
/// same need, or takes it back.
pub async fn observe(state: &AppState, user: &User, id: i64, org: i64, on: bool) -> Result<(), AppError> {
    let (c, _) = visible(state, Some(user), id).await?;
    if !buyer_organisations(state, user).await?.iter().any(|(o, _)| *o == org) || org == c.draft.organisation {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    }
    if on && !matches!(c.state, ChallengeState::Open | ChallengeState::Consultation | ChallengeState::Procurement) {
        return Err(AppError::Conflict(FieldError::new("state", "challenge-not-open")));
    }
    let mut tx = state.db.begin().await?;
    tx.set_observing(id, org, user.id, on, store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

/// The public log of a challenge, oldest first: its own lines (states, changes) and each
/// question asked and answered.
pub async fn public_log(state: &AppState, id: i64) -> Result<Vec<store::challenges::LogLine>, AppError> {
    let questions = state.db.challenge_questions(id).await?;
    log_with(state, id, &questions).await
}

/// [`public_log`] with the challenge's questions already read.
pub async fn log_with(
    state: &AppState,
    id: i64,
    questions: &[store::clarifications::Question],
) -> Result<Vec<store::challenges::LogLine>, AppError> {
    let mut lines = state.db.challenge_log(id).await?;
    for q in questions {
        lines.push(store::challenges::LogLine { kind: "question".into(), detail: q.id.to_string(), at: q.created_at });
        if let Some(at) = q.answered_at {
            lines.push(store::challenges::LogLine { kind: "answer".into(), detail: q.id.to_string(), at });
        }
    }
    lines.sort_by_key(|l| l.at);
    Ok(lines)
}

/// At most this many documents attached to a challenge.
pub const MAX_FILES: i64 = 20;

/// Attaches a document (the challenge's buyer; the content decides its kind). Once the
/// challenge is public, its log says the attachments changed and everyone interested is
/// told.
pub async fn attach(state: &AppState, user: &User, id: i64, name: &str, bytes: bytes::Bytes) -> Result<i64, AppError> {
    let (_, editor) = visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let (kind, hash, name) = crate::resources::service::keep_document(state, name, &bytes).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let c = tx.challenge(id).await?;
    if c.state.is_closed() {
        return Err(AppError::Conflict(FieldError::new("state", "challenge-closed")));
    }
    if tx.count_challenge_files(id).await? >= MAX_FILES {
        return Err(FieldErrors::from(FieldError::with_limit("file", "too-many-files", MAX_FILES as usize)).into());
    }
    let f = tx.add_challenge_file(id, user.id, (&name, kind, bytes.len() as i64, &hash), now).await?;
    if c.state.is_public() {
        tx.log_challenge(id, "change", "attachments", now).await?;
        super::clarify::tell_change(state, &mut tx, &c, &["attachments"]).await?;
    }
    state.commit(tx).await?;
    Ok(f)
}

/// Removes an attachment (the challenge's buyer).
pub async fn detach(state: &AppState, user: &User, id: i64, file: i64) -> Result<(), AppError> {
    let (_, editor) = visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Challenges, id).await?;
    let c = tx.challenge(id).await?;
    if c.state.is_closed() {
        return Err(AppError::Conflict(FieldError::new("state", "challenge-closed")));
    }
    tx.remove_challenge_file(id, file).await?;
    if c.state.is_public() {
        tx.log_challenge(id, "change", "attachments", now).await?;
        super::clarify::tell_change(state, &mut tx, &c, &["attachments"]).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// An attachment for whoever may see the challenge.
pub async fn attachment(
    state: &AppState,
    user: Option<&User>,
    id: i64,
    file: i64,
) -> Result<axum::response::Response, AppError> {
    let (c, _) = visible(state, user, id).await?;
    let f = state.db.challenge_file(file).await?;
    if f.challenge_id != id {
        return Err(AppError::NotFound);
    }
    let bytes = tokio::fs::read(crate::resources::service::file_path(state, &f.sha256))
        .await
        .map_err(|_| AppError::NotFound)?;
    Ok(crate::resources::service::send_file(&f.name, &f.kind, bytes, c.state.is_public()))
}

/// Adds one CPV code (from the suggestions) to a challenge, as an edit of its buyer.
pub async fn add_cpv(state: &AppState, user: &User, id: i64, code: &str) -> Result<(), AppError> {
    let (c, editor) = visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let code = domain::cpv::lookup(code).ok_or_else(|| AppError::invalid("cpv", "invalid-cpv"))?;
    let mut input = super::pages::input_of(&c);
    if !input.cpv.contains(&code.code) {
        input.cpv.push(code.code.clone());
    }
    update(state, user, id, &input).await
}
