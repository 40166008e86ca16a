//! Solutions: what innovative suppliers ("Solvers") can do, as profiles buyers find and
//! the matcher reads. A profile may be *anonymous*: buyers see it, never the company,
//! until the supplier accepts their contact request ([`Identity`] decides, everywhere).

use crate::geo::{Country, parse_nuts};
use crate::{FieldError, FieldErrors, text};
use serde::{Deserialize, Serialize};

/// Where a profile stands: only published ones are listed, matched and searchable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SolutionState {
    Draft,
    Published,
    Archived,
}

impl SolutionState {
    pub const ALL: [Self; 3] = [Self::Draft, Self::Published, Self::Archived];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Archived => "archived",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

/// What the solution form or JSON body says, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SolutionInput {
    /// The supplier organisation's id.
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub title: String,
    /// What it does.
    #[serde(default)]
    pub summary: String,
    /// The problem it solves.
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub trl: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub cpv: Vec<String>,
    /// Countries served (ISO 3166-1 alpha-2); none means anywhere.
    #[serde(default)]
    pub countries: Vec<String>,
    /// NUTS regions served, if narrower than the countries.
    #[serde(default)]
    pub regions: Vec<String>,
    /// References and deployments.
    #[serde(default)]
    pub references: String,
    #[serde(default)]
    pub certifications: String,
    #[serde(default)]
    pub languages: Vec<String>,
    /// `true`, `on` or `1`: the company stays hidden until it accepts a contact request.
    #[serde(default)]
    pub anonymous: String,
}

/// A valid solution profile (without its state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SolutionDraft {
    pub organisation: i64,
    pub title: String,
    pub summary: String,
    pub problem: String,
    pub trl: i64,
    pub sectors: Vec<String>,
    pub cpv: Vec<String>,
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    pub references: String,
    pub certifications: String,
    pub languages: Vec<String>,
    pub anonymous: bool,
}

/// Reads a checkbox or JSON boolean written as text.
pub fn flag(raw: &str) -> Option<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "false" | "off" | "0" | "no" => Some(false),
        "true" | "on" | "1" | "yes" => Some(true),
        _ => None,
    }
}

impl SolutionInput {
    /// Checks the profile; `organisations` are the supplier organisations the author may
    /// publish for.
    pub fn parse(&self, organisations: &[i64]) -> Result<SolutionDraft, FieldErrors> {
        let mut errs = FieldErrors::new();
        let organisation = errs.take(
            self.organisation
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|o| organisations.contains(o))
                .ok_or_else(|| FieldError::new("organisation", "invalid-choice")),
        );
        let title = errs.take(text::required("title", &self.title, 200));
        let summary = errs.take(text::required("summary", &self.summary, 20_000));
        let problem = errs.take(text::required("problem", &self.problem, 10_000));
        let trl = errs.take(
            self.trl
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=9).contains(n))
                .ok_or_else(|| FieldError::new("trl", "invalid-trl")),
        );
        let sectors = errs.take(crate::initiatives::choices(
            "sectors",
            &self.sectors,
            |s| crate::organisations::sector(s).is_some(),
            10,
        ));
        let cpv = errs.take(crate::challenges::parse_cpv("cpv", &self.cpv));
        let mut countries = Vec::new();
        for c in self.countries.iter().flat_map(|s| s.split([',', ' '])).filter(|s| !s.trim().is_empty()) {
            match Country::parse("countries", c) {
                Ok(c) if !countries.contains(&c) => countries.push(c),
                Ok(_) => {}
                Err(e) => {
                    errs.push(FieldError::new(e.field, "invalid-choice"));
                    break;
                }
            }
        }
        if countries.len() > 27 {
            errs.push(FieldError::with_limit("countries", "too-many", 27));
        }
        let mut regions: Vec<String> = Vec::new();
        for r in self.regions.iter().flat_map(|s| s.split([',', ' '])).filter(|s| !s.trim().is_empty()) {
            let country = Country::parse("regions", r.get(..2).unwrap_or("")).ok();
            match (parse_nuts("regions", r, country), country) {
                (Ok(Some(n)), Some(c)) if countries.is_empty() || countries.contains(&c) => {
                    if !regions.contains(&n) {
                        regions.push(n)
                    }
                }
                (Ok(_), Some(_)) => {
                    errs.push(FieldError::new("regions", "nuts-not-in-country"));
                    break;
                }
                (Err(e), _) => {
                    errs.push(e);
                    break;
                }
                (_, None) => {
                    errs.push(FieldError::new("regions", "invalid-nuts"));
                    break;
                }
            }
        }
        if regions.len() > 50 {
            errs.push(FieldError::with_limit("regions", "too-many", 50));
        }
        let references =
            errs.take(text::optional("references", &self.references, 10_000)).map(Option::unwrap_or_default);
        let certifications =
            errs.take(text::optional("certifications", &self.certifications, 5_000)).map(Option::unwrap_or_default);
        let languages = errs.take(crate::initiatives::choices(
            "languages",
            &self.languages,
            |l| crate::people::language(l).is_some(),
            24,
        ));
        let anonymous = errs.take(flag(&self.anonymous).ok_or_else(|| FieldError::new("anonymous", "invalid-choice")));
        errs.clone().into_result()?;
        let ok = (|| {
            Some(SolutionDraft {
                organisation: organisation?,
                title: title?,
                summary: summary?,
                problem: problem?,
                trl: trl?,
                sectors: sectors?,
                cpv: cpv?,
                countries: countries.iter().map(|c| c.code().to_owned()).collect(),
                regions,
                references: references?,
                certifications: certifications?,
                languages: languages?,
                anonymous: anonymous?,
            })
        })();
        ok.ok_or(errs)
    }
}

/// Who is looking at a solution, as far as its supplier's identity goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// A member of the supplier organisation, or an administrator.
    Supplier,
    /// Someone whose organisation's contact request the supplier accepted.
    Accepted,
    /// Anyone else, signed in or not.
    Other,
}

/// Whether a viewer may learn which company a profile belongs to.
pub fn identity_shown(anonymous: bool, viewer: Viewer) -> bool {
    !anonymous || viewer != Viewer::Other
}

/// Where a contact request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactState {
    Pending,
    Accepted,
    Declined,
}

impl ContactState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Pending, Self::Accepted, Self::Declined].into_iter().find(|x| x.as_str() == s.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> SolutionInput {
        SolutionInput {
            organisation: "3".into(),
            title: "Radar fall sensor".into(),
            summary: "A wall-mounted radar detects falls without a camera.".into(),
            problem: "Falls at night found late in care homes.".into(),
            trl: "8".into(),
            sectors: vec!["health".into()],
            cpv: vec!["33196100".into()],
            countries: vec!["be, fr".into()],
            regions: vec!["BE21".into()],
            languages: vec!["FRA".into(), "ENG".into()],
            anonymous: "on".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_profile_is_read_field_by_field() {
        let d = input().parse(&[3]).unwrap();
        assert_eq!(d.cpv, ["33196100-1"]);
        assert_eq!(d.countries, ["BE", "FR"]);
        assert_eq!(d.regions, ["BE21"]);
        assert!(d.anonymous);
        assert_eq!(d.trl, 8);
    }

    #[test]
    fn bad_profiles_say_what_is_wrong() {
        let code = |i: SolutionInput| {
            let e = i.parse(&[3]).unwrap_err();
            (e.0[0].field, e.0[0].code)
        };
        assert_eq!(code(SolutionInput { organisation: "4".into(), ..input() }), ("organisation", "invalid-choice"));
        assert_eq!(code(SolutionInput { trl: "10".into(), ..input() }), ("trl", "invalid-trl"));
        assert_eq!(code(SolutionInput { trl: "".into(), ..input() }), ("trl", "invalid-trl"));
        assert_eq!(code(SolutionInput { cpv: vec!["33196100-2".into()], ..input() }), ("cpv", "invalid-cpv"));
        assert_eq!(code(SolutionInput { countries: vec!["XX".into()], ..input() }), ("countries", "invalid-choice"));
        assert_eq!(code(SolutionInput { regions: vec!["DE21".into()], ..input() }), ("regions", "nuts-not-in-country"));
        assert_eq!(code(SolutionInput { regions: vec!["BE99".into()], ..input() }), ("regions", "invalid-nuts"));
        assert_eq!(code(SolutionInput { anonymous: "maybe".into(), ..input() }), ("anonymous", "invalid-choice"));
    }

    #[test]
    fn only_the_supplier_and_accepted_contacts_see_who_it_is() {
        assert!(!identity_shown(true, Viewer::Other));
        assert!(identity_shown(true, Viewer::Accepted));
        assert!(identity_shown(true, Viewer::Supplier));
        assert!(identity_shown(false, Viewer::Other));
    }
}
