//! Reports, the moderation state of content, moderators and suspensions.

use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::{UnixTime, UserId};
use sqlx::Row;

/// Content with open reports, as the moderators' queue shows it.
#[derive(Debug, Clone)]
pub struct Case {
    pub kind: String,
    pub id: i64,
    pub reports: i64,
    /// (reporter's name, reason, when), oldest first.
    pub reasons: Vec<(String, String, UnixTime)>,
    /// `hidden` or `removed`, if not visible.
    pub state: Option<String>,
    pub accused: Option<(UserId, String)>,
    pub first_at: UnixTime,
}

impl Db {
    /// The moderation state of one piece of content, if any.
    pub async fn moderation_state(&self, kind: &str, id: i64) -> Result<Option<String>> {
        let r = sqlx::query("SELECT state FROM moderation WHERE target_kind = $1 AND target_id = $2")
            .bind(kind)
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        Ok(r.map(|r| r.get(0)))
    }

    /// The states of several pieces of content of one kind (id → state).
    pub async fn moderation_states(&self, kind: &str, ids: &[i64]) -> Result<std::collections::HashMap<i64, String>> {
        if ids.is_empty() {
            return Ok(Default::default());
        }
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!("SELECT target_id, state FROM moderation WHERE target_kind = $1 AND target_id IN ({list})");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(kind).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    /// Content with open reports, most reported first.
    pub async fn moderation_queue(&self) -> Result<Vec<Case>> {
        let rows = sqlx::query(
            "SELECT r.target_kind, r.target_id, COUNT(*), MIN(r.created_at), m.state FROM reports r
             LEFT JOIN moderation m ON m.target_kind = r.target_kind AND m.target_id = r.target_id
             WHERE r.resolved_at IS NULL GROUP BY r.target_kind, r.target_id, m.state
             ORDER BY COUNT(*) DESC, MIN(r.created_at) LIMIT 200",
        )
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let (kind, id): (String, i64) = (r.get(0), r.get(1));
            let reasons = sqlx::query(
                "SELECT u.name, r.reason, r.created_at, r.accused_id, a.name FROM reports r JOIN users u ON u.id = r.reporter_id
                 LEFT JOIN users a ON a.id = r.accused_id
                 WHERE r.target_kind = $1 AND r.target_id = $2 AND r.resolved_at IS NULL ORDER BY r.id",
            )
            .bind(&kind)
            .bind(id)
            .fetch_all(self.pool())
            .await?;
            let accused = reasons.iter().find_map(|x| {
                x.get::<Option<i64>, _>(3).map(|a| (UserId(a), x.get::<Option<String>, _>(4).unwrap_or_default()))
            });
            out.push(Case {
                kind,
                id,
                reports: r.get(2),
                first_at: r.get(3),
                state: r.get(4),
                reasons: reasons.iter().map(|x| (x.get(0), x.get(1), x.get(2))).collect(),
                accused,
            });
        }
        Ok(out)
    }

    pub async fn moderators(&self) -> Result<Vec<(UserId, String, String)>> {
        let rows = sqlx::query("SELECT id, name, email FROM users WHERE is_moderator = 1 ORDER BY LOWER(name), id")
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(|r| (UserId(r.get(0)), r.get(1), r.get(2))).collect())
    }
}

impl Tx {
    /// Files a report; `Conflict("report")` if this person already reported it (open).
    /// Returns how many distinct people now report it.
    pub async fn add_report(
        &mut self,
        reporter: UserId,
        kind: &str,
        id: i64,
        accused: Option<UserId>,
        reason: &str,
        now: UnixTime,
    ) -> Result<i64> {
        sqlx::query(
            "INSERT INTO reports (reporter_id, target_kind, target_id, accused_id, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(reporter.0)
        .bind(kind)
        .bind(id)
        .bind(accused.map(|a| a.0))
        .bind(reason)
        .bind(now)
        .execute(self.conn())
        .await
        .map_err(|e| conflict_on(e, "report"))?;
        Ok(sqlx::query(
            "SELECT COUNT(DISTINCT reporter_id) FROM reports WHERE target_kind = $1 AND target_id = $2 AND resolved_at IS NULL",
        )
        .bind(kind)
        .bind(id)
        .fetch_one(self.conn())
        .await?
        .get(0))
    }

    /// Sets (`Some`) or clears the moderation state of content.
    pub async fn set_moderation(&mut self, kind: &str, id: i64, state: Option<&str>, now: UnixTime) -> Result<()> {
        match state {
            Some(s) => {
                sqlx::query(
                    "INSERT INTO moderation (target_kind, target_id, state, since) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (target_kind, target_id) DO UPDATE SET state = excluded.state, since = excluded.since",
                )
                .bind(kind)
                .bind(id)
                .bind(s)
                .bind(now)
                .execute(self.conn())
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM moderation WHERE target_kind = $1 AND target_id = $2")
                    .bind(kind)
                    .bind(id)
                    .execute(self.conn())
                    .await?;
            }
        }
        Ok(())
    }

    pub async fn moderation_state(&mut self, kind: &str, id: i64) -> Result<Option<String>> {
        let r = sqlx::query("SELECT state FROM moderation WHERE target_kind = $1 AND target_id = $2")
            .bind(kind)
            .bind(id)
            .fetch_optional(self.conn())
            .await?;
        Ok(r.map(|r| r.get(0)))
    }

    /// Closes the open reports of content with a resolution; `NotFound` if there were none.
    pub async fn resolve_reports(&mut self, kind: &str, id: i64, resolution: &str, now: UnixTime) -> Result<u64> {
        let r = sqlx::query(
            "UPDATE reports SET resolved_at = $1, resolution = $2 WHERE target_kind = $3 AND target_id = $4 AND resolved_at IS NULL",
        )
        .bind(now)
        .bind(resolution)
        .bind(kind)
        .bind(id)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(r.rows_affected()) }
    }

    /// Whom the open reports of content accuse (the first named).
    pub async fn accused(&mut self, kind: &str, id: i64) -> Result<Option<UserId>> {
        let r = sqlx::query(
            "SELECT accused_id FROM reports WHERE target_kind = $1 AND target_id = $2 AND resolved_at IS NULL
               AND accused_id IS NOT NULL ORDER BY id LIMIT 1",
        )
        .bind(kind)
        .bind(id)
        .fetch_optional(self.conn())
        .await?;
        Ok(r.map(|r| UserId(r.get(0))))
    }

    pub async fn set_moderator(&mut self, user: UserId, on: bool) -> Result<()> {
        let r = sqlx::query("UPDATE users SET is_moderator = $1 WHERE id = $2")
            .bind(i64::from(on))
            .bind(user.0)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Suspends an account until `until` and ends its sessions.
    pub async fn suspend(&mut self, user: UserId, until: UnixTime) -> Result<()> {
        sqlx::query("UPDATE users SET suspended_until = $1 WHERE id = $2")
            .bind(until)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user.0).execute(self.conn()).await?;
        Ok(())
    }
}
