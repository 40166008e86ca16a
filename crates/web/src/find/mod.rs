//! Search: this process's index (crate `search`), kept up to date from the database's
//! search outbox, and the search page and API.
//!
//! The index is derived: every write of something searchable records an outbox row in
//! its transaction; [`Engine::catch_up`] applies the rows after the last one applied (kept
//! in the index folder), reading each item as it now is (published: indexed; otherwise:
//! removed). It runs at start, every second in the background, and before each search, so
//! an item is findable as soon as it is saved, in every process on the same database.

pub mod api;
pub mod pages;

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use axum::Router;
use axum::routing::get;
use domain::accounts::Language;
use domain::organisations::ReviewStatus;
use domain::resources::{Publisher, State};
use search::{Doc, SearchIndex};
use std::path::{Path, PathBuf};
use store::resources::Resource;

pub fn router() -> Router<AppState> {
    Router::new().route("/search", get(pages::search))
}

pub struct Engine {
    pub index: SearchIndex,
    /// The last outbox row applied; one catch-up at a time.
    applied: tokio::sync::Mutex<i64>,
    applied_file: PathBuf,
}

impl Engine {
    pub fn open(dir: &Path) -> anyhow::Result<Engine> {
        let (index, fresh) = SearchIndex::open(dir)?;
        let applied_file = dir.join("applied");
        // A new index (or one of another schema) starts from the first outbox row.
        let applied = if fresh {
            0
        } else {
            std::fs::read_to_string(&applied_file).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0)
        };
        Ok(Engine { index, applied: tokio::sync::Mutex::new(applied), applied_file })
    }

    /// Applies the outbox rows written since the last call. Returns how many items changed.
    pub async fn catch_up(&self, state: &AppState) -> Result<usize, AppError> {
        let mut applied = self.applied.lock().await;
        let mut changed = 0;
        loop {
            let rows = state.db.outbox_after(*applied, 500).await?;
            let Some(last) = rows.last().map(|r| r.0) else { break };
            let mut items: Vec<(&str, i64)> = rows.iter().map(|r| (r.1.as_str(), r.2)).collect();
            items.sort_unstable();
            items.dedup();
            for (kind, id) in items {
                match kind {
                    "resource" => match state.db.resource(id).await {
                        Ok(r) if r.state == State::Published => {
                            self.index.upsert(&doc_of(&r, &state.topics)).map_err(internal)?
                        }
                        Ok(_) | Err(store::StoreError::NotFound) => self.index.delete("resource", id),
                        Err(e) => return Err(e.into()),
                    },
                    "event" => match state.db.event(id).await {
                        // Members' meetings are for members' editors: not in the public index.
                        Ok(e) if e.state == domain::events::EventState::Published && !e.is_members_meeting() => {
                            self.index.upsert(&doc_of_event(&e, &state.topics)).map_err(internal)?
                        }
                        Ok(_) | Err(store::StoreError::NotFound) => self.index.delete("event", id),
                        Err(e) => return Err(e.into()),
                    },
                    "organisation" => match state.db.organisation(domain::OrganisationId(id)).await {
                        Ok(o) if o.status == ReviewStatus::Approved => {
                            self.index.upsert(&doc_of_organisation(&o)).map_err(internal)?
                        }
                        Ok(_) | Err(store::StoreError::NotFound) => self.index.delete("organisation", id),
                        Err(e) => return Err(e.into()),
                    },
                    "challenge" => match state.db.challenge(id).await {
                        Ok(c) if c.state.is_public() => self.index.upsert(&doc_of_challenge(&c)).map_err(internal)?,
                        Ok(_) | Err(store::StoreError::NotFound) => self.index.delete("challenge", id),
                        Err(e) => return Err(e.into()),
                    },
                    "solution" => match state.db.solution(id).await {
                        Ok(s) if s.state == domain::solutions::SolutionState::Published => {
                            self.index.upsert(&doc_of_solution(&s)).map_err(internal)?
                        }
                        Ok(_) | Err(store::StoreError::NotFound) => self.index.delete("solution", id),
                        Err(e) => return Err(e.into()),
                    },
                    _ => continue,
                }
                changed += 1;
            }
            self.index.commit().map_err(internal)?;
            *applied = last;
            let _ = std::fs::write(&self.applied_file, last.to_string());
            if rows.len() < 500 {
                break;
            }
        }
        Ok(changed)
    }

    /// Rebuilds the index from the tables (`iptf reindex`); `progress` is told (done, total).
    pub async fn rebuild(&self, state: &AppState, progress: impl Fn(u64, u64)) -> Result<u64, AppError> {
        let mut applied = self.applied.lock().await;
        // The added topics' names go into the index with the resources.
        crate::topics::reload(state).await;
        // Rows written while rebuilding are applied again by the next catch-up.
        let last = state.db.outbox_last().await?;
        self.index.clear().map_err(internal)?;
        let total = state.db.count_published_resources().await? as u64;
        let mut done = 0;
        let mut after = 0;
        loop {
            let batch = state.db.published_resources_after(after, 1000).await?;
            let Some(l) = batch.last().map(|r| r.id) else { break };
            for r in &batch {
                self.index.upsert(&doc_of(r, &state.topics)).map_err(internal)?;
            }
            done += batch.len() as u64;
            progress(done, total);
            after = l;
        }
        let mut after = 0;
        loop {
            let ids = state.db.published_event_ids_after(after, 1000).await?;
            let Some(l) = ids.last().copied() else { break };
            for id in ids {
                match state.db.event(id).await {
                    Ok(e) if !e.is_members_meeting() => {
                        self.index.upsert(&doc_of_event(&e, &state.topics)).map_err(internal)?
                    }
                    Ok(_) | Err(store::StoreError::NotFound) => {}
                    Err(e) => return Err(e.into()),
                }
            }
            after = l;
        }
        let mut after = 0;
        loop {
            let ids = state.db.approved_organisation_ids_after(after, 1000).await?;
            let Some(l) = ids.last().copied() else { break };
            for id in ids {
                match state.db.organisation(domain::OrganisationId(id)).await {
                    Ok(o) => self.index.upsert(&doc_of_organisation(&o)).map_err(internal)?,
                    Err(store::StoreError::NotFound) => {}
                    Err(e) => return Err(e.into()),
                }
            }
            after = l;
        }
        let mut after = 0;
        loop {
            let batch = state.db.public_challenges_after(after, 1000).await?;
            let Some(l) = batch.last().map(|c| c.id) else { break };
            for c in &batch {
                self.index.upsert(&doc_of_challenge(c)).map_err(internal)?;
            }
            after = l;
        }
        let mut after = 0;
        loop {
            let batch = state.db.published_solutions(after, 1000).await?;
            let Some(l) = batch.last().map(|s| s.id) else { break };
            for s in &batch {
                self.index.upsert(&doc_of_solution(s)).map_err(internal)?;
            }
            after = l;
        }
        self.index.commit().map_err(internal)?;
        // Fewer segments, faster searches; the index is whole either way.
        if let Err(e) = self.index.optimize() {
            tracing::warn!(error = %e, "could not merge the search index into one segment");
        }
        *applied = last;
        let _ = std::fs::write(&self.applied_file, last.to_string());
        Ok(done)
    }
}

fn internal(e: search::SearchError) -> AppError {
    AppError::Internal(e.to_string())
}

/// A resource as the index takes it: its words, and the labels that carry it across
/// languages (its topics' names, its CPV codes' labels in the 24 EU languages).
pub fn doc_of(r: &Resource, topics: &crate::topics::Registry) -> Doc {
    let d = &r.draft;
    let mut cross: Vec<String> = Vec::new();
    for t in &d.topics {
        for lang in Language::ALL {
            cross.push(topics.label(&Tr::new(lang), t));
        }
    }
    for c in &d.cpv {
        cross.extend(domain::organisations::cpv_labels_all(c).iter().cloned());
    }
    let mut facets: Vec<(&'static str, String)> = vec![("kind", d.kind.clone()), ("language", d.language.clone())];
    facets.extend(d.topics.iter().map(|t| ("topic", t.clone())));
    facets.extend(d.sectors.iter().map(|s| ("sector", s.clone())));
    facets.extend(d.countries.iter().map(|c| ("country", c.clone())));
    if let Publisher::Initiative(i) = r.publisher {
        facets.push(("initiative", i.to_string()));
    }
    let date = r.published_at.unwrap_or(r.created_at);
    if let Some(y) = chrono::DateTime::from_timestamp(date, 0).map(|t| t.format("%Y").to_string()) {
        facets.push(("year", y));
    }
    Doc {
        kind: "resource",
        id: r.id,
        title: d.title.clone(),
        text: format!("{}\n{}", d.summary, d.body),
        language: d.language.clone(),
        cross: cross.join("\n"),
        facets,
        date,
    }
}

/// An approved organisation as the index takes it: its name and description, and the
/// labels of what it sells (CPV, 24 languages) and its sectors (en, fr, de) across
/// languages; faceted as the kind `organisation`, by sector and country.
pub fn doc_of_organisation(o: &store::organisations::Organisation) -> Doc {
    let mut cross: Vec<String> = Vec::new();
    for c in &o.cpv {
        cross.extend(domain::organisations::cpv_labels_all(c).iter().cloned());
    }
    for s in o.sectors.iter().filter_map(|s| domain::organisations::sector(s)) {
        for lang in Language::ALL {
            cross.push(s.label(lang).to_owned());
        }
    }
    let mut facets: Vec<(&'static str, String)> = vec![("kind", "organisation".into()), ("country", o.country.clone())];
    facets.extend(o.sectors.iter().map(|s| ("sector", s.clone())));
    Doc {
        kind: "organisation",
        id: o.id.0,
        title: o.name.clone(),
        text: o.description.clone(),
        language: String::new(),
        cross: cross.join("\n"),
        facets,
        date: o.created_at,
    }
}

/// A published event as the index takes it: its words, its topics' names across
/// languages; faceted as the kind `event`, by topic, sector, language, initiative and year.
pub fn doc_of_event(e: &store::events::Event, topics: &crate::topics::Registry) -> Doc {
    let d = &e.draft;
    let mut cross: Vec<String> = Vec::new();
    for t in &d.topics {
        for lang in Language::ALL {
            cross.push(topics.label(&Tr::new(lang), t));
        }
    }
    let mut facets: Vec<(&'static str, String)> = vec![("kind", "event".into())];
    facets.extend(d.topics.iter().map(|t| ("topic", t.clone())));
    facets.extend(d.sectors.iter().map(|s| ("sector", s.clone())));
    facets.extend(d.languages.iter().map(|l| ("language", l.clone())));
    if let Publisher::Initiative(i) = d.publisher {
        facets.push(("initiative", i.to_string()));
    }
    if let Some(y) = chrono::DateTime::from_timestamp(d.starts_at, 0).map(|t| t.format("%Y").to_string()) {
        facets.push(("year", y));
    }
    Doc {
        kind: "event",
        id: e.id,
        title: d.title.clone(),
        text: format!("{}\n{}", d.summary, d.description),
        // Stemmed in the event's first language, if it has one.
        language: d.languages.first().cloned().unwrap_or_default(),
        cross: cross.join("\n"),
        facets,
        date: d.starts_at,
    }
}

/// The labels of CPV codes in the 24 EU languages and of sectors in the interface's three,
/// which carry an item across languages.
fn cross_labels(cpv: &[String], sectors: &[String]) -> String {
    let mut cross: Vec<String> = Vec::new();
    for c in cpv {
        cross.extend(domain::organisations::cpv_labels_all(c).iter().cloned());
    }
    for s in sectors.iter().filter_map(|s| domain::organisations::sector(s)) {
        for lang in Language::ALL {
            cross.push(s.label(lang).to_owned());
        }
    }
    cross.join("\n")
}

/// A public challenge as the index takes it: its words and, across languages, its CPV
/// codes' and sectors' labels; faceted as the kind `challenge`, by sector, language and
/// country.
pub fn doc_of_challenge(c: &store::challenges::Challenge) -> Doc {
    let d = &c.draft;
    let mut facets: Vec<(&'static str, String)> = vec![("kind", "challenge".into()), ("country", d.country.clone())];
    facets.extend(d.sectors.iter().map(|s| ("sector", s.clone())));
    facets.extend(d.languages.iter().map(|l| ("language", l.clone())));
    if let Some(y) = chrono::DateTime::from_timestamp(c.created_at, 0).map(|t| t.format("%Y").to_string()) {
        facets.push(("year", y));
    }
    Doc {
        kind: "challenge",
        id: c.id,
        title: d.title.clone(),
        text: [&d.problem, &d.context, &d.outcomes, &d.constraints].map(|s| s.as_str()).join("\n"),
        language: d.languages.first().cloned().unwrap_or_default(),
        cross: cross_labels(&d.cpv, &d.sectors),
        facets,
        date: c.created_at,
    }
}

/// A published solution as the index takes it. The company is not in it: an anonymous
/// profile must not be found by its supplier's name.
pub fn doc_of_solution(s: &store::solutions::Solution) -> Doc {
    let d = &s.draft;
    let mut facets: Vec<(&'static str, String)> = vec![("kind", "solution".into())];
    facets.extend(d.sectors.iter().map(|x| ("sector", x.clone())));
    facets.extend(d.languages.iter().map(|l| ("language", l.clone())));
    facets.extend(d.countries.iter().map(|c| ("country", c.clone())));
    Doc {
        kind: "solution",
        id: s.id,
        title: d.title.clone(),
        text: [&d.summary, &d.problem, &d.references, &d.certifications].map(|x| x.as_str()).join("\n"),
        language: d.languages.first().cloned().unwrap_or_default(),
        cross: cross_labels(&d.cpv, &d.sectors),
        facets,
        date: s.created_at,
    }
}

/// Applies a write to this process's search index at once (the others catch up within a
/// second). The write is saved whatever happens here; a failure is logged and the tailer
/// retries.
pub async fn refresh(state: &AppState) {
    if let Err(e) = state.search.catch_up(state).await {
        tracing::warn!(error = %e, "search index catch-up after a write failed");
    }
}

/// Runs the background catch-up every second until the process stops.
pub fn spawn_tailer(state: AppState) {
    tokio::spawn(async move {
        loop {
            if let Err(e) = state.search.catch_up(&state).await {
                tracing::warn!(error = %e, "search index catch-up failed");
            }
            // Topics an administrator added on another process.
            crate::topics::reload(&state).await;
            // Challenges and solutions written by other processes, for the matcher.
            if let Err(e) = crate::matcher::catch_up(&state, true).await {
                tracing::warn!(error = %e, "matcher catch-up failed");
            }
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
    });
}
