//! Initiative pages: the list of members, each initiative's page, and for its editors the
//! form, the history and the editors.

use super::service::{self, Filter};
use crate::AppState;
use crate::ctx::{AdminUser, AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::organisations::pages::{Select, choices_sector};
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::initiatives::{InitiativeInput, Membership, Reach, TOPICS};
use domain::{FieldErrors, InitiativeId, UserId};
use serde::Deserialize;
use store::initiatives::Initiative;

/// An initiative with its codes turned into words.
pub struct View {
    pub i: Initiative,
    pub status: String,
    pub topics: Vec<String>,
    pub sectors: Vec<String>,
    pub countries: Vec<String>,
    pub programme: Option<String>,
    pub period: Option<String>,
}

impl View {
    pub fn new(i: Initiative, tr: &Tr) -> Self {
        let period = match (&i.starts_on, &i.ends_on) {
            (None, None) => None,
            (s, e) => Some(format!(
                "{} – {}",
                s.as_deref().map(|d| date(tr, d)).unwrap_or_default(),
                e.as_deref().map(|d| date(tr, d)).unwrap_or_default()
            )),
        };
        Self {
            status: tr.t(&format!("initiative-status-{}", i.membership.as_str())),
            topics: i.topics.iter().map(|t| tr.t(&format!("topic-{t}"))).collect(),
            countries: i
                .countries
                .iter()
                .filter_map(|c| domain::geo::Country::parse("c", c).ok())
                .map(|c| c.info().name(tr.lang).to_owned())
                .collect(),
            sectors: i
                .sectors
                .iter()
                .filter_map(|s| domain::organisations::sector(s))
                .map(|s| s.label(tr.lang).to_owned())
                .collect(),
            programme: i
                .programme
                .as_deref()
                .and_then(domain::initiatives::programme)
                .map(|p| p.label(tr.lang).to_owned()),
            period,
            i,
        }
    }
}

/// A `YYYY-MM-DD` date in the reader's format.
fn date(tr: &Tr, d: &str) -> String {
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .map(|t| tr.date(t.and_utc().timestamp()))
        .unwrap_or_else(|| d.to_owned())
}

/// Reach figures as the reader writes numbers.
pub fn reach_lines(tr: &Tr, r: Reach) -> Vec<String> {
    [("reach-newsletter", r.newsletter), ("reach-social", r.social), ("reach-partners", r.partners)]
        .into_iter()
        .filter_map(|(k, v)| v.map(|n| tr.tnum(k, n)))
        .collect()
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub sector: String,
}

#[derive(Template)]
#[template(path = "initiatives/list.html")]
struct List {
    c: Chrome,
    q: String,
    selects: Vec<Select>,
    items: Vec<View>,
    reach: Vec<String>,
    filtered: bool,
    can_add: bool,
}

/// The curriculum topics, in the curriculum's order.
pub(crate) fn topic_choices(tr: &Tr) -> Vec<(String, String)> {
    TOPICS.iter().map(|t| (t.to_string(), tr.t(&format!("topic-{t}")))).collect()
}

fn status_choices(tr: &Tr) -> Vec<(String, String)> {
    Membership::ALL
        .iter()
        .map(|m| (m.as_str().to_owned(), tr.t(&format!("initiative-status-{}", m.as_str()))))
        .collect()
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let filter = Filter::parse(&q.status, &q.topic, &q.sector, &q.q)?;
    let (items, reach) = service::list(&state, &filter).await?;
    Ok(page::render(&List {
        c: Chrome::new(&ctx, tr.t("initiatives-title")),
        selects: vec![
            Select::filter(&tr, "status", "label-initiative-status", status_choices(&tr), &q.status),
            Select::filter(&tr, "topic", "label-topic", topic_choices(&tr), &q.topic),
            Select::filter(&tr, "sector", "label-sector", choices_sector(&tr), &q.sector),
        ],
        filtered: [&q.q, &q.status, &q.topic, &q.sector].iter().any(|v| !v.trim().is_empty()),
        q: q.q,
        items: items.into_iter().map(|i| View::new(i, &tr)).collect(),
        reach: reach_lines(&tr, reach),
        can_add: ctx.user.as_ref().is_some_and(|u| u.is_admin),
    }))
}

#[derive(Template)]
#[template(path = "initiatives/show.html")]
struct Show {
    c: Chrome,
    v: View,
    reach: Vec<String>,
    can_edit: bool,
    follow: Option<crate::follows::Button>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let i = state.db.initiative(InitiativeId(id)).await?;
    let can_edit = service::may_edit(&state, i.id, ctx.user.as_deref()).await?;
    let follow = crate::follows::button(&state, &ctx, domain::follows::Target::Initiative(id), &i.acronym).await?;
    Ok(page::render(&Show {
        follow,
        c: Chrome::new(&ctx, format!("{} — {}", i.acronym, i.name)),
        reach: reach_lines(&tr, i.reach),
        v: View::new(i, &tr),
        can_edit,
    }))
}

fn form(tr: &Tr, csrf: &str, action: String, submit: String, input: &InitiativeInput, admin: bool) -> Form {
    let mut programmes: Vec<(String, String)> = domain::initiatives::programmes_sorted(tr.lang)
        .into_iter()
        .map(|(c, l)| (c.to_owned(), l.to_owned()))
        .collect();
    programmes.insert(0, (String::new(), tr.t("choose-none")));
    let mut fields = vec![
        Field::new("text", "acronym", tr.t("label-acronym")).value(&input.acronym).required(),
        Field::new("text", "name", tr.t("label-initiative-name")).value(&input.name).required(),
        Field::new("textarea", "summary", tr.t("label-summary"))
            .value(&input.summary)
            .required()
            .hint(tr.t("hint-summary")),
        Field::new("textarea", "description", tr.t("label-description"))
            .value(&input.description)
            .hint(tr.t("hint-markdown")),
        Field::new("textarea", "focus_areas", tr.t("focus-areas"))
            .value(&input.focus_areas)
            .hint(tr.t("hint-focus-areas")),
        Field::new("checkboxes", "topics", tr.t("label-topics")).options(topic_choices(tr), &input.topics),
        Field::new("checkboxes", "sectors", tr.t("label-sectors")).options(choices_sector(tr), &input.sectors),
        Field::new("checkboxes", "countries", tr.t("label-initiative-countries"))
            .options(crate::organisations::pages::choices_country(tr), &input.countries),
        Field::new("select", "programme", tr.t("label-programme"))
            .options(programmes, std::slice::from_ref(&input.programme)),
        Field::new("date", "starts_on", tr.t("label-starts-on")).value(&input.starts_on),
        Field::new("date", "ends_on", tr.t("label-ends-on")).value(&input.ends_on),
        Field::new("text", "website", tr.t("label-website")).value(&input.website).autocomplete("url"),
        Field::new("text", "contact_name", tr.t("label-contact-name")).value(&input.contact_name),
        Field::new("email", "contact_email", tr.t("label-contact-email")).value(&input.contact_email),
        Field::new("text", "reach_newsletter", tr.t("label-reach-newsletter"))
            .value(&input.reach_newsletter)
            .hint(tr.t("hint-reach")),
        Field::new("text", "reach_social", tr.t("label-reach-social")).value(&input.reach_social),
        Field::new("text", "reach_partners", tr.t("label-reach-partners")).value(&input.reach_partners),
    ];
    if admin {
        let current = if input.status.is_empty() { "member".to_owned() } else { input.status.clone() };
        fields.insert(
            2,
            Field::new("select", "status", tr.t("label-initiative-status")).options(status_choices(tr), &[current]),
        );
    }
    Form::new(action, submit, csrf, fields)
}

fn input_from(f: &Fields) -> InitiativeInput {
    InitiativeInput {
        acronym: f.get("acronym"),
        name: f.get("name"),
        summary: f.get("summary"),
        description: f.get("description"),
        focus_areas: f.get("focus_areas"),
        sectors: f.all("sectors"),
        topics: f.all("topics"),
        countries: f.all("countries"),
        programme: f.get("programme"),
        starts_on: f.get("starts_on"),
        ends_on: f.get("ends_on"),
        website: f.get("website"),
        contact_name: f.get("contact_name"),
        contact_email: f.get("contact_email"),
        status: f.get("status"),
        reach_newsletter: f.get("reach_newsletter"),
        reach_social: f.get("reach_social"),
        reach_partners: f.get("reach_partners"),
    }
}

fn input_of(i: &Initiative) -> InitiativeInput {
    let n = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    InitiativeInput {
        acronym: i.acronym.clone(),
        name: i.name.clone(),
        summary: i.summary.clone(),
        description: i.description_md.clone(),
        focus_areas: i.focus_areas.join("\n"),
        sectors: i.sectors.clone(),
        topics: i.topics.clone(),
        countries: i.countries.clone(),
        programme: i.programme.clone().unwrap_or_default(),
        starts_on: i.starts_on.clone().unwrap_or_default(),
        ends_on: i.ends_on.clone().unwrap_or_default(),
        website: i.website.clone().unwrap_or_default(),
        contact_name: i.contact_name.clone().unwrap_or_default(),
        contact_email: i.contact_email.clone().unwrap_or_default(),
        status: i.membership.as_str().into(),
        reach_newsletter: n(i.reach.newsletter),
        reach_social: n(i.reach.social),
        reach_partners: n(i.reach.partners),
    }
}

pub async fn new_form(AdminUser(_, ctx): AdminUser) -> Response {
    let tr = ctx.tr();
    let f = form(&tr, &ctx.csrf, "/initiatives".into(), tr.t("initiative-create"), &InitiativeInput::default(), true);
    page::form_page(&ctx, tr.t("initiative-new-title"), f, None, "/initiatives".into())
}

pub async fn create(
    State(state): State<AppState>,
    AdminUser(admin, ctx): AdminUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &admin, &input).await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/initiatives/{}", id.0), "saved")),
        Err(AppError::Unprocessable(e)) => {
            let tr = ctx.tr();
            let f = form(&tr, &ctx.csrf, "/initiatives".into(), tr.t("initiative-create"), &input, true);
            Ok(page::form_page(&ctx, tr.t("initiative-new-title"), f, Some(&e), "/initiatives".into()))
        }
        Err(e) => Err(e),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let i = state.db.initiative(InitiativeId(id)).await?;
    if !service::may_edit(&state, i.id, Some(&user)).await? {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    let f = form(&tr, &ctx.csrf, format!("/initiatives/{id}/edit"), tr.t("save"), &input_of(&i), user.is_admin);
    Ok(page::form_page(
        &ctx,
        tr.ta("initiative-edit-title", "acronym", &i.acronym),
        f,
        None,
        format!("/initiatives/{id}"),
    ))
}

pub async fn edit(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let mut input = input_from(&f);
    match service::update(&state, &user, InitiativeId(id), &input).await {
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/initiatives/{id}"), "saved")),
        Err(AppError::Unprocessable(e)) => {
            let tr = ctx.tr();
            let i = state.db.initiative(InitiativeId(id)).await?;
            if !user.is_admin {
                input.status = i.membership.as_str().into();
            }
            let f = form(&tr, &ctx.csrf, format!("/initiatives/{id}/edit"), tr.t("save"), &input, user.is_admin);
            Ok(page::form_page(
                &ctx,
                tr.ta("initiative-edit-title", "acronym", &i.acronym),
                f,
                Some(&e),
                format!("/initiatives/{id}"),
            ))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "initiatives/history.html")]
struct History {
    c: Chrome,
    id: i64,
    rows: Vec<(String, String, String)>,
}

pub async fn history(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (i, revs) = service::history(&state, &user, InitiativeId(id)).await?;
    let rows = revs
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let changed = match revs.get(k + 1) {
                Some(older) => service::changed_fields(&older.profile, &r.profile)
                    .iter()
                    .map(|f| tr.t(&format!("initiative-field-{}", f.replace('_', "-"))))
                    .collect::<Vec<_>>()
                    .join(", "),
                None => tr.t("initiative-first-version"),
            };
            (
                tr.datetime(r.at),
                r.actor_name.clone(),
                if changed.is_empty() { tr.t("initiative-no-change") } else { changed },
            )
        })
        .collect();
    Ok(page::render(&History {
        c: Chrome::new(&ctx, tr.ta("initiative-history-title", "acronym", &i.acronym)),
        id,
        rows,
    }))
}

#[derive(Template)]
#[template(path = "initiatives/editors.html")]
struct Editors {
    c: Chrome,
    id: i64,
    editors: Vec<store::initiatives::Editor>,
    form: Form,
}

async fn editors_page(
    state: &AppState,
    user: &store::accounts::User,
    ctx: &Ctx,
    id: i64,
    typed: &str,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (i, _) = service::history(state, user, InitiativeId(id)).await?;
    let fields = vec![
        Field::new("email", "email", tr.t("label-editor-email"))
            .value(typed)
            .required()
            .hint(tr.t("hint-editor-email")),
    ];
    let mut form = Form::new(format!("/initiatives/{id}/editors"), tr.t("editor-add"), &ctx.csrf, fields);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    let page = Editors {
        c: Chrome::new(ctx, tr.ta("initiative-editors-title", "acronym", &i.acronym)),
        id,
        editors: state.db.initiative_editors(i.id).await?,
        form,
    };
    Ok(page::render_form(&page, errs.is_some()))
}

pub async fn editors(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    editors_page(&state, &user, &ctx, id, "", None).await
}

pub async fn add_editor(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    match service::add_editor(&state, &user, InitiativeId(id), &f.get("email")).await {
        Ok(_) => Ok(page::redirect_flash(&state, &format!("/initiatives/{id}/editors"), "editor-added")),
        Err(AppError::Unprocessable(e)) => editors_page(&state, &user, &ctx, id, &f.get("email"), Some(&e)).await,
        Err(e) => Err(e),
    }
}

pub async fn remove_editor(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, editor)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::remove_editor(&state, &user, InitiativeId(id), UserId(editor)).await?;
    let to = if editor == user.id.0 && !user.is_admin {
        format!("/initiatives/{id}")
    } else {
        format!("/initiatives/{id}/editors")
    };
    Ok(page::redirect_flash(&state, &to, "editor-removed"))
}

async fn logo_spec(
    state: &AppState,
    user: &store::accounts::User,
    ctx: &Ctx,
    id: i64,
) -> Result<crate::media::ImageSpec, AppError> {
    let i = state.db.initiative(InitiativeId(id)).await?;
    if !service::may_edit(state, i.id, Some(user)).await? {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    Ok(crate::media::ImageSpec {
        title: tr.ta("initiative-logo-title", "acronym", &i.acronym),
        intro: tr.t("initiative-logo-intro"),
        alt: tr.ta("logo-of", "name", &i.acronym),
        current: i.logo,
        action: format!("/initiatives/{id}/logo"),
        field: "logo",
        field_label: tr.t("label-logo"),
        remove_label: tr.t("logo-remove"),
        back: format!("/initiatives/{id}"),
    })
}

pub async fn logo_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    Ok(logo_spec(&state, &user, &ctx, id).await?.render(&ctx, None))
}

pub async fn set_logo(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    files: crate::media::Files,
) -> Result<Response, AppError> {
    match service::set_logo(&state, &user, InitiativeId(id), Some(&files.get("logo"))).await {
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/initiatives/{id}"), "saved")),
        Err(AppError::Unprocessable(e)) => Ok(logo_spec(&state, &user, &ctx, id).await?.render(&ctx, Some(&e))),
        Err(e) => Err(e),
    }
}

pub async fn remove_logo(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::set_logo(&state, &user, InitiativeId(id), None).await?;
    Ok(page::redirect_flash(&state, &format!("/initiatives/{id}"), "saved"))
}
