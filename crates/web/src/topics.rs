//! Topics: the nine of the curriculum (in code, named in the locale files) and those an
//! administrator adds (`/admin/topics`, `/api/v1/topics`). Each process keeps the added
//! ones in memory ([`Registry`]), read again after its own changes and every second with
//! the search tailer, so every process on one database knows them.

use crate::AppState;
use crate::ctx::{AdminUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use domain::initiatives::TOPICS;
use domain::topics::{Topic, TopicInput};
use domain::{FieldError, FieldErrors};
use serde::{Deserialize, Serialize};
use std::sync::RwLock;
use utoipa::ToSchema;

/// The topics an administrator added, as this process last read them.
#[derive(Default)]
pub struct Registry {
    added: RwLock<Vec<Topic>>,
}

impl Registry {
    /// Reads the added topics again.
    pub async fn reload(&self, db: &store::Db) -> Result<(), store::StoreError> {
        let topics = db.topics().await?;
        *self.added.write().unwrap_or_else(|p| p.into_inner()) = topics;
        Ok(())
    }

    pub fn added(&self) -> Vec<Topic> {
        self.added.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// The codes of the added topics.
    pub fn codes(&self) -> Vec<String> {
        self.added().into_iter().map(|t| t.code).collect()
    }

    pub fn is_known(&self, code: &str) -> bool {
        TOPICS.contains(&code) || self.added.read().unwrap_or_else(|p| p.into_inner()).iter().any(|t| t.code == code)
    }

    /// A topic's name in the reader's language (its code if it is gone).
    pub fn label(&self, tr: &Tr, code: &str) -> String {
        if TOPICS.contains(&code) {
            return tr.t(&format!("topic-{code}"));
        }
        let added = self.added.read().unwrap_or_else(|p| p.into_inner());
        added.iter().find(|t| t.code == code).map(|t| t.label(tr.lang).to_owned()).unwrap_or_else(|| code.to_owned())
    }

    /// Every topic as a choice: the curriculum's first, in its order, then the added ones.
    pub fn choices(&self, tr: &Tr) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> =
            TOPICS.iter().map(|t| (t.to_string(), tr.t(&format!("topic-{t}")))).collect();
        v.extend(self.added().into_iter().map(|t| (t.code.clone(), t.label(tr.lang).to_owned())));
        v
    }
}

/// Adds a topic (administrators).
pub async fn add(state: &AppState, admin: &store::accounts::User, input: &TopicInput) -> Result<Topic, AppError> {
    let t = input.parse()?;
    let mut tx = state.db.begin().await?;
    tx.add_topic(&t, admin.id, store::now()).await?;
    state.commit(tx).await?;
    reload(state).await;
    Ok(t)
}

/// Removes an added topic that no resource uses (administrators).
pub async fn remove(state: &AppState, code: &str) -> Result<(), AppError> {
    if TOPICS.contains(&code) {
        return Err(AppError::Conflict(FieldError::new("code", "topic-curriculum")));
    }
    let mut tx = state.db.begin().await?;
    // Under the lock of the table's row, a resource tagged at the same instant is counted.
    tx.lock_key(&format!("topic:{code}")).await?;
    if tx.topic_uses(code).await? > 0 {
        return Err(AppError::Conflict(FieldError::new("code", "topic-in-use")));
    }
    tx.remove_topic(code).await?;
    state.commit(tx).await?;
    reload(state).await;
    Ok(())
}

/// Reads the added topics again (after a change, and every second in `serve`).
pub async fn reload(state: &AppState) {
    if let Err(e) = state.topics.reload(&state.db).await {
        tracing::warn!(error = %e, "could not read the topics");
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/topics", get(page).post(add_page))
        .route("/admin/topics/{code}/remove", post(remove_page))
}

#[derive(Template)]
#[template(path = "admin/topics.html")]
struct TopicsPage {
    c: Chrome,
    curriculum: Vec<String>,
    /// (code, name in the reader's language, names in the three languages)
    added: Vec<(String, String, String)>,
    form: Form,
}

fn render(state: &AppState, ctx: &Ctx, input: &TopicInput, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let fields = vec![
        Field::new("text", "label_en", tr.t("label-topic-en")).value(&input.label_en).required(),
        Field::new("text", "label_fr", tr.t("label-topic-fr")).value(&input.label_fr).required(),
        Field::new("text", "label_de", tr.t("label-topic-de")).value(&input.label_de).required(),
    ];
    let mut form = Form::new("/admin/topics", tr.t("topic-add"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    let page = TopicsPage {
        c: Chrome::new(ctx, tr.t("topics-title")),
        curriculum: TOPICS.iter().map(|t| tr.t(&format!("topic-{t}"))).collect(),
        added: state
            .topics
            .added()
            .into_iter()
            .map(|t| (t.code.clone(), t.label(tr.lang).to_owned(), format!("{} · {} · {}", t.en, t.fr, t.de)))
            .collect(),
        form,
    };
    page::render_form(&page, errs.is_some())
}

async fn page(State(state): State<AppState>, AdminUser(_, ctx): AdminUser) -> Result<Response, AppError> {
    reload(&state).await;
    Ok(render(&state, &ctx, &TopicInput::default(), None))
}

async fn add_page(
    State(state): State<AppState>,
    AdminUser(admin, ctx): AdminUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = TopicInput { label_en: f.get("label_en"), label_fr: f.get("label_fr"), label_de: f.get("label_de") };
    match add(&state, &admin, &input).await {
        Ok(_) => Ok(page::redirect_flash(&state, "/admin/topics", "topic-added")),
        Err(AppError::Unprocessable(e)) => Ok(render(&state, &ctx, &input, Some(&e))),
        Err(AppError::Conflict(e)) => Ok(render(&state, &ctx, &input, Some(&FieldErrors::from(e)))),
        Err(e) => Err(e),
    }
}

async fn remove_page(
    State(state): State<AppState>,
    AdminUser(_, _): AdminUser,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    match remove(&state, &code).await {
        Ok(()) => Ok(page::redirect_flash(&state, "/admin/topics", "topic-removed")),
        Err(AppError::Conflict(_)) => Ok(page::redirect_flash(&state, "/admin/topics", "topic-in-use")),
        Err(e) => Err(e),
    }
}

#[derive(Serialize, ToSchema)]
pub struct TopicOut {
    pub code: String,
    pub label_en: String,
    pub label_fr: String,
    pub label_de: String,
    /// One of the nine topics of the task force's curriculum (not removable).
    pub curriculum: bool,
}

#[derive(Deserialize, ToSchema)]
pub struct TopicBody {
    #[serde(default)]
    #[schema(required = true)]
    pub label_en: String,
    #[serde(default)]
    #[schema(required = true)]
    pub label_fr: String,
    #[serde(default)]
    #[schema(required = true)]
    pub label_de: String,
}

pub fn api_routes() -> Router<AppState> {
    Router::new().route("/topics", get(topics).post(create_topic)).route("/topics/{code}", delete(delete_topic))
}

/// Every topic resources are tagged with: the curriculum's nine, then those added.
#[utoipa::path(get, path = "/api/v1/topics", tag = "knowledge", responses((status = 200, body = Vec<TopicOut>)))]
pub async fn topics(State(state): State<AppState>) -> Result<Json<Vec<TopicOut>>, AppError> {
    state.topics.reload(&state.db).await?;
    let name = |lang, t: &str| Tr::new(lang).t(&format!("topic-{t}"));
    use domain::accounts::Language::{De, En, Fr};
    let mut out: Vec<TopicOut> = TOPICS
        .iter()
        .map(|t| TopicOut {
            code: t.to_string(),
            label_en: name(En, t),
            label_fr: name(Fr, t),
            label_de: name(De, t),
            curriculum: true,
        })
        .collect();
    out.extend(state.topics.added().into_iter().map(|t| TopicOut {
        code: t.code,
        label_en: t.en,
        label_fr: t.fr,
        label_de: t.de,
        curriculum: false,
    }));
    Ok(Json(out))
}

/// Adds a topic (administrators); its code is made from the English name.
#[utoipa::path(post, path = "/api/v1/topics", tag = "knowledge", request_body = TopicBody,
    responses((status = 201, body = TopicOut), (status = 403), (status = 409), (status = 422)), security(("token" = [])))]
pub async fn create_topic(
    State(state): State<AppState>,
    AdminUser(admin, _): AdminUser,
    Json(b): Json<TopicBody>,
) -> Result<Response, AppError> {
    let t =
        add(&state, &admin, &TopicInput { label_en: b.label_en, label_fr: b.label_fr, label_de: b.label_de }).await?;
    let out = TopicOut { code: t.code, label_en: t.en, label_fr: t.fr, label_de: t.de, curriculum: false };
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

/// Removes an added topic that no resource uses (administrators).
#[utoipa::path(delete, path = "/api/v1/topics/{code}", tag = "knowledge", params(("code" = String, Path)),
    responses((status = 204), (status = 403), (status = 404), (status = 409)), security(("token" = [])))]
pub async fn delete_topic(
    State(state): State<AppState>,
    AdminUser(_, _): AdminUser,
    Path(code): Path<String>,
) -> Result<StatusCode, AppError> {
    remove(&state, &code).await?;
    Ok(StatusCode::NO_CONTENT)
}
