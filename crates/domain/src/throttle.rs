//! Limits on guessing: sign-in and password-reset attempts are counted per account and
//! per client address over a sliding window; past the limit the request is refused
//! before the password is even checked.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max: i64,
    pub window_secs: i64,
}

/// Failed sign-ins for one account: 5 per 15 minutes.
pub const SIGN_IN_PER_ACCOUNT: Limit = Limit { max: 5, window_secs: 15 * 60 };
/// Failed sign-ins from one address: 20 per 15 minutes (an office behind one NAT).
pub const SIGN_IN_PER_IP: Limit = Limit { max: 20, window_secs: 15 * 60 };
/// Registrations from one client: 10 per hour (each one sends an e-mail).
pub const REGISTER_PER_IP: Limit = Limit { max: 10, window_secs: 60 * 60 };
/// E-mails about one address caused by registrations: 3 per hour.
pub const REGISTER_PER_ACCOUNT: Limit = Limit { max: 3, window_secs: 60 * 60 };
/// Reset e-mails for one address: 3 per hour.
pub const RESET_PER_ACCOUNT: Limit = Limit { max: 3, window_secs: 60 * 60 };
/// Reset requests from one client: 10 per hour.
pub const RESET_PER_IP: Limit = Limit { max: 10, window_secs: 60 * 60 };

impl Limit {
    /// Whether `recent` earlier events inside the window leave room for one more.
    pub fn allows(self, recent: i64) -> bool {
        recent < self.max
    }
    pub fn window_start(self, now: i64) -> i64 {
        now - self.window_secs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        assert!(SIGN_IN_PER_ACCOUNT.allows(4));
        assert!(!SIGN_IN_PER_ACCOUNT.allows(5));
        assert_eq!(SIGN_IN_PER_IP.window_start(1000), 100);
    }
}
