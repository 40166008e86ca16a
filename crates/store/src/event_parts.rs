//! What surrounds an event's registrations: the form's questions, invitations (reserved
//! seats), attendance and certificates, feedback, messages to participants, linked
//! resources, reminders sent, and members' meetings' agenda and action items. Writes that
//! change who holds a seat are made under the event's lock by the caller.

use crate::{Db, Result, StoreError, Tx};
use domain::event_forms::{Answers, Question};
use domain::events::RegStatus;
use domain::meetings::Action;
use domain::{UnixTime, UserId};
use sqlx::Row;

/// One person's registration, as they see it.
#[derive(Debug, Clone)]
pub struct MyRegistration {
    pub status: RegStatus,
    pub answers: Answers,
    pub attended: Option<bool>,
    pub certificate: Option<String>,
    pub rating: Option<i64>,
    pub comment: Option<String>,
}

/// See [`Tx::seat_context`].
#[derive(Debug, Clone, Copy)]
pub struct SeatContext {
    pub mine: Option<RegStatus>,
    pub confirmed: i64,
    pub unclaimed: i64,
    pub invited: bool,
}

/// A seat kept for an invited address, and whether its person registered.
#[derive(Debug, Clone)]
pub struct EventInvitation {
    pub email: String,
    pub claimed: bool,
}

/// A certificate of attendance as its page shows it.
#[derive(Debug, Clone)]
pub struct Certificate {
    pub code: String,
    pub name: String,
    pub event_id: i64,
    pub title: String,
    pub publisher_name: String,
    pub time_zone: String,
    pub starts_at: UnixTime,
    pub ends_at: UnixTime,
    pub issued_at: UnixTime,
}

/// An event's results for its organisers.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub confirmed: i64,
    pub waiting: i64,
    pub pending: i64,
    pub rejected: i64,
    pub cancelled: i64,
    /// Of the confirmed: recorded present, recorded absent.
    pub attended: i64,
    pub absent: i64,
    pub certificates: i64,
    /// How many gave each rating, 1 to 5.
    pub ratings: [i64; 5],
    /// The comments, newest first (without names: feedback is given in confidence).
    pub comments: Vec<String>,
}

impl Summary {
    pub fn feedback_count(&self) -> i64 {
        self.ratings.iter().sum()
    }
    /// The average rating, to one decimal (`None` without feedback).
    pub fn average(&self) -> Option<f64> {
        let n = self.feedback_count();
        (n > 0).then(|| {
            let sum: i64 = self.ratings.iter().enumerate().map(|(i, c)| (i as i64 + 1) * c).sum();
            (sum as f64 / n as f64 * 10.0).round() / 10.0
        })
    }
    /// Present of those whose attendance was recorded, in percent.
    pub fn attendance_rate(&self) -> Option<i64> {
        let n = self.attended + self.absent;
        (n > 0).then(|| (self.attended * 100 + n / 2) / n)
    }
}

/// A message the organisers sent.
#[derive(Debug, Clone)]
pub struct SentMessage {
    pub subject: String,
    pub recipients: i64,
    pub created_at: UnixTime,
}

/// An agenda item proposed for a members' meeting.
#[derive(Debug, Clone)]
pub struct MeetingItem {
    pub id: i64,
    pub title: String,
    pub detail: String,
    pub proposed_by: String,
    pub created_at: UnixTime,
}

/// An action item and the meeting it came from.
#[derive(Debug, Clone)]
pub struct ActionItem {
    pub id: i64,
    pub event_id: i64,
    pub meeting: String,
    pub meeting_starts_at: UnixTime,
    pub action: Action,
    pub updated_at: UnixTime,
}

/// A resource linked to an event (slides, a recording).
#[derive(Debug, Clone)]
pub struct LinkedResource {
    pub id: i64,
    pub title: String,
    pub kind: String,
}

const ACTION_COLS: &str = "a.id, a.event_id, e.title, e.starts_at, a.title AS action, a.owner, a.due_on, a.status,
    a.updated_at";

fn action_row(r: &sqlx::any::AnyRow) -> ActionItem {
    ActionItem {
        id: r.get(0),
        event_id: r.get(1),
        meeting: r.get(2),
        meeting_starts_at: r.get(3),
        action: Action { title: r.get(4), owner: r.get(5), due_on: r.get(6), status: r.get(7) },
        updated_at: r.get(8),
    }
}

impl Db {
    pub async fn my_registration(&self, event: i64, user: UserId) -> Result<Option<MyRegistration>> {
        let r = sqlx::query(
            "SELECT status, answers, attended, certificate, rating, comment FROM registrations
             WHERE event_id = $1 AND user_id = $2",
        )
        .bind(event)
        .bind(user.0)
        .fetch_optional(self.pool())
        .await?;
        Ok(r.map(|r| MyRegistration {
            status: RegStatus::parse(&r.get::<String, _>(0)).unwrap_or(RegStatus::Cancelled),
            answers: serde_json::from_str(&r.get::<String, _>(1)).unwrap_or_default(),
            attended: r.get::<Option<i64>, _>(2).map(|a| a != 0),
            certificate: r.get(3),
            rating: r.get(4),
            comment: r.get(5),
        }))
    }

    pub async fn event_invitations(&self, event: i64) -> Result<Vec<EventInvitation>> {
        let rows = sqlx::query(
            "SELECT v.email, CASE WHEN EXISTS (SELECT 1 FROM registrations r JOIN users u ON u.id = r.user_id
                 WHERE r.event_id = v.event_id AND r.status = 'confirmed' AND LOWER(u.email) = v.email) THEN 1 ELSE 0 END
             FROM event_invitations v WHERE v.event_id = $1 ORDER BY v.email",
        )
        .bind(event)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| EventInvitation { email: r.get(0), claimed: r.get::<i64, _>(1) == 1 }).collect())
    }

    pub async fn certificate(&self, code: &str) -> Result<Certificate> {
        let r = sqlx::query(
            "SELECT r.certificate, u.name, e.id, e.title, COALESCE(i.acronym, o.name), e.time_zone, e.starts_at,
               e.ends_at, r.certificate_at
             FROM registrations r JOIN users u ON u.id = r.user_id JOIN events e ON e.id = r.event_id
             LEFT JOIN initiatives i ON i.id = e.initiative_id LEFT JOIN organisations o ON o.id = e.organisation_id
             WHERE r.certificate = $1 AND r.attended = 1",
        )
        .bind(code)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok(Certificate {
            code: r.get(0),
            name: r.get(1),
            event_id: r.get(2),
            title: r.get(3),
            publisher_name: r.get::<Option<String>, _>(4).unwrap_or_default(),
            time_zone: r.get(5),
            starts_at: r.get(6),
            ends_at: r.get(7),
            issued_at: r.get::<Option<i64>, _>(8).unwrap_or_default(),
        })
    }

    pub async fn event_summary(&self, event: i64) -> Result<Summary> {
        let mut s = Summary::default();
        let rows = sqlx::query(
            "SELECT status, attended, certificate, rating, comment FROM registrations WHERE event_id = $1
             ORDER BY feedback_at DESC, id DESC",
        )
        .bind(event)
        .fetch_all(self.pool())
        .await?;
        for r in rows {
            match RegStatus::parse(&r.get::<String, _>(0)) {
                Some(RegStatus::Confirmed) => s.confirmed += 1,
                Some(RegStatus::Waiting) => s.waiting += 1,
                Some(RegStatus::Pending) => s.pending += 1,
                Some(RegStatus::Rejected) => s.rejected += 1,
                _ => s.cancelled += 1,
            }
            match r.get::<Option<i64>, _>(1) {
                Some(1) => s.attended += 1,
                Some(_) => s.absent += 1,
                None => {}
            }
            if r.get::<Option<String>, _>(2).is_some() {
                s.certificates += 1;
            }
            if let Some(rating) = r.get::<Option<i64>, _>(3).filter(|r| (1..=5).contains(r)) {
                s.ratings[(rating - 1) as usize] += 1;
            }
            if let Some(c) = r.get::<Option<String>, _>(4).filter(|c| !c.is_empty()) {
                s.comments.push(c);
            }
        }
        Ok(s)
    }

    pub async fn event_messages(&self, event: i64) -> Result<Vec<SentMessage>> {
        let rows = sqlx::query(
            "SELECT subject, recipients, created_at FROM event_messages WHERE event_id = $1 ORDER BY id DESC LIMIT 50",
        )
        .bind(event)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| SentMessage { subject: r.get(0), recipients: r.get(1), created_at: r.get(2) }).collect())
    }

    /// The published resources linked to an event.
    pub async fn event_resources(&self, event: i64) -> Result<Vec<LinkedResource>> {
        let rows = sqlx::query(
            "SELECT r.id, r.title, r.kind FROM event_resources x JOIN resources r ON r.id = x.resource_id
             WHERE x.event_id = $1 AND r.state = 'published' ORDER BY x.created_at, r.id",
        )
        .bind(event)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| LinkedResource { id: r.get(0), title: r.get(1), kind: r.get(2) }).collect())
    }

    /// Published events starting within the next week (and a minute), with their start
    /// and reminder times: one light query, so that looking for due reminders costs little.
    pub async fn events_to_remind(&self, now: UnixTime) -> Result<Vec<(i64, UnixTime, Vec<i64>)>> {
        let rows = sqlx::query(
            "SELECT id, starts_at, reminders FROM events WHERE state = 'published' AND starts_at > $1 AND starts_at <= $2
             ORDER BY starts_at",
        )
        .bind(now)
        .bind(now + 7 * 86_400 + 60)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let reminders = crate::tags::list(r.get(2)).iter().filter_map(|m| m.parse().ok()).collect();
                (r.get(0), r.get(1), reminders)
            })
            .collect())
    }

    /// The reminder times already sent for this start (outside a transaction).
    pub async fn reminders_sent(&self, event: i64, starts_at: UnixTime) -> Result<Vec<i64>> {
        let rows = sqlx::query("SELECT minutes FROM event_reminders_sent WHERE event_id = $1 AND starts_at = $2")
            .bind(event)
            .bind(starts_at)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    pub async fn meeting_items(&self, event: i64) -> Result<Vec<MeetingItem>> {
        let rows = sqlx::query(
            "SELECT m.id, m.title, m.detail, COALESCE(u.name, ''), m.created_at FROM meeting_items m
             LEFT JOIN users u ON u.id = m.proposed_by WHERE m.event_id = $1 ORDER BY m.id",
        )
        .bind(event)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| MeetingItem {
                id: r.get(0),
                title: r.get(1),
                detail: r.get(2),
                proposed_by: r.get(3),
                created_at: r.get(4),
            })
            .collect())
    }

    /// Action items of one meeting, or of all (`None`), open ones first by due date.
    pub async fn action_items(&self, event: Option<i64>, status: Option<&str>) -> Result<Vec<ActionItem>> {
        let sql = format!(
            "SELECT {ACTION_COLS} FROM action_items a JOIN events e ON e.id = a.event_id
             WHERE ($1 = 0 OR a.event_id = $1) AND ($2 = '' OR a.status = $2)
             ORDER BY CASE a.status WHEN 'open' THEN 0 ELSE 1 END, COALESCE(a.due_on, '9999'), a.id LIMIT 1000"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(event.unwrap_or(0))
            .bind(status.unwrap_or(""))
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(action_row).collect())
    }

    pub async fn action_item(&self, id: i64) -> Result<ActionItem> {
        let sql =
            format!("SELECT {ACTION_COLS} FROM action_items a JOIN events e ON e.id = a.event_id WHERE a.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.pool()).await?;
        r.as_ref().map(action_row).ok_or(StoreError::NotFound)
    }
}

impl Tx {
    /// Saves the registration form (`last` is the highest question id ever used).
    pub async fn set_questions(&mut self, event: i64, items: &[Question], last: i64, now: UnixTime) -> Result<()> {
        let json = serde_json::json!({"last": last, "items": items}).to_string();
        sqlx::query("UPDATE events SET questions = $1, updated_at = $2 WHERE id = $3")
            .bind(json)
            .bind(now)
            .bind(event)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// What deciding a registration needs, in one round trip: the person's registration,
    /// the seats taken, the invitations not yet claimed, and whether `email` is invited.
    pub async fn seat_context(&mut self, event: i64, user: UserId, email: &str) -> Result<SeatContext> {
        let r = sqlx::query(
            "SELECT (SELECT status FROM registrations WHERE event_id = $1 AND user_id = $2),
               (SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND status = 'confirmed'),
               (SELECT COUNT(*) FROM event_invitations v WHERE v.event_id = $1 AND NOT EXISTS (
                  SELECT 1 FROM registrations r JOIN users u ON u.id = r.user_id
                  WHERE r.event_id = v.event_id AND r.status = 'confirmed' AND LOWER(u.email) = v.email)),
               CASE WHEN EXISTS (SELECT 1 FROM event_invitations WHERE event_id = $1 AND email = $3) THEN 1 ELSE 0 END",
        )
        .bind(event)
        .bind(user.0)
        .bind(email.to_lowercase())
        .fetch_one(self.conn())
        .await?;
        Ok(SeatContext {
            mine: r.get::<Option<String>, _>(0).and_then(|s| RegStatus::parse(&s)),
            confirmed: r.get(1),
            unclaimed: r.get(2),
            invited: r.get::<i64, _>(3) == 1,
        })
    }

    /// Invitations whose person holds no seat yet: the seats still kept.
    pub async fn unclaimed_invitations(&mut self, event: i64) -> Result<i64> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM event_invitations v WHERE v.event_id = $1 AND NOT EXISTS (
               SELECT 1 FROM registrations r JOIN users u ON u.id = r.user_id
               WHERE r.event_id = v.event_id AND r.status = 'confirmed' AND LOWER(u.email) = v.email)",
        )
        .bind(event)
        .fetch_one(self.conn())
        .await?
        .get(0))
    }

    pub async fn invitation_count(&mut self, event: i64) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM event_invitations WHERE event_id = $1")
            .bind(event)
            .fetch_one(self.conn())
            .await?
            .get(0))
    }

    /// Adds invitations; returns the addresses that were new.
    pub async fn add_invitations(&mut self, event: i64, emails: &[String], now: UnixTime) -> Result<Vec<String>> {
        let mut added = Vec::new();
        for e in emails {
            let r = sqlx::query(
                "INSERT INTO event_invitations (event_id, email, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(event)
            .bind(e)
            .bind(now)
            .execute(self.conn())
            .await?;
            if r.rows_affected() > 0 {
                added.push(e.clone());
            }
        }
        Ok(added)
    }

    pub async fn remove_invitation(&mut self, event: i64, email: &str) -> Result<bool> {
        let r = sqlx::query("DELETE FROM event_invitations WHERE event_id = $1 AND email = $2")
            .bind(event)
            .bind(email.to_lowercase())
            .execute(self.conn())
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Records attendance of a confirmed participant (`None` forgets it). A person marked
    /// absent loses the certificate they had. Returns whether they are a confirmed
    /// participant.
    pub async fn set_attendance(
        &mut self,
        event: i64,
        user: UserId,
        attended: Option<bool>,
        now: UnixTime,
    ) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE registrations SET attended = $1, updated_at = $2,
               certificate = CASE WHEN $1 = 1 THEN certificate ELSE NULL END,
               certificate_at = CASE WHEN $1 = 1 THEN certificate_at ELSE NULL END
             WHERE event_id = $3 AND user_id = $4 AND status = 'confirmed'",
        )
        .bind(attended.map(i64::from))
        .bind(now)
        .bind(event)
        .bind(user.0)
        .execute(self.conn())
        .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Gives a certificate to every participant recorded present who has none; returns
    /// who got one, with its code.
    pub async fn issue_certificates(&mut self, event: i64, now: UnixTime) -> Result<Vec<(UserId, String)>> {
        let rows = sqlx::query(
            "SELECT user_id FROM registrations WHERE event_id = $1 AND status = 'confirmed' AND attended = 1
               AND certificate IS NULL ORDER BY id",
        )
        .bind(event)
        .fetch_all(self.conn())
        .await?;
        let mut out = Vec::new();
        for r in rows {
            let u = UserId(r.get(0));
            let code = crate::secret::random_hex()[..20].to_owned();
            sqlx::query(
                "UPDATE registrations SET certificate = $1, certificate_at = $2 WHERE event_id = $3 AND user_id = $4",
            )
            .bind(&code)
            .bind(now)
            .bind(event)
            .bind(u.0)
            .execute(self.conn())
            .await?;
            out.push((u, code));
        }
        Ok(out)
    }

    /// Who is asked for feedback: those recorded present, or every confirmed participant
    /// when no attendance was recorded.
    pub async fn feedback_recipients(&mut self, event: i64) -> Result<Vec<UserId>> {
        let rows = sqlx::query(
            "SELECT user_id FROM registrations WHERE event_id = $1 AND status = 'confirmed' AND (attended = 1 OR NOT EXISTS
               (SELECT 1 FROM registrations x WHERE x.event_id = $1 AND x.attended IS NOT NULL)) ORDER BY id",
        )
        .bind(event)
        .fetch_all(self.conn())
        .await?;
        Ok(rows.iter().map(|r| UserId(r.get(0))).collect())
    }

    pub async fn set_feedback(
        &mut self,
        event: i64,
        user: UserId,
        rating: i64,
        comment: Option<&str>,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE registrations SET rating = $1, comment = $2, feedback_at = $3 WHERE event_id = $4 AND user_id = $5",
        )
        .bind(rating)
        .bind(comment)
        .bind(now)
        .bind(event)
        .bind(user.0)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Who receives a message: the confirmed participants, or everyone registered.
    pub async fn message_recipients(&mut self, event: i64, everyone: bool) -> Result<Vec<UserId>> {
        let sql = if everyone {
            "SELECT user_id FROM registrations WHERE event_id = $1 AND status IN ('confirmed', 'waiting', 'pending') ORDER BY id"
        } else {
            "SELECT user_id FROM registrations WHERE event_id = $1 AND status = 'confirmed' ORDER BY id"
        };
        let rows = sqlx::query(sql).bind(event).fetch_all(self.conn()).await?;
        Ok(rows.iter().map(|r| UserId(r.get(0))).collect())
    }

    pub async fn record_message(
        &mut self,
        event: i64,
        by: UserId,
        subject: &str,
        body: &str,
        recipients: i64,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO event_messages (event_id, sent_by, subject, body, recipients, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(event)
        .bind(by.0)
        .bind(subject)
        .bind(body)
        .bind(recipients)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn link_resource(&mut self, event: i64, resource: i64, now: UnixTime) -> Result<()> {
        sqlx::query(
            "INSERT INTO event_resources (event_id, resource_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(event)
        .bind(resource)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn unlink_resource(&mut self, event: i64, resource: i64) -> Result<bool> {
        let r = sqlx::query("DELETE FROM event_resources WHERE event_id = $1 AND resource_id = $2")
            .bind(event)
            .bind(resource)
            .execute(self.conn())
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// The reminder times already sent for this start.
    pub async fn reminders_sent(&mut self, event: i64, starts_at: UnixTime) -> Result<Vec<i64>> {
        let rows = sqlx::query("SELECT minutes FROM event_reminders_sent WHERE event_id = $1 AND starts_at = $2")
            .bind(event)
            .bind(starts_at)
            .fetch_all(self.conn())
            .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    pub async fn mark_reminders_sent(
        &mut self,
        event: i64,
        minutes: &[i64],
        starts_at: UnixTime,
        now: UnixTime,
    ) -> Result<()> {
        for m in minutes {
            sqlx::query(
                "INSERT INTO event_reminders_sent (event_id, minutes, starts_at, sent_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT DO NOTHING",
            )
            .bind(event)
            .bind(m)
            .bind(starts_at)
            .bind(now)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    pub async fn set_minutes(&mut self, event: i64, md: &str, html: &str, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE events SET minutes_md = $1, minutes_html = $2, updated_at = $3 WHERE id = $4")
            .bind(md)
            .bind(html)
            .bind(now)
            .bind(event)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn add_meeting_item(
        &mut self,
        event: i64,
        title: &str,
        detail: &str,
        by: UserId,
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO meeting_items (event_id, title, detail, proposed_by, created_at) VALUES ($1, $2, $3, $4, $5)
             RETURNING id",
        )
        .bind(event)
        .bind(title)
        .bind(detail)
        .bind(by.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    pub async fn add_action_item(&mut self, event: i64, a: &Action, by: UserId, now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO action_items (event_id, title, owner, due_on, status, created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(event)
        .bind(&a.title)
        .bind(&a.owner)
        .bind(a.due_on.as_deref())
        .bind(&a.status)
        .bind(by.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    pub async fn update_action_item(&mut self, id: i64, a: &Action, now: UnixTime) -> Result<()> {
        let r = sqlx::query(
            "UPDATE action_items SET title = $1, owner = $2, due_on = $3, status = $4, updated_at = $5 WHERE id = $6",
        )
        .bind(&a.title)
        .bind(&a.owner)
        .bind(a.due_on.as_deref())
        .bind(&a.status)
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
