//! Challenges: unmet needs that public buyers ("Challengers") publish as problems, not
//! specifications. What a challenge must say, its budget and timeline, the maturity it
//! expects (TRL), where and in which languages, and the states it goes through.

use crate::geo::{Country, parse_nuts};
use crate::resources::CURRENCIES;
use crate::{FieldError, FieldErrors, text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a challenge stands. The closed states are final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChallengeState {
    Draft,
    Open,
    Consultation,
    Procurement,
    Awarded,
    NotAwarded,
    Cancelled,
}

impl ChallengeState {
    pub const ALL: [Self; 7] = [
        Self::Draft,
        Self::Open,
        Self::Consultation,
        Self::Procurement,
        Self::Awarded,
        Self::NotAwarded,
        Self::Cancelled,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Consultation => "consultation",
            Self::Procurement => "procurement",
            Self::Awarded => "awarded",
            Self::NotAwarded => "not-awarded",
            Self::Cancelled => "cancelled",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Awarded | Self::NotAwarded | Self::Cancelled)
    }
    /// Still looking for suppliers: open, in consultation or procurement launched.
    pub fn is_matchable(self) -> bool {
        matches!(self, Self::Open | Self::Consultation | Self::Procurement)
    }
    /// Seen by everyone (everything but a draft).
    pub fn is_public(self) -> bool {
        self != Self::Draft
    }
    /// The states a challenge may move to from this one: forward through consultation and
    /// procurement, closed at any point once open; a draft may only open or be cancelled.
    pub fn next(self) -> &'static [ChallengeState] {
        use ChallengeState::*;
        match self {
            Draft => &[Open, Cancelled],
            Open => &[Consultation, Procurement, NotAwarded, Cancelled],
            Consultation => &[Procurement, NotAwarded, Cancelled],
            Procurement => &[Awarded, NotAwarded, Cancelled],
            Awarded | NotAwarded | Cancelled => &[],
        }
    }
}

/// Routes a buyer may intend: pre-commercial procurement, public procurement of
/// innovative solutions, and the procedures of the directives that suit innovation.
pub const ROUTES: [&str; 7] =
    ["pcp", "ppi", "innovation-partnership", "competitive-dialogue", "competitive-negotiation", "open", "restricted"];

/// The largest budget a challenge may state, in its currency.
pub const MAX_BUDGET: i64 = 100_000_000_000;

/// What the challenge form or JSON body says, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ChallengeInput {
    /// The buyer organisation's id.
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub context: String,
    /// Desired outcomes with their measurable indicators.
    #[serde(default)]
    pub outcomes: String,
    #[serde(default)]
    pub constraints: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub cpv: Vec<String>,
    #[serde(default)]
    pub budget_min: String,
    #[serde(default)]
    pub budget_max: String,
    #[serde(default)]
    pub currency: String,
    /// `YYYY-MM-DD`: until when suppliers may express interest.
    #[serde(default)]
    pub interest_deadline: String,
    /// Until when suppliers may ask questions (defaults to the interest deadline).
    #[serde(default)]
    pub question_deadline: String,
    #[serde(default)]
    pub consultation_on: String,
    #[serde(default)]
    pub procurement_on: String,
    #[serde(default)]
    pub trl_min: String,
    #[serde(default)]
    pub trl_max: String,
    #[serde(default)]
    pub route: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub nuts: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub ip_terms: String,
    #[serde(default)]
    pub confidentiality: String,
}

/// A valid challenge (without its state).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChallengeDraft {
    pub organisation: i64,
    pub title: String,
    pub problem: String,
    pub context: String,
    pub outcomes: String,
    pub constraints: String,
    pub sectors: Vec<String>,
    /// Full codes with their check digit.
    pub cpv: Vec<String>,
    pub budget_min: Option<i64>,
    pub budget_max: Option<i64>,
    pub currency: String,
    pub interest_deadline: String,
    pub question_deadline: String,
    pub consultation_on: Option<String>,
    pub procurement_on: Option<String>,
    pub trl_min: i64,
    pub trl_max: i64,
    pub route: Option<String>,
    pub country: String,
    pub nuts: Option<String>,
    pub languages: Vec<String>,
    pub ip_terms: String,
    pub confidentiality: String,
}

fn date(field: &'static str, raw: &str) -> Result<Option<NaiveDate>, FieldError> {
    match raw.trim() {
        "" => Ok(None),
        d => NaiveDate::parse_from_str(d, "%Y-%m-%d").map(Some).map_err(|_| FieldError::new(field, "invalid-date")),
    }
}

/// A budget in whole units of its currency (cents dropped), read as the case studies'
/// amounts are (`1 250 000,50`, `1.250.000`, `250000`).
fn amount(field: &'static str, raw: &str) -> Result<Option<i64>, FieldError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    crate::resources::parse_amount(raw)
        .map(|cents| cents / 100)
        .filter(|n| (0..=MAX_BUDGET).contains(n))
        .map(Some)
        .ok_or_else(|| FieldError::new(field, "invalid-amount"))
}

fn trl(field: &'static str, raw: &str, default: i64) -> Result<i64, FieldError> {
    match raw.trim() {
        "" => Ok(default),
        t => t.parse::<i64>().ok().filter(|n| (1..=9).contains(n)).ok_or_else(|| FieldError::new(field, "invalid-trl")),
    }
}

/// The CPV codes of a text field: each of the main vocabulary with a right check digit
/// (added when left out), at most 20.
pub fn parse_cpv(field: &'static str, raw: &[String]) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for c in raw.iter().flat_map(|s| s.split([',', ';', '\n'])).map(str::trim).filter(|s| !s.is_empty()) {
        let code = c.split_whitespace().next().unwrap_or(c);
        let full = crate::organisations::cpv_any(code)
            .map(|(full, _)| full.to_owned())
            .ok_or_else(|| FieldError::about(field, "invalid-cpv", code.to_owned()))?;
        if !out.contains(&full) {
            out.push(full);
        }
    }
    if out.len() > 20 {
        return Err(FieldError::with_limit(field, "too-many", 20));
    }
    Ok(out)
}

impl ChallengeInput {
    /// Checks the challenge; `organisations` are the buyer organisations the author may
    /// publish for, `today` the date deadlines may not be before.
    pub fn parse(&self, organisations: &[i64], today: NaiveDate) -> Result<ChallengeDraft, FieldErrors> {
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
        let problem = errs.take(text::required("problem", &self.problem, 20_000));
        let context = errs.take(text::optional("context", &self.context, 20_000)).map(Option::unwrap_or_default);
        let outcomes = errs.take(text::required("outcomes", &self.outcomes, 10_000));
        let constraints =
            errs.take(text::optional("constraints", &self.constraints, 10_000)).map(Option::unwrap_or_default);
        let sectors = errs.take(crate::initiatives::choices(
            "sectors",
            &self.sectors,
            |s| crate::organisations::sector(s).is_some(),
            10,
        ));
        let cpv = errs.take(parse_cpv("cpv", &self.cpv));
        let budget_min = errs.take(amount("budget_min", &self.budget_min)).flatten();
        let budget_max = errs.take(amount("budget_max", &self.budget_max)).flatten();
        if let (Some(a), Some(b)) = (budget_min, budget_max)
            && a > b
        {
            errs.push(FieldError::new("budget_max", "budget-min-above-max"));
        }
        let currency = match self.currency.trim() {
            "" => Some("EUR".to_owned()),
            c => errs.take(
                CURRENCIES
                    .iter()
                    .find(|x| **x == c.to_ascii_uppercase())
                    .map(|x| x.to_string())
                    .ok_or_else(|| FieldError::new("currency", "invalid-choice")),
            ),
        };
        let deadline = errs.take(
            date("interest_deadline", &self.interest_deadline)
                .and_then(|d| d.ok_or_else(|| FieldError::new("interest_deadline", "required"))),
        );
        if deadline.is_some_and(|d| d < today) {
            errs.push(FieldError::new("interest_deadline", "deadline-in-past"));
        }
        let questions = errs.take(date("question_deadline", &self.question_deadline)).flatten();
        if let (Some(q), Some(d)) = (questions, deadline) {
            if q < today {
                errs.push(FieldError::new("question_deadline", "deadline-in-past"));
            } else if q > d {
                errs.push(FieldError::new("question_deadline", "questions-after-interest"));
            }
        }
        let consultation_on = errs.take(date("consultation_on", &self.consultation_on)).flatten();
        let procurement_on = errs.take(date("procurement_on", &self.procurement_on)).flatten();
        if let (Some(c), Some(p)) = (consultation_on, procurement_on)
            && p < c
        {
            errs.push(FieldError::new("procurement_on", "procurement-before-consultation"));
        }
        let trl_min = errs.take(trl("trl_min", &self.trl_min, 1));
        let trl_max = errs.take(trl("trl_max", &self.trl_max, 9));
        if let (Some(a), Some(b)) = (trl_min, trl_max)
            && a > b
        {
            errs.push(FieldError::new("trl_max", "trl-min-above-max"));
        }
        let route = match self.route.trim() {
            "" => Some(None),
            r => errs.take(
                ROUTES
                    .iter()
                    .find(|x| **x == r)
                    .map(|x| Some(x.to_string()))
                    .ok_or_else(|| FieldError::new("route", "invalid-choice")),
            ),
        };
        let country = errs.take(Country::parse("country", &self.country));
        let nuts = errs.take(parse_nuts("nuts", &self.nuts, country)).flatten();
        let languages = errs.take(crate::initiatives::choices(
            "languages",
            &self.languages,
            |l| crate::people::language(l).is_some(),
            24,
        ));
        let ip_terms = errs.take(text::optional("ip_terms", &self.ip_terms, 10_000)).map(Option::unwrap_or_default);
        let confidentiality =
            errs.take(text::optional("confidentiality", &self.confidentiality, 10_000)).map(Option::unwrap_or_default);
        errs.clone().into_result()?;
        let ok = (|| {
            let deadline = deadline?;
            Some(ChallengeDraft {
                organisation: organisation?,
                title: title?,
                problem: problem?,
                context: context?,
                outcomes: outcomes?,
                constraints: constraints?,
                sectors: sectors?,
                cpv: cpv?,
                budget_min,
                budget_max,
                currency: currency?,
                interest_deadline: deadline.to_string(),
                question_deadline: questions.unwrap_or(deadline).to_string(),
                consultation_on: consultation_on.map(|d| d.to_string()),
                procurement_on: procurement_on.map(|d| d.to_string()),
                trl_min: trl_min?,
                trl_max: trl_max?,
                route: route?,
                country: country?.code().to_owned(),
                nuts,
                languages: languages?,
                ip_terms: ip_terms?,
                confidentiality: confidentiality?,
            })
        })();
        ok.ok_or(errs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ChallengeInput {
        ChallengeInput {
            organisation: "7".into(),
            title: "Fewer falls in care homes".into(),
            problem: "Residents fall at night and are found late.".into(),
            outcomes: "Falls found within 5 minutes; 30 % fewer injuries in a year.".into(),
            sectors: vec!["health".into()],
            cpv: vec!["33195100".into()],
            budget_min: "200 000".into(),
            budget_max: "500000".into(),
            interest_deadline: "2027-03-01".into(),
            trl_min: "6".into(),
            trl_max: "8".into(),
            route: "ppi".into(),
            country: "be".into(),
            nuts: "BE21".into(),
            ..Default::default()
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, 10).unwrap()
    }

    #[test]
    fn a_challenge_is_read_field_by_field() {
        let d = input().parse(&[7], today()).unwrap();
        assert_eq!(d.cpv, ["33195100-4"], "the check digit is added");
        assert_eq!((d.budget_min, d.budget_max, d.currency.as_str()), (Some(200_000), Some(500_000), "EUR"));
        assert_eq!((d.country.as_str(), d.nuts.as_deref()), ("BE", Some("BE21")));
        assert_eq!(d.question_deadline, "2027-03-01", "questions until the interest deadline by default");
        assert_eq!(input().parse(&[8], today()).unwrap_err().0[0].field, "organisation");
    }

    #[test]
    fn bad_challenges_say_what_is_wrong() {
        let code = |i: ChallengeInput| {
            let e = i.parse(&[7], today()).unwrap_err();
            (e.0[0].field, e.0[0].code)
        };
        assert_eq!(code(ChallengeInput { cpv: vec!["33195100-5".into()], ..input() }), ("cpv", "invalid-cpv"));
        assert_eq!(code(ChallengeInput { cpv: vec!["99999999".into()], ..input() }), ("cpv", "invalid-cpv"));
        assert_eq!(code(ChallengeInput { trl_min: "0".into(), ..input() }), ("trl_min", "invalid-trl"));
        assert_eq!(code(ChallengeInput { trl_max: "10".into(), ..input() }), ("trl_max", "invalid-trl"));
        assert_eq!(
            code(ChallengeInput { trl_min: "8".into(), trl_max: "6".into(), ..input() }),
            ("trl_max", "trl-min-above-max")
        );
        assert_eq!(
            code(ChallengeInput { budget_min: "900000".into(), ..input() }),
            ("budget_max", "budget-min-above-max")
        );
        assert_eq!(code(ChallengeInput { budget_min: "-5".into(), ..input() }), ("budget_min", "invalid-amount"));
        assert_eq!(
            code(ChallengeInput { interest_deadline: "2027-01-09".into(), ..input() }),
            ("interest_deadline", "deadline-in-past")
        );
        assert_eq!(code(ChallengeInput { nuts: "FR10".into(), ..input() }), ("nuts", "nuts-not-in-country"));
        assert_eq!(code(ChallengeInput { route: "handshake".into(), ..input() }), ("route", "invalid-choice"));
        assert_eq!(
            code(ChallengeInput { question_deadline: "2027-04-01".into(), ..input() }),
            ("question_deadline", "questions-after-interest")
        );
    }

    #[test]
    fn states_move_forward_and_closed_is_final() {
        use ChallengeState::*;
        assert!(Draft.next().contains(&Open));
        assert!(!Open.next().contains(&Draft));
        assert!(Procurement.next().contains(&Awarded));
        assert!(!Open.next().contains(&Awarded), "awarded only after a procurement");
        assert!(Awarded.next().is_empty() && Cancelled.is_closed());
        assert_eq!(ChallengeState::parse("not-awarded"), Some(NotAwarded));
    }
}

/// Whether suppliers may still express interest: the challenge is open or in consultation
/// and its interest deadline (`YYYY-MM-DD`, inclusive) has not passed.
pub fn interest_open(state: ChallengeState, interest_deadline: &str, today: NaiveDate) -> bool {
    matches!(state, ChallengeState::Open | ChallengeState::Consultation)
        && NaiveDate::parse_from_str(interest_deadline, "%Y-%m-%d").is_ok_and(|d| today <= d)
}

/// Whether suppliers may still ask questions (same states, until the question deadline).
pub fn questions_open(state: ChallengeState, question_deadline: &str, today: NaiveDate) -> bool {
    interest_open(state, question_deadline, today)
}

/// Where a supplier's expression of interest stands with the buyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InterestState {
    Submitted,
    Shortlisted,
    Declined,
    /// Invited to the challenge's co-creation space.
    Invited,
}

impl InterestState {
    pub const ALL: [Self; 4] = [Self::Submitted, Self::Shortlisted, Self::Declined, Self::Invited];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Shortlisted => "shortlisted",
            Self::Declined => "declined",
            Self::Invited => "invited",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
    /// What the buyer may decide next: shortlist or decline a new one; invite or decline a
    /// shortlisted one; declined and invited are final.
    pub fn next(self) -> &'static [InterestState] {
        use InterestState::*;
        match self {
            Submitted => &[Shortlisted, Declined],
            Shortlisted => &[Invited, Declined],
            Declined | Invited => &[],
        }
    }
}

/// The longest pitch, question, answer or decision message.
pub const MAX_PITCH: usize = 3_000;
pub const MAX_QUESTION: usize = 3_000;
pub const MAX_ANSWER: usize = 10_000;

#[cfg(test)]
mod interest_tests {
    use super::*;

    #[test]
    fn interest_and_questions_close_with_their_deadline() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(interest_open(ChallengeState::Open, "2027-03-01", d("2027-03-01")), "the deadline day counts");
        assert!(!interest_open(ChallengeState::Open, "2027-03-01", d("2027-03-02")));
        assert!(!interest_open(ChallengeState::Draft, "2027-03-01", d("2027-01-01")));
        assert!(!interest_open(ChallengeState::Procurement, "2027-03-01", d("2027-01-01")));
        assert!(questions_open(ChallengeState::Consultation, "2027-03-01", d("2027-02-01")));
    }

    #[test]
    fn the_buyer_decides_each_interest_forward_only() {
        use InterestState::*;
        assert_eq!(Submitted.next(), [Shortlisted, Declined]);
        assert!(!Submitted.next().contains(&Invited), "invite after shortlisting");
        assert!(Invited.next().is_empty() && Declined.next().is_empty());
    }
}
