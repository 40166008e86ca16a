//! Background jobs: how long to wait before trying a failed one again, and when a job
//! that a worker took is considered abandoned (its worker crashed) and may be taken again.

/// A worker that has held a job this long without finishing it is presumed dead.
pub const LEASE_SECS: i64 = 5 * 60;

/// Exponential backoff: 30 s, 1 min, 2 min, … capped at one hour. There is no last
/// attempt for e-mail: a message waits for as long as the server is down.
pub fn backoff_secs(attempts: i64) -> i64 {
    let exp = attempts.clamp(1, 20) - 1;
    (30_i64.saturating_mul(1_i64 << exp)).min(3600)
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
}
