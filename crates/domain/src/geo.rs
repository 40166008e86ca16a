//! EU member states (ISO 3166-1 alpha-2) and NUTS 2021 regions, from the embedded
//! Publications Office and Eurostat tables. Greece is `GR` as a country and `EL` in NUTS.

use crate::{FieldError, accounts::Language};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct CountryInfo {
    pub code: &'static str,
    name_en: String,
    name_fr: String,
    name_de: String,
}

impl CountryInfo {
    pub fn name(&self, lang: Language) -> &str {
        match lang {
            Language::En => &self.name_en,
            Language::Fr => &self.name_fr,
            Language::De => &self.name_de,
        }
    }
}

#[derive(Debug, Clone)]
pub struct NutsRegion {
    pub code: String,
    pub level: u8,
    /// The Latin-script name where Eurostat gives one, else the official label.
    pub name: String,
}

fn read_csv(data: &'static str) -> Vec<csv::StringRecord> {
    let mut rdr = csv::Reader::from_reader(data.as_bytes());
    rdr.records().map(|r| r.expect("embedded CSV is well-formed")).collect()
}

static COUNTRIES: LazyLock<Vec<CountryInfo>> = LazyLock::new(|| {
    let mut rdr = csv::Reader::from_reader(include_str!("../data/eu_countries.csv").as_bytes());
    let headers = rdr.headers().expect("header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect("column");
    let (a2, en, fr, de) = (col("iso_alpha2"), col("label_eng"), col("label_fra"), col("label_deu"));
    rdr.records()
        .map(|r| {
            let r = r.expect("embedded CSV is well-formed");
            CountryInfo {
                code: Box::leak(r[a2].to_owned().into_boxed_str()),
                name_en: r[en].to_owned(),
                name_fr: r[fr].to_owned(),
                name_de: r[de].to_owned(),
            }
        })
        .collect()
});

static NUTS: LazyLock<HashMap<String, NutsRegion>> = LazyLock::new(|| {
    read_csv(include_str!("../data/nuts2021.csv"))
        .into_iter()
        .filter(|r| &r[10] == "NUTS" && !r[0].ends_with('Z'))
        .filter_map(|r| {
            let level: u8 = r[5].parse().ok()?;
            let name = if r[9].is_empty() { r[8].to_owned() } else { r[9].to_owned() };
            (level > 0).then(|| (r[0].to_owned(), NutsRegion { code: r[0].to_owned(), level, name }))
        })
        .collect()
});

/// The 27 member states in the table's order (alphabetical by ISO code).
pub fn eu_countries() -> &'static [CountryInfo] {
    &COUNTRIES
}

/// An EU member state, by its ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Country(&'static str);

impl Country {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let t = raw.trim().to_ascii_uppercase();
        if t.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        COUNTRIES
            .iter()
            .find(|c| c.code == t)
            .map(|c| Self(c.code))
            .ok_or_else(|| FieldError::new(field, "invalid-country"))
    }
    pub fn code(self) -> &'static str {
        self.0
    }
    pub fn info(self) -> &'static CountryInfo {
        COUNTRIES.iter().find(|c| c.code == self.0).expect("parsed country exists")
    }
    /// The country's NUTS prefix (`EL` for Greece).
    pub fn nuts_prefix(self) -> &'static str {
        if self.0 == "GR" { "EL" } else { self.0 }
    }
}

/// A NUTS 2021 region (level 1 to 3) that lies in `country`.
pub fn parse_nuts(field: &'static str, raw: &str, country: Option<Country>) -> Result<Option<String>, FieldError> {
    let t = raw.trim().to_ascii_uppercase();
    if t.is_empty() {
        return Ok(None);
    }
    if !NUTS.contains_key(&t) {
        return Err(FieldError::new(field, "invalid-nuts"));
    }
    match country {
        Some(c) if !t.starts_with(c.nuts_prefix()) => Err(FieldError::new(field, "nuts-not-in-country")),
        _ => Ok(Some(t)),
    }
}

pub fn nuts_region(code: &str) -> Option<&'static NutsRegion> {
    NUTS.get(code)
}

/// The regions of one country, sorted by code, for a picker.
pub fn nuts_regions_of(country: Country) -> Vec<&'static NutsRegion> {
    let mut v: Vec<_> = NUTS.values().filter(|r| r.code.starts_with(country.nuts_prefix())).collect();
    v.sort_by(|a, b| a.code.cmp(&b.code));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_the_27() {
        assert_eq!(eu_countries().len(), 27);
        let de = Country::parse("c", "de").unwrap();
        assert_eq!(de.info().name(Language::De), "Deutschland");
        assert_eq!(de.info().name(Language::Fr), "Allemagne");
        assert_eq!(Country::parse("c", "GB").unwrap_err().code, "invalid-country");
        assert_eq!(Country::parse("c", "").unwrap_err().code, "required");
    }

    #[test]
    fn nuts_must_match_country() {
        let gr = Country::parse("c", "GR").unwrap();
        assert_eq!(parse_nuts("n", "EL30", Some(gr)).unwrap().as_deref(), Some("EL30"));
        let be = Country::parse("c", "BE").unwrap();
        assert_eq!(parse_nuts("n", "be10", Some(be)).unwrap().as_deref(), Some("BE10"));
        assert_eq!(parse_nuts("n", "DE1", Some(be)).unwrap_err().code, "nuts-not-in-country");
        assert_eq!(parse_nuts("n", "XX9", Some(be)).unwrap_err().code, "invalid-nuts");
        assert_eq!(parse_nuts("n", " ", Some(be)).unwrap(), None);
        assert!(nuts_regions_of(be).iter().all(|r| r.code.starts_with("BE")));
        assert!(nuts_region("EL30").unwrap().name.contains("Attiki"));
    }
}
