//! Resource pages: the library, a resource's page, and the form of its publishers.

use super::service;
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::initiatives::pages::topic_choices;
use crate::organisations::pages::{Select, choices_country, choices_sector};
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::FieldErrors;
use domain::resources::{AUDIENCES, KINDS, PROCEDURES, Publisher, ResourceInput, State as RState};
use serde::Deserialize;
use store::accounts::User;
use store::resources::Resource;

const PAGE: i64 = 20;

fn kind_choices(tr: &Tr) -> Vec<(String, String)> {
    KINDS.iter().map(|k| (k.to_string(), tr.t(&format!("resource-kind-{k}")))).collect()
}

/// A resource with its codes in words.
pub struct View {
    pub r: Resource,
    pub kind: String,
    pub language: String,
    pub topics: Vec<String>,
    pub tags: Vec<String>,
    pub state: String,
    pub date: Option<String>,
}

impl View {
    fn new(r: Resource, tr: &Tr) -> Self {
        let d = &r.draft;
        let mut tags: Vec<String> = d.audiences.iter().map(|a| tr.t(&format!("audience-{a}"))).collect();
        tags.extend(
            d.sectors.iter().filter_map(|s| domain::organisations::sector(s)).map(|s| s.label(tr.lang).to_owned()),
        );
        tags.extend(
            d.procedures.iter().filter_map(|p| domain::resources::procedure(p)).map(|p| p.label(tr.lang).to_owned()),
        );
        tags.extend(
            d.countries
                .iter()
                .filter_map(|c| domain::geo::Country::parse("c", c).ok())
                .map(|c| c.info().name(tr.lang).to_owned()),
        );
        tags.extend(
            d.cpv
                .iter()
                .filter_map(|c| domain::organisations::cpv(c))
                .map(|c| format!("{} {}", c.code, c.label(tr.lang))),
        );
        Self {
            kind: tr.t(&format!("resource-kind-{}", d.kind)),
            language: domain::people::language(&d.language).map(|l| l.label(tr.lang).to_owned()).unwrap_or_default(),
            topics: d.topics.iter().map(|t| tr.t(&format!("topic-{t}"))).collect(),
            tags,
            state: tr.t(&format!("resource-state-{}", r.state.as_str())),
            date: r.published_at.map(|t| tr.date(t)),
            r,
        }
    }
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
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
    pub page: String,
}

#[derive(Template)]
#[template(path = "resources/list.html")]
struct List {
    c: Chrome,
    q: String,
    selects: Vec<Select>,
    filtered: bool,
    items: Vec<View>,
    total: i64,
    prev: Option<String>,
    next: Option<String>,
    can_add: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let f = service::filter(&q.q, &q.kind, &q.topic, &q.sector, &q.language)?;
    // A page number that is not one is the first page.
    let page_no = q.page.trim().parse::<i64>().unwrap_or(1).clamp(1, 500);
    let (items, total) = state.db.published_resources(&f, PAGE, (page_no - 1) * PAGE).await?;
    let link = |p: i64| {
        let mut pairs = vec![
            ("q", q.q.as_str()),
            ("kind", &q.kind),
            ("topic", &q.topic),
            ("sector", &q.sector),
            ("language", &q.language),
        ];
        pairs.retain(|(_, v)| !v.is_empty());
        let page = p.to_string();
        pairs.push(("page", &page));
        format!("/resources?{}", serde_urlencoded::to_string(&pairs).unwrap_or_default())
    };
    let can_add = match &ctx.user {
        Some(u) => !service::publishers(&state, u).await?.is_empty(),
        None => false,
    };
    Ok(page::render(&List {
        c: Chrome::new(&ctx, tr.t("resources-title")),
        selects: vec![
            Select::filter(&tr, "kind", "label-resource-kind", kind_choices(&tr), &q.kind),
            Select::filter(&tr, "topic", "label-topic", topic_choices(&tr), &q.topic),
            Select::filter(&tr, "sector", "label-sector", choices_sector(&tr), &q.sector),
            Select::filter(&tr, "language", "label-language", crate::people::pages::languages(&tr), &q.language),
        ],
        filtered: [&q.q, &q.kind, &q.topic, &q.sector, &q.language].iter().any(|v| !v.trim().is_empty()),
        q: q.q.clone(),
        items: items.into_iter().map(|r| View::new(r, &tr)).collect(),
        prev: (page_no > 1).then(|| link(page_no - 1)),
        next: (page_no * PAGE < total).then(|| link(page_no + 1)),
        total,
        can_add,
    }))
}

#[derive(Template)]
#[template(path = "resources/show.html")]
struct Show {
    c: Chrome,
    v: View,
    editor: bool,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (r, editor) = service::visible(&state, ctx.user.as_deref(), id).await?;
    Ok(page::render(&Show { c: Chrome::new(&ctx, r.draft.title.clone()), v: View::new(r, &tr), editor }))
}

fn form(
    tr: &Tr,
    csrf: &str,
    action: String,
    input: &ResourceInput,
    publishers: Option<&[(Publisher, String)]>,
) -> Form {
    let mut fields = Vec::new();
    if let Some(ps) = publishers {
        let opts = ps.iter().map(|(p, n)| (p.key(), n.clone())).collect::<Vec<_>>();
        fields.push(
            Field::new("select", "publisher", tr.t("label-publisher"))
                .required()
                .options(opts, std::slice::from_ref(&input.publisher)),
        );
    }
    let mut langs = crate::people::pages::languages(tr);
    langs.insert(0, (String::new(), tr.t("choose-none")));
    let procedures = PROCEDURES.iter().map(|p| (p.code.clone(), p.label(tr.lang).to_owned())).collect::<Vec<_>>();
    let audiences = AUDIENCES.iter().map(|a| (a.to_string(), tr.t(&format!("audience-{a}")))).collect::<Vec<_>>();
    let mut kinds = kind_choices(tr);
    kinds.insert(0, (String::new(), tr.t("choose-none")));
    fields.extend([
        Field::new("select", "kind", tr.t("label-resource-kind"))
            .required()
            .options(kinds, std::slice::from_ref(&input.kind)),
        Field::new("text", "title", tr.t("label-thread-title")).value(&input.title).required(),
        Field::new("textarea", "summary", tr.t("label-summary")).value(&input.summary).required(),
        Field::new("textarea", "body", tr.t("label-resource-body")).value(&input.body).hint(tr.t("hint-resource-body")),
        Field::new("text", "link", tr.t("label-resource-link")).value(&input.link).autocomplete("url"),
        Field::new("select", "language", tr.t("label-language"))
            .required()
            .options(langs, std::slice::from_ref(&input.language)),
        Field::new("checkboxes", "topics", tr.t("label-topics")).options(topic_choices(tr), &input.topics),
        Field::new("checkboxes", "audiences", tr.t("label-audiences")).options(audiences, &input.audiences),
        Field::new("checkboxes", "procedures", tr.t("label-procedures")).options(procedures, &input.procedures),
        Field::new("checkboxes", "sectors", tr.t("label-sectors")).options(choices_sector(tr), &input.sectors),
        Field::new("checkboxes", "countries", tr.t("label-countries")).options(choices_country(tr), &input.countries),
    ]);
    Form::new(action, tr.t("save"), csrf, fields)
}

fn input_from(f: &Fields) -> ResourceInput {
    ResourceInput {
        publisher: f.get("publisher"),
        kind: f.get("kind"),
        title: f.get("title"),
        summary: f.get("summary"),
        body: f.get("body"),
        link: f.get("link"),
        language: f.get("language"),
        topics: f.all("topics"),
        sectors: f.all("sectors"),
        audiences: f.all("audiences"),
        procedures: f.all("procedures"),
        countries: f.all("countries"),
        cpv: f.all("cpv"),
    }
}

fn input_of(r: &Resource) -> ResourceInput {
    let d = &r.draft;
    ResourceInput {
        publisher: r.publisher.key(),
        kind: d.kind.clone(),
        title: d.title.clone(),
        summary: d.summary.clone(),
        body: d.body.clone(),
        link: d.link.clone().unwrap_or_default(),
        language: d.language.clone(),
        topics: d.topics.clone(),
        sectors: d.sectors.clone(),
        audiences: d.audiences.clone(),
        procedures: d.procedures.clone(),
        countries: d.countries.clone(),
        cpv: d.cpv.clone(),
    }
}

async fn new_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    input: &ResourceInput,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let ps = service::publishers(state, user).await?;
    if ps.is_empty() {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    let f = form(&tr, &ctx.csrf, "/resources".into(), input, Some(&ps));
    Ok(page::form_page(ctx, tr.t("resource-new-title"), f, errs, "/resources".into()))
}

pub async fn new_form(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    // The reader's language is the likeliest language of what they write.
    let language = match ctx.tr().lang.tag() {
        "fr" => "FRA",
        "de" => "DEU",
        _ => "ENG",
    };
    let input = ResourceInput { language: language.into(), ..Default::default() };
    new_page(&state, &user, &ctx, &input, None).await
}

pub async fn create(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &user, &input).await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/resources/{id}"), "resource-saved")),
        Err(AppError::Unprocessable(e)) => new_page(&state, &user, &ctx, &input, Some(&e)).await,
        Err(e) => Err(e),
    }
}

async fn edit_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    id: i64,
    input: Option<&ResourceInput>,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let (r, editor) = service::visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let input = input.cloned().unwrap_or_else(|| input_of(&r));
    let f = form(&tr, &ctx.csrf, format!("/resources/{id}/edit"), &input, None);
    Ok(page::form_page(ctx, tr.ta("resource-edit-title", "title", &r.draft.title), f, errs, format!("/resources/{id}")))
}

pub async fn edit_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    edit_page(&state, &user, &ctx, id, None, None).await
}

pub async fn edit(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::update(&state, &user, id, &input).await {
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/resources/{id}"), "resource-saved")),
        Err(AppError::Unprocessable(e)) => edit_page(&state, &user, &ctx, id, Some(&input), Some(&e)).await,
        Err(e) => Err(e),
    }
}

pub async fn set_state(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    service::set_state(&state, &user, id, &f.get("state")).await?;
    let flash = match RState::parse(&f.get("state")) {
        Some(RState::Published) => "resource-published",
        Some(RState::Archived) => "resource-archived",
        _ => "resource-saved",
    };
    Ok(page::redirect_flash(&state, &format!("/resources/{id}"), flash))
}

pub struct RevisionView {
    pub at: String,
    pub by: String,
    pub changes: Vec<(String, Vec<super::service::DiffLine>)>,
}

#[derive(Template)]
#[template(path = "resources/history.html")]
struct History {
    c: Chrome,
    id: i64,
    revisions: Vec<RevisionView>,
}

pub async fn history(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (r, revs) = service::history(&state, &user, id).await?;
    let revisions = revs
        .iter()
        .enumerate()
        .map(|(k, rev)| RevisionView {
            at: tr.datetime(rev.at),
            by: rev.actor_name.clone(),
            changes: service::changes(revs.get(k + 1).map(|o| &o.draft), &rev.draft)
                .into_iter()
                .map(|(f, lines)| (tr.t(&format!("resource-field-{f}")), lines))
                .collect(),
        })
        .collect();
    Ok(page::render(&History {
        c: Chrome::new(&ctx, tr.ta("resource-history-title", "title", &r.draft.title)),
        id,
        revisions,
    }))
}
