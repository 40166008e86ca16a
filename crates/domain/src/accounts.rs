//! People's accounts: e-mail addresses, names, passwords (NIST SP 800-63B rules),
//! account status and languages, and how long a mailed link stays valid.

use crate::{FieldError, UnixTime, text};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::LazyLock;

/// A syntactically valid address, stored lower-cased so that uniqueness ignores case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let t = raw.trim();
        if t.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        if t.chars().count() > 254 {
            return Err(FieldError::with_limit(field, "too-long", 254));
        }
        let invalid = || FieldError::new(field, "invalid-email");
        let (local, domain) = t.rsplit_once('@').ok_or_else(invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && local.chars().all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[],;:\\\"".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !local_ok || !domain_ok {
            return Err(invalid());
        }
        Ok(Self(t.to_lowercase()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Trusts a value that was validated before it was stored.
    pub fn from_stored(s: String) -> Self {
        Self(s)
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's display name.
pub fn person_name(field: &'static str, raw: &str) -> Result<String, FieldError> {
    text::required(field, raw, 100)
}

pub const PASSWORD_MIN: usize = 12;

/// An account whose address is not confirmed within 7 days of registering is erased
/// (the confirmation link lasts 48 hours; a new one can be asked for meanwhile).
pub const UNCONFIRMED_RETENTION_SECS: i64 = 7 * 86_400;
pub const PASSWORD_MAX: usize = 256;

static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("../data/common-passwords.txt").lines().collect());

/// A password that satisfies NIST SP 800-63B: at least 12 characters, at most 256,
/// not a known common password, not the user's own e-mail or name, not one repeated
/// character. No composition rules (they do not help, per the same guideline).
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub fn parse(field: &'static str, raw: &str, context: &[&str]) -> Result<Self, FieldError> {
        let n = raw.chars().count();
        if n == 0 {
            return Err(FieldError::new(field, "required"));
        }
        if n < PASSWORD_MIN {
            return Err(FieldError::with_limit(field, "password-too-short", PASSWORD_MIN));
        }
        if n > PASSWORD_MAX {
            return Err(FieldError::with_limit(field, "too-long", PASSWORD_MAX));
        }
        let lower = raw.to_lowercase();
        let first = lower.chars().next();
        if COMMON_PASSWORDS.contains(lower.as_str())
            || lower.chars().all(|c| Some(c) == first)
            || context.iter().any(|c| !c.trim().is_empty() && lower == c.trim().to_lowercase())
        {
            return Err(FieldError::new(field, "password-common"));
        }
        if let Some(code) = weakness(raw, &lower, context) {
            return Err(FieldError::new(field, code));
        }
        Ok(Self(raw.to_owned()))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Words of the hub itself, in its three languages: a password built on them is easy to
/// guess here whatever the dictionaries say.
const SITE_WORDS: &[&str] = &[
    "iptf",
    "hub",
    "innovation",
    "procurement",
    "public",
    "task",
    "force",
    "taskforce",
    "europe",
    "european",
    "beschaffung",
    "innovationsbeschaffung",
    "vergabe",
    "öffentlich",
    "achat",
    "achats",
    "marché",
    "marchés",
    "commande",
    "publique",
    "européen",
    "européenne",
];

/// Why `raw` is too easy to guess, estimated as zxcvbn does (dictionaries of common
/// passwords, names and words; keyboard patterns, repeats, sequences, dates) with the
/// person's own name and address and the hub's words as extra dictionary: a code for a
/// message that explains it, or `None` when it would take more than 10^10 guesses.
fn weakness(raw: &str, lower: &str, context: &[&str]) -> Option<&'static str> {
    use zxcvbn::feedback::Warning as W;
    // The person's name and address, and their parts (given name, domain, …).
    let personal: Vec<String> = context
        .iter()
        .flat_map(|c| {
            let c = c.trim().to_lowercase();
            let mut parts: Vec<String> = c
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|p| p.chars().count() >= 3)
                .map(str::to_owned)
                .collect();
            // "stadt-koeln.de" is also typed as "stadtkoeln".
            parts.extend(
                c.split(|ch: char| ch.is_whitespace() || ch == '@' || ch == '.')
                    .map(|seg| seg.chars().filter(|ch| ch.is_alphanumeric()).collect::<String>())
                    .filter(|p| p.chars().count() >= 3),
            );
            std::iter::once(c).chain(parts)
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut inputs: Vec<&str> = SITE_WORDS.to_vec();
    inputs.extend(personal.iter().map(String::as_str));
    let estimate = zxcvbn::zxcvbn(raw, &inputs);
    if estimate.score() >= zxcvbn::Score::Three {
        return None;
    }
    if personal.iter().any(|w| w.chars().count() >= 4 && lower.contains(w.as_str())) {
        return Some("password-personal");
    }
    Some(match estimate.feedback().and_then(|f| f.warning()) {
        Some(W::ThisIsATop10Password | W::ThisIsATop100Password | W::ThisIsACommonPassword)
        | Some(W::ThisIsSimilarToACommonlyUsedPassword) => "password-common",
        Some(
            W::StraightRowsOfKeysAreEasyToGuess
            | W::ShortKeyboardPatternsAreEasyToGuess
            | W::RepeatsLikeAaaAreEasyToGuess
            | W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
            | W::SequencesLikeAbcAreEasyToGuess,
        ) => "password-pattern",
        Some(W::RecentYearsAreEasyToGuess | W::DatesAreOftenEasyToGuess) => "password-dates",
        Some(
            W::AWordByItselfIsEasyToGuess
            | W::NamesAndSurnamesByThemselvesAreEasyToGuess
            | W::CommonNamesAndSurnamesAreEasyToGuess,
        ) => "password-words",
        _ => "password-weak",
    })
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

/// Where an account stands with the administrators. A pending account can use the hub;
/// approval makes it a verified member; a rejected one can no longer sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountStatus {
    Pending,
    Approved,
    Rejected,
}

impl AccountStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
        }
    }
    pub fn from_str_opt(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(Self::Pending),
            "approved" => Some(Self::Approved),
            "rejected" => Some(Self::Rejected),
            _ => None,
        }
    }
    pub fn from_stored(s: &str) -> Self {
        Self::from_str_opt(s).unwrap_or(Self::Pending)
    }
}

/// Interface languages with complete translations. Adding one is adding its files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    De,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::Fr, Language::De];
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::De => "de",
        }
    }
    /// The language's name in itself, as a language picker shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::De => "Deutsch",
        }
    }
    /// Accepts a BCP 47 tag and keeps its primary language subtag (`fr-BE` → `fr`).
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.tag() == primary)
    }
    /// The best supported language of an `Accept-Language` header, by quality value.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut best: Option<(f32, Self)> = None;
        for part in accept_language.split(',') {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("").trim();
            let q = it.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
            if let Some(lang) = Self::from_tag(tag)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, lang));
            }
        }
        best.map(|(_, l)| l)
    }
}

/// What a mailed single-use link is for, and how long it stays valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    ConfirmEmail,
    ResetPassword,
    ChangeEmail,
}

impl LinkPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ConfirmEmail => "confirm",
            Self::ResetPassword => "reset",
            Self::ChangeEmail => "change-email",
        }
    }
    /// A reset link is short-lived because it grants the account; the others only prove
    /// that a mailbox is read.
    pub fn lifetime_secs(self) -> i64 {
        match self {
            Self::ResetPassword => 60 * 60,
            Self::ConfirmEmail | Self::ChangeEmail => 48 * 60 * 60,
        }
    }
    pub fn expires_at(self, now: UnixTime) -> UnixTime {
        now + self.lifetime_secs()
    }
}

/// Sessions last two weeks from their last use.
pub const SESSION_IDLE_SECS: i64 = 14 * 24 * 60 * 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(Email::parse("e", " Ana@Example.EU ").unwrap().as_str(), "ana@example.eu");
        for bad in ["", "ana", "ana@", "@x.eu", "ana@x", "a b@x.eu", "ana@-x.eu", "ana@x..eu", "a<b@x.eu"] {
            assert!(Email::parse("e", bad).is_err(), "{bad}");
        }
        assert_eq!(Email::parse("e", "").unwrap_err().code, "required");
        assert_eq!(Email::parse("e", "nope").unwrap_err().code, "invalid-email");
    }

    #[test]
    fn passwords_follow_nist() {
        assert!(Password::parse("p", "correct horse battery", &[]).is_ok());
        assert_eq!(Password::parse("p", "short", &[]).unwrap_err().code, "password-too-short");
        assert_eq!(Password::parse("p", "", &[]).unwrap_err().code, "required");
        assert_eq!(Password::parse("p", "1qaz2wsx3edc", &[]).unwrap_err().code, "password-common");
        assert_eq!(Password::parse("p", "QWERTY123456", &[]).unwrap_err().code, "password-common");
        assert_eq!(Password::parse("p", "aaaaaaaaaaaaaa", &[]).unwrap_err().code, "password-common");
        assert_eq!(Password::parse("p", "ana@example.eu", &["ana@example.eu"]).unwrap_err().code, "password-common");
        assert_eq!(Password::parse("p", &"x".repeat(300), &[]).unwrap_err().code, "too-long");
        // Length counts characters: 12 accented letters are enough.
        assert!(Password::parse("p", "éàüößçñøåæœë", &[]).is_ok());
    }

    #[test]
    fn guessable_passwords_are_refused_with_the_reason() {
        let code = |pw: &str, ctx: &[&str]| Password::parse("p", pw, ctx).err().map(|e| e.code);
        // Not English, still common.
        assert!(code("passwort1234", &[]).is_some(), "passwort1234 is refused");
        assert!(code("motdepasse123", &[]).is_some());
        assert!(code("Qwertzuiop12", &[]).is_some(), "a German keyboard row");
        assert_eq!(code("abcdefgh1234", &[]), Some("password-pattern"));
        assert_eq!(code("Schneider2026", &["Anna Schneider", "anna@stadt-koeln.de"]), Some("password-personal"));
        assert_eq!(code("stadtkoeln2026", &["Anna Schneider", "anna@stadt-koeln.de"]), Some("password-personal"));
        assert!(code("innovationprocurement", &[]).is_some(), "the hub's own words");
        assert!(code("procurement1", &[]).is_some());
        // Long passphrases pass.
        assert_eq!(code("a perfectly long passphrase", &["Ana", "ana@city.example"]), None);
        assert_eq!(code("correct horse battery", &[]), None);
        assert_eq!(code("Fahrrad Kaffee Brücke 7", &[]), None);
    }

    #[test]
    fn language_negotiation() {
        assert_eq!(Language::negotiate("fr-BE,fr;q=0.9,en;q=0.8"), Some(Language::Fr));
        assert_eq!(Language::negotiate("it, de;q=0.5, en;q=0.7"), Some(Language::En));
        assert_eq!(Language::negotiate("it, es"), None);
        assert_eq!(Language::negotiate("de;q=0, fr;q=0.1"), Some(Language::Fr));
        assert_eq!(Language::from_tag("DE-at"), Some(Language::De));
    }

    #[test]
    fn reset_links_expire_sooner() {
        assert!(LinkPurpose::ResetPassword.lifetime_secs() < LinkPurpose::ConfirmEmail.lifetime_secs());
        assert_eq!(LinkPurpose::ResetPassword.expires_at(100), 3700);
    }
}

/// What a personal access token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenScope {
    /// Reading only: every unsafe method is refused.
    Read,
    /// Reading and writing what the account may write (tokens themselves excepted).
    ReadWrite,
}

impl TokenScope {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::ReadWrite => "read-write",
        }
    }
    pub fn parse(field: &'static str, s: &str) -> Result<Self, crate::FieldError> {
        match s.trim() {
            "read" => Ok(Self::Read),
            "read-write" | "" => Ok(Self::ReadWrite),
            _ => Err(crate::FieldError::new(field, "invalid-choice")),
        }
    }
    pub fn from_stored(s: &str) -> Self {
        if s == "read" { Self::Read } else { Self::ReadWrite }
    }
    /// The interface text that names it.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Read => "token-scope-read",
            Self::ReadWrite => "token-scope-read-write",
        }
    }
}

/// The longest a token may live: a year.
pub const TOKEN_MAX_DAYS: i64 = 366;

/// A token's lifetime in days, as typed: empty for no expiry, else 1 to [`TOKEN_MAX_DAYS`].
/// Returns the expiry instant.
pub fn token_expiry(field: &'static str, days: &str, now: i64) -> Result<Option<i64>, crate::FieldError> {
    let days = days.trim();
    if days.is_empty() {
        return Ok(None);
    }
    match days.parse::<i64>() {
        Ok(d) if (1..=TOKEN_MAX_DAYS).contains(&d) => Ok(Some(now + d * 86_400)),
        Ok(_) => Err(crate::FieldError::with_limit(field, "out-of-range-days", TOKEN_MAX_DAYS as usize)),
        Err(_) => Err(crate::FieldError::new(field, "invalid-number")),
    }
}

#[cfg(test)]
mod token_tests {
    use super::*;

    #[test]
    fn scopes_and_expiries() {
        assert_eq!(TokenScope::parse("scope", "read").unwrap(), TokenScope::Read);
        assert_eq!(TokenScope::parse("scope", "").unwrap(), TokenScope::ReadWrite);
        assert!(TokenScope::parse("scope", "admin").is_err());
        assert_eq!(token_expiry("d", "", 0).unwrap(), None);
        assert_eq!(token_expiry("d", "30", 0).unwrap(), Some(30 * 86_400));
        assert!(token_expiry("d", "0", 0).is_err());
        assert!(token_expiry("d", "367", 0).is_err());
        assert!(token_expiry("d", "9999999999999999999999", 0).is_err());
        assert!(token_expiry("d", "-1", 0).is_err());
    }
}
