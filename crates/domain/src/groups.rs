//! Working groups: communities of practice with leaders, members, open or closed
//! membership, a description and a roadmap, and discussion threads with replies.

use crate::initiatives::TOPICS;
use crate::{FieldError, FieldErrors, text};
use serde::{Deserialize, Serialize};

/// What the group form or JSON body says, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GroupInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    /// Markdown: what the group plans, by when.
    #[serde(default)]
    pub roadmap: String,
    /// `open` (anyone joins) or `closed` (leaders approve requests).
    #[serde(default)]
    pub membership: String,
    #[serde(default)]
    pub topics: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupProfile {
    pub name: String,
    pub summary: String,
    pub description: String,
    pub roadmap: String,
    pub open: bool,
    pub topics: Vec<String>,
}

impl GroupInput {
    pub fn parse(&self) -> Result<GroupProfile, FieldErrors> {
        let mut errs = FieldErrors::new();
        let name = errs.take(text::required("name", &self.name, 120));
        let summary = errs.take(text::required("summary", &self.summary, 500));
        let description =
            errs.take(text::optional("description", &self.description, 20_000)).map(Option::unwrap_or_default);
        let roadmap = errs.take(text::optional("roadmap", &self.roadmap, 20_000)).map(Option::unwrap_or_default);
        let open = match self.membership.trim() {
            "" | "open" => Some(true),
            "closed" => Some(false),
            _ => {
                errs.push(FieldError::new("membership", "invalid-choice"));
                None
            }
        };
        let mut topics: Vec<String> = Vec::new();
        for t in self.topics.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if !TOPICS.contains(&t) {
                errs.push(FieldError::new("topics", "invalid-choice"));
                break;
            }
            if !topics.iter().any(|x| x == t) {
                topics.push(t.to_owned());
            }
        }
        errs.clone().into_result()?;
        match (name, summary, description, roadmap, open) {
            (Some(name), Some(summary), Some(description), Some(roadmap), Some(open)) => {
                Ok(GroupProfile { name, summary, description, roadmap, open, topics })
            }
            _ => Err(errs),
        }
    }
}

/// A member's role in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Leader,
    Member,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Leader => "leader",
            Self::Member => "member",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "leader" => Some(Self::Leader),
            "member" => Some(Self::Member),
            _ => None,
        }
    }
}

/// Where a person stands in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberStatus {
    Active,
    /// Asked to join a closed group; a leader decides.
    Requested,
}

impl MemberStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Requested => "requested",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "active" => Some(Self::Active),
            "requested" => Some(Self::Requested),
            _ => None,
        }
    }
}

/// Which e-mails a member gets from a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MailChoice {
    /// New threads, and replies in the threads they follow.
    All,
    None,
}

impl MailChoice {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::None => "none",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "all" => Some(Self::All),
            "none" => Some(Self::None),
            _ => None,
        }
    }
}

/// A new thread: a title and its first post (Markdown).
pub fn thread(title: &str, body: &str) -> Result<(String, String), FieldErrors> {
    let mut errs = FieldErrors::new();
    let title = errs.take(text::required("title", title, 200));
    let body = errs.take(post_body(body));
    errs.into_result()?;
    Ok((title.expect("checked"), body.expect("checked")))
}

/// A post's Markdown.
pub fn post_body(body: &str) -> Result<String, FieldError> {
    text::required("body", body, 20_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_needs_a_name_and_summary_and_says_open_or_closed() {
        let g = GroupInput {
            name: "Health procurers".into(),
            summary: "Hospitals buying innovation.".into(),
            membership: "closed".into(),
            topics: vec!["pcp".into(), "pcp".into()],
            ..Default::default()
        }
        .parse()
        .unwrap();
        assert!(!g.open);
        assert_eq!(g.topics, ["pcp"]);
        let errs = GroupInput { membership: "secret".into(), topics: vec!["x".into()], ..Default::default() }
            .parse()
            .unwrap_err();
        let fields: Vec<&str> = errs.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["name", "summary", "membership", "topics"]);
    }

    #[test]
    fn threads_and_posts_are_checked() {
        assert!(thread("Q", "Body").is_ok());
        let e = thread(" ", "").unwrap_err();
        assert_eq!(e.0.len(), 2);
        assert_eq!(post_body(&"x".repeat(20_001)).unwrap_err().code, "too-long");
        assert_eq!(MailChoice::parse("none"), Some(MailChoice::None));
        assert_eq!(Role::parse("leader"), Some(Role::Leader));
    }
}
