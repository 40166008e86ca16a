//! Knowledge resources: what the member initiatives and approved organisations publish
//! (guides, case studies, recordings…), tagged so that people find them, in draft,
//! published or archived state.

use crate::organisations::CodeLabel;
use crate::{FieldError, FieldErrors, text};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The kinds of resource.
pub const KINDS: [&str; 10] =
    ["article", "guide", "toolkit", "case-study", "template", "training", "recording", "policy", "report", "faq"];

/// Who a resource is for.
pub const AUDIENCES: [&str; 3] = ["buyers", "suppliers", "policy-makers"];

/// Procedure types (eForms `procurement-procedure-type`).
pub static PROCEDURES: LazyLock<Vec<CodeLabel>> =
    LazyLock::new(|| crate::organisations::code_list(include_str!("../data/procurement-procedure-type.csv"), &[]));

pub fn procedure(code: &str) -> Option<&'static CodeLabel> {
    PROCEDURES.iter().find(|p| p.code == code.trim())
}

/// The currencies of the EU member states (ISO 4217), for a case study's budget.
pub const CURRENCIES: [&str; 7] = ["EUR", "CZK", "DKK", "HUF", "PLN", "RON", "SEK"];

/// What a case study reports: who bought, where, how, when, for how much, what came of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseStudy {
    pub buyer: String,
    /// ISO 3166 alpha-2 (EU).
    pub country: String,
    /// eForms procedure type.
    pub procedure: Option<String>,
    pub year: i32,
    /// The budget in hundredths of `currency`.
    pub budget_cents: Option<i64>,
    pub currency: Option<String>,
    pub results: String,
    pub lessons: String,
}

impl CaseStudy {
    /// The budget as written in `lang` (`1,250,000.50 EUR`, `1 250 000,50 EUR`…).
    pub fn budget(&self, lang: &str) -> Option<String> {
        let cents = self.budget_cents?;
        let (group, decimal) = match lang {
            "fr" => ('\u{202f}', ','),
            "de" => ('.', ','),
            _ => (',', '.'),
        };
        let units = (cents / 100).to_string();
        let mut out = String::new();
        for (k, c) in units.chars().enumerate() {
            if k > 0 && (units.len() - k) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
        if cents % 100 != 0 {
            out.push(decimal);
            out.push_str(&format!("{:02}", cents % 100));
        }
        Some(format!("{out} {}", self.currency.as_deref().unwrap_or("")).trim().to_owned())
    }
}

/// An amount as people type it (`1250000`, `1 250 000,50`, `1,250,000.50`, `1.250.000`)
/// in hundredths; `None` if it is not one.
pub fn parse_amount(raw: &str) -> Option<i64> {
    let t: String = raw.trim().chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\'').collect();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    // The last separator followed by one or two digits is the decimal one; others group.
    let (whole, frac) = match t.rfind(['.', ',']) {
        Some(k) if t.len() - k - 1 <= 2 && t.len() - k > 1 => (&t[..k], &t[k + 1..]),
        _ => (t.as_str(), ""),
    };
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    let units: i64 = digits.parse().ok()?;
    let cents: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().ok()? * 10,
        _ => frac.parse().ok()?,
    };
    Some(units * 100 + cents)
}

/// Where a resource stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Draft,
    Published,
    Archived,
}

impl State {
    pub const ALL: [State; 3] = [State::Draft, State::Published, State::Archived];
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

/// Who publishes: a member initiative or an approved organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Publisher {
    Initiative(i64),
    Organisation(i64),
}

impl Publisher {
    /// `initiative:ID` or `organisation:ID`, as forms carry it.
    pub fn parse(s: &str) -> Option<Self> {
        let (kind, id) = s.trim().split_once(':')?;
        let id: i64 = id.parse().ok().filter(|i| *i > 0)?;
        match kind {
            "initiative" => Some(Self::Initiative(id)),
            "organisation" => Some(Self::Organisation(id)),
            _ => None,
        }
    }
    pub fn key(self) -> String {
        match self {
            Self::Initiative(i) => format!("initiative:{i}"),
            Self::Organisation(o) => format!("organisation:{o}"),
        }
    }
}

/// What the resource form or JSON body says, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ResourceInput {
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Markdown.
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub audiences: Vec<String>,
    #[serde(default)]
    pub procedures: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub cpv: Vec<String>,
    /// A case study's outcome (read only when `kind` is `case-study`).
    #[serde(default)]
    pub case_buyer: String,
    #[serde(default)]
    pub case_country: String,
    #[serde(default)]
    pub case_procedure: String,
    #[serde(default)]
    pub case_year: String,
    #[serde(default)]
    pub case_budget: String,
    #[serde(default)]
    pub case_currency: String,
    #[serde(default)]
    pub case_results: String,
    #[serde(default)]
    pub case_lessons: String,
}

/// A valid resource (without its state, which has its own actions).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResourceDraft {
    pub publisher: Publisher,
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub link: Option<String>,
    /// eForms language code (`ENG`, `FRA`…).
    pub language: String,
    pub topics: Vec<String>,
    pub sectors: Vec<String>,
    pub audiences: Vec<String>,
    pub procedures: Vec<String>,
    pub countries: Vec<String>,
    pub cpv: Vec<String>,
    /// For case studies.
    #[serde(default)]
    pub case_study: Option<CaseStudy>,
}

/// Codes from a fixed list, each once, in the order given; an unknown one is an error.
fn codes(
    field: &'static str,
    raw: &[String],
    known: impl Fn(&str) -> Option<String>,
) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for c in raw.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let code = known(c).ok_or_else(|| FieldError::new(field, "invalid-choice"))?;
        if !out.contains(&code) {
            out.push(code);
        }
    }
    if out.len() > 30 {
        return Err(FieldError::with_limit(field, "too-many", 30));
    }
    Ok(out)
}

impl ResourceInput {
    /// Checks the resource; `publishers` are the ones the author may publish for. Topics
    /// are the curriculum's.
    pub fn parse(&self, publishers: &[Publisher]) -> Result<ResourceDraft, FieldErrors> {
        self.parse_with(publishers, &[])
    }

    /// Like [`ResourceInput::parse`], with the topics an administrator added.
    pub fn parse_with(&self, publishers: &[Publisher], added_topics: &[String]) -> Result<ResourceDraft, FieldErrors> {
        let mut errs = FieldErrors::new();
        let publisher = errs.take(
            Publisher::parse(&self.publisher)
                .filter(|p| publishers.contains(p))
                .ok_or_else(|| FieldError::new("publisher", "invalid-choice")),
        );
        let kind = errs.take(
            KINDS
                .iter()
                .find(|k| **k == self.kind.trim())
                .map(|k| k.to_string())
                .ok_or_else(|| FieldError::new("kind", "invalid-choice")),
        );
        let title = errs.take(text::required("title", &self.title, 200));
        let summary = errs.take(text::required("summary", &self.summary, 1000));
        let body = errs.take(text::optional("body", &self.body, 100_000)).map(Option::unwrap_or_default);
        let link = errs.take(text::optional_url("link", &self.link)).flatten();
        let language = errs.take(
            crate::people::language(&self.language)
                .map(|l| l.code.clone())
                .ok_or_else(|| FieldError::new("language", "invalid-choice")),
        );
        let topics = errs.take(codes("topics", &self.topics, |t| {
            (crate::initiatives::TOPICS.contains(&t) || added_topics.iter().any(|a| a == t)).then(|| t.to_owned())
        }));
        let sectors =
            errs.take(codes("sectors", &self.sectors, |s| crate::organisations::sector(s).map(|c| c.code.clone())));
        let audiences =
            errs.take(codes("audiences", &self.audiences, |a| AUDIENCES.contains(&a).then(|| a.to_owned())));
        let procedures = errs.take(codes("procedures", &self.procedures, |p| procedure(p).map(|c| c.code.clone())));
        let countries = errs.take(codes("countries", &self.countries, |c| {
            crate::geo::Country::parse("countries", c).ok().map(|c| c.code().to_owned())
        }));
        let cpv =
            errs.take(codes("cpv", &self.cpv, |c| crate::organisations::cpv_any(c).map(|(code, _)| code.to_owned())));
        let case_study = if kind.as_deref() == Some("case-study") { self.case_study(&mut errs) } else { None };
        let procedures = procedures.map(|mut p| {
            // The procedure a case study used is one of its procedure tags.
            if let Some(c) = case_study.as_ref().and_then(|c| c.procedure.clone())
                && !p.contains(&c)
            {
                p.push(c);
            }
            p
        });
        errs.clone().into_result()?;
        match (publisher, kind, title, summary, body, language, topics, sectors, audiences, procedures, countries, cpv)
        {
            (
                Some(publisher),
                Some(kind),
                Some(title),
                Some(summary),
                Some(body),
                Some(language),
                Some(topics),
                Some(sectors),
                Some(audiences),
                Some(procedures),
                Some(countries),
                Some(cpv),
            ) => Ok(ResourceDraft {
                publisher,
                kind,
                title,
                summary,
                body,
                link,
                language,
                topics,
                sectors,
                audiences,
                procedures,
                countries,
                cpv,
                case_study,
            }),
            _ => Err(errs),
        }
    }

    /// A case study's outcome: buyer, country and year required; a budget needs its
    /// currency.
    fn case_study(&self, errs: &mut FieldErrors) -> Option<CaseStudy> {
        let buyer = errs.take(text::required("case_buyer", &self.case_buyer, 200));
        let country =
            errs.take(crate::geo::Country::parse("case_country", &self.case_country).map(|c| c.code().to_owned()));
        let procedure = errs.take(match self.case_procedure.trim() {
            "" => Ok(None),
            p => procedure(p)
                .map(|c| Some(c.code.clone()))
                .ok_or_else(|| FieldError::new("case_procedure", "invalid-choice")),
        });
        let year = errs.take(match self.case_year.trim() {
            "" => Err(FieldError::new("case_year", "required")),
            y => y
                .parse::<i32>()
                .ok()
                .filter(|y| (1990..=2100).contains(y))
                .ok_or_else(|| FieldError::new("case_year", "invalid-year")),
        });
        let budget_cents = errs.take(match self.case_budget.trim() {
            "" => Ok(None),
            b => parse_amount(b).map(Some).ok_or_else(|| FieldError::new("case_budget", "invalid-amount")),
        });
        let currency = errs.take(match (self.case_currency.trim(), budget_cents) {
            ("", Some(Some(_))) => Err(FieldError::new("case_currency", "required")),
            ("", _) => Ok(None),
            (c, _) => CURRENCIES
                .iter()
                .find(|x| **x == c)
                .map(|c| Some(c.to_string()))
                .ok_or_else(|| FieldError::new("case_currency", "invalid-choice")),
        });
        let results = errs.take(text::optional("case_results", &self.case_results, 5000));
        let lessons = errs.take(text::optional("case_lessons", &self.case_lessons, 5000));
        Some(CaseStudy {
            buyer: buyer?,
            country: country?,
            procedure: procedure?,
            year: year?,
            budget_cents: budget_cents?,
            currency: currency?,
            results: results?.unwrap_or_default(),
            lessons: lessons?.unwrap_or_default(),
        })
    }
}

/// Whether a resource has something to read: a text, a link or a file (to be published).
pub fn has_content(d: &ResourceDraft, files: usize) -> bool {
    !d.body.trim().is_empty() || d.link.is_some() || files > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ResourceInput {
        ResourceInput {
            publisher: "initiative:3".into(),
            kind: "guide".into(),
            title: "Running a market consultation".into(),
            summary: "Step by step.".into(),
            body: "## Steps".into(),
            language: "FRA".into(),
            topics: vec!["market-consultation".into()],
            audiences: vec!["buyers".into()],
            procedures: vec!["innovation".into()],
            countries: vec!["FR".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_resource() {
        let r = input().parse(&[Publisher::Initiative(3)]).unwrap();
        assert_eq!(r.kind, "guide");
        assert_eq!(r.language, "FRA");
        assert_eq!(r.procedures, ["innovation"]);
        assert_eq!(PROCEDURES.len(), 10);
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = ResourceInput {
            publisher: "initiative:4".into(),
            kind: "poem".into(),
            link: "javascript:alert(1)".into(),
            language: "XXX".into(),
            topics: vec!["cooking".into()],
            procedures: vec!["bribe".into()],
            countries: vec!["US".into()],
            ..Default::default()
        };
        let errs = bad.parse(&[Publisher::Initiative(3)]).unwrap_err();
        let fields: Vec<&str> = errs.0.iter().map(|e| e.field).collect();
        for f in ["publisher", "kind", "title", "summary", "link", "language", "topics", "procedures", "countries"] {
            assert!(fields.contains(&f), "{f} in {fields:?}");
        }
        let empty = ResourceInput { body: String::new(), link: String::new(), ..input() };
        assert!(!has_content(&empty.parse(&[Publisher::Initiative(3)]).unwrap(), 0));
        assert!(has_content(&empty.parse(&[Publisher::Initiative(3)]).unwrap(), 1));
        assert_eq!(Publisher::parse("organisation:7"), Some(Publisher::Organisation(7)));
        assert_eq!(Publisher::parse("user:7"), None);
    }

    #[test]
    fn case_studies_carry_their_outcome() {
        let case = ResourceInput {
            kind: "case-study".into(),
            case_buyer: "Ville de Lyon".into(),
            case_country: "FR".into(),
            case_procedure: "comp-dial".into(),
            case_year: "2023".into(),
            case_budget: "1 250 000,50".into(),
            case_currency: "EUR".into(),
            case_results: "Fewer emissions.".into(),
            ..input()
        };
        let d = case.parse(&[Publisher::Initiative(3)]).unwrap();
        let c = d.case_study.clone().unwrap();
        assert_eq!(c.budget_cents, Some(125_000_050));
        assert_eq!(c.budget("en").unwrap(), "1,250,000.50 EUR");
        assert_eq!(c.budget("de").unwrap(), "1.250.000,50 EUR");
        assert!(d.procedures.contains(&"comp-dial".to_owned()), "{:?}", d.procedures);
        // Other kinds ignore the outcome fields.
        let guide = ResourceInput { kind: "guide".into(), ..case.clone() };
        assert_eq!(guide.parse(&[Publisher::Initiative(3)]).unwrap().case_study, None);
        let bad = ResourceInput {
            case_buyer: String::new(),
            case_country: "US".into(),
            case_procedure: "bribe".into(),
            case_year: "1850".into(),
            case_budget: "lots".into(),
            case_currency: "XXX".into(),
            ..case.clone()
        };
        let fields: Vec<&str> = bad.parse(&[Publisher::Initiative(3)]).unwrap_err().0.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["case_buyer", "case_country", "case_procedure", "case_year", "case_budget", "case_currency"]
        );
        let no_currency = ResourceInput { case_currency: String::new(), ..case };
        assert_eq!(no_currency.parse(&[Publisher::Initiative(3)]).unwrap_err().0[0].field, "case_currency");
        for (raw, cents) in
            [("1250000", 125_000_000), ("1,250,000.5", 125_000_050), ("1.250.000", 125_000_000), ("12,5", 1250)]
        {
            assert_eq!(parse_amount(raw), Some(cents), "{raw}");
        }
        assert_eq!(parse_amount("-5"), None);
        assert_eq!(parse_amount("1e9"), None);
    }

    #[test]
    fn any_cpv_code_of_the_main_vocabulary_tags_a_resource() {
        let with = |codes: &[&str]| {
            ResourceInput { cpv: codes.iter().map(|c| c.to_string()).collect(), ..input() }
                .parse(&[Publisher::Initiative(3)])
        };
        // A class four levels down, with or without its check digit.
        assert_eq!(with(&["33195100-4", "72212000"]).unwrap().cpv, ["33195100-4", "72212000-4"]);
        assert_eq!(with(&["33195100-5"]).unwrap_err().0[0].field, "cpv");
        assert_eq!(with(&["99999999-9"]).unwrap_err().0[0].field, "cpv");
        let labels = crate::organisations::cpv_labels_all("33195100-4");
        assert_eq!(labels.len(), 24);
        assert!(labels.iter().any(|l| l == "Moniteurs") && labels.iter().any(|l| l == "Monitoren"), "{labels:?}");
    }
}
