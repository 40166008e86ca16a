//! One-time submissions: a form's one-time token or an API `Idempotency-Key`, hashed with
//! who sent it. The first request claims the key; a repeat (a double click, a retry after a
//! lost answer) finds it and gets the first request's answer instead of doing it again.

use crate::{Db, Result};
use domain::UnixTime;
use sqlx::Row;

/// How long a key is remembered.
pub const RETENTION_SECS: i64 = 86_400;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// This request is the first with the key: do the work, then `finish` or `release`.
    First,
    /// Another request with the key is still running.
    Running { fingerprint: String },
    /// Another request with the key finished with this answer.
    Done(Answer),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub fingerprint: String,
    pub status: u16,
    pub location: Option<String>,
    pub body: Option<String>,
}

impl Db {
    /// Claims `key`, or says what became of the request that claimed it first.
    pub async fn claim_submission(&self, key: &str, fingerprint: &str, now: UnixTime) -> Result<Claim> {
        let inserted = sqlx::query(
            "INSERT INTO submissions (key, created_at, fingerprint) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
        )
        .bind(key)
        .bind(now)
        .bind(fingerprint)
        .execute(self.pool())
        .await?
        .rows_affected();
        if inserted == 1 {
            return Ok(Claim::First);
        }
        self.submission(key).await.map(|c| c.unwrap_or(Claim::First))
    }

    /// What became of the request that claimed `key`; `None` when nobody holds it (any more).
    pub async fn submission(&self, key: &str) -> Result<Option<Claim>> {
        let row = sqlx::query("SELECT done, fingerprint, status, location, body FROM submissions WHERE key = $1")
            .bind(key)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| {
            let fingerprint: String = r.get(1);
            if r.get::<i64, _>(0) == 0 {
                Claim::Running { fingerprint }
            } else {
                Claim::Done(Answer {
                    fingerprint,
                    status: r.get::<Option<i64>, _>(2).and_then(|s| u16::try_from(s).ok()).unwrap_or(200),
                    location: r.get(3),
                    body: r.get(4),
                })
            }
        }))
    }

    /// Records the answer of the request that claimed `key`.
    pub async fn finish_submission(
        &self,
        key: &str,
        status: u16,
        location: Option<&str>,
        body: Option<&str>,
    ) -> Result<()> {
        sqlx::query("UPDATE submissions SET done = 1, status = $2, location = $3, body = $4 WHERE key = $1")
            .bind(key)
            .bind(i64::from(status))
            .bind(location)
            .bind(body)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Gives `key` up (the request failed): a later request with it runs anew.
    pub async fn release_submission(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM submissions WHERE key = $1 AND done = 0").bind(key).execute(self.pool()).await?;
        Ok(())
    }

    pub async fn purge_submissions(&self, now: UnixTime) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM submissions WHERE created_at < $1")
            .bind(now - RETENTION_SECS)
            .execute(self.pool())
            .await?
            .rows_affected())
    }
}
