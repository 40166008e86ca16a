//! Organisation pages: directory, profile, create and edit forms, members.

use super::service;
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::page::{self, Chrome, FormPage};
use crate::pager::{Pager, SeekParams};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::accounts::Language;
use domain::organisations::{
    MembershipStatus, OrgKind, OrgRole, OrganisationInput, ReviewStatus, SECTORS, SIZE_CLASSES, Standing,
};
use domain::{FieldError, FieldErrors, OrganisationId, UserId, geo};
use serde::Deserialize;
use store::organisations::{Member, OrgFilter, Organisation};

pub const PER_PAGE: usize = 20;

/// An organisation as the pages show it, with its codes turned into words.
pub struct OrgView {
    pub org: Organisation,
    pub kind: String,
    pub country: String,
    pub size: Option<String>,
    pub sectors: Vec<String>,
    pub nuts: Option<String>,
    pub status: String,
    /// What it sells: CPV labels with their codes.
    pub cpv: Vec<String>,
}

impl OrgView {
    pub fn new(org: Organisation, tr: &Tr) -> Self {
        Self {
            kind: tr.t(&format!("org-kind-{}", org.kind.as_str())),
            country: tr.country(&org.country),
            size: org
                .size_class
                .as_deref()
                .and_then(domain::organisations::size_class)
                .map(|c| c.label(tr.lang).to_owned()),
            sectors: org
                .sectors
                .iter()
                .filter_map(|s| domain::organisations::sector(s))
                .map(|s| s.label(tr.lang).to_owned())
                .collect(),
            nuts: org.nuts.as_deref().and_then(geo::nuts_region).map(|r| format!("{} ({})", r.name, r.code)),
            status: tr.t(&format!("review-{}", org.status.as_str())),
            cpv: org
                .cpv
                .iter()
                .filter_map(|c| domain::organisations::cpv(c))
                .map(|c| format!("{} ({})", c.label(tr.lang), &c.code[..8]))
                .collect(),
            org,
        }
    }
}

fn choices_kind(tr: &Tr) -> Vec<(String, String)> {
    OrgKind::ALL.iter().map(|k| (k.as_str().to_owned(), tr.t(&format!("org-kind-{}", k.as_str())))).collect()
}

type Choices = Vec<(String, String)>;

/// A list of choices that depends only on the language: made once per language (folding
/// and sorting labels on every directory request cost a tenth of its time).
fn per_language(cell: &'static std::sync::OnceLock<[Choices; 3]>, tr: &Tr, make: fn(Language) -> Choices) -> Choices {
    let all = cell.get_or_init(|| Language::ALL.map(make));
    all[Language::ALL.iter().position(|l| *l == tr.lang).unwrap_or(0)].clone()
}

pub(crate) fn choices_country(tr: &Tr) -> Choices {
    static CELL: std::sync::OnceLock<[Choices; 3]> = std::sync::OnceLock::new();
    per_language(&CELL, tr, |lang| {
        let mut v: Choices = geo::eu_countries().iter().map(|c| (c.code.to_owned(), c.name(lang).to_owned())).collect();
        v.sort_by_cached_key(|(_, name)| domain::text::fold(name));
        v
    })
}

/// CPV divisions, each with its groups, in code order (the vocabulary's own order).
fn choices_cpv(tr: &Tr) -> Vec<crate::forms::ChoiceBranch> {
    let mut out: Vec<crate::forms::ChoiceBranch> = Vec::new();
    for e in domain::organisations::CPV.iter() {
        let choice = (e.code.clone(), format!("{} ({})", e.label(tr.lang), &e.code[..8]));
        match out.last_mut() {
            Some((_, groups)) if !domain::organisations::cpv_is_division(&e.code) => groups.push(choice),
            _ => out.push((choice, Vec::new())),
        }
    }
    out
}

/// CPV divisions for the directory's filter, by their two digits.
fn choices_cpv_division(tr: &Tr) -> Choices {
    static CELL: std::sync::OnceLock<[Choices; 3]> = std::sync::OnceLock::new();
    per_language(&CELL, tr, |lang| {
        domain::organisations::CPV
            .iter()
            .filter(|e| domain::organisations::cpv_is_division(&e.code))
            .map(|e| (e.code[..2].to_owned(), format!("{} – {}", &e.code[..2], e.label(lang))))
            .collect()
    })
}

/// Sectors in the reader's alphabetical order (folded, so "É" sorts with "E").
pub(crate) fn choices_sector(tr: &Tr) -> Choices {
    static CELL: std::sync::OnceLock<[Choices; 3]> = std::sync::OnceLock::new();
    per_language(&CELL, tr, |lang| {
        let mut v: Choices = SECTORS.iter().map(|s| (s.code.clone(), s.label(lang).to_owned())).collect();
        v.sort_by_cached_key(|(_, label)| domain::text::fold(label));
        v
    })
}

#[derive(Deserialize, Default)]
pub struct DirectoryQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub cpv: String,
    #[serde(default)]
    pub nuts: String,
    #[serde(default)]
    pub size: String,
    #[serde(default)]
    pub eic: String,
    #[serde(default)]
    pub sort: String,
    #[serde(flatten)]
    pub seek: SeekParams,
}

impl DirectoryQuery {
    /// The approved organisations these parameters ask for; an unknown country, kind or
    /// sector is an error on its field rather than a silently ignored filter.
    pub fn filter(&self) -> Result<OrgFilter, FieldErrors> {
        let nonempty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        let mut errors = FieldErrors::new();
        let country = nonempty(&self.country).and_then(|c| errors.take(geo::Country::parse("country", &c)));
        let kind = nonempty(&self.kind)
            .and_then(|k| errors.take(OrgKind::from_str_opt(&k).ok_or(FieldError::new("kind", "invalid-choice"))));
        let sector = nonempty(&self.sector).and_then(|s| {
            errors.take(
                domain::organisations::sector(&s)
                    .map(|c| c.code.clone())
                    .ok_or(FieldError::new("sector", "invalid-choice")),
            )
        });
        // A division by its two digits, or a division or group by its code.
        let cpv = nonempty(&self.cpv).and_then(|c| {
            let division = c.len() == 2 && c.bytes().all(|b| b.is_ascii_digit());
            let found = if division {
                domain::organisations::CPV.iter().any(|e| e.code.starts_with(&c)).then_some(c)
            } else {
                domain::organisations::cpv(&c).map(|e| {
                    if domain::organisations::cpv_is_division(&e.code) {
                        e.code[..2].to_owned()
                    } else {
                        e.code.clone()
                    }
                })
            };
            errors.take(found.ok_or(FieldError::new("cpv", "invalid-choice")))
        });
        // A region of the chosen country (or of any, without one), with the regions inside it.
        let nuts = nonempty(&self.nuts).and_then(|n| errors.take(geo::parse_nuts("nuts", &n, country))).flatten();
        let size_class = nonempty(&self.size).and_then(|s| {
            errors.take(
                domain::organisations::size_class(&s)
                    .map(|c| c.code.clone())
                    .ok_or(FieldError::new("size", "invalid-choice")),
            )
        });
        let eic = match self.eic.trim() {
            "" | "0" => false,
            "1" => true,
            _ => {
                errors.push(FieldError::new("eic", "invalid-choice"));
                false
            }
        };
        let newest = match self.sort.trim() {
            "" | "name" => false,
            "newest" => true,
            _ => {
                errors.push(FieldError::new("sort", "invalid-choice"));
                false
            }
        };
        errors.into_result()?;
        Ok(OrgFilter {
            status: Some(ReviewStatus::Approved),
            country: country.map(|c| c.code().to_owned()),
            kind,
            sector,
            cpv,
            nuts,
            size_class,
            eic,
            newest,
            q: nonempty(&self.q),
        })
    }

    /// The filters, as the pager keeps them in its links.
    fn params(&self) -> [(&'static str, &str); 5] {
        [
            ("q", self.q.as_str()),
            ("country", &self.country),
            ("kind", &self.kind),
            ("sector", &self.sector),
            ("cpv", &self.cpv),
        ]
    }
}

pub struct Select {
    pub name: &'static str,
    pub label: String,
    pub options: Vec<crate::forms::Opt>,
}

impl Select {
    /// A filter of a list: "any" first (the empty value), then `opts`, `current` chosen.
    pub fn filter(tr: &Tr, name: &'static str, label: &str, mut opts: Choices, current: &str) -> Select {
        opts.insert(0, (String::new(), tr.t("filter-any")));
        let f = Field::new("select", name, tr.t(label)).options(opts, &[current.to_owned()]);
        Select { name, label: f.label, options: f.options }
    }

    /// The list's order: `default_label` (the empty value) or the other orders in `opts`.
    pub fn sort(tr: &Tr, default_label: &str, opts: Choices, current: &str) -> Select {
        let mut s = Select::filter(tr, "sort", "label-sort", opts, current);
        s.options[0].label = tr.t(default_label);
        s
    }
}

#[derive(Template)]
#[template(path = "organisations/directory.html")]
struct Directory {
    c: Chrome,
    q: String,
    selects: Vec<Select>,
    orgs: Vec<OrgView>,
    total: i64,
    pager: Pager,
    signed_in: bool,
    /// Whether a filter is set (the folded filters then start open).
    filtered: bool,
}

pub async fn directory(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<DirectoryQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let seek = q.seek.seek()?;
    let filter = q.filter()?;
    let slice = state.db.organisations(&filter, &seek, PER_PAGE).await?;
    let total = state.db.count_organisations(&filter).await?;
    let pager = Pager::new("/organisations", &q.params(), &slice);
    let select = |name, label: &str, opts: Choices, current: &str| Select::filter(&tr, name, label, opts, current);
    let selects = vec![
        select("country", "label-country", choices_country(&tr), &q.country),
        select("kind", "label-kind", choices_kind(&tr), &q.kind),
        select("sector", "label-sector", choices_sector(&tr), &q.sector),
        select("cpv", "label-cpv-filter", choices_cpv_division(&tr), &q.cpv),
        select(
            "size",
            "label-size-class",
            SIZE_CLASSES.iter().map(|s| (s.code.clone(), s.label(tr.lang).to_owned())).collect(),
            &q.size,
        ),
        select("eic", "label-eic-filter", vec![("1".into(), tr.t("eic-only"))], &q.eic),
    ];
    let mut selects = selects;
    // The regions of the chosen country (a list of all Europe's would be too long).
    if let Ok(country) = geo::Country::parse("country", &q.country) {
        let regions = geo::nuts_regions_of(country)
            .into_iter()
            .filter(|r| r.level > 0)
            .map(|r| {
                (r.code.clone(), format!("{}{} ({})", "\u{a0}\u{a0}".repeat(usize::from(r.level - 1)), r.name, r.code))
            })
            .collect();
        selects.insert(1, select("nuts", "label-nuts", regions, &q.nuts));
    }
    selects.push(Select::sort(&tr, "sort-name", vec![("newest".into(), tr.t("sort-newest"))], &q.sort));
    Ok(page::render(&Directory {
        c: Chrome::new(&ctx, tr.t("orgs-title")),
        q: q.q.clone(),
        selects,
        orgs: slice.items.iter().cloned().map(|o| OrgView::new(o, &tr)).collect(),
        total,
        pager,
        signed_in: ctx.user.is_some(),
        filtered: [&q.q, &q.country, &q.kind, &q.sector, &q.cpv, &q.nuts, &q.size, &q.eic, &q.sort]
            .iter()
            .any(|v| !v.trim().is_empty()),
    }))
}

fn org_form(tr: &Tr, csrf: &str, action: String, submit: String, input: &OrganisationInput) -> Form {
    let mut sizes: Vec<(String, String)> =
        SIZE_CLASSES.iter().map(|s| (s.code.clone(), s.label(tr.lang).to_owned())).collect();
    sizes.insert(0, (String::new(), tr.t("choose-none")));
    let mut kinds = choices_kind(tr);
    kinds.insert(0, (String::new(), tr.t("choose-one")));
    let mut countries = choices_country(tr);
    countries.insert(0, (String::new(), tr.t("choose-one")));
    let fields = vec![
        Field::new("text", "name", tr.t("label-org-name")).value(&input.name).required().autocomplete("organization"),
        Field::new("select", "kind", tr.t("label-kind")).options(kinds, std::slice::from_ref(&input.kind)).required(),
        Field::new("select", "size_class", tr.t("label-size-class"))
            .options(sizes, std::slice::from_ref(&input.size_class))
            .hint(tr.t("hint-size-class")),
        Field::new("select", "country", tr.t("label-country"))
            .options(countries, std::slice::from_ref(&input.country))
            .required(),
        nuts_field(tr, input),
        Field::new("checkboxes", "sectors", tr.t("label-sectors"))
            .options(choices_sector(tr), &input.sectors)
            .hint(tr.t("hint-sectors")),
        Field::new("checkboxes", "cpv", tr.t("label-cpv")).tree(choices_cpv(tr), &input.cpv).hint(tr.t("hint-cpv")),
        Field::new("checkboxes", "eic_supported", tr.t("label-eic")).options(
            vec![("1".into(), tr.t("label-eic-yes"))],
            &if input.eic_supported { vec!["1".to_owned()] } else { vec![] },
        ),
        // Text, not `url`: browsers would refuse "stad.gent", which the hub reads as https://stad.gent.
        Field::new("text", "website", tr.t("label-website"))
            .value(&input.website)
            .autocomplete("url")
            .hint(tr.t("hint-website")),
        Field::new("textarea", "description", tr.t("label-description")).value(&input.description),
    ];
    Form::new(action, submit, csrf, fields)
}

/// The region: once the country is known (editing, or a form sent back), a list of that
/// country's NUTS regions by name; before, a code field (the list would hold all of Europe).
fn nuts_field(tr: &Tr, input: &OrganisationInput) -> Field {
    match geo::Country::parse("country", &input.country) {
        Ok(country) => {
            let mut regions: Vec<(String, String)> = geo::nuts_regions_of(country)
                .iter()
                .map(|r| {
                    (
                        r.code.clone(),
                        format!(
                            "{}{} ({})",
                            "\u{a0}\u{a0}".repeat(usize::from(r.level.saturating_sub(1))),
                            r.name,
                            r.code
                        ),
                    )
                })
                .collect();
            regions.insert(0, (String::new(), tr.t("choose-none")));
            Field::new("select", "nuts", tr.t("label-nuts"))
                .options(regions, std::slice::from_ref(&input.nuts.trim().to_ascii_uppercase()))
                .hint(tr.t("hint-nuts-list"))
        }
        Err(_) => Field::new("text", "nuts", tr.t("label-nuts")).value(&input.nuts).hint(tr.t("hint-nuts")),
    }
}

fn input_from(f: &Fields) -> OrganisationInput {
    OrganisationInput {
        name: f.get("name"),
        kind: f.get("kind"),
        size_class: f.get("size_class"),
        country: f.get("country"),
        nuts: f.get("nuts"),
        sectors: f.all("sectors"),
        website: f.get("website"),
        description: f.get("description"),
        cpv: f.all("cpv"),
        eic_supported: f.get("eic_supported") == "1",
    }
}

fn new_page(ctx: &Ctx, input: &OrganisationInput, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let mut form = org_form(&tr, &ctx.csrf, "/organisations".into(), tr.t("org-create-submit"), input);
    if let Some(e) = errs {
        // Warned of a namesake: the person can say it is another organisation.
        if e.0.iter().any(|e| e.code == "duplicate-name") {
            let confirm = Field::new("checkboxes", "confirm_duplicate", tr.t("label-duplicate"))
                .options(vec![("yes".into(), tr.t("label-confirm-duplicate"))], &[]);
            form.fields.insert(1, confirm);
        }
        form = form.with_errors(e, &tr);
    }
    FormPage { c: Chrome::new(ctx, tr.t("org-new-title")), intro: vec![tr.t("org-new-intro")], form, links: vec![] }
        .respond()
}

pub async fn new_form(AuthUser(_, ctx): AuthUser) -> Response {
    new_page(&ctx, &OrganisationInput::default(), None)
}

pub async fn create(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &user, &input, f.get("confirm_duplicate") == "yes").await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/organisations/{}", id.0), "org-created")),
        Err(AppError::Unprocessable(e)) => Ok(new_page(&ctx, &input, Some(&e))),
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "organisations/show.html")]
struct Show {
    c: Chrome,
    o: OrgView,
    standing: Standing,
    members: Vec<(String, String)>,
    signed_in: bool,
    can_join: bool,
    requested: bool,
    /// For its editors while it waits: what the task force asked.
    asked: Option<String>,
    follow: Option<crate::follows::Button>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (org, standing) = service::visible(&state, &ctx, OrganisationId(id)).await?;
    let members = if standing.is_admin || standing.membership == Some(MembershipStatus::Active) {
        state
            .db
            .members(org.id)
            .await?
            .into_iter()
            .filter(|m| m.status == MembershipStatus::Active)
            .map(|m| (m.name, tr.t(&format!("role-{}", m.role.as_str()))))
            .collect()
    } else {
        Vec::new()
    };
    let asked = if org.status == ReviewStatus::Pending && standing.can_edit_profile() {
        state.db.last_information_request(org.id).await?.map(|(at, _, message)| {
            tr.args("org-information-asked", &[("date", tr.datetime(at).into()), ("message", message.into())])
        })
    } else {
        None
    };
    let follow = if org.status == ReviewStatus::Approved {
        crate::follows::button(&state, &ctx, domain::follows::Target::Organisation(id), &org.name).await?
    } else {
        None
    };
    Ok(page::render(&Show {
        asked,
        follow,
        c: Chrome::new(&ctx, org.name.clone()),
        can_join: ctx.user.is_some() && standing.can_request_to_join(org.status),
        requested: standing.membership == Some(MembershipStatus::Requested),
        o: OrgView::new(org, &tr),
        standing,
        members,
        signed_in: ctx.user.is_some(),
    }))
}

fn edit_page(ctx: &Ctx, id: i64, input: &OrganisationInput, errs: Option<&FieldErrors>) -> Response {
    let tr = ctx.tr();
    let mut form = org_form(&tr, &ctx.csrf, format!("/organisations/{id}/edit"), tr.t("save"), input);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    FormPage {
        c: Chrome::new(ctx, tr.t("org-edit-title")),
        intro: vec![],
        form,
        links: vec![(format!("/organisations/{id}"), tr.t("back-to-organisation"))],
    }
    .respond()
}

pub async fn edit_form(
    State(state): State<AppState>,
    AuthUser(_, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (org, s) = service::visible(&state, &ctx, OrganisationId(id)).await?;
    if !s.can_edit_profile() {
        return Err(AppError::Forbidden);
    }
    let input = OrganisationInput {
        name: org.name,
        kind: org.kind.as_str().into(),
        size_class: org.size_class.unwrap_or_default(),
        country: org.country,
        nuts: org.nuts.unwrap_or_default(),
        sectors: org.sectors,
        website: org.website.unwrap_or_default(),
        description: org.description,
        cpv: org.cpv,
        eic_supported: org.eic_supported,
    };
    Ok(edit_page(&ctx, id, &input, None))
}

pub async fn edit(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::update(&state, &ctx, &user, OrganisationId(id), &input).await {
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/organisations/{id}"), "saved")),
        Err(AppError::Unprocessable(e)) => Ok(edit_page(&ctx, id, &input, Some(&e))),
        Err(e) => Err(e),
    }
}

pub async fn join(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    service::request_join(&state, &ctx, &user, OrganisationId(id), &f.get("message")).await?;
    Ok(page::redirect_flash(&state, &format!("/organisations/{id}"), "join-requested"))
}

/// Withdraws one's own request to join.
pub async fn withdraw_join(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::withdraw_join(&state, &ctx, &user, OrganisationId(id)).await?;
    Ok(page::redirect_flash(&state, &format!("/organisations/{id}"), "join-withdrawn"))
}

pub struct MemberRow {
    pub m: Member,
    pub role_label: String,
    pub roles: Vec<crate::forms::Opt>,
    pub pending: bool,
    pub is_self: bool,
}

#[derive(Template)]
#[template(path = "organisations/members.html")]
struct Members {
    c: Chrome,
    org: Organisation,
    rows: Vec<MemberRow>,
    can_manage: bool,
    /// For owners: the form that invites someone, and the invitations not accepted yet.
    invite: Option<Form>,
    invitations: Vec<InvitationRow>,
}

pub struct InvitationRow {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub role_code: &'static str,
    pub message: String,
    pub invited: String,
    pub expires: String,
    pub expired: bool,
}

pub async fn members(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    members_page(&state, &user, &ctx, OrganisationId(id), None).await
}

/// The form that invites a colleague, with what was typed and its errors.
fn invite_form(ctx: &Ctx, id: OrganisationId, f: Option<(&Fields, &FieldErrors)>) -> Form {
    let tr = ctx.tr();
    let typed = |n: &str| f.map(|(f, _)| f.get(n)).unwrap_or_default();
    let role = Some(typed("role")).filter(|r| !r.is_empty()).unwrap_or_else(|| "member".into());
    let roles = OrgRole::ALL.iter().map(|r| (r.as_str().to_owned(), tr.t(&format!("role-{}", r.as_str()))));
    let fields = vec![
        Field::new("email", "email", tr.t("label-invite-email")).value(typed("email")).required(),
        Field::new("select", "role", tr.t("label-role")).options(roles, &[role]).hint(tr.t("hint-invite-role")),
        Field::new("textarea", "message", tr.t("label-invite-message"))
            .value(typed("message"))
            .hint(tr.t("hint-invite-message")),
    ];
    let form = Form::new(format!("/organisations/{}/invitations", id.0), tr.t("invite-submit"), &ctx.csrf, fields);
    match f {
        Some((_, e)) => form.with_errors(e, &tr),
        None => form,
    }
}

async fn members_page(
    state: &AppState,
    user: &store::accounts::User,
    ctx: &Ctx,
    id: OrganisationId,
    typed: Option<(&Fields, &FieldErrors)>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (org, s, list) = service::members(state, ctx, id).await?;
    let now = store::now();
    let (invite, invitations) = if s.can_manage_members() {
        let rows = state
            .db
            .invitations(id)
            .await?
            .into_iter()
            .map(|i| InvitationRow {
                id: i.id,
                role: tr.t(&format!("role-{}", i.role.as_str())),
                role_code: i.role.as_str(),
                message: i.message.clone(),
                invited: tr.args(
                    "invitation-sent-by",
                    &[("person", i.inviter_name.clone().into()), ("date", tr.date(i.created_at).into())],
                ),
                expires: tr.date(i.expires_at),
                expired: !i.is_open(now),
                email: i.email,
            })
            .collect();
        (Some(invite_form(ctx, id, typed)), rows)
    } else {
        (None, vec![])
    };
    let rows = list
        .into_iter()
        .map(|m| {
            let roles = OrgRole::ALL
                .iter()
                .map(|r| crate::forms::Opt {
                    value: r.as_str().into(),
                    label: tr.t(&format!("role-{}", r.as_str())),
                    selected: *r == m.role,
                })
                .collect();
            MemberRow {
                // Someone who only asked to join has no role yet.
                role_label: if m.status == MembershipStatus::Requested {
                    tr.t("membership-requested")
                } else {
                    tr.t(&format!("role-{}", m.role.as_str()))
                },
                pending: m.status == MembershipStatus::Requested,
                is_self: m.user_id == user.id,
                roles,
                m,
            }
        })
        .collect();
    Ok(page::render(&Members {
        c: Chrome::new(ctx, tr.ta("members-title", "organisation", &org.name)),
        org,
        rows,
        can_manage: s.can_manage_members(),
        invite,
        invitations,
    }))
}

/// Invites someone by e-mail; a bad address or role is shown next to its field.
pub async fn invite(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let id = OrganisationId(id);
    let typed = (f.get("email"), f.get("role"), f.get("message"));
    match super::invitations::invite(&state, &ctx, &user, id, (&typed.0, &typed.1, &typed.2)).await {
        Ok(_) => Ok(page::redirect_flash(&state, &format!("/organisations/{}/members", id.0), "invitation-sent")),
        Err(AppError::Unprocessable(e)) => {
            let mut r = members_page(&state, &user, &ctx, id, Some((&f, &e))).await?;
            *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
        Err(e) => Err(e),
    }
}

pub async fn cancel_invitation(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, invitation)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    super::invitations::cancel(&state, &ctx, &user, OrganisationId(id), invitation).await?;
    Ok(page::redirect_flash(&state, &format!("/organisations/{id}/members"), "invitation-cancelled"))
}

pub async fn set_role(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, member)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    service::set_role(&state, &ctx, &user, OrganisationId(id), UserId(member), &f.get("role")).await?;
    Ok(page::redirect_flash(&state, &format!("/organisations/{id}/members"), "saved"))
}

/// Asks before removing a member, declining a request, or leaving.
pub async fn remove_confirm(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, member)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (org, standing) = service::visible(&state, &ctx, OrganisationId(id)).await?;
    let leaving = member == user.id.0;
    if !leaving && !standing.can_manage_members() {
        return Err(AppError::Forbidden);
    }
    let target = state.db.standing(org.id, Some((UserId(member), false))).await?;
    let person = state.db.user(UserId(member)).await.map_err(|_| AppError::NotFound)?;
    if target.membership.is_none() {
        return Err(AppError::NotFound);
    }
    let args = |n: &str| -> Vec<(&'static str, fluent_templates::fluent_bundle::FluentValue<'static>)> {
        vec![("name", n.to_owned().into()), ("organisation", org.name.clone().into())]
    };
    let kind = match (leaving, target.membership == Some(MembershipStatus::Requested)) {
        (true, _) => "leave",
        (false, true) => "decline",
        (false, false) => "remove",
    };
    let title = tr.args(&format!("confirm-{kind}-title"), &args(&person.name));
    let body = tr.args(&format!("confirm-{kind}-body"), &args(&person.name));
    let submit = tr.t(match kind {
        "leave" => "members-leave",
        "decline" => "members-decline",
        _ => "members-remove",
    });
    Ok(page::render(&page::ConfirmPage {
        c: Chrome::new(&ctx, title),
        paragraphs: vec![body],
        action: format!("/organisations/{id}/members/{member}/remove"),
        submit,
        back: format!("/organisations/{id}/members"),
        hidden: vec![],
        note_label: None,
        note_hint: None,
        checkbox: None,
    }))
}

pub async fn remove(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, member)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::remove(&state, &ctx, &user, OrganisationId(id), UserId(member)).await?;
    let to = if member == user.id.0 { "/account".to_owned() } else { format!("/organisations/{id}/members") };
    Ok(page::redirect_flash(&state, &to, "member-removed"))
}

/// Asks before deleting an organisation (withdrawing it while it is pending).
pub async fn delete_confirm(
    State(state): State<AppState>,
    AuthUser(_, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (org, standing) = service::visible(&state, &ctx, OrganisationId(id)).await?;
    if !standing.can_manage_members() {
        return Err(AppError::Forbidden);
    }
    let kind = if org.status == ReviewStatus::Pending { "withdraw" } else { "delete" };
    Ok(page::render(&page::ConfirmPage {
        c: Chrome::new(&ctx, tr.ta(&format!("confirm-org-{kind}-title"), "organisation", &org.name)),
        paragraphs: vec![tr.ta(&format!("confirm-org-{kind}-body"), "organisation", &org.name)],
        action: format!("/organisations/{id}/delete"),
        submit: tr.t(&format!("org-{kind}")),
        back: format!("/organisations/{id}"),
        hidden: vec![],
        note_label: None,
        note_hint: None,
        checkbox: None,
    }))
}

pub async fn delete(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::delete(&state, &ctx, &user, OrganisationId(id)).await?;
    Ok(page::redirect_flash(&state, "/account", "org-deleted"))
}
