//! What the brokerage's pages show: times in the event's zone, participants with their
//! items, one's agenda, the organiser's grid of slots and tables.

use crate::AppState;
use crate::error::AppError;
use crate::events::ics::{esc, line, stamp};
use crate::i18n::Tr;
use domain::brokerage::MeetingStatus;
use domain::events::{utc_to_local, zone_or_utc};
use store::brokerage::{Item, Meeting, Participant, Setup};
use store::events::Event;

pub struct SlotView {
    pub id: i64,
    pub label: String,
}

/// "Morning · 2026-12-01 09:00–09:20".
fn slot_label(setup: &Setup, e: &Event, slot: i64) -> String {
    let tz = zone_or_utc(&e.draft.time_zone);
    match (setup.session_of(slot), setup.slot(slot)) {
        (Some(s), Some(x)) => format!(
            "{} · {}–{}",
            s.name,
            utc_to_local(x.starts_at, tz).replace('T', " "),
            utc_to_local(x.ends_at, tz).get(11..).unwrap_or("")
        ),
        _ => String::new(),
    }
}

pub fn slots(setup: &Setup, e: &Event) -> Vec<SlotView> {
    setup
        .sessions
        .iter()
        .flat_map(|s| s.slots.iter())
        .map(|x| SlotView { id: x.id, label: slot_label(setup, e, x.id) })
        .collect()
}

/// The rules participants see: booking window, acceptance, booking mode, expiry.
pub fn rules(setup: &Setup, e: &Event, tr: &Tr) -> Vec<String> {
    let Some(s) = setup.settings.as_ref().map(|s| &s.settings) else { return vec![tr.t("bk-not-set-up")] };
    let tz = zone_or_utc(&e.draft.time_zone);
    let at = |t: i64| format!("{} ({})", utc_to_local(t, tz).replace('T', " "), e.draft.time_zone);
    vec![
        tr.args("bk-rule-window", &[("from", at(s.opens_at).into()), ("to", at(s.closes_at).into())]),
        tr.t(if s.automatic { "bk-rule-automatic" } else { "bk-rule-manual" }),
        tr.t(if s.pick { "bk-rule-pick" } else { "bk-rule-organiser" }),
        tr.args("bk-rule-expiry", &[("hours", format!("{:.1}", s.expiry_minutes as f64 / 60.0).into())]),
    ]
}

pub fn display(p: &Participant) -> String {
    if p.organisation_name.is_empty() { p.name.clone() } else { format!("{} ({})", p.name, p.organisation_name) }
}

pub fn name(ps: &[Participant], id: i64) -> String {
    ps.iter().find(|p| p.id == id).map(display).unwrap_or_default()
}

pub fn people(list: Vec<(Participant, Vec<Item>, Option<String>)>, tr: &Tr) -> Vec<super::pages::PersonView> {
    list.into_iter()
        .map(|(p, items, why)| super::pages::PersonView {
            kind: tr.t(&format!("bk-kind-{}", p.kind)),
            items: items.into_iter().map(|i| (tr.t(&format!("bk-item-{}", i.kind)), i.title, i.description)).collect(),
            why: why.map(|w| tr.ta("bk-why", "name", &w)),
            p,
        })
        .collect()
}

pub struct MeetingView {
    pub id: i64,
    pub other_id: i64,
    pub other: String,
    pub status_label: String,
    pub when: String,
    pub starts_at: i64,
    pub place: String,
    pub room: Option<String>,
    pub message: String,
    pub can_answer: bool,
    pub can_cancel: bool,
    pub can_rate: bool,
    pub rated: bool,
    pub held: Option<bool>,
    pub followup: bool,
}

pub struct Agenda {
    pub pick: bool,
    pub incoming: Vec<MeetingView>,
    pub outgoing: Vec<MeetingView>,
    pub meetings: Vec<MeetingView>,
    pub unplaced: Vec<MeetingView>,
    pub past: Vec<MeetingView>,
    pub items: Vec<(i64, String, String)>,
    /// Slots the participant is free in (for picking one when accepting).
    pub free_slots: Vec<SlotView>,
}

fn place(setup: &Setup, m: &Meeting, tr: &Tr) -> String {
    match (m.slot_id.and_then(|s| setup.session_of(s)), m.table_no) {
        (Some(s), _) if s.online => tr.t("bk-online-room"),
        (Some(_), Some(t)) => tr.ta("bk-table", "name", &t.to_string()),
        _ => String::new(),
    }
}

pub async fn agenda(state: &AppState, e: &Event, me: &Participant, tr: &Tr) -> Result<Agenda, AppError> {
    let setup = state.db.brokerage_setup(e.id).await?;
    let ps = state.db.brokerage_participants(e.id).await?;
    let all: Vec<Meeting> =
        state.db.brokerage_meetings(e.id).await?.into_iter().filter(|m| m.involves(me.id)).collect();
    let rated: Vec<i64> = state
        .db
        .brokerage_ratings(e.id)
        .await?
        .into_iter()
        .filter(|r| r.participant_id == me.id)
        .map(|r| r.meeting_id)
        .collect();
    let followups = state.db.followups_of(me.id).await?;
    let now = store::now();
    let view = |m: &Meeting| {
        let slot = m.slot_id.and_then(|s| setup.slot(s));
        let started = slot.is_some_and(|s| s.starts_at <= now);
        MeetingView {
            id: m.id,
            other_id: m.other(me.id),
            other: name(&ps, m.other(me.id)),
            status_label: tr.t(&format!("bk-status-{}", m.status.as_str())),
            when: m.slot_id.map(|s| slot_label(&setup, e, s)).unwrap_or_default(),
            starts_at: slot.map_or(i64::MAX, |s| s.starts_at),
            place: place(&setup, m, tr),
            room: m.room.clone(),
            message: m.message.clone(),
            can_answer: m.status == MeetingStatus::Pending && m.invitee_id == me.id,
            can_cancel: m.status.is_live() && !started,
            can_rate: m.status == MeetingStatus::Accepted && started && m.held != Some(false),
            rated: rated.contains(&m.id),
            held: m.held,
            followup: followups.contains(&m.id),
        }
    };
    let pending = |m: &&Meeting| m.status == MeetingStatus::Pending;
    let mut meetings: Vec<MeetingView> =
        all.iter().filter(|m| m.status == MeetingStatus::Accepted && m.slot_id.is_some()).map(view).collect();
    meetings.sort_by_key(|m| m.starts_at);
    let busy: Vec<i64> = all.iter().filter(|m| m.status == MeetingStatus::Accepted).filter_map(|m| m.slot_id).collect();
    let items = state
        .db
        .marketplace_items(e.id)
        .await?
        .into_iter()
        .filter(|i| i.participant_id == me.id)
        .map(|i| (i.id, tr.t(&format!("bk-item-{}", i.kind)), i.title))
        .collect();
    Ok(Agenda {
        pick: setup.settings.as_ref().is_some_and(|s| s.settings.pick),
        incoming: all.iter().filter(pending).filter(|m| m.invitee_id == me.id).map(view).collect(),
        outgoing: all.iter().filter(pending).filter(|m| m.requester_id == me.id).map(view).collect(),
        unplaced: all.iter().filter(|m| m.status == MeetingStatus::Accepted && m.slot_id.is_none()).map(view).collect(),
        past: all.iter().filter(|m| !m.status.is_live()).map(view).collect(),
        meetings,
        items,
        free_slots: slots(&setup, e)
            .into_iter()
            .filter(|s| me.available.contains(&s.id) && !busy.contains(&s.id))
            .collect(),
    })
}

/// The participant's placed meetings as an iCalendar file.
pub async fn agenda_ics(state: &AppState, e: &Event, me: &Participant, tr: &Tr) -> Result<String, AppError> {
    let setup = state.db.brokerage_setup(e.id).await?;
    let ps = state.db.brokerage_participants(e.id).await?;
    let host = state.config.public_origin().trim_start_matches("https://").trim_start_matches("http://").to_owned();
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//IPTF Hub//Brokerage//EN");
    line(&mut out, "METHOD:PUBLISH");
    for m in state.db.brokerage_meetings(e.id).await? {
        if !(m.involves(me.id) && m.status == MeetingStatus::Accepted) {
            continue;
        }
        let Some(slot) = m.slot_id.and_then(|s| setup.slot(s)) else { continue };
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:brokerage-{}-{}@{host}", m.id, me.id));
        line(&mut out, &format!("DTSTAMP:{}", stamp(store::now())));
        line(&mut out, &format!("DTSTART:{}", stamp(slot.starts_at)));
        line(&mut out, &format!("DTEND:{}", stamp(slot.ends_at)));
        let summary = tr.ta("bk-ics-summary", "name", &name(&ps, m.other(me.id)));
        line(&mut out, &format!("SUMMARY:{}", esc(&summary)));
        let mut loc = vec![e.draft.title.clone()];
        let p = place(&setup, &m, tr);
        if !p.is_empty() {
            loc.push(p);
        }
        if let Some(r) = &m.room {
            loc.push(r.clone());
            line(&mut out, &format!("URL:{}", esc(r)));
        }
        line(&mut out, &format!("LOCATION:{}", esc(&loc.join(", "))));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    Ok(out)
}

pub struct GridMeeting {
    pub id: i64,
    pub label: String,
    pub locked: bool,
    pub published: bool,
    pub held: Option<bool>,
    pub reason: String,
    pub priority: i64,
}

pub struct GridRow {
    pub label: String,
    pub cells: Vec<Option<GridMeeting>>,
}

pub struct GridSession {
    pub name: String,
    pub tables: Vec<i64>,
    pub rows: Vec<GridRow>,
}

/// The organiser's grid (a table per session: slots down, tables across) and the accepted
/// meetings without a place, with the scheduler's reason.
pub fn grid(
    setup: &Setup,
    ps: &[Participant],
    meetings: &[Meeting],
    e: &Event,
    tr: &Tr,
) -> (Vec<GridSession>, Vec<GridMeeting>) {
    let tz = zone_or_utc(&e.draft.time_zone);
    let gm = |m: &Meeting| GridMeeting {
        id: m.id,
        label: format!("{} ↔ {}", name(ps, m.requester_id), name(ps, m.invitee_id)),
        locked: m.locked,
        published: m.published,
        held: m.held,
        reason: m
            .unplaced_reason
            .as_deref()
            .map(|r| {
                let key = format!("bk-reason-{}", reason_key(r));
                tr.t(&key)
            })
            .unwrap_or_default(),
        priority: m.priority,
    };
    let accepted: Vec<&Meeting> = meetings.iter().filter(|m| m.status == MeetingStatus::Accepted).collect();
    let sessions = setup
        .sessions
        .iter()
        .map(|s| {
            // Online sessions show as many columns as meetings at once.
            let width = s
                .slots
                .iter()
                .map(|x| {
                    accepted.iter().filter(|m| m.slot_id == Some(x.id)).filter_map(|m| m.table_no).max().unwrap_or(0)
                })
                .max()
                .unwrap_or(0);
            let tables: Vec<i64> = (1..=if s.online { width.max(1) } else { s.tables }).collect();
            GridSession {
                name: s.name.clone(),
                rows: s
                    .slots
                    .iter()
                    .map(|x| GridRow {
                        label: format!(
                            "{}–{}",
                            utc_to_local(x.starts_at, tz).get(11..).unwrap_or(""),
                            utc_to_local(x.ends_at, tz).get(11..).unwrap_or("")
                        ),
                        cells: tables
                            .iter()
                            .map(|t| {
                                accepted
                                    .iter()
                                    .find(|m| m.slot_id == Some(x.id) && m.table_no == Some(*t))
                                    .map(|m| gm(m))
                            })
                            .collect(),
                    })
                    .collect(),
                tables,
            }
        })
        .collect();
    let unplaced = accepted.iter().filter(|m| m.slot_id.is_none()).map(|m| gm(m)).collect();
    (sessions, unplaced)
}

/// The scheduler's reasons (and the hub's own) as message keys.
fn reason_key(r: &str) -> &'static str {
    if r.starts_with("no slot where both are free") {
        "no-common-slot"
    } else if r.starts_with("both free only in slots without tables") {
        "no-tables"
    } else if r.starts_with("both free only in full slots") {
        "full"
    } else if r.starts_with("locked at a table") {
        "lock-clash"
    } else if r == "participant-not-free" {
        "not-free"
    } else if r == "organiser" {
        "organiser"
    } else {
        "not-run"
    }
}
