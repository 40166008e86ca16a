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

/// Creates a draft; `translation_of` makes it a translation of that resource (same
/// publisher, a language the group does not have yet).
pub async fn create(
    state: &AppState,
    user: &User,
    input: &ResourceInput,
    translation_of: Option<i64>,
) -> Result<i64, AppError> {
    let allowed: Vec<Publisher> = publishers(state, user).await?.into_iter().map(|(p, _)| p).collect();
    if allowed.is_empty() {
        return Err(AppError::Forbidden);
    }
    let (d, group) = match translation_of {
        None => (input.parse_with(&allowed, &state.topics.codes())?, None),
        Some(t) => {
            let original = match state.db.resource(t).await {
                Ok(o) if may_edit(state, Some(user), &o).await? => o,
                Ok(_) | Err(store::StoreError::NotFound) => {
                    return Err(FieldErrors::from(FieldError::new("translation_of", "invalid-choice")).into());
                }
                Err(e) => return Err(e.into()),
            };
            let input = ResourceInput { publisher: original.publisher.key(), ..input.clone() };
            // A group's first resource is its key; it never changes once set.
            (
                input.parse_with(&[original.publisher], &state.topics.codes())?,
                Some(original.translation_group.unwrap_or(original.id)),
            )
        }
    };
    let html = domain::markdown::to_html(&d.body);
    let now = store::now();
    let mut tx = state.db.begin().await?;
    if let Some(g) = group {
        // Two translations into one language at the same instant: the second waits and
        // finds the language taken.
        tx.lock_row(LockTable::Resources, g).await?;
        if tx.translation_languages(g).await?.contains(&d.language) {
            return Err(FieldErrors::from(FieldError::new("language", "translation-exists")).into());
        }
        tx.start_translation_group(g).await?;
    }
    added_topics_stand(&mut tx, &d).await?;
    let id = tx.create_resource(&d, &html, group, user.id, now).await?;
    tx.add_resource_revision(id, (user.id, &user.name), &d, now).await?;
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(id)
}

pub async fn update(state: &AppState, user: &User, id: i64, input: &ResourceInput) -> Result<(), AppError> {
    let r = state.db.resource(id).await?;
    if !may_edit(state, Some(user), &r).await? {
        return Err(AppError::NotFound);
    }
    // The publisher does not change with an edit.
    let input = ResourceInput { publisher: r.publisher.key(), ..input.clone() };
    let d = input.parse_with(&[r.publisher], &state.topics.codes())?;
    let html = domain::markdown::to_html(&d.body);
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Resources, id).await?;
    added_topics_stand(&mut tx, &d).await?;
    tx.update_resource(id, &d, &html, now).await?;
    tx.add_resource_revision(id, (user.id, &user.name), &d, now).await?;
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(())
}

/// Deletes a resource (its publishers): its versions and its files go with it; its
/// translations stay, linked to each other.
pub async fn delete(state: &AppState, user: &User, id: i64) -> Result<(), AppError> {
    let r = state.db.resource(id).await?;
    if !may_edit(state, Some(user), &r).await? {
        return Err(AppError::NotFound);
    }
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Resources, id).await?;
    tx.delete_resource(id, store::now()).await?;
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(())
}

/// The added topics a resource is tagged with still exist (an administrator may remove one
/// at the same instant: both take the topic's lock, so one of them sees the other's work).
async fn added_topics_stand(tx: &mut store::Tx, d: &ResourceDraft) -> Result<(), AppError> {
    for t in d.topics.iter().filter(|t| !domain::initiatives::TOPICS.contains(&t.as_str())) {
        tx.lock_key(&format!("topic:{t}")).await?;
        if !tx.topic_exists(t).await? {
            return Err(FieldErrors::from(FieldError::new("topics", "invalid-choice")).into());
        }
    }
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
    // Something to read: a text, a link or a file (checked under the lock, so a file
    // removed at the same instant is counted right).
    if to == State::Published {
        let r = tx.resource(id).await?;
        if !domain::resources::has_content(&r.draft, tx.count_resource_files(id).await? as usize) {
            return Err(FieldErrors::from(FieldError::new("state", "nothing-to-read")).into());
        }
    }
    tx.set_resource_state(id, to, store::now()).await?;
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(())
}

/// Where an attached file's content is kept: under the data folder by its hash.
pub(crate) fn file_path(state: &AppState, sha256: &str) -> std::path::PathBuf {
    state.config.media_dir.join("files").join(&sha256[..2]).join(sha256)
}

/// Checks a document (the content decides its kind) and keeps its content under its hash:
/// (kind, hash, the name cleaned and given that kind's extension). The content is written
/// (aside, then renamed) before any row points at it, so a reader never meets a row
/// without its file; a failed transaction leaves an unused file named by its hash, which a
/// later upload of the same content reuses.
pub(crate) async fn keep_document(
    state: &AppState,
    name: &str,
    bytes: &bytes::Bytes,
) -> Result<(&'static str, String, String), AppError> {
    let checked = bytes.clone();
    let (kind, hash) = tokio::task::spawn_blocking(move || {
        domain::documents::check("file", &checked)
            .map(|k| (k, hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&checked))))
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?
    .map_err(FieldErrors::from)?;
    let name = domain::documents::clean_name(name, kind);
    let path = file_path(state, &hash);
    if !tokio::fs::try_exists(&path).await.unwrap_or(false) {
        let dir = path.parent().expect("a file path has a folder");
        tokio::fs::create_dir_all(dir).await.map_err(|e| AppError::Internal(format!("files folder: {e}")))?;
        let tmp = dir.join(format!(".{hash}.{}", rand::random::<u64>()));
        tokio::fs::write(&tmp, bytes).await.map_err(|e| AppError::Internal(format!("file write: {e}")))?;
        tokio::fs::rename(&tmp, &path).await.map_err(|e| AppError::Internal(format!("file rename: {e}")))?;
    }
    Ok((kind, hash, name))
}

/// The document sent as a request's raw body (an API upload): at most 16 MiB, not empty.
pub(crate) async fn upload_body(req: axum::extract::Request) -> Result<bytes::Bytes, AppError> {
    let max = domain::documents::MAX_BYTES;
    let bytes = axum::body::to_bytes(req.into_body(), max + 1).await.map_err(|_| {
        AppError::from(FieldErrors::from(FieldError::with_limit("file", "file-too-large", max / (1024 * 1024))))
    })?;
    if bytes.is_empty() {
        return Err(AppError::invalid("file", "file-empty"));
    }
    Ok(bytes)
}

/// Attaches a document (its publishers; at most 20 a resource). The content decides its
/// kind; the name it was sent with is cleaned and given that kind's extension.
pub async fn attach(
    state: &AppState,
    user: &User,
    id: i64,
    name: &str,
    bytes: bytes::Bytes,
) -> Result<store::resources::ResourceFile, AppError> {
    let r = state.db.resource(id).await?;
    if !may_edit(state, Some(user), &r).await? {
        return Err(AppError::NotFound);
    }
    let (kind, hash, name) = keep_document(state, name, &bytes).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Resources, id).await?;
    if tx.count_resource_files(id).await? >= 20 {
        return Err(FieldErrors::from(FieldError::with_limit("file", "too-many-files", 20)).into());
    }
    let fid = tx.add_resource_file(id, (&name, kind, bytes.len() as i64, &hash), user.id, now).await?;
    state.commit(tx).await?;
    Ok(state.db.resource_file(fid).await?)
}

/// Removes an attached file (its publishers). A published resource keeps something to read.
pub async fn detach(state: &AppState, user: &User, id: i64, file: i64) -> Result<(), AppError> {
    let r = state.db.resource(id).await?;
    if !may_edit(state, Some(user), &r).await? {
        return Err(AppError::NotFound);
    }
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Resources, id).await?;
    tx.remove_resource_file(id, file, store::now()).await?;
    let r = tx.resource(id).await?;
    if r.state == State::Published
        && !domain::resources::has_content(&r.draft, tx.count_resource_files(id).await? as usize)
    {
        return Err(FieldErrors::from(FieldError::new("file", "last-file")).into());
    }
    state.commit(tx).await?;
    Ok(())
}

/// An attached file for someone who may see its resource: the row and its content.
pub async fn file(
    state: &AppState,
    user: Option<&User>,
    id: i64,
    file: i64,
) -> Result<(store::resources::ResourceFile, Vec<u8>, bool), AppError> {
    let (r, _) = visible(state, user, id).await?;
    let f = state.db.resource_file(file).await?;
    if f.resource_id != id {
        return Err(AppError::NotFound);
    }
    let bytes = tokio::fs::read(file_path(state, &f.sha256)).await.map_err(|_| AppError::NotFound)?;
    Ok((f, bytes, r.state == State::Published))
}

/// The response that hands a file over: its real type, never shown inline, never sniffed.
pub fn download(f: &store::resources::ResourceFile, bytes: Vec<u8>, public: bool) -> axum::response::Response {
    send_file(&f.name, &f.kind, bytes, public)
}

/// A kept document handed over as an attachment of its real type.
pub fn send_file(name: &str, kind: &str, bytes: Vec<u8>, public: bool) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse;
    let ascii: String = name.chars().map(|c| if c.is_ascii_graphic() || c == ' ' { c } else { '_' }).collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    let mut resp = bytes.into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(domain::documents::media_type(kind).unwrap_or("application/octet-stream")),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if public { "public, max-age=300" } else { "private, no-cache" }),
    );
    resp
}

/// The list's filters as a query string or a feed's address carries them (all optional).
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
pub struct Filters {
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
    pub procedure: String,
    #[serde(default)]
    pub initiative: String,
}

impl Filters {
    /// The filters that are set, as `key=value` pairs (for links that keep them).
    pub fn pairs(&self) -> Vec<(&'static str, &str)> {
        let mut pairs = vec![
            ("q", self.q.as_str()),
            ("kind", &self.kind),
            ("topic", &self.topic),
            ("sector", &self.sector),
            ("language", &self.language),
            ("procedure", &self.procedure),
            ("initiative", &self.initiative),
        ];
        pairs.retain(|(_, v)| !v.trim().is_empty());
        pairs
    }

    /// The list's filters; an unknown value is an error on its field. `reader` is the
    /// reader's language (eForms code): of a resource and its translations, the list shows
    /// the one in that language.
    pub fn check(&self, reader: Option<&str>, topics: &crate::topics::Registry) -> Result<ResourceFilter, FieldErrors> {
        let mut errs = FieldErrors::new();
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let check = |field: &'static str, v: Option<String>, ok: &dyn Fn(&str) -> bool, errs: &mut FieldErrors| {
            v.and_then(|v| errs.take(if ok(&v) { Ok(v) } else { Err(FieldError::new(field, "invalid-choice")) }))
        };
        let kind = check("kind", some(&self.kind), &|k| domain::resources::KINDS.contains(&k), &mut errs);
        let topic = check("topic", some(&self.topic), &|t| topics.is_known(t), &mut errs);
        let sector = check("sector", some(&self.sector), &|s| domain::organisations::sector(s).is_some(), &mut errs);
        let language = check("language", some(&self.language), &|l| domain::people::language(l).is_some(), &mut errs);
        let procedure =
            check("procedure", some(&self.procedure), &|p| domain::resources::procedure(p).is_some(), &mut errs);
        let initiative =
            check("initiative", some(&self.initiative), &|i| i.parse::<i64>().is_ok_and(|i| i > 0), &mut errs)
                .and_then(|i| i.parse().ok());
        errs.into_result()?;
        Ok(ResourceFilter {
            kind,
            topic,
            sector,
            language,
            initiative,
            procedure,
            q: some(&self.q),
            prefer_language: reader.map(str::to_owned),
        })
    }
}

/// The eForms language of an interface language (`fr` → `FRA`).
pub fn eforms_language(tag: &str) -> &'static str {
    match tag {
        "fr" => "FRA",
        "de" => "DEU",
        _ => "ENG",
    }
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
        case_study: None,
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
    let case = |d: &ResourceDraft| match &d.case_study {
        None => String::new(),
        Some(c) => format!(
            "{}\n{} {}\n{}\n{} {}\n{}\n{}",
            c.buyer,
            c.country,
            c.year,
            c.procedure.as_deref().unwrap_or(""),
            c.budget_cents.map(|b| format!("{}.{:02}", b / 100, b % 100)).unwrap_or_default(),
            c.currency.as_deref().unwrap_or(""),
            c.results,
            c.lessons
        ),
    };
    let fields: [(&'static str, String, String); 7] = [
        ("title", old.title.clone(), newer.title.clone()),
        ("kind", old.kind.clone(), newer.kind.clone()),
        ("summary", old.summary.clone(), newer.summary.clone()),
        ("body", old.body.clone(), newer.body.clone()),
        ("link", old.link.clone().unwrap_or_default(), newer.link.clone().unwrap_or_default()),
        ("tags", format!("{}\n{}", old.language, lists(old)), format!("{}\n{}", newer.language, lists(newer))),
        ("case", case(old), case(newer)),
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
