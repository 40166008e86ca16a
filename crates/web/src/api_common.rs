//! The shared ground of the JSON API: types and conventions that several capabilities'
//! API modules use. Capabilities import this module, never each other's API modules.

use serde::Serialize;
use store::accounts::User;
use utoipa::ToSchema;

/// An instant as the API writes it: RFC 3339, UTC.
pub fn rfc3339(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0).map(|d| d.to_rfc3339()).unwrap_or_default()
}

/// A user as the API shows them to themselves and to administrators.
#[derive(Serialize, ToSchema)]
pub struct UserOut {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// `pending`, `approved` or `rejected` by the administrators.
    pub status: String,
    pub email_confirmed: bool,
    pub is_admin: bool,
    /// BCP 47 tag of the interface language, if chosen.
    pub language: Option<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
}

impl From<&User> for UserOut {
    fn from(u: &User) -> Self {
        Self {
            id: u.id.0,
            name: u.name.clone(),
            email: u.email.to_string(),
            status: u.status.as_str().into(),
            email_confirmed: u.email_confirmed_at.is_some(),
            is_admin: u.is_admin,
            language: u.language.map(|l| l.tag().to_owned()),
            created_at: rfc3339(u.created_at),
        }
    }
}

/// A request taken in; what follows is sent by e-mail.
#[derive(Serialize, ToSchema)]
pub struct Accepted {
    pub status: &'static str,
}

#[derive(Serialize, ToSchema)]
pub struct OrganisationOut {
    pub id: i64,
    pub name: String,
    /// `public-authority`, `company`, `ngo`, `research` or `other`.
    pub kind: String,
    /// eForms economic-operator-size code (`micro`, `small`, `medium`, `large`), companies only.
    pub size_class: Option<String>,
    /// ISO 3166-1 alpha-2 code of an EU member state.
    pub country: String,
    /// NUTS 2021 code.
    pub nuts: Option<String>,
    /// eForms main-activity codes.
    pub sectors: Vec<String>,
    /// CPV 2008 divisions and groups a company sells (codes with check digit).
    pub cpv: Vec<String>,
    /// A company supported by the European Innovation Council.
    pub eic_supported: bool,
    pub website: Option<String>,
    pub description: String,
    /// `pending`, `approved` or `rejected`.
    pub status: String,
    pub created_at: String,
    pub updated_at: String,
}

impl From<store::organisations::Organisation> for OrganisationOut {
    fn from(o: store::organisations::Organisation) -> Self {
        Self {
            id: o.id.0,
            name: o.name,
            kind: o.kind.as_str().into(),
            size_class: o.size_class,
            country: o.country,
            nuts: o.nuts,
            sectors: o.sectors,
            cpv: o.cpv,
            eic_supported: o.eic_supported,
            website: o.website,
            description: o.description,
            status: o.status.as_str().into(),
            created_at: rfc3339(o.created_at),
            updated_at: rfc3339(o.updated_at),
        }
    }
}

/// One page of a list, in the list's order, with cursors to the pages around it.
#[derive(Serialize, ToSchema)]
pub struct OrganisationPage {
    pub items: Vec<OrganisationOut>,
    /// How many match the filters in all pages.
    pub total: i64,
    /// Pass as `before` for the previous page; absent on the first page.
    pub prev: Option<String>,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct MyOrganisation {
    pub organisation: OrganisationOut,
    pub role: String,
    pub membership: String,
}

/// The caller's organisations with their role and membership status.
pub async fn my_organisations(
    db: &store::Db,
    user: domain::UserId,
) -> Result<Vec<MyOrganisation>, crate::error::AppError> {
    Ok(db
        .user_organisations(user)
        .await?
        .into_iter()
        .map(|(o, r, s)| MyOrganisation {
            organisation: o.into(),
            role: r.as_str().into(),
            membership: s.as_str().into(),
        })
        .collect())
}

/// An entry of the audit log.
#[derive(Serialize, ToSchema)]
pub struct AuditOut {
    pub id: i64,
    pub at: String,
    pub actor_id: Option<i64>,
    pub actor_name: String,
    pub action: String,
    pub target_type: String,
    pub target_id: Option<i64>,
    pub target_label: String,
    pub detail: String,
}

impl From<store::admin::AuditEntry> for AuditOut {
    fn from(e: store::admin::AuditEntry) -> Self {
        Self {
            id: e.id.0,
            at: rfc3339(e.at),
            actor_id: e.actor_id.map(|a| a.0),
            actor_name: e.actor_name,
            action: e.action,
            target_type: e.target_type,
            target_id: e.target_id,
            target_label: e.target_label,
            detail: e.detail,
        }
    }
}

/// The bytes of an image file (the request body itself).
#[derive(utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct ImageFile(pub Vec<u8>);
