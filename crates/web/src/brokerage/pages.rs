//! The brokerage's pages: overview and participants, a participant's profile with the
//! request form, one's agenda (page, printable, .ics), the organiser's desk (settings,
//! sessions, scheduler, grid, check-in), table plans and results.

use super::service::{self, ItemInput, JoinInput};
use super::view::{self, MeetingView, SlotView};
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use domain::FieldErrors;
use domain::brokerage::{ITEM_KINDS, MeetingStatus, OUTCOMES, PARTICIPANT_KINDS, SessionInput, SettingsInput};
use domain::events::{utc_to_local, zone_or_utc};
use serde::Deserialize;
use store::accounts::User;
use store::brokerage::Participant;
use store::events::Event;

fn base(id: i64) -> String {
    format!("/events/{id}/brokerage")
}

/// Turns a failed form into the same form with its errors; other errors pass.
fn or_form(r: Result<Response, AppError>, form: impl FnOnce(&FieldErrors) -> Response) -> Result<Response, AppError> {
    match r {
        Err(AppError::Unprocessable(e)) => Ok(form(&e)),
        Err(AppError::Conflict(f)) => Ok(form(&FieldErrors::from(f))),
        other => other,
    }
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub item: String,
}

pub struct PersonView {
    pub p: Participant,
    pub kind: String,
    pub items: Vec<(String, String, String)>,
    pub why: Option<String>,
}

#[derive(Template)]
#[template(path = "brokerage/overview.html")]
struct Overview {
    c: Chrome,
    id: i64,
    event: String,
    organiser: bool,
    signed_in: bool,
    joined: bool,
    rules: Vec<String>,
    sessions: Vec<(String, String, i64)>,
    people: Vec<PersonView>,
    recommended: Vec<PersonView>,
    kinds: Vec<(String, String, bool)>,
    item_kinds: Vec<(String, String, bool)>,
    q: String,
}

pub async fn overview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(f): Query<ListQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (e, organiser) = service::event(&state, ctx.user.as_deref(), id).await?;
    let setup = state.db.brokerage_setup(id).await?;
    let me = match &ctx.user {
        Some(u) => state.db.brokerage_participant_of(id, u.id).await?,
        None => None,
    };
    let tz = zone_or_utc(&e.draft.time_zone);
    let rules = view::rules(&setup, &e, &tr);
    let sessions = setup
        .sessions
        .iter()
        .map(|s| {
            let when = match (s.slots.first(), s.slots.last()) {
                (Some(a), Some(b)) => format!(
                    "{} – {} ({})",
                    utc_to_local(a.starts_at, tz).replace('T', " "),
                    utc_to_local(b.ends_at, tz).get(11..).unwrap_or(""),
                    e.draft.time_zone
                ),
                _ => String::new(),
            };
            (s.name.clone(), when, s.slots.len() as i64)
        })
        .collect();
    // Participants and items are for those taking part and the organisers.
    let (people, recommended) = if me.is_some() || organiser {
        let all = service::browse(&state, id, &f.kind, &f.q, &f.item).await?;
        let rec = match &me {
            Some(p) => service::recommended(&state, id, p).await?,
            None => vec![],
        };
        let mine = me.as_ref().map(|p| p.id);
        (view::people(all.into_iter().filter(|(p, _, _)| Some(p.id) != mine).collect(), &tr), view::people(rec, &tr))
    } else {
        (vec![], vec![])
    };
    let page = Overview {
        c: Chrome::new(&ctx, tr.ta("bk-title", "name", &e.draft.title)),
        id,
        event: e.draft.title.clone(),
        organiser,
        signed_in: ctx.user.is_some(),
        joined: me.is_some(),
        rules,
        sessions,
        people,
        recommended,
        kinds: PARTICIPANT_KINDS.iter().map(|k| (k.to_string(), tr.t(&format!("bk-kind-{k}")), f.kind == *k)).collect(),
        item_kinds: ITEM_KINDS.iter().map(|k| (k.to_string(), tr.t(&format!("bk-item-{k}")), f.item == *k)).collect(),
        q: f.q,
    };
    Ok(page::render(&page))
}

// ---- Organiser: settings and sessions ----

fn settings_form(ctx: &Ctx, e: &Event, setup: &store::brokerage::Setup, f: Option<&Fields>) -> Form {
    let tr = ctx.tr();
    let tz = zone_or_utc(&e.draft.time_zone);
    let cur = setup.settings.as_ref().map(|s| &s.settings);
    let get = |name: &str, dflt: String| f.map(|f| f.get(name)).unwrap_or(dflt);
    let acceptance = get("acceptance", if cur.is_some_and(|s| s.automatic) { "automatic" } else { "manual" }.into());
    let booking = get("booking", if cur.is_some_and(|s| s.pick) { "pick" } else { "organiser" }.into());
    Form::new(
        format!("{}/settings", base(e.id)),
        tr.t("save"),
        &ctx.csrf,
        vec![
            Field::new("select", "acceptance", tr.t("bk-label-acceptance"))
                .options(
                    ["manual", "automatic"].map(|k| (k.to_string(), tr.t(&format!("bk-acceptance-{k}")))),
                    &[acceptance],
                )
                .required(),
            Field::new("select", "booking", tr.t("bk-label-booking"))
                .options(["organiser", "pick"].map(|k| (k.to_string(), tr.t(&format!("bk-booking-{k}")))), &[booking])
                .required(),
            Field::new("text", "expiry_minutes", tr.t("bk-label-expiry"))
                .value(get("expiry_minutes", cur.map_or("1440".into(), |s| s.expiry_minutes.to_string())))
                .hint(tr.t("bk-hint-expiry"))
                .required(),
            Field::new("datetime-local", "opens_at", tr.ta("bk-label-opens", "name", &e.draft.time_zone))
                .value(get("opens_at", utc_to_local(cur.map_or(store::now(), |s| s.opens_at), tz)))
                .required(),
            Field::new("datetime-local", "closes_at", tr.ta("bk-label-closes", "name", &e.draft.time_zone))
                .value(get("closes_at", utc_to_local(cur.map_or(e.draft.starts_at, |s| s.closes_at), tz)))
                .required(),
            Field::new("url", "video_base_url", tr.t("bk-label-video"))
                .value(get("video_base_url", cur.and_then(|s| s.video_base_url.clone()).unwrap_or_default()))
                .hint(tr.t("bk-hint-video")),
        ],
    )
}

fn settings_input(f: &Fields) -> SettingsInput {
    SettingsInput {
        acceptance: f.get("acceptance"),
        booking: f.get("booking"),
        expiry_minutes: f.get("expiry_minutes"),
        opens_at: f.get("opens_at"),
        closes_at: f.get("closes_at"),
        video_base_url: f.get("video_base_url"),
    }
}

pub async fn settings_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let setup = state.db.brokerage_setup(id).await?;
    let form = settings_form(&ctx, &e, &setup, None);
    Ok(page::form_page(&ctx, ctx.tr().t("bk-settings"), form, None, format!("{}/organise", base(id))))
}

pub async fn settings_save(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = service::save_settings(&state, &user, id, &settings_input(&f))
        .await
        .map(|_| page::redirect_flash(&state, &format!("{}/organise", base(id)), "bk-saved"));
    let e = service::organised(&state, &user, id).await?;
    let setup = state.db.brokerage_setup(id).await?;
    or_form(r, |errs| {
        let form = settings_form(&ctx, &e, &setup, Some(&f));
        page::form_page(&ctx, ctx.tr().t("bk-settings"), form, Some(errs), format!("{}/organise", base(id)))
    })
}

fn session_form(ctx: &Ctx, e: &Event, f: Option<&Fields>) -> Form {
    let tr = ctx.tr();
    let tz = zone_or_utc(&e.draft.time_zone);
    let get = |name: &str, dflt: String| f.map(|f| f.get(name)).unwrap_or(dflt);
    Form::new(
        format!("{}/sessions", base(e.id)),
        tr.t("bk-add-session"),
        &ctx.csrf,
        vec![
            Field::new("text", "name", tr.t("bk-label-session-name")).value(get("name", String::new())).required(),
            Field::new("datetime-local", "starts_at", tr.ta("bk-label-session-start", "name", &e.draft.time_zone))
                .value(get("starts_at", utc_to_local(e.draft.starts_at, tz)))
                .required(),
            Field::new("datetime-local", "ends_at", tr.ta("bk-label-session-end", "name", &e.draft.time_zone))
                .value(get("ends_at", utc_to_local(e.draft.ends_at, tz)))
                .required(),
            Field::new("select", "slot_minutes", tr.t("bk-label-slot-minutes"))
                .options(
                    ["15", "20", "30"].map(|m| (m.to_string(), tr.ta("bk-minutes", "name", m))),
                    &[get("slot_minutes", "20".into())],
                )
                .required(),
            Field::new("text", "break_every", tr.t("bk-label-break-every"))
                .value(get("break_every", String::new()))
                .hint(tr.t("bk-hint-break-every")),
            Field::new("text", "break_minutes", tr.t("bk-label-break-minutes"))
                .value(get("break_minutes", String::new())),
            Field::new("text", "tables", tr.t("bk-label-tables")).value(get("tables", "20".into())).required(),
            Field::new("text", "cap", tr.t("bk-label-cap")).value(get("cap", "8".into())).required(),
            Field::new("select", "online", tr.t("bk-label-online")).options(
                [("0", "bk-online-no"), ("1", "bk-online-yes")].map(|(v, k)| (v.to_string(), tr.t(k))),
                &[get("online", "0".into())],
            ),
        ],
    )
}

fn session_input(f: &Fields) -> SessionInput {
    SessionInput {
        name: f.get("name"),
        online: f.get("online") == "1",
        tables: f.get("tables"),
        cap: f.get("cap"),
        starts_at: f.get("starts_at"),
        ends_at: f.get("ends_at"),
        slot_minutes: f.get("slot_minutes"),
        break_every: f.get("break_every"),
        break_minutes: f.get("break_minutes"),
    }
}

pub async fn session_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    Ok(page::form_page(
        &ctx,
        ctx.tr().t("bk-add-session"),
        session_form(&ctx, &e, None),
        None,
        format!("{}/organise", base(id)),
    ))
}

pub async fn session_add(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let e = service::organised(&state, &user, id).await?;
    let r = service::add_session(&state, &user, id, &session_input(&f))
        .await
        .map(|_| page::redirect_flash(&state, &format!("{}/organise", base(id)), "bk-saved"));
    or_form(r, |errs| {
        page::form_page(
            &ctx,
            ctx.tr().t("bk-add-session"),
            session_form(&ctx, &e, Some(&f)),
            Some(errs),
            format!("{}/organise", base(id)),
        )
    })
}

pub async fn session_remove(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, sid)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::remove_session(&state, &user, id, sid).await?;
    Ok(page::redirect_flash(&state, &format!("{}/organise", base(id)), "bk-saved"))
}

// ---- Taking part ----

async fn join_form(state: &AppState, ctx: &Ctx, user: &User, e: &Event, f: Option<&Fields>) -> Result<Form, AppError> {
    let tr = ctx.tr();
    let setup = state.db.brokerage_setup(e.id).await?;
    let me = state.db.brokerage_participant_of(e.id, user.id).await?;
    let orgs = crate::solutions::service::requesting_organisations(state, user).await?;
    let slots = view::slots(&setup, e);
    let chosen: Vec<String> = match (f, &me) {
        (Some(f), _) => f.all("available"),
        (None, Some(p)) => p.available.iter().map(i64::to_string).collect(),
        (None, None) => slots.iter().map(|s| s.id.to_string()).collect(),
    };
    let get = |name: &str, dflt: String| f.map(|f| f.get(name)).unwrap_or(dflt);
    let mut org_opts = vec![(String::new(), tr.t("bk-no-organisation"))];
    org_opts.extend(orgs.iter().map(|(o, n)| (o.to_string(), n.clone())));
    let cur_org = me.as_ref().and_then(|p| p.organisation_id).or(orgs.first().map(|o| o.0)).map(|o| o.to_string());
    Ok(Form::new(
        format!("{}/join", base(e.id)),
        tr.t(if me.is_some() { "save" } else { "bk-join" }),
        &ctx.csrf,
        vec![
            Field::new("select", "kind", tr.t("bk-label-kind"))
                .options(
                    PARTICIPANT_KINDS.map(|k| (k.to_string(), tr.t(&format!("bk-kind-{k}")))),
                    &[get("kind", me.as_ref().map_or("buyer".into(), |p| p.kind.clone()))],
                )
                .required(),
            Field::new("select", "organisation", tr.t("bk-label-organisation"))
                .options(org_opts, &[get("organisation", cur_org.unwrap_or_default())]),
            Field::new("textarea", "about", tr.t("bk-label-about"))
                .value(get("about", me.as_ref().map(|p| p.about.clone()).unwrap_or_default()))
                .hint(tr.t("bk-hint-about")),
            Field::new("checkboxes", "available", tr.t("bk-label-available"))
                .options(slots.iter().map(|s| (s.id.to_string(), s.label.clone())), &chosen),
        ],
    ))
}

fn join_input(f: &Fields) -> JoinInput {
    JoinInput {
        kind: f.get("kind"),
        about: f.get("about"),
        organisation: f.get("organisation").parse().ok(),
        available: f.all("available").iter().filter_map(|s| s.parse().ok()).collect(),
    }
}

pub async fn join_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (e, _) = service::event(&state, Some(&user), id).await?;
    let form = join_form(&state, &ctx, &user, &e, None).await?;
    Ok(page::form_page(&ctx, ctx.tr().ta("bk-join-title", "name", &e.draft.title), form, None, base(id)))
}

pub async fn join(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let (e, _) = service::event(&state, Some(&user), id).await?;
    let r = service::join(&state, &user, id, &join_input(&f))
        .await
        .map(|_| page::redirect_flash(&state, &base(id), "bk-joined"));
    let form = join_form(&state, &ctx, &user, &e, Some(&f)).await?;
    or_form(r, |errs| {
        page::form_page(&ctx, ctx.tr().ta("bk-join-title", "name", &e.draft.title), form, Some(errs), base(id))
    })
}

async fn item_form(state: &AppState, ctx: &Ctx, user: &User, id: i64, f: Option<&Fields>) -> Result<Form, AppError> {
    let tr = ctx.tr();
    let (_, me) = service::me(state, user, id).await?;
    let (challenges, solutions) = service::linkable(state, &me).await?;
    let get = |name: &str| f.map(|f| f.get(name)).unwrap_or_default();
    let mut fields = vec![
        Field::new("select", "kind", tr.t("bk-label-item-kind"))
            .options(ITEM_KINDS.map(|k| (k.to_string(), tr.t(&format!("bk-item-{k}")))), &[get("kind")])
            .required(),
        Field::new("text", "title", tr.t("bk-label-item-title")).value(get("title")).required(),
        Field::new("textarea", "description", tr.t("label-description")).value(get("description")),
    ];
    if !challenges.is_empty() {
        let mut o = vec![(String::new(), tr.t("bk-no-link"))];
        o.extend(challenges.into_iter().map(|(i, t)| (i.to_string(), t)));
        fields.push(Field::new("select", "challenge", tr.t("bk-label-challenge")).options(o, &[get("challenge")]));
    }
    if !solutions.is_empty() {
        let mut o = vec![(String::new(), tr.t("bk-no-link"))];
        o.extend(solutions.into_iter().map(|(i, t)| (i.to_string(), t)));
        fields.push(Field::new("select", "solution", tr.t("bk-label-solution")).options(o, &[get("solution")]));
    }
    Ok(Form::new(format!("{}/items", base(id)), tr.t("bk-add-item"), &ctx.csrf, fields))
}

pub async fn item_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let form = item_form(&state, &ctx, &user, id, None).await?;
    Ok(page::form_page(&ctx, ctx.tr().t("bk-add-item"), form, None, format!("{}/agenda", base(id))))
}

pub async fn item_add(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let input = ItemInput {
        kind: f.get("kind"),
        title: f.get("title"),
        description: f.get("description"),
        challenge: f.get("challenge").parse().ok(),
        solution: f.get("solution").parse().ok(),
    };
    let r = service::add_item(&state, &user, id, &input)
        .await
        .map(|_| page::redirect_flash(&state, &format!("{}/agenda", base(id)), "bk-saved"));
    let form = item_form(&state, &ctx, &user, id, Some(&f)).await?;
    or_form(r, |errs| {
        page::form_page(&ctx, ctx.tr().t("bk-add-item"), form, Some(errs), format!("{}/agenda", base(id)))
    })
}

pub async fn item_remove(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, item)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::remove_item(&state, &user, id, item).await?;
    Ok(page::redirect_flash(&state, &format!("{}/agenda", base(id)), "bk-saved"))
}

#[derive(Template)]
#[template(path = "brokerage/participant.html")]
struct ParticipantPage {
    c: Chrome,
    id: i64,
    person: PersonView,
    /// A live request or meeting between the two already.
    existing: Option<String>,
    may_request: bool,
    message: String,
    error: Option<String>,
}

async fn participant_render(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    id: i64,
    pid: i64,
    message: String,
    error: Option<String>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (_, organiser) = service::event(state, Some(user), id).await?;
    let me = state.db.brokerage_participant_of(id, user.id).await?;
    if me.is_none() && !organiser {
        return Err(AppError::Forbidden);
    }
    let all = service::browse(state, id, "", "", "").await?;
    let Some(found) = all.into_iter().find(|(p, _, _)| p.id == pid) else { return Err(AppError::NotFound) };
    let person = view::people(vec![found], &tr).remove(0);
    let existing = match &me {
        Some(m) => state
            .db
            .brokerage_meetings(id)
            .await?
            .into_iter()
            .find(|x| x.status.is_live() && x.involves(m.id) && x.involves(pid))
            .map(|x| tr.t(&format!("bk-status-{}", x.status.as_str()))),
        None => None,
    };
    let page = ParticipantPage {
        c: Chrome::new(ctx, tr.ta("bk-participant-title", "name", &person.p.name)),
        id,
        may_request: me.as_ref().is_some_and(|m| m.id != pid) && existing.is_none(),
        person,
        existing,
        message,
        error: error.clone(),
    };
    Ok(page::render_form(&page, error.is_some()))
}

pub async fn participant(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, pid)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    participant_render(&state, &ctx, &user, id, pid, String::new(), None).await
}

pub async fn request(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, pid)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    match service::request(&state, &user, id, pid, &f.get("message")).await {
        Ok(_) => Ok(page::redirect_flash(&state, &format!("{}/agenda", base(id)), "bk-requested")),
        Err(AppError::Unprocessable(e)) => {
            let msg = e.0.first().map(|x| ctx.tr().field_error(x));
            participant_render(&state, &ctx, &user, id, pid, f.get("message"), msg).await
        }
        Err(AppError::Conflict(x)) => {
            let msg = Some(ctx.tr().field_error(&x));
            participant_render(&state, &ctx, &user, id, pid, f.get("message"), msg).await
        }
        Err(e) => Err(e),
    }
}

// ---- Agenda ----

#[derive(Template)]
#[template(path = "brokerage/agenda.html")]
struct AgendaPage {
    c: Chrome,
    id: i64,
    event: String,
    print: bool,
    pick: bool,
    incoming: Vec<MeetingView>,
    outgoing: Vec<MeetingView>,
    meetings: Vec<MeetingView>,
    unplaced: Vec<MeetingView>,
    past: Vec<MeetingView>,
    items: Vec<(i64, String, String)>,
    free_slots: Vec<SlotView>,
    failed: Option<(i64, String)>,
}

impl AgendaPage {
    fn error(&self, m: &i64) -> Option<String> {
        self.failed.as_ref().filter(|(x, _)| x == m).map(|(_, e)| e.clone())
    }
}

#[derive(Deserialize, Default)]
pub struct AgendaQuery {
    #[serde(default)]
    pub print: Option<String>,
}

async fn agenda_render(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    id: i64,
    print: bool,
    failed: Option<(i64, String)>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (e, me) = service::me(state, user, id).await?;
    let a = view::agenda(state, &e, &me, &tr).await?;
    let page = AgendaPage {
        c: Chrome::new(ctx, tr.ta("bk-agenda-title", "name", &e.draft.title)),
        id,
        event: e.draft.title.clone(),
        print,
        pick: a.pick,
        incoming: a.incoming,
        outgoing: a.outgoing,
        meetings: a.meetings,
        unplaced: a.unplaced,
        past: a.past,
        items: a.items,
        free_slots: a.free_slots,
        failed: failed.clone(),
    };
    Ok(page::render_form(&page, failed.is_some()))
}

pub async fn agenda(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    Query(q): Query<AgendaQuery>,
) -> Result<Response, AppError> {
    agenda_render(&state, &ctx, &user, id, q.print.is_some(), None).await
}

pub async fn agenda_ics(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (e, me) = service::me(&state, &user, id).await?;
    let body = view::agenda_ics(&state, &e, &me, &ctx.tr()).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"brokerage-agenda.ics\""),
        ],
        body,
    )
        .into_response())
}

async fn after_meeting(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    id: i64,
    m: i64,
    flash: &str,
    r: Result<(), AppError>,
) -> Result<Response, AppError> {
    match r {
        Ok(()) => Ok(page::redirect_flash(state, &format!("{}/agenda#meeting-{m}", base(id)), flash)),
        Err(AppError::Unprocessable(e)) => {
            let msg = e.0.first().map(|x| ctx.tr().field_error(x)).unwrap_or_default();
            agenda_render(state, ctx, user, id, false, Some((m, msg))).await
        }
        Err(AppError::Conflict(x)) => {
            let msg = ctx.tr().field_error(&x);
            agenda_render(state, ctx, user, id, false, Some((m, msg))).await
        }
        Err(e) => Err(e),
    }
}

pub async fn answer(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let accept = f.get("accept") == "1";
    let r = service::answer(&state, &user, id, m, accept, f.get("slot").parse().ok()).await;
    after_meeting(&state, &ctx, &user, id, m, if accept { "bk-accepted" } else { "bk-declined" }, r).await
}

pub async fn cancel(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let r = service::cancel(&state, &user, id, m).await;
    after_meeting(&state, &ctx, &user, id, m, "bk-cancelled", r).await
}

pub async fn held(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = service::set_held(&state, &user, id, m, f.get("held") == "1").await;
    if f.get("back") == "organise" {
        r?;
        return Ok(page::redirect_flash(&state, &format!("{}/organise#grid", base(id)), "bk-saved"));
    }
    after_meeting(&state, &ctx, &user, id, m, "bk-saved", r).await
}

fn rate_form(ctx: &Ctx, id: i64, m: i64, f: Option<&Fields>) -> Form {
    let tr = ctx.tr();
    let get = |name: &str, d: &str| f.map(|f| f.get(name)).unwrap_or_else(|| d.to_owned());
    Form::new(
        format!("{}/meetings/{m}/rate", base(id)),
        tr.t("save"),
        &ctx.csrf,
        vec![
            Field::new("select", "rating", tr.t("bk-label-rating"))
                .options(
                    (1..=5).rev().map(|r| (r.to_string(), tr.ta("bk-stars", "name", &r.to_string()))),
                    &[get("rating", "4")],
                )
                .required(),
            Field::new("select", "outcome", tr.t("bk-label-outcome"))
                .options(
                    OUTCOMES.map(|o| (o.to_string(), tr.t(&format!("bk-outcome-{o}")))),
                    &[get("outcome", "follow-up")],
                )
                .required(),
            Field::new("textarea", "comment", tr.t("bk-label-comment")).value(get("comment", "")),
        ],
    )
}

pub async fn rate_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::me(&state, &user, id).await?;
    Ok(page::form_page(&ctx, ctx.tr().t("bk-rate"), rate_form(&ctx, id, m, None), None, format!("{}/agenda", base(id))))
}

pub async fn rate(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = service::rate(&state, &user, id, m, &f.get("rating"), &f.get("outcome"), &f.get("comment"))
        .await
        .map(|_| page::redirect_flash(&state, &format!("{}/agenda#meeting-{m}", base(id)), "bk-rated"));
    or_form(r, |errs| {
        page::form_page(
            &ctx,
            ctx.tr().t("bk-rate"),
            rate_form(&ctx, id, m, Some(&f)),
            Some(errs),
            format!("{}/agenda", base(id)),
        )
    })
}

fn followup_form(ctx: &Ctx, id: i64, m: i64) -> Form {
    let tr = ctx.tr();
    Form::new(
        format!("{}/meetings/{m}/follow-up", base(id)),
        tr.t("save"),
        &ctx.csrf,
        vec![
            Field::new("select", "outcome", tr.t("bk-label-followup"))
                .options(OUTCOMES.map(|o| (o.to_string(), tr.t(&format!("bk-outcome-{o}")))), &[])
                .required(),
        ],
    )
}

pub async fn followup_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::me(&state, &user, id).await?;
    Ok(page::form_page(
        &ctx,
        ctx.tr().t("bk-followup"),
        followup_form(&ctx, id, m),
        None,
        format!("{}/agenda", base(id)),
    ))
}

pub async fn followup(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = service::follow_up(&state, &user, id, m, &f.get("outcome"))
        .await
        .map(|_| page::redirect_flash(&state, &format!("{}/agenda", base(id)), "bk-rated"));
    or_form(r, |errs| {
        page::form_page(
            &ctx,
            ctx.tr().t("bk-followup"),
            followup_form(&ctx, id, m),
            Some(errs),
            format!("{}/agenda", base(id)),
        )
    })
}

// ---- Organiser's desk ----

#[derive(Template)]
#[template(path = "brokerage/organise.html")]
struct OrganisePage {
    c: Chrome,
    id: i64,
    event: String,
    rules: Vec<String>,
    set_up: bool,
    published: bool,
    sessions: Vec<(i64, String, String)>,
    grid: Vec<view::GridSession>,
    unplaced: Vec<view::GridMeeting>,
    pending: i64,
    people: Vec<(i64, String, String, bool, Option<bool>)>,
    report: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct ReportQuery {
    #[serde(default)]
    pub report: Option<String>,
}

pub async fn organise(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    Query(q): Query<ReportQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let e = service::organised(&state, &user, id).await?;
    let setup = state.db.brokerage_setup(id).await?;
    let ps = state.db.brokerage_participants(id).await?;
    let meetings = state.db.brokerage_meetings(id).await?;
    let (grid, unplaced) = view::grid(&setup, &ps, &meetings, &e, &tr);
    let tz = zone_or_utc(&e.draft.time_zone);
    let page = OrganisePage {
        c: Chrome::new(&ctx, tr.ta("bk-organise-title", "name", &e.draft.title)),
        id,
        event: e.draft.title.clone(),
        rules: view::rules(&setup, &e, &tr),
        set_up: setup.settings.is_some(),
        published: setup.settings.as_ref().is_some_and(|s| s.published_at.is_some()),
        sessions: setup
            .sessions
            .iter()
            .map(|s| {
                let when = s
                    .slots
                    .first()
                    .map(|a| {
                        format!(
                            "{} · {} · {}",
                            utc_to_local(a.starts_at, tz).replace('T', " "),
                            tr.args("bk-session-slots", &[("count", (s.slots.len() as i64).into())]),
                            tr.args("bk-session-tables", &[("count", s.tables.into()), ("cap", s.cap.into())])
                        )
                    })
                    .unwrap_or_default();
                (s.id, s.name.clone(), when)
            })
            .collect(),
        grid,
        unplaced,
        pending: meetings.iter().filter(|m| m.status == MeetingStatus::Pending).count() as i64,
        people: ps
            .iter()
            .map(|p| {
                let held: Vec<bool> = meetings.iter().filter(|m| m.involves(p.id)).filter_map(|m| m.held).collect();
                let absent = if p.checked_in_at.is_some() {
                    Some(false)
                } else if !held.is_empty() && held.iter().all(|h| !h) {
                    Some(true)
                } else {
                    None
                };
                (p.id, view::display(p), tr.t(&format!("bk-kind-{}", p.kind)), p.checked_in_at.is_some(), absent)
            })
            .collect(),
        report: q.report,
    };
    Ok(page::render(&page))
}

pub async fn run(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let r = service::run(&state, &user, id, f.get("allow_moves") == "1").await?;
    let tr = ctx.tr();
    let msg = tr.args(
        "bk-run-report",
        &[
            ("placed", (r.placed as i64).into()),
            ("unplaced", (r.unplaced as i64).into()),
            ("gaps", (r.gaps as i64).into()),
            ("bound", (r.upper_bound as i64).into()),
            ("moved", (r.moved as i64).into()),
        ],
    );
    let to = format!("{}/organise?report={}#grid", base(id), urlencoding(&msg));
    Ok(page::see_other(&to))
}

fn urlencoding(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|x| x.trim_start_matches('=').to_owned()).unwrap_or_default()
}

pub async fn publish(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::publish(&state, &user, id).await?;
    Ok(page::redirect_flash(&state, &format!("{}/organise#grid", base(id)), "bk-published"))
}

async fn place_form(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    id: i64,
    m: i64,
    f: Option<&Fields>,
) -> Result<(Form, String), AppError> {
    let tr = ctx.tr();
    let e = service::organised(state, user, id).await?;
    let setup = state.db.brokerage_setup(id).await?;
    let meeting = state.db.brokerage_meeting(m).await?;
    if meeting.event_id != id {
        return Err(AppError::NotFound);
    }
    let ps = state.db.brokerage_participants(id).await?;
    let title = tr.args(
        "bk-place-title",
        &[("a", view::name(&ps, meeting.requester_id).into()), ("b", view::name(&ps, meeting.invitee_id).into())],
    );
    let all = state.db.brokerage_meetings(id).await?;
    let accepted: Vec<_> = all.into_iter().filter(|x| x.status == MeetingStatus::Accepted).collect();
    let mut opts = vec![(String::new(), tr.t("bk-unplace"))];
    for s in view::slots(&setup, &e) {
        let why = service::why_not(&setup, &ps, &accepted, &meeting, s.id);
        let label = match why {
            None => s.label.clone(),
            Some(w) => format!("{} — {}", s.label, tr.t(&format!("error-{w}"))),
        };
        opts.push((s.id.to_string(), label));
    }
    let get = |name: &str, d: String| f.map(|f| f.get(name)).unwrap_or(d);
    let form = Form::new(
        format!("{}/meetings/{m}/place", base(id)),
        tr.t("save"),
        &ctx.csrf,
        vec![
            Field::new("select", "slot", tr.t("bk-label-slot"))
                .options(opts, &[get("slot", meeting.slot_id.map(|s| s.to_string()).unwrap_or_default())])
                .hint(tr.t("bk-hint-slot")),
            Field::new("text", "table", tr.t("bk-label-table"))
                .value(get("table", meeting.table_no.map(|t| t.to_string()).unwrap_or_default()))
                .hint(tr.t("bk-hint-table")),
            Field::new("select", "locked", tr.t("bk-label-locked")).options(
                [("0", "bk-lock-no"), ("1", "bk-lock-yes")].map(|(v, k)| (v.to_string(), tr.t(k))),
                &[get("locked", if meeting.locked { "1".into() } else { "0".into() })],
            ),
            Field::new("select", "priority", tr.t("bk-label-priority")).options(
                (1..=3).map(|p| (p.to_string(), tr.t(&format!("bk-priority-{p}")))),
                &[get("priority", meeting.priority.to_string())],
            ),
        ],
    );
    Ok((form, title))
}

pub async fn place_page(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (form, title) = place_form(&state, &ctx, &user, id, m, None).await?;
    Ok(page::form_page(&ctx, title, form, None, format!("{}/organise#grid", base(id))))
}

pub async fn place(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, m)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let slot: Option<i64> = f.get("slot").parse().ok();
    let table = match f.get("table").trim() {
        "" => Ok(None),
        t => t.parse::<i64>().map(Some).map_err(|_| AppError::invalid("table", "invalid-choice")),
    };
    let locked = f.get("locked") == "1";
    let r = match table {
        Ok(table) => async {
            service::move_meeting(&state, &user, id, m, slot, table).await?;
            service::set_lock(&state, &user, id, m, locked && slot.is_some(), f.get("priority").parse().ok()).await
        }
        .await
        .map(|_| page::redirect_flash(&state, &format!("{}/organise#grid", base(id)), "bk-saved")),
        Err(e) => Err(e),
    };
    let (form, title) = place_form(&state, &ctx, &user, id, m, Some(&f)).await?;
    or_form(r, |errs| page::form_page(&ctx, title, form, Some(errs), format!("{}/organise#grid", base(id))))
}

pub async fn check_in(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, p)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    service::check_in(&state, &user, id, p, f.get("present") == "1").await?;
    Ok(page::redirect_flash(&state, &format!("{}/organise#check-in", base(id)), "bk-saved"))
}

#[derive(Template)]
#[template(path = "brokerage/tables.html")]
struct TablesPage {
    c: Chrome,
    id: i64,
    grid: Vec<view::GridSession>,
}

impl TablesPage {
    /// The meeting at table `t` of a row.
    fn at<'a>(&self, r: &'a view::GridRow, t: &i64) -> Option<&'a view::GridMeeting> {
        r.cells.get((*t - 1) as usize).and_then(|c| c.as_ref())
    }
}

pub async fn tables(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let e = service::organised(&state, &user, id).await?;
    let setup = state.db.brokerage_setup(id).await?;
    let ps = state.db.brokerage_participants(id).await?;
    let meetings = state.db.brokerage_meetings(id).await?;
    let (grid, _) = view::grid(&setup, &ps, &meetings, &e, &tr);
    let page = TablesPage { c: Chrome::new(&ctx, tr.ta("bk-tables-title", "name", &e.draft.title)), id, grid };
    Ok(page::render(&page))
}

#[derive(Template)]
#[template(path = "brokerage/results.html")]
struct ResultsPage {
    c: Chrome,
    id: i64,
    rows: Vec<(String, String)>,
    outcomes: Vec<(String, i64, i64)>,
}

pub async fn results(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let e = service::organised(&state, &user, id).await?;
    let r = service::results(&state, id).await?;
    let page = ResultsPage {
        c: Chrome::new(&ctx, tr.ta("bk-results-title", "name", &e.draft.title)),
        id,
        rows: vec![
            (tr.t("bk-results-participants"), r.participants.to_string()),
            (tr.t("bk-results-requests"), r.requests.to_string()),
            (tr.t("bk-results-accepted"), r.accepted.to_string()),
            (tr.t("bk-results-declined"), r.declined.to_string()),
            (tr.t("bk-results-expired"), r.expired.to_string()),
            (tr.t("bk-results-scheduled"), r.scheduled.to_string()),
            (tr.t("bk-results-held"), r.held.to_string()),
            (tr.t("bk-results-not-held"), r.not_held.to_string()),
            (tr.t("bk-results-no-shows"), r.no_shows.to_string()),
            (tr.t("bk-results-rating"), r.average_rating.map(|x| format!("{x:.1} / 5")).unwrap_or_else(|| "–".into())),
        ],
        outcomes: OUTCOMES
            .iter()
            .map(|o| {
                let at = r
                    .outcomes
                    .iter()
                    .find(|x| x.outcome == *o)
                    .map(|x| (x.after_meeting, x.at_follow_up))
                    .unwrap_or((0, 0));
                (tr.t(&format!("bk-outcome-{o}")), at.0, at.1)
            })
            .collect(),
    };
    Ok(page::render(&page))
}
