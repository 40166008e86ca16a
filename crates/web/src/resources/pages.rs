//! Resource pages: the library, a resource's page, and the form of its publishers.

use super::service;
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
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
    pub case: Option<CaseView>,
}

/// A case study's outcome in words.
pub struct CaseView {
    pub buyer: String,
    pub country: String,
    pub procedure: String,
    pub year: i32,
    pub budget: String,
    pub results: String,
    pub lessons: String,
}

impl CaseView {
    fn new(c: &domain::resources::CaseStudy, tr: &Tr) -> Self {
        Self {
            buyer: c.buyer.clone(),
            country: domain::geo::Country::parse("c", &c.country)
                .map(|c| c.info().name(tr.lang).to_owned())
                .unwrap_or_default(),
            procedure: c
                .procedure
                .as_deref()
                .and_then(domain::resources::procedure)
                .map(|p| p.label(tr.lang).to_owned())
                .unwrap_or_default(),
            year: c.year,
            budget: c.budget(tr.lang.tag()).unwrap_or_default(),
            results: c.results.clone(),
            lessons: c.lessons.clone(),
        }
    }
}

impl View {
    fn new(r: Resource, tr: &Tr, topics: &crate::topics::Registry) -> Self {
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
                .filter_map(|c| domain::organisations::cpv_any(c))
                .map(|(code, label)| format!("{code} {}", label(tr.lang))),
        );
        Self {
            kind: tr.t(&format!("resource-kind-{}", d.kind)),
            language: domain::people::language(&d.language).map(|l| l.label(tr.lang).to_owned()).unwrap_or_default(),
            topics: d.topics.iter().map(|t| topics.label(tr, t)).collect(),
            tags,
            state: tr.t(&format!("resource-state-{}", r.state.as_str())),
            date: r.published_at.map(|t| tr.date(t)),
            case: d.case_study.as_ref().map(|c| CaseView::new(c, tr)),
            r,
        }
    }
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(flatten)]
    pub f: service::Filters,
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
    feed: String,
}

/// The current member initiatives as filter choices (id, acronym).
pub async fn initiative_choices(state: &AppState) -> Result<Vec<(String, String)>, AppError> {
    Ok(state
        .db
        .initiatives()
        .await?
        .into_iter()
        .filter(|i| i.membership.is_current())
        .map(|i| (i.id.0.to_string(), i.acronym))
        .collect())
}

fn procedure_choices(tr: &Tr) -> Vec<(String, String)> {
    PROCEDURES.iter().map(|p| (p.code.clone(), p.label(tr.lang).to_owned())).collect()
}

/// The list's filters as selects (the text query is apart).
async fn filter_selects(state: &AppState, tr: &Tr, f: &service::Filters) -> Result<Vec<Select>, AppError> {
    Ok(vec![
        Select::filter(tr, "kind", "label-resource-kind", kind_choices(tr), &f.kind),
        Select::filter(tr, "topic", "label-topic", state.topics.choices(tr), &f.topic),
        Select::filter(tr, "sector", "label-sector", choices_sector(tr), &f.sector),
        Select::filter(tr, "procedure", "label-procedure", procedure_choices(tr), &f.procedure),
        Select::filter(tr, "language", "label-language", crate::people::pages::languages(tr), &f.language),
        Select::filter(tr, "initiative", "label-initiative", initiative_choices(state).await?, &f.initiative),
    ])
}

fn with_query(path: &str, pairs: &[(&str, &str)]) -> String {
    if pairs.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", serde_urlencoded::to_string(pairs).unwrap_or_default())
    }
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let f = q.f.check(Some(service::eforms_language(tr.lang.tag())), &state.topics)?;
    // A page number that is not one is the first page.
    let page_no = q.page.trim().parse::<i64>().unwrap_or(1).clamp(1, 500);
    let (items, total) = state.db.published_resources(&f, PAGE, (page_no - 1) * PAGE).await?;
    let link = |p: i64| {
        let mut pairs = q.f.pairs();
        let page = p.to_string();
        pairs.push(("page", &page));
        with_query("/resources", &pairs)
    };
    let can_add = match &ctx.user {
        Some(u) => !service::publishers(&state, u).await?.is_empty(),
        None => false,
    };
    Ok(page::render(&List {
        c: Chrome::new(&ctx, tr.t("resources-title")),
        selects: filter_selects(&state, &tr, &q.f).await?,
        filtered: !q.f.pairs().is_empty(),
        q: q.f.q.clone(),
        items: items.into_iter().map(|r| View::new(r, &tr, &state.topics)).collect(),
        prev: (page_no > 1).then(|| link(page_no - 1)),
        next: (page_no * PAGE < total).then(|| link(page_no + 1)),
        total,
        can_add,
        feed: with_query(
            "/resources/feed.atom",
            &q.f.pairs().into_iter().filter(|(k, _)| *k != "q").collect::<Vec<_>>(),
        ),
    }))
}

/// A version of a resource in another language, for the switch.
pub struct Version {
    pub id: i64,
    pub language: String,
    /// ISO 639-1, for `hreflang`.
    pub tag: String,
    pub current: bool,
    pub state: Option<String>,
}

/// An attached file in words.
pub struct FileView {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub size: String,
}

pub fn file_views(files: Vec<store::resources::ResourceFile>, tr: &Tr) -> Vec<FileView> {
    files
        .into_iter()
        .map(|f| FileView {
            id: f.id,
            kind: f.kind.to_uppercase(),
            size: if f.size >= 1024 * 1024 {
                tr.ta("size-mb", "n", &format!("{:.1}", f.size as f64 / (1024.0 * 1024.0)))
            } else {
                tr.ta("size-kb", "n", &((f.size + 1023) / 1024).to_string())
            },
            name: f.name,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "resources/show.html")]
struct Show {
    c: Chrome,
    v: View,
    editor: bool,
    versions: Vec<Version>,
    /// The version in the reader's language, when this is not it: (id, title).
    yours: Option<(i64, String)>,
    files: Vec<FileView>,
    url: String,
    /// schema.org JSON-LD, safe inside a script element.
    json_ld: String,
    description: String,
}

/// The schema.org type of a kind of resource.
fn schema_type(kind: &str) -> &'static str {
    match kind {
        "article" | "case-study" | "policy" => "Article",
        "report" => "Report",
        "guide" | "toolkit" | "training" => "LearningResource",
        "recording" => "MediaObject",
        "template" => "DigitalDocument",
        _ => "CreativeWork",
    }
}

fn json_ld(r: &Resource, url: &str, tr: &Tr, topics: &crate::topics::Registry) -> String {
    let d = &r.draft;
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": schema_type(&d.kind),
        "headline": d.title,
        "name": d.title,
        "description": d.summary,
        "url": url,
        "inLanguage": domain::people::iso639_1(&d.language),
        "dateModified": crate::api_common::rfc3339(r.updated_at),
        "publisher": {"@type": "Organization", "name": r.publisher_name},
        "keywords": d.topics.iter().map(|t| topics.label(tr, t)).collect::<Vec<_>>().join(", "),
    });
    if let Some(p) = r.published_at {
        v["datePublished"] = crate::api_common::rfc3339(p).into();
    }
    // `<` never appears raw, so the text cannot close the script element.
    serde_json::to_string(&v).unwrap_or_default().replace('<', "\\u003c")
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (r, editor) = service::visible(&state, ctx.user.as_deref(), id).await?;
    let reader = service::eforms_language(tr.lang.tag());
    let group = match r.translation_group {
        Some(g) => state.db.translations(g).await?,
        None => Vec::new(),
    };
    let group: Vec<Resource> = group.into_iter().filter(|t| editor || t.state == RState::Published).collect();
    let yours = (r.draft.language != reader)
        .then(|| group.iter().find(|t| t.draft.language == reader && t.state == RState::Published))
        .flatten()
        .map(|t| (t.id, t.draft.title.clone()));
    let versions = group
        .iter()
        .map(|t| Version {
            id: t.id,
            language: domain::people::language(&t.draft.language)
                .map(|l| l.label(tr.lang).to_owned())
                .unwrap_or_default(),
            tag: domain::people::iso639_1(&t.draft.language).unwrap_or("").to_owned(),
            current: t.id == r.id,
            state: (t.state != RState::Published).then(|| tr.t(&format!("resource-state-{}", t.state.as_str()))),
        })
        .collect();
    let files = file_views(state.db.resource_files(id).await?, &tr);
    let url = format!("{}/resources/{id}", state.config.public_origin());
    let description: String = r.draft.summary.chars().take(300).collect();
    Ok(page::render(&Show {
        c: Chrome::new(&ctx, r.draft.title.clone()),
        json_ld: json_ld(&r, &url, &tr, &state.topics),
        v: View::new(r, &tr, &state.topics),
        editor,
        versions,
        yours,
        files,
        url,
        description,
    }))
}

fn form(
    tr: &Tr,
    topic_opts: Vec<(String, String)>,
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
        Field::new("checkboxes", "topics", tr.t("label-topics")).options(topic_opts, &input.topics),
        Field::new("checkboxes", "audiences", tr.t("label-audiences")).options(audiences, &input.audiences),
        Field::new("checkboxes", "procedures", tr.t("label-procedures")).options(procedures, &input.procedures),
        Field::new("checkboxes", "sectors", tr.t("label-sectors")).options(choices_sector(tr), &input.sectors),
        Field::new("checkboxes", "countries", tr.t("label-countries")).options(choices_country(tr), &input.countries),
        Field::new("text", "cpv", tr.t("label-resource-cpv"))
            .value(input.cpv.join(", "))
            .hint(tr.t("hint-resource-cpv")),
    ]);
    // A case study's outcome (ignored for other kinds).
    let mut countries = choices_country(tr);
    countries.insert(0, (String::new(), tr.t("choose-none")));
    let mut procedures = procedure_choices(tr);
    procedures.insert(0, (String::new(), tr.t("choose-none")));
    let mut currencies: Vec<(String, String)> =
        domain::resources::CURRENCIES.iter().map(|c| (c.to_string(), c.to_string())).collect();
    currencies.insert(0, (String::new(), tr.t("choose-none")));
    fields.extend([
        Field::new("text", "case_buyer", tr.t("label-case-buyer"))
            .value(&input.case_buyer)
            .hint(tr.t("hint-case-study")),
        Field::new("select", "case_country", tr.t("label-case-country"))
            .options(countries, std::slice::from_ref(&input.case_country)),
        Field::new("select", "case_procedure", tr.t("label-case-procedure"))
            .options(procedures, std::slice::from_ref(&input.case_procedure)),
        Field::new("text", "case_year", tr.t("label-case-year")).value(&input.case_year),
        Field::new("text", "case_budget", tr.t("label-case-budget")).value(&input.case_budget),
        Field::new("select", "case_currency", tr.t("label-case-currency"))
            .options(currencies, std::slice::from_ref(&input.case_currency)),
        Field::new("textarea", "case_results", tr.t("label-case-results")).value(&input.case_results),
        Field::new("textarea", "case_lessons", tr.t("label-case-lessons")).value(&input.case_lessons),
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
        // Codes typed in one box, separated by commas or spaces.
        cpv: f
            .all("cpv")
            .iter()
            .flat_map(|v| v.split([',', ';', ' ', '\n']))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        case_buyer: f.get("case_buyer"),
        case_country: f.get("case_country"),
        case_procedure: f.get("case_procedure"),
        case_year: f.get("case_year"),
        case_budget: f.get("case_budget"),
        case_currency: f.get("case_currency"),
        case_results: f.get("case_results"),
        case_lessons: f.get("case_lessons"),
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
        ..case_input(d.case_study.as_ref())
    }
}

/// The outcome fields of a form, filled from a case study.
fn case_input(c: Option<&domain::resources::CaseStudy>) -> ResourceInput {
    let Some(c) = c else { return ResourceInput::default() };
    ResourceInput {
        case_buyer: c.buyer.clone(),
        case_country: c.country.clone(),
        case_procedure: c.procedure.clone().unwrap_or_default(),
        case_year: c.year.to_string(),
        case_budget: c.budget_cents.map(|b| format!("{}.{:02}", b / 100, b % 100)).unwrap_or_default(),
        case_currency: c.currency.clone().unwrap_or_default(),
        case_results: c.results.clone(),
        case_lessons: c.lessons.clone(),
        ..Default::default()
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
    let f = form(&tr, state.topics.choices(&tr), &ctx.csrf, "/resources".into(), input, Some(&ps));
    Ok(page::form_page(ctx, tr.t("resource-new-title"), f, errs, "/resources".into()))
}

pub async fn new_form(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    // The reader's language is the likeliest language of what they write.
    let language = service::eforms_language(ctx.tr().lang.tag());
    let input = ResourceInput { language: language.into(), ..Default::default() };
    new_page(&state, &user, &ctx, &input, None).await
}

pub async fn create(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &user, &input, None).await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/resources/{id}"), "resource-saved")),
        Err(AppError::Unprocessable(e)) => new_page(&state, &user, &ctx, &input, Some(&e)).await,
        Err(e) => Err(e),
    }
}

/// What a form about an existing resource does: edit it, or translate it (the original's
/// text to translate, another language).
#[derive(Clone, Copy, PartialEq)]
enum Existing {
    Edit,
    Translate,
}

/// The form of an existing resource, for its publishers (404 for anyone else).
async fn existing_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    (id, what): (i64, Existing),
    input: Option<&ResourceInput>,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let (r, editor) = service::visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let (action, title) = match what {
        Existing::Edit => (format!("/resources/{id}/edit"), "resource-edit-title"),
        Existing::Translate => (format!("/resources/{id}/translations"), "resource-translate-title"),
    };
    let input = input.cloned().unwrap_or_else(|| match what {
        Existing::Edit => input_of(&r),
        Existing::Translate => ResourceInput { language: String::new(), ..input_of(&r) },
    });
    let f = form(&tr, state.topics.choices(&tr), &ctx.csrf, action, &input, None);
    Ok(page::form_page(ctx, tr.ta(title, "title", &r.draft.title), f, errs, format!("/resources/{id}")))
}

pub async fn translate_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    existing_page(&state, &user, &ctx, (id, Existing::Translate), None, None).await
}

pub async fn translate(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &user, &input, Some(id)).await {
        Ok(new) => Ok(page::redirect_flash(&state, &format!("/resources/{new}"), "resource-saved")),
        Err(AppError::Unprocessable(e)) => {
            existing_page(&state, &user, &ctx, (id, Existing::Translate), Some(&input), Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    existing_page(&state, &user, &ctx, (id, Existing::Edit), None, None).await
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
        Err(AppError::Unprocessable(e)) => {
            existing_page(&state, &user, &ctx, (id, Existing::Edit), Some(&input), Some(&e)).await
        }
        Err(e) => Err(e),
    }
}

pub async fn set_state(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    match service::set_state(&state, &user, id, &f.get("state")).await {
        Err(AppError::Unprocessable(e)) if e.0.iter().any(|e| e.code == "nothing-to-read") => {
            return Ok(page::redirect_flash(&state, &format!("/resources/{id}"), "resource-nothing-to-read"));
        }
        r => r?,
    }
    let flash = match RState::parse(&f.get("state")) {
        Some(RState::Published) => "resource-published",
        Some(RState::Archived) => "resource-archived",
        _ => "resource-saved",
    };
    Ok(page::redirect_flash(&state, &format!("/resources/{id}"), flash))
}

pub async fn delete_confirm(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (r, editor) = service::visible(&state, Some(&user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    Ok(page::render(&page::ConfirmPage {
        c: Chrome::new(&ctx, tr.ta("resource-delete-title", "title", &r.draft.title)),
        paragraphs: vec![tr.t("resource-delete-body")],
        action: format!("/resources/{id}/delete"),
        submit: tr.t("resource-delete"),
        back: format!("/resources/{id}"),
        hidden: vec![],
        note_label: None,
        note_hint: None,
        checkbox: None,
    }))
}

pub async fn delete(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::delete(&state, &user, id).await?;
    Ok(page::redirect_flash(&state, "/resources", "resource-deleted"))
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

#[derive(Template)]
#[template(path = "resources/files.html")]
struct FilesPage {
    c: Chrome,
    id: i64,
    files: Vec<FileView>,
    form: crate::forms::Form,
}

async fn files_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    id: i64,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let (r, editor) = service::visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let field = Field::new("document", "file", tr.t("label-file")).required().hint(tr.ta(
        "hint-file",
        "mb",
        &(domain::documents::MAX_BYTES / (1024 * 1024)).to_string(),
    ));
    let mut form = Form::new(format!("/resources/{id}/files"), tr.t("file-upload"), &ctx.csrf, vec![field]);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    let page = FilesPage {
        c: Chrome::new(ctx, tr.ta("resource-files-title", "title", &r.draft.title)),
        id,
        files: file_views(state.db.resource_files(id).await?, &tr),
        form,
    };
    Ok(page::render_form(&page, errs.is_some()))
}

pub async fn files(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    files_page(&state, &user, &ctx, id, None).await
}

pub async fn attach(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    files: crate::media::Files,
) -> Result<Response, AppError> {
    let Some(part) = files.part("file").filter(|p| !p.bytes.is_empty()) else {
        let e = FieldErrors::from(domain::FieldError::new("file", "file-empty"));
        return files_page(&state, &user, &ctx, id, Some(&e)).await;
    };
    match service::attach(&state, &user, id, &part.file_name, part.bytes.clone()).await {
        Ok(_) => Ok(page::redirect_flash(&state, &format!("/resources/{id}/files"), "file-added")),
        Err(AppError::Unprocessable(e)) => files_page(&state, &user, &ctx, id, Some(&e)).await,
        Err(e) => Err(e),
    }
}

pub async fn detach(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    match service::detach(&state, &user, id, file).await {
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/resources/{id}/files"), "file-removed")),
        Err(AppError::Unprocessable(_)) => {
            Ok(page::redirect_flash(&state, &format!("/resources/{id}/files"), "resource-nothing-to-read"))
        }
        Err(e) => Err(e),
    }
}

pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (f, bytes, public) = service::file(&state, ctx.user.as_deref(), id, file).await?;
    Ok(service::download(&f, bytes, public))
}

#[derive(Template)]
#[template(path = "resources/case_studies.html")]
struct CaseStudies {
    c: Chrome,
    q: String,
    selects: Vec<Select>,
    filtered: bool,
    items: Vec<View>,
    total: i64,
}

/// Published case studies, by procedure and sector, to choose some to compare.
pub async fn case_studies(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let filters = service::Filters { kind: "case-study".into(), ..q.f.clone() };
    let f = filters.check(Some(service::eforms_language(tr.lang.tag())), &state.topics)?;
    let (items, total) = state.db.published_resources(&f, 100, 0).await?;
    Ok(page::render(&CaseStudies {
        c: Chrome::new(&ctx, tr.t("case-studies-title")),
        selects: vec![
            Select::filter(&tr, "procedure", "label-procedure", procedure_choices(&tr), &q.f.procedure),
            Select::filter(&tr, "sector", "label-sector", choices_sector(&tr), &q.f.sector),
            Select::filter(&tr, "topic", "label-topic", state.topics.choices(&tr), &q.f.topic),
        ],
        filtered: !q.f.pairs().is_empty(),
        q: q.f.q.clone(),
        items: items.into_iter().map(|r| View::new(r, &tr, &state.topics)).collect(),
        total,
    }))
}

#[derive(Template)]
#[template(path = "resources/compare.html")]
struct Compare {
    c: Chrome,
    items: Vec<View>,
}

/// Up to four published case studies side by side (`?id=1&id=2`).
pub async fn compare(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let mut ids: Vec<i64> = Vec::new();
    for (k, v) in &q {
        if k == "id"
            && let Ok(i) = v.trim().parse::<i64>()
            && !ids.contains(&i)
        {
            ids.push(i);
        }
    }
    ids.truncate(4);
    let found = state.db.published_resources_by_id(&ids).await?;
    let items = ids
        .iter()
        .filter_map(|i| found.iter().find(|r| r.id == *i && r.draft.case_study.is_some()).cloned())
        .map(|r| View::new(r, &tr, &state.topics))
        .collect();
    Ok(page::render(&Compare { c: Chrome::new(&ctx, tr.t("case-compare-title")), items }))
}
