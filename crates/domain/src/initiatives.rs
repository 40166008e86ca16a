//! Member initiatives of the task force: the EU-funded projects and partnerships that
//! form it, each with a public profile that its editors keep.

use crate::accounts::Language;
use crate::organisations::CodeLabel;
use crate::{FieldError, FieldErrors, text};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// Where an initiative stands in the task force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Membership {
    /// One of the four initiatives that started the task force.
    Founding,
    /// Joined afterwards.
    Member,
    /// Was a member (its project ended, or it left).
    Former,
}

impl Membership {
    pub const ALL: [Membership; 3] = [Membership::Founding, Membership::Member, Membership::Former];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Founding => "founding",
            Self::Member => "member",
            Self::Former => "former",
        }
    }
    pub fn from_str_opt(s: &str) -> Option<Self> {
        match s.trim() {
            "founding" => Some(Self::Founding),
            "member" => Some(Self::Member),
            "former" => Some(Self::Former),
            _ => None,
        }
    }
    /// A stored value (`joined` is the foundation's name for `member`).
    pub fn from_stored(s: &str) -> Self {
        Self::from_str_opt(s).unwrap_or(Self::Member)
    }
    /// Counts in the task force's combined reach.
    pub fn is_current(self) -> bool {
        self != Self::Former
    }
}

/// The nine topics of the task force's training curriculum (PRODUCT.md).
pub const TOPICS: [&str; 9] = [
    "guiding-principles",
    "legal-procedures",
    "market-consultation",
    "pcp",
    "competitive-dialogue",
    "negotiation",
    "innovation-partnership",
    "legal-questions",
    "risk-assessment",
];

/// EU funding programmes (eForms `eu-programme`).
pub static PROGRAMMES: LazyLock<Vec<CodeLabel>> =
    LazyLock::new(|| crate::organisations::code_list(include_str!("../data/eu-programme.csv"), &[]));

pub fn programme(code: &str) -> Option<&'static CodeLabel> {
    PROGRAMMES.iter().find(|p| p.code == code.trim())
}

/// The programmes in the reader's alphabetical order.
pub fn programmes_sorted(lang: Language) -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<_> = PROGRAMMES.iter().map(|p| (p.code.as_str(), p.label(lang))).collect();
    v.sort_by_cached_key(|(_, l)| text::fold(l));
    v
}

/// The size of an initiative's own networks: what it brings to the task force's reach.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reach {
    pub newsletter: Option<i64>,
    pub social: Option<i64>,
    pub partners: Option<i64>,
}

impl std::ops::Add for Reach {
    type Output = Reach;
    /// What two networks reach together; a figure nobody gave stays unknown.
    fn add(self, o: Reach) -> Reach {
        let sum = |a: Option<i64>, b: Option<i64>| match (a, b) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
        };
        Reach {
            newsletter: sum(self.newsletter, o.newsletter),
            social: sum(self.social, o.social),
            partners: sum(self.partners, o.partners),
        }
    }
}

/// What a form or JSON body says about an initiative, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct InitiativeInput {
    #[serde(default)]
    pub acronym: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    /// One focus area per line.
    #[serde(default)]
    pub focus_areas: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    /// The EU countries where it works.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub programme: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub reach_newsletter: String,
    #[serde(default)]
    pub reach_social: String,
    #[serde(default)]
    pub reach_partners: String,
}

/// A valid initiative profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeProfile {
    pub acronym: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub focus_areas: Vec<String>,
    pub sectors: Vec<String>,
    pub topics: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    pub programme: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub website: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub status: Membership,
    pub reach: Reach,
}

/// Largest reach figure accepted (a typo guard: no network has a billion followers).
pub const MAX_REACH: i64 = 100_000_000;

fn count(field: &'static str, raw: &str) -> Result<Option<i64>, FieldError> {
    let t: String =
        raw.trim().chars().filter(|c| !matches!(c, ' ' | ',' | '.' | '\u{a0}' | '\u{202f}' | '\'')).collect();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(n) if (0..=MAX_REACH).contains(&n) => Ok(Some(n)),
        Ok(_) => Err(FieldError::with_limit(field, "out-of-range", MAX_REACH as usize)),
        Err(_) => Err(FieldError::new(field, "not-a-number")),
    }
}

fn date(field: &'static str, raw: &str) -> Result<Option<String>, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .map(|d| Some(d.format("%Y-%m-%d").to_string()))
        .map_err(|_| FieldError::new(field, "invalid-date"))
}

/// Codes from a fixed list, each once, in the list's order; an unknown one is an error.
pub(crate) fn choices(
    field: &'static str,
    raw: &[String],
    known: impl Fn(&str) -> bool,
    max: usize,
) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for c in raw.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if !known(c) {
            return Err(FieldError::new(field, "invalid-choice"));
        }
        if !out.iter().any(|o| o == c) {
            out.push(c.to_owned());
        }
    }
    if out.len() > max {
        return Err(FieldError::with_limit(field, "too-many", max));
    }
    Ok(out)
}

impl InitiativeInput {
    pub fn parse(&self) -> Result<InitiativeProfile, FieldErrors> {
        let mut errs = FieldErrors::new();
        let acronym = errs.take(text::required("acronym", &self.acronym, 40).and_then(|a| {
            if a.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | ' ' | '&' | '+' | '.')) {
                Ok(a)
            } else {
                Err(FieldError::new("acronym", "invalid-acronym"))
            }
        }));
        let name = errs.take(text::required("name", &self.name, 200));
        let summary = errs.take(text::required("summary", &self.summary, 500));
        let description =
            errs.take(text::optional("description", &self.description, 20_000)).map(Option::unwrap_or_default);
        let focus_areas: Vec<String> =
            self.focus_areas.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
        if focus_areas.len() > 12 || focus_areas.iter().any(|f| f.chars().count() > 100) {
            errs.push(FieldError::with_limit("focus_areas", "too-many", 12));
        }
        let sectors = errs.take(choices("sectors", &self.sectors, |c| crate::organisations::sector(c).is_some(), 8));
        let topics = errs.take(choices("topics", &self.topics, |c| TOPICS.contains(&c), TOPICS.len()));
        let countries = errs.take(choices(
            "countries",
            &self.countries,
            |c| crate::geo::Country::parse("countries", c).is_ok_and(|x| x.code() == c),
            27,
        ));
        let programme = match self.programme.trim() {
            "" => None,
            p => errs.take(
                programme(p).map(|p| p.code.clone()).ok_or_else(|| FieldError::new("programme", "invalid-choice")),
            ),
        };
        let starts_on = errs.take(date("starts_on", &self.starts_on)).flatten();
        let ends_on = errs.take(date("ends_on", &self.ends_on)).flatten();
        if let (Some(s), Some(e)) = (&starts_on, &ends_on)
            && e < s
        {
            errs.push(FieldError::new("ends_on", "date-before-start"));
        }
        let website = errs.take(text::optional_url("website", &self.website)).flatten();
        let contact_name = errs.take(text::optional("contact_name", &self.contact_name, 200)).flatten();
        let contact_email = match self.contact_email.trim() {
            "" => None,
            e => errs.take(crate::accounts::Email::parse("contact_email", e).map(|e| e.as_str().to_owned())),
        };
        let status = errs.take(
            Membership::from_str_opt(if self.status.trim().is_empty() { "member" } else { &self.status })
                .ok_or_else(|| FieldError::new("status", "invalid-choice")),
        );
        let reach = Reach {
            newsletter: errs.take(count("reach_newsletter", &self.reach_newsletter)).flatten(),
            social: errs.take(count("reach_social", &self.reach_social)).flatten(),
            partners: errs.take(count("reach_partners", &self.reach_partners)).flatten(),
        };
        errs.clone().into_result()?;
        match (acronym, name, summary, description, sectors, topics, countries, status) {
            (
                Some(acronym),
                Some(name),
                Some(summary),
                Some(description),
                Some(sectors),
                Some(topics),
                Some(countries),
                Some(status),
            ) => Ok(InitiativeProfile {
                acronym,
                name,
                summary,
                description,
                focus_areas,
                sectors,
                topics,
                countries,
                programme,
                starts_on,
                ends_on,
                website,
                contact_name,
                contact_email,
                status,
                reach,
            }),
            _ => Err(errs),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> InitiativeInput {
        InitiativeInput {
            acronym: "PROCEDIN".into(),
            name: "Procurement of innovation in health".into(),
            summary: "Helps hospitals buy innovation.".into(),
            description: "## Aims\n\nTrain **buyers**.".into(),
            focus_areas: "Health\n\n  Training  \n".into(),
            sectors: vec!["health".into(), "health".into()],
            topics: vec!["pcp".into(), "market-consultation".into()],
            programme: "HORIZONEU".into(),
            starts_on: "2023-01-01".into(),
            ends_on: "2026-12-31".into(),
            website: "procedin.eu".into(),
            contact_email: "Info@Procedin.eu".into(),
            status: "founding".into(),
            reach_newsletter: "12 500".into(),
            reach_social: "3,400".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_profile() {
        let p = input().parse().unwrap();
        assert_eq!(p.focus_areas, vec!["Health", "Training"]);
        assert_eq!(p.sectors, vec!["health"]);
        assert_eq!(p.programme.as_deref(), Some("HORIZONEU"));
        assert_eq!(p.website.as_deref(), Some("https://procedin.eu"));
        assert_eq!(p.contact_email.as_deref(), Some("info@procedin.eu"));
        assert_eq!(p.reach, Reach { newsletter: Some(12_500), social: Some(3_400), partners: None });
        assert_eq!(p.status, Membership::Founding);
    }

    #[test]
    fn every_bad_field_is_named() {
        let i = InitiativeInput {
            acronym: "<script>".into(),
            topics: vec!["astrology".into()],
            programme: "NOPE".into(),
            starts_on: "2026-01-01".into(),
            ends_on: "2025-01-01".into(),
            status: "retired".into(),
            reach_partners: "-3".into(),
            reach_social: "lots".into(),
            ..Default::default()
        };
        let e = i.parse().unwrap_err();
        let codes: Vec<_> = e.0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            vec![
                ("acronym", "invalid-acronym"),
                ("name", "required"),
                ("summary", "required"),
                ("topics", "invalid-choice"),
                ("programme", "invalid-choice"),
                ("ends_on", "date-before-start"),
                ("status", "invalid-choice"),
                ("reach_social", "not-a-number"),
                ("reach_partners", "out-of-range"),
            ]
        );
    }

    #[test]
    fn reach_adds_up_what_is_known() {
        let a = Reach { newsletter: Some(10), social: None, partners: Some(2) };
        let b = Reach { newsletter: Some(5), social: None, partners: None };
        assert_eq!(a + b, Reach { newsletter: Some(15), social: None, partners: Some(2) });
        assert!(Membership::from_stored("joined").is_current());
        assert!(!Membership::Former.is_current());
    }

    #[test]
    fn programmes_come_from_the_eforms_list() {
        assert!(programme("HORIZONEU").is_some());
        assert!(programme("H2020").is_some());
        assert!(PROGRAMMES.len() > 100);
    }
}
