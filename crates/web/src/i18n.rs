//! Interface text through Fluent (`locales/<lang>/main.ftl`). Handlers and templates ask a
//! [`Tr`] for a message by key; plural forms follow CLDR rules inside the `.ftl` files.

use domain::FieldError;
use domain::accounts::Language;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use std::borrow::{Borrow, Cow};
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN: LanguageIdentifier = langid!("en");
static FR: LanguageIdentifier = langid!("fr");
static DE: LanguageIdentifier = langid!("de");

/// The translator of one request.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub lang: Language,
}

impl Tr {
    pub fn new(lang: Language) -> Self {
        Self { lang }
    }
    fn id(&self) -> &'static LanguageIdentifier {
        match self.lang {
            Language::En => &EN,
            Language::Fr => &FR,
            Language::De => &DE,
        }
    }
    pub fn tag(&self) -> &'static str {
        self.lang.tag()
    }
    /// The message `key`. A missing key shows as the key itself, which the tests catch.
    pub fn t(&self, key: &str) -> String {
        LOCALES.try_lookup(self.id(), key).unwrap_or_else(|| key.to_owned())
    }
    /// The message `key` with one named argument.
    pub fn ta(&self, key: &str, name: &'static str, value: &str) -> String {
        self.args(key, &[(name, FluentValue::from(value.to_owned()))])
    }
    /// The message `key` with `$count` (selects the plural form).
    pub fn tn(&self, key: &str, count: impl Borrow<i64>) -> String {
        self.args(key, &[("count", FluentValue::from(*count.borrow()))])
    }
    /// The message `key` with `$count` (for the plural form) and `$n`, the same number
    /// written as the language writes it (`12,500`, `12 500`, `12.500`).
    pub fn tnum(&self, key: &str, count: i64) -> String {
        self.args(key, &[("count", FluentValue::from(count)), ("n", FluentValue::from(self.number(count)))])
    }
    /// A whole number with the language's CLDR grouping separator: en "12,500",
    /// fr "12 500" (narrow no-break space), de "12.500".
    pub fn number(&self, n: i64) -> String {
        let sep = match self.lang {
            Language::En => ",",
            Language::Fr => "\u{202f}",
            Language::De => ".",
        };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
        if n < 0 {
            out.push('-');
        }
        for (k, d) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(d);
        }
        out
    }
    pub fn args(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        LOCALES.try_lookup_with_args(self.id(), key, &map).unwrap_or_else(|| key.to_owned())
    }
    /// The sentence for a validation error, e.g. "Enter at most 200 characters."
    pub fn field_error(&self, e: &FieldError) -> String {
        let key = format!("error-{}", e.code);
        match (e.limit, &e.subject) {
            (Some(n), _) => self.args(&key, &[("limit", FluentValue::from(n as i64))]),
            (None, Some(name)) => self.ta(&key, "name", name),
            (None, None) => self.t(&key),
        }
    }
    /// A date and time in UTC, in the language's own CLDR medium date and short time
    /// formats joined by its date-time pattern, with the zone named:
    /// en (en-GB, the EU's English) "26 Nov 2026, 14:05 UTC", fr "26 nov. 2026, 14:05 UTC",
    /// de "26.11.2026, 14:05 UTC".
    pub fn datetime(&self, unix: impl Borrow<i64>) -> String {
        let Some(dt) = chrono::DateTime::from_timestamp(*unix.borrow(), 0) else { return String::new() };
        format!("{}, {} UTC", self.date_of(&dt), dt.format("%H:%M"))
    }

    /// A date alone, in the language's CLDR medium date format.
    pub fn date(&self, unix: impl Borrow<i64>) -> String {
        chrono::DateTime::from_timestamp(*unix.borrow(), 0).map(|dt| self.date_of(&dt)).unwrap_or_default()
    }

    fn date_of(&self, dt: &chrono::DateTime<chrono::Utc>) -> String {
        use chrono::Datelike;
        // CLDR abbreviated month names (format context) of en-GB and fr.
        const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
        const FR: [&str; 12] =
            ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
        let m = dt.month0() as usize;
        match self.lang {
            Language::En => format!("{} {} {}", dt.day(), EN[m], dt.year()),
            Language::Fr => format!("{} {} {}", dt.day(), FR[m], dt.year()),
            Language::De => dt.format("%d.%m.%Y").to_string(),
        }
    }
    pub fn datetime_opt(&self, unix: impl Borrow<Option<i64>>) -> String {
        unix.borrow().map(|t| self.datetime(t)).unwrap_or_else(|| "—".into())
    }
    pub fn country(&self, code: &str) -> String {
        domain::geo::Country::parse("country", code).map(|c| c.info().name(self.lang).to_owned()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn dates_follow_each_languages_own_format() {
        let t = 1_795_701_900; // 2026-11-26 14:05 UTC
        let tr = |lang| Tr { lang };
        assert_eq!(tr(Language::En).datetime(t), "26 Nov 2026, 14:05 UTC");
        assert_eq!(tr(Language::Fr).datetime(t), "26 nov. 2026, 14:05 UTC");
        assert_eq!(tr(Language::De).datetime(t), "26.11.2026, 14:05 UTC");
        assert_eq!(tr(Language::Fr).date(1_785_542_400), "1 août 2026");
        assert_eq!(tr(Language::En).date(1_788_220_800), "1 Sept 2026");
    }

    fn keys(lang: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{lang}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let en = keys("en");
        assert!(en.len() > 100);
        for lang in ["fr", "de"] {
            let other = keys(lang);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, extra {extra:?}");
        }
    }

    /// Every key that the code and the templates ask for exists in English.
    #[test]
    fn every_used_key_exists() {
        let en = keys("en");
        let root = env!("CARGO_MANIFEST_DIR");
        let mut used = BTreeSet::new();
        let mut stack = vec![std::path::PathBuf::from(format!("{root}/src")), format!("{root}/templates").into()];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap();
                for pat in [".t(\"", ".ta(\"", ".tn(\"", ".args(\"", "key: \"", "tkey!(\"", ".tnum(\""] {
                    for part in text.split(pat).skip(1) {
                        let key = part.split('"').next().unwrap();
                        if !key.is_empty()
                            && key.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                        {
                            used.insert(key.to_owned());
                        }
                    }
                }
            }
        }
        let missing: Vec<_> = used.difference(&en).collect();
        assert!(missing.is_empty(), "keys used but not in locales/en/main.ftl: {missing:?}");
    }

    #[test]
    fn plurals_follow_each_language() {
        let en = Tr::new(Language::En);
        let fr = Tr::new(Language::Fr);
        assert_eq!(en.tn("members-count", 1), "1 member");
        assert_eq!(en.tn("members-count", 0), "0 members");
        // French treats 0 and 1 as singular.
        assert_eq!(fr.tn("members-count", 0), "0 membre");
        assert_eq!(fr.tn("members-count", 2), "2 membres");
        assert_eq!(Tr::new(Language::De).tn("members-count", 1), "1 Mitglied");
    }
}
