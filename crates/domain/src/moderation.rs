//! Moderation: what can be reported, the threshold that hides content, and what a
//! moderator decides.

use crate::{FieldError, FieldErrors, text};

/// Content reported by this many distinct people is hidden until a moderator reviews it.
pub const HIDE_AFTER: i64 = 3;

/// What can be reported: a profile, a page (a working group's), a post (a thread or a
/// reply) or a conversation.
pub const KINDS: [&str; 5] = ["profile", "group", "thread", "reply", "conversation"];

pub fn kind(s: &str) -> Result<&'static str, FieldError> {
    KINDS.into_iter().find(|k| *k == s.trim()).ok_or_else(|| FieldError::new("kind", "invalid-choice"))
}

/// A report's reason.
pub fn reason(s: &str) -> Result<String, FieldErrors> {
    Ok(text::required("reason", s, 1000)?)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show it again; the reports were unfounded.
    Restore,
    /// Remove it for good.
    Remove,
    /// Tell its author what is wrong; it stays as it is.
    Warn,
    /// Suspend its author for a number of days.
    Suspend(u32),
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Restore => "restore",
            Self::Remove => "remove",
            Self::Warn => "warn",
            Self::Suspend(_) => "suspend",
        }
    }
}

/// Checks a moderator's decision: the action, a reason the author reads, and for a
/// suspension its length (1 to 365 days).
pub fn decision(action: &str, reason: &str, days: &str) -> Result<(Action, String), FieldErrors> {
    let mut errs = FieldErrors::new();
    let action = match action.trim() {
        "restore" => Some(Action::Restore),
        "remove" => Some(Action::Remove),
        "warn" => Some(Action::Warn),
        "suspend" => match days.trim().parse::<u32>() {
            Ok(d) if (1..=365).contains(&d) => Some(Action::Suspend(d)),
            _ => {
                errs.push(FieldError::with_limit("days", "out-of-range-days", 365));
                None
            }
        },
        _ => {
            errs.push(FieldError::new("action", "invalid-choice"));
            None
        }
    };
    let reason = errs.take(text::required("reason", reason, 1000));
    errs.clone().into_result()?;
    match (action, reason) {
        (Some(a), Some(r)) => Ok((a, r)),
        _ => Err(errs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_are_checked() {
        assert_eq!(decision("suspend", "Spam", "7").unwrap().0, Action::Suspend(7));
        assert_eq!(decision("suspend", "Spam", "0").unwrap_err().0[0].field, "days");
        assert_eq!(decision("suspend", "Spam", "366").unwrap_err().0[0].field, "days");
        assert_eq!(decision("ban", "x", "").unwrap_err().0[0].field, "action");
        assert_eq!(decision("remove", " ", "").unwrap_err().0[0].field, "reason");
        assert_eq!(kind("reply").unwrap(), "reply");
        assert!(kind("initiative-secret").is_err());
    }
}
