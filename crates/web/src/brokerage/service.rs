//! Brokerage (issue 11), shared by pages and API. The organiser (whoever organises the
//! event) sets up sessions, slots and rules; people registered for the event join the
//! brokerage, publish marketplace items, request meetings and answer them; the organiser's
//! scheduler places accepted meetings, which the organiser can move and lock; agendas,
//! check-in and outcomes follow. Every write that touches meetings takes the event's row
//! lock, and the database backs the two rules that matter most: a pair has one live
//! request (pending or accepted), a table holds one meeting per slot.

use crate::AppState;
use crate::challenges::clarify::tell;
use crate::error::AppError;
use crate::events::service::visible;
use crate::i18n::Tr;
use domain::brokerage::{self as rules, MeetingStatus, SessionInput, SettingsInput};
use domain::events::{RegStatus, zone_or_utc};
use domain::scheduler::{self, Instance, LockIn, MeetingIn, ParticipantIn, SlotIn};
use domain::{FieldError, FieldErrors, UserId};
use store::LockTable;
use store::accounts::User;
use store::brokerage::{Meeting, Participant, Setup};
use store::events::Event;

/// A matchmaking event the reader may see, and whether they organise it (404 for other
/// kinds of event).
pub async fn event(state: &AppState, user: Option<&User>, id: i64) -> Result<(Event, bool), AppError> {
    let (e, organiser) = visible(state, user, id).await?;
    if e.draft.kind != "matchmaking" {
        return Err(AppError::NotFound);
    }
    Ok((e, organiser))
}

/// A matchmaking event `user` organises (404 for anyone else).
pub async fn organised(state: &AppState, user: &User, id: i64) -> Result<Event, AppError> {
    match event(state, Some(user), id).await? {
        (e, true) => Ok(e),
        _ => Err(AppError::NotFound),
    }
}

/// `user` as a participant of the event's brokerage (403 if they have not joined).
pub async fn me(state: &AppState, user: &User, id: i64) -> Result<(Event, Participant), AppError> {
    let (e, _) = event(state, Some(user), id).await?;
    match state.db.brokerage_participant_of(id, user.id).await? {
        Some(p) => Ok((e, p)),
        None => Err(AppError::Forbidden),
    }
}

fn tz(e: &Event) -> domain::events::Tz {
    zone_or_utc(&e.draft.time_zone)
}

pub async fn save_settings(state: &AppState, user: &User, id: i64, input: &SettingsInput) -> Result<(), AppError> {
    let e = organised(state, user, id).await?;
    let s = input.parse(tz(&e))?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    tx.put_brokerage_settings(id, &s, store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

pub async fn add_session(state: &AppState, user: &User, id: i64, input: &SessionInput) -> Result<i64, AppError> {
    let e = organised(state, user, id).await?;
    let s = input.parse(tz(&e))?;
    if s.slots.first().is_some_and(|x| x.0 < e.draft.starts_at) || s.slots.last().is_some_and(|x| x.1 > e.draft.ends_at)
    {
        return Err(FieldErrors::from(FieldError::new("starts_at", "brokerage-session-outside")).into());
    }
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let setup = tx.brokerage_setup(id).await?;
    let all = setup.sessions.iter().flat_map(|x| x.slots.iter());
    if all.clone().any(|x| s.slots.iter().any(|(a, b)| *a < x.ends_at && x.starts_at < *b)) {
        return Err(FieldErrors::from(FieldError::new("starts_at", "brokerage-session-overlap")).into());
    }
    let sid = tx.add_brokerage_session(id, &s, store::now()).await?;
    state.commit(tx).await?;
    Ok(sid)
}

pub async fn remove_session(state: &AppState, user: &User, id: i64, session: i64) -> Result<(), AppError> {
    organised(state, user, id).await?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    if !tx.delete_brokerage_session(id, session).await? {
        return Err(AppError::NotFound);
    }
    state.commit(tx).await?;
    Ok(())
}

/// What a participant registers with.
#[derive(Debug, Clone, Default)]
pub struct JoinInput {
    pub kind: String,
    pub about: String,
    pub organisation: Option<i64>,
    pub available: Vec<i64>,
}

/// Joins the brokerage (or changes one's profile): only people whose registration for the
/// event is confirmed; the slots must be the event's.
pub async fn join(state: &AppState, user: &User, id: i64, input: &JoinInput) -> Result<i64, AppError> {
    event(state, Some(user), id).await?;
    if state.db.registration(id, user.id).await? != Some(RegStatus::Confirmed) {
        return Err(AppError::Conflict(FieldError::new("kind", "brokerage-register-first")));
    }
    let mut errs = FieldErrors::new();
    let kind = errs.take(rules::choice("kind", &input.kind, &rules::PARTICIPANT_KINDS));
    let about = errs.take(domain::text::optional("about", &input.about, 2_000));
    if let Some(o) = input.organisation {
        let mine = crate::solutions::service::requesting_organisations(state, user).await?;
        if !mine.iter().any(|(x, _)| *x == o) {
            errs.push(FieldError::new("organisation", "invalid-choice"));
        }
    }
    let setup = state.db.brokerage_setup(id).await?;
    let mut available: Vec<i64> = input.available.clone();
    available.sort_unstable();
    available.dedup();
    if available.iter().any(|s| setup.slot(*s).is_none()) {
        errs.push(FieldError::new("available", "invalid-choice"));
    }
    errs.into_result()?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let pid = tx
        .put_brokerage_participant(
            id,
            user.id,
            input.organisation,
            &kind.unwrap_or_default(),
            &about.flatten().unwrap_or_default(),
            &available,
            store::now(),
        )
        .await?;
    // A slot given up takes the participant's meetings there out of it (the organiser's
    // scheduler or the participants place them again).
    for m in tx.brokerage_meetings_in(id, MeetingStatus::Accepted).await? {
        if m.involves(pid)
            && let Some(s) = m.slot_id
            && !available.contains(&s)
        {
            tx.place_meeting(m.id, None, Some("participant-not-free"), store::now()).await?;
        }
    }
    state.commit(tx).await?;
    Ok(pid)
}

/// A marketplace item as typed.
#[derive(Debug, Clone, Default)]
pub struct ItemInput {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub challenge: Option<i64>,
    pub solution: Option<i64>,
}

/// Publishes a marketplace item; a linked challenge or solution must be published and of
/// the participant's organisation.
pub async fn add_item(state: &AppState, user: &User, id: i64, input: &ItemInput) -> Result<i64, AppError> {
    let (_, p) = me(state, user, id).await?;
    let mut errs = FieldErrors::new();
    let kind = errs.take(rules::choice("kind", &input.kind, &rules::ITEM_KINDS));
    let title = errs.take(domain::text::required("title", &input.title, 200));
    let description = errs.take(domain::text::optional("description", &input.description, 4_000));
    if let Some(c) = input.challenge {
        let ok = match state.db.challenge(c).await {
            Ok(ch) => Some(ch.draft.organisation) == p.organisation_id && ch.state.is_public(),
            Err(store::StoreError::NotFound) => false,
            Err(e) => return Err(e.into()),
        };
        if !ok {
            errs.push(FieldError::new("challenge", "invalid-choice"));
        }
    }
    if let Some(s) = input.solution {
        let ok = match state.db.solution(s).await {
            Ok(so) => {
                Some(so.draft.organisation) == p.organisation_id
                    && so.state == domain::solutions::SolutionState::Published
            }
            Err(store::StoreError::NotFound) => false,
            Err(e) => return Err(e.into()),
        };
        if !ok {
            errs.push(FieldError::new("solution", "invalid-choice"));
        }
    }
    errs.into_result()?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let item = tx
        .add_marketplace_item(
            id,
            p.id,
            &kind.unwrap_or_default(),
            &title.unwrap_or_default(),
            &description.flatten().unwrap_or_default(),
            input.challenge,
            input.solution,
            store::now(),
        )
        .await?;
    state.commit(tx).await?;
    Ok(item)
}

pub async fn remove_item(state: &AppState, user: &User, id: i64, item: i64) -> Result<(), AppError> {
    let (_, p) = me(state, user, id).await?;
    let mut tx = state.db.begin().await?;
    if !tx.delete_marketplace_item(p.id, item).await? {
        return Err(AppError::NotFound);
    }
    state.commit(tx).await?;
    Ok(())
}

/// The booking window: requests, answers and slot picks only while it is open.
fn window_open(setup: &Setup, now: i64) -> Result<rules::Settings, AppError> {
    let s = setup
        .settings
        .as_ref()
        .map(|s| s.settings.clone())
        .ok_or(AppError::Conflict(FieldError::new("invitee", "brokerage-not-set-up")))?;
    if now < s.opens_at {
        return Err(AppError::Conflict(FieldError::new("invitee", "brokerage-not-open")));
    }
    if now >= s.closes_at {
        return Err(AppError::Conflict(FieldError::new("invitee", "brokerage-closed")));
    }
    Ok(s)
}

fn user_of(ps: &[Participant], id: i64) -> Option<UserId> {
    ps.iter().find(|p| p.id == id).map(|p| UserId(p.user_id))
}

fn name_of(ps: &[Participant], id: i64) -> String {
    ps.iter()
        .find(|p| p.id == id)
        .map(|p| {
            if p.organisation_name.is_empty() {
                p.name.clone()
            } else {
                format!("{} ({})", p.name, p.organisation_name)
            }
        })
        .unwrap_or_default()
}

/// Tells `to` about a meeting: `what` names the mail's keys (`mail-bk-{what}-subject`,
/// `-body`), `who` is the other side.
async fn tell_about(
    state: &AppState,
    tx: &mut store::Tx,
    e: &Event,
    to: UserId,
    what: &str,
    who: String,
    extra: Option<String>,
) -> Result<(), AppError> {
    let (title, what) = (e.draft.title.clone(), what.to_owned());
    tell(state, tx, &[to], format!("/events/{}/brokerage/agenda", e.id), "mail-bk-open", move |tr: &Tr| {
        let args = [("event", title.clone().into()), ("name", who.clone().into())];
        let mut body = vec![tr.args(&format!("mail-bk-{what}-body"), &args)];
        body.extend(extra.clone());
        (tr.args(&format!("mail-bk-{what}-subject"), &args), body)
    })
    .await
}

/// Requests a meeting with another participant. In automatic mode it is accepted at once;
/// otherwise it waits for the invitee until it expires.
pub async fn request(state: &AppState, user: &User, id: i64, to: i64, message: &str) -> Result<i64, AppError> {
    let (e, p) = me(state, user, id).await?;
    let message = domain::text::optional("message", message, 2_000).map_err(FieldErrors::from)?.unwrap_or_default();
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let setup = tx.brokerage_setup(id).await?;
    let s = window_open(&setup, now)?;
    let ps = tx.brokerage_participants(id).await?;
    if to == p.id || !ps.iter().any(|x| x.id == to) {
        return Err(FieldErrors::from(FieldError::new("invitee", "invalid-choice")).into());
    }
    let (status, expires) = if s.automatic {
        (MeetingStatus::Accepted, None)
    } else {
        (MeetingStatus::Pending, Some(now + s.expiry_minutes * 60))
    };
    let m = match tx.create_meeting_request(id, p.id, to, &message, status, expires, now).await {
        Ok(m) => m,
        Err(store::StoreError::Conflict(_)) => {
            return Err(AppError::Conflict(FieldError::new("invitee", "brokerage-already-asked")));
        }
        Err(e) => return Err(e.into()),
    };
    let invitee = user_of(&ps, to).ok_or(AppError::NotFound)?;
    let extra = (!message.is_empty()).then(|| message.clone());
    if s.automatic {
        tell_about(state, &mut tx, &e, invitee, "accepted-auto", name_of(&ps, p.id), extra).await?;
    } else {
        tell_about(state, &mut tx, &e, invitee, "request", name_of(&ps, p.id), extra).await?;
    }
    state.commit(tx).await?;
    Ok(m)
}

/// The first free table of a slot, given the meetings already there.
fn free_table(tables: i64, taken: &[i64]) -> Option<i64> {
    (1..=tables).find(|t| !taken.contains(t))
}

/// The table `m` gets at `slot` (`table` if asked for, else the first free one), or why
/// it cannot be there, given the other accepted meetings.
fn seat(
    setup: &Setup,
    ps: &[Participant],
    accepted: &[Meeting],
    m: &Meeting,
    slot: i64,
    table: Option<i64>,
) -> Result<i64, &'static str> {
    let Some(session) = setup.session_of(slot) else { return Err("invalid-choice") };
    for side in [m.requester_id, m.invitee_id] {
        let Some(p) = ps.iter().find(|p| p.id == side) else { return Err("invalid-choice") };
        if !p.available.contains(&slot) {
            return Err("brokerage-not-free");
        }
        let others = accepted.iter().filter(|o| o.id != m.id && o.involves(side));
        if others.clone().any(|o| o.slot_id == Some(slot)) {
            return Err("brokerage-busy");
        }
        let in_session = others.filter(|o| o.slot_id.is_some_and(|s| session.slots.iter().any(|x| x.id == s))).count();
        if in_session as i64 >= session.cap {
            return Err("brokerage-cap");
        }
    }
    let taken: Vec<i64> =
        accepted.iter().filter(|o| o.id != m.id && o.slot_id == Some(slot)).filter_map(|o| o.table_no).collect();
    match table {
        Some(t) if t < 1 || t > session.tables => Err("invalid-choice"),
        Some(t) if taken.contains(&t) => Err("brokerage-table-taken"),
        Some(t) => Ok(t),
        None => free_table(session.tables, &taken).ok_or("brokerage-slot-full"),
    }
}

/// A room for an online session's meeting: the video service's address and a random name.
fn room(setup: &Setup, slot: i64, existing: Option<&str>) -> Option<String> {
    let session = setup.session_of(slot)?;
    if !session.online {
        return None;
    }
    if let Some(r) = existing {
        return Some(r.to_owned());
    }
    let base = setup.settings.as_ref()?.settings.video_base_url.clone()?;
    Some(format!("{}/iptf-{}", base.trim_end_matches('/'), &store::secret::random_hex()[..16]))
}

/// The invitee accepts (in pick mode with a slot, first come) or declines a request.
pub async fn answer(
    state: &AppState,
    user: &User,
    id: i64,
    meeting: i64,
    accept: bool,
    slot: Option<i64>,
) -> Result<(), AppError> {
    let (e, p) = me(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let m = tx.brokerage_meeting(meeting).await?;
    if m.event_id != id || m.invitee_id != p.id {
        return Err(AppError::NotFound);
    }
    if m.status != MeetingStatus::Pending {
        return Err(AppError::Conflict(FieldError::new("slot", "brokerage-answered")));
    }
    let setup = tx.brokerage_setup(id).await?;
    let s = window_open(&setup, now)?;
    let ps = tx.brokerage_participants(id).await?;
    let requester = user_of(&ps, m.requester_id).ok_or(AppError::NotFound)?;
    if !accept {
        tx.set_meeting_status(meeting, MeetingStatus::Pending, MeetingStatus::Declined, now).await?;
        tell_about(state, &mut tx, &e, requester, "declined", name_of(&ps, p.id), None).await?;
        state.commit(tx).await?;
        return Ok(());
    }
    tx.set_meeting_status(meeting, MeetingStatus::Pending, MeetingStatus::Accepted, now).await?;
    let mut when = None;
    if let (true, Some(slot)) = (s.pick, slot) {
        let accepted = tx.brokerage_meetings_in(id, MeetingStatus::Accepted).await?;
        let table = seat(&setup, &ps, &accepted, &m, slot, None)
            .map_err(|why| AppError::from(FieldErrors::from(FieldError::new("slot", why))))?;
        tx.place_meeting(meeting, Some((slot, table, room(&setup, slot, None))), None, now).await?;
        when = Some(slot);
    } else if s.pick && slot.is_none() {
        return Err(FieldErrors::from(FieldError::new("slot", "brokerage-pick-slot")).into());
    }
    let extra = when.and_then(|sl| setup.slot(sl)).map(|x| {
        let tz = tz(&e);
        format!("{} ({})", domain::events::utc_to_local(x.starts_at, tz).replace('T', " "), e.draft.time_zone)
    });
    tell_about(state, &mut tx, &e, requester, "accepted", name_of(&ps, p.id), extra).await?;
    state.commit(tx).await?;
    Ok(())
}

/// Either side cancels a pending or accepted meeting; the other side is told.
pub async fn cancel(state: &AppState, user: &User, id: i64, meeting: i64) -> Result<(), AppError> {
    let (e, p) = me(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let m = tx.brokerage_meeting(meeting).await?;
    if m.event_id != id || !m.involves(p.id) {
        return Err(AppError::NotFound);
    }
    if !m.status.is_live() || !tx.set_meeting_status(meeting, m.status, MeetingStatus::Cancelled, now).await? {
        return Err(AppError::Conflict(FieldError::new("meeting", "brokerage-answered")));
    }
    let ps = tx.brokerage_participants(id).await?;
    let other = user_of(&ps, m.other(p.id)).ok_or(AppError::NotFound)?;
    tell_about(state, &mut tx, &e, other, "cancelled", name_of(&ps, p.id), None).await?;
    state.commit(tx).await?;
    Ok(())
}

/// Pending requests whose time is up expire; both sides are told. Run by the worker.
pub async fn expire(state: &AppState, now: i64) -> Result<usize, AppError> {
    let mut done = 0;
    for m in state.db.expired_requests(now, 500).await? {
        let mut tx = state.db.begin().await?;
        tx.lock_row(LockTable::Events, m.event_id).await?;
        if !tx.set_meeting_status(m.id, MeetingStatus::Pending, MeetingStatus::Expired, now).await? {
            continue;
        }
        let e = tx.event_uncounted(m.event_id).await?;
        let ps = tx.brokerage_participants(m.event_id).await?;
        for (to, who) in [(m.requester_id, m.invitee_id), (m.invitee_id, m.requester_id)] {
            if let Some(u) = user_of(&ps, to) {
                tell_about(state, &mut tx, &e, u, "expired", name_of(&ps, who), None).await?;
            }
        }
        state.commit(tx).await?;
        done += 1;
    }
    Ok(done)
}

/// The time the organiser's scheduler may take (it stops sooner when nothing can improve,
/// and on small events long before).
pub const SCHEDULER_SECONDS: f64 = 10.0;

/// What a scheduler run did (pages and API).
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct RunReport {
    pub placed: usize,
    pub unplaced: usize,
    pub weighted: i64,
    pub gaps: usize,
    /// No schedule can place more meetings than this.
    pub upper_bound: usize,
    /// Published meetings the run moved (only when moves were allowed).
    pub moved: usize,
}

/// What a scheduler run depends on, in a canonical order: slots, participants' free
/// slots, accepted meetings and where they are.
fn fingerprint(setup: &Setup, ps: &[Participant], accepted: &[Meeting]) -> String {
    let mut ps: Vec<(i64, &Vec<i64>)> = ps.iter().map(|p| (p.id, &p.available)).collect();
    ps.sort();
    let mut ms: Vec<_> = accepted
        .iter()
        .map(|m| (m.id, m.requester_id, m.invitee_id, m.priority, m.slot_id, m.table_no, m.locked, m.published))
        .collect();
    ms.sort();
    let ss: Vec<_> = setup
        .sessions
        .iter()
        .map(|s| (s.id, s.tables, s.cap, s.slots.iter().map(|x| x.id).collect::<Vec<_>>()))
        .collect();
    format!("{ss:?}{ps:?}{ms:?}")
}

/// Locked and published meetings that are no longer feasible (a participant gave up the
/// slot) are not kept: they are scheduled like the others.
fn keepable(ps: &[Participant], accepted: Vec<Meeting>) -> Vec<Meeting> {
    accepted
        .into_iter()
        .map(|mut m| {
            if let Some(s) = m.slot_id
                && ps.iter().filter(|p| m.involves(p.id)).any(|p| !p.available.contains(&s))
            {
                m.locked = false;
                m.published = false;
            }
            m
        })
        .collect()
}

/// The scheduler's instance for the event: its slots (each session's cap on them), the
/// participants' free slots, the accepted meetings; locked ones, and published ones unless
/// `allow_moves`, stay where they are.
pub fn instance(setup: &Setup, ps: &[Participant], accepted: &[Meeting], allow_moves: bool) -> Instance {
    let mut slots = Vec::new();
    for s in &setup.sessions {
        for x in &s.slots {
            slots.push(SlotIn {
                id: x.id.to_string(),
                session: Some(s.id.to_string()),
                tables: s.tables,
                max_meetings: Some(s.cap),
            });
        }
    }
    let participants = ps
        .iter()
        .map(|p| ParticipantIn {
            id: p.id.to_string(),
            available: p.available.iter().filter(|s| setup.slot(**s).is_some()).map(i64::to_string).collect(),
            max_meetings: None,
        })
        .collect();
    let meetings = accepted
        .iter()
        .map(|m| {
            let fixed = m.locked || (m.published && !allow_moves);
            MeetingIn {
                id: m.id.to_string(),
                a: m.requester_id.to_string(),
                b: m.invitee_id.to_string(),
                priority: m.priority,
                locked: match (fixed, m.slot_id, m.table_no) {
                    (true, Some(s), Some(t)) => Some(LockIn { slot: s.to_string(), table: t }),
                    _ => None,
                },
            }
        })
        .collect();
    Instance { slots, participants, meetings }
}

/// Runs the scheduler over the accepted meetings and writes its placements. Meetings
/// whose place changed and were published are told to both sides.
pub async fn run(state: &AppState, user: &User, id: i64, allow_moves: bool) -> Result<RunReport, AppError> {
    let e = organised(state, user, id).await?;
    let now = store::now();
    // The scheduler runs outside any transaction (it may take seconds, and a write
    // transaction would hold every other writer back meanwhile); its result is written
    // only if nothing it read changed in the meantime.
    let (setup, ps, accepted) = (
        state.db.brokerage_setup(id).await?,
        state.db.brokerage_participants(id).await?,
        state
            .db
            .brokerage_meetings(id)
            .await?
            .into_iter()
            .filter(|m| m.status == MeetingStatus::Accepted)
            .collect::<Vec<_>>(),
    );
    if setup.sessions.is_empty() {
        return Err(AppError::Conflict(FieldError::new("allow_moves", "brokerage-no-sessions")));
    }
    let read = fingerprint(&setup, &ps, &accepted);
    let accepted = keepable(&ps, accepted);
    let inst = instance(&setup, &ps, &accepted, allow_moves);
    let opts = scheduler::Options { seconds: SCHEDULER_SECONDS, seed: id as u64 };
    let result = tokio::task::spawn_blocking(move || scheduler::schedule_with(&inst, opts))
        .await
        .map_err(|e| AppError::Internal(format!("the scheduler stopped: {e}")))?
        .map_err(|problems| AppError::Internal(format!("the scheduler refused the event's instance: {problems:?}")))?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let now_accepted = tx.brokerage_meetings_in(id, MeetingStatus::Accepted).await?;
    if fingerprint(&tx.brokerage_setup(id).await?, &tx.brokerage_participants(id).await?, &now_accepted) != read {
        return Err(AppError::Conflict(FieldError::new("allow_moves", "brokerage-changed")));
    }
    // Everyone off their table first, so that two meetings swapping tables do not meet in
    // the unique index (slots and publication stay until each is written).
    tx.lift_tables(id).await?;
    let mut moved = Vec::new();
    for a in &result.assignments {
        let (mid, slot): (i64, i64) = (a.meeting.parse().unwrap_or_default(), a.slot.parse().unwrap_or_default());
        let Some(m) = accepted.iter().find(|m| m.id == mid) else { continue };
        let same = m.slot_id == Some(slot) && m.table_no == Some(a.table);
        let keep_room = if m.slot_id == Some(slot) { m.room.as_deref() } else { None };
        tx.place_meeting(mid, Some((slot, a.table, room(&setup, slot, keep_room))), None, now).await?;
        if m.published && !same {
            moved.push(m.clone());
        }
    }
    for u in &result.unscheduled {
        let mid: i64 = u.meeting.parse().unwrap_or_default();
        tx.place_meeting(mid, None, Some(&u.reason), now).await?;
        if let Some(m) = accepted.iter().find(|m| m.id == mid && m.published && m.slot_id.is_some()) {
            moved.push(m.clone());
        }
    }
    for m in &moved {
        for side in [m.requester_id, m.invitee_id] {
            if let Some(u) = user_of(&ps, side) {
                tell_about(state, &mut tx, &e, u, "moved", name_of(&ps, m.other(side)), None).await?;
            }
        }
    }
    state.commit(tx).await?;
    Ok(RunReport {
        placed: result.objective.meetings,
        unplaced: result.unscheduled.len(),
        weighted: result.objective.weighted,
        gaps: result.objective.gaps,
        upper_bound: result.upper_bound,
        moved: moved.len(),
    })
}

/// Publishes the schedule: every placed meeting is final for the participants, who are
/// sent their agenda.
pub async fn publish(state: &AppState, user: &User, id: i64) -> Result<usize, AppError> {
    let e = organised(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let accepted = tx.brokerage_meetings_in(id, MeetingStatus::Accepted).await?;
    let ps = tx.brokerage_participants(id).await?;
    tx.mark_schedule_published(id, now).await?;
    let mut told = 0;
    for p in &ps {
        let n = accepted.iter().filter(|m| m.involves(p.id) && m.slot_id.is_some()).count();
        if n == 0 {
            continue;
        }
        tell_about(state, &mut tx, &e, UserId(p.user_id), "published", n.to_string(), None).await?;
        told += 1;
    }
    state.commit(tx).await?;
    Ok(told)
}

/// The organiser moves a meeting to a slot and table (checked: both free and available,
/// under their caps, the table free), or takes it out (`slot` None); a published meeting's
/// participants are told.
pub async fn move_meeting(
    state: &AppState,
    user: &User,
    id: i64,
    meeting: i64,
    slot: Option<i64>,
    table: Option<i64>,
) -> Result<(), AppError> {
    let e = organised(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let m = tx.brokerage_meeting(meeting).await?;
    if m.event_id != id {
        return Err(AppError::NotFound);
    }
    if m.status != MeetingStatus::Accepted {
        return Err(AppError::Conflict(FieldError::new("slot", "brokerage-not-accepted")));
    }
    let setup = tx.brokerage_setup(id).await?;
    let ps = tx.brokerage_participants(id).await?;
    match slot {
        Some(slot) => {
            let accepted = tx.brokerage_meetings_in(id, MeetingStatus::Accepted).await?;
            let t = seat(&setup, &ps, &accepted, &m, slot, table).map_err(|why| {
                let field = if why == "brokerage-table-taken" { "table" } else { "slot" };
                AppError::from(FieldErrors::from(FieldError::new(field, why)))
            })?;
            let keep_room = if m.slot_id == Some(slot) { m.room.as_deref() } else { None };
            tx.place_meeting(meeting, Some((slot, t, room(&setup, slot, keep_room))), None, now).await?;
        }
        None => tx.place_meeting(meeting, None, Some("organiser"), now).await?,
    }
    if m.published {
        for side in [m.requester_id, m.invitee_id] {
            if let Some(u) = user_of(&ps, side) {
                tell_about(state, &mut tx, &e, u, "moved", name_of(&ps, m.other(side)), None).await?;
            }
        }
    }
    state.commit(tx).await?;
    Ok(())
}

/// Locks (the scheduler keeps it where it is) or unlocks a placed meeting, and sets its
/// priority (1 to 3).
pub async fn set_lock(
    state: &AppState,
    user: &User,
    id: i64,
    meeting: i64,
    locked: bool,
    priority: Option<i64>,
) -> Result<(), AppError> {
    organised(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let m = tx.brokerage_meeting(meeting).await?;
    if m.event_id != id {
        return Err(AppError::NotFound);
    }
    if locked && m.slot_id.is_none() {
        return Err(AppError::Conflict(FieldError::new("locked", "brokerage-lock-unplaced")));
    }
    if let Some(pr) = priority {
        if !(1..=3).contains(&pr) {
            return Err(FieldErrors::from(FieldError::new("priority", "invalid-choice")).into());
        }
        tx.set_meeting_priority(meeting, pr, now).await?;
    }
    tx.set_meeting_lock(meeting, locked, now).await?;
    state.commit(tx).await?;
    Ok(())
}

/// The organiser checks a participant in (present) or marks them absent; a participant
/// absent makes their meetings of the day not held.
pub async fn check_in(state: &AppState, user: &User, id: i64, participant: i64, present: bool) -> Result<(), AppError> {
    organised(state, user, id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let ps = tx.brokerage_participants(id).await?;
    if !ps.iter().any(|p| p.id == participant) {
        return Err(AppError::NotFound);
    }
    tx.set_checked_in(participant, present.then_some(now)).await?;
    if !present {
        for m in tx.brokerage_meetings_in(id, MeetingStatus::Accepted).await? {
            if m.involves(participant) && m.slot_id.is_some() {
                tx.set_meeting_held(m.id, Some(false), now).await?;
            }
        }
    }
    state.commit(tx).await?;
    Ok(())
}

/// Marks a meeting held or not held: the organiser, or either side.
pub async fn set_held(state: &AppState, user: &User, id: i64, meeting: i64, held: bool) -> Result<(), AppError> {
    let (_, organiser) = event(state, Some(user), id).await?;
    let mine = state.db.brokerage_participant_of(id, user.id).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let m = tx.brokerage_meeting(meeting).await?;
    let side = mine.as_ref().is_some_and(|p| m.involves(p.id));
    if m.event_id != id || !(organiser || side) {
        return Err(AppError::NotFound);
    }
    if m.status != MeetingStatus::Accepted || m.slot_id.is_none() {
        return Err(AppError::Conflict(FieldError::new("held", "brokerage-not-scheduled")));
    }
    tx.set_meeting_held(meeting, Some(held), now).await?;
    state.commit(tx).await?;
    Ok(())
}

/// How long after the event the follow-up question is sent.
pub const FOLLOW_UP_AFTER: i64 = 90 * 24 * 3600;

/// One side rates a meeting that took place (after its slot began) and says what came of
/// it; the follow-up question is then due three months after the event.
pub async fn rate(
    state: &AppState,
    user: &User,
    id: i64,
    meeting: i64,
    rating: &str,
    outcome: &str,
    comment: &str,
) -> Result<(), AppError> {
    let (e, p) = me(state, user, id).await?;
    let mut errs = FieldErrors::new();
    let r = errs.take(rules::rating(rating));
    let o = errs.take(rules::choice("outcome", outcome, &rules::OUTCOMES));
    let c = errs.take(domain::text::optional("comment", comment, 2_000));
    errs.into_result()?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Events, id).await?;
    let m = tx.brokerage_meeting(meeting).await?;
    if m.event_id != id || !m.involves(p.id) {
        return Err(AppError::NotFound);
    }
    let setup = tx.brokerage_setup(id).await?;
    let started = m.slot_id.and_then(|s| setup.slot(s)).is_some_and(|s| s.starts_at <= now);
    if m.status != MeetingStatus::Accepted || !started || m.held == Some(false) {
        return Err(AppError::Conflict(FieldError::new("rating", "brokerage-not-held")));
    }
    tx.put_rating(
        meeting,
        p.id,
        r.unwrap_or_default(),
        &o.unwrap_or_default(),
        &c.flatten().unwrap_or_default(),
        e.draft.ends_at + FOLLOW_UP_AFTER,
        now,
    )
    .await?;
    if m.held.is_none() {
        tx.set_meeting_held(meeting, Some(true), now).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// The answer to the follow-up question, months later.
pub async fn follow_up(state: &AppState, user: &User, id: i64, meeting: i64, outcome: &str) -> Result<(), AppError> {
    let (_, p) = me(state, user, id).await?;
    let o = rules::choice("outcome", outcome, &rules::OUTCOMES).map_err(FieldErrors::from)?;
    let mut tx = state.db.begin().await?;
    if !tx.answer_followup(meeting, p.id, &o, store::now()).await? {
        return Err(AppError::NotFound);
    }
    state.commit(tx).await?;
    Ok(())
}

/// Sends the follow-up questions that are due. Run by the worker.
pub async fn send_followups(state: &AppState, now: i64) -> Result<usize, AppError> {
    let mut sent = 0;
    for f in state.db.followups_due(now, 200).await? {
        let mut tx = state.db.begin().await?;
        if !tx.mark_followup_sent(f.meeting_id, f.participant_id, now).await? {
            continue;
        }
        let e = tx.event_uncounted(f.event_id).await?;
        let ps = tx.brokerage_participants(f.event_id).await?;
        let m = tx.brokerage_meeting(f.meeting_id).await?;
        let title = e.draft.title.clone();
        let who = name_of(&ps, m.other(f.participant_id));
        let link = format!("/events/{}/brokerage/agenda#meeting-{}", e.id, m.id);
        tell(state, &mut tx, &[UserId(f.user_id)], link, "mail-bk-followup-open", move |tr: &Tr| {
            let args = [("event", title.clone().into()), ("name", who.clone().into())];
            (tr.args("mail-bk-followup-subject", &args), vec![tr.args("mail-bk-followup-body", &args)])
        })
        .await?;
        state.commit(tx).await?;
        sent += 1;
    }
    Ok(sent)
}

/// Reminds both sides of a placed meeting of a published schedule, an hour before it
/// begins. Run by the worker.
pub async fn remind(state: &AppState, now: i64) -> Result<usize, AppError> {
    let mut sent = 0;
    for (m, starts_at) in state.db.meetings_to_remind(now, now + 3600, 500).await? {
        let mut tx = state.db.begin().await?;
        tx.lock_row(LockTable::Events, m.event_id).await?;
        let fresh = tx.brokerage_meeting(m.id).await?;
        if fresh.status != MeetingStatus::Accepted
            || fresh.slot_id != m.slot_id
            || !tx.claim_reminder(m.id, now).await?
        {
            continue;
        }
        let e = tx.event_uncounted(m.event_id).await?;
        let ps = tx.brokerage_participants(m.event_id).await?;
        let when =
            format!("{} ({})", domain::events::utc_to_local(starts_at, tz(&e)).replace('T', " "), e.draft.time_zone);
        for side in [m.requester_id, m.invitee_id] {
            if let Some(u) = user_of(&ps, side) {
                tell_about(state, &mut tx, &e, u, "reminder", name_of(&ps, m.other(side)), Some(when.clone())).await?;
                sent += 1;
            }
        }
        state.commit(tx).await?;
    }
    Ok(sent)
}

/// Why the organiser cannot put `m` at `slot` (None: they can, at some table).
pub fn why_not(
    setup: &Setup,
    ps: &[Participant],
    accepted: &[Meeting],
    m: &Meeting,
    slot: i64,
) -> Option<&'static str> {
    seat(setup, ps, accepted, m, slot, None).err()
}

/// Participants with their marketplace items, filtered by participant type, words (in
/// name, organisation, profile or items) and item kind.
pub async fn browse(
    state: &AppState,
    id: i64,
    kind: &str,
    q: &str,
    item_kind: &str,
) -> Result<Vec<(Participant, Vec<store::brokerage::Item>, Option<String>)>, AppError> {
    let ps = state.db.brokerage_participants(id).await?;
    let items = state.db.marketplace_items(id).await?;
    let words: Vec<String> = domain::text::fold(q).split_whitespace().map(str::to_owned).collect();
    let mut out = Vec::new();
    for p in ps {
        if !kind.is_empty() && p.kind != kind {
            continue;
        }
        let mine: Vec<store::brokerage::Item> = items.iter().filter(|i| i.participant_id == p.id).cloned().collect();
        if !item_kind.is_empty() && !mine.iter().any(|i| i.kind == item_kind) {
            continue;
        }
        if !words.is_empty() {
            let mut hay = format!("{} {} {} {}", p.name, p.organisation_name, p.about, p.country);
            for i in &mine {
                hay.push(' ');
                hay.push_str(&i.title);
                hay.push(' ');
                hay.push_str(&i.description);
            }
            let hay = domain::text::fold(&hay);
            if !words.iter().all(|w| hay.contains(w.as_str())) {
                continue;
            }
        }
        out.push((p, mine, None));
    }
    Ok(out)
}

/// The sides a participant type looks for first.
fn complements(kind: &str) -> &'static [&'static str] {
    match kind {
        "buyer" => &["supplier", "research"],
        "supplier" => &["buyer", "investor", "intermediary"],
        "investor" => &["supplier"],
        "intermediary" => &["buyer", "supplier"],
        _ => &["buyer", "supplier"],
    }
}

/// Recommended partners for `me`, best first: those whose challenges or solutions the
/// hub's matcher pairs with mine (through marketplace items and organisations), then those
/// of a complementary type with items; not those I already have a live request with.
pub async fn recommended(
    state: &AppState,
    id: i64,
    me: &Participant,
) -> Result<Vec<(Participant, Vec<store::brokerage::Item>, Option<String>)>, AppError> {
    use domain::matching::Side;
    let all = browse(state, id, "", "", "").await?;
    let live: Vec<i64> = state
        .db
        .brokerage_meetings(id)
        .await?
        .into_iter()
        .filter(|m| m.status.is_live() && m.involves(me.id))
        .map(|m| m.other(me.id))
        .collect();
    let my_items: Vec<&store::brokerage::Item> =
        all.iter().filter(|(p, _, _)| p.id == me.id).flat_map(|(_, items, _)| items.iter()).collect();
    // What the matcher pairs with my linked challenges and solutions.
    let mut wanted_solutions: Vec<(i64, f32)> = Vec::new();
    let mut wanted_challenges: Vec<(i64, f32)> = Vec::new();
    for i in &my_items {
        if let Some(c) = i.challenge_id {
            for m in crate::matcher::matches(state, Side::Challenge, c, 20).await? {
                wanted_solutions.push((m.id, m.score));
            }
        }
        if let Some(s) = i.solution_id {
            for m in crate::matcher::matches(state, Side::Solution, s, 20).await? {
                wanted_challenges.push((m.id, m.score));
            }
        }
    }
    let mut scored = Vec::new();
    for (p, items, _) in all {
        if p.id == me.id || live.contains(&p.id) {
            continue;
        }
        let mut score = 0.0f32;
        let mut why = None;
        for i in &items {
            if let Some(s) = i.solution_id
                && let Some((_, sc)) = wanted_solutions.iter().find(|(x, _)| *x == s)
                && 1.0 + sc > score
            {
                score = 1.0 + sc;
                why = Some(i.title.clone());
            }
            if let Some(c) = i.challenge_id
                && let Some((_, sc)) = wanted_challenges.iter().find(|(x, _)| *x == c)
                && 1.0 + sc > score
            {
                score = 1.0 + sc;
                why = Some(i.title.clone());
            }
        }
        if score == 0.0 && complements(&me.kind).contains(&p.kind.as_str()) && !items.is_empty() {
            score = 0.5;
        }
        if score > 0.0 {
            scored.push((score, p, items, why));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
    Ok(scored.into_iter().take(10).map(|(_, p, items, why)| (p, items, why)).collect())
}

/// The challenges (published) and solutions of the participant's organisation, which
/// marketplace items may link to.
pub async fn linkable(
    state: &AppState,
    me: &Participant,
) -> Result<(Vec<(i64, String)>, Vec<(i64, String)>), AppError> {
    let Some(org) = me.organisation_id else { return Ok((vec![], vec![])) };
    let challenges = state
        .db
        .organisation_challenges(org)
        .await?
        .into_iter()
        .filter(|c| c.state.is_public())
        .map(|c| (c.id, c.draft.title))
        .collect();
    let f = store::solutions::SolutionFilter { organisation: Some(org), ..Default::default() };
    let solutions = state
        .db
        .solutions(&f, 100, 0)
        .await?
        .0
        .into_iter()
        .filter(|s| s.state == domain::solutions::SolutionState::Published)
        .map(|s| (s.id, s.draft.title))
        .collect();
    Ok((challenges, solutions))
}

/// How often an outcome was stated.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct OutcomeCount {
    /// `none`, `follow-up`, `offer` or `agreement`.
    pub outcome: String,
    /// Stated right after the meeting.
    pub after_meeting: i64,
    /// Stated at the follow-up question.
    pub at_follow_up: i64,
}

/// The event's results, for its organisers (pages and API).
#[derive(Debug, Clone, Default, serde::Serialize, utoipa::ToSchema)]
pub struct Results {
    pub participants: usize,
    pub requests: usize,
    pub accepted: usize,
    pub declined: usize,
    pub expired: usize,
    pub scheduled: usize,
    pub held: usize,
    pub not_held: usize,
    /// Participants absent from all their meetings.
    pub no_shows: usize,
    pub average_rating: Option<f64>,
    pub outcomes: Vec<OutcomeCount>,
}

pub async fn results(state: &AppState, id: i64) -> Result<Results, AppError> {
    let ps = state.db.brokerage_participants(id).await?;
    let ms = state.db.brokerage_meetings(id).await?;
    let rs = state.db.brokerage_ratings(id).await?;
    let count = |s: MeetingStatus| ms.iter().filter(|m| m.status == s).count();
    let scheduled: Vec<&Meeting> =
        ms.iter().filter(|m| m.status == MeetingStatus::Accepted && m.slot_id.is_some()).collect();
    let no_shows = ps
        .iter()
        .filter(|p| {
            let mine: Vec<&&Meeting> = scheduled.iter().filter(|m| m.involves(p.id)).collect();
            p.checked_in_at.is_none() && !mine.is_empty() && mine.iter().all(|m| m.held == Some(false))
        })
        .count();
    let mut outcomes = Vec::new();
    for o in rules::OUTCOMES {
        let now = rs.iter().filter(|r| r.outcome == o).count() as i64;
        let later = rs.iter().filter(|r| r.followup_outcome.as_deref() == Some(o)).count() as i64;
        outcomes.push(OutcomeCount { outcome: o.to_owned(), after_meeting: now, at_follow_up: later });
    }
    Ok(Results {
        participants: ps.len(),
        requests: ms.len(),
        accepted: count(MeetingStatus::Accepted),
        declined: count(MeetingStatus::Declined),
        expired: count(MeetingStatus::Expired),
        scheduled: scheduled.len(),
        held: scheduled.iter().filter(|m| m.held == Some(true)).count(),
        not_held: scheduled.iter().filter(|m| m.held == Some(false)).count(),
        no_shows,
        average_rating: (!rs.is_empty()).then(|| rs.iter().map(|r| r.rating as f64).sum::<f64>() / rs.len() as f64),
        outcomes,
    })
}
