//! The job queue: background work (e-mail now; reminders, digests, index updates later)
//! as rows, so that several `iptf serve` processes can share one database.
//!
//! A job is queued inside the transaction of the action that causes it
//! ([`Tx::enqueue_job`]), so it exists exactly when the action happened. It may wait for
//! a run-at time, carry a uniqueness key (a second job with the same key is not queued),
//! and name the person it concerns (erasing the person erases their jobs).
//!
//! A worker claims the oldest due job by stamping it with its name and the time
//! (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so two workers never take the same row; on
//! SQLite the single writer gives the same guarantee) and renews the stamp while it
//! works ([`Db::extend_lease`]). A stamp older than the lease means the worker died:
//! any worker may claim the job again. A failed job is rescheduled with the backoff of
//! `domain::jobs` until its kind's attempts run out; then it is dead, shown to
//! administrators, who may retry it. A finished job keeps no payload (no address, no
//! link) and is purged after the retention.

use crate::{Backend, Db, Result, StoreError, Tx};
use domain::jobs::{DEAD_RETENTION_SECS, JobKind, LEASE_SECS, RETENTION_SECS, backoff_secs, is_dead};
use domain::{JobId, UnixTime, UserId};
use sqlx::{AssertSqlSafe, Row};

#[derive(Debug, Clone)]
pub struct Job {
    pub id: JobId,
    pub kind: String,
    pub payload: String,
    /// How many times it has been claimed, this time included.
    pub attempts: i64,
    pub max_attempts: Option<i64>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct JobCounts {
    pub due: i64,
    pub waiting_retry: i64,
    pub dead: i64,
    pub done: i64,
}

/// A job to queue.
#[derive(Debug, Clone)]
pub struct NewJob<'a> {
    pub kind: JobKind,
    pub payload: &'a str,
    /// Not before this instant (a reminder); `now` for at once.
    pub run_at: UnixTime,
    /// The person the job is about: their erasure removes it.
    pub user: Option<UserId>,
    /// At most one job with this key exists (until it is purged).
    pub unique_key: Option<&'a str>,
}

impl<'a> NewJob<'a> {
    pub fn now(kind: JobKind, payload: &'a str, now: UnixTime) -> Self {
        Self { kind, payload, run_at: now, user: None, unique_key: None }
    }
}

/// A job that has not succeeded, as administrators see it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PendingJob {
    pub id: JobId,
    pub kind: String,
    pub attempts: i64,
    pub run_at: UnixTime,
    pub last_error: Option<String>,
    pub dead_at: Option<UnixTime>,
}

impl Tx {
    /// Gives a dead job a fresh set of attempts, due now (an administrator's retry);
    /// the worker is woken when the transaction commits.
    pub async fn retry_job(&mut self, id: JobId, now: UnixTime) -> Result<()> {
        let r = sqlx::query(
            "UPDATE jobs SET dead_at = NULL, attempts = 0, run_at = $1, locked_at = NULL, locked_by = NULL
             WHERE id = $2 AND dead_at IS NOT NULL",
        )
        .bind(now)
        .bind(id.0)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        self.mark_queued();
        Ok(())
    }

    /// Queues a job in this transaction. `None` when a job with the same uniqueness key
    /// exists already.
    pub async fn enqueue_job(&mut self, j: NewJob<'_>, now: UnixTime) -> Result<Option<JobId>> {
        let row = sqlx::query(
            "INSERT INTO jobs (kind, payload, run_at, created_at, user_id, unique_key, max_attempts)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (unique_key) DO NOTHING RETURNING id",
        )
        .bind(j.kind.as_str())
        .bind(j.payload)
        .bind(j.run_at)
        .bind(now)
        .bind(j.user.map(|u| u.0))
        .bind(j.unique_key)
        .bind(j.kind.max_attempts())
        .fetch_optional(self.conn())
        .await?;
        let id = row.map(|r| JobId(r.get(0)));
        if id.is_some() {
            self.mark_queued();
        }
        Ok(id)
    }
}

impl Db {
    /// Takes the oldest due job that nobody holds (or whose holder's lease ran out).
    pub async fn claim_job(&self, worker: &str, now: UnixTime) -> Result<Option<Job>> {
        let lock = if self.backend() == Backend::Postgres { "FOR UPDATE SKIP LOCKED" } else { "" };
        let sql = format!(
            "UPDATE jobs SET locked_at = $1, locked_by = $2, attempts = attempts + 1
             WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND dead_at IS NULL AND run_at <= $1
                           AND (locked_at IS NULL OR locked_at < $3)
                         ORDER BY run_at, id LIMIT 1 {lock})
             RETURNING id, kind, payload, attempts, max_attempts"
        );
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(now)
            .bind(worker)
            .bind(now - LEASE_SECS)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| Job {
            id: JobId(r.get(0)),
            kind: r.get(1),
            payload: r.get(2),
            attempts: r.get(3),
            max_attempts: r.get(4),
        }))
    }

    /// Renews this worker's claim on a job it is still running; `false` if the claim was
    /// lost (another worker took the job over), in which case the worker should stop.
    pub async fn extend_lease(&self, id: JobId, worker: &str, now: UnixTime) -> Result<bool> {
        let r = sqlx::query("UPDATE jobs SET locked_at = $1 WHERE id = $2 AND locked_by = $3 AND done_at IS NULL")
            .bind(now)
            .bind(id.0)
            .bind(worker)
            .execute(self.pool())
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Marks a job done, if this worker still holds it, and empties its payload: a sent
    /// message keeps neither its address nor its links.
    pub async fn complete_job(&self, id: JobId, worker: &str, now: UnixTime) -> Result<()> {
        sqlx::query(
            "UPDATE jobs SET done_at = $1, locked_at = NULL, last_error = NULL, payload = '' WHERE id = $2 AND locked_by = $3",
        )
        .bind(now)
        .bind(id.0)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Releases a failed job for a later attempt, or marks it dead when its attempts ran
    /// out. Returns whether it is dead.
    pub async fn fail_job(&self, job: &Job, worker: &str, error: &str, now: UnixTime) -> Result<bool> {
        let dead = is_dead(job.attempts, job.max_attempts);
        let error: String = error.chars().take(1000).collect();
        sqlx::query(
            "UPDATE jobs SET locked_at = NULL, locked_by = NULL, last_error = $1, run_at = $2, dead_at = $3
             WHERE id = $4 AND locked_by = $5",
        )
        .bind(error)
        .bind(now + backoff_secs(job.attempts))
        .bind(dead.then_some(now))
        .bind(job.id.0)
        .bind(worker)
        .execute(self.pool())
        .await?;
        Ok(dead)
    }

    /// Deletes finished jobs past the retention, and dead ones past theirs.
    pub async fn purge_jobs(&self, now: UnixTime) -> Result<u64> {
        let r = sqlx::query(
            "DELETE FROM jobs WHERE (done_at IS NOT NULL AND done_at < $1) OR (dead_at IS NOT NULL AND dead_at < $2)",
        )
        .bind(now - RETENTION_SECS)
        .bind(now - DEAD_RETENTION_SECS)
        .execute(self.pool())
        .await?;
        Ok(r.rows_affected())
    }

    pub async fn job_counts(&self, now: UnixTime) -> Result<JobCounts> {
        let r = sqlx::query(
            "SELECT
               (SELECT COUNT(*) FROM jobs WHERE done_at IS NULL AND dead_at IS NULL AND run_at <= $1),
               (SELECT COUNT(*) FROM jobs WHERE done_at IS NULL AND dead_at IS NULL AND run_at > $1),
               (SELECT COUNT(*) FROM jobs WHERE dead_at IS NOT NULL),
               (SELECT COUNT(*) FROM jobs WHERE done_at IS NOT NULL)",
        )
        .bind(now)
        .fetch_one(self.pool())
        .await?;
        Ok(JobCounts { due: r.get(0), waiting_retry: r.get(1), dead: r.get(2), done: r.get(3) })
    }

    /// Jobs that have not succeeded yet, dead ones first, with their last error.
    pub async fn pending_jobs(&self, limit: i64) -> Result<Vec<PendingJob>> {
        let rows = sqlx::query(
            "SELECT id, kind, attempts, run_at, last_error, dead_at FROM jobs WHERE done_at IS NULL
             ORDER BY CASE WHEN dead_at IS NULL THEN 1 ELSE 0 END, run_at, id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| PendingJob {
                id: JobId(r.get(0)),
                kind: r.get(1),
                attempts: r.get(2),
                run_at: r.get(3),
                last_error: r.get(4),
                dead_at: r.get(5),
            })
            .collect())
    }
}
