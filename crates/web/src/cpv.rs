//! CPV help (issue 10): a picker over the 9,454 codes of the CPV 2008 main vocabulary by
//! label (in the reader's language) or code, each code's place in the hierarchy, and
//! suggestions from a text with the words that gave them. Pages work without JavaScript;
//! the API serves the same for scripts and forms that enhance themselves.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::forms::Fields;
use crate::i18n::Tr;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::cpv::{self, Code, Lang};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cpv", get(picker))
        .route("/cpv/suggest", post(suggest_page))
        .route("/cpv/{code}", get(code_page))
}

pub fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/cpv", get(api_search))
        .route("/cpv/suggest", post(api_suggest))
        .route("/cpv/{code}", get(api_code))
}

/// The most codes a search lists.
const LIMIT: usize = 50;
/// The longest text read for suggestions.
pub const MAX_TEXT: usize = 50_000;

fn lang(tr: &Tr) -> Lang {
    Lang::from_tag(tr.lang.tag()).unwrap_or(Lang::english())
}

/// A code as a page lists it.
pub struct CodeView {
    pub code: String,
    pub label: String,
    pub level: String,
}

fn view(c: &Code, tr: &Tr) -> CodeView {
    CodeView {
        code: c.code.clone(),
        label: c.label(lang(tr)).to_owned(),
        level: tr.t(&format!("cpv-level-{}", c.level().as_str())),
    }
}

#[derive(Deserialize, Default)]
pub struct PickerQuery {
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "cpv/picker.html")]
struct Picker {
    c: Chrome,
    q: String,
    found: Vec<CodeView>,
    divisions: Vec<CodeView>,
    searched: bool,
    found_label: String,
    text: String,
    text_language: String,
    suggestions: Vec<(CodeView, String, String)>,
    error: Option<String>,
}

fn picker_page(ctx: &Ctx, q: &str, text: &str, error: Option<String>) -> Response {
    let tr = ctx.tr();
    let q = q.chars().take(200).collect::<String>();
    let found: Vec<CodeView> = cpv::search(&q, lang(&tr), LIMIT).into_iter().map(|c| view(c, &tr)).collect();
    let divisions = if q.trim().is_empty() {
        cpv::all().iter().filter(|c| c.level() == cpv::Level::Division).map(|c| view(c, &tr)).collect()
    } else {
        Vec::new()
    };
    let (text_language, suggestions) = if text.trim().is_empty() || error.is_some() {
        (String::new(), Vec::new())
    } else {
        let (l, s) = cpv::suggest(text, Some(lang(&tr)), 15);
        let name = domain::people::language(l.eforms()).map(|x| x.label(tr.lang).to_owned()).unwrap_or_default();
        let top = s.first().map(|x| x.score).unwrap_or(1.0);
        let rows = s
            .iter()
            .map(|x| {
                (
                    view(x.code, &tr),
                    tr.ta("cpv-suggest-because", "name", &x.words.join(", ")),
                    format!("{:.0} %", 100.0 * x.score / top),
                )
            })
            .collect();
        (name, rows)
    };
    page::render_form(
        &Picker {
            c: Chrome::new(ctx, tr.t("cpv-title")),
            searched: !q.trim().is_empty(),
            found_label: tr.tnum("cpv-found", found.len() as i64),
            q,
            found,
            divisions,
            text: text.to_owned(),
            text_language,
            suggestions,
            error: error.clone(),
        },
        error.is_some(),
    )
}

pub async fn picker(ctx: Ctx, Query(q): Query<PickerQuery>) -> Response {
    picker_page(&ctx, &q.q, "", None)
}

pub async fn suggest_page(ctx: Ctx, f: Fields) -> Response {
    let text = f.get("text");
    let error = if text.trim().is_empty() {
        Some(ctx.tr().t("error-required"))
    } else if text.chars().count() > MAX_TEXT {
        Some(ctx.tr().args("error-too-long", &[("limit", (MAX_TEXT as i64).into())]))
    } else {
        None
    };
    picker_page(&ctx, "", &text, error)
}

#[derive(Template)]
#[template(path = "cpv/code.html")]
struct CodePage {
    c: Chrome,
    code: CodeView,
    ancestors: Vec<CodeView>,
    children: Vec<CodeView>,
    /// (language, label) in the 24 EU languages.
    labels: Vec<(String, String)>,
}

pub async fn code_page(ctx: Ctx, Path(code): Path<String>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let c = cpv::lookup(&code).ok_or(AppError::NotFound)?;
    let labels = cpv::LANGUAGES
        .iter()
        .zip(c.labels())
        .map(|((_, eforms, _), label)| {
            let name = domain::people::language(eforms).map(|x| x.label(tr.lang).to_owned()).unwrap_or_default();
            (name, label.clone())
        })
        .collect();
    Ok(page::render(&CodePage {
        c: Chrome::new(&ctx, format!("{} {}", c.code, c.label(lang(&tr)))),
        code: view(c, &tr),
        ancestors: c.ancestors().into_iter().map(|a| view(a, &tr)).collect(),
        children: c.children().into_iter().map(|a| view(a, &tr)).collect(),
        labels,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct CpvOut {
    /// With its check digit.
    pub code: String,
    /// In the language asked for (or the caller's).
    pub label: String,
    /// `division`, `group`, `class`, `category` or `subcategory`.
    pub level: String,
    /// The code just above, if any.
    pub parent: Option<String>,
}

fn out(c: &Code, l: Lang) -> CpvOut {
    CpvOut {
        code: c.code.clone(),
        label: c.label(l).to_owned(),
        level: c.level().as_str().into(),
        parent: c.ancestors().last().map(|p| p.code.clone()),
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words of the label (each the start of a word) or the first digits of a code.
    #[serde(default)]
    q: String,
    /// The labels' language: one of the 24 (`de`, `FRA`…); the caller's by default.
    #[serde(default)]
    lang: Option<String>,
}

fn lang_param(ctx: &Ctx, raw: Option<&str>) -> Result<Lang, AppError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(lang(&ctx.tr())),
        Some(l) => Lang::from_tag(l).ok_or_else(|| AppError::invalid("lang", "invalid-choice")),
    }
}

/// Codes whose label or code matches, at most 50: higher levels and shorter labels first.
#[utoipa::path(get, path = "/api/v1/cpv", tag = "challenges", params(SearchParams),
    responses((status = 200, body = Vec<CpvOut>), (status = 422)))]
pub async fn api_search(ctx: Ctx, Query(p): Query<SearchParams>) -> Result<Json<Vec<CpvOut>>, AppError> {
    let l = lang_param(&ctx, p.lang.as_deref())?;
    if p.q.trim().is_empty() {
        return Err(AppError::invalid("q", "required"));
    }
    let q: String = p.q.chars().take(200).collect();
    Ok(Json(cpv::search(&q, l, LIMIT).into_iter().map(|c| out(c, l)).collect()))
}

#[derive(Serialize, ToSchema)]
pub struct CpvDetail {
    pub code: String,
    pub label: String,
    pub level: String,
    /// From the division down to the parent.
    pub ancestors: Vec<CpvOut>,
    pub children: Vec<CpvOut>,
    /// The label in each of the 24 EU languages, by ISO 639-1 code.
    pub labels: std::collections::BTreeMap<String, String>,
}

/// A code with its hierarchy; with or without its check digit (a wrong one is a 422).
#[utoipa::path(get, path = "/api/v1/cpv/{code}", tag = "challenges",
    params(("code" = String, Path), ("lang" = Option<String>, Query)),
    responses((status = 200, body = CpvDetail), (status = 422)))]
pub async fn api_code(
    ctx: Ctx,
    Path(code): Path<String>,
    Query(p): Query<SearchParams>,
) -> Result<Json<CpvDetail>, AppError> {
    let l = lang_param(&ctx, p.lang.as_deref())?;
    let c = cpv::lookup(&code).ok_or_else(|| AppError::invalid("code", "invalid-cpv"))?;
    Ok(Json(CpvDetail {
        code: c.code.clone(),
        label: c.label(l).to_owned(),
        level: c.level().as_str().into(),
        ancestors: c.ancestors().into_iter().map(|a| out(a, l)).collect(),
        children: c.children().into_iter().map(|a| out(a, l)).collect(),
        labels: cpv::LANGUAGES.iter().zip(c.labels()).map(|((t, _, _), x)| (t.to_string(), x.clone())).collect(),
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct SuggestBody {
    /// The challenge's or solution's text, in any of the 24 languages (up to 50,000 characters).
    #[serde(default)]
    #[schema(required = true)]
    pub text: String,
    /// A hint of the text's language; the text decides.
    #[serde(default)]
    pub language: Option<String>,
    /// How many (1 to 50, 10 by default).
    #[serde(default)]
    pub limit: Option<usize>,
}

#[derive(Serialize, ToSchema)]
pub struct SuggestionOut {
    pub code: String,
    /// In the text's language.
    pub label: String,
    pub level: String,
    pub score: f32,
    /// The words of the text that the label holds.
    pub words: Vec<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SuggestOut {
    /// The language the text was read in (eForms code).
    pub language: String,
    pub suggestions: Vec<SuggestionOut>,
}

/// CPV codes a text speaks of, best first, each with the words that gave it.
#[utoipa::path(post, path = "/api/v1/cpv/suggest", tag = "challenges", request_body = SuggestBody,
    responses((status = 200, body = SuggestOut), (status = 422)))]
pub async fn api_suggest(Json(b): Json<SuggestBody>) -> Result<Json<SuggestOut>, AppError> {
    if b.text.trim().is_empty() {
        return Err(AppError::invalid("text", "required"));
    }
    if b.text.chars().count() > MAX_TEXT {
        return Err(domain::FieldErrors::from(domain::FieldError::with_limit("text", "too-long", MAX_TEXT)).into());
    }
    let hint = match b.language.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(l) => Some(Lang::from_tag(l).ok_or_else(|| AppError::invalid("language", "invalid-choice"))?),
    };
    let (l, found) = cpv::suggest(&b.text, hint, b.limit.unwrap_or(10).clamp(1, 50));
    Ok(Json(SuggestOut {
        language: l.eforms().into(),
        suggestions: found
            .into_iter()
            .map(|s| SuggestionOut {
                code: s.code.code.clone(),
                label: s.code.label(l).to_owned(),
                level: s.code.level().as_str().into(),
                score: s.score,
                words: s.words,
            })
            .collect(),
    }))
}
