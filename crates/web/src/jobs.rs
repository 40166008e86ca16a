//! The background worker: claims due jobs from the database and runs them. Several
//! processes may run one each against the same PostgreSQL; the store guarantees a job
//! is held by one worker at a time and is taken over when its worker dies.

use crate::AppState;
use crate::mail::{self, Outgoing};
use std::time::Duration;

/// Runs one job; `Err` means try again later.
async fn run(state: &AppState, kind: &str, payload: &str) -> Result<(), String> {
    match kind {
        mail::JOB_KIND => {
            let msg: Outgoing = serde_json::from_str(payload).map_err(|e| format!("bad payload: {e}"))?;
            state.mailer.send(&msg).await
        }
        other => Err(format!("unknown job kind {other}")),
    }
}

/// Runs every job that is due now, then returns how many succeeded. Tests call this to
/// drain the queue deterministically; the worker loop calls it on each wake-up.
pub async fn run_due(state: &AppState, worker: &str) -> anyhow::Result<usize> {
    let mut done = 0;
    loop {
        let now = store::now();
        let Some(job) = state.db.claim_job(worker, now).await? else { return Ok(done) };
        match run(state, &job.kind, &job.payload).await {
            Ok(()) => {
                state.db.complete_job(job.id, worker, store::now()).await?;
                state.metrics.job_done(&job.kind, "ok");
                done += 1;
            }
            Err(e) => {
                tracing::warn!(job = job.id.0, kind = %job.kind, attempts = job.attempts, error = %e, "job failed; will retry");
                state.db.fail_job(&job, worker, &e, store::now()).await?;
                state.metrics.job_done(&job.kind, "failed");
            }
        }
    }
}

/// The worker loop: wakes when a job is queued in this process, and every few seconds
/// for jobs queued elsewhere or due for a retry. Ends when `shutdown` fires.
pub async fn worker(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let name = format!("{}-{}", std::process::id(), &store::secret::random_hex()[..8]);
    let mut last_purge = 0;
    loop {
        if let Err(e) = run_due(&state, &name).await {
            tracing::error!(error = %e, "worker could not reach the job table");
        }
        let now = store::now();
        if now - last_purge > 3600 {
            last_purge = now;
            if let Err(e) = state.db.purge_expired(now).await {
                tracing::warn!(error = %e, "purge failed");
            }
        }
        tokio::select! {
            _ = state.jobs_notify.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = shutdown.changed() => return,
        }
    }
}
