//! Member initiatives of the task force: the EU-funded projects and partnerships that
//! form it. For now a small entity; a later capability gives each a full page.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Membership {
    /// One of the four initiatives that started the task force.
    Founding,
    /// Joined afterwards.
    Joined,
}

impl Membership {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Founding => "founding",
            Self::Joined => "joined",
        }
    }
    pub fn from_stored(s: &str) -> Self {
        if s == "founding" { Self::Founding } else { Self::Joined }
    }
}
