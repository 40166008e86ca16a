//! People pages: the directory, a person's public profile, and one's own profile form.

use super::service;
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::initiatives::pages::topic_choices;
use crate::organisations::pages::{Select, choices_country};
use crate::page::{self, Chrome, FormPage};
use crate::pager::{Pager, SeekParams};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::people::{Profile, ProfileInput};
use domain::{FieldErrors, UserId};
use serde::Deserialize;
use store::people::PublicPerson;

const PER_PAGE: usize = 20;

/// A public person with codes turned into words.
pub struct PersonView {
    pub p: PublicPerson,
    pub country: Option<String>,
    pub languages: Vec<String>,
    pub topics: Vec<String>,
}

impl PersonView {
    fn new(p: PublicPerson, tr: &Tr) -> Self {
        Self {
            country: p.country.as_deref().map(|c| tr.country(c)),
            languages: p
                .languages
                .iter()
                .filter_map(|l| domain::people::language(l))
                .map(|l| l.label(tr.lang).to_owned())
                .collect(),
            topics: p.topics.iter().map(|t| tr.t(&format!("topic-{t}"))).collect(),
            p,
        }
    }
}

#[derive(Deserialize, Default)]
pub struct DirectoryQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub sort: String,
    #[serde(flatten)]
    pub seek: SeekParams,
}

#[derive(Template)]
#[template(path = "people/directory.html")]
struct Directory {
    c: Chrome,
    q: String,
    selects: Vec<Select>,
    people: Vec<PersonView>,
    total: i64,
    pager: Pager,
    filtered: bool,
    signed_in: bool,
}

pub(crate) fn languages(tr: &Tr) -> Vec<(String, String)> {
    domain::people::languages_sorted(tr.lang).into_iter().map(|(c, l)| (c.to_owned(), l.to_owned())).collect()
}

pub async fn directory(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<DirectoryQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let filter = service::filter(&q.q, &q.country, &q.language, &q.topic, &q.sort)?;
    let seek = q.seek.seek()?;
    let slice = state.db.people(&filter, &seek, PER_PAGE).await?;
    let params = [
        ("q", q.q.as_str()),
        ("country", &q.country),
        ("language", &q.language),
        ("topic", &q.topic),
        ("sort", &q.sort),
    ];
    let sorts = vec![("recent".to_owned(), tr.t("sort-recent"))];
    Ok(page::render(&Directory {
        c: Chrome::new(&ctx, tr.t("people-title")),
        selects: vec![
            Select::filter(&tr, "country", "label-country", choices_country(&tr), &q.country),
            Select::filter(&tr, "language", "label-language", languages(&tr), &q.language),
            Select::filter(&tr, "topic", "label-expertise", topic_choices(&tr), &q.topic),
            Select::sort(&tr, "sort-name", sorts, &q.sort),
        ],
        total: state.db.count_people(&filter).await?,
        pager: Pager::new("/people", &params, &slice),
        people: slice.items.iter().cloned().map(|p| PersonView::new(p, &tr)).collect(),
        filtered: [&q.q, &q.country, &q.language, &q.topic].iter().any(|v| !v.trim().is_empty()),
        q: q.q,
        signed_in: ctx.user.is_some(),
    }))
}

#[derive(Template)]
#[template(path = "people/show.html")]
struct Show {
    c: Chrome,
    v: PersonView,
    own: bool,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let p = state.db.public_person(UserId(id)).await?.ok_or(AppError::NotFound)?;
    let own = ctx.user.as_ref().is_some_and(|u| u.id.0 == id);
    Ok(page::render(&Show { c: Chrome::new(&ctx, p.name.clone()), v: PersonView::new(p, &tr), own }))
}

fn show_box(tr: &Tr, name: &'static str, on: bool) -> Field {
    let value = if on { vec!["1".to_owned()] } else { vec![] };
    Field::new("checkboxes", name, tr.t("profile-visibility")).options(vec![("1".into(), tr.t("profile-show"))], &value)
}

fn profile_fields(tr: &Tr, csrf: &str, p: &ProfileInput, orgs: &[(i64, String)]) -> Form {
    let on = |b: bool| if b { vec!["1".to_owned()] } else { vec![] };
    let mut org_opts: Vec<(String, String)> = orgs.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
    org_opts.insert(0, (String::new(), tr.t("choose-none")));
    let mut country_opts = choices_country(tr);
    country_opts.insert(0, (String::new(), tr.t("choose-none")));
    let fields = vec![
        Field::new("checkboxes", "public", tr.t("profile-public"))
            .options(vec![("1".into(), tr.t("profile-public-yes"))], &on(p.public))
            .hint(tr.t("hint-profile-public")),
        Field::new("select", "organisation", tr.t("label-organisation"))
            .options(org_opts, std::slice::from_ref(&p.organisation)),
        show_box(tr, "show_organisation", p.show_organisation),
        Field::new("text", "role", tr.t("label-role-title")).value(&p.role).autocomplete("organization-title"),
        show_box(tr, "show_role", p.show_role),
        Field::new("select", "country", tr.t("label-country")).options(country_opts, std::slice::from_ref(&p.country)),
        show_box(tr, "show_country", p.show_country),
        Field::new("checkboxes", "languages", tr.t("label-languages")).options(languages(tr), &p.languages),
        show_box(tr, "show_languages", p.show_languages),
        Field::new("checkboxes", "topics", tr.t("label-expertise")).options(topic_choices(tr), &p.topics),
        show_box(tr, "show_topics", p.show_topics),
        Field::new("textarea", "bio", tr.t("label-bio")).value(&p.bio).hint(tr.t("hint-bio")),
        show_box(tr, "show_bio", p.show_bio),
    ];
    Form::new("/account/profile", tr.t("save"), csrf, fields)
}

fn input_of(p: &Profile) -> ProfileInput {
    ProfileInput {
        public: p.public,
        organisation: p.organisation.map(|o| o.to_string()).unwrap_or_default(),
        show_organisation: p.show_organisation,
        role: p.role.clone().unwrap_or_default(),
        show_role: p.show_role,
        country: p.country.clone().unwrap_or_default(),
        show_country: p.show_country,
        languages: p.languages.clone(),
        show_languages: p.show_languages,
        topics: p.topics.clone(),
        show_topics: p.show_topics,
        bio: p.bio.clone().unwrap_or_default(),
        show_bio: p.show_bio,
    }
}

fn input_from(f: &Fields) -> ProfileInput {
    let on = |n: &str| f.get(n) == "1";
    ProfileInput {
        public: on("public"),
        organisation: f.get("organisation"),
        show_organisation: on("show_organisation"),
        role: f.get("role"),
        show_role: on("show_role"),
        country: f.get("country"),
        show_country: on("show_country"),
        languages: f.all("languages"),
        show_languages: on("show_languages"),
        topics: f.all("topics"),
        show_topics: on("show_topics"),
        bio: f.get("bio"),
        show_bio: on("show_bio"),
    }
}

fn profile_page(
    ctx: &Ctx,
    input: &ProfileInput,
    orgs: &[(i64, String)],
    errs: Option<&FieldErrors>,
    user: UserId,
) -> Response {
    let tr = ctx.tr();
    let mut form = profile_fields(&tr, &ctx.csrf, input, orgs);
    if let Some(e) = errs {
        form = form.with_errors(e, &tr);
    }
    let mut links = vec![
        ("/account/photo".to_owned(), tr.t("profile-change-photo")),
        ("/account".to_owned(), tr.t("back-to-account")),
    ];
    if input.public {
        links.insert(0, (format!("/people/{}", user.0), tr.t("profile-see-public")));
    }
    let mut r =
        FormPage { c: Chrome::new(ctx, tr.t("profile-title")), intro: vec![tr.t("profile-intro")], form, links }
            .respond();
    if errs.is_some() {
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    r
}

pub async fn profile_form(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    let orgs = service::own_organisations(&state, &user).await?;
    let p = state.db.own_profile(user.id).await?.unwrap_or_default();
    Ok(profile_page(&ctx, &input_of(&p), &orgs, None, user.id))
}

pub async fn save_profile(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::save(&state, &user, &input).await {
        Ok(_) => Ok(page::redirect_flash(&state, "/account/profile", "saved")),
        Err(AppError::Unprocessable(e)) => {
            let orgs = service::own_organisations(&state, &user).await?;
            Ok(profile_page(&ctx, &input, &orgs, Some(&e), user.id))
        }
        Err(e) => Err(e),
    }
}

async fn photo_spec(
    state: &AppState,
    user: &store::accounts::User,
    ctx: &Ctx,
) -> Result<crate::media::ImageSpec, AppError> {
    let tr = ctx.tr();
    Ok(crate::media::ImageSpec {
        title: tr.t("photo-title"),
        intro: tr.t("photo-intro"),
        alt: tr.ta("photo-of", "name", &user.name),
        current: state.db.own_photo(user.id).await?,
        action: "/account/photo".into(),
        field: "photo",
        field_label: tr.t("label-photo"),
        remove_label: tr.t("photo-remove"),
        back: "/account/profile".into(),
    })
}

pub async fn photo_form(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    Ok(photo_spec(&state, &user, &ctx).await?.render(&ctx, None))
}

pub async fn set_photo(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    files: crate::media::Files,
) -> Result<Response, AppError> {
    match service::set_photo(&state, &user, Some(&files.get("photo"))).await {
        Ok(()) => Ok(page::redirect_flash(&state, "/account/profile", "saved")),
        Err(AppError::Unprocessable(e)) => Ok(photo_spec(&state, &user, &ctx).await?.render(&ctx, Some(&e))),
        Err(e) => Err(e),
    }
}

pub async fn remove_photo(State(state): State<AppState>, AuthUser(user, _): AuthUser) -> Result<Response, AppError> {
    service::set_photo(&state, &user, None).await?;
    Ok(page::redirect_flash(&state, "/account/profile", "saved"))
}
