//! The shared calendar: every task-force event in a month grid or a week, with the
//! list's filters, days read in a chosen time zone (Brussels unless the reader picks
//! another). The list view is `/events`.

use super::pages::ListQuery;
use super::service;
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::organisations::pages::Select;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use chrono::{Datelike, Duration, NaiveDate, TimeZone};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct CalendarQuery {
    #[serde(flatten)]
    list: ListQuery,
    /// `month` (the default) or `week`.
    #[serde(default)]
    view: String,
    /// A day of the month or week shown, `YYYY-MM-DD` (today by default).
    #[serde(default)]
    date: String,
    /// The IANA zone days are read in.
    #[serde(default)]
    tz: String,
}

/// A day of the grid and the events on it.
pub struct Day {
    pub date: NaiveDate,
    /// `2027-03-10`, for `<time>`.
    pub iso: String,
    pub label: String,
    /// In the month shown (the grid's leading and trailing days are not).
    pub inside: bool,
    /// (id, local start time, title, cancelled)
    pub events: Vec<(i64, String, String, bool)>,
}

#[derive(Template)]
#[template(path = "events/month.html")]
struct CalendarPage {
    c: Chrome,
    week_view: bool,
    heading: String,
    weekdays: Vec<String>,
    /// Rows of seven days (one row in the week view).
    weeks: Vec<Vec<Day>>,
    selects: Vec<Select>,
    zones: Vec<(String, bool)>,
    prev: String,
    next: String,
    other_view: String,
    list: String,
    view: String,
    date: String,
    count: i64,
}

const ZONES: [&str; 6] =
    ["Europe/Brussels", "Europe/Lisbon", "Europe/Dublin", "Europe/Helsinki", "Europe/Athens", "UTC"];

pub async fn calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<CalendarQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let mut f = q.list.filter(&state.topics)?;
    f.members = service::is_member(&state, ctx.user.as_deref()).await?;
    let tz_name = if q.tz.trim().is_empty() { "Europe/Brussels" } else { q.tz.trim() };
    let tz = domain::events::zone(tz_name).ok_or_else(|| AppError::invalid("tz", "invalid-time-zone"))?;
    let today = chrono::Utc::now().with_timezone(&tz).date_naive();
    let date = match q.date.trim() {
        "" => today,
        d => NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| AppError::invalid("date", "invalid-date"))?,
    };
    if !(1970..=9000).contains(&date.year()) {
        return Err(AppError::invalid("date", "invalid-date"));
    }
    let week_view = q.view == "week";
    let monday = |d: NaiveDate| d - Duration::days(d.weekday().num_days_from_monday() as i64);
    let (first, days, prev, next) = if week_view {
        let m = monday(date);
        (m, 7, m - Duration::days(7), m + Duration::days(7))
    } else {
        let start = date.with_day(1).unwrap_or(date);
        let next_month = (start + Duration::days(32)).with_day(1).unwrap_or(start);
        let prev_month = (start - Duration::days(1)).with_day(1).unwrap_or(start);
        let grid = monday(start);
        let end = next_month - Duration::days(1);
        let span = (end - grid).num_days() + 1;
        let weeks = (span + 6) / 7;
        (grid, weeks * 7, prev_month, next_month)
    };
    let local_midnight = |d: NaiveDate| {
        let naive = d.and_hms_opt(0, 0, 0).unwrap_or_default();
        tz.from_local_datetime(&naive).earliest().map(|t| t.timestamp()).unwrap_or_else(|| naive.and_utc().timestamp())
    };
    let from = local_midnight(first);
    let to = local_midnight(first + Duration::days(days));
    f.range = Some((from, to));
    let (events, _) = state.db.public_events(&f, store::now(), 1000, 0).await?;
    let count = events.len() as i64;
    let mut all: Vec<Day> = (0..days)
        .map(|n| {
            let d = first + Duration::days(n);
            Day {
                date: d,
                iso: d.format("%Y-%m-%d").to_string(),
                label: d.day().to_string(),
                inside: week_view || d.month() == date.month(),
                events: Vec::new(),
            }
        })
        .collect();
    for e in events {
        let s = tz.timestamp_opt(e.draft.starts_at, 0).single();
        let en = tz.timestamp_opt(e.draft.ends_at - 1, 0).single();
        let (Some(s), Some(en)) = (s, en) else { continue };
        let time = s.format("%H:%M").to_string();
        for day in all.iter_mut().filter(|d| d.date >= s.date_naive() && d.date <= en.date_naive()) {
            day.events.push((
                e.id,
                time.clone(),
                e.draft.title.clone(),
                e.state == domain::events::EventState::Cancelled,
            ));
        }
    }
    let weeks: Vec<Vec<Day>> = {
        let mut out = Vec::new();
        while !all.is_empty() {
            let rest = all.split_off(7.min(all.len()));
            out.push(all);
            all = rest;
        }
        out
    };
    let filters: Vec<(&str, String)> = vec![
        ("kind", q.list.kind.clone()),
        ("topic", q.list.topic.clone()),
        ("language", q.list.language.clone()),
        ("initiative", q.list.initiative.clone()),
        ("tz", if tz_name == "Europe/Brussels" { String::new() } else { tz_name.to_owned() }),
    ];
    let link = |view: &str, d: NaiveDate| {
        let mut v = filters.clone();
        v.push(("view", view.to_owned()));
        v.push(("date", d.format("%Y-%m-%d").to_string()));
        v.retain(|(_, x)| !x.is_empty());
        format!("/events/calendar?{}", serde_urlencoded::to_string(&v).unwrap_or_default())
    };
    let view = if week_view { "week" } else { "month" };
    let heading = if week_view {
        tr.args(
            "calendar-week-of",
            &[
                ("from", first.format("%Y-%m-%d").to_string().into()),
                ("to", (first + Duration::days(6)).format("%Y-%m-%d").to_string().into()),
            ],
        )
    } else {
        format!("{} {}", tr.t(&format!("month-{}", date.month())), date.year())
    };
    let list_pairs: Vec<(&str, String)> = filters[..4].iter().filter(|(_, x)| !x.is_empty()).cloned().collect();
    Ok(page::render(&CalendarPage {
        c: Chrome::new(&ctx, tr.t("calendar-view-title")),
        week_view,
        heading,
        weekdays: (1..=7).map(|d| tr.t(&format!("weekday-{d}"))).collect(),
        weeks,
        selects: super::pages::filter_selects(&state, &tr, &q.list).await?,
        zones: ZONES.iter().map(|z| (z.to_string(), *z == tz_name)).collect(),
        prev: link(view, prev),
        next: link(view, next),
        other_view: link(if week_view { "month" } else { "week" }, date),
        list: format!("/events?{}", serde_urlencoded::to_string(&list_pairs).unwrap_or_default()),
        view: view.to_owned(),
        date: date.format("%Y-%m-%d").to_string(),
        count,
    }))
}
