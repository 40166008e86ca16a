//! Background jobs: what kinds there are, how long to wait before trying a failed one
//! again, when a job whose worker stopped answering may be taken by another, and how
//! long finished jobs are kept.

/// A worker renews its claim on a running job this often…
pub const HEARTBEAT_SECS: i64 = 15;
/// …and a claim not renewed for this long is presumed dead (its worker crashed), so
/// the job moves on to another worker within a minute.
pub const LEASE_SECS: i64 = 45;
/// Finished jobs (their payload already emptied) are deleted after this long.
pub const RETENTION_SECS: i64 = 7 * 86_400;
/// Dead jobs (out of attempts) are kept for an administrator to retry for this long.
pub const DEAD_RETENTION_SECS: i64 = 30 * 86_400;

/// The kinds of background work. Stored by [`JobKind::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// One e-mail; retried for as long as the mail server is down.
    Mail,
    /// Turns one event (a new thread, a reply) into the e-mails of everyone who follows
    /// it, so that posting stays fast whatever the number of followers.
    Fanout,
}

impl JobKind {
    pub const ALL: [JobKind; 2] = [JobKind::Mail, JobKind::Fanout];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mail => "mail",
            Self::Fanout => "fanout",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
    /// How many attempts a job of this kind gets before it is dead; `None`: no limit.
    pub fn max_attempts(self) -> Option<i64> {
        match self {
            // With the backoff capped at an hour, 200 attempts span more than eight days
            // of outage: e-mail keeps trying across long outages, yet is not kept forever.
            Self::Mail => Some(200),
            // Only the database is involved: a failure is a bug or an outage of it.
            Self::Fanout => Some(50),
        }
    }
}

/// Exponential backoff: 30 s, 1 min, 2 min, … capped at one hour.
pub fn backoff_secs(attempts: i64) -> i64 {
    let exp = attempts.clamp(1, 20) - 1;
    (30_i64.saturating_mul(1_i64 << exp)).min(3600)
}

/// Whether a job that has failed `attempts` times has no attempt left.
pub fn is_dead(attempts: i64, max_attempts: Option<i64>) -> bool {
    max_attempts.is_some_and(|m| attempts >= m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_then_caps() {
        assert_eq!(backoff_secs(1), 30);
        assert_eq!(backoff_secs(2), 60);
        assert_eq!(backoff_secs(3), 120);
        assert_eq!(backoff_secs(8), 3600);
        assert_eq!(backoff_secs(1000), 3600);
        assert_eq!(backoff_secs(0), 30);
    }

    #[test]
    fn mail_outlasts_an_outage_of_days_then_dies() {
        let cap = JobKind::Mail.max_attempts();
        let total: i64 = (1..cap.unwrap()).map(backoff_secs).sum();
        assert!(total > 7 * 86_400, "{total}");
        assert!(!is_dead(199, cap));
        assert!(is_dead(200, cap));
        assert!(!is_dead(10_000, None));
    }

    #[test]
    fn kinds_round_trip() {
        for k in JobKind::ALL {
            assert_eq!(JobKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(JobKind::parse("nope"), None);
    }

    // A live worker renews well within the lease, and a dead one's jobs move on within a minute.
    const _: () = assert!(HEARTBEAT_SECS * 2 < LEASE_SECS && LEASE_SECS < 60);
}
