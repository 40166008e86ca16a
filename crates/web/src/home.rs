//! The home page: what the task force is, its member initiatives and what a visitor can
//! do next.
//!
//! The home page is the most visited page, so what it reads from the database is kept
//! for a few seconds in memory ([`Cache`]); anonymous visits then cost no query.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::page::{self, Chrome};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;
use domain::initiatives::Membership;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use store::initiatives::Initiative;

pub fn router() -> Router<AppState> {
    Router::new().route("/", get(home))
}

#[derive(Clone)]
pub struct HomeData {
    /// Founding members, then those who joined; split once when the cache is filled.
    pub founding: Arc<Vec<Initiative>>,
    pub joined: Arc<Vec<Initiative>>,
    pub organisations: i64,
    /// What the current members reach together.
    pub reach: domain::initiatives::Reach,
}

/// What the home page shows, refreshed at most every few seconds.
#[derive(Default)]
pub struct Cache {
    inner: RwLock<Option<(Instant, HomeData)>>,
}

const TTL: Duration = Duration::from_secs(5);

impl Cache {
    pub async fn get(&self, db: &store::Db) -> Result<HomeData, AppError> {
        if let Ok(g) = self.inner.read()
            && let Some((at, data)) = g.as_ref()
            && at.elapsed() < TTL
        {
            return Ok(data.clone());
        }
        // The same data as the list of members: current members only, and their reach.
        let all = db.initiatives().await?;
        let reach = crate::initiatives::service::combined_reach(&all);
        let (founding, joined): (Vec<_>, Vec<_>) =
            all.into_iter().filter(|i| i.membership.is_current()).partition(|i| i.membership == Membership::Founding);
        let data = HomeData {
            reach,
            founding: Arc::new(founding),
            joined: Arc::new(joined),
            organisations: db.count_organisations_by_status(domain::organisations::ReviewStatus::Approved).await?,
        };
        if let Ok(mut g) = self.inner.write() {
            *g = Some((Instant::now(), data.clone()));
        }
        Ok(data)
    }
    /// Forgets the cached data after a change this process made.
    pub fn invalidate(&self) {
        if let Ok(mut g) = self.inner.write() {
            *g = None;
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    c: Chrome,
    founding: Arc<Vec<Initiative>>,
    joined: Arc<Vec<Initiative>>,
    organisations: i64,
    signed_in: bool,
    reach: Vec<String>,
}

async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let data = state.home_cache.get(&state.db).await?;
    let tr = ctx.tr();
    Ok(page::render(&HomePage {
        c: Chrome::new(&ctx, tr.t("home-title")),
        founding: data.founding,
        joined: data.joined,
        organisations: data.organisations,
        signed_in: ctx.user.is_some(),
        reach: crate::initiatives::pages::reach_lines(&tr, data.reach),
    }))
}
