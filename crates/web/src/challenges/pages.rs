//! Challenge pages: the list of open challenges with filters, a challenge's page with its
//! public log and the buyers who share the need, and the buyer's form.

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
use domain::challenges::{ChallengeInput, ChallengeState, ROUTES};
use serde::Deserialize;
use store::accounts::User;
use store::challenges::{Challenge, ChallengeFilter};

const PAGE: i64 = 20;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    pub sector: String,
    /// A CPV division, two digits.
    #[serde(default)]
    pub division: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub page: String,
}

impl ListQuery {
    pub fn filter(&self) -> Result<ChallengeFilter, FieldErrors> {
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
        let state = match some(&self.state) {
            None => None,
            Some(s) => match ChallengeState::parse(&s).filter(|s| s.is_public()) {
                Some(s) => Some(s),
                None => {
                    errs.push(domain::FieldError::new("state", "invalid-choice"));
                    None
                }
            },
        };
        errs.into_result()?;
        Ok(ChallengeFilter { sector, division, country, state, organisation: None })
    }
}

/// A challenge with its codes in words.
pub struct View {
    pub c: Challenge,
    pub state: String,
    pub sectors: Vec<String>,
    pub country: String,
    /// "200,000 – 500,000 EUR", or nothing said.
    pub budget: Option<String>,
    pub trl: String,
}

impl View {
    pub fn new(c: Challenge, tr: &Tr) -> Self {
        let d = &c.draft;
        let budget = match (d.budget_min, d.budget_max) {
            (None, None) => None,
            (Some(a), None) => Some(format!("≥ {} {}", tr.number(a), d.currency)),
            (None, Some(b)) => Some(format!("≤ {} {}", tr.number(b), d.currency)),
            (Some(a), Some(b)) => Some(format!("{} – {} {}", tr.number(a), tr.number(b), d.currency)),
        };
        Self {
            state: tr.t(&format!("challenge-state-{}", c.state.as_str())),
            sectors: d
                .sectors
                .iter()
                .filter_map(|s| domain::organisations::sector(s))
                .map(|s| s.label(tr.lang).to_owned())
                .collect(),
            country: tr.country(&d.country),
            budget,
            trl: format!("{}–{}", d.trl_min, d.trl_max),
            c,
        }
    }
}

#[derive(Template)]
#[template(path = "challenges/list.html")]
struct List {
    c: Chrome,
    selects: Vec<Select>,
    items: Vec<View>,
    found: String,
    prev: Option<String>,
    next: Option<String>,
    can_add: bool,
    /// The Atom feed of the open challenges with these filters.
    feed: String,
}

fn state_choices(tr: &Tr) -> Vec<(String, String)> {
    ChallengeState::ALL
        .iter()
        .filter(|s| s.is_public())
        .map(|s| (s.as_str().to_owned(), tr.t(&format!("challenge-state-{}", s.as_str()))))
        .collect()
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let f = q.filter()?;
    let page_no = q.page.trim().parse::<i64>().unwrap_or(1).clamp(1, 500);
    let (items, total) = state.db.challenges(&f, PAGE, (page_no - 1) * PAGE).await?;
    let link = |p: i64| {
        let mut v: Vec<(&str, String)> = vec![
            ("sector", q.sector.clone()),
            ("division", q.division.clone()),
            ("country", q.country.clone()),
            ("state", q.state.clone()),
            ("page", p.to_string()),
        ];
        v.retain(|(_, x)| !x.trim().is_empty());
        format!("/challenges?{}", serde_urlencoded::to_string(&v).unwrap_or_default())
    };
    let divisions = domain::organisations::CPV
        .iter()
        .filter(|c| domain::organisations::cpv_is_division(&c.code))
        .map(|c| (c.code[..2].to_owned(), format!("{} {}", &c.code[..2], c.label(tr.lang))))
        .collect();
    let can_add = match &ctx.user {
        Some(u) => !service::buyer_organisations(&state, u).await?.is_empty(),
        None => false,
    };
    Ok(page::render(&List {
        c: Chrome::new(&ctx, tr.t("challenges-title")),
        selects: vec![
            Select::filter(&tr, "sector", "label-sector", choices_sector(&tr), &q.sector),
            Select::filter(&tr, "division", "label-cpv-division", divisions, &q.division),
            Select::filter(&tr, "country", "label-country", choices_country(&tr), &q.country),
            Select::filter(&tr, "state", "label-challenge-state", state_choices(&tr), &q.state),
        ],
        items: items.into_iter().map(|c| View::new(c, &tr)).collect(),
        found: tr.tnum("challenges-found", total),
        feed: {
            let mut v: Vec<(&str, &str)> =
                vec![("sector", q.sector.as_str()), ("division", q.division.as_str()), ("country", q.country.as_str())];
            v.retain(|(_, x)| !x.trim().is_empty());
            let query = serde_urlencoded::to_string(&v).unwrap_or_default();
            if query.is_empty() { "/challenges/feed.atom".to_owned() } else { format!("/challenges/feed.atom?{query}") }
        },
        prev: (page_no > 1).then(|| link(page_no - 1)),
        next: (page_no * PAGE < total).then(|| link(page_no + 1)),
        can_add,
    }))
}

#[derive(Template)]
#[template(path = "challenges/show.html")]
struct Show {
    c: Chrome,
    v: View,
    editor: bool,
    problem_html: String,
    context_html: String,
    outcomes_html: String,
    constraints_html: String,
    ip_html: String,
    confidentiality_html: String,
    /// CPV codes with their label in the reader's language.
    cpv: Vec<(String, String)>,
    route: Option<String>,
    languages: Vec<String>,
    nuts: Option<String>,
    /// (what, when) of the public log, oldest first.
    log: Vec<(String, String)>,
    observers: Vec<(String, String)>,
    /// The buyer organisations of the reader that may say they share the need, and
    /// whether each already does.
    may_observe: Vec<(i64, String, bool)>,
    next: Vec<(String, String)>,
    matches: Vec<crate::matcher::MatchView>,
    interests: Vec<InterestView>,
    /// The reader's supplier organisations that may still express interest.
    interest_orgs: Vec<(i64, String)>,
    /// Their published solutions: (id, "title (organisation)").
    own_solutions: Vec<(i64, String)>,
    questions: Vec<QuestionView>,
    /// The reader's supplier organisations that may ask, while questions are open.
    ask_orgs: Vec<(i64, String)>,
    /// The form that failed, with its error and what was typed.
    failed: Option<FormError>,
    /// The reader is a member of the co-creation space.
    in_space: bool,
    common_need: Option<super::needs::CommonNeed>,
    /// Attached documents: (id, name, size).
    files: Vec<(i64, String, String)>,
    /// For the buyer: CPV codes its text suggests that it does not have yet.
    suggested: Vec<(String, String, String)>,
    /// A joint challenge's buyers (the lead first), and whether across borders.
    joint_buyers: Vec<String>,
    cross_border: bool,
}

/// An expression of interest as the buyer, or its own supplier, sees it.
pub struct InterestView {
    pub id: i64,
    pub from: String,
    pub pitch: String,
    pub solution: Option<(i64, String)>,
    pub state: String,
    pub message: String,
    pub when: String,
    /// (state, button label) the buyer may move it to.
    pub next: Vec<(String, String)>,
}

pub struct QuestionView {
    pub id: i64,
    pub asked: String,
    pub question: String,
    pub answer: Option<String>,
    pub answered: String,
}

/// A form of the challenge page that failed: which (`interest`, `question`, `answer`,
/// `decide`), for which item, the field, the message, and the text typed.
pub struct FormError {
    pub form: &'static str,
    pub target: i64,
    pub field: String,
    pub message: String,
    pub text: String,
}

impl Show {
    fn failed_text(&self, form: &str, target: impl std::borrow::Borrow<i64>) -> String {
        let t = *target.borrow();
        self.failed.as_ref().filter(|f| f.form == form && f.target == t).map(|f| f.text.clone()).unwrap_or_default()
    }
    fn failed_message(&self, form: &str, target: impl std::borrow::Borrow<i64>) -> Option<String> {
        let t = *target.borrow();
        self.failed.as_ref().filter(|f| f.form == form && f.target == t).map(|f| f.message.clone())
    }
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    show_page(&state, &ctx, id, None).await
}

async fn show_page(state: &AppState, ctx: &Ctx, id: i64, failed: Option<FormError>) -> Result<Response, AppError> {
    let state = state.clone();
    let tr = ctx.tr();
    let (c, editor) = service::visible(&state, ctx.user.as_deref(), id).await?;
    let md = |s: &str| domain::markdown::to_html(s);
    let asked = state.db.challenge_questions(id).await?;
    let log = service::log_with(&state, id, &asked)
        .await?
        .into_iter()
        .map(|l| {
            let what = if l.kind == "state" {
                tr.ta("challenge-log-state", "name", &tr.t(&format!("challenge-state-{}", l.detail)))
            } else if l.kind == "question" || l.kind == "answer" {
                tr.t(&format!("challenge-log-{}", l.kind))
            } else {
                let parts: Vec<String> = l.detail.split(',').map(|f| tr.t(&format!("challenge-part-{f}"))).collect();
                tr.ta("challenge-log-change", "name", &parts.join(", "))
            };
            (what, tr.datetime(l.at))
        })
        .collect();
    let observers: Vec<(i64, String, String)> = state.db.challenge_observers(id).await?;
    let may_observe = match &ctx.user {
        Some(u) => service::buyer_organisations(&state, u)
            .await?
            .into_iter()
            .filter(|(o, _)| *o != c.draft.organisation)
            .map(|(o, n)| (o, n, observers.iter().any(|(x, _, _)| *x == o)))
            .collect(),
        None => Vec::new(),
    };
    let matches = if c.state.is_matchable() {
        crate::matcher::solutions_for(&state, &tr, ctx.user.as_deref(), id, 10).await?
    } else {
        Vec::new()
    };
    let today = chrono::Utc::now().date_naive();
    let interests: Vec<InterestView> = super::clarify::interests_for(&state, ctx.user.as_deref(), &c)
        .await?
        .into_iter()
        .map(|i| InterestView {
            id: i.id,
            from: format!("{} ({})", i.organisation_name, i.user_name),
            pitch: i.pitch,
            solution: i.solution_id.zip(i.solution_title),
            state: tr.t(&format!("interest-state-{}", i.state.as_str())),
            message: i.buyer_message,
            when: tr.datetime(i.created_at),
            next: if editor {
                i.state
                    .next()
                    .iter()
                    .map(|s| (s.as_str().to_owned(), tr.t(&format!("interest-to-{}", s.as_str()))))
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    let supplier_orgs = match &ctx.user {
        Some(u) => crate::solutions::service::supplier_organisations(&state, u).await?,
        None => Vec::new(),
    };
    let interest_orgs: Vec<(i64, String)> =
        if domain::challenges::interest_open(c.state, &c.draft.interest_deadline, today) {
            let mine = state.db.interests_of(id, &supplier_orgs.iter().map(|(o, _)| *o).collect::<Vec<_>>()).await?;
            supplier_orgs.iter().filter(|(o, _)| !mine.iter().any(|i| i.organisation_id == *o)).cloned().collect()
        } else {
            Vec::new()
        };
    let mut own_solutions = Vec::new();
    for (o, name) in &interest_orgs {
        let f = store::solutions::SolutionFilter { organisation: Some(*o), ..Default::default() };
        for s in state.db.solutions(&f, 100, 0).await?.0 {
            if s.state == domain::solutions::SolutionState::Published {
                own_solutions.push((s.id, format!("{} ({name})", s.draft.title)));
            }
        }
    }
    let ask_orgs = if domain::challenges::questions_open(c.state, &c.draft.question_deadline, today) {
        supplier_orgs.clone()
    } else {
        Vec::new()
    };
    let questions = asked
        .into_iter()
        .map(|q| QuestionView {
            id: q.id,
            asked: tr.ta("question-asked", "name", &tr.datetime(q.created_at)),
            question: q.question,
            answer: q.answer,
            answered: tr.datetime_opt(q.answered_at),
        })
        .collect();
    let in_space = match &ctx.user {
        Some(u) => super::space::member(&state, u, id).await.is_ok(),
        None => false,
    };
    let common_need = if c.state.is_matchable() { super::needs::common_need_of(&state, id).await? } else { None };
    let (joint_buyers, cross_border) = match c.buyer_group_id {
        Some(g) => {
            let g = state.db.buyer_group(g).await?;
            let mut members: Vec<&store::buyer_groups::GroupMember> =
                g.members.iter().filter(|m| m.state == "member").collect();
            members.sort_by_key(|m| m.organisation_id != g.lead);
            (members.into_iter().map(|m| m.name.clone()).collect(), g.cross_border())
        }
        None => (Vec::new(), false),
    };
    let files = state
        .db
        .challenge_files(id)
        .await?
        .into_iter()
        .map(|f| (f.id, f.name, format!("{} KB", (f.size + 1023) / 1024)))
        .collect();
    let suggested = if editor && !c.state.is_closed() {
        let text = crate::matcher::challenge_item(&c);
        crate::solutions::service::suggestions(
            &format!("{}\n{}", text.title, text.text),
            text.language.as_deref(),
            &c.draft.cpv,
            &tr,
        )
    } else {
        Vec::new()
    };
    let d = &c.draft;
    let status_failed = failed.is_some();
    let body = Show {
        files,
        suggested,
        common_need,
        joint_buyers,
        cross_border,
        in_space,
        failed,
        interests,
        interest_orgs,
        own_solutions,
        questions,
        ask_orgs,
        matches,
        c: Chrome::new(ctx, d.title.clone()),
        editor,
        problem_html: md(&d.problem),
        context_html: md(&d.context),
        outcomes_html: md(&d.outcomes),
        constraints_html: md(&d.constraints),
        ip_html: md(&d.ip_terms),
        confidentiality_html: md(&d.confidentiality),
        cpv: d
            .cpv
            .iter()
            .map(|code| {
                let label =
                    domain::organisations::cpv_any(code).map(|(_, l)| l(tr.lang).to_owned()).unwrap_or_default();
                (code.clone(), label)
            })
            .collect(),
        route: d.route.as_ref().map(|r| tr.t(&format!("challenge-route-{r}"))),
        languages: d
            .languages
            .iter()
            .filter_map(|l| domain::people::language(l))
            .map(|l| l.label(tr.lang).to_owned())
            .collect(),
        nuts: d
            .nuts
            .as_ref()
            .map(|n| domain::geo::nuts_region(n).map(|r| format!("{n} {}", r.name)).unwrap_or_else(|| n.clone())),
        log,
        observers: observers.into_iter().map(|(_, n, c)| (n, tr.country(&c))).collect(),
        may_observe,
        next: if editor {
            c.state
                .next()
                .iter()
                .map(|s| (s.as_str().to_owned(), tr.t(&format!("challenge-to-{}", s.as_str()))))
                .collect()
        } else {
            Vec::new()
        },
        v: View::new(c, &tr),
    };
    Ok(page::render_form(&body, status_failed))
}

pub(crate) fn form(
    tr: &Tr,
    csrf: &str,
    action: String,
    input: &ChallengeInput,
    orgs: Option<&[(i64, String)]>,
) -> Form {
    let mut fields = Vec::new();
    if let Some(orgs) = orgs {
        let opts = orgs.iter().map(|(o, n)| (o.to_string(), n.clone())).collect::<Vec<_>>();
        fields.push(
            Field::new("select", "organisation", tr.t("label-buyer"))
                .required()
                .options(opts, std::slice::from_ref(&input.organisation)),
        );
    }
    let trl = |name: &'static str, label: &str, v: &str| {
        let opts = (1..=9).map(|n| (n.to_string(), tr.args("challenge-trl-n", &[("n", n.into())])));
        Field::new("select", name, tr.t(label)).options(opts, &[v.to_owned()]).hint(tr.t("hint-trl"))
    };
    let mut routes = vec![(String::new(), tr.t("challenge-route-unknown"))];
    routes.extend(ROUTES.iter().map(|r| (r.to_string(), tr.t(&format!("challenge-route-{r}")))));
    let currencies = domain::resources::CURRENCIES.iter().map(|c| (c.to_string(), c.to_string())).collect::<Vec<_>>();
    let mut countries = choices_country(tr);
    countries.insert(0, (String::new(), tr.t("choose-none")));
    fields.extend([
        Field::new("text", "title", tr.t("label-challenge-title")).value(&input.title).required(),
        Field::new("textarea", "problem", tr.t("label-problem"))
            .value(&input.problem)
            .required()
            .hint(tr.t("hint-problem")),
        Field::new("textarea", "context", tr.t("label-context")).value(&input.context).hint(tr.t("hint-markdown")),
        Field::new("textarea", "outcomes", tr.t("label-outcomes"))
            .value(&input.outcomes)
            .required()
            .hint(tr.t("hint-outcomes")),
        Field::new("textarea", "constraints", tr.t("label-constraints")).value(&input.constraints),
        Field::new("checkboxes", "sectors", tr.t("label-sectors")).options(choices_sector(tr), &input.sectors),
        Field::new("text", "cpv", tr.t("label-cpv-codes")).value(input.cpv.join(", ")).hint(tr.t("hint-cpv-codes")),
        Field::new("text", "budget_min", tr.t("label-budget-min")).value(&input.budget_min),
        Field::new("text", "budget_max", tr.t("label-budget-max")).value(&input.budget_max),
        Field::new("select", "currency", tr.t("label-currency"))
            .options(currencies, std::slice::from_ref(&input.currency)),
        Field::new("date", "interest_deadline", tr.t("label-interest-deadline"))
            .value(&input.interest_deadline)
            .required(),
        Field::new("date", "question_deadline", tr.t("label-question-deadline"))
            .value(&input.question_deadline)
            .hint(tr.t("hint-question-deadline")),
        Field::new("date", "consultation_on", tr.t("label-consultation-on")).value(&input.consultation_on),
        Field::new("date", "procurement_on", tr.t("label-procurement-on")).value(&input.procurement_on),
        trl("trl_min", "label-trl-min", if input.trl_min.is_empty() { "1" } else { &input.trl_min }),
        trl("trl_max", "label-trl-max", if input.trl_max.is_empty() { "9" } else { &input.trl_max }),
        Field::new("select", "route", tr.t("label-route")).options(routes, std::slice::from_ref(&input.route)),
        Field::new("select", "country", tr.t("label-country"))
            .required()
            .options(countries, std::slice::from_ref(&input.country)),
        Field::new("text", "nuts", tr.t("label-nuts")).value(&input.nuts).hint(tr.t("hint-nuts-code")),
        Field::new("checkboxes", "languages", tr.t("label-accepted-languages"))
            .options(crate::people::pages::languages(tr), &input.languages),
        Field::new("textarea", "ip_terms", tr.t("label-ip-terms")).value(&input.ip_terms),
        Field::new("textarea", "confidentiality", tr.t("label-confidentiality")).value(&input.confidentiality),
    ]);
    Form::new(action, tr.t("save"), csrf, fields)
}

pub(crate) fn input_from(f: &Fields) -> ChallengeInput {
    ChallengeInput {
        organisation: f.get("organisation"),
        title: f.get("title"),
        problem: f.get("problem"),
        context: f.get("context"),
        outcomes: f.get("outcomes"),
        constraints: f.get("constraints"),
        sectors: f.all("sectors"),
        cpv: vec![f.get("cpv")],
        budget_min: f.get("budget_min"),
        budget_max: f.get("budget_max"),
        currency: f.get("currency"),
        interest_deadline: f.get("interest_deadline"),
        question_deadline: f.get("question_deadline"),
        consultation_on: f.get("consultation_on"),
        procurement_on: f.get("procurement_on"),
        trl_min: f.get("trl_min"),
        trl_max: f.get("trl_max"),
        route: f.get("route"),
        country: f.get("country"),
        nuts: f.get("nuts"),
        languages: f.all("languages"),
        ip_terms: f.get("ip_terms"),
        confidentiality: f.get("confidentiality"),
    }
}

pub fn input_of(c: &Challenge) -> ChallengeInput {
    let d = &c.draft;
    ChallengeInput {
        organisation: d.organisation.to_string(),
        title: d.title.clone(),
        problem: d.problem.clone(),
        context: d.context.clone(),
        outcomes: d.outcomes.clone(),
        constraints: d.constraints.clone(),
        sectors: d.sectors.clone(),
        cpv: d.cpv.clone(),
        budget_min: d.budget_min.map(|b| b.to_string()).unwrap_or_default(),
        budget_max: d.budget_max.map(|b| b.to_string()).unwrap_or_default(),
        currency: d.currency.clone(),
        interest_deadline: d.interest_deadline.clone(),
        question_deadline: d.question_deadline.clone(),
        consultation_on: d.consultation_on.clone().unwrap_or_default(),
        procurement_on: d.procurement_on.clone().unwrap_or_default(),
        trl_min: d.trl_min.to_string(),
        trl_max: d.trl_max.to_string(),
        route: d.route.clone().unwrap_or_default(),
        country: d.country.clone(),
        nuts: d.nuts.clone().unwrap_or_default(),
        languages: d.languages.clone(),
        ip_terms: d.ip_terms.clone(),
        confidentiality: d.confidentiality.clone(),
    }
}

async fn new_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    input: &ChallengeInput,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let orgs = service::buyer_organisations(state, user).await?;
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    let f = form(&tr, &ctx.csrf, "/challenges".into(), input, Some(&orgs));
    Ok(page::form_page(ctx, tr.t("challenge-new-title"), f, errs, "/challenges".into()))
}

pub async fn new_form(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    new_page(&state, &user, &ctx, &ChallengeInput::default(), None).await
}

pub async fn create(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &user, &input).await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/challenges/{id}"), "challenge-saved")),
        Err(AppError::Unprocessable(e)) => new_page(&state, &user, &ctx, &input, Some(&e)).await,
        Err(e) => Err(e),
    }
}

async fn edit_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    id: i64,
    input: Option<&ChallengeInput>,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let (c, editor) = service::visible(state, Some(user), id).await?;
    if !editor {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let input = input.cloned().unwrap_or_else(|| input_of(&c));
    let f = form(&tr, &ctx.csrf, format!("/challenges/{id}/edit"), &input, None);
    Ok(page::form_page(
        ctx,
        tr.ta("challenge-edit-title", "title", &c.draft.title),
        f,
        errs,
        format!("/challenges/{id}"),
    ))
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
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/challenges/{id}"), "challenge-saved")),
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
    let flash = match service::set_state(&state, &user, id, &f.get("state")).await {
        Ok(_) => "challenge-saved",
        Err(AppError::Conflict(_)) => "challenge-state-not-allowed",
        Err(e) => return Err(e),
    };
    Ok(page::redirect_flash(&state, &format!("/challenges/{id}"), flash))
}

pub async fn observe(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let org = f.get("organisation").trim().parse::<i64>().unwrap_or(0);
    let on = f.get("action") != "stop";
    service::observe(&state, &user, id, org, on).await?;
    Ok(page::redirect_flash(
        &state,
        &format!("/challenges/{id}"),
        if on { "challenge-observing" } else { "challenge-not-observing" },
    ))
}

/// Runs a form of the challenge page: on success back to the page with a flash; on bad
/// input the page again with the error next to the field (422); a conflict as a flash.
async fn page_form(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    form: &'static str,
    target: i64,
    text: String,
    result: Result<&'static str, AppError>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    match result {
        Ok(flash) => Ok(page::redirect_flash(state, &format!("/challenges/{id}"), flash)),
        Err(AppError::Unprocessable(e)) => {
            let first = e.0.first().cloned();
            let (field, message) = match first {
                Some(f) => (f.field.to_owned(), tr.field_error(&f)),
                None => (String::new(), String::new()),
            };
            show_page(state, ctx, id, Some(FormError { form, target, field, message, text })).await
        }
        Err(AppError::Conflict(f)) => Ok(page::redirect_flash(state, &format!("/challenges/{id}"), f.code)),
        Err(e) => Err(e),
    }
}

pub async fn express_interest(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let org = f.get("organisation").trim().parse::<i64>().unwrap_or(0);
    let solution = f.get("solution").trim().parse::<i64>().ok();
    let pitch = f.get("pitch");
    let r =
        super::clarify::express_interest(&state, &user, id, org, solution, &pitch).await.map(|_| "interest-expressed");
    page_form(&state, &ctx, id, "interest", 0, pitch, r).await
}

pub async fn decide_interest(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, interest)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let message = f.get("message");
    let r = super::clarify::decide_interest(&state, &user, id, interest, &f.get("state"), &message)
        .await
        .map(|_| "interest-decided");
    page_form(&state, &ctx, id, "decide", interest, message, r).await
}

pub async fn ask(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let org = f.get("organisation").trim().parse::<i64>().unwrap_or(0);
    let text = f.get("question");
    let r = super::clarify::ask(&state, &user, id, org, &text).await.map(|_| "question-asked");
    page_form(&state, &ctx, id, "question", 0, text, r).await
}

pub async fn answer(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, question)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let text = f.get("answer");
    let r = super::clarify::answer(&state, &user, id, question, &text).await.map(|_| "question-answered");
    page_form(&state, &ctx, id, "answer", question, text, r).await
}

pub async fn attach(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    files: crate::media::Files,
) -> Result<Response, AppError> {
    let r = match files.part("file").filter(|p| !p.bytes.is_empty()) {
        Some(p) => service::attach(&state, &user, id, &p.file_name, p.bytes.clone()).await.map(|_| "file-added"),
        None => Err(FieldErrors::from(domain::FieldError::new("file", "file-empty")).into()),
    };
    page_form(&state, &ctx, id, "file", 0, String::new(), r).await
}

pub async fn detach(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let r = service::detach(&state, &user, id, file).await.map(|_| "file-removed");
    page_form(&state, &ctx, id, "file", 0, String::new(), r).await
}

pub async fn download(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, file)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::attachment(&state, ctx.user.as_deref(), id, file).await
}

pub async fn add_cpv(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = service::add_cpv(&state, &user, id, &f.get("code")).await.map(|_| "challenge-saved");
    page_form(&state, &ctx, id, "cpv", 0, String::new(), r).await
}
