//! Search under `/api/v1`.

use super::pages::{Params, run};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use axum::extract::{Query, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new().route("/search", get(search)).route("/search/suggest", get(suggest))
}

#[derive(Serialize, ToSchema)]
pub struct HitOut {
    /// `resource`, `event` or `organisation` (challenges and solutions will follow).
    pub kind: String,
    pub id: i64,
    pub title: String,
    pub summary: String,
    /// The item's page on the hub.
    pub url: String,
    /// A passage with the matched words in `<b>` (HTML-escaped otherwise); may be empty.
    pub snippet_html: String,
    /// Found through a CPV label or a topic name in another language, not its own words.
    pub across_languages: bool,
}

#[derive(Serialize, ToSchema)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

#[derive(Serialize, ToSchema)]
pub struct SearchOut {
    pub total: usize,
    pub page: usize,
    pub hits: Vec<HitOut>,
    /// kind, topic, sector, language, country, initiative, year → values with counts.
    pub facets: BTreeMap<String, Vec<FacetValue>>,
    /// What was set aside or read loosely (an unknown filter, a cut query, typos).
    pub notices: Vec<String>,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SearchParams {
    /// Words, "phrases in quotes"; operators are read as words; cut at 200 characters.
    q: Option<String>,
    kind: Option<String>,
    topic: Option<String>,
    sector: Option<String>,
    language: Option<String>,
    country: Option<String>,
    /// An initiative's id.
    initiative: Option<String>,
    year: Option<String>,
    /// `date` for newest first; relevance otherwise.
    sort: Option<String>,
    /// From 1; 20 a page.
    page: Option<String>,
}

/// One search over the published resources: BM25 relevance (or newest first), stemming
/// in 13 EU languages and folding for all, phrases, one typo per long word when nothing
/// matches exactly, facets with counts. Never an error for what is typed: what is set
/// aside is said in `notices`.
#[utoipa::path(get, path = "/api/v1/search", tag = "knowledge", params(SearchParams),
    responses((status = 200, body = SearchOut)))]
pub async fn search(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<Params>,
) -> Result<Json<SearchOut>, AppError> {
    let tr = ctx.tr();
    let (results, items, notices) = run(&state, &p, &tr).await?;
    Ok(Json(SearchOut {
        total: results.total,
        page: p.page_no(),
        hits: items
            .into_iter()
            .map(|(h, f)| HitOut {
                kind: f.kind.into(),
                id: f.id,
                url: f.url,
                title: f.title,
                summary: f.summary,
                snippet_html: h.snippet,
                across_languages: h.across_languages,
            })
            .collect(),
        facets: results
            .facets
            .into_iter()
            .map(|(d, v)| (d.to_owned(), v.into_iter().map(|(value, count)| FacetValue { value, count }).collect()))
            .collect(),
        notices,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct SuggestionOut {
    pub kind: String,
    pub id: i64,
    pub title: String,
    pub url: String,
}

#[derive(serde::Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestParams {
    /// What has been typed so far; the last word is completed (two letters at least).
    pub q: Option<String>,
}

/// Completions while typing in the search box: up to eight published items whose title
/// starts words with what was typed, best first. Too little typed gives an empty list.
#[utoipa::path(get, path = "/api/v1/search/suggest", tag = "knowledge", params(SuggestParams),
    responses((status = 200, body = Vec<SuggestionOut>)))]
pub async fn suggest(
    State(state): State<AppState>,
    Query(p): Query<SuggestParams>,
) -> Result<Json<Vec<SuggestionOut>>, AppError> {
    let typed = p.q.unwrap_or_default();
    let engine = state.search.clone();
    let found = tokio::task::spawn_blocking(move || engine.index.suggest(&typed, 8))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let ids: Vec<i64> = found.iter().filter(|(k, _)| k == "resource").map(|(_, i)| *i).collect();
    let rows = state.db.published_resources_by_id(&ids).await?;
    Ok(Json(
        ids.iter()
            .filter_map(|i| rows.iter().find(|r| r.id == *i))
            .map(|r| SuggestionOut {
                kind: "resource".into(),
                id: r.id,
                title: r.draft.title.clone(),
                url: format!("/resources/{}", r.id),
            })
            .collect(),
    ))
}
