//! Organisations (public buyers, companies, NGOs, research organisations), their members
//! and roles, and who may do what with them.
//!
//! An organisation is public only once an administrator approved it. Its owners accept
//! members and give roles; editors may change its profile; members are listed. The last
//! owner cannot leave or be demoted, so an organisation is never orphaned.

use crate::geo::{self, Country};
use crate::{FieldError, FieldErrors, accounts::Language, text};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

macro_rules! str_enum {
    ($name:ident { $($variant:ident = $s:literal),* $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $s)] $variant),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn as_str(self) -> &'static str { match self { $(Self::$variant => $s),* } }
            pub fn from_str_opt(s: &str) -> Option<Self> {
                match s.trim() { $($s => Some(Self::$variant),)* _ => None }
            }
        }
    };
}

str_enum!(OrgKind {
    PublicAuthority = "public-authority",
    Company = "company",
    Ngo = "ngo",
    Research = "research",
    Other = "other",
});

str_enum!(OrgRole { Owner = "owner", Editor = "editor", Member = "member" });

str_enum!(ReviewStatus { Pending = "pending", Approved = "approved", Rejected = "rejected" });

str_enum!(MembershipStatus { Requested = "requested", Active = "active" });

/// An entry of an eForms code list, with its labels in the interface languages.
#[derive(Debug, Clone)]
pub struct CodeLabel {
    pub code: String,
    en: String,
    fr: String,
    de: String,
}

impl CodeLabel {
    pub fn label(&self, lang: Language) -> &str {
        match lang {
            Language::En => &self.en,
            Language::Fr => &self.fr,
            Language::De => &self.de,
        }
    }
}

pub(crate) fn code_list(data: &'static str, skip: &[&str]) -> Vec<CodeLabel> {
    labelled(data, skip, ["label_eng", "label_fra", "label_deu"])
}

fn labelled(data: &'static str, skip: &[&str], columns: [&str; 3]) -> Vec<CodeLabel> {
    let mut rdr = csv::Reader::from_reader(data.as_bytes());
    let h = rdr.headers().expect("header").clone();
    let col = |n: &str| h.iter().position(|x| x == n).expect("column");
    let (en, fr, de) = (col(columns[0]), col(columns[1]), col(columns[2]));
    rdr.records()
        .map(|r| r.expect("embedded CSV is well-formed"))
        .filter(|r| !skip.contains(&&r[0]))
        .map(|r| CodeLabel { code: r[0].to_owned(), en: r[en].to_owned(), fr: r[fr].to_owned(), de: r[de].to_owned() })
        .collect()
}

/// Company size classes of the EU SME definition (eForms `economic-operator-size`,
/// without its aggregate `sme` entry: a company states its own class).
pub static SIZE_CLASSES: LazyLock<Vec<CodeLabel>> =
    LazyLock::new(|| code_list(include_str!("../data/economic-operator-size.csv"), &["sme"]));

/// Sectors of activity (eForms `main-activity`).
pub static SECTORS: LazyLock<Vec<CodeLabel>> =
    LazyLock::new(|| code_list(include_str!("../data/main-activity.csv"), &[]));

/// What suppliers sell: the divisions (`72000000-5`, 45) and groups (`72200000-7`,
/// 272) of the Common Procurement Vocabulary (CPV 2008), in code order, so each
/// division is followed by its groups. Labels exist in 24 languages in the embedded file;
/// the interface's three are read.
pub static CPV: LazyLock<Vec<CodeLabel>> = LazyLock::new(|| {
    labelled(include_str!("../data/cpv-divisions-groups.csv"), &[], ["label_en", "label_fr", "label_de"])
});

/// Any code of the CPV 2008 main vocabulary, with or without its check digit
/// (`72212000` or `72212000-4`; a wrong check digit is no code): the full code and its
/// label in the interface's language.
pub fn cpv_any(code: &str) -> Option<(&'static str, impl Fn(Language) -> &'static str)> {
    let c = crate::cpv::lookup(code)?;
    Some((c.code.as_str(), move |lang: Language| c.label_in(lang.tag())))
}

/// The labels of a CPV code in all 24 EU languages.
pub fn cpv_labels_all(code: &str) -> &'static [String] {
    crate::cpv::lookup(code.split('-').next().unwrap_or("")).map(|c| c.labels()).unwrap_or(&[])
}

/// At most this many CPV codes per company.
pub const MAX_CPV: usize = 20;

/// A CPV division or group by its code, with or without the check digit (`72200000`).
pub fn cpv(code: &str) -> Option<&'static CodeLabel> {
    let c = code.trim();
    let digits = c.split('-').next().unwrap_or("");
    if digits.len() != 8 {
        return None;
    }
    CPV.iter().find(|e| e.code == c || e.code.starts_with(digits) && c.len() == 8)
}

/// Whether a CPV code is a division (`72000000-5`) rather than a group.
pub fn cpv_is_division(code: &str) -> bool {
    code.get(2..8) == Some("000000")
}

pub fn sector(code: &str) -> Option<&'static CodeLabel> {
    SECTORS.iter().find(|s| s.code == code)
}

pub fn size_class(code: &str) -> Option<&'static CodeLabel> {
    SIZE_CLASSES.iter().find(|s| s.code == code)
}

/// What a form or JSON body says about an organisation, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OrganisationInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub size_class: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub nuts: String,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub description: String,
    /// CPV divisions and groups a company sells (ignored for other kinds).
    #[serde(default)]
    pub cpv: Vec<String>,
    /// A company supported by the European Innovation Council (ignored for other kinds).
    #[serde(default)]
    pub eic_supported: bool,
}

/// A valid organisation profile.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationProfile {
    pub name: String,
    pub kind: OrgKind,
    /// Set for companies only.
    pub size_class: Option<String>,
    pub country: Country,
    pub nuts: Option<String>,
    pub sectors: Vec<String>,
    pub website: Option<String>,
    pub description: String,
    /// CPV divisions and groups (full codes with check digit), companies only.
    pub cpv: Vec<String>,
    /// Supported by the European Innovation Council (companies only).
    pub eic_supported: bool,
}

pub const MAX_SECTORS: usize = 8;

impl OrganisationInput {
    pub fn parse(&self) -> Result<OrganisationProfile, FieldErrors> {
        let mut errs = FieldErrors::new();
        let name = errs.take(text::required("name", &self.name, 200));
        let kind = errs.take(if self.kind.trim().is_empty() {
            Err(FieldError::new("kind", "required"))
        } else {
            OrgKind::from_str_opt(&self.kind).ok_or_else(|| FieldError::new("kind", "invalid-choice"))
        });
        let size_class = match kind {
            Some(OrgKind::Company) => errs
                .take(match self.size_class.trim() {
                    "" => Err(FieldError::new("size_class", "required")),
                    s => size_class(s)
                        .map(|c| Some(c.code.clone()))
                        .ok_or_else(|| FieldError::new("size_class", "invalid-choice")),
                })
                .flatten(),
            _ => None,
        };
        let country = errs.take(Country::parse("country", &self.country));
        let nuts =
            if country.is_some() { errs.take(geo::parse_nuts("nuts", &self.nuts, country)).flatten() } else { None };
        let mut sectors: Vec<String> = Vec::new();
        for s in self.sectors.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
            match sector(s) {
                Some(c) if !sectors.contains(&c.code) => sectors.push(c.code.clone()),
                Some(_) => {}
                None => {
                    errs.push(FieldError::new("sectors", "invalid-choice"));
                    break;
                }
            }
        }
        if sectors.len() > MAX_SECTORS {
            errs.push(FieldError::with_limit("sectors", "too-many", MAX_SECTORS));
        }
        let mut cpv_codes: Vec<String> = Vec::new();
        if kind == Some(OrgKind::Company) {
            for c in self.cpv.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
                match cpv(c) {
                    Some(e) if !cpv_codes.contains(&e.code) => cpv_codes.push(e.code.clone()),
                    Some(_) => {}
                    None => {
                        errs.push(FieldError::new("cpv", "invalid-choice"));
                        break;
                    }
                }
            }
            if cpv_codes.len() > MAX_CPV {
                errs.push(FieldError::with_limit("cpv", "too-many", MAX_CPV));
            }
            cpv_codes.sort();
        }
        let website = errs.take(text::optional_url("website", &self.website)).flatten();
        let description =
            errs.take(text::optional("description", &self.description, 2000)).map(Option::unwrap_or_default);
        errs.clone().into_result()?;
        match (name, kind, country, description) {
            (Some(name), Some(kind), Some(country), Some(description)) => Ok(OrganisationProfile {
                name,
                kind,
                size_class,
                country,
                nuts,
                sectors,
                website,
                description,
                cpv: cpv_codes,
                eic_supported: self.eic_supported && kind == OrgKind::Company,
            }),
            _ => Err(errs),
        }
    }
}

/// Someone's relation to one organisation, as far as permissions care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub is_admin: bool,
    pub role: Option<OrgRole>,
    pub membership: Option<MembershipStatus>,
}

impl Standing {
    fn active_role(&self) -> Option<OrgRole> {
        match self.membership {
            Some(MembershipStatus::Active) => self.role,
            _ => None,
        }
    }
    /// Approved organisations are public; others only to their members and admins.
    pub fn can_view(&self, status: ReviewStatus) -> bool {
        status == ReviewStatus::Approved || self.is_admin || self.active_role().is_some()
    }
    pub fn can_edit_profile(&self) -> bool {
        self.is_admin || matches!(self.active_role(), Some(OrgRole::Owner | OrgRole::Editor))
    }
    pub fn can_manage_members(&self) -> bool {
        self.is_admin || self.active_role() == Some(OrgRole::Owner)
    }
    /// A signed-in person who is not a member (and has not asked yet) may ask to join an
    /// approved organisation.
    pub fn can_request_to_join(&self, status: ReviewStatus) -> bool {
        status == ReviewStatus::Approved && self.membership.is_none()
    }
}

/// Refuses a change that would leave the organisation without an active owner.
/// `owners` is the number of active owners now; `target_is_owner` says whether the
/// person changed is one of them; `new_role` is `None` when they are removed.
pub fn check_owner_kept(owners: i64, target_is_owner: bool, new_role: Option<OrgRole>) -> Result<(), FieldError> {
    if target_is_owner && new_role != Some(OrgRole::Owner) && owners <= 1 {
        Err(FieldError::new("role", "last-owner"))
    } else {
        Ok(())
    }
}

/// How long an invitation to join an organisation can be used: two weeks.
pub const INVITATION_LIFETIME_SECS: i64 = 14 * 24 * 3600;

/// A valid invitation: the address it goes to, the role it gives, a few words.
#[derive(Debug, Clone, PartialEq)]
pub struct InvitationRequest {
    pub email: crate::accounts::Email,
    pub role: OrgRole,
    pub message: Option<String>,
}

/// Checks what an owner typed to invite someone: every bad field is reported.
pub fn parse_invitation(email: &str, role: &str, message: &str) -> Result<InvitationRequest, FieldErrors> {
    let mut errs = FieldErrors::new();
    let email = errs.take(crate::accounts::Email::parse("email", email));
    let role = errs.take(if role.trim().is_empty() {
        Err(FieldError::new("role", "required"))
    } else {
        OrgRole::from_str_opt(role).ok_or_else(|| FieldError::new("role", "invalid-choice"))
    });
    let message = errs.take(text::optional("message", message, 1000));
    errs.clone().into_result()?;
    match (email, role, message) {
        (Some(email), Some(role), Some(message)) => Ok(InvitationRequest { email, role, message }),
        _ => Err(errs),
    }
}

/// What becomes of an organisation that the person erasing their account owns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerLeaving {
    /// Another active owner remains.
    Kept,
    /// Nobody else is an active member: the organisation goes with its last member.
    Deleted,
    /// Other members remain but no other owner: one of them must be made owner first.
    Refused,
}

/// The last-owner rule for an account's erasure. `owners` and `active_members` count the
/// leaving person too.
pub fn owner_leaving(owners: i64, active_members: i64) -> OwnerLeaving {
    if owners > 1 {
        OwnerLeaving::Kept
    } else if active_members <= 1 {
        OwnerLeaving::Deleted
    } else {
        OwnerLeaving::Refused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erasing_an_owner() {
        assert_eq!(owner_leaving(2, 2), OwnerLeaving::Kept);
        assert_eq!(owner_leaving(1, 1), OwnerLeaving::Deleted);
        assert_eq!(owner_leaving(1, 3), OwnerLeaving::Refused);
    }

    fn input() -> OrganisationInput {
        OrganisationInput {
            name: "Ville de Lyon".into(),
            kind: "public-authority".into(),
            country: "FR".into(),
            nuts: "FRK26".into(),
            sectors: vec!["health".into(), "education".into(), "health".into()],
            website: "https://www.lyon.fr".into(),
            ..Default::default()
        }
    }

    #[test]
    fn valid_profile() {
        let p = input().parse().unwrap();
        assert_eq!(p.kind, OrgKind::PublicAuthority);
        assert_eq!(p.sectors, vec!["health", "education"]);
        assert_eq!(p.size_class, None);
        assert_eq!(p.nuts.as_deref(), Some("FRK26"));
    }

    #[test]
    fn companies_need_a_size_class() {
        let mut i = input();
        i.kind = "company".into();
        assert_eq!(i.parse().unwrap_err().get("size_class").unwrap().code, "required");
        i.size_class = "sme".into();
        assert_eq!(i.parse().unwrap_err().get("size_class").unwrap().code, "invalid-choice");
        i.size_class = "micro".into();
        assert_eq!(i.parse().unwrap().size_class.as_deref(), Some("micro"));
    }

    #[test]
    fn every_bad_field_is_reported() {
        let i = OrganisationInput {
            kind: "bank".into(),
            country: "CH".into(),
            sectors: vec!["mining".into()],
            website: "lyon".into(),
            ..Default::default()
        };
        let e = i.parse().unwrap_err();
        let codes: Vec<_> = e.0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            vec![
                ("name", "required"),
                ("kind", "invalid-choice"),
                ("country", "invalid-country"),
                ("sectors", "invalid-choice"),
                ("website", "invalid-url")
            ]
        );
    }

    #[test]
    fn companies_say_what_they_sell_in_cpv() {
        assert_eq!(CPV.iter().filter(|e| cpv_is_division(&e.code)).count(), 45);
        assert_eq!(CPV.len(), 317);
        assert_eq!(
            cpv("72000000-5").unwrap().label(Language::En),
            "IT services: consulting, software development, Internet and support"
        );
        assert_eq!(cpv("72200000").unwrap().code, "72200000-7");
        assert!(cpv("72210000-0").is_none(), "classes are not offered");
        let mut i = input();
        i.kind = "company".into();
        i.size_class = "micro".into();
        i.cpv = vec!["72200000".into(), "48000000-8".into(), "72200000-7".into()];
        assert_eq!(i.parse().unwrap().cpv, vec!["48000000-8", "72200000-7"]);
        i.cpv.push("99999999".into());
        assert_eq!(i.parse().unwrap_err().get("cpv").unwrap().code, "invalid-choice");
        i.kind = "public-authority".into();
        assert!(i.parse().unwrap().cpv.is_empty(), "only companies list what they sell");
    }

    #[test]
    fn nuts_outside_country_is_refused() {
        let mut i = input();
        i.nuts = "DE1".into();
        assert_eq!(i.parse().unwrap_err().get("nuts").unwrap().code, "nuts-not-in-country");
    }

    #[test]
    fn permissions() {
        let outsider = Standing { is_admin: false, role: None, membership: None };
        let pending_owner =
            Standing { is_admin: false, role: Some(OrgRole::Owner), membership: Some(MembershipStatus::Requested) };
        let editor =
            Standing { is_admin: false, role: Some(OrgRole::Editor), membership: Some(MembershipStatus::Active) };
        let owner = Standing { role: Some(OrgRole::Owner), ..editor };
        let admin = Standing { is_admin: true, ..outsider };
        assert!(!outsider.can_view(ReviewStatus::Pending));
        assert!(outsider.can_view(ReviewStatus::Approved));
        assert!(!outsider.can_edit_profile());
        assert!(!pending_owner.can_edit_profile());
        assert!(editor.can_edit_profile() && !editor.can_manage_members());
        assert!(owner.can_manage_members() && admin.can_manage_members());
        assert!(outsider.can_request_to_join(ReviewStatus::Approved));
        assert!(!outsider.can_request_to_join(ReviewStatus::Pending));
        assert!(!editor.can_request_to_join(ReviewStatus::Approved));
    }

    #[test]
    fn invitations_are_checked() {
        let i = parse_invitation(" Bernd@Stadt.example ", "editor", "").unwrap();
        assert_eq!((i.email.as_str(), i.role, i.message), ("bernd@stadt.example", OrgRole::Editor, None));
        let e = parse_invitation("bernd", "boss", &"x".repeat(1001)).unwrap_err();
        let codes: Vec<_> = e.0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(codes, vec![("email", "invalid-email"), ("role", "invalid-choice"), ("message", "too-long")]);
        assert_eq!(parse_invitation("a@b.example", "", "").unwrap_err().get("role").unwrap().code, "required");
    }

    #[test]
    fn last_owner_is_kept() {
        assert!(check_owner_kept(1, true, Some(OrgRole::Editor)).is_err());
        assert!(check_owner_kept(1, true, None).is_err());
        assert!(check_owner_kept(2, true, None).is_ok());
        assert!(check_owner_kept(1, false, None).is_ok());
        assert!(check_owner_kept(1, true, Some(OrgRole::Owner)).is_ok());
    }
}
