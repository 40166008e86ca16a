//! The search page: one box, facets with counts that narrow the result, relevance or date
//! order, highlighted snippets, and plain words when something in the query was set aside.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use search::{DIMENSIONS, SearchQuery};
use serde::Deserialize;
use std::collections::HashMap;

pub const PAGE: usize = 20;

#[derive(Deserialize, Default, Clone)]
pub struct Params {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub initiative: String,
    #[serde(default)]
    pub year: String,
    /// `date` for newest first; relevance otherwise.
    #[serde(default)]
    pub sort: String,
    #[serde(default)]
    pub page: String,
}

impl Params {
    pub fn get(&self, dim: &str) -> &str {
        match dim {
            "kind" => &self.kind,
            "topic" => &self.topic,
            "sector" => &self.sector,
            "language" => &self.language,
            "country" => &self.country,
            "initiative" => &self.initiative,
            "year" => &self.year,
            _ => "",
        }
    }
    fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut v: Vec<(&'static str, String)> = vec![("q", self.q.clone())];
        v.extend(DIMENSIONS.iter().map(|d| (*d, self.get(d).to_owned())));
        v.push(("sort", self.sort.clone()));
        v.retain(|(_, x)| !x.trim().is_empty());
        v
    }
    /// This search's address with one parameter changed (or removed when empty).
    pub fn with(&self, key: &'static str, value: &str) -> String {
        let mut v: Vec<(&'static str, String)> = self.pairs().into_iter().filter(|(k, _)| *k != key).collect();
        if !value.is_empty() {
            v.push((key, value.to_owned()));
        }
        format!("/search?{}", serde_urlencoded::to_string(&v).unwrap_or_default())
    }
    pub fn page_no(&self) -> usize {
        self.page.trim().parse::<usize>().unwrap_or(1).clamp(1, 500)
    }
}

/// Whether a facet value is one the hub knows (an unknown one is set aside with a notice).
fn known(dim: &str, v: &str, topics: &crate::topics::Registry) -> bool {
    match dim {
        "kind" => {
            domain::resources::KINDS.contains(&v) || ["organisation", "event", "challenge", "solution"].contains(&v)
        }
        "topic" => topics.is_known(v),
        "sector" => domain::organisations::sector(v).is_some(),
        "language" => domain::people::language(v).is_some(),
        "country" => domain::geo::Country::parse("country", v).is_ok(),
        "initiative" => v.parse::<i64>().is_ok_and(|i| i > 0),
        "year" => v.len() == 4 && v.parse::<u16>().is_ok(),
        _ => false,
    }
}

/// The query the index runs, and the notices about what was set aside.
pub fn query(p: &Params, tr: &Tr, topics: &crate::topics::Registry) -> (SearchQuery, Vec<String>) {
    let mut notices = Vec::new();
    let mut filters = Vec::new();
    for d in DIMENSIONS {
        let v = p.get(d).trim();
        if v.is_empty() {
            continue;
        }
        if known(d, v, topics) {
            filters.push((d, v.to_owned()));
        } else {
            notices.push(tr.ta("search-unknown-filter", "value", v));
        }
    }
    let q = SearchQuery {
        text: p.q.clone(),
        kind: None,
        filters,
        by_date: p.sort == "date",
        limit: PAGE,
        offset: (p.page_no() - 1) * PAGE,
    };
    (q, notices)
}

/// A facet value in words.
pub fn label(
    tr: &Tr,
    dim: &str,
    v: &str,
    initiatives: &HashMap<String, String>,
    topics: &crate::topics::Registry,
) -> String {
    match dim {
        "kind" if v == "organisation" => tr.t("search-kind-organisation"),
        "kind" if v == "event" => tr.t("search-kind-event"),
        "kind" if v == "challenge" => tr.t("search-kind-challenge"),
        "kind" if v == "solution" => tr.t("search-kind-solution"),
        "kind" => tr.t(&format!("resource-kind-{v}")),
        "topic" => topics.label(tr, v),
        "sector" => domain::organisations::sector(v).map(|s| s.label(tr.lang).to_owned()).unwrap_or_else(|| v.into()),
        "language" => domain::people::language(v).map(|l| l.label(tr.lang).to_owned()).unwrap_or_else(|| v.into()),
        "country" => {
            domain::geo::Country::parse("c", v).map(|c| c.info().name(tr.lang).to_owned()).unwrap_or_else(|_| v.into())
        }
        "initiative" => initiatives.get(v).cloned().unwrap_or_else(|| v.into()),
        _ => v.into(),
    }
}

pub struct HitView {
    pub url: String,
    pub title: String,
    pub meta: String,
    pub summary: String,
    pub snippet: String,
    pub across: bool,
}

pub struct FacetView {
    pub label: String,
    /// (label, count, link, chosen)
    pub values: Vec<(String, u64, String, bool)>,
    pub clear: Option<String>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct Page {
    c: Chrome,
    q: String,
    total: usize,
    hits: Vec<HitView>,
    facets: Vec<FacetView>,
    notices: Vec<String>,
    sort_relevance: String,
    sort_date: String,
    by_date: bool,
    prev: Option<String>,
    next: Option<String>,
}

impl Page {
    fn total_i64(&self) -> i64 {
        self.total as i64
    }
}

/// What a hit stands for, in words.
pub struct Found {
    pub kind: &'static str,
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub url: String,
    /// Its kind, publisher, language or country, for the line under the title.
    pub meta: String,
}

/// The published resources and approved organisations behind the hits, in the hits' order
/// (a hit whose item is gone since is left out).
async fn found(state: &AppState, hits: &[search::Hit], tr: &Tr) -> Result<Vec<(search::Hit, Found)>, AppError> {
    let ids: Vec<i64> = hits.iter().filter(|h| h.kind == "resource").map(|h| h.id).collect();
    let mut resources: HashMap<i64, store::resources::Resource> =
        state.db.published_resources_by_id(&ids).await?.into_iter().map(|r| (r.id, r)).collect();
    let mut out = Vec::with_capacity(hits.len());
    for h in hits {
        let f = match h.kind.as_str() {
            "resource" => resources.remove(&h.id).map(|r| Found {
                kind: "resource",
                id: r.id,
                meta: format!(
                    "{} · {} · {}",
                    tr.t(&format!("resource-kind-{}", r.draft.kind)),
                    r.publisher_name,
                    domain::people::language(&r.draft.language).map(|l| l.label(tr.lang)).unwrap_or_default()
                ),
                url: format!("/resources/{}", r.id),
                title: r.draft.title,
                summary: r.draft.summary,
            }),
            "event" => match state.db.event(h.id).await {
                Ok(e) if e.state == domain::events::EventState::Published => Some(Found {
                    kind: "event",
                    id: e.id,
                    meta: format!(
                        "{} · {} · {}",
                        tr.t("search-kind-event"),
                        tr.t(&format!("event-kind-{}", e.draft.kind)),
                        crate::events::pages::when(&e, tr)
                    ),
                    url: format!("/events/{}", e.id),
                    title: e.draft.title,
                    summary: e.draft.summary,
                }),
                Ok(_) | Err(store::StoreError::NotFound) => None,
                Err(e) => return Err(e.into()),
            },
            "organisation" => match state.db.organisation(domain::OrganisationId(h.id)).await {
                Ok(o) if o.status == domain::organisations::ReviewStatus::Approved => Some(Found {
                    kind: "organisation",
                    id: o.id.0,
                    meta: format!(
                        "{} · {}",
                        tr.t("search-kind-organisation"),
                        domain::geo::Country::parse("c", &o.country)
                            .map(|c| c.info().name(tr.lang).to_owned())
                            .unwrap_or_default()
                    ),
                    url: format!("/organisations/{}", o.id.0),
                    title: o.name,
                    summary: o.description.chars().take(300).collect(),
                }),
                Ok(_) | Err(store::StoreError::NotFound) => None,
                Err(e) => return Err(e.into()),
            },
            "challenge" => match state.db.challenge(h.id).await {
                Ok(c) if c.state.is_public() => Some(Found {
                    kind: "challenge",
                    id: c.id,
                    meta: format!(
                        "{} · {} · {}",
                        tr.t("search-kind-challenge"),
                        c.organisation_name,
                        tr.t(&format!("challenge-state-{}", c.state.as_str()))
                    ),
                    url: format!("/challenges/{}", c.id),
                    title: c.draft.title,
                    summary: c.draft.problem.chars().take(300).collect(),
                }),
                Ok(_) | Err(store::StoreError::NotFound) => None,
                Err(e) => return Err(e.into()),
            },
            // The company only when the profile is not anonymous: search results are the
            // same for every reader.
            "solution" => match state.db.solution(h.id).await {
                Ok(s) if s.state == domain::solutions::SolutionState::Published => Some(Found {
                    kind: "solution",
                    id: s.id,
                    meta: format!(
                        "{} · {} · TRL {}",
                        tr.t("search-kind-solution"),
                        if s.draft.anonymous { tr.t("solution-anonymous") } else { s.organisation_name },
                        s.draft.trl
                    ),
                    url: format!("/solutions/{}", s.id),
                    title: s.draft.title,
                    summary: s.draft.summary.chars().take(300).collect(),
                }),
                Ok(_) | Err(store::StoreError::NotFound) => None,
                Err(e) => return Err(e.into()),
            },
            _ => None,
        };
        if let Some(f) = f {
            out.push((h.clone(), f));
        }
    }
    Ok(out)
}

/// Runs a search for pages and API alike: the results and what is behind the hits.
pub async fn run(
    state: &AppState,
    p: &Params,
    tr: &Tr,
) -> Result<(search::Results, Vec<(search::Hit, Found)>, Vec<String>), AppError> {
    let (q, mut notices) = query(p, tr, &state.topics);
    // The index is kept current by the writes of this process (`resources::service`) and
    // by the tailer for the others'; a search reads it as it is. The work is CPU-bound:
    // off the async threads.
    let engine = state.search.clone();
    let results = tokio::task::spawn_blocking(move || engine.index.search(&q))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    if results.cut {
        notices.push(tr.tnum("search-cut", search::MAX_QUERY_CHARS as i64));
    }
    if results.fuzzy {
        notices.push(tr.t("search-fuzzy"));
    }
    let items = found(state, &results.hits, tr).await?;
    Ok((results, items, notices))
}

pub async fn search(State(state): State<AppState>, ctx: Ctx, Query(p): Query<Params>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (results, items, notices) = run(&state, &p, &tr).await?;
    let initiatives: HashMap<String, String> =
        state.db.initiatives().await?.into_iter().map(|i| (i.id.0.to_string(), i.acronym)).collect();
    let hits = items
        .into_iter()
        .map(|(h, f)| HitView {
            url: f.url,
            meta: f.meta,
            title: f.title,
            summary: f.summary,
            snippet: h.snippet,
            across: h.across_languages,
        })
        .collect();
    let facets = DIMENSIONS
        .iter()
        .filter_map(|d| {
            let values = results.facets.get(d)?;
            if values.is_empty() {
                return None;
            }
            let chosen = p.get(d);
            Some(FacetView {
                label: tr.t(&format!("search-facet-{d}")),
                values: values
                    .iter()
                    .take(12)
                    .map(|(v, n)| (label(&tr, d, v, &initiatives, &state.topics), *n, p.with(d, v), v == chosen))
                    .collect(),
                clear: (!chosen.is_empty()).then(|| p.with(d, "")),
            })
        })
        .collect();
    let page_no = p.page_no();
    let with_page = |n: usize| {
        let mut url = p.with("sort", &p.sort);
        url.push_str(&format!("&page={n}"));
        url
    };
    Ok(page::render(&Page {
        c: Chrome::new(&ctx, tr.t("search-title")),
        q: p.q.clone(),
        total: results.total,
        hits,
        facets,
        notices,
        sort_relevance: p.with("sort", ""),
        sort_date: p.with("sort", "date"),
        by_date: p.sort == "date",
        prev: (page_no > 1).then(|| with_page(page_no - 1)),
        next: (page_no * PAGE < results.total).then(|| with_page(page_no + 1)),
    }))
}
