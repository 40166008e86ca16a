//! The landscape map under `/api/v1`.

use super::{cell_of, in_cell, load, only};
use crate::AppState;
use crate::error::AppError;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use domain::initiatives::TOPICS;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

pub fn routes() -> Router<AppState> {
    Router::new().route("/landscape", get(landscape)).route("/landscape/{country}/{topic}", get(landscape_cell))
}

#[derive(Serialize, ToSchema)]
pub struct CellOut {
    /// ISO 3166 alpha-2.
    pub country: String,
    /// A curriculum topic.
    pub topic: String,
    pub initiatives: i64,
    pub organisations: i64,
    pub people: i64,
    pub resources: i64,
    /// What `show` counts (all four by default).
    pub total: i64,
}

#[derive(Serialize, ToSchema)]
pub struct LandscapeOut {
    pub countries: Vec<String>,
    pub topics: Vec<String>,
    /// A cell per (country, topic), countries in order, then topics.
    pub cells: Vec<CellOut>,
    /// How many cells count nothing.
    pub gaps: usize,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LandscapeParams {
    /// `all` (default), `initiatives`, `organisations`, `people` or `resources`.
    pub show: Option<String>,
}

/// Who provides expertise where: a country × topic matrix of counts, and its gaps.
#[utoipa::path(get, path = "/api/v1/landscape", tag = "knowledge", params(LandscapeParams),
    responses((status = 200, body = LandscapeOut), (status = 422)))]
pub async fn landscape(
    State(state): State<AppState>,
    Query(p): Query<LandscapeParams>,
) -> Result<Json<LandscapeOut>, AppError> {
    let only = only(p.show.as_deref().unwrap_or(""))?;
    let m = load(&state, true).await?.matrix;
    let mut cells = Vec::new();
    for c in &m.countries {
        for t in TOPICS {
            let [i, o, pe, r] = m.cell(c, t);
            cells.push(CellOut {
                country: c.to_string(),
                topic: t.to_owned(),
                initiatives: i,
                organisations: o,
                people: pe,
                resources: r,
                total: m.total(c, t, only),
            });
        }
    }
    Ok(Json(LandscapeOut {
        countries: m.countries.iter().map(|c| c.to_string()).collect(),
        topics: TOPICS.iter().map(|t| t.to_string()).collect(),
        gaps: m.gaps(only),
        cells,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct NamedOut {
    pub id: i64,
    pub name: String,
}

#[derive(Serialize, ToSchema)]
pub struct LandscapeCellOut {
    pub initiatives: Vec<NamedOut>,
    pub organisations: Vec<NamedOut>,
    pub people: Vec<NamedOut>,
    /// The newest 50.
    pub resources: Vec<NamedOut>,
    pub resources_total: i64,
}

/// What is behind one cell of the map.
#[utoipa::path(get, path = "/api/v1/landscape/{country}/{topic}", tag = "knowledge",
    params(("country" = String, Path), ("topic" = String, Path)),
    responses((status = 200, body = LandscapeCellOut), (status = 404)))]
pub async fn landscape_cell(
    State(state): State<AppState>,
    Path((country, topic)): Path<(String, String)>,
) -> Result<Json<LandscapeCellOut>, AppError> {
    let (country, topic) = cell_of(&country, &topic)?;
    let data = load(&state, false).await?;
    let list = |v: &[store::landscape::Holder]| -> Vec<NamedOut> {
        in_cell(v, country, topic).into_iter().map(|h| NamedOut { id: h.id, name: h.name.clone() }).collect()
    };
    let (res, resources_total) = state.db.landscape_cell_resources(country, topic, 50).await?;
    Ok(Json(LandscapeCellOut {
        initiatives: list(&data.initiatives),
        organisations: list(&data.organisations),
        people: list(&data.people),
        resources: res.into_iter().map(|(id, name)| NamedOut { id, name }).collect(),
        resources_total,
    }))
}
