//! Joining the task force: an initiative that is not a member applies; editors of the
//! current members comment and endorse; an administrator accepts or declines with a
//! reason. An accepted application becomes a member initiative.

use crate::initiatives::{InitiativeInput, InitiativeProfile};
use crate::{FieldError, FieldErrors, text};
use serde::{Deserialize, Serialize};

/// Where an application stands. `Submitted` and `InReview` are open; the others are final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ApplicationStatus {
    Submitted,
    /// Members have started to comment or endorse.
    InReview,
    Accepted,
    Declined,
    /// The applicant took it back.
    Withdrawn,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 5] =
        [Self::Submitted, Self::InReview, Self::Accepted, Self::Declined, Self::Withdrawn];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::InReview => "in-review",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Withdrawn => "withdrawn",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
    pub fn is_open(self) -> bool {
        matches!(self, Self::Submitted | Self::InReview)
    }
    /// The status after a member's first comment or endorsement.
    pub fn after_note(self) -> Self {
        if self == Self::Submitted { Self::InReview } else { self }
    }
}

/// What the application form or JSON body says, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ApplicationInput {
    #[serde(default)]
    pub acronym: String,
    #[serde(default)]
    pub name: String,
    /// Who they are, in a few sentences.
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub programme: String,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    /// Why they want to join.
    #[serde(default)]
    pub motivation: String,
    /// What they bring to the task force.
    #[serde(default)]
    pub contribution: String,
}

/// A valid application: the initiative's profile as it would start, and the letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Application {
    pub profile: InitiativeProfile,
    pub motivation: String,
    pub contribution: String,
}

impl ApplicationInput {
    pub fn parse(&self) -> Result<Application, FieldErrors> {
        let profile = InitiativeInput {
            acronym: self.acronym.clone(),
            name: self.name.clone(),
            summary: self.summary.clone(),
            website: self.website.clone(),
            programme: self.programme.clone(),
            topics: self.topics.clone(),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            status: "member".into(),
            ..InitiativeInput::default()
        }
        .parse();
        let mut errs = profile.as_ref().err().cloned().unwrap_or_default();
        // An application needs someone to answer.
        if self.contact_name.trim().is_empty() {
            errs.push(FieldError::new("contact_name", "required"));
        }
        if self.contact_email.trim().is_empty() {
            errs.push(FieldError::new("contact_email", "required"));
        }
        let motivation = errs.take(text::required("motivation", &self.motivation, 4000));
        let contribution = errs.take(text::required("contribution", &self.contribution, 4000));
        errs.into_result()?;
        match (profile, motivation, contribution) {
            (Ok(profile), Some(motivation), Some(contribution)) => {
                Ok(Application { profile, motivation, contribution })
            }
            _ => unreachable!("every error was collected"),
        }
    }
}

/// An administrator's decision on an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accept,
    Decline,
}

/// Checks a decision: `accept` or `decline`, always with a reason (the applicant reads it).
pub fn verdict(decision: &str, reason: &str) -> Result<(Verdict, String), FieldErrors> {
    let mut errs = FieldErrors::new();
    let v = match decision.trim() {
        "accept" => Some(Verdict::Accept),
        "decline" => Some(Verdict::Decline),
        _ => {
            errs.push(FieldError::new("decision", "invalid-choice"));
            None
        }
    };
    let reason = errs.take(text::required("reason", reason, 2000));
    errs.into_result()?;
    Ok((v.expect("checked"), reason.expect("checked")))
}

/// Checks a member's comment (it may be empty when they only endorse).
pub fn note(body: &str, endorse: bool) -> Result<String, FieldErrors> {
    let body = if endorse {
        text::optional("body", body, 4000)?.unwrap_or_default()
    } else {
        text::required("body", body, 4000)?
    };
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ApplicationInput {
        ApplicationInput {
            acronym: "GreenBuy".into(),
            name: "Green public buyers network".into(),
            summary: "Cities that buy clean.".into(),
            website: "greenbuy.eu".into(),
            programme: "HORIZONEU".into(),
            topics: vec!["pcp".into()],
            contact_name: "Ana".into(),
            contact_email: "ana@greenbuy.eu".into(),
            motivation: "We want to learn.".into(),
            contribution: "Fifty cities.".into(),
        }
    }

    #[test]
    fn a_valid_application_is_a_member_profile_in_waiting() {
        let a = input().parse().unwrap();
        assert_eq!(a.profile.acronym, "GreenBuy");
        assert_eq!(a.profile.status, crate::initiatives::Membership::Member);
        assert_eq!(a.profile.website.as_deref(), Some("https://greenbuy.eu"));
    }

    #[test]
    fn every_missing_or_bad_field_is_named() {
        let bad = ApplicationInput { acronym: "<x>".into(), programme: "NOPE".into(), ..Default::default() };
        let errs = bad.parse().unwrap_err();
        let fields: Vec<&str> = errs.0.iter().map(|e| e.field).collect();
        for f in
            ["acronym", "name", "summary", "programme", "contact_name", "contact_email", "motivation", "contribution"]
        {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
    }

    #[test]
    fn a_decision_always_has_a_reason() {
        assert!(verdict("accept", "Welcome").is_ok());
        assert_eq!(verdict("accept", " ").unwrap_err().0[0].field, "reason");
        assert_eq!(verdict("maybe", "x").unwrap_err().0[0].field, "decision");
        assert!(note("", true).is_ok());
        assert!(note("", false).is_err());
    }

    #[test]
    fn statuses() {
        assert_eq!(ApplicationStatus::Submitted.after_note(), ApplicationStatus::InReview);
        assert_eq!(ApplicationStatus::Accepted.after_note(), ApplicationStatus::Accepted);
        assert!(!ApplicationStatus::Withdrawn.is_open());
        assert_eq!(ApplicationStatus::parse("in-review"), Some(ApplicationStatus::InReview));
    }
}
