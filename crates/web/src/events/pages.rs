//! Event pages: the list of upcoming (or past) events, an event's page with registration,
//! and its organisers' form.

use super::service;
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::organisations::pages::{Select, choices_sector};
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use domain::FieldErrors;
use domain::event_forms::{ANSWER_FIELDS, DEFAULT_REMINDERS, REMINDER_CHOICES};
use domain::events::{EventInput, EventState, FORMATS, KINDS, RegStatus, utc_to_local, zone_or_utc};
use domain::resources::{AUDIENCES, Publisher};
use serde::Deserialize;
use store::accounts::User;
use store::events::{Event, EventFilter};

const PAGE: i64 = 20;

fn kind_choices(tr: &Tr) -> Vec<(String, String)> {
    KINDS.iter().map(|k| (k.to_string(), tr.t(&format!("event-kind-{k}")))).collect()
}

/// An event's time in its own zone, and in UTC.
pub fn when(e: &Event, tr: &Tr) -> String {
    let tz = zone_or_utc(&e.draft.time_zone);
    let (s, en) = (utc_to_local(e.draft.starts_at, tz), utc_to_local(e.draft.ends_at, tz));
    let same_day = s.get(..10) == en.get(..10);
    let end = if same_day { en.get(11..).unwrap_or("").to_owned() } else { en.replace('T', " ") };
    format!("{} – {} ({})", s.replace('T', " "), end, e.draft.time_zone)
        + &format!(" · {}", tr.datetime(e.draft.starts_at))
}

/// An event with its codes in words.
pub struct View {
    pub e: Event,
    pub kind: String,
    pub format: String,
    pub when: String,
    /// The start in RFC 3339 (UTC), for `<time>` and the script that adds the visitor's
    /// own time.
    pub starts_iso: String,
    pub topics: Vec<String>,
    pub state: String,
    /// "12 of 100 seats taken", "unlimited".
    pub seats: String,
}

impl View {
    fn new(e: Event, tr: &Tr, topics: &crate::topics::Registry) -> Self {
        Self {
            kind: tr.t(&format!("event-kind-{}", e.draft.kind)),
            format: tr.t(&format!("event-format-{}", e.draft.format)),
            when: when(&e, tr),
            starts_iso: crate::api_common::rfc3339(e.draft.starts_at),
            topics: e.draft.topics.iter().map(|t| topics.label(tr, t)).collect(),
            state: tr.t(&format!("event-state-{}", e.state.as_str())),
            seats: match e.draft.capacity {
                Some(c) => tr.args(
                    "event-seats",
                    &[("taken", tr.number(e.confirmed).into()), ("capacity", tr.number(c).into())],
                ),
                None => tr.t("event-seats-unlimited"),
            },
            e,
        }
    }
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub initiative: String,
    /// `past` for past events.
    #[serde(default)]
    pub when: String,
    #[serde(default)]
    pub page: String,
    /// Events overlapping the days `from` to `to` (UTC, `YYYY-MM-DD`, both included).
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
}

impl ListQuery {
    pub fn filter(&self, topics: &crate::topics::Registry) -> Result<EventFilter, FieldErrors> {
        let mut errs = FieldErrors::new();
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let mut check = |field: &'static str, v: Option<String>, ok: bool| match v {
            Some(_) if !ok => {
                errs.push(domain::FieldError::new(field, "invalid-choice"));
                None
            }
            v => v,
        };
        let kind = check("kind", some(&self.kind), KINDS.contains(&self.kind.trim()));
        let topic = check("topic", some(&self.topic), topics.is_known(self.topic.trim()));
        let language = check("language", some(&self.language), domain::people::language(&self.language).is_some());
        let initiative =
            check("initiative", some(&self.initiative), self.initiative.trim().parse::<i64>().is_ok_and(|i| i > 0))
                .and_then(|i| i.parse().ok());
        let day = |field: &'static str, v: &str, errs: &mut FieldErrors| match v.trim() {
            "" => None,
            d => match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                Ok(d) => d.and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp()),
                Err(_) => {
                    errs.push(domain::FieldError::new(field, "invalid-date"));
                    None
                }
            },
        };
        let from = day("from", &self.from, &mut errs);
        let to = day("to", &self.to, &mut errs).map(|t| t + 86_400);
        let range = match (from, to) {
            (None, None) => None,
            (f, t) => {
                let (f, t) = (f.unwrap_or(i64::MIN / 2), t.unwrap_or(i64::MAX / 2));
                if t <= f {
                    errs.push(domain::FieldError::new("to", "end-before-start"));
                }
                Some((f, t))
            }
        };
        errs.into_result()?;
        Ok(EventFilter { kind, topic, language, initiative, past: self.when == "past", range, ..Default::default() })
    }
}

/// The list's and the calendar's filters.
pub async fn filter_selects(state: &AppState, tr: &Tr, q: &ListQuery) -> Result<Vec<Select>, AppError> {
    Ok(vec![
        Select::filter(tr, "kind", "label-event-kind", kind_choices(tr), &q.kind),
        Select::filter(tr, "topic", "label-topic", state.topics.choices(tr), &q.topic),
        Select::filter(tr, "language", "label-language", crate::people::pages::languages(tr), &q.language),
        Select::filter(
            tr,
            "initiative",
            "label-initiative",
            crate::resources::pages::initiative_choices(state).await?,
            &q.initiative,
        ),
    ])
}

#[derive(Template)]
#[template(path = "events/list.html")]
struct List {
    c: Chrome,
    selects: Vec<Select>,
    items: Vec<View>,
    past: bool,
    /// How many were found, in words.
    found: String,
    prev: Option<String>,
    next: Option<String>,
    can_add: bool,
    other: String,
    ics: String,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let mut f = q.filter(&state.topics)?;
    f.members = service::is_member(&state, ctx.user.as_deref()).await?;
    let page_no = q.page.trim().parse::<i64>().unwrap_or(1).clamp(1, 500);
    let (items, total) = state.db.public_events(&f, store::now(), PAGE, (page_no - 1) * PAGE).await?;
    let pairs = |extra: Vec<(&'static str, String)>| {
        let mut v: Vec<(&str, String)> = vec![
            ("kind", q.kind.clone()),
            ("topic", q.topic.clone()),
            ("language", q.language.clone()),
            ("initiative", q.initiative.clone()),
        ];
        v.extend(extra);
        v.retain(|(_, x)| !x.trim().is_empty());
        serde_urlencoded::to_string(&v).unwrap_or_default()
    };
    let link = |p: i64| format!("/events?{}", pairs(vec![("when", q.when.clone()), ("page", p.to_string())]));
    let can_add = match &ctx.user {
        Some(u) => !crate::resources::service::publishers(&state, u).await?.is_empty(),
        None => false,
    };
    Ok(page::render(&List {
        c: Chrome::new(&ctx, tr.t("events-title")),
        selects: filter_selects(&state, &tr, &q).await?,
        items: items.into_iter().map(|e| View::new(e, &tr, &state.topics)).collect(),
        found: tr.tnum(if f.past { "events-found-past" } else { "events-found" }, total),
        past: f.past,
        prev: (page_no > 1).then(|| link(page_no - 1)),
        next: (page_no * PAGE < total).then(|| link(page_no + 1)),
        can_add,
        other: format!("/events?{}", pairs(vec![("when", if f.past { String::new() } else { "past".into() })])),
        ics: format!("/events/feed.ics?{}", pairs(vec![])),
    }))
}

#[derive(Template)]
#[template(path = "events/show.html")]
struct Show {
    c: Chrome,
    v: View,
    organiser: bool,
    /// The reader's registration, if signed in and registered.
    mine: Option<String>,
    /// Holds a seat or a place on the waiting list.
    registered: bool,
    /// The join link, for confirmed participants and organisers only.
    join: Option<String>,
    /// Why registration is closed, in words (`None`: open).
    closed: Option<String>,
    signed_in: bool,
    participants: Vec<store::events::Participant>,
    /// For its organisers: published events at the same time for the same audience or on
    /// the same topic (title, link, when).
    clashes: Vec<(String, String, String)>,
    json_ld: String,
    /// The co-organisers' names.
    co_names: Vec<String>,
    /// The reader's certificate of attendance, if they have one.
    certificate: Option<String>,
    /// The reader may give feedback now.
    feedback_open: bool,
    /// Organisers may record attendance now.
    attendance_open: bool,
    /// Slides and recordings.
    resources: Vec<store::event_parts::LinkedResource>,
    /// For organisers: the organisers' published resources that could be linked.
    linkable: Vec<(String, String)>,
    /// A members' meeting: its agenda items, whether members may still propose, its action items.
    meeting: bool,
    items: Vec<store::event_parts::MeetingItem>,
    agenda_open: bool,
    actions: Vec<store::event_parts::ActionItem>,
}

impl Show {
    fn question_count(&self) -> i64 {
        self.v.e.questions.len() as i64
    }
}

fn json_ld(e: &Event, url: &str) -> String {
    let d = &e.draft;
    let status = match e.state {
        EventState::Cancelled => "https://schema.org/EventCancelled",
        _ => "https://schema.org/EventScheduled",
    };
    let mode = match d.format.as_str() {
        "online" => "https://schema.org/OnlineEventAttendanceMode",
        "onsite" => "https://schema.org/OfflineEventAttendanceMode",
        _ => "https://schema.org/MixedEventAttendanceMode",
    };
    let location = match d.format.as_str() {
        "online" => serde_json::json!({"@type": "VirtualLocation", "url": url}),
        _ => serde_json::json!({"@type": "Place", "name": d.venue, "address": d.address}),
    };
    let full = d.capacity.is_some_and(|c| e.confirmed >= c);
    let v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": d.title,
        "description": d.summary,
        "startDate": crate::api_common::rfc3339(d.starts_at),
        "endDate": crate::api_common::rfc3339(d.ends_at),
        "eventStatus": status,
        "eventAttendanceMode": mode,
        "location": location,
        "organizer": {"@type": "Organization", "name": e.publisher_name},
        "url": url,
        "offers": {"@type": "Offer", "price": 0, "priceCurrency": "EUR", "url": url,
                   "availability": if full { "https://schema.org/SoldOut" } else { "https://schema.org/InStock" }},
    });
    serde_json::to_string(&v).unwrap_or_default().replace('<', "\\u003c")
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (e, organiser) = service::visible(&state, ctx.user.as_deref(), id).await?;
    let me = match &ctx.user {
        Some(u) => state.db.my_registration(id, u.id).await?,
        None => None,
    };
    let mine = me.as_ref().map(|m| m.status);
    let now = store::now();
    let feedback_open = me.as_ref().is_some_and(|m| m.status == RegStatus::Confirmed && m.attended != Some(false))
        && (e.state == EventState::Finished || now >= e.draft.ends_at);
    let mut co_names = Vec::new();
    let initiatives = state.db.initiatives().await?;
    for p in &e.draft.co_organisers {
        match p {
            Publisher::Initiative(i) => {
                co_names.extend(initiatives.iter().filter(|x| x.id.0 == *i).map(|x| x.acronym.clone()))
            }
            Publisher::Organisation(o) => {
                if let Ok(org) = state.db.organisation(domain::OrganisationId(*o)).await {
                    co_names.push(org.name)
                }
            }
        }
    }
    let resources = state.db.event_resources(id).await?;
    let mut linkable = Vec::new();
    if organiser {
        for p in e.organisers() {
            for r in state.db.publisher_resources(p).await? {
                if r.state == domain::resources::State::Published && !resources.iter().any(|x| x.id == r.id) {
                    linkable.push((r.id.to_string(), r.draft.title.clone()));
                }
            }
        }
    }
    let meeting = e.is_members_meeting();
    let (items, actions) = if meeting {
        (state.db.meeting_items(id).await?, state.db.action_items(Some(id), None).await?)
    } else {
        (Vec::new(), Vec::new())
    };
    let join = (organiser || mine == Some(RegStatus::Confirmed)).then(|| e.draft.join_link.clone()).flatten();
    let closed =
        domain::events::registration_closed(e.state, &e.draft, store::now()).map(|c| tr.t(&format!("error-{c}")));
    let participants = if organiser { state.db.participants(id).await? } else { Vec::new() };
    let clashes = if organiser && matches!(e.state, EventState::Draft | EventState::Published) {
        state
            .db
            .clashes(&e)
            .await?
            .into_iter()
            .map(|c| (c.draft.title.clone(), format!("/events/{}", c.id), when(&c, &tr)))
            .collect()
    } else {
        Vec::new()
    };
    let url = format!("{}/events/{id}", state.config.public_origin());
    let e_starts = e.draft.starts_at;
    Ok(page::render(&Show {
        c: Chrome::new(&ctx, e.draft.title.clone()),
        json_ld: json_ld(&e, &url),
        mine: mine.map(|m| tr.t(&format!("event-registration-{}", m.as_str()))),
        registered: matches!(mine, Some(RegStatus::Confirmed | RegStatus::Waiting)),
        v: View::new(e, &tr, &state.topics),
        organiser,
        join,
        closed,
        signed_in: ctx.user.is_some(),
        participants,
        clashes,
        co_names,
        certificate: me.and_then(|m| m.certificate),
        feedback_open,
        attendance_open: domain::event_forms::attendance_open(e_starts, now),
        resources,
        linkable,
        meeting,
        items,
        agenda_open: now < e_starts,
        actions,
    }))
}

/// The registration form: one field per question of the organisers (`answer-N` for the
/// N-th question), then the register button.
fn registration_form(tr: &Tr, e: &Event, csrf: &str, f: Option<&Fields>) -> Form {
    let fields = e
        .questions
        .iter()
        .zip(ANSWER_FIELDS)
        .map(|(q, name)| {
            let given = f.map(|f| f.all(name)).unwrap_or_default();
            let first = given.first().cloned().unwrap_or_default();
            let field = match q.kind.as_str() {
                "long" => Field::new("textarea", name, q.label.clone()).value(first),
                "single" | "yesno" => {
                    let mut opts = vec![(String::new(), tr.t("choose-none"))];
                    if q.kind == "yesno" {
                        opts.extend([("yes".to_owned(), tr.t("yes")), ("no".to_owned(), tr.t("no"))]);
                    } else {
                        opts.extend(q.choices.iter().map(|c| (c.clone(), c.clone())));
                    }
                    Field::new("select", name, q.label.clone()).options(opts, &[first])
                }
                "multiple" => Field::new("checkboxes", name, q.label.clone())
                    .options(q.choices.iter().map(|c| (c.clone(), c.clone())), &given),
                _ => Field::new("text", name, q.label.clone()).value(first),
            };
            if q.required { field.required() } else { field }
        })
        .collect();
    Form::new(format!("/events/{}/register", e.id), tr.t("event-register"), csrf, fields)
}

/// The answers a registration form sent, by question id.
fn answers_from(e: &Event, f: &Fields) -> domain::event_forms::Answers {
    e.questions.iter().zip(ANSWER_FIELDS).map(|(q, name)| (q.id.to_string(), f.all(name))).collect()
}

pub async fn register_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (e, _) = service::visible(&state, Some(&user), id).await?;
    let tr = ctx.tr();
    let f = registration_form(&tr, &e, &ctx.csrf, None);
    Ok(page::form_page(&ctx, tr.ta("event-register-title", "title", &e.draft.title), f, None, format!("/events/{id}")))
}

pub async fn register(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let (e, _) = service::visible(&state, Some(&user), id).await?;
    let flash = match service::register(&state, &user, id, &answers_from(&e, &f)).await {
        Ok(RegStatus::Confirmed) => "event-registered",
        Ok(RegStatus::Pending) => "event-pending",
        Ok(_) => "event-waiting",
        Err(AppError::Conflict(e)) => match e.code {
            "already-registered" => "event-already-registered",
            _ => "event-registration-closed",
        },
        Err(AppError::Unprocessable(errs)) => {
            let tr = ctx.tr();
            let form = registration_form(&tr, &e, &ctx.csrf, Some(&f));
            let title = tr.ta("event-register-title", "title", &e.draft.title);
            return Ok(page::form_page(&ctx, title, form, Some(&errs), format!("/events/{id}")));
        }
        Err(e) => return Err(e),
    };
    Ok(page::redirect_flash(&state, &format!("/events/{id}"), flash))
}

pub async fn cancel(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let flash = match service::cancel(&state, &user, id).await {
        Ok(()) => "event-cancelled-registration",
        Err(AppError::Conflict(_)) => "event-not-registered",
        Err(e) => return Err(e),
    };
    Ok(page::redirect_flash(&state, &format!("/events/{id}"), flash))
}

/// Common IANA zones of the EU member states, for the form's choice (any IANA name is
/// accepted through the API).
const ZONES: [&str; 8] = [
    "Europe/Lisbon",
    "Europe/Dublin",
    "Europe/Brussels",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Helsinki",
    "Europe/Athens",
    "UTC",
];

/// A reminder time in words ("24 hours before").
pub fn reminder_label(tr: &Tr, minutes: i64) -> String {
    if minutes % 1440 == 0 && minutes > 1440 {
        tr.args("event-reminder-days", &[("n", (minutes / 1440).into())])
    } else if minutes % 60 == 0 {
        tr.args("event-reminder-hours", &[("n", (minutes / 60).into())])
    } else {
        tr.args("event-reminder-minutes", &[("n", minutes.into())])
    }
}

#[allow(clippy::too_many_arguments)]
fn form(
    tr: &Tr,
    topic_opts: Vec<(String, String)>,
    co_opts: Vec<(String, String)>,
    csrf: &str,
    action: String,
    input: &EventInput,
    publishers: Option<&[(Publisher, String)]>,
) -> Form {
    let mut fields = Vec::new();
    if let Some(ps) = publishers {
        let opts = ps.iter().map(|(p, n)| (p.key(), n.clone())).collect::<Vec<_>>();
        fields.push(
            Field::new("select", "publisher", tr.t("label-organiser"))
                .required()
                .options(opts, std::slice::from_ref(&input.publisher)),
        );
    }
    let with_none = |mut v: Vec<(String, String)>| {
        v.insert(0, (String::new(), tr.t("choose-none")));
        v
    };
    let formats = FORMATS.iter().map(|f| (f.to_string(), tr.t(&format!("event-format-{f}")))).collect();
    let mut zones: Vec<(String, String)> = ZONES.iter().map(|z| (z.to_string(), z.to_string())).collect();
    if !input.time_zone.is_empty() && !ZONES.contains(&input.time_zone.as_str()) {
        zones.push((input.time_zone.clone(), input.time_zone.clone()));
    }
    let audiences = AUDIENCES.iter().map(|a| (a.to_string(), tr.t(&format!("audience-{a}")))).collect::<Vec<_>>();
    fields.extend([
        Field::new("select", "kind", tr.t("label-event-kind"))
            .required()
            .options(with_none(kind_choices(tr)), std::slice::from_ref(&input.kind)),
        Field::new("text", "title", tr.t("label-thread-title")).value(&input.title).required(),
        Field::new("textarea", "summary", tr.t("label-summary")).value(&input.summary).required(),
        Field::new("textarea", "description", tr.t("label-description"))
            .value(&input.description)
            .hint(tr.t("hint-markdown")),
        Field::new("select", "format", tr.t("label-event-format"))
            .required()
            .options(with_none(formats), std::slice::from_ref(&input.format)),
        Field::new("text", "venue", tr.t("label-event-venue")).value(&input.venue),
        Field::new("text", "address", tr.t("label-event-address")).value(&input.address),
        Field::new("text", "join_link", tr.t("label-event-join-link"))
            .value(&input.join_link)
            .hint(tr.t("hint-event-join-link")),
        Field::new("select", "time_zone", tr.t("label-time-zone"))
            .required()
            .options(zones, std::slice::from_ref(&input.time_zone)),
        Field::new("datetime-local", "starts_at", tr.t("label-event-starts")).value(&input.starts_at).required(),
        Field::new("datetime-local", "ends_at", tr.t("label-event-ends")).value(&input.ends_at).required(),
        Field::new("text", "capacity", tr.t("label-capacity")).value(&input.capacity).hint(tr.t("hint-capacity")),
        Field::new("datetime-local", "registration_opens", tr.t("label-registration-opens"))
            .value(&input.registration_opens),
        Field::new("datetime-local", "registration_closes", tr.t("label-registration-closes"))
            .value(&input.registration_closes),
        Field::new("checkboxes", "languages", tr.t("label-event-languages"))
            .options(crate::people::pages::languages(tr), &input.languages),
        Field::new("checkboxes", "audiences", tr.t("label-audiences")).options(audiences, &input.audiences),
        Field::new("checkboxes", "topics", tr.t("label-topics")).options(topic_opts, &input.topics),
        Field::new("checkboxes", "sectors", tr.t("label-sectors")).options(choices_sector(tr), &input.sectors),
        Field::new("select", "approval", tr.t("label-event-approval")).options(
            [
                ("auto".to_owned(), tr.t("event-approval-auto")),
                ("organisers".to_owned(), tr.t("event-approval-organisers")),
            ],
            &[if input.approval { "organisers".to_owned() } else { "auto".to_owned() }],
        ),
        Field::new("checkboxes", "co_organisers", tr.t("label-co-organisers"))
            .options(co_opts, &input.co_organisers)
            .hint(tr.t("hint-co-organisers")),
        Field::new("textarea", "speakers", tr.t("label-speakers"))
            .value(domain::event_forms::speakers_to_lines(&input.speakers))
            .hint(tr.t("hint-speakers")),
        Field::new("textarea", "agenda", tr.t("label-agenda"))
            .value(domain::event_forms::sessions_to_lines(&input.agenda))
            .hint(tr.t("hint-agenda")),
        Field::new("checkboxes", "reminders", tr.t("label-reminders")).options(
            REMINDER_CHOICES.iter().map(|m| (m.to_string(), reminder_label(tr, *m))),
            &input.reminders.clone().unwrap_or_else(|| DEFAULT_REMINDERS.iter().map(|m| m.to_string()).collect()),
        ),
    ]);
    Form::new(action, tr.t("save"), csrf, fields)
}

fn input_from(f: &Fields) -> EventInput {
    EventInput {
        publisher: f.get("publisher"),
        kind: f.get("kind"),
        format: f.get("format"),
        title: f.get("title"),
        summary: f.get("summary"),
        description: f.get("description"),
        venue: f.get("venue"),
        address: f.get("address"),
        join_link: f.get("join_link"),
        time_zone: f.get("time_zone"),
        starts_at: f.get("starts_at"),
        ends_at: f.get("ends_at"),
        languages: f.all("languages"),
        audiences: f.all("audiences"),
        topics: f.all("topics"),
        sectors: f.all("sectors"),
        capacity: f.get("capacity"),
        registration_opens: f.get("registration_opens"),
        registration_closes: f.get("registration_closes"),
        approval: f.get("approval") == "organisers",
        co_organisers: f.all("co_organisers"),
        speakers: domain::event_forms::speakers_from_lines(&f.get("speakers")),
        agenda: domain::event_forms::sessions_from_lines(&f.get("agenda")),
        reminders: Some(f.all("reminders")),
    }
}

fn input_of(e: &Event) -> EventInput {
    let d = &e.draft;
    let tz = zone_or_utc(&d.time_zone);
    EventInput {
        publisher: d.publisher.key(),
        kind: d.kind.clone(),
        format: d.format.clone(),
        title: d.title.clone(),
        summary: d.summary.clone(),
        description: d.description.clone(),
        venue: d.venue.clone().unwrap_or_default(),
        address: d.address.clone().unwrap_or_default(),
        join_link: d.join_link.clone().unwrap_or_default(),
        time_zone: d.time_zone.clone(),
        starts_at: utc_to_local(d.starts_at, tz),
        ends_at: utc_to_local(d.ends_at, tz),
        languages: d.languages.clone(),
        audiences: d.audiences.clone(),
        topics: d.topics.clone(),
        sectors: d.sectors.clone(),
        capacity: d.capacity.map(|c| c.to_string()).unwrap_or_default(),
        registration_opens: d.registration_opens_at.map(|t| utc_to_local(t, tz)).unwrap_or_default(),
        registration_closes: d.registration_closes_at.map(|t| utc_to_local(t, tz)).unwrap_or_default(),
        approval: d.approval,
        co_organisers: d.co_organisers.iter().map(|p| p.key()).collect(),
        speakers: d.speakers.clone(),
        agenda: d.agenda.clone(),
        reminders: Some(d.reminders.iter().map(|m| m.to_string()).collect()),
    }
}

/// Who may co-organise: the member initiatives and the organisations of the organiser,
/// and those already chosen.
async fn co_organiser_choices(
    state: &AppState,
    user: &User,
    chosen: &[String],
) -> Result<Vec<(String, String)>, AppError> {
    let mut out: Vec<(String, String)> = state
        .db
        .initiatives()
        .await?
        .into_iter()
        .filter(|i| i.membership.is_current())
        .map(|i| (Publisher::Initiative(i.id.0).key(), i.acronym))
        .collect();
    for (p, name) in crate::resources::service::publishers(state, user).await? {
        if !out.iter().any(|(k, _)| *k == p.key()) {
            out.push((p.key(), name));
        }
    }
    for k in chosen {
        if !out.iter().any(|(x, _)| x == k)
            && let Some(Publisher::Organisation(o)) = Publisher::parse(k)
            && let Ok(org) = state.db.organisation(domain::OrganisationId(o)).await
        {
            out.push((k.clone(), org.name));
        }
    }
    Ok(out)
}

async fn new_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    input: &EventInput,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let ps = crate::resources::service::publishers(state, user).await?;
    if ps.is_empty() {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    let co = co_organiser_choices(state, user, &input.co_organisers).await?;
    let f = form(&tr, state.topics.choices(&tr), co, &ctx.csrf, "/events".into(), input, Some(&ps));
    Ok(page::form_page(ctx, tr.t("event-new-title"), f, errs, "/events".into()))
}

pub async fn new_form(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    let input = EventInput { time_zone: "Europe/Brussels".into(), ..Default::default() };
    new_page(&state, &user, &ctx, &input, None).await
}

pub async fn create(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &user, &input).await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/events/{id}"), "event-saved")),
        Err(AppError::Unprocessable(e)) => new_page(&state, &user, &ctx, &input, Some(&e)).await,
        Err(e) => Err(e),
    }
}

async fn edit_page(
    state: &AppState,
    user: &User,
    ctx: &Ctx,
    id: i64,
    input: Option<&EventInput>,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let (e, organiser) = service::visible(state, Some(user), id).await?;
    if !organiser {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let input = input.cloned().unwrap_or_else(|| input_of(&e));
    let co = co_organiser_choices(state, user, &input.co_organisers).await?;
    let f = form(&tr, state.topics.choices(&tr), co, &ctx.csrf, format!("/events/{id}/edit"), &input, None);
    Ok(page::form_page(ctx, tr.ta("event-edit-title", "title", &e.draft.title), f, errs, format!("/events/{id}")))
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
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/events/{id}"), "event-saved")),
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
    Ok(page::redirect_flash(&state, &format!("/events/{id}"), "event-saved"))
}

/// The participants as a CSV file (organisers).
pub async fn participants_csv(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse;
    let (e, organiser) = service::visible(&state, Some(&user), id).await?;
    if !organiser {
        return Err(AppError::NotFound);
    }
    let body = service::participants_csv(&e, &state.db.participants(id).await?, &ctx.tr());
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"event-{id}-participants.csv\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(r)
}

pub async fn remove_participant(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, who)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::remove(&state, &user, id, domain::UserId(who)).await?;
    Ok(page::redirect_flash(&state, &format!("/events/{id}"), "event-participant-removed"))
}

#[derive(Template)]
#[template(path = "events/calendar.html")]
struct CalendarPage {
    c: Chrome,
    has: bool,
    /// The new address, shown once.
    url: Option<String>,
}

/// The private calendar feed's page: make (or replace) its secret address, or stop it.
pub async fn calendar_page(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    let has = state.db.has_calendar_token(user.id).await?;
    Ok(page::render(&CalendarPage { c: Chrome::new(&ctx, ctx.tr().t("calendar-title")), has, url: None }))
}

pub async fn calendar_reset(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let mut tx = state.db.begin().await?;
    let url = if f.get("action") == "stop" {
        tx.set_calendar_token(user.id, None, store::now()).await?;
        None
    } else {
        let (secret, hash) = store::secret::new_secret();
        tx.set_calendar_token(user.id, Some(&hash), store::now()).await?;
        Some(format!("{}/calendar/{secret}.ics", state.config.public_origin()))
    };
    state.commit(tx).await?;
    let has = url.is_some();
    Ok(page::render(&CalendarPage { c: Chrome::new(&ctx, ctx.tr().t("calendar-title")), has, url }))
}
