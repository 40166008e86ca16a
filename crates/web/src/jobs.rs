//! The background worker: claims due jobs from the database and runs them. Several
//! processes may run one each against the same PostgreSQL; the store guarantees a job
//! is held by one worker at a time and is taken over when its worker dies.

use crate::AppState;
use crate::mail::Outgoing;
use domain::jobs::{HEARTBEAT_SECS, JobKind};
use std::time::Duration;

/// Runs one job; `Err` means try again later.
async fn run(state: &AppState, kind: &str, payload: &str) -> Result<(), String> {
    match JobKind::parse(kind) {
        Some(JobKind::Mail) => {
            let msg: Outgoing = serde_json::from_str(payload).map_err(|e| format!("bad payload: {e}"))?;
            state.mailer.send(&msg).await
        }
        Some(JobKind::Fanout) => crate::groups::service::fan_out(state, payload).await.map(|_| ()),
        None => Err(format!("unknown job kind {kind}")),
    }
}

/// No job runs longer than this: a network call that never answers (an SMTP server
/// that accepts the connection and then says nothing) fails the attempt instead of
/// holding the worker, and the job is retried later.
pub const JOB_DEADLINE: Duration = Duration::from_secs(60);

/// Runs one claimed job under the deadline, renewing the claim while it runs so that a
/// live worker keeps its job and a dead one's job moves on after the short lease.
async fn run_claimed(state: &AppState, worker: &str, job: &store::jobs::Job) -> Result<(), String> {
    let work = tokio::time::timeout(JOB_DEADLINE, run(state, &job.kind, &job.payload));
    tokio::pin!(work);
    let mut beat = tokio::time::interval(Duration::from_secs(HEARTBEAT_SECS as u64));
    beat.tick().await;
    loop {
        tokio::select! {
            r = &mut work => return r.unwrap_or_else(|_| Err(format!("no answer within {} s", JOB_DEADLINE.as_secs()))),
            _ = beat.tick() => {
                if let Err(e) = state.db.extend_lease(job.id, worker, store::now()).await {
                    tracing::warn!(job = job.id.0, error = %e, "could not renew the job's lease");
                }
            }
        }
    }
}

/// Runs every job that is due now, then returns how many succeeded. Tests call this to
/// drain the queue deterministically; the worker loop calls it on each wake-up.
pub async fn run_due(state: &AppState, worker: &str) -> anyhow::Result<usize> {
    let mut done = 0;
    loop {
        let now = store::now();
        let Some(job) = state.db.claim_job(worker, now).await? else { return Ok(done) };
        match run_claimed(state, worker, &job).await {
            Ok(()) => {
                state.db.complete_job(job.id, worker, store::now()).await?;
                state.metrics.job_done(&job.kind, "ok");
                done += 1;
            }
            Err(e) => {
                let dead = state.db.fail_job(&job, worker, &e, store::now()).await?;
                if dead {
                    tracing::error!(job = job.id.0, kind = %job.kind, attempts = job.attempts, error = %e, "job failed for the last time; an administrator can retry it");
                } else {
                    tracing::warn!(job = job.id.0, kind = %job.kind, attempts = job.attempts, error = %e, "job failed; will retry");
                }
                state.metrics.job_done(&job.kind, if dead { "dead" } else { "failed" });
            }
        }
    }
}

/// The worker loop: wakes when a job is queued in this process, and every few seconds
/// for jobs queued elsewhere or due for a retry. Ends when `shutdown` fires.
pub async fn worker(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let name = format!("{}-{}", std::process::id(), &store::secret::random_hex()[..8]);
    let mut last_purge = 0;
    let mut last_reminders = 0;
    loop {
        if let Err(e) = run_due(&state, &name).await {
            tracing::error!(error = %e, "worker could not reach the job table");
        }
        let now = store::now();
        // Event reminders due now become mail jobs, sent on the next turn; looked for every
        // half minute, not on each job queued.
        if now - last_reminders >= 30 {
            last_reminders = now;
            match crate::events::more::send_reminders(&state, now).await {
                Ok(n) if n > 0 => tracing::info!(mails = n, "event reminders queued"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = ?e, "event reminders failed"),
            }
            // Brokerage: pending requests expire, meetings are reminded of, follow-up
            // questions go out.
            if let Err(e) = crate::brokerage::service::expire(&state, now).await {
                tracing::warn!(error = ?e, "brokerage expiry failed");
            }
            if let Err(e) = crate::brokerage::service::remind(&state, now).await {
                tracing::warn!(error = ?e, "brokerage reminders failed");
            }
            if let Err(e) = crate::brokerage::service::send_followups(&state, now).await {
                tracing::warn!(error = ?e, "brokerage follow-ups failed");
            }
        }
        if now - last_purge > 3600 {
            last_purge = now;
            if let Err(e) = state.db.purge_expired(now).await {
                tracing::warn!(error = %e, "purge failed");
            }
            match state.db.purge_unconfirmed(now).await {
                Ok(n) if n > 0 => tracing::info!(accounts = n, "erased accounts never confirmed"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "purge of unconfirmed accounts failed"),
            }
            if let Err(e) = state.db.purge_submissions(now).await {
                tracing::warn!(error = %e, "purge of one-time submissions failed");
            }
            match state.db.purge_jobs(now).await {
                Ok(n) if n > 0 => tracing::info!(jobs = n, "purged finished jobs"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "job purge failed"),
            }
        }
        tokio::select! {
            _ = state.jobs_notify.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = shutdown.changed() => return,
        }
    }
}
