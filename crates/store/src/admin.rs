//! The audit log: append-only, readable and filterable by administrators.

use crate::query::{Order, Query, fetch_slice};
use crate::{Db, Result, Tx};
use domain::admin::AuditAction;
use domain::paging::{Cursor, Seek, Slice};
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

const AUDIT_COLS: &str = "SELECT id, at, actor_id, actor_name, action, target_type, target_id, target_label, detail ";
const AUDIT_ORDER: Order = Order { key: "at", id: "id", key_is_int: true, desc: true };

/// `FROM audit_log WHERE …` with the conditions `f` sets.
fn audit_from_where(f: &AuditFilter) -> Query {
    let mut q = Query::new("FROM audit_log WHERE 1 = 1");
    if let Some(a) = f.action {
        q.push(" AND action = ").text(a.as_str());
    }
    if let Some(a) = f.actor {
        q.push(" AND actor_id = ").int(a.0);
    }
    if let Some(name) = &f.actor_name {
        q.push(" AND LOWER(actor_name) = LOWER(").text(name.clone()).push(")");
    }
    if let Some(t) = &f.target_type {
        q.push(" AND target_type = ").text(t.clone());
    }
    if let Some(t) = f.since {
        q.push(" AND at >= ").int(t);
    }
    if let Some(t) = f.until {
        q.push(" AND at < ").int(t);
    }
    q
}

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub action: Option<AuditAction>,
    pub actor: Option<UserId>,
    /// The actor's name as the log recorded it (ASCII letters in any case).
    pub actor_name: Option<String>,
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

    /// A keyset page of the entries matching `f`, newest first.
    pub async fn audit_entries(&self, f: &AuditFilter, seek: &Seek, limit: usize) -> Result<Slice<AuditEntry>> {
        let mut q = audit_from_where(f);
        q.prepend(AUDIT_COLS).seek(seek, &AUDIT_ORDER, limit);
        fetch_slice(self.pool(), &q, seek, limit, audit_row, |e| Cursor::new(e.at.to_string(), e.id.0)).await
    }

    /// How many entries match `f`; remembered until the next write.
    pub async fn count_audit_entries(&self, f: &AuditFilter) -> Result<i64> {
        self.cached_count(&audit_from_where(f)).await
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
