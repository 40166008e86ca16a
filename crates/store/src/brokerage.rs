//! Brokerage (issue 11): a matchmaking event's settings, sessions and slots, participants,
//! marketplace items, meeting requests and meetings, and what came of them.

use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::UnixTime;
use domain::brokerage::{MeetingStatus, Session, Settings};
use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

#[derive(Debug, Clone)]
pub struct SettingsRow {
    pub settings: Settings,
    pub published_at: Option<UnixTime>,
}

#[derive(Debug, Clone)]
pub struct Slot {
    pub id: i64,
    pub starts_at: UnixTime,
    pub ends_at: UnixTime,
}

#[derive(Debug, Clone)]
pub struct SessionRow {
    pub id: i64,
    pub name: String,
    pub online: bool,
    pub tables: i64,
    pub cap: i64,
    pub slots: Vec<Slot>,
}

/// The set-up of a matchmaking event: settings (None until the organiser saves them) and
/// sessions with their slots, in time order.
#[derive(Debug, Clone, Default)]
pub struct Setup {
    pub settings: Option<SettingsRow>,
    pub sessions: Vec<SessionRow>,
}

impl Setup {
    /// The session of a slot.
    pub fn session_of(&self, slot: i64) -> Option<&SessionRow> {
        self.sessions.iter().find(|s| s.slots.iter().any(|x| x.id == slot))
    }
    pub fn slot(&self, slot: i64) -> Option<&Slot> {
        self.sessions.iter().flat_map(|s| s.slots.iter()).find(|x| x.id == slot)
    }
}

#[derive(Debug, Clone)]
pub struct Participant {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub locale: String,
    pub organisation_id: Option<i64>,
    pub organisation_name: String,
    pub country: String,
    pub kind: String,
    pub about: String,
    pub available: Vec<i64>,
    pub checked_in_at: Option<UnixTime>,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub id: i64,
    pub participant_id: i64,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub challenge_id: Option<i64>,
    pub solution_id: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: i64,
    pub event_id: i64,
    pub requester_id: i64,
    pub invitee_id: i64,
    pub message: String,
    pub status: MeetingStatus,
    pub priority: i64,
    pub expires_at: Option<UnixTime>,
    pub slot_id: Option<i64>,
    pub table_no: Option<i64>,
    pub room: Option<String>,
    pub locked: bool,
    pub published: bool,
    pub unplaced_reason: Option<String>,
    pub held: Option<bool>,
    pub created_at: UnixTime,
}

impl Meeting {
    pub fn involves(&self, participant: i64) -> bool {
        self.requester_id == participant || self.invitee_id == participant
    }
    pub fn other(&self, participant: i64) -> i64 {
        if self.requester_id == participant { self.invitee_id } else { self.requester_id }
    }
}

#[derive(Debug, Clone)]
pub struct Rating {
    pub meeting_id: i64,
    pub participant_id: i64,
    pub rating: i64,
    pub outcome: String,
    pub comment: String,
    pub followup_outcome: Option<String>,
}

/// A follow-up question due: the rating's meeting and participant, and who to ask.
#[derive(Debug, Clone)]
pub struct FollowUp {
    pub meeting_id: i64,
    pub participant_id: i64,
    pub event_id: i64,
    pub user_id: i64,
}

fn ids(list: &str) -> Vec<i64> {
    list.split('|').filter_map(|s| s.parse().ok()).collect()
}

fn id_list(v: &[i64]) -> String {
    if v.is_empty() {
        String::new()
    } else {
        format!("|{}|", v.iter().map(i64::to_string).collect::<Vec<_>>().join("|"))
    }
}

const MEETING: &str = "SELECT id, event_id, requester_id, invitee_id, message, status, priority, expires_at, slot_id,
    table_no, room, locked, published, unplaced_reason, held, created_at FROM brokerage_meetings";

fn meeting(r: &AnyRow) -> Meeting {
    Meeting {
        id: r.get(0),
        event_id: r.get(1),
        requester_id: r.get(2),
        invitee_id: r.get(3),
        message: r.get(4),
        status: MeetingStatus::parse(&r.get::<String, _>(5)).unwrap_or(MeetingStatus::Cancelled),
        priority: r.get(6),
        expires_at: r.get(7),
        slot_id: r.get(8),
        table_no: r.get(9),
        room: r.get(10),
        locked: r.get::<i64, _>(11) != 0,
        published: r.get::<i64, _>(12) != 0,
        unplaced_reason: r.get(13),
        held: r.get::<Option<i64>, _>(14).map(|h| h != 0),
        created_at: r.get(15),
    }
}

const PARTICIPANT: &str = "SELECT p.id, p.user_id, u.name, u.email, COALESCE(u.language, 'en'), p.organisation_id,
    COALESCE(o.name, ''), COALESCE(o.country, ''), p.kind, p.about, p.available, p.checked_in_at
    FROM brokerage_participants p JOIN users u ON u.id = p.user_id
    LEFT JOIN organisations o ON o.id = p.organisation_id";

fn participant(r: &AnyRow) -> Participant {
    Participant {
        id: r.get(0),
        user_id: r.get(1),
        name: r.get(2),
        email: r.get(3),
        locale: r.get(4),
        organisation_id: r.get(5),
        organisation_name: r.get(6),
        country: r.get(7),
        kind: r.get(8),
        about: r.get(9),
        available: ids(&r.get::<String, _>(10)),
        checked_in_at: r.get(11),
    }
}

async fn setup(conn: &mut sqlx::AnyConnection, event: i64) -> Result<Setup> {
    let settings = sqlx::query(
        "SELECT automatic, pick, expiry_minutes, opens_at, closes_at, video_base_url, published_at
         FROM brokerage_settings WHERE event_id = $1",
    )
    .bind(event)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| SettingsRow {
        settings: Settings {
            automatic: r.get::<i64, _>(0) != 0,
            pick: r.get::<i64, _>(1) != 0,
            expiry_minutes: r.get(2),
            opens_at: r.get(3),
            closes_at: r.get(4),
            video_base_url: r.get(5),
        },
        published_at: r.get(6),
    });
    let mut sessions: Vec<SessionRow> =
        sqlx::query("SELECT id, name, online, tables, cap FROM brokerage_sessions WHERE event_id = $1 ORDER BY id")
            .bind(event)
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|r| SessionRow {
                id: r.get(0),
                name: r.get(1),
                online: r.get::<i64, _>(2) != 0,
                tables: r.get(3),
                cap: r.get(4),
                slots: Vec::new(),
            })
            .collect();
    for r in sqlx::query(
        "SELECT id, session_id, starts_at, ends_at FROM brokerage_slots WHERE event_id = $1 ORDER BY starts_at, id",
    )
    .bind(event)
    .fetch_all(&mut *conn)
    .await?
    {
        let sid: i64 = r.get(1);
        if let Some(s) = sessions.iter_mut().find(|s| s.id == sid) {
            s.slots.push(Slot { id: r.get(0), starts_at: r.get(2), ends_at: r.get(3) });
        }
    }
    sessions.sort_by_key(|s| (s.slots.first().map(|x| x.starts_at), s.id));
    Ok(Setup { settings, sessions })
}

impl Db {
    pub async fn brokerage_setup(&self, event: i64) -> Result<Setup> {
        setup(&mut *self.pool().acquire().await?, event).await
    }

    /// Participants, by name.
    pub async fn brokerage_participants(&self, event: i64) -> Result<Vec<Participant>> {
        let rows =
            sqlx::query(AssertSqlSafe(format!("{PARTICIPANT} WHERE p.event_id = $1 ORDER BY LOWER(u.name), p.id")))
                .bind(event)
                .fetch_all(self.pool())
                .await?;
        Ok(rows.iter().map(participant).collect())
    }

    pub async fn brokerage_participant_of(&self, event: i64, user: domain::UserId) -> Result<Option<Participant>> {
        let r = sqlx::query(AssertSqlSafe(format!("{PARTICIPANT} WHERE p.event_id = $1 AND p.user_id = $2")))
            .bind(event)
            .bind(user.0)
            .fetch_optional(self.pool())
            .await?;
        Ok(r.as_ref().map(participant))
    }

    pub async fn marketplace_items(&self, event: i64) -> Result<Vec<Item>> {
        let rows = sqlx::query(
            "SELECT id, participant_id, kind, title, description, challenge_id, solution_id FROM marketplace_items
             WHERE event_id = $1 ORDER BY id",
        )
        .bind(event)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Item {
                id: r.get(0),
                participant_id: r.get(1),
                kind: r.get(2),
                title: r.get(3),
                description: r.get(4),
                challenge_id: r.get(5),
                solution_id: r.get(6),
            })
            .collect())
    }

    /// Every request and meeting of the event, oldest first.
    pub async fn brokerage_meetings(&self, event: i64) -> Result<Vec<Meeting>> {
        let rows = sqlx::query(AssertSqlSafe(format!("{MEETING} WHERE event_id = $1 ORDER BY id")))
            .bind(event)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(meeting).collect())
    }

    pub async fn brokerage_meeting(&self, id: i64) -> Result<Meeting> {
        let r = sqlx::query(AssertSqlSafe(format!("{MEETING} WHERE id = $1")))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(meeting(&r))
    }

    /// Pending requests whose time is up.
    pub async fn expired_requests(&self, now: UnixTime, limit: i64) -> Result<Vec<Meeting>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "{MEETING} WHERE status = 'pending' AND expires_at IS NOT NULL AND expires_at <= $1 ORDER BY expires_at, id LIMIT $2"
        )))
        .bind(now)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(meeting).collect())
    }

    pub async fn brokerage_ratings(&self, event: i64) -> Result<Vec<Rating>> {
        let rows = sqlx::query(
            "SELECT r.meeting_id, r.participant_id, r.rating, r.outcome, r.comment, r.followup_outcome
             FROM brokerage_ratings r JOIN brokerage_meetings m ON m.id = r.meeting_id WHERE m.event_id = $1
             ORDER BY r.meeting_id, r.participant_id",
        )
        .bind(event)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Rating {
                meeting_id: r.get(0),
                participant_id: r.get(1),
                rating: r.get(2),
                outcome: r.get(3),
                comment: r.get(4),
                followup_outcome: r.get(5),
            })
            .collect())
    }

    /// Placed meetings of published schedules that begin between `from` and `to` and were
    /// not reminded of, with their start.
    pub async fn meetings_to_remind(
        &self,
        from: UnixTime,
        to: UnixTime,
        limit: i64,
    ) -> Result<Vec<(Meeting, UnixTime)>> {
        let rows = sqlx::query(AssertSqlSafe(format!(
            "{MEETING} WHERE status = 'accepted' AND published = 1 AND reminded_at IS NULL AND slot_id IN
                 (SELECT id FROM brokerage_slots WHERE starts_at > $1 AND starts_at <= $2) ORDER BY id LIMIT $3"
        )))
        .bind(from)
        .bind(to)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let m = meeting(r);
            let start: Option<i64> = sqlx::query_scalar("SELECT starts_at FROM brokerage_slots WHERE id = $1")
                .bind(m.slot_id)
                .fetch_optional(self.pool())
                .await?;
            if let Some(s) = start {
                out.push((m, s));
            }
        }
        Ok(out)
    }

    /// The meetings whose follow-up question was sent to `participant` and not answered.
    pub async fn followups_of(&self, participant: i64) -> Result<Vec<i64>> {
        let rows = sqlx::query(
            "SELECT meeting_id FROM brokerage_ratings
             WHERE participant_id = $1 AND followup_sent_at IS NOT NULL AND followup_outcome IS NULL",
        )
        .bind(participant)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Follow-up questions whose day has come and that were not sent.
    pub async fn followups_due(&self, now: UnixTime, limit: i64) -> Result<Vec<FollowUp>> {
        let rows = sqlx::query(
            "SELECT r.meeting_id, r.participant_id, m.event_id, p.user_id FROM brokerage_ratings r
             JOIN brokerage_meetings m ON m.id = r.meeting_id JOIN brokerage_participants p ON p.id = r.participant_id
             WHERE r.followup_sent_at IS NULL AND r.followup_due_at IS NOT NULL AND r.followup_due_at <= $1
             ORDER BY r.followup_due_at LIMIT $2",
        )
        .bind(now)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| FollowUp { meeting_id: r.get(0), participant_id: r.get(1), event_id: r.get(2), user_id: r.get(3) })
            .collect())
    }
}

impl Tx {
    pub async fn brokerage_setup(&mut self, event: i64) -> Result<Setup> {
        setup(self.conn(), event).await
    }

    pub async fn brokerage_meeting(&mut self, id: i64) -> Result<Meeting> {
        let r = sqlx::query(AssertSqlSafe(format!("{MEETING} WHERE id = $1")))
            .bind(id)
            .fetch_optional(self.conn())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(meeting(&r))
    }

    /// The event's meetings in `status`.
    pub async fn brokerage_meetings_in(&mut self, event: i64, status: MeetingStatus) -> Result<Vec<Meeting>> {
        let rows = sqlx::query(AssertSqlSafe(format!("{MEETING} WHERE event_id = $1 AND status = $2 ORDER BY id")))
            .bind(event)
            .bind(status.as_str())
            .fetch_all(self.conn())
            .await?;
        Ok(rows.iter().map(meeting).collect())
    }

    pub async fn brokerage_participants(&mut self, event: i64) -> Result<Vec<Participant>> {
        let rows = sqlx::query(AssertSqlSafe(format!("{PARTICIPANT} WHERE p.event_id = $1 ORDER BY p.id")))
            .bind(event)
            .fetch_all(self.conn())
            .await?;
        Ok(rows.iter().map(participant).collect())
    }

    pub async fn put_brokerage_settings(&mut self, event: i64, s: &Settings, now: UnixTime) -> Result<()> {
        sqlx::query(
            "INSERT INTO brokerage_settings (event_id, automatic, pick, expiry_minutes, opens_at, closes_at,
                 video_base_url, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (event_id) DO UPDATE SET automatic = $2, pick = $3, expiry_minutes = $4, opens_at = $5,
                 closes_at = $6, video_base_url = $7, updated_at = $8",
        )
        .bind(event)
        .bind(s.automatic as i64)
        .bind(s.pick as i64)
        .bind(s.expiry_minutes)
        .bind(s.opens_at)
        .bind(s.closes_at)
        .bind(s.video_base_url.as_deref())
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn mark_schedule_published(&mut self, event: i64, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE brokerage_settings SET published_at = $1 WHERE event_id = $2")
            .bind(now)
            .bind(event)
            .execute(self.conn())
            .await?;
        sqlx::query(
            "UPDATE brokerage_meetings SET published = 1, updated_at = $1
             WHERE event_id = $2 AND status = 'accepted' AND slot_id IS NOT NULL",
        )
        .bind(now)
        .bind(event)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Adds a session and its slots.
    pub async fn add_brokerage_session(&mut self, event: i64, s: &Session, now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO brokerage_sessions (event_id, name, online, tables, cap, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(event)
        .bind(&s.name)
        .bind(s.online as i64)
        .bind(s.tables)
        .bind(s.cap)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        let id: i64 = r.get(0);
        for (start, end) in &s.slots {
            sqlx::query(
                "INSERT INTO brokerage_slots (session_id, event_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(event)
            .bind(*start)
            .bind(*end)
            .execute(self.conn())
            .await?;
        }
        Ok(id)
    }

    /// Removes a session of the event (its slots go; meetings in them lose their place).
    pub async fn delete_brokerage_session(&mut self, event: i64, session: i64) -> Result<bool> {
        sqlx::query(
            "UPDATE brokerage_meetings SET slot_id = NULL, table_no = NULL, room = NULL, locked = 0, published = 0
             WHERE slot_id IN (SELECT id FROM brokerage_slots WHERE session_id = $1 AND event_id = $2)",
        )
        .bind(session)
        .bind(event)
        .execute(self.conn())
        .await?;
        let r = sqlx::query("DELETE FROM brokerage_sessions WHERE id = $1 AND event_id = $2")
            .bind(session)
            .bind(event)
            .execute(self.conn())
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Registers or updates a participant; returns their id.
    #[allow(clippy::too_many_arguments)]
    pub async fn put_brokerage_participant(
        &mut self,
        event: i64,
        user: domain::UserId,
        organisation: Option<i64>,
        kind: &str,
        about: &str,
        available: &[i64],
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO brokerage_participants (event_id, user_id, organisation_id, kind, about, available, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
             ON CONFLICT (event_id, user_id) DO UPDATE SET organisation_id = $3, kind = $4, about = $5, available = $6,
                 updated_at = $7
             RETURNING id",
        )
        .bind(event)
        .bind(user.0)
        .bind(organisation)
        .bind(kind)
        .bind(about)
        .bind(id_list(available))
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    pub async fn set_checked_in(&mut self, participant: i64, at: Option<UnixTime>) -> Result<()> {
        sqlx::query("UPDATE brokerage_participants SET checked_in_at = $1 WHERE id = $2")
            .bind(at)
            .bind(participant)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub async fn add_marketplace_item(
        &mut self,
        event: i64,
        participant: i64,
        kind: &str,
        title: &str,
        description: &str,
        challenge: Option<i64>,
        solution: Option<i64>,
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO marketplace_items (event_id, participant_id, kind, title, description, challenge_id, solution_id,
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(event)
        .bind(participant)
        .bind(kind)
        .bind(title)
        .bind(description)
        .bind(challenge)
        .bind(solution)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    pub async fn delete_marketplace_item(&mut self, participant: i64, item: i64) -> Result<bool> {
        let r = sqlx::query("DELETE FROM marketplace_items WHERE id = $1 AND participant_id = $2")
            .bind(item)
            .bind(participant)
            .execute(self.conn())
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Files a request; `Conflict("pair")` while the pair has a pending or accepted one.
    #[allow(clippy::too_many_arguments)]
    pub async fn create_meeting_request(
        &mut self,
        event: i64,
        from: i64,
        to: i64,
        message: &str,
        status: MeetingStatus,
        expires_at: Option<UnixTime>,
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO brokerage_meetings (event_id, requester_id, invitee_id, low_id, high_id, message, status,
                 expires_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind(event)
        .bind(from)
        .bind(to)
        .bind(from.min(to))
        .bind(from.max(to))
        .bind(message)
        .bind(status.as_str())
        .bind(expires_at)
        .bind(now)
        .fetch_one(self.conn())
        .await
        .map_err(|e| conflict_on(e, "pair"))?;
        Ok(r.get(0))
    }

    /// Moves a request from `from` to `to`; false if it was no longer in `from`. Leaving
    /// `accepted` takes the meeting out of its slot.
    pub async fn set_meeting_status(
        &mut self,
        id: i64,
        from: MeetingStatus,
        to: MeetingStatus,
        now: UnixTime,
    ) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE brokerage_meetings SET status = $1, updated_at = $2, expires_at = NULL,
                 slot_id = CASE WHEN $1 = 'accepted' THEN slot_id ELSE NULL END,
                 table_no = CASE WHEN $1 = 'accepted' THEN table_no ELSE NULL END,
                 room = CASE WHEN $1 = 'accepted' THEN room ELSE NULL END,
                 locked = CASE WHEN $1 = 'accepted' THEN locked ELSE 0 END
             WHERE id = $3 AND status = $4",
        )
        .bind(to.as_str())
        .bind(now)
        .bind(id)
        .bind(from.as_str())
        .execute(self.conn())
        .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Puts an accepted meeting at a slot and table (None: takes it out, with the reason);
    /// `Conflict("table")` if the table is taken at that time.
    pub async fn place_meeting(
        &mut self,
        id: i64,
        place: Option<(i64, i64, Option<String>)>,
        reason: Option<&str>,
        now: UnixTime,
    ) -> Result<()> {
        let (slot, table, room) = match place {
            Some((s, t, r)) => (Some(s), Some(t), r),
            None => (None, None, None),
        };
        sqlx::query(
            "UPDATE brokerage_meetings SET slot_id = $1, table_no = $2, room = $3, unplaced_reason = $4,
                 reminded_at = CASE WHEN slot_id = $1 THEN reminded_at ELSE NULL END,
                 published = CASE WHEN $1 IS NULL THEN 0 ELSE published END, updated_at = $5
             WHERE id = $6 AND status = 'accepted'",
        )
        .bind(slot)
        .bind(table)
        .bind(room)
        .bind(reason)
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await
        .map_err(|e| conflict_on(e, "table"))?;
        Ok(())
    }

    /// Lifts every placed meeting of the event off its table (keeping its slot and whether
    /// it was published), so that a new schedule can seat them in any order.
    pub async fn lift_tables(&mut self, event: i64) -> Result<()> {
        sqlx::query(
            "UPDATE brokerage_meetings SET table_no = NULL WHERE event_id = $1 AND status = 'accepted' AND slot_id IS NOT NULL",
        )
        .bind(event)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_meeting_lock(&mut self, id: i64, locked: bool, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE brokerage_meetings SET locked = $1, updated_at = $2 WHERE id = $3")
            .bind(locked as i64)
            .bind(now)
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn set_meeting_priority(&mut self, id: i64, priority: i64, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE brokerage_meetings SET priority = $1, updated_at = $2 WHERE id = $3")
            .bind(priority)
            .bind(now)
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn set_meeting_held(&mut self, id: i64, held: Option<bool>, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE brokerage_meetings SET held = $1, updated_at = $2 WHERE id = $3")
            .bind(held.map(|h| h as i64))
            .bind(now)
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Marks a meeting reminded of; false if it already was.
    pub async fn claim_reminder(&mut self, id: i64, now: UnixTime) -> Result<bool> {
        let r = sqlx::query("UPDATE brokerage_meetings SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Records (or replaces) one side's rating and outcome; the follow-up question is due
    /// at `followup_due_at`.
    #[allow(clippy::too_many_arguments)]
    pub async fn put_rating(
        &mut self,
        meeting: i64,
        participant: i64,
        rating: i64,
        outcome: &str,
        comment: &str,
        followup_due_at: UnixTime,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO brokerage_ratings (meeting_id, participant_id, rating, outcome, comment, followup_due_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (meeting_id, participant_id) DO UPDATE SET rating = $3, outcome = $4, comment = $5",
        )
        .bind(meeting)
        .bind(participant)
        .bind(rating)
        .bind(outcome)
        .bind(comment)
        .bind(followup_due_at)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Marks a follow-up question sent; false if another worker sent it.
    pub async fn mark_followup_sent(&mut self, meeting: i64, participant: i64, now: UnixTime) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE brokerage_ratings SET followup_sent_at = $1
             WHERE meeting_id = $2 AND participant_id = $3 AND followup_sent_at IS NULL",
        )
        .bind(now)
        .bind(meeting)
        .bind(participant)
        .execute(self.conn())
        .await?;
        Ok(r.rows_affected() > 0)
    }

    pub async fn answer_followup(
        &mut self,
        meeting: i64,
        participant: i64,
        outcome: &str,
        now: UnixTime,
    ) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE brokerage_ratings SET followup_outcome = $1, followup_at = $2 WHERE meeting_id = $3 AND participant_id = $4",
        )
        .bind(outcome)
        .bind(now)
        .bind(meeting)
        .bind(participant)
        .execute(self.conn())
        .await?;
        Ok(r.rows_affected() > 0)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn slot_lists_round_trip() {
        assert_eq!(super::ids(&super::id_list(&[3, 1, 2])), vec![3, 1, 2]);
        assert_eq!(super::id_list(&[]), "");
    }
}
