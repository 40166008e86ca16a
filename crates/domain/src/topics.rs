//! Topics an administrator adds to the nine curriculum topics (`initiatives::TOPICS`):
//! a name in English, French and German; the code is made from the English name.

use crate::{FieldError, FieldErrors, text};
use serde::{Deserialize, Serialize};

/// An added topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub code: String,
    pub en: String,
    pub fr: String,
    pub de: String,
}

impl Topic {
    pub fn label(&self, lang: crate::accounts::Language) -> &str {
        match lang {
            crate::accounts::Language::En => &self.en,
            crate::accounts::Language::Fr => &self.fr,
            crate::accounts::Language::De => &self.de,
        }
    }
}

/// What the form or JSON body says.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TopicInput {
    #[serde(default)]
    pub label_en: String,
    #[serde(default)]
    pub label_fr: String,
    #[serde(default)]
    pub label_de: String,
}

/// The code of a name: its letters and digits, folded and lower case, joined by `-`.
pub fn code_of(name: &str) -> String {
    let folded = text::fold(name);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut code = words.join("-");
    code.truncate(40);
    code.trim_end_matches('-').to_owned()
}

impl TopicInput {
    pub fn parse(&self) -> Result<Topic, FieldErrors> {
        let mut errs = FieldErrors::new();
        let en = errs.take(text::required("label_en", &self.label_en, 80));
        let fr = errs.take(text::required("label_fr", &self.label_fr, 80));
        let de = errs.take(text::required("label_de", &self.label_de, 80));
        let code = en.as_deref().map(code_of).unwrap_or_default();
        if en.is_some() && code.is_empty() {
            errs.push(FieldError::new("label_en", "topic-needs-letters"));
        }
        if crate::initiatives::TOPICS.contains(&code.as_str()) {
            errs.push(FieldError::new("label_en", "taken"));
        }
        errs.clone().into_result()?;
        match (en, fr, de) {
            (Some(en), Some(fr), Some(de)) => Ok(Topic { code, en, fr, de }),
            _ => Err(errs),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_topic_gets_its_code_from_its_english_name() {
        let t = TopicInput {
            label_en: "  Green & social procurement ".into(),
            label_fr: "Achats verts et sociaux".into(),
            label_de: "Grüne und soziale Beschaffung".into(),
        }
        .parse()
        .unwrap();
        assert_eq!(t.code, "green-social-procurement");
        assert_eq!(t.en, "Green & social procurement");
        assert_eq!(code_of("Énergie — réseaux"), "energie-reseaux");
        let errs = TopicInput { label_en: "!!!".into(), ..Default::default() }.parse().unwrap_err();
        let fields: Vec<&str> = errs.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["label_fr", "label_de", "label_en"]);
        // A curriculum topic's code is not taken twice.
        let pcp = TopicInput { label_en: "PCP".into(), label_fr: "x".into(), label_de: "y".into() }.parse();
        assert_eq!(pcp.unwrap_err().0[0].code, "taken");
    }
}
