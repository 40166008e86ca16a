//! The process's matcher index ([`domain::matching::MatchIndex`]) of public challenges and
//! published solutions: built from the database on first use, then kept current by the
//! services after each commit that changes a challenge or a solution (like the search
//! index, it is derived and never the only copy of anything).

use crate::AppState;
use crate::error::AppError;
use domain::matching::{CommonNeeds, Item, Match, MatchIndex, Side};
use std::collections::HashMap;
use std::sync::RwLock;
use store::challenges::Challenge;
use store::solutions::Solution;
use tokio::sync::OnceCell;

/// The index and the last row of the search outbox it has applied (challenges and
/// solutions written by any process of the deployment reach it through that outbox).
#[derive(Default)]
pub struct Matcher {
    index: OnceCell<RwLock<Inner>>,
    applied: tokio::sync::Mutex<i64>,
    /// Matches already ranked, until the index changes (a popular page is ranked once).
    memo: std::sync::Mutex<Memo>,
    /// Matches as an anonymous visitor's page shows them, by (challenge, how many,
    /// language), until the index changes.
    views: std::sync::Mutex<Views>,
    /// The common need of each challenge as pages show it, until the index changes.
    pub(crate) needs: std::sync::Mutex<HashMap<i64, Option<crate::challenges::needs::CommonNeed>>>,
    /// When a reader last looked at the outbox (milliseconds since the epoch): readers
    /// look at most once a second; writes of this process and the background tailer apply
    /// theirs at once.
    checked: std::sync::atomic::AtomicI64,
}

/// Visitors' match lists by (challenge, how many, language).
type Views = HashMap<(i64, usize, &'static str), Vec<MatchView>>;

/// Rankings by (side, id, how many).
type Memo = HashMap<(Side, i64, usize), std::sync::Arc<Vec<Match>>>;

/// The most rankings kept in memory; past it the memo starts over.
const MEMO: usize = 20_000;

/// The index, each indexed challenge's buyer, and the common needs found among them
/// (`None` until asked for, and again after a challenge changed or left: then rebuilt).
pub struct Inner {
    pub index: MatchIndex,
    pub owners: HashMap<i64, i64>,
    pub needs: Option<CommonNeeds>,
}

impl Inner {
    fn owner(&self) -> impl Fn(i64) -> Option<i64> + '_ {
        |id| self.owners.get(&id).copied()
    }
    /// The common needs, built when missing.
    pub fn needs(&mut self) -> &mut CommonNeeds {
        if self.needs.is_none() {
            let built = CommonNeeds::build(&self.index, &self.owner());
            self.needs = Some(built);
        }
        self.needs.as_mut().expect("just built")
    }
}

pub fn challenge_item(c: &Challenge) -> Item {
    let d = &c.draft;
    Item {
        id: c.id,
        title: d.title.clone(),
        text: [&d.problem, &d.context, &d.outcomes, &d.constraints].map(|s| s.as_str()).join("\n"),
        language: d.languages.first().cloned(),
        cpv: d.cpv.clone(),
        sectors: d.sectors.clone(),
        trl: Some((d.trl_min, d.trl_max)),
        countries: vec![d.country.clone()],
        languages: d.languages.clone(),
    }
}

pub fn solution_item(s: &Solution) -> Item {
    let d = &s.draft;
    Item {
        id: s.id,
        title: d.title.clone(),
        text: [&d.summary, &d.problem, &d.references].map(|s| s.as_str()).join("\n"),
        language: d.languages.first().cloned(),
        cpv: d.cpv.clone(),
        sectors: d.sectors.clone(),
        trl: Some((d.trl, d.trl)),
        countries: d.countries.clone(),
        languages: d.languages.clone(),
    }
}

const BATCH: i64 = 2_000;

async fn load(state: &AppState) -> Result<RwLock<Inner>, AppError> {
    let mut applied = state.matcher.applied.lock().await;
    // Rows written while loading are applied again by the next catch-up.
    let last = state.db.outbox_last().await?;
    let mut items = Vec::new();
    let mut owners = HashMap::new();
    let mut after = 0;
    loop {
        let batch = state.db.matchable_challenges(after, BATCH).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        owners.extend(batch.iter().map(|c| (c.id, c.draft.organisation)));
        items.extend(batch.iter().map(|c| (Side::Challenge, challenge_item(c))));
    }
    after = 0;
    loop {
        let batch = state.db.published_solutions(after, BATCH).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        items.extend(batch.iter().map(|s| (Side::Solution, solution_item(s))));
    }
    let weights = state.config.matching;
    let index = tokio::task::spawn_blocking(move || MatchIndex::build(weights, items))
        .await
        .map_err(|e| AppError::Internal(format!("building the matcher's index: {e}")))?;
    *applied = last;
    Ok(RwLock::new(Inner { index, owners, needs: None }))
}

async fn index(state: &AppState) -> Result<&RwLock<Inner>, AppError> {
    state.matcher.index.get_or_try_init(|| load(state)).await
}

pub(crate) fn poisoned<T>(_: T) -> AppError {
    AppError::Internal("the matcher's index lock is poisoned".into())
}

/// The best matches of the other side for a challenge or solution.
pub async fn matches(state: &AppState, side: Side, id: i64, limit: usize) -> Result<Vec<Match>, AppError> {
    let idx = index(state).await?;
    catch_up(state, false).await?;
    let key = (side, id, limit);
    if let Some(m) = state.matcher.memo.lock().map_err(poisoned)?.get(&key) {
        return Ok(m.as_ref().clone());
    }
    let found = idx.read().map_err(poisoned)?.index.matches(side, id, limit);
    let mut memo = state.matcher.memo.lock().map_err(poisoned)?;
    if memo.len() >= MEMO {
        memo.clear();
    }
    memo.insert(key, std::sync::Arc::new(found.clone()));
    Ok(found)
}

/// Builds the index in the background when the server starts, so that the first visitor
/// does not wait for it.
pub fn warm(state: AppState) {
    tokio::spawn(async move {
        if let Err(e) = index(&state).await {
            tracing::warn!(error = %e, "building the matcher's index failed; the next request tries again");
        }
    });
}

/// The common needs: groups of open challenges of different buyers describing the same
/// need, largest first.
pub async fn common_needs(state: &AppState) -> Result<Vec<Vec<i64>>, AppError> {
    let idx = index(state).await?;
    catch_up(state, false).await?;
    if let Some(g) = idx.read().map_err(poisoned)?.needs.as_ref().and_then(|n| n.listed()) {
        return Ok(g.to_vec());
    }
    let groups = idx.write().map_err(poisoned)?.needs().groups();
    Ok(groups)
}

/// The common need a challenge is part of (its group, itself included; empty if none).
pub async fn common_need_of(state: &AppState, id: i64) -> Result<Vec<i64>, AppError> {
    let idx = index(state).await?;
    catch_up(state, false).await?;
    if let Some(g) = idx.read().map_err(poisoned)?.needs.as_ref().and_then(|n| n.listed()) {
        return Ok(g.iter().find(|g| g.contains(&id)).cloned().unwrap_or_default());
    }
    let group = idx.write().map_err(poisoned)?.needs().group_of(id);
    Ok(group)
}

/// Same-side items like this one.
pub async fn similar(state: &AppState, side: Side, id: i64, limit: usize) -> Result<Vec<(i64, f32)>, AppError> {
    let idx = index(state).await?;
    catch_up(state, false).await?;
    let found = idx.read().map_err(poisoned)?.index.similar(side, id, limit);
    Ok(found)
}

/// Applies the challenges and solutions written since the index last looked (an open one:
/// in; a draft, closed or archived one: out). Nothing to do before the index is built.
/// Without `wait`, a reader does not queue behind another catch-up under way.
pub async fn catch_up(state: &AppState, wait: bool) -> Result<usize, AppError> {
    let Some(idx) = state.matcher.index.get() else { return Ok(0) };
    let now = chrono::Utc::now().timestamp_millis();
    if !wait {
        use std::sync::atomic::Ordering;
        let last = state.matcher.checked.load(Ordering::Relaxed);
        if now - last < 1_000
            || state.matcher.checked.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_err()
        {
            return Ok(0);
        }
    }
    let mut applied = match state.matcher.applied.try_lock() {
        Ok(a) => a,
        Err(_) if !wait => return Ok(0),
        Err(_) => state.matcher.applied.lock().await,
    };
    let mut changed = 0;
    loop {
        let rows = state.db.outbox_after(*applied, 500).await?;
        let Some(last) = rows.last().map(|r| r.0) else { break };
        let mut items: Vec<(&str, i64)> =
            rows.iter().filter(|r| r.1 == "challenge" || r.1 == "solution").map(|r| (r.1.as_str(), r.2)).collect();
        items.sort_unstable();
        items.dedup();
        for (kind, id) in items {
            if kind == "challenge" {
                let c = match state.db.challenge(id).await {
                    Ok(c) => Some(c).filter(|c| c.state.is_matchable()),
                    Err(store::StoreError::NotFound) => None,
                    Err(e) => return Err(e.into()),
                };
                let mut w = idx.write().map_err(poisoned)?;
                let known = w.index.contains(Side::Challenge, id);
                match c {
                    Some(c) => {
                        w.index.upsert(Side::Challenge, &challenge_item(&c));
                        w.owners.insert(id, c.draft.organisation);
                        // A new challenge joins the common needs; a changed one rebuilds them.
                        if known {
                            w.needs = None;
                        } else if w.needs.is_some() {
                            let Inner { index, owners, needs } = &mut *w;
                            if let Some(n) = needs.as_mut() {
                                n.add(index, id, &|x| owners.get(&x).copied());
                            }
                        }
                    }
                    None => {
                        w.index.remove(Side::Challenge, id);
                        w.owners.remove(&id);
                        if known {
                            w.needs = None;
                        }
                    }
                }
            } else {
                let s = match state.db.solution(id).await {
                    Ok(s) => Some(s).filter(|s| s.state == domain::solutions::SolutionState::Published),
                    Err(store::StoreError::NotFound) => None,
                    Err(e) => return Err(e.into()),
                };
                let mut w = idx.write().map_err(poisoned)?;
                match s {
                    Some(s) => w.index.upsert(Side::Solution, &solution_item(&s)),
                    None => w.index.remove(Side::Solution, id),
                }
            }
            changed += 1;
        }
        if changed > 0 {
            state.matcher.memo.lock().map_err(poisoned)?.clear();
            state.matcher.views.lock().map_err(poisoned)?.clear();
            state.matcher.needs.lock().map_err(poisoned)?.clear();
        }
        *applied = last;
        if rows.len() < 500 {
            break;
        }
    }
    Ok(changed)
}

/// After a write of a challenge or solution: this process's matcher and search index take
/// it at once (the others within a second or at their next use). The write is saved
/// whatever happens here; a failure is logged and retried by the next catch-up.
pub async fn refresh(state: &AppState) {
    if let Err(e) = catch_up(state, true).await {
        tracing::warn!(error = %e, "matcher catch-up after a write failed");
    }
    crate::find::refresh(state).await;
}

/// A match as a page lists it.
#[derive(Clone)]
pub struct MatchView {
    pub href: String,
    pub title: String,
    /// The organisation, or "an anonymous supplier".
    pub by: String,
    pub score: String,
    pub reasons: Vec<String>,
    /// When the matching item was created.
    pub created_at: i64,
}

/// Why two items match, in the reader's language.
pub fn reasons(tr: &crate::i18n::Tr, why: &domain::matching::Why) -> Vec<String> {
    use domain::matching::Maturity;
    let mut out = Vec::new();
    if !why.words.is_empty() {
        out.push(tr.ta("match-why-words", "name", &why.words.join(", ")));
    }
    for c in &why.codes {
        let label = domain::cpv::lookup(&c.code).map(|x| x.label_in(tr.lang.tag())).unwrap_or_default();
        let mut line = tr.args(
            &format!("match-why-cpv-{}", c.level),
            &[("code", c.code.clone().into()), ("name", label.to_owned().into())],
        );
        if c.suggested {
            line.push_str(&format!(" {}", tr.t("match-why-cpv-read")));
        }
        out.push(line);
    }
    if !why.sectors.is_empty() {
        let names: Vec<String> = why
            .sectors
            .iter()
            .filter_map(|s| domain::organisations::sector(s))
            .map(|s| s.label(tr.lang).to_owned())
            .collect();
        out.push(tr.ta("match-why-sectors", "name", &names.join(", ")));
    }
    let trl = |key: &str, trl: i64, min: i64, max: i64| {
        tr.args(key, &[("trl", trl.into()), ("min", min.into()), ("max", max.into())])
    };
    match why.maturity {
        Maturity::Within { trl: t, min, max } => out.push(trl("match-why-trl-within", t, min, max)),
        Maturity::Below { trl: t, min, max } => out.push(trl("match-why-trl-below", t, min, max)),
        Maturity::Above { trl: t, min, max } => out.push(trl("match-why-trl-above", t, min, max)),
        Maturity::Unknown => {}
    }
    if why.geography {
        out.push(tr.t("match-why-geography"));
    }
    if !why.languages.is_empty() {
        let names: Vec<String> = why
            .languages
            .iter()
            .filter_map(|l| domain::people::language(l))
            .map(|l| l.label(tr.lang).to_owned())
            .collect();
        out.push(tr.ta("match-why-languages", "name", &names.join(", ")));
    }
    out
}

/// The score as a percentage.
pub fn percent(score: f32) -> String {
    format!("{:.0} %", (score * 100.0).clamp(0.0, 100.0))
}

/// The solutions matching a challenge, as its page shows them (anonymous companies hidden
/// from whoever may not see them).
pub async fn solutions_for(
    state: &AppState,
    tr: &crate::i18n::Tr,
    user: Option<&store::accounts::User>,
    challenge: i64,
    limit: usize,
) -> Result<Vec<MatchView>, AppError> {
    // What a visitor sees is the same for every visitor: kept until the index changes.
    let key = (challenge, limit, tr.lang.tag());
    if user.is_none() {
        catch_up(state, false).await?;
        if let Some(v) = state.matcher.views.lock().map_err(poisoned)?.get(&key) {
            return Ok(v.clone());
        }
    }
    let found = matches(state, Side::Challenge, challenge, limit).await?;
    let ids: Vec<i64> = found.iter().map(|m| m.id).collect();
    let rows = state.db.solutions_by_id(&ids).await?;
    let refs: Vec<&Solution> = rows.iter().collect();
    let shown = crate::solutions::service::identities_shown(state, user, &refs).await?;
    let views: Vec<MatchView> = found
        .iter()
        .filter_map(|m| {
            let s = rows.iter().find(|s| s.id == m.id)?;
            Some(MatchView {
                href: format!("/solutions/{}", s.id),
                title: s.draft.title.clone(),
                by: if shown.contains(&s.id) { s.organisation_name.clone() } else { tr.t("solution-anonymous") },
                score: percent(m.score),
                reasons: reasons(tr, &m.why),
                created_at: s.created_at,
            })
        })
        .collect();
    if user.is_none() {
        let mut memo = state.matcher.views.lock().map_err(poisoned)?;
        if memo.len() >= MEMO {
            memo.clear();
        }
        memo.insert(key, views.clone());
    }
    Ok(views)
}

/// The challenges matching a solution, as its page shows them.
pub async fn challenges_for(
    state: &AppState,
    tr: &crate::i18n::Tr,
    solution: i64,
    limit: usize,
) -> Result<Vec<MatchView>, AppError> {
    let found = matches(state, Side::Solution, solution, limit).await?;
    let ids: Vec<i64> = found.iter().map(|m| m.id).collect();
    let rows = state.db.challenges_by_id(&ids).await?;
    Ok(found
        .iter()
        .filter_map(|m| {
            let c = rows.iter().find(|c| c.id == m.id && c.state.is_matchable())?;
            Some(MatchView {
                href: format!("/challenges/{}", c.id),
                title: c.draft.title.clone(),
                by: c.organisation_name.clone(),
                score: percent(m.score),
                reasons: reasons(tr, &m.why),
                created_at: c.created_at,
            })
        })
        .collect())
}

/// What a user's organisations have on the hub and their best matches: each open
/// challenge of their buyers with its best solutions, each published solution of their
/// suppliers with its best challenges (at most five items, three matches each). A match
/// published in the last 14 days is new.
pub struct Mine {
    pub title: String,
    pub href: String,
    pub matches: Vec<(MatchView, bool)>,
}

pub async fn for_user(
    state: &AppState,
    tr: &crate::i18n::Tr,
    user: &store::accounts::User,
) -> Result<Vec<Mine>, AppError> {
    let recent = store::now() - 14 * 86_400;
    let mut out = Vec::new();
    for (org, _) in crate::challenges::service::buyer_organisations(state, user).await? {
        for c in state.db.organisation_challenges(org).await?.into_iter().filter(|c| c.state.is_matchable()).take(5) {
            let matches = solutions_for(state, tr, Some(user), c.id, 3).await?;
            let matches = matches
                .into_iter()
                .map(|v| {
                    let new = v.created_at >= recent;
                    (v, new)
                })
                .collect();
            out.push(Mine { title: c.draft.title, href: format!("/challenges/{}", c.id), matches });
        }
    }
    for (org, _) in crate::solutions::service::supplier_organisations(state, user).await? {
        let f = store::solutions::SolutionFilter { organisation: Some(org), ..Default::default() };
        let (mine, _) = state.db.solutions(&f, 20, 0).await?;
        for s in mine.into_iter().filter(|s| s.state == domain::solutions::SolutionState::Published).take(5) {
            let matches = challenges_for(state, tr, s.id, 3).await?;
            let matches = matches
                .into_iter()
                .map(|v| {
                    let new = v.created_at >= recent;
                    (v, new)
                })
                .collect();
            out.push(Mine { title: s.draft.title, href: format!("/solutions/{}", s.id), matches });
        }
    }
    out.truncate(10);
    Ok(out)
}
