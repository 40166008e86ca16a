//! Member initiatives of the task force, as API (the home page shows them).

use crate::AppState;
use crate::error::AppError;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use utoipa::ToSchema;

pub fn routes() -> Router<AppState> {
    Router::new().route("/initiatives", get(list))
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeOut {
    pub id: i64,
    pub acronym: String,
    pub name: String,
    pub summary: String,
    pub focus_areas: Vec<String>,
    pub website: Option<String>,
    /// `founding` or `joined`.
    pub membership: String,
}

/// The member initiatives, founding members first.
#[utoipa::path(get, path = "/api/v1/initiatives", tag = "community", responses((status = 200, body = Vec<InitiativeOut>)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<Vec<InitiativeOut>>, AppError> {
    let data = state.home_cache.get(&state.db).await?;
    Ok(Json(
        data.founding
            .iter()
            .chain(data.joined.iter())
            .map(|i| InitiativeOut {
                id: i.id.0,
                acronym: i.acronym.clone(),
                name: i.name.clone(),
                summary: i.summary.clone(),
                focus_areas: i.focus_areas.clone(),
                website: i.website.clone(),
                membership: i.membership.as_str().into(),
            })
            .collect(),
    ))
}
