//! Events of the task force and its members: webinars, trainings, workshops, member
//! meetings… with times in the event's IANA time zone (kept in UTC), a capacity and a
//! registration window, and registration that never oversells (a waiting list fills freed
//! seats in order).

use crate::event_forms::{Session, Speaker, parse_reminders, parse_sessions, parse_speakers};
use crate::initiatives::choices;
use crate::resources::Publisher;
use crate::{FieldError, FieldErrors, text};
use chrono::{NaiveDateTime, TimeZone};
pub use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// The kinds of event.
pub const KINDS: [&str; 7] =
    ["webinar", "info-session", "training", "workshop", "conference", "matchmaking", "members-meeting"];

/// How people attend.
pub const FORMATS: [&str; 3] = ["online", "onsite", "hybrid"];

/// The largest capacity an event may state.
pub const MAX_CAPACITY: i64 = 100_000;

/// Where an event stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventState {
    Draft,
    Published,
    Cancelled,
    Finished,
}

impl EventState {
    pub const ALL: [EventState; 4] = [Self::Draft, Self::Published, Self::Cancelled, Self::Finished];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Cancelled => "cancelled",
            Self::Finished => "finished",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

/// Where a person's registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RegStatus {
    Confirmed,
    Waiting,
    /// Waiting for the organisers' approval.
    Pending,
    Rejected,
    Cancelled,
}

impl RegStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Waiting => "waiting",
            Self::Pending => "pending",
            Self::Rejected => "rejected",
            Self::Cancelled => "cancelled",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Confirmed, Self::Waiting, Self::Pending, Self::Rejected, Self::Cancelled]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
    /// Holds a seat, waits for one or waits for approval: one registration that counts.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Confirmed | Self::Waiting | Self::Pending)
    }
}

/// A new registration's place without invitations or approval: a seat while one is free,
/// else the waiting list (see [`crate::event_forms::place`]).
pub fn place(capacity: Option<i64>, confirmed: i64) -> RegStatus {
    crate::event_forms::place(capacity, confirmed, 0, false, false)
}

/// What the event form or JSON body says, before validation. Times are local to
/// `time_zone`, as `YYYY-MM-DDTHH:MM` (what a `datetime-local` input sends).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EventInput {
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub format: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub join_link: String,
    /// IANA time zone (`Europe/Brussels`).
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub audiences: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    /// Empty for unlimited.
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub registration_opens: String,
    #[serde(default)]
    pub registration_closes: String,
    /// Registrations wait for the organisers' approval.
    #[serde(default)]
    pub approval: bool,
    /// Other publishers organising with the first (`initiative:ID`, `organisation:ID`).
    #[serde(default)]
    pub co_organisers: Vec<String>,
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    #[serde(default)]
    pub agenda: Vec<Session>,
    /// Minutes before the start; absent for the default (24 h and 1 h).
    #[serde(default)]
    pub reminders: Option<Vec<String>>,
}

/// A valid event (without its state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDraft {
    pub publisher: Publisher,
    pub kind: String,
    pub format: String,
    pub title: String,
    pub summary: String,
    pub description: String,
    pub venue: Option<String>,
    pub address: Option<String>,
    pub join_link: Option<String>,
    pub time_zone: String,
    /// UTC, seconds.
    pub starts_at: i64,
    pub ends_at: i64,
    pub languages: Vec<String>,
    pub audiences: Vec<String>,
    pub topics: Vec<String>,
    pub sectors: Vec<String>,
    pub capacity: Option<i64>,
    pub registration_opens_at: Option<i64>,
    pub registration_closes_at: Option<i64>,
    pub approval: bool,
    pub co_organisers: Vec<Publisher>,
    pub speakers: Vec<Speaker>,
    pub agenda: Vec<Session>,
    /// Minutes before the start, latest first.
    pub reminders: Vec<i64>,
}

/// A time zone by its IANA name.
pub fn zone(name: &str) -> Option<Tz> {
    name.trim().parse::<Tz>().ok()
}

/// A time zone by its IANA name, UTC when it is none (a stored event's zone always is).
pub fn zone_or_utc(name: &str) -> Tz {
    zone(name).unwrap_or(chrono_tz::UTC)
}

/// A local date and time in `tz` as UTC seconds: a time that does not exist there (the
/// hour skipped when clocks go forward) is an error; a time that exists twice (when they
/// go back) is the first.
pub fn local_to_utc(field: &'static str, raw: &str, tz: Tz) -> Result<i64, FieldError> {
    let t = raw.trim();
    let naive = NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M"))
        .map_err(|_| FieldError::new(field, "invalid-datetime"))?;
    match tz.from_local_datetime(&naive) {
        chrono::LocalResult::Single(d) => Ok(d.timestamp()),
        chrono::LocalResult::Ambiguous(first, _) => Ok(first.timestamp()),
        chrono::LocalResult::None => Err(FieldError::new(field, "time-does-not-exist")),
    }
}

/// UTC seconds as a local `YYYY-MM-DDTHH:MM` in `tz` (what the form shows back).
pub fn utc_to_local(ts: i64, tz: Tz) -> String {
    tz.timestamp_opt(ts, 0).single().map(|d| d.format("%Y-%m-%dT%H:%M").to_string()).unwrap_or_default()
}

impl EventInput {
    /// Checks the event; `publishers` are the ones the organiser may publish for,
    /// `added_topics` the topics an administrator added to the curriculum's.
    pub fn parse(&self, publishers: &[Publisher], added_topics: &[String]) -> Result<EventDraft, FieldErrors> {
        let mut errs = FieldErrors::new();
        let publisher = errs.take(
            Publisher::parse(&self.publisher)
                .filter(|p| publishers.contains(p))
                .ok_or_else(|| FieldError::new("publisher", "invalid-choice")),
        );
        let pick = |field: &'static str, list: &[&str], v: &str| {
            list.iter()
                .find(|k| **k == v.trim())
                .map(|k| k.to_string())
                .ok_or_else(|| FieldError::new(field, "invalid-choice"))
        };
        let kind = errs.take(pick("kind", &KINDS, &self.kind));
        let format = errs.take(pick("format", &FORMATS, &self.format));
        let title = errs.take(text::required("title", &self.title, 200));
        let summary = errs.take(text::required("summary", &self.summary, 1000));
        let description =
            errs.take(text::optional("description", &self.description, 50_000)).map(Option::unwrap_or_default);
        let venue = errs.take(text::optional("venue", &self.venue, 200)).flatten();
        let address = errs.take(text::optional("address", &self.address, 500)).flatten();
        let join_link = errs.take(text::optional_url("join_link", &self.join_link)).flatten();
        if matches!(format.as_deref(), Some("onsite" | "hybrid")) && venue.is_none() && address.is_none() {
            errs.push(FieldError::new("venue", "venue-needed"));
        }
        let tz = errs.take(zone(&self.time_zone).ok_or_else(|| FieldError::new("time_zone", "invalid-time-zone")));
        let (mut starts_at, mut ends_at, mut opens, mut closes) = (None, None, None, None);
        if let Some(tz) = tz {
            starts_at = errs.take(local_to_utc("starts_at", &self.starts_at, tz));
            ends_at = errs.take(local_to_utc("ends_at", &self.ends_at, tz));
            if !self.registration_opens.trim().is_empty() {
                opens = errs.take(local_to_utc("registration_opens", &self.registration_opens, tz));
            }
            if !self.registration_closes.trim().is_empty() {
                closes = errs.take(local_to_utc("registration_closes", &self.registration_closes, tz));
            }
        }
        if let (Some(s), Some(e)) = (starts_at, ends_at)
            && e <= s
        {
            errs.push(FieldError::new("ends_at", "end-before-start"));
        }
        if let (Some(o), Some(c)) = (opens, closes)
            && c <= o
        {
            errs.push(FieldError::new("registration_closes", "closes-before-opens"));
        }
        if let (Some(c), Some(e)) = (closes, ends_at)
            && c > e
        {
            errs.push(FieldError::new("registration_closes", "closes-after-end"));
        }
        let capacity = errs.take(match self.capacity.trim() {
            "" => Ok(None),
            c => c
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=MAX_CAPACITY).contains(n))
                .map(Some)
                .ok_or_else(|| FieldError::with_limit("capacity", "invalid-capacity", MAX_CAPACITY as usize)),
        });
        let languages = errs.take(choices("languages", &self.languages, |l| crate::people::language(l).is_some(), 24));
        let audiences =
            errs.take(choices("audiences", &self.audiences, |a| crate::resources::AUDIENCES.contains(&a), 3));
        let topics = errs.take(choices(
            "topics",
            &self.topics,
            |t| crate::initiatives::TOPICS.contains(&t) || added_topics.iter().any(|a| a == t),
            30,
        ));
        let sectors = errs.take(choices("sectors", &self.sectors, |s| crate::organisations::sector(s).is_some(), 10));
        let mut co_organisers = Vec::new();
        for k in &self.co_organisers {
            match Publisher::parse(k) {
                Some(p) if Some(p) == publisher => {}
                Some(p) if !co_organisers.contains(&p) => co_organisers.push(p),
                Some(_) => {}
                None => errs.push(FieldError::about("co_organisers", "invalid-choice", k.trim())),
            }
        }
        if co_organisers.len() > 10 {
            errs.push(FieldError::with_limit("co_organisers", "too-many", 10));
        }
        let speakers = errs.take(parse_speakers(&self.speakers));
        let agenda = errs.take(parse_sessions(&self.agenda));
        let reminders = errs.take(parse_reminders(self.reminders.as_deref()));
        errs.clone().into_result()?;
        let ok = (|| {
            Some(EventDraft {
                publisher: publisher?,
                kind: kind?,
                format: format?,
                title: title?,
                summary: summary?,
                description: description?,
                venue,
                address,
                join_link,
                time_zone: tz?.name().to_owned(),
                starts_at: starts_at?,
                ends_at: ends_at?,
                languages: languages?,
                audiences: audiences?,
                topics: topics?,
                sectors: sectors?,
                capacity: capacity?,
                registration_opens_at: opens,
                registration_closes_at: closes,
                approval: self.approval,
                co_organisers,
                speakers: speakers?,
                agenda: agenda?,
                reminders: reminders?,
            })
        })();
        ok.ok_or(errs)
    }
}

/// Why someone may not register now (`None`: they may): the event is not published,
/// the window is not open yet or has closed, or the event has begun.
pub fn registration_closed(state: EventState, d: &EventDraft, now: i64) -> Option<&'static str> {
    if state != EventState::Published {
        return Some("event-not-open");
    }
    if d.registration_opens_at.is_some_and(|o| now < o) {
        return Some("registration-not-open-yet");
    }
    if d.registration_closes_at.is_some_and(|c| now >= c) || now >= d.starts_at {
        return Some("registration-closed");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> EventInput {
        EventInput {
            publisher: "initiative:1".into(),
            kind: "webinar".into(),
            format: "online".into(),
            title: "Market consultation in practice".into(),
            summary: "One hour with two buyers.".into(),
            time_zone: "Europe/Brussels".into(),
            starts_at: "2027-03-10T14:00".into(),
            ends_at: "2027-03-10T15:00".into(),
            capacity: "100".into(),
            ..Default::default()
        }
    }

    #[test]
    fn times_are_read_in_the_events_zone() {
        let d = input().parse(&[Publisher::Initiative(1)], &[]).unwrap();
        // 14:00 in Brussels in March (CET, UTC+1) is 13:00 UTC.
        assert_eq!(d.starts_at, chrono::Utc.with_ymd_and_hms(2027, 3, 10, 13, 0, 0).unwrap().timestamp());
        assert_eq!(utc_to_local(d.starts_at, zone("Europe/Brussels").unwrap()), "2027-03-10T14:00");
        assert_eq!(utc_to_local(d.starts_at, zone("Europe/Helsinki").unwrap()), "2027-03-10T15:00");
        // After the change to summer time the offset is two hours.
        let summer = EventInput { starts_at: "2027-04-10T14:00".into(), ends_at: "2027-04-10T15:00".into(), ..input() };
        let s = summer.parse(&[Publisher::Initiative(1)], &[]).unwrap();
        assert_eq!(s.starts_at, chrono::Utc.with_ymd_and_hms(2027, 4, 10, 12, 0, 0).unwrap().timestamp());
    }

    #[test]
    fn bad_events_are_named_field_by_field() {
        let p = [Publisher::Initiative(1)];
        // 02:30 on the last Sunday of March 2027 does not exist in Brussels.
        let gap = EventInput { starts_at: "2027-03-28T02:30".into(), ..input() };
        assert_eq!(gap.parse(&p, &[]).unwrap_err().0[0].code, "time-does-not-exist");
        let backwards = EventInput { ends_at: "2027-03-10T13:00".into(), ..input() };
        assert_eq!(backwards.parse(&p, &[]).unwrap_err().0[0].code, "end-before-start");
        for bad in ["-5", "0", "lots", "100001"] {
            let e = EventInput { capacity: bad.into(), ..input() }.parse(&p, &[]).unwrap_err();
            assert_eq!((e.0[0].field, e.0[0].code), ("capacity", "invalid-capacity"), "{bad}");
        }
        let e = EventInput { time_zone: "Mars/Olympus".into(), ..input() }.parse(&p, &[]).unwrap_err();
        assert_eq!(e.0[0].field, "time_zone");
        let e = EventInput { format: "onsite".into(), ..input() }.parse(&p, &[]).unwrap_err();
        assert_eq!(e.0[0].code, "venue-needed");
        let e = EventInput { registration_closes: "2027-03-11T09:00".into(), ..input() }.parse(&p, &[]).unwrap_err();
        assert_eq!(e.0[0].code, "closes-after-end");
        assert!(EventInput { capacity: String::new(), ..input() }.parse(&p, &[]).unwrap().capacity.is_none());
    }

    #[test]
    fn seats_then_the_waiting_list() {
        assert_eq!(place(Some(2), 1), RegStatus::Confirmed);
        assert_eq!(place(Some(2), 2), RegStatus::Waiting);
        assert_eq!(place(None, 10_000), RegStatus::Confirmed);
        let d = input().parse(&[Publisher::Initiative(1)], &[]).unwrap();
        assert_eq!(registration_closed(EventState::Draft, &d, 0), Some("event-not-open"));
        assert_eq!(registration_closed(EventState::Published, &d, 0), None);
        assert_eq!(registration_closed(EventState::Published, &d, d.starts_at), Some("registration-closed"));
        let window = EventDraft { registration_opens_at: Some(100), ..d };
        assert_eq!(registration_closed(EventState::Published, &window, 50), Some("registration-not-open-yet"));
    }
}
