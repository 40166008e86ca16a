//! The dashboard, and the follow buttons' targets.

use crate::AppState;
use crate::ctx::AuthUser;
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::initiatives::pages::topic_choices;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use store::follows::ActivityRow;

pub struct FollowedView {
    pub kind: String,
    pub name: String,
    pub link: Option<String>,
    pub unfollow: String,
}

pub struct Line {
    pub text: String,
    pub title: String,
    pub link: String,
    pub at: String,
}

/// One activity as a sentence in the reader's language.
pub fn line(tr: &Tr, a: &ActivityRow) -> Line {
    let actor = a.actor_name.clone().unwrap_or_else(|| tr.t("former-member"));
    let kind = a.kind.map(|k| k.as_str()).unwrap_or("unknown");
    Line {
        text: tr.ta(&format!("activity-{kind}"), "person", &actor),
        title: a.title.clone(),
        link: a.link.clone(),
        at: tr.datetime(a.at),
    }
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct Dashboard {
    c: Chrome,
    followed: Vec<FollowedView>,
    topics: Form,
    lines: Vec<Line>,
    /// The user's organisations' challenges and solutions with their best matches.
    mine: Vec<crate::matcher::Mine>,
}

pub async fn dashboard(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let follows = state.db.follows(user.id).await?;
    let chosen: Vec<String> = follows.iter().filter(|f| f.kind == "topic").map(|f| f.key.clone()).collect();
    let followed = follows
        .into_iter()
        .filter(|f| f.kind != "topic")
        .map(|f| FollowedView {
            kind: tr.t(&format!("follow-kind-{}", f.kind)),
            link: f.name.is_some().then(|| format!("/{}s/{}", f.kind, f.key)),
            name: f.name.unwrap_or_else(|| tr.t("follow-gone")),
            unfollow: format!("/unfollow/{}/{}", f.kind, f.key),
        })
        .collect();
    let topics = Form::new(
        "/dashboard/topics",
        tr.t("save"),
        &ctx.csrf,
        vec![
            Field::new("checkboxes", "topics", tr.t("dashboard-topics"))
                .options(topic_choices(&tr), &chosen)
                .hint(tr.t("hint-dashboard-topics")),
        ],
    );
    let lines = state.db.dashboard(user.id, 50).await?.iter().map(|a| line(&tr, a)).collect();
    let mine = crate::matcher::for_user(&state, &tr, &user).await?;
    Ok(page::render(&Dashboard { c: Chrome::new(&ctx, tr.t("dashboard-title")), followed, topics, lines, mine }))
}

pub async fn topics(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    super::set_topics(&state, &user, &f.all("topics")).await?;
    Ok(page::redirect_flash(&state, "/dashboard", "saved"))
}

async fn set(
    state: &AppState,
    user: &store::accounts::User,
    kind: &str,
    key: &str,
    f: &Fields,
    on: bool,
) -> Result<Response, AppError> {
    let t = super::parse(kind, key)?;
    super::set(state, user, &t, on).await?;
    let next = f.get("next");
    let to = page::safe_next(Some(next.as_str()).filter(|n| !n.is_empty()).or(Some("/dashboard")));
    Ok(page::redirect_flash(state, &to, if on { "followed" } else { "unfollowed" }))
}

pub async fn follow(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((kind, key)): Path<(String, String)>,
    f: Fields,
) -> Result<Response, AppError> {
    set(&state, &user, &kind, &key, &f, true).await
}

pub async fn unfollow(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((kind, key)): Path<(String, String)>,
    f: Fields,
) -> Result<Response, AppError> {
    set(&state, &user, &kind, &key, &f, false).await
}
