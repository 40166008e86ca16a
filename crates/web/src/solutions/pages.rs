//! Solution pages: the list of published profiles with filters, a profile's page with the
//! challenges it matches and the contact requests, and the supplier's form.

use super::service;
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::matcher::MatchView;
use crate::organisations::pages::{Select, choices_country, choices_sector};
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::FieldErrors;
use domain::solutions::{ContactState, SolutionInput, SolutionState, Viewer};
use serde::Deserialize;
use store::accounts::User;
use store::solutions::{Solution, SolutionFilter};

const PAGE: i64 = 20;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub division: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub trl: String,
    #[serde(default)]
    pub eic: String,
    #[serde(default)]
    pub page: String,
}

impl ListQuery {
    pub fn filter(&self) -> Result<SolutionFilter, FieldErrors> {
        let mut errs = FieldErrors::new();
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let sector = some(&self.sector);
        if sector.as_deref().is_some_and(|s| domain::organisations::sector(s).is_none()) {
            errs.push(domain::FieldError::new("sector", "invalid-choice"));
        }
        let division = some(&self.division);
        if division.as_deref().is_some_and(|d| d.len() != 2 || !d.bytes().all(|b| b.is_ascii_digit())) {
            errs.push(domain::FieldError::new("division", "invalid-choice"));
        }
        let country = some(&self.country).map(|c| c.to_ascii_uppercase());
        if country.as_deref().is_some_and(|c| domain::geo::Country::parse("country", c).is_err()) {
            errs.push(domain::FieldError::new("country", "invalid-country"));
        }
        let trl_min = match some(&self.trl) {
            None => None,
            Some(t) => match t.parse::<i64>().ok().filter(|n| (1..=9).contains(n)) {
                Some(n) => Some(n),
                None => {
                    errs.push(domain::FieldError::new("trl", "invalid-trl"));
                    None
                }
            },
        };
        let eic = match domain::solutions::flag(&self.eic) {
            Some(b) => b,
            None => {
                errs.push(domain::FieldError::new("eic", "invalid-choice"));
                false
            }
        };
        errs.into_result()?;
        Ok(SolutionFilter { sector, division, country, trl_min, eic, organisation: None })
    }
}

/// A profile with its codes in words, and its company only when the reader may see it.
pub struct View {
    pub s: Solution,
    pub state: String,
    pub sectors: Vec<String>,
    pub countries: String,
    /// (id, name) of the company, `None` while it is hidden from the reader.
    pub company: Option<(i64, String)>,
}

impl View {
    pub fn new(s: Solution, tr: &Tr, shown: bool) -> Self {
        let d = &s.draft;
        Self {
            state: tr.t(&format!("solution-state-{}", s.state.as_str())),
            sectors: d
                .sectors
                .iter()
                .filter_map(|x| domain::organisations::sector(x))
                .map(|x| x.label(tr.lang).to_owned())
                .collect(),
            countries: if d.countries.is_empty() {
                tr.t("solution-countries-any")
            } else {
                d.countries.iter().map(|c| tr.country(c)).collect::<Vec<_>>().join(", ")
            },
            company: shown.then(|| (d.organisation, s.organisation_name.clone())),
            s,
        }
    }
    pub fn by(&self, tr: &Tr) -> String {
        match &self.company {
            Some((_, n)) => n.clone(),
            None => tr.t("solution-anonymous"),
        }
    }
}

#[derive(Template)]
#[template(path = "solutions/list.html")]
struct List {
    c: Chrome,
    selects: Vec<Select>,
    items: Vec<View>,
    found: String,
    prev: Option<String>,
    next: Option<String>,
    can_add: bool,
}

pub fn divisions(tr: &Tr) -> Vec<(String, String)> {
    domain::organisations::CPV
        .iter()
        .filter(|c| domain::organisations::cpv_is_division(&c.code))
        .map(|c| (c.code[..2].to_owned(), format!("{} {}", &c.code[..2], c.label(tr.lang))))
        .collect()
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let f = q.filter()?;
    let page_no = q.page.trim().parse::<i64>().unwrap_or(1).clamp(1, 500);
    let (items, total) = state.db.solutions(&f, PAGE, (page_no - 1) * PAGE).await?;
    let link = |p: i64| {
        let mut v: Vec<(&str, String)> = vec![
            ("sector", q.sector.clone()),
            ("division", q.division.clone()),
            ("country", q.country.clone()),
            ("trl", q.trl.clone()),
            ("eic", q.eic.clone()),
            ("page", p.to_string()),
        ];
        v.retain(|(_, x)| !x.trim().is_empty());
        format!("/solutions?{}", serde_urlencoded::to_string(&v).unwrap_or_default())
    };
    let refs: Vec<&Solution> = items.iter().collect();
    let shown = service::identities_shown(&state, ctx.user.as_deref(), &refs).await?;
    let can_add = match &ctx.user {
        Some(u) => !service::supplier_organisations(&state, u).await?.is_empty(),
        None => false,
    };
    let trls = (1..=9).map(|n| (n.to_string(), tr.args("solution-trl-at-least", &[("n", n.into())]))).collect();
    let eic = vec![("true".to_owned(), tr.t("label-eic-only"))];
    Ok(page::render(&List {
        c: Chrome::new(&ctx, tr.t("solutions-title")),
        selects: vec![
            Select::filter(&tr, "sector", "label-sector", choices_sector(&tr), &q.sector),
            Select::filter(&tr, "division", "label-cpv-division", divisions(&tr), &q.division),
            Select::filter(&tr, "country", "label-country-served", choices_country(&tr), &q.country),
            Select::filter(&tr, "trl", "label-trl", trls, &q.trl),
            Select::filter(&tr, "eic", "label-eic-filter", eic, &q.eic),
        ],
        found: tr.tnum("solutions-found", total),
        items: items.into_iter().map(|s| View::new(s.clone(), &tr, shown.contains(&s.id))).collect(),
        prev: (page_no > 1).then(|| link(page_no - 1)),
        next: (page_no * PAGE < total).then(|| link(page_no + 1)),
        can_add,
    }))
}

/// A contact request as the supplier sees it.
pub struct ContactView {
    pub id: i64,
    pub from: String,
    pub message: String,
    pub state: String,
    pub pending: bool,
    pub when: String,
}

#[derive(Template)]
#[template(path = "solutions/show.html")]
struct Show {
    c: Chrome,
    v: View,
    by: String,
    supplier: bool,
    summary_html: String,
    problem_html: String,
    references_html: String,
    certifications_html: String,
    cpv: Vec<(String, String)>,
    languages: Vec<String>,
    regions: Vec<String>,
    matches: Vec<MatchView>,
    /// The reader's organisations that may still ask for contact.
    may_request: Vec<(i64, String)>,
    /// The reader's organisations' requests: (organisation, state).
    requested: Vec<(String, String)>,
    contacts: Vec<ContactView>,
    next: Vec<(String, String)>,
    /// For the supplier: CPV codes its text suggests that it does not have yet.
    suggested: Vec<(String, String, String)>,
}

pub fn cpv_labels(codes: &[String], tr: &Tr) -> Vec<(String, String)> {
    codes
        .iter()
        .map(|code| {
            let label = domain::cpv::lookup(code).map(|c| c.label_in(tr.lang.tag()).to_owned()).unwrap_or_default();
            (code.clone(), label)
        })
        .collect()
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (s, viewer) = service::visible(&state, ctx.user.as_deref(), id).await?;
    let supplier = viewer == Viewer::Supplier;
    let shown = domain::solutions::identity_shown(s.draft.anonymous, viewer);
    let md = |x: &str| domain::markdown::to_html(x);
    let (may_request, requested) = match &ctx.user {
        Some(u) if s.state == SolutionState::Published => {
            let orgs = service::requesting_organisations(&state, u).await?;
            let ids: Vec<i64> = orgs.iter().map(|(o, _)| *o).collect();
            let mine = state.db.contacts_of(id, &ids).await?;
            let may = orgs
                .iter()
                .filter(|(o, _)| *o != s.draft.organisation && !mine.iter().any(|k| k.organisation_id == *o))
                .cloned()
                .collect();
            let req = mine
                .iter()
                .map(|k| (k.organisation_name.clone(), tr.t(&format!("contact-state-{}", k.state.as_str()))))
                .collect();
            (may, req)
        }
        _ => (Vec::new(), Vec::new()),
    };
    let contacts = if supplier {
        state
            .db
            .solution_contacts(id)
            .await?
            .into_iter()
            .map(|k| ContactView {
                id: k.id,
                from: format!("{} ({})", k.user_name, k.organisation_name),
                message: k.message,
                state: tr.t(&format!("contact-state-{}", k.state.as_str())),
                pending: k.state == ContactState::Pending,
                when: tr.datetime(k.created_at),
            })
            .collect()
    } else {
        Vec::new()
    };
    let matches = if s.state == SolutionState::Published {
        crate::matcher::challenges_for(&state, &tr, id, 10).await?
    } else {
        Vec::new()
    };
    let d = &s.draft;
    let next = if supplier {
        SolutionState::ALL
            .iter()
            .filter(|x| **x != s.state)
            .map(|x| (x.as_str().to_owned(), tr.t(&format!("solution-to-{}", x.as_str()))))
            .collect()
    } else {
        Vec::new()
    };
    let suggested = if supplier {
        let item = crate::matcher::solution_item(&s);
        service::suggestions(&format!("{}\n{}", item.title, item.text), item.language.as_deref(), &s.draft.cpv, &tr)
    } else {
        Vec::new()
    };
    let v = View::new(s.clone(), &tr, shown);
    Ok(page::render(&Show {
        suggested,
        c: Chrome::new(&ctx, d.title.clone()),
        by: v.by(&tr),
        supplier,
        summary_html: md(&d.summary),
        problem_html: md(&d.problem),
        references_html: md(&d.references),
        certifications_html: md(&d.certifications),
        cpv: cpv_labels(&d.cpv, &tr),
        languages: d
            .languages
            .iter()
            .filter_map(|l| domain::people::language(l))
            .map(|l| l.label(tr.lang).to_owned())
            .collect(),
        regions: d
            .regions
            .iter()
            .map(|n| domain::geo::nuts_region(n).map(|r| format!("{n} {}", r.name)).unwrap_or_else(|| n.clone()))
            .collect(),
        matches,
        may_request,
        requested,
        contacts,
        next,
        v,
    }))
}

fn form(tr: &Tr, csrf: &str, action: String, input: &SolutionInput, orgs: Option<&[(i64, String)]>) -> Form {
    let mut fields = Vec::new();
    if let Some(orgs) = orgs {
        let opts = orgs.iter().map(|(o, n)| (o.to_string(), n.clone())).collect::<Vec<_>>();
        fields.push(
            Field::new("select", "organisation", tr.t("label-supplier"))
                .required()
                .options(opts, std::slice::from_ref(&input.organisation)),
        );
    }
    let trls = (1..=9).map(|n| (n.to_string(), tr.args("challenge-trl-n", &[("n", n.into())])));
    let trl = if input.trl.is_empty() { "6".to_owned() } else { input.trl.clone() };
    let anonymous = vec![("true".to_owned(), tr.t("label-anonymous-yes"))];
    let anon_value = if domain::solutions::flag(&input.anonymous).unwrap_or(false) { "true" } else { "" };
    fields.extend([
        Field::new("text", "title", tr.t("label-solution-title")).value(&input.title).required(),
        Field::new("textarea", "summary", tr.t("label-solution-summary"))
            .value(&input.summary)
            .required()
            .hint(tr.t("hint-markdown")),
        Field::new("textarea", "problem", tr.t("label-solution-problem")).value(&input.problem).required(),
        Field::new("select", "trl", tr.t("label-trl")).options(trls, &[trl]).hint(tr.t("hint-trl")),
        Field::new("checkboxes", "sectors", tr.t("label-sectors")).options(choices_sector(tr), &input.sectors),
        Field::new("text", "cpv", tr.t("label-cpv-codes")).value(input.cpv.join(", ")).hint(tr.t("hint-cpv-codes")),
        Field::new("checkboxes", "countries", tr.t("label-countries-served"))
            .options(choices_country(tr), &input.countries)
            .hint(tr.t("hint-countries-served")),
        Field::new("text", "regions", tr.t("label-regions-served"))
            .value(input.regions.join(", "))
            .hint(tr.t("hint-nuts-codes")),
        Field::new("textarea", "references", tr.t("label-references")).value(&input.references),
        Field::new("textarea", "certifications", tr.t("label-certifications")).value(&input.certifications),
        Field::new("checkboxes", "languages", tr.t("label-working-languages"))
            .options(crate::people::pages::languages(tr), &input.languages),
        Field::new("checkboxes", "anonymous", tr.t("label-anonymous"))
            .options(anonymous, &[anon_value.to_owned()])
            .hint(tr.t("hint-anonymous")),
    ]);
    Form::new(action, tr.t("save"), csrf, fields)
}

fn input_from(f: &Fields) -> SolutionInput {
    SolutionInput {
        organisation: f.get("organisation"),
        title: f.get("title"),
        summary: f.get("summary"),
        problem: f.get("problem"),
        trl: f.get("trl"),
        sectors: f.all("sectors"),
        cpv: vec![f.get("cpv")],
        countries: f.all("countries"),
        regions: vec![f.get("regions")],
        references: f.get("references"),
        certifications: f.get("certifications"),
        languages: f.all("languages"),
        anonymous: f.get("anonymous"),
    }
}

pub fn input_of(s: &Solution) -> SolutionInput {
    let d = &s.draft;
    SolutionInput {
        organisation: d.organisation.to_string(),
        title: d.title.clone(),
        summary: d.summary.clone(),
        problem: d.problem.clone(),
        trl: d.trl.to_string(),
        sectors: d.sectors.clone(),
        cpv: d.cpv.clone(),
        countries: d.countries.clone(),
        regions: d.regions.clone(),
        references: d.references.clone(),
        certifications: d.certifications.clone(),
        languages: d.languages.clone(),
        anonymous: if d.anonymous { "true".into() } else { String::new() },
    }
}

async fn new_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    input: &SolutionInput,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let orgs = service::supplier_organisations(state, user).await?;
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    let f = form(&tr, &ctx.csrf, "/solutions".into(), input, Some(&orgs));
    Ok(page::form_page(ctx, tr.t("solution-new-title"), f, errs, "/solutions".into()))
}

pub async fn new_form(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    new_page(&state, &user, &ctx, &SolutionInput::default(), None).await
}

pub async fn create(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &user, &input, false).await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/solutions/{id}"), "solution-saved")),
        Err(AppError::Unprocessable(e)) => new_page(&state, &user, &ctx, &input, Some(&e)).await,
        Err(e) => Err(e),
    }
}

async fn edit_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    id: i64,
    input: Option<&SolutionInput>,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let (s, v) = service::visible(state, Some(user), id).await?;
    if v != Viewer::Supplier {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let input = input.cloned().unwrap_or_else(|| input_of(&s));
    let f = form(&tr, &ctx.csrf, format!("/solutions/{id}/edit"), &input, None);
    Ok(page::form_page(ctx, tr.ta("solution-edit-title", "title", &s.draft.title), f, errs, format!("/solutions/{id}")))
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
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/solutions/{id}"), "solution-saved")),
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
    Ok(page::redirect_flash(&state, &format!("/solutions/{id}"), "solution-saved"))
}

pub async fn request_contact(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let org = f.get("organisation").trim().parse::<i64>().unwrap_or(0);
    let flash = match service::request_contact(&state, &user, id, org, &f.get("message")).await {
        Ok(_) => "contact-requested",
        Err(AppError::Conflict(_)) => "contact-already-requested",
        Err(AppError::Unprocessable(e)) if e.0.iter().any(|x| x.field == "message") => "contact-message-required",
        Err(e) => return Err(e),
    };
    Ok(page::redirect_flash(&state, &format!("/solutions/{id}"), flash))
}

pub async fn decide_contact(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, contact)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let flash = match service::decide_contact(&state, &user, id, contact, &f.get("decision")).await {
        Ok(ContactState::Accepted) => "contact-accepted",
        Ok(_) => "contact-declined",
        Err(AppError::Conflict(_)) => "contact-already-decided",
        Err(e) => return Err(e),
    };
    Ok(page::redirect_flash(&state, &format!("/solutions/{id}"), flash))
}

pub async fn add_cpv(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    service::add_cpv(&state, &user, id, &f.get("code")).await?;
    Ok(page::redirect_flash(&state, &format!("/solutions/{id}"), "solution-saved"))
}
