//! People's public profiles. A profile is opt-in: nothing about a person is public until
//! they say so, and then only the fields they choose, one by one; they can withdraw it at
//! any time. Searching and filtering only ever look at the fields a person shows.

use crate::accounts::Language;
use crate::organisations::CodeLabel;
use crate::{FieldError, FieldErrors, geo, initiatives, text};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The 24 official languages of the EU (eForms `language`, codes such as `DEU`).
pub static LANGUAGES: LazyLock<Vec<CodeLabel>> =
    LazyLock::new(|| crate::organisations::code_list(include_str!("../data/eu-languages.csv"), &[]));

pub fn language(code: &str) -> Option<&'static CodeLabel> {
    LANGUAGES.iter().find(|l| l.code == code.trim())
}

/// The languages in the reader's alphabetical order.
pub fn languages_sorted(lang: Language) -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<_> = LANGUAGES.iter().map(|l| (l.code.as_str(), l.label(lang))).collect();
    v.sort_by_cached_key(|(_, l)| text::fold(l));
    v
}

/// What a person's profile form or JSON body says, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProfileInput {
    #[serde(default)]
    pub public: bool,
    /// The id of one of the person's organisations (active membership), or empty.
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub show_organisation: bool,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub show_role: bool,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub show_country: bool,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub show_languages: bool,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub show_topics: bool,
    #[serde(default)]
    pub bio: String,
    #[serde(default)]
    pub show_bio: bool,
}

/// A valid profile: the values the person keeps, and which of them they show.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub public: bool,
    pub organisation: Option<i64>,
    pub show_organisation: bool,
    pub role: Option<String>,
    pub show_role: bool,
    pub country: Option<String>,
    pub show_country: bool,
    pub languages: Vec<String>,
    pub show_languages: bool,
    pub topics: Vec<String>,
    pub show_topics: bool,
    pub bio: Option<String>,
    pub show_bio: bool,
}

impl ProfileInput {
    /// Checks the profile; `own_organisations` are the ids the person may show.
    pub fn parse(&self, own_organisations: &[i64]) -> Result<Profile, FieldErrors> {
        let mut errs = FieldErrors::new();
        let organisation = match self.organisation.trim() {
            "" => None,
            o => errs.take(
                o.parse::<i64>()
                    .ok()
                    .filter(|id| own_organisations.contains(id))
                    .ok_or_else(|| FieldError::new("organisation", "invalid-choice")),
            ),
        };
        let role = errs.take(text::optional("role", &self.role, 120)).flatten();
        let country = match self.country.trim() {
            "" => None,
            c => errs.take(geo::Country::parse("country", c).map(|c| c.code().to_owned())),
        };
        let mut languages = Vec::new();
        for l in self.languages.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
            match language(l) {
                Some(x) if !languages.contains(&x.code) => languages.push(x.code.clone()),
                Some(_) => {}
                None => {
                    errs.push(FieldError::new("languages", "invalid-choice"));
                    break;
                }
            }
        }
        let mut topics = Vec::new();
        for t in self.topics.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if !initiatives::TOPICS.contains(&t) {
                errs.push(FieldError::new("topics", "invalid-choice"));
                break;
            }
            if !topics.iter().any(|x: &String| x == t) {
                topics.push(t.to_owned());
            }
        }
        let bio = errs.take(text::optional("bio", &self.bio, 1000)).flatten();
        errs.into_result()?;
        Ok(Profile {
            public: self.public,
            organisation,
            show_organisation: self.show_organisation,
            role,
            show_role: self.show_role,
            country,
            show_country: self.show_country,
            languages,
            show_languages: self.show_languages,
            topics,
            show_topics: self.show_topics,
            bio,
            show_bio: self.show_bio,
        })
    }
}

/// The two-letter ISO 639-1 code of an EU official language's eForms (ISO 639-2) code,
/// as `hreflang` and `inLanguage` want it.
pub fn iso639_1(code: &str) -> Option<&'static str> {
    const PAIRS: [(&str, &str); 24] = [
        ("BUL", "bg"),
        ("CES", "cs"),
        ("DAN", "da"),
        ("DEU", "de"),
        ("ELL", "el"),
        ("ENG", "en"),
        ("EST", "et"),
        ("FIN", "fi"),
        ("FRA", "fr"),
        ("GLE", "ga"),
        ("HRV", "hr"),
        ("HUN", "hu"),
        ("ITA", "it"),
        ("LAV", "lv"),
        ("LIT", "lt"),
        ("MLT", "mt"),
        ("NLD", "nl"),
        ("POL", "pl"),
        ("POR", "pt"),
        ("RON", "ro"),
        ("SLK", "sk"),
        ("SLV", "sl"),
        ("SPA", "es"),
        ("SWE", "sv"),
    ];
    PAIRS.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_is_checked_field_by_field() {
        let i = ProfileInput {
            public: true,
            organisation: "7".into(),
            country: "de".into(),
            languages: vec!["DEU".into(), "FRA".into(), "DEU".into()],
            topics: vec!["pcp".into()],
            bio: "  Buyer in Munich.  ".into(),
            show_bio: true,
            ..Default::default()
        };
        let p = i.parse(&[7]).unwrap();
        assert_eq!(p.organisation, Some(7));
        assert_eq!(p.country.as_deref(), Some("DE"));
        assert_eq!(p.languages, vec!["DEU", "FRA"]);
        assert_eq!(p.bio.as_deref(), Some("Buyer in Munich."));
        let bad = ProfileInput {
            organisation: "8".into(),
            country: "CH".into(),
            languages: vec!["XX".into()],
            topics: vec!["astrology".into()],
            ..Default::default()
        };
        let codes: Vec<_> = bad.parse(&[7]).unwrap_err().0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            vec![
                ("organisation", "invalid-choice"),
                ("country", "invalid-country"),
                ("languages", "invalid-choice"),
                ("topics", "invalid-choice")
            ]
        );
        assert_eq!(LANGUAGES.len(), 24);
    }
}
