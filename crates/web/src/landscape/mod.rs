//! The landscape map (`/landscape`, `/api/v1/landscape`): a country × topic matrix of who
//! provides expertise where, as an accessible table and a heat grid drawn on the server
//! (SVG), with the gaps marked; each cell lists what is behind it.

pub mod api;
pub mod pages;

use crate::AppState;
use crate::error::AppError;
use axum::Router;
use axum::routing::get;
use domain::landscape::Matrix;
use store::landscape::Holder;

pub fn router() -> Router<AppState> {
    Router::new().route("/landscape", get(pages::map)).route("/landscape/{country}/{topic}", get(pages::cell))
}

/// Everything the map counts.
pub struct Data {
    pub matrix: Matrix,
    pub initiatives: Vec<Holder>,
    pub organisations: Vec<Holder>,
    pub people: Vec<Holder>,
}

/// Everything the map counts; `resources` false leaves the resources' counts out (a cell's
/// page lists its resources by a query of its own).
pub async fn load(state: &AppState, resources: bool) -> Result<Data, AppError> {
    let initiatives = state.db.landscape_initiatives().await?;
    let organisations = state.db.landscape_organisations().await?;
    let people = state.db.landscape_people().await?;
    let mut matrix = Matrix::new();
    for (k, list) in [&initiatives, &organisations, &people].into_iter().enumerate() {
        for h in list {
            matrix.add(k, &h.countries, &h.topics, 1);
        }
    }
    if resources {
        for (countries, topics, n) in state.db.landscape_resources().await? {
            matrix.add(3, &countries, &topics, n);
        }
    }
    Ok(Data { matrix, initiatives, organisations, people })
}

/// Which holders to count (`show`): all (`None`) or one kind; anything else is an error.
pub fn only(show: &str) -> Result<Option<usize>, AppError> {
    match show.trim() {
        "" | "all" => Ok(None),
        s => domain::landscape::holder(s).map(Some).ok_or_else(|| AppError::invalid("show", "invalid-choice")),
    }
}

/// A cell's address parts, checked: an EU country and a curriculum topic.
pub fn cell_of(country: &str, topic: &str) -> Result<(&'static str, &'static str), AppError> {
    let c = domain::geo::eu_countries().iter().find(|c| c.code == country).ok_or(AppError::NotFound)?;
    let t = domain::initiatives::TOPICS.iter().find(|t| **t == topic).ok_or(AppError::NotFound)?;
    Ok((c.code, t))
}

/// The holders of one kind in a cell.
pub fn in_cell<'a>(list: &'a [Holder], country: &str, topic: &str) -> Vec<&'a Holder> {
    list.iter().filter(|h| h.countries.iter().any(|c| c == country) && h.topics.iter().any(|t| t == topic)).collect()
}
