//! The audit log: append-only, readable and filterable by administrators.

use crate::{Db, Result, Tx};
use domain::admin::AuditAction;
use domain::{AuditId, UnixTime, UserId};
use sqlx::Row;

#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditEntry {
    pub id: AuditId,
    pub at: UnixTime,
    pub actor_id: Option<UserId>,
    pub actor_name: String,
    pub action: String,
    pub target_type: String,
    pub target_id: Option<i64>,
    pub target_label: String,
    pub detail: String,
}

pub struct NewAudit<'a> {
    pub actor: Option<(UserId, &'a str)>,
    pub action: AuditAction,
    pub target_type: &'a str,
    pub target_id: Option<i64>,
    pub target_label: &'a str,
    pub detail: &'a str,
}

macro_rules! audit_filter {
    () => {
        "($1 = '' OR action = $1) AND ($2 = 0 OR actor_id = $2) AND ($3 = '' OR target_type = $3)
         AND ($4 = 0 OR at >= $4) AND ($5 = 0 OR at < $5)"
    };
}
const AUDIT_COUNT: &str = concat!("SELECT COUNT(*) FROM audit_log WHERE ", audit_filter!());
const AUDIT_PAGE: &str = concat!(
    "SELECT id, at, actor_id, actor_name, action, target_type, target_id, target_label, detail FROM audit_log WHERE ",
    audit_filter!(),
    " ORDER BY at DESC, id DESC LIMIT $6 OFFSET $7"
);

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action: Option<AuditAction>,
    pub actor: Option<UserId>,
    pub target_type: Option<String>,
    pub since: Option<UnixTime>,
    pub until: Option<UnixTime>,
}

fn audit_row(r: &sqlx::any::AnyRow) -> AuditEntry {
    AuditEntry {
        id: AuditId(r.get(0)),
        at: r.get(1),
        actor_id: r.get::<Option<i64>, _>(2).map(UserId),
        actor_name: r.get(3),
        action: r.get(4),
        target_type: r.get(5),
        target_id: r.get(6),
        target_label: r.get(7),
        detail: r.get(8),
    }
}

impl Db {
    /// Entries made by or about one person, oldest first (for their data export).
    pub async fn audit_about_user(&self, user: UserId) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT id, at, actor_id, actor_name, action, target_type, target_id, target_label, detail FROM audit_log
             WHERE actor_id = $1 OR (target_type = 'user' AND target_id = $1) ORDER BY at, id",
        )
        .bind(user.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(audit_row).collect())
    }

    /// Newest first.
    pub async fn audit_entries(&self, f: &AuditFilter, limit: i64, offset: i64) -> Result<(Vec<AuditEntry>, i64)> {
        let bind = |q: sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments>| {
            q.bind(f.action.map(AuditAction::as_str).unwrap_or(""))
                .bind(f.actor.map(|a| a.0).unwrap_or(0))
                .bind(f.target_type.clone().unwrap_or_default())
                .bind(f.since.unwrap_or(0))
                .bind(f.until.unwrap_or(0))
        };
        let total: i64 = bind(sqlx::query(AUDIT_COUNT)).fetch_one(self.pool()).await?.get(0);
        let sql = AUDIT_PAGE;
        let rows = bind(sqlx::query(sql)).bind(limit).bind(offset).fetch_all(self.pool()).await?;
        let entries = rows.iter().map(audit_row).collect();
        Ok((entries, total))
    }
}

impl Tx {
    pub async fn audit(&mut self, e: NewAudit<'_>, now: UnixTime) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit_log (at, actor_id, actor_name, action, target_type, target_id, target_label, detail)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(now)
        .bind(e.actor.map(|a| a.0.0))
        .bind(e.actor.map(|a| a.1).unwrap_or("system"))
        .bind(e.action.as_str())
        .bind(e.target_type)
        .bind(e.target_id)
        .bind(e.target_label)
        .bind(e.detail)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
