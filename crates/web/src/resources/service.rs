//! What resources do, shared by pages and API: editors of member initiatives and members
//! of approved organisations publish for them; every write records a search-outbox row in
//! its transaction (`store::resources`).

use crate::AppState;
use crate::error::AppError;
use domain::organisations::{MembershipStatus, ReviewStatus};
use domain::resources::{Publisher, ResourceDraft, ResourceInput, State};
use domain::{FieldError, FieldErrors};
use store::LockTable;
use store::accounts::User;
use store::resources::{Resource, ResourceFilter};

/// Whom `user` may publish for, with their names: the current member initiatives they
/// edit (all of them for administrators) and the approved organisations they belong to.
pub async fn publishers(state: &AppState, user: &User) -> Result<Vec<(Publisher, String)>, AppError> {
    let mut out = Vec::new();
    for i in state.db.initiatives().await? {
        if i.membership.is_current() && (user.is_admin || state.db.is_initiative_editor(i.id, user.id).await?) {
            out.push((Publisher::Initiative(i.id.0), i.acronym));
        }
    }
    for (o, _, m) in state.db.user_organisations(user.id).await? {
        if m == MembershipStatus::Active && o.status == ReviewStatus::Approved {
            out.push((Publisher::Organisation(o.id.0), o.name));
        }
    }
    Ok(out)
}

pub async fn may_edit(state: &AppState, user: Option<&User>, r: &Resource) -> Result<bool, AppError> {
    Ok(match user {
        Some(u) if u.is_admin => true,
        Some(u) => publishers(state, u).await?.iter().any(|(p, _)| *p == r.publisher),
        None => false,
    })
}

/// A resource as the reader may see it: published ones for everyone, others for those
/// who keep them (404 for anyone else).
pub async fn visible(state: &AppState, user: Option<&User>, id: i64) -> Result<(Resource, bool), AppError> {
    let r = state.db.resource(id).await?;
    let editor = may_edit(state, user, &r).await?;
    if r.state != State::Published && !editor {
        return Err(AppError::NotFound);
    }
    Ok((r, editor))
}

pub async fn create(state: &AppState, user: &User, input: &ResourceInput) -> Result<i64, AppError> {
    let allowed: Vec<Publisher> = publishers(state, user).await?.into_iter().map(|(p, _)| p).collect();
    if allowed.is_empty() {
        return Err(AppError::Forbidden);
    }
    let d = input.parse(&allowed)?;
    let html = domain::markdown::to_html(&d.body);
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let id = tx.create_resource(&d, &html, user.id, now).await?;
    tx.add_resource_revision(id, (user.id, &user.name), &d, now).await?;
    state.commit(tx).await?;
    refresh_search(state).await;
    Ok(id)
}

pub async fn update(state: &AppState, user: &User, id: i64, input: &ResourceInput) -> Result<(), AppError> {
    let r = state.db.resource(id).await?;
    if !may_edit(state, Some(user), &r).await? {
        return Err(AppError::NotFound);
    }
    // The publisher does not change with an edit.
    let input = ResourceInput { publisher: r.publisher.key(), ..input.clone() };
    let d = input.parse(&[r.publisher])?;
    let html = domain::markdown::to_html(&d.body);
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Resources, id).await?;
    tx.update_resource(id, &d, &html, now).await?;
    tx.add_resource_revision(id, (user.id, &user.name), &d, now).await?;
    state.commit(tx).await?;
    refresh_search(state).await;
    Ok(())
}

/// Publishes, archives or takes back to draft.
pub async fn set_state(state: &AppState, user: &User, id: i64, to: &str) -> Result<(), AppError> {
    let r = state.db.resource(id).await?;
    if !may_edit(state, Some(user), &r).await? {
        return Err(AppError::NotFound);
    }
    let to = State::parse(to).ok_or_else(|| FieldErrors::from(FieldError::new("state", "invalid-choice")))?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Resources, id).await?;
    tx.set_resource_state(id, to, store::now()).await?;
    state.commit(tx).await?;
    refresh_search(state).await;
    Ok(())
}

/// Applies the write to this process's search index at once (others catch up within a
/// second). The write is saved whatever happens here; a failure is logged and the tailer
/// retries.
async fn refresh_search(state: &AppState) {
    if let Err(e) = state.search.catch_up(state).await {
        tracing::warn!(error = %e, "search index catch-up after a write failed");
    }
}

/// The list's filters from a query string; an unknown value is an error on its field.
pub fn filter(q: &str, kind: &str, topic: &str, sector: &str, language: &str) -> Result<ResourceFilter, FieldErrors> {
    let mut errs = FieldErrors::new();
    let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let check = |field: &'static str, v: Option<String>, ok: &dyn Fn(&str) -> bool, errs: &mut FieldErrors| {
        v.and_then(|v| errs.take(if ok(&v) { Ok(v) } else { Err(FieldError::new(field, "invalid-choice")) }))
    };
    let kind = check("kind", some(kind), &|k| domain::resources::KINDS.contains(&k), &mut errs);
    let topic = check("topic", some(topic), &|t| domain::initiatives::TOPICS.contains(&t), &mut errs);
    let sector = check("sector", some(sector), &|s| domain::organisations::sector(s).is_some(), &mut errs);
    let language = check("language", some(language), &|l| domain::people::language(l).is_some(), &mut errs);
    errs.into_result()?;
    Ok(ResourceFilter { kind, topic, sector, language, initiative: None, q: some(q) })
}

/// One line of a diff: `-` removed, `+` added, ` ` kept.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct DiffLine {
    pub sign: char,
    pub text: String,
}

/// What one version changed against the one before: (field, its diff lines) for each
/// field that differs. The first version is compared with nothing.
pub fn changes(older: Option<&ResourceDraft>, newer: &ResourceDraft) -> Vec<(&'static str, Vec<DiffLine>)> {
    let empty = ResourceDraft {
        title: String::new(),
        summary: String::new(),
        body: String::new(),
        link: None,
        ..newer.clone()
    };
    let old = older.unwrap_or(&empty);
    let lists = |d: &ResourceDraft| {
        [&d.topics, &d.sectors, &d.audiences, &d.procedures, &d.countries, &d.cpv]
            .iter()
            .map(|l| l.join(", "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let fields: [(&'static str, String, String); 6] = [
        ("title", old.title.clone(), newer.title.clone()),
        ("kind", old.kind.clone(), newer.kind.clone()),
        ("summary", old.summary.clone(), newer.summary.clone()),
        ("body", old.body.clone(), newer.body.clone()),
        ("link", old.link.clone().unwrap_or_default(), newer.link.clone().unwrap_or_default()),
        ("tags", format!("{}\n{}", old.language, lists(old)), format!("{}\n{}", newer.language, lists(newer))),
    ];
    fields
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(name, a, b)| {
            let diff = similar::TextDiff::from_lines(&a, &b);
            let lines = diff
                .iter_all_changes()
                .filter(|c| c.tag() != similar::ChangeTag::Equal || diff.ops().len() <= 1)
                .map(|c| DiffLine {
                    sign: match c.tag() {
                        similar::ChangeTag::Delete => '-',
                        similar::ChangeTag::Insert => '+',
                        similar::ChangeTag::Equal => ' ',
                    },
                    text: c.value().trim_end_matches('\n').to_owned(),
                })
                .collect();
            (name, lines)
        })
        .collect()
}

/// A resource's history for its publishers (404 for anyone else).
pub async fn history(
    state: &AppState,
    user: &User,
    id: i64,
) -> Result<(Resource, Vec<store::resources::Revision>), AppError> {
    let (r, editor) = visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    Ok((r, state.db.resource_revisions(id).await?))
}
