//! Bounded, trimmed text. Lengths count characters, not bytes, so a French or Greek name
//! has the same limit as an English one.

use crate::FieldError;

/// Trims `raw` and checks it is non-empty and at most `max` characters.
pub fn required(field: &'static str, raw: &str, max: usize) -> Result<String, FieldError> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    if t.chars().count() > max {
        return Err(FieldError::with_limit(field, "too-long", max));
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(FieldError::new(field, "invalid-characters"));
    }
    Ok(t.to_owned())
}

/// Like [`required`], but an empty value is `None`.
pub fn optional(field: &'static str, raw: &str, max: usize) -> Result<Option<String>, FieldError> {
    if raw.trim().is_empty() { Ok(None) } else { required(field, raw, max).map(Some) }
}

/// An absolute `http(s)` URL with a host, at most 300 characters. What people type
/// without a scheme (`stad.gent`, `www.stad.gent/en`) is taken as `https://…`.
pub fn optional_url(field: &'static str, raw: &str) -> Result<Option<String>, FieldError> {
    let Some(t) = optional(field, raw, 300)? else { return Ok(None) };
    let t = if t.contains("://") || t.to_ascii_lowercase().starts_with("http") && t.contains(':') {
        t
    } else {
        format!("https://{t}")
    };
    let rest = t
        .strip_prefix("https://")
        .or_else(|| t.strip_prefix("http://"))
        .ok_or_else(|| FieldError::new(field, "invalid-url"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let valid_host = !host.is_empty()
        && host.contains('.')
        && host.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !valid_host || t.chars().any(char::is_whitespace) {
        return Err(FieldError::new(field, "invalid-url"));
    }
    Ok(Some(t))
}

/// The host a website or an e-mail address belongs to, lower case, without `www.` and
/// without a port: what two organisations of one domain have in common.
/// `https://www.Stad.gent/en` → `stad.gent`; `ana@stad.gent` → `stad.gent`.
pub fn domain_of(url_or_email: &str) -> Option<String> {
    let t = url_or_email.trim();
    let host = match t.rsplit_once('@') {
        Some((_, d)) if !t.contains("://") => d,
        _ => {
            let rest = t.split_once("://").map(|(_, r)| r).unwrap_or(t);
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host)
        }
    };
    let host = host.split(':').next().unwrap_or("").trim_end_matches('.').to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    (host.contains('.') && !host.starts_with('.')).then_some(host)
}

/// The form of a name that search and ordering compare: lower case, accents removed
/// (canonical decomposition, combining marks dropped), letters that do not decompose
/// spelled out (ß → ss, æ → ae, ø → o, ł → l, …), runs of white space as one space,
/// control characters dropped.
/// Computed here, not in SQL, so SQLite and PostgreSQL order and match names alike.
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let kept = |c: &char| !is_combining_mark(*c) && (c.is_whitespace() || !c.is_control());
    for c in s.nfkd().filter(kept) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            'þ' | 'Þ' => out.push_str("th"),
            'ı' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_matches_what_people_type() {
        assert_eq!(fold("Österreichische  Bundesbeschaffung"), "osterreichische bundesbeschaffung");
        assert_eq!(fold("ÉCOLE Polytechnique"), "ecole polytechnique");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRASSE"), fold("Straße"));
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Øresund Æble"), "oresund aeble");
        assert_eq!(fold("Αθήνα"), "αθηνα");
        assert_eq!(fold("  ﬁnd  "), "find");
        assert_eq!(fold("a\0b\u{7f}"), "ab");
    }

    #[test]
    fn required_trims_and_bounds() {
        assert_eq!(required("f", "  a b ", 5).unwrap(), "a b");
        assert_eq!(required("f", "   ", 5).unwrap_err().code, "required");
        assert_eq!(required("f", "ééééé", 5).unwrap(), "ééééé");
        let e = required("f", "éééééé", 5).unwrap_err();
        assert_eq!((e.code, e.limit), ("too-long", Some(5)));
        assert_eq!(required("f", "a\u{0}b", 5).unwrap_err().code, "invalid-characters");
    }

    #[test]
    fn urls() {
        assert_eq!(optional_url("w", "").unwrap(), None);
        assert!(optional_url("w", "https://procedin.eu/about").unwrap().is_some());
        assert_eq!(optional_url("w", "stad.gent").unwrap().as_deref(), Some("https://stad.gent"));
        assert_eq!(optional_url("w", "www.stad.gent/en").unwrap().as_deref(), Some("https://www.stad.gent/en"));
        assert_eq!(optional_url("w", "http://example.org").unwrap().as_deref(), Some("http://example.org"));
        assert_eq!(optional_url("w", "not a url").unwrap_err().code, "invalid-url");
        assert_eq!(optional_url("w", "ftp://x.org").unwrap_err().code, "invalid-url");
        assert_eq!(optional_url("w", "javascript:alert(1)").unwrap_err().code, "invalid-url");
        for bad in ["javascript:alert(1)", "https://", "https://x y.eu", "ftp://a.eu", "mailto:a@b.eu", "localhost"] {
            assert_eq!(optional_url("w", bad).unwrap_err().code, "invalid-url", "{bad}");
        }
    }

    #[test]
    fn domains() {
        assert_eq!(domain_of("https://www.Stad.gent/en?x=1").as_deref(), Some("stad.gent"));
        assert_eq!(domain_of("http://muenchen.de:8080").as_deref(), Some("muenchen.de"));
        assert_eq!(domain_of("ana@Stad.Gent").as_deref(), Some("stad.gent"));
        assert_eq!(domain_of("https://user@evil.example/").as_deref(), Some("evil.example"));
        assert_eq!(domain_of("localhost"), None);
        assert_eq!(domain_of(""), None);
    }
}
