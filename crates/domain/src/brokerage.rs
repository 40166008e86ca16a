//! Brokerage (issue 11): the rules of a matchmaking event's set-up, its participants, their
//! meeting requests and the meetings' outcomes. The scheduler is [`crate::scheduler`].

use crate::events::local_to_utc;
use crate::{FieldError, FieldErrors};
use chrono_tz::Tz;

/// Participant types.
pub const PARTICIPANT_KINDS: [&str; 5] = ["buyer", "supplier", "investor", "intermediary", "research"];
/// Marketplace items: what a participant offers, what they look for, a cooperation profile.
pub const ITEM_KINDS: [&str; 3] = ["offer", "request", "cooperation"];
/// What came of a meeting.
pub const OUTCOMES: [&str; 4] = ["none", "follow-up", "offer", "agreement"];
/// The lengths a time slot may have, in minutes.
pub const SLOT_MINUTES: [i64; 3] = [15, 20, 30];
/// Pending requests expire after 15 minutes to 10 days.
pub const EXPIRY_MINUTES: (i64, i64) = (15, 14_400);

/// A meeting request's life: pending until the invitee answers (or it expires), then
/// accepted, declined, cancelled (by either side) or expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingStatus {
    Pending,
    Accepted,
    Declined,
    Cancelled,
    Expired,
}

impl MeetingStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Cancelled => "cancelled",
            Self::Expired => "expired",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Pending, Self::Accepted, Self::Declined, Self::Cancelled, Self::Expired]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
    /// Pending or accepted: the pair cannot ask again while it is.
    pub fn is_live(self) -> bool {
        matches!(self, Self::Pending | Self::Accepted)
    }
}

/// The organiser's settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Requests are accepted without the invitee's answer.
    pub automatic: bool,
    /// Participants pick a slot when they accept (first come); otherwise the organiser's
    /// scheduler places the accepted meetings.
    pub pick: bool,
    pub expiry_minutes: i64,
    pub opens_at: i64,
    pub closes_at: i64,
    /// Online sessions: a video room per meeting under this address.
    pub video_base_url: Option<String>,
}

/// The settings form as typed (local times in the event's zone).
#[derive(Debug, Clone, Default)]
pub struct SettingsInput {
    pub acceptance: String,
    pub booking: String,
    pub expiry_minutes: String,
    pub opens_at: String,
    pub closes_at: String,
    pub video_base_url: String,
}

impl SettingsInput {
    pub fn parse(&self, tz: Tz) -> Result<Settings, FieldErrors> {
        let mut errs = FieldErrors::new();
        let automatic = match self.acceptance.trim() {
            "automatic" => Some(true),
            "manual" => Some(false),
            _ => errs.take(Err(FieldError::new("acceptance", "invalid-choice"))),
        };
        let pick = match self.booking.trim() {
            "pick" => Some(true),
            "organiser" => Some(false),
            _ => errs.take(Err(FieldError::new("booking", "invalid-choice"))),
        };
        let expiry = match self.expiry_minutes.trim().parse::<i64>() {
            Ok(m) if (EXPIRY_MINUTES.0..=EXPIRY_MINUTES.1).contains(&m) => Some(m),
            _ => errs.take(Err(FieldError::new("expiry_minutes", "brokerage-expiry-range"))),
        };
        let opens = errs.take(local_to_utc("opens_at", &self.opens_at, tz));
        let closes = errs.take(local_to_utc("closes_at", &self.closes_at, tz));
        if let (Some(o), Some(c)) = (opens, closes)
            && c <= o
        {
            errs.push(FieldError::new("closes_at", "brokerage-window-order"));
        }
        let video = errs.take(crate::text::optional_url("video_base_url", &self.video_base_url));
        errs.into_result()?;
        Ok(Settings {
            automatic: automatic.unwrap_or_default(),
            pick: pick.unwrap_or_default(),
            expiry_minutes: expiry.unwrap_or_default(),
            opens_at: opens.unwrap_or_default(),
            closes_at: closes.unwrap_or_default(),
            video_base_url: video.flatten(),
        })
    }
}

/// A matchmaking session as the organiser sets it up.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub name: String,
    pub online: bool,
    /// Tables (online: meetings at once).
    pub tables: i64,
    /// Meetings per participant in this session.
    pub cap: i64,
    /// The slots' start and end, UTC seconds, in time order.
    pub slots: Vec<(i64, i64)>,
}

#[derive(Debug, Clone, Default)]
pub struct SessionInput {
    pub name: String,
    pub online: bool,
    pub tables: String,
    pub cap: String,
    pub starts_at: String,
    pub ends_at: String,
    pub slot_minutes: String,
    /// A break after every this many slots (empty: none).
    pub break_every: String,
    pub break_minutes: String,
}

fn number(field: &'static str, raw: &str, lo: i64, hi: i64) -> Result<i64, FieldError> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(n),
        _ => Err(FieldError { limit: Some(hi as usize), ..FieldError::new(field, "brokerage-number-range") }),
    }
}

impl SessionInput {
    pub fn parse(&self, tz: Tz) -> Result<Session, FieldErrors> {
        let mut errs = FieldErrors::new();
        let name = errs.take(crate::text::required("name", &self.name, 120));
        let tables = errs.take(number("tables", &self.tables, 1, 2_000));
        let cap = errs.take(number("cap", &self.cap, 1, 100));
        let start = errs.take(local_to_utc("starts_at", &self.starts_at, tz));
        let end = errs.take(local_to_utc("ends_at", &self.ends_at, tz));
        let minutes = match self.slot_minutes.trim().parse::<i64>() {
            Ok(m) if SLOT_MINUTES.contains(&m) => Some(m),
            _ => errs.take(Err(FieldError::new("slot_minutes", "invalid-choice"))),
        };
        let (every, pause) = if self.break_every.trim().is_empty() {
            (Some(0), Some(0))
        } else {
            (
                errs.take(number("break_every", &self.break_every, 1, 50)),
                errs.take(number("break_minutes", &self.break_minutes, 5, 240)),
            )
        };
        let mut slots = Vec::new();
        if let (Some(s), Some(e), Some(m), Some(every), Some(pause)) = (start, end, minutes, every, pause) {
            if e <= s {
                errs.push(FieldError::new("ends_at", "brokerage-session-order"));
            } else if e - s > 24 * 3600 {
                errs.push(FieldError::new("ends_at", "brokerage-session-long"));
            } else {
                slots = cut(s, e, m, every, pause);
                if slots.is_empty() {
                    errs.push(FieldError::new("ends_at", "brokerage-session-short"));
                }
            }
        }
        errs.into_result()?;
        Ok(Session {
            name: name.unwrap_or_default(),
            online: self.online,
            tables: tables.unwrap_or_default(),
            cap: cap.unwrap_or_default(),
            slots,
        })
    }
}

/// Cuts `start..end` into slots of `minutes`, with a break of `pause` minutes after every
/// `every` slots (0: no breaks); a slot that would end after `end` is not made.
pub fn cut(start: i64, end: i64, minutes: i64, every: i64, pause: i64) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut t = start;
    while t + minutes * 60 <= end {
        out.push((t, t + minutes * 60));
        t += minutes * 60;
        if every > 0 && out.len() as i64 % every == 0 {
            t += pause * 60;
        }
    }
    out
}

/// One of the fixed choices, or an `invalid-choice` error on `field`.
pub fn choice(field: &'static str, raw: &str, list: &[&str]) -> Result<String, FieldError> {
    let v = raw.trim();
    if list.contains(&v) { Ok(v.to_owned()) } else { Err(FieldError::new(field, "invalid-choice")) }
}

/// A rating from 1 to 5.
pub fn rating(raw: &str) -> Result<i64, FieldError> {
    number("rating", raw, 1, 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_are_cut_into_slots_with_breaks() {
        // 09:00-10:50, 20-minute slots, a 10-minute break after every 2 slots.
        let s = cut(0, 110 * 60, 20, 2, 10);
        let starts: Vec<i64> = s.iter().map(|x| x.0 / 60).collect();
        assert_eq!(starts, vec![0, 20, 50, 70]);
        assert_eq!(cut(0, 59 * 60, 30, 0, 0).len(), 1);
        assert!(cut(0, 10 * 60, 15, 0, 0).is_empty());
    }

    #[test]
    fn bad_settings_and_sessions_are_named_by_field() {
        let tz = chrono_tz::Europe::Brussels;
        let e = SettingsInput {
            acceptance: "maybe".into(),
            booking: "pick".into(),
            expiry_minutes: "5".into(),
            opens_at: "2026-12-01T09:00".into(),
            closes_at: "2026-11-30T09:00".into(),
            video_base_url: "javascript:alert(1)".into(),
        }
        .parse(tz)
        .unwrap_err();
        let fields: Vec<&str> = e.0.iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["acceptance", "expiry_minutes", "closes_at", "video_base_url"]);
        let e = SessionInput {
            name: " ".into(),
            tables: "0".into(),
            cap: "x".into(),
            starts_at: "2026-12-01T09:00".into(),
            ends_at: "2026-12-01T08:00".into(),
            slot_minutes: "25".into(),
            ..Default::default()
        }
        .parse(tz)
        .unwrap_err();
        let fields: Vec<&str> = e.0.iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["name", "tables", "cap", "slot_minutes"]);
        let ok = SessionInput {
            name: "Morning".into(),
            tables: "40".into(),
            cap: "8".into(),
            starts_at: "2026-12-01T09:00".into(),
            ends_at: "2026-12-01T12:00".into(),
            slot_minutes: "20".into(),
            break_every: "3".into(),
            break_minutes: "15".into(),
            ..Default::default()
        }
        .parse(tz)
        .unwrap();
        // 09:00-12:00: three slots, 15 minutes off, three more, 15 off, one (11:30-11:50).
        assert_eq!(ok.slots.len(), 7);
        assert_eq!(ok.slots[3].0 - ok.slots[2].1, 15 * 60);
    }
}
