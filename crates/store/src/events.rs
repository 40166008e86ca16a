//! Events and registrations. A registration is decided under the event's row lock
//! (`LockTable::Events`): the seat count read and the row written are one step, so an
//! event never has more confirmed participants than seats, and a freed seat goes to the
//! first person waiting in the same transaction.

use crate::query::Query;
use crate::tags::{bars, list};
use crate::{Db, Result, StoreError, Tx};
use domain::event_forms::{Answers, Question};
use domain::events::{EventDraft, EventState, RegStatus};
use domain::resources::Publisher;
use domain::{UnixTime, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Event {
    pub id: i64,
    pub publisher_name: String,
    pub draft: EventDraft,
    pub description_html: String,
    pub state: EventState,
    /// How many times a calendar must see it changed.
    pub sequence: i64,
    pub confirmed: i64,
    pub waiting: i64,
    /// Registrations waiting for the organisers' approval.
    pub pending: i64,
    /// The registration form's questions.
    pub questions: Vec<Question>,
    /// The highest question id the event ever used (ids are never reused).
    pub last_question_id: i64,
    /// A members' meeting's minutes (Markdown, and as sanitised HTML).
    pub minutes: String,
    pub minutes_html: String,
    pub created_at: UnixTime,
    pub updated_at: UnixTime,
}

impl Event {
    /// The publisher and the co-organisers.
    pub fn organisers(&self) -> Vec<Publisher> {
        let mut v = vec![self.draft.publisher];
        v.extend(self.draft.co_organisers.iter().copied());
        v
    }
    pub fn is_members_meeting(&self) -> bool {
        self.draft.kind == "members-meeting"
    }
}

/// The stored form: `{"last": N, "items": [...]}`.
#[derive(serde::Serialize, serde::Deserialize, Default)]
struct StoredQuestions {
    #[serde(default)]
    last: i64,
    #[serde(default)]
    items: Vec<Question>,
}

fn questions(raw: &str) -> StoredQuestions {
    if raw.trim_start().starts_with('[') {
        let items: Vec<Question> = serde_json::from_str(raw).unwrap_or_default();
        StoredQuestions { last: items.iter().map(|q| q.id).max().unwrap_or(0), items }
    } else {
        serde_json::from_str(raw).unwrap_or_default()
    }
}

/// Filters of the events list (all optional).
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub kind: Option<String>,
    pub topic: Option<String>,
    pub language: Option<String>,
    pub initiative: Option<i64>,
    /// Past events (newest first) instead of upcoming ones (soonest first).
    pub past: bool,
    /// Members' updating meetings too (the reader is an editor of a member initiative).
    pub members: bool,
    /// Only events overlapping `[from, to)` (UTC seconds), soonest first, past or not:
    /// the shared calendar's month or week.
    pub range: Option<(UnixTime, UnixTime)>,
}

/// A participant as the organisers see them.
#[derive(Debug, Clone)]
pub struct Participant {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub status: RegStatus,
    pub since: UnixTime,
    pub answers: Answers,
    /// `None` until the organisers record it.
    pub attended: Option<bool>,
    pub certificate: Option<String>,
}

const COLS: &str = "e.id, e.initiative_id, e.organisation_id, COALESCE(i.acronym, o.name) AS publisher_name, e.kind,
    e.format, e.title, e.summary, e.description_md, e.description_html, e.venue, e.address, e.join_link, e.time_zone,
    e.starts_at, e.ends_at, e.languages, e.audiences, e.topics, e.sectors, e.capacity, e.registration_opens_at,
    e.registration_closes_at, e.state, e.sequence, e.created_at, e.updated_at, e.approval, e.questions,
    e.co_organisers, e.speakers, e.agenda, e.reminders, e.minutes_md, e.minutes_html,
    (SELECT COUNT(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'pending') AS pending,
    (SELECT COUNT(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'confirmed') AS confirmed,
    (SELECT COUNT(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'waiting') AS waiting";

const FROM: &str = "FROM events e LEFT JOIN initiatives i ON i.id = e.initiative_id
    LEFT JOIN organisations o ON o.id = e.organisation_id";

fn row(r: &AnyRow) -> Event {
    let publisher = match (r.get::<Option<i64>, _>("initiative_id"), r.get::<Option<i64>, _>("organisation_id")) {
        (Some(i), _) => Publisher::Initiative(i),
        (None, o) => Publisher::Organisation(o.unwrap_or_default()),
    };
    let qs = questions(&r.get::<String, _>("questions"));
    Event {
        id: r.get("id"),
        publisher_name: r.get::<Option<String>, _>("publisher_name").unwrap_or_default(),
        draft: EventDraft {
            publisher,
            kind: r.get("kind"),
            format: r.get("format"),
            title: r.get("title"),
            summary: r.get("summary"),
            description: r.get("description_md"),
            venue: r.get("venue"),
            address: r.get("address"),
            join_link: r.get("join_link"),
            time_zone: r.get("time_zone"),
            starts_at: r.get("starts_at"),
            ends_at: r.get("ends_at"),
            languages: list(r.get("languages")),
            audiences: list(r.get("audiences")),
            topics: list(r.get("topics")),
            sectors: list(r.get("sectors")),
            capacity: r.get("capacity"),
            registration_opens_at: r.get("registration_opens_at"),
            registration_closes_at: r.get("registration_closes_at"),
            approval: r.get::<i64, _>("approval") != 0,
            co_organisers: list(r.get("co_organisers")).iter().filter_map(|k| Publisher::parse(k)).collect(),
            speakers: serde_json::from_str(&r.get::<String, _>("speakers")).unwrap_or_default(),
            agenda: serde_json::from_str(&r.get::<String, _>("agenda")).unwrap_or_default(),
            reminders: list(r.get("reminders")).iter().filter_map(|m| m.parse().ok()).collect(),
        },
        description_html: r.get("description_html"),
        state: EventState::parse(&r.get::<String, _>("state")).unwrap_or(EventState::Draft),
        sequence: r.get("sequence"),
        confirmed: r.get("confirmed"),
        waiting: r.get("waiting"),
        pending: r.get("pending"),
        questions: qs.items,
        last_question_id: qs.last,
        minutes: r.get("minutes_md"),
        minutes_html: r.get("minutes_html"),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds a draft's columns $1 to $24, as insert and update write them.
fn bind_draft<'q>(q: AnyQuery<'q>, d: &'q EventDraft, html: &'q str) -> AnyQuery<'q> {
    q.bind(&d.kind)
        .bind(&d.format)
        .bind(&d.title)
        .bind(&d.summary)
        .bind(&d.description)
        .bind(html)
        .bind(d.venue.as_deref())
        .bind(d.address.as_deref())
        .bind(d.join_link.as_deref())
        .bind(&d.time_zone)
        .bind(d.starts_at)
        .bind(d.ends_at)
        .bind(bars(&d.languages))
        .bind(bars(&d.audiences))
        .bind(bars(&d.topics))
        .bind(bars(&d.sectors))
        .bind(d.capacity)
        .bind(d.registration_opens_at)
        .bind(d.registration_closes_at)
        .bind(i64::from(d.approval))
        .bind(bars(&d.co_organisers.iter().map(|p| p.key()).collect::<Vec<_>>()))
        .bind(serde_json::to_string(&d.speakers).unwrap_or_else(|_| "[]".into()))
        .bind(serde_json::to_string(&d.agenda).unwrap_or_else(|_| "[]".into()))
        .bind(bars(&d.reminders.iter().map(|m| m.to_string()).collect::<Vec<_>>()))
}

impl Db {
    pub async fn event(&self, id: i64) -> Result<Event> {
        let sql = format!("SELECT {COLS} {FROM} WHERE e.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.pool()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    /// Published (and cancelled, so people learn of it) events matching `f`: upcoming ones
    /// soonest first, or past ones newest first; and how many in all. `now` is taken to
    /// the minute, and the same page is answered from memory until the next write of this
    /// process (see `memo`).
    pub async fn public_events(
        &self,
        f: &EventFilter,
        now: UnixTime,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<Event>, i64)> {
        let now = now - now.rem_euclid(60);
        let mut q = Query::new(FROM);
        q.push(" WHERE e.state IN ('published', 'cancelled', 'finished')");
        match f.range {
            Some((from, to)) => {
                q.push(" AND e.ends_at > ").int(from);
                q.push(" AND e.starts_at < ").int(to);
            }
            None if f.past => {
                q.push(" AND e.ends_at <= ").int(now);
            }
            None => {
                q.push(" AND e.ends_at > ").int(now);
            }
        }
        if !f.members {
            q.push(" AND e.kind <> 'members-meeting'");
        }
        if let Some(k) = &f.kind {
            q.push(" AND e.kind = ").text(k.clone());
        }
        for (col, v) in [("e.topics", &f.topic), ("e.languages", &f.language)] {
            if let Some(v) = v {
                q.push(&format!(" AND {col} LIKE ")).text(format!("%|{v}|%"));
            }
        }
        if let Some(i) = f.initiative {
            q.push(" AND e.initiative_id = ").int(i);
        }
        let mut count = q.clone();
        count.prepend("SELECT COUNT(*) ");
        q.prepend(&format!("SELECT {COLS} "));
        let newest_first = f.past && f.range.is_none();
        q.push(if newest_first { " ORDER BY e.starts_at DESC, e.id DESC" } else { " ORDER BY e.starts_at, e.id" });
        q.push(" LIMIT ").int(limit.clamp(1, 1000));
        q.push(" OFFSET ").int(offset.clamp(0, 100_000));
        let key = q.cache_key();
        let generation = self.memo.generation();
        if let Some(page) = self.memo.events.get(&key, generation) {
            return Ok((page.0.clone(), page.1));
        }
        let total: i64 = count.build().fetch_one(self.pool()).await?.get(0);
        let rows = q.build().fetch_all(self.pool()).await?;
        let page = (rows.iter().map(row).collect::<Vec<_>>(), total);
        self.memo.events.put(key, generation, Arc::new(page.clone()));
        Ok(page)
    }

    /// A publisher's events in every state, soonest first (for its organisers).
    pub async fn publisher_events(&self, p: Publisher) -> Result<Vec<Event>> {
        let (col, id) = match p {
            Publisher::Initiative(i) => ("e.initiative_id", i),
            Publisher::Organisation(o) => ("e.organisation_id", o),
        };
        let sql = format!("SELECT {COLS} {FROM} WHERE {col} = $1 ORDER BY e.starts_at DESC LIMIT 500");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    /// Published events' ids after `after`, in order (a search rebuild's batches).
    pub async fn published_event_ids_after(&self, after: i64, limit: i64) -> Result<Vec<i64>> {
        let rows = sqlx::query("SELECT id FROM events WHERE state = 'published' AND id > $1 ORDER BY id LIMIT $2")
            .bind(after)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Whose private calendar a secret opens (by its hash).
    pub async fn calendar_owner(&self, token_hash: &str) -> Result<Option<UserId>> {
        let r = sqlx::query("SELECT user_id FROM calendar_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?;
        Ok(r.map(|r| UserId(r.get(0))))
    }

    pub async fn has_calendar_token(&self, user: UserId) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM calendar_tokens WHERE user_id = $1")
            .bind(user.0)
            .fetch_optional(self.pool())
            .await?
            .is_some())
    }

    /// The events a person holds a seat for or waits for, not yet over (at most 500),
    /// with their registration.
    pub async fn registered_events(&self, user: UserId, now: UnixTime) -> Result<Vec<(Event, RegStatus)>> {
        let sql = format!(
            "SELECT {COLS}, g.status AS my_status {FROM} JOIN registrations g ON g.event_id = e.id
             WHERE g.user_id = $1 AND g.status IN ('confirmed', 'waiting') AND e.state <> 'draft' AND e.ends_at > $2
             ORDER BY e.starts_at LIMIT 500"
        );
        let rows =
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(user.0).bind(now - 30 * 86_400).fetch_all(self.pool()).await?;
        Ok(rows
            .iter()
            .map(|r| (row(r), RegStatus::parse(&r.get::<String, _>("my_status")).unwrap_or(RegStatus::Waiting)))
            .collect())
    }

    /// Published events that overlap `e` in time and share a topic or an audience with it
    /// (at most 20, soonest first): the clashes its organisers should see before they
    /// publish.
    pub async fn clashes(&self, e: &Event) -> Result<Vec<Event>> {
        let d = &e.draft;
        if d.topics.is_empty() && d.audiences.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = Query::new(FROM);
        q.push(" WHERE e.state = 'published' AND e.id <> ").int(e.id);
        q.push(" AND e.starts_at < ").int(d.ends_at);
        q.push(" AND e.ends_at > ").int(d.starts_at);
        q.push(" AND (1 = 0");
        for (col, list) in [("e.topics", &d.topics), ("e.audiences", &d.audiences)] {
            for v in list {
                q.push(&format!(" OR {col} LIKE ")).text(format!("%|{v}|%"));
            }
        }
        q.push(")");
        q.prepend(&format!("SELECT {COLS} "));
        q.push(" ORDER BY e.starts_at, e.id LIMIT 20");
        let rows = q.build().fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    /// The event with exactly this title, if there is one (the demo seed's check).
    pub async fn event_id_by_title(&self, title: &str) -> Result<Option<i64>> {
        Ok(sqlx::query("SELECT id FROM events WHERE title = $1 ORDER BY id LIMIT 1")
            .bind(title)
            .fetch_optional(self.pool())
            .await?
            .map(|r| r.get(0)))
    }

    /// Where a person's registration for an event stands, if they have one.
    pub async fn registration(&self, event: i64, user: UserId) -> Result<Option<RegStatus>> {
        let r = sqlx::query("SELECT status FROM registrations WHERE event_id = $1 AND user_id = $2")
            .bind(event)
            .bind(user.0)
            .fetch_optional(self.pool())
            .await?;
        Ok(r.and_then(|r| RegStatus::parse(&r.get::<String, _>(0))))
    }

    /// An event's participants (confirmed, then waiting in order, then cancelled).
    pub async fn participants(&self, event: i64) -> Result<Vec<Participant>> {
        let rows = sqlx::query(
            "SELECT r.user_id, u.name, u.email, r.status, r.created_at, r.answers, r.attended, r.certificate
             FROM registrations r JOIN users u ON u.id = r.user_id
             WHERE r.event_id = $1
             ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'pending' THEN 1 WHEN 'waiting' THEN 2 ELSE 3 END, r.id",
        )
        .bind(event)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Participant {
                user_id: UserId(r.get(0)),
                name: r.get(1),
                email: r.get(2),
                status: RegStatus::parse(&r.get::<String, _>(3)).unwrap_or(RegStatus::Cancelled),
                since: r.get(4),
                answers: serde_json::from_str(&r.get::<String, _>(5)).unwrap_or_default(),
                attended: r.get::<Option<i64>, _>(6).map(|a| a != 0),
                certificate: r.get(7),
            })
            .collect())
    }
}

impl Tx {
    pub async fn event(&mut self, id: i64) -> Result<Event> {
        let sql = format!("SELECT {COLS} {FROM} WHERE e.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    /// The event without its registration counts (zero): what a registration reads under
    /// the lock, where counting every registration three times would slow each one.
    pub async fn event_uncounted(&mut self, id: i64) -> Result<Event> {
        let cols = COLS.split("(SELECT COUNT(*)").next().unwrap_or(COLS);
        let sql = format!("SELECT {cols} 0 AS pending, 0 AS confirmed, 0 AS waiting {FROM} WHERE e.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    /// Creates a draft.
    pub async fn create_event(&mut self, d: &EventDraft, html: &str, by: UserId, now: UnixTime) -> Result<i64> {
        let (ini, org) = match d.publisher {
            Publisher::Initiative(i) => (Some(i), None),
            Publisher::Organisation(o) => (None, Some(o)),
        };
        let r = bind_draft(
            sqlx::query(
                "INSERT INTO events (kind, format, title, summary, description_md, description_html, venue, address,
                   join_link, time_zone, starts_at, ends_at, languages, audiences, topics, sectors, capacity,
                   registration_opens_at, registration_closes_at, approval, co_organisers, speakers, agenda, reminders,
                   initiative_id, organisation_id, state, created_by, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                   $22, $23, $24, $25, $26, 'draft', $27, $28, $28) RETURNING id",
            ),
            d,
            html,
        )
        .bind(ini)
        .bind(org)
        .bind(by.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        let id: i64 = r.get(0);
        self.outbox("event", id, now).await?;
        Ok(id)
    }

    /// Saves a new version (a calendar sees it as a change).
    pub async fn update_event(&mut self, id: i64, d: &EventDraft, html: &str, now: UnixTime) -> Result<()> {
        let r = bind_draft(
            sqlx::query(
                "UPDATE events SET kind = $1, format = $2, title = $3, summary = $4, description_md = $5,
                   description_html = $6, venue = $7, address = $8, join_link = $9, time_zone = $10, starts_at = $11,
                   ends_at = $12, languages = $13, audiences = $14, topics = $15, sectors = $16, capacity = $17,
                   registration_opens_at = $18, registration_closes_at = $19, approval = $20, co_organisers = $21,
                   speakers = $22, agenda = $23, reminders = $24, sequence = sequence + 1, updated_at = $25
                 WHERE id = $26",
            ),
            d,
            html,
        )
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        self.outbox("event", id, now).await
    }

    pub async fn set_event_state(&mut self, id: i64, state: EventState, now: UnixTime) -> Result<()> {
        let r = sqlx::query("UPDATE events SET state = $1, sequence = sequence + 1, updated_at = $2 WHERE id = $3")
            .bind(state.as_str())
            .bind(now)
            .bind(id)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        self.outbox("event", id, now).await
    }

    /// Sets a person's calendar secret (the old one stops working), or removes it.
    pub async fn set_calendar_token(&mut self, user: UserId, token_hash: Option<&str>, now: UnixTime) -> Result<()> {
        sqlx::query("DELETE FROM calendar_tokens WHERE user_id = $1").bind(user.0).execute(self.conn()).await?;
        if let Some(h) = token_hash {
            sqlx::query("INSERT INTO calendar_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)")
                .bind(user.0)
                .bind(h)
                .bind(now)
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    /// Who holds a seat, waits for one or waits for approval.
    pub async fn registrants(&mut self, event: i64) -> Result<Vec<UserId>> {
        let rows = sqlx::query(
            "SELECT user_id FROM registrations WHERE event_id = $1 AND status IN ('confirmed', 'waiting', 'pending')
             ORDER BY id",
        )
        .bind(event)
        .fetch_all(self.conn())
        .await?;
        Ok(rows.iter().map(|r| UserId(r.get(0))).collect())
    }

    /// How many hold a seat.
    pub async fn confirmed_count(&mut self, event: i64) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND status = 'confirmed'")
            .bind(event)
            .fetch_one(self.conn())
            .await?
            .get(0))
    }

    pub async fn registration(&mut self, event: i64, user: UserId) -> Result<Option<RegStatus>> {
        let r = sqlx::query("SELECT status FROM registrations WHERE event_id = $1 AND user_id = $2")
            .bind(event)
            .bind(user.0)
            .fetch_optional(self.conn())
            .await?;
        Ok(r.and_then(|r| RegStatus::parse(&r.get::<String, _>(0))))
    }

    /// Writes a person's registration with `status` (a cancelled one comes back at the end
    /// of the waiting order). Call under the event's lock.
    pub async fn put_registration(
        &mut self,
        event: i64,
        user: UserId,
        status: RegStatus,
        answers: &Answers,
        now: UnixTime,
    ) -> Result<()> {
        // A new row id puts a returning person at the end of the queue.
        sqlx::query("DELETE FROM registrations WHERE event_id = $1 AND user_id = $2")
            .bind(event)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        sqlx::query(
            "INSERT INTO registrations (event_id, user_id, status, answers, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5)",
        )
        .bind(event)
        .bind(user.0)
        .bind(status.as_str())
        .bind(serde_json::to_string(answers).unwrap_or_else(|_| "{}".into()))
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_registration(&mut self, event: i64, user: UserId, status: RegStatus, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE registrations SET status = $1, updated_at = $2 WHERE event_id = $3 AND user_id = $4")
            .bind(status.as_str())
            .bind(now)
            .bind(event)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Gives free seats to the first people waiting, in order (an invited person may take
    /// a seat kept for them ahead of others); returns who was promoted. Call under the
    /// event's lock.
    pub async fn promote_waiting(&mut self, event: i64, capacity: Option<i64>, now: UnixTime) -> Result<Vec<UserId>> {
        let mut confirmed = self.confirmed_count(event).await?;
        let mut unclaimed = self.unclaimed_invitations(event).await?;
        if capacity.is_some_and(|c| confirmed >= c) {
            return Ok(Vec::new());
        }
        let rows = sqlx::query(
            "SELECT r.user_id, CASE WHEN EXISTS (SELECT 1 FROM event_invitations v WHERE v.event_id = r.event_id
                 AND v.email = LOWER(u.email)) THEN 1 ELSE 0 END AS invited
             FROM registrations r JOIN users u ON u.id = r.user_id
             WHERE r.event_id = $1 AND r.status = 'waiting' ORDER BY r.id LIMIT 100000",
        )
        .bind(event)
        .fetch_all(self.conn())
        .await?;
        let mut users = Vec::new();
        for r in rows {
            let invited = r.get::<i64, _>(1) == 1;
            if !domain::event_forms::seat_free(capacity, confirmed, unclaimed, invited) {
                if capacity.is_some_and(|c| confirmed >= c) {
                    break;
                }
                continue;
            }
            let u = UserId(r.get(0));
            self.set_registration(event, u, RegStatus::Confirmed, now).await?;
            confirmed += 1;
            if invited {
                unclaimed = (unclaimed - 1).max(0);
            }
            users.push(u);
        }
        Ok(users)
    }
}
