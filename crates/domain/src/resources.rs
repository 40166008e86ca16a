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
    /// Checks the resource; `publishers` are the ones the author may publish for.
    pub fn parse(&self, publishers: &[Publisher]) -> Result<ResourceDraft, FieldErrors> {
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
        if body.as_deref().is_some_and(str::is_empty) && link.is_none() && !errs.0.iter().any(|e| e.field == "link") {
            errs.push(FieldError::new("body", "body-or-link"));
        }
        let language = errs.take(
            crate::people::language(&self.language)
                .map(|l| l.code.clone())
                .ok_or_else(|| FieldError::new("language", "invalid-choice")),
        );
        let topics =
            errs.take(codes("topics", &self.topics, |t| crate::initiatives::TOPICS.contains(&t).then(|| t.to_owned())));
        let sectors =
            errs.take(codes("sectors", &self.sectors, |s| crate::organisations::sector(s).map(|c| c.code.clone())));
        let audiences =
            errs.take(codes("audiences", &self.audiences, |a| AUDIENCES.contains(&a).then(|| a.to_owned())));
        let procedures = errs.take(codes("procedures", &self.procedures, |p| procedure(p).map(|c| c.code.clone())));
        let countries = errs.take(codes("countries", &self.countries, |c| {
            crate::geo::Country::parse("countries", c).ok().map(|c| c.code().to_owned())
        }));
        let cpv = errs.take(codes("cpv", &self.cpv, |c| crate::organisations::cpv(c).map(|x| x.code.clone())));
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
            }),
            _ => Err(errs),
        }
    }
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
        assert_eq!(empty.parse(&[Publisher::Initiative(3)]).unwrap_err().0[0].code, "body-or-link");
        assert_eq!(Publisher::parse("organisation:7"), Some(Publisher::Organisation(7)));
        assert_eq!(Publisher::parse("user:7"), None);
    }
}
