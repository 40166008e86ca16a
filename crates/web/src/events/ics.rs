//! iCalendar (RFC 5545) for events: one event (`/events/{id}/calendar.ics`) and the feed
//! of public events with the list's filters (`/events/feed.ics`). Times are written in UTC
//! (`…Z`), which stays right across daylight-saving changes in every calendar; the UID is
//! stable, SEQUENCE grows with each change, a cancelled event says `STATUS:CANCELLED`.

use super::pages::ListQuery;
use crate::AppState;
use crate::error::AppError;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use domain::events::EventState;
use store::events::Event;

/// Text escaped for a property value (RFC 5545 §3.3.11).
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, never inside a UTF-8 character, ended by CRLF.
pub(crate) fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

pub(crate) fn stamp(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0).map(|d| d.format("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

fn vevent(out: &mut String, e: &Event, origin: &str) {
    vevent_with(out, e, origin, None)
}

/// An event; `join` adds the join link (a private feed's seat holder only).
fn vevent_with(out: &mut String, e: &Event, origin: &str, join: Option<&str>) {
    let d = &e.draft;
    let host = origin.split("://").nth(1).unwrap_or(origin);
    let url = format!("{origin}/events/{}", e.id);
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:event-{}@{}", e.id, esc(host)));
    line(out, &format!("DTSTAMP:{}", stamp(e.updated_at)));
    line(out, &format!("SEQUENCE:{}", e.sequence));
    line(out, &format!("DTSTART:{}", stamp(d.starts_at)));
    line(out, &format!("DTEND:{}", stamp(d.ends_at)));
    line(out, &format!("SUMMARY:{}", esc(&d.title)));
    let description = match join {
        Some(j) => format!("{}\n\n{j}\n\n{url}", d.summary),
        None => format!("{}\n\n{url}", d.summary),
    };
    line(out, &format!("DESCRIPTION:{}", esc(&description)));
    line(out, &format!("URL:{url}"));
    let place: Vec<&str> = [d.venue.as_deref(), d.address.as_deref()].into_iter().flatten().collect();
    if !place.is_empty() {
        line(out, &format!("LOCATION:{}", esc(&place.join(", "))));
    }
    line(out, &format!("ORGANIZER;CN={}:{origin}", esc(&e.publisher_name).replace(':', " ")));
    line(out, if e.state == EventState::Cancelled { "STATUS:CANCELLED" } else { "STATUS:CONFIRMED" });
    line(out, "END:VEVENT");
}

/// A calendar of `events`.
pub fn calendar(events: &[Event], origin: &str, name: &str) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//IPTF Hub//Events//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", esc(name)));
    for e in events {
        vevent(&mut out, e, origin);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// One event as a calendar file for one person (an e-mail's attachment): with the join
/// link when they hold a seat.
pub fn for_person(e: &Event, origin: &str, join: Option<&str>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//IPTF Hub//Events//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    vevent_with(&mut out, e, origin, join);
    line(&mut out, "END:VCALENDAR");
    out
}

/// A person's private feed (`/calendar/{secret}.ics`): the events they registered for,
/// with the join link where they hold a seat. The secret is the only key: a wrong one is
/// a 404 like any unknown address.
pub async fn personal(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, AppError> {
    let secret = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    if secret.len() != 64 || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let user = state.db.calendar_owner(&store::secret::hash(secret)).await?.ok_or(AppError::NotFound)?;
    let origin = state.config.public_origin();
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//IPTF Hub//My events//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, "X-WR-CALNAME:IPTF Hub");
    for (e, status) in state.db.registered_events(user, store::now()).await? {
        let join = (status == domain::events::RegStatus::Confirmed).then(|| e.draft.join_link.clone()).flatten();
        vevent_with(&mut out, &e, origin, join.as_deref());
    }
    line(&mut out, "END:VCALENDAR");
    let mut r = respond(out, "my-events.ics");
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(r)
}

fn respond(body: String, file: &str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{file}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

pub async fn one(
    State(state): State<AppState>,
    ctx: crate::ctx::Ctx,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (e, _) = super::service::visible(&state, ctx.user.as_deref(), id).await?;
    let body = calendar(std::slice::from_ref(&e), state.config.public_origin(), &e.draft.title);
    Ok(respond(body, &format!("event-{id}.ics")))
}

/// Upcoming public events with the list's filters (at most 1,000).
pub async fn feed(
    State(state): State<AppState>,
    ctx: crate::ctx::Ctx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let f = q.filter(&state.topics)?;
    let (events, _) = state.db.public_events(&f, store::now(), 1000, 0).await?;
    let body = calendar(&events, state.config.public_origin(), &format!("{} · IPTF Hub", ctx.tr().t("events-title")));
    Ok(respond(body, "events.ics"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_escaped_and_folded_on_character_boundaries() {
        assert_eq!(esc("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert!(out.contains("\r\n é"));
        assert!(out.ends_with("\r\n"));
    }
}
