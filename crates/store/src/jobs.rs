//! The job queue: background work (e-mail now; reminders, digests, index updates later)
//! as rows, so that several `iptf serve` processes can share one database.
//!
//! A worker claims the oldest due job by stamping it with its name and the time
//! (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so two workers never take the same row; on
//! SQLite the single writer gives the same guarantee). A job whose worker died keeps its
//! stamp until the lease expires, then any worker may claim it again. A failed job is
//! rescheduled with the backoff of `domain::jobs`.

use crate::{Backend, Db, Result};
use domain::jobs::{LEASE_SECS, backoff_secs};
use domain::{JobId, UnixTime};
use sqlx::{AssertSqlSafe, Row};

#[derive(Debug, Clone)]
pub struct Job {
    pub id: JobId,
    pub kind: String,
    pub payload: String,
    /// How many times it has been claimed, this time included.
    pub attempts: i64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct JobCounts {
    pub due: i64,
    pub waiting_retry: i64,
    pub done: i64,
}

impl Db {
    pub async fn enqueue_job(&self, kind: &str, payload: &str, now: UnixTime) -> Result<JobId> {
        let row =
            sqlx::query("INSERT INTO jobs (kind, payload, run_at, created_at) VALUES ($1, $2, $3, $3) RETURNING id")
                .bind(kind)
                .bind(payload)
                .bind(now)
                .fetch_one(self.pool())
                .await?;
        Ok(JobId(row.get(0)))
    }

    /// Takes the oldest due job that nobody holds (or whose holder's lease ran out).
    pub async fn claim_job(&self, worker: &str, now: UnixTime) -> Result<Option<Job>> {
        let lock = if self.backend() == Backend::Postgres { "FOR UPDATE SKIP LOCKED" } else { "" };
        let sql = format!(
            "UPDATE jobs SET locked_at = $1, locked_by = $2, attempts = attempts + 1
             WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND run_at <= $1 AND (locked_at IS NULL OR locked_at < $3)
                         ORDER BY run_at, id LIMIT 1 {lock})
             RETURNING id, kind, payload, attempts"
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(now)
            .bind(worker)
            .bind(now - LEASE_SECS)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| Job { id: JobId(r.get(0)), kind: r.get(1), payload: r.get(2), attempts: r.get(3) }))
    }

    /// Marks a job done, if this worker still holds it.
    pub async fn complete_job(&self, id: JobId, worker: &str, now: UnixTime) -> Result<()> {
        sqlx::query(
            "UPDATE jobs SET done_at = $1, locked_at = NULL, last_error = NULL WHERE id = $2 AND locked_by = $3",
        )
        .bind(now)
        .bind(id.0)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Releases a failed job for a later attempt.
    pub async fn fail_job(&self, job: &Job, worker: &str, error: &str, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE jobs SET locked_at = NULL, locked_by = NULL, last_error = $1, run_at = $2 WHERE id = $3 AND locked_by = $4")
            .bind(error)
            .bind(now + backoff_secs(job.attempts))
            .bind(job.id.0)
            .bind(worker)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn job_counts(&self, now: UnixTime) -> Result<JobCounts> {
        let r = sqlx::query(
            "SELECT
               (SELECT COUNT(*) FROM jobs WHERE done_at IS NULL AND run_at <= $1),
               (SELECT COUNT(*) FROM jobs WHERE done_at IS NULL AND run_at > $1),
               (SELECT COUNT(*) FROM jobs WHERE done_at IS NOT NULL)",
        )
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        Ok(JobCounts { due: r.get(0), waiting_retry: r.get(1), done: r.get(2) })
    }

    /// The newest jobs that have not succeeded yet, with their last error (for admins).
    pub async fn pending_jobs(&self, limit: i64) -> Result<Vec<(JobId, String, i64, i64, Option<String>)>> {
        let rows = sqlx::query(
            "SELECT id, kind, attempts, run_at, last_error FROM jobs WHERE done_at IS NULL ORDER BY run_at, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| (JobId(r.get(0)), r.get(1), r.get(2), r.get(3), r.get(4))).collect())
    }
}
