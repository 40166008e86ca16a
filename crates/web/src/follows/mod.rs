//! Follows and the dashboard: a person follows initiatives, organisations, working groups
//! and topics; their dashboard shows what happened there, newest first. Changes record
//! their activity in their own transaction (`record`).

pub mod api;
pub mod pages;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use axum::Router;
use axum::routing::{get, post};
use domain::follows::{Activity, Target};
use domain::{FieldErrors, UserId};
use store::Tx;
use store::accounts::User;
use store::follows::NewActivity;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/dashboard", get(pages::dashboard))
        .route("/dashboard/topics", post(pages::topics))
        .route("/follow/{kind}/{key}", post(pages::follow))
        .route("/unfollow/{kind}/{key}", post(pages::unfollow))
}

/// Checks that the target exists and may be followed (an approved organisation).
async fn check(state: &AppState, t: &Target) -> Result<(), AppError> {
    match t {
        Target::Initiative(id) => {
            state.db.initiative(domain::InitiativeId(*id)).await?;
        }
        Target::Organisation(id) => {
            let o = state.db.organisation(domain::OrganisationId(*id)).await?;
            if o.status != domain::organisations::ReviewStatus::Approved {
                return Err(AppError::NotFound);
            }
        }
        Target::Group(id) => {
            state.db.group(*id).await?;
        }
        Target::Topic(_) => {}
    }
    Ok(())
}

pub fn parse(kind: &str, key: &str) -> Result<Target, AppError> {
    Target::parse(kind, key).map_err(|e| AppError::Unprocessable(FieldErrors::from(e)))
}

/// Follows (`on`) or stops following a target.
pub async fn set(state: &AppState, user: &User, t: &Target, on: bool) -> Result<(), AppError> {
    check(state, t).await?;
    let mut tx = state.db.begin().await?;
    if on {
        tx.follow(user.id, t, store::now()).await?;
    } else {
        tx.unfollow(user.id, t).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// Replaces the topics a person follows.
pub async fn set_topics(state: &AppState, user: &User, topics: &[String]) -> Result<(), AppError> {
    let mut parsed = Vec::new();
    for t in topics.iter().filter(|t| !t.trim().is_empty()) {
        parsed.push(Target::parse("topic", t).map_err(|_| AppError::invalid("topics", "invalid-choice"))?);
    }
    let mut tx = state.db.begin().await?;
    for t in domain::initiatives::TOPICS {
        let target = Target::Topic(t.to_owned());
        if parsed.contains(&target) {
            tx.follow(user.id, &target, store::now()).await?;
        } else {
            tx.unfollow(user.id, &target).await?;
        }
    }
    state.commit(tx).await?;
    Ok(())
}

/// Records an activity in the change's transaction.
#[allow(clippy::too_many_arguments)]
pub async fn record(
    tx: &mut Tx,
    kind: Activity,
    actor: Option<UserId>,
    subject: Target,
    topics: &[String],
    group: Option<i64>,
    title: &str,
    link: &str,
) -> Result<(), AppError> {
    tx.record_activity(NewActivity { kind, actor, subject, topics, group, title, link }, store::now()).await?;
    Ok(())
}

/// The follow button of a page (for signed-in people).
pub struct Button {
    pub action: String,
    pub label: String,
    pub following: bool,
}

pub async fn button(state: &AppState, ctx: &Ctx, t: Target, name: &str) -> Result<Option<Button>, AppError> {
    let Some(u) = &ctx.user else { return Ok(None) };
    let tr = ctx.tr();
    let following = state.db.is_following(u.id, &t).await?;
    let (verb, key) = if following { ("unfollow", "unfollow-name") } else { ("follow", "follow-name") };
    Ok(Some(Button { action: format!("/{verb}/{}/{}", t.kind(), t.key()), label: tr.ta(key, "name", name), following }))
}
