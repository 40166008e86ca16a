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

/// Checks of the current password by a signed-in person (changing password or
/// address, deleting the account, creating a token): 5 wrong ones per 15 minutes.
pub const PASSWORD_CHECK_PER_ACCOUNT: Limit = Limit { max: 5, window_secs: 15 * 60 };
/// Address-change links an account may send (to addresses of its choosing): 3 per hour.
pub const EMAIL_CHANGE_PER_ACCOUNT: Limit = Limit { max: 3, window_secs: 60 * 60 };
/// Address-change links one address may receive, whoever asks: 3 per hour.
pub const EMAIL_CHANGE_PER_ADDRESS: Limit = Limit { max: 3, window_secs: 60 * 60 };

/// Invitations one organisation may send: 30 a day (each one mails an address).
pub const INVITE_PER_ORGANISATION: Limit = Limit { max: 30, window_secs: 24 * 60 * 60 };
/// Invitations one address may receive from one organisation: 3 a day.
pub const INVITE_PER_ADDRESS: Limit = Limit { max: 3, window_secs: 24 * 60 * 60 };

/// The block a client address is counted in: the address itself for IPv4, its /64 for
/// IPv6 (one subscriber usually holds a whole /64 and could rotate through it).
pub fn client_block(ip: std::net::IpAddr) -> String {
    match ip {
        std::net::IpAddr::V4(v4) => v4.to_string(),
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

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

    /// The store's rule, run over a sequence of attempts: an attempt is recorded when the
    /// recorded ones inside its window leave room.
    fn accepted(limit: Limit, times: &[i64]) -> Vec<i64> {
        let mut kept: Vec<i64> = Vec::new();
        for &t in times {
            let recent = kept.iter().filter(|&&k| k > limit.window_start(t)).count() as i64;
            if limit.allows(recent) {
                kept.push(t);
            }
        }
        kept
    }

    proptest::proptest! {
        #[test]
        fn no_window_holds_more_than_the_limit(
            max in 1i64..10,
            window in 1i64..1000,
            gaps in proptest::collection::vec(0i64..200, 0..200),
        ) {
            let limit = Limit { max, window_secs: window };
            let times: Vec<i64> = gaps.iter().scan(0i64, |t, g| { *t += g; Some(*t) }).collect();
            let kept = accepted(limit, &times);
            for &t in &times {
                let inside = kept.iter().filter(|&&k| k > limit.window_start(t) && k <= t).count() as i64;
                proptest::prop_assert!(inside <= max);
                // Refused only when the window was full: nobody is locked out for nothing.
                if !kept.contains(&t) {
                    proptest::prop_assert_eq!(inside, max);
                }
            }
        }

        #[test]
        fn an_ipv6_client_is_counted_per_64(a in proptest::num::u128::ANY, b in proptest::num::u64::ANY) {
            let x = std::net::Ipv6Addr::from(a);
            let same64 = std::net::Ipv6Addr::from((a & !u128::from(u64::MAX)) | u128::from(b));
            proptest::prop_assume!(x.to_ipv4_mapped().is_none() && same64.to_ipv4_mapped().is_none());
            proptest::prop_assert_eq!(client_block(x.into()), client_block(same64.into()));
            let other = std::net::Ipv6Addr::from(a ^ (1u128 << 64));
            proptest::prop_assume!(other.to_ipv4_mapped().is_none());
            proptest::prop_assert_ne!(client_block(x.into()), client_block(other.into()));
        }
    }

    #[test]
    fn clients_are_counted_per_block() {
        let a: std::net::IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: std::net::IpAddr = "2001:db8:1:2:ffff:ffff:ffff:ffff".parse().unwrap();
        let c: std::net::IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_block(a), client_block(b));
        assert_ne!(client_block(a), client_block(c));
        assert_eq!(client_block("203.0.113.9".parse().unwrap()), "203.0.113.9");
        assert_eq!(client_block("::ffff:203.0.113.9".parse().unwrap()), "203.0.113.9");
    }

    #[test]
    fn limits() {
        assert!(SIGN_IN_PER_ACCOUNT.allows(4));
        assert!(!SIGN_IN_PER_ACCOUNT.allows(5));
        assert_eq!(SIGN_IN_PER_IP.window_start(1000), 100);
    }
}
