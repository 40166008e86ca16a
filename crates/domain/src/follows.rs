//! What a person can follow: an initiative, an organisation, a working group or a
//! curriculum topic. Their dashboard shows the activity of what they follow.

use crate::FieldError;
use crate::initiatives::TOPICS;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Initiative(i64),
    Organisation(i64),
    Group(i64),
    Topic(String),
}

impl Target {
    /// From a URL's `{kind}/{key}`; `invalid-choice` on `kind` or `key` otherwise.
    pub fn parse(kind: &str, key: &str) -> Result<Target, FieldError> {
        let id = || {
            key.trim().parse::<i64>().ok().filter(|i| *i > 0).ok_or_else(|| FieldError::new("key", "invalid-choice"))
        };
        match kind.trim() {
            "initiative" => Ok(Target::Initiative(id()?)),
            "organisation" => Ok(Target::Organisation(id()?)),
            "group" => Ok(Target::Group(id()?)),
            "topic" if TOPICS.contains(&key.trim()) => Ok(Target::Topic(key.trim().to_owned())),
            "topic" => Err(FieldError::new("key", "invalid-choice")),
            _ => Err(FieldError::new("kind", "invalid-choice")),
        }
    }
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Initiative(_) => "initiative",
            Self::Organisation(_) => "organisation",
            Self::Group(_) => "group",
            Self::Topic(_) => "topic",
        }
    }
    pub fn key(&self) -> String {
        match self {
            Self::Initiative(i) | Self::Organisation(i) | Self::Group(i) => i.to_string(),
            Self::Topic(t) => t.clone(),
        }
    }
}

/// Kinds of activity the dashboard shows (stored by name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    InitiativeUpdated,
    InitiativeJoined,
    OrganisationApproved,
    OrganisationUpdated,
    GroupCreated,
    ThreadStarted,
    ReplyPosted,
}

impl Activity {
    pub const ALL: [Activity; 7] = [
        Self::InitiativeUpdated,
        Self::InitiativeJoined,
        Self::OrganisationApproved,
        Self::OrganisationUpdated,
        Self::GroupCreated,
        Self::ThreadStarted,
        Self::ReplyPosted,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InitiativeUpdated => "initiative-updated",
            Self::InitiativeJoined => "initiative-joined",
            Self::OrganisationApproved => "organisation-approved",
            Self::OrganisationUpdated => "organisation-updated",
            Self::GroupCreated => "group-created",
            Self::ThreadStarted => "thread-started",
            Self::ReplyPosted => "reply-posted",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_checked() {
        assert_eq!(Target::parse("group", "4").unwrap(), Target::Group(4));
        assert_eq!(Target::parse("topic", "pcp").unwrap().key(), "pcp");
        assert_eq!(Target::parse("topic", "cooking").unwrap_err().field, "key");
        assert_eq!(Target::parse("group", "-1").unwrap_err().field, "key");
        assert_eq!(Target::parse("user", "1").unwrap_err().field, "kind");
        for a in Activity::ALL {
            assert_eq!(Activity::parse(a.as_str()), Some(a));
        }
    }
}
