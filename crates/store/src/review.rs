//! What an administrator needs to review a newcomer's organisation on one card: the
//! people who came with it, organisations it may duplicate, and whether more
//! information was already asked for.

use crate::{Db, Result};
use domain::accounts::AccountStatus;
use domain::organisations::{OrgRole, ReviewStatus};
use domain::{OrganisationId, UnixTime, UserId};
use sqlx::Row;

/// Someone active in an organisation under review.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ReviewPerson {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub status: AccountStatus,
    pub role: OrgRole,
    pub registered_at: UnixTime,
    /// The person who submitted the organisation.
    pub submitter: bool,
}

/// Another organisation that may be the same one, and why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Duplicate {
    pub id: OrganisationId,
    pub name: String,
    pub country: String,
    pub status: ReviewStatus,
    /// `name` (the same folded name) or `domain` (the same web or e-mail domain).
    pub reason: &'static str,
}

impl Db {
    /// The active members of `org`, its submitter first.
    pub async fn review_people(&self, org: OrganisationId) -> Result<Vec<ReviewPerson>> {
        let rows = sqlx::query(
            "SELECT u.id, u.name, u.email, u.status, u.created_at, m.role, CASE WHEN o.created_by = u.id THEN 1 ELSE 0 END AS submitter
             FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id
             WHERE m.organisation_id = $1 AND m.status = 'active' ORDER BY submitter DESC, u.id",
        )
        .bind(org.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| ReviewPerson {
                id: UserId(r.get(0)),
                name: r.get(1),
                email: r.get(2),
                status: AccountStatus::from_stored(&r.get::<String, _>(3)),
                registered_at: r.get(4),
                role: OrgRole::from_str_opt(&r.get::<String, _>(5)).unwrap_or(OrgRole::Member),
                submitter: r.get::<i64, _>(6) == 1,
            })
            .collect())
    }

    /// Organisations other than `org` with the same folded name (in any country), or a
    /// website on one of `domains` (the organisation's own and its people's e-mail
    /// domains), at most 10.
    pub async fn possible_duplicates(
        &self,
        org: OrganisationId,
        name: &str,
        domains: &[String],
    ) -> Result<Vec<Duplicate>> {
        let row = |r: &sqlx::any::AnyRow, reason| Duplicate {
            id: OrganisationId(r.get(0)),
            name: r.get(1),
            country: r.get(2),
            status: ReviewStatus::from_str_opt(&r.get::<String, _>(3)).unwrap_or(ReviewStatus::Pending),
            reason,
        };
        let mut out: Vec<Duplicate> = sqlx::query(
            "SELECT id, name, country, status FROM organisations WHERE name_key = $1 AND id <> $2 ORDER BY id LIMIT 10",
        )
        .bind(crate::organisations::name_key(name))
        .bind(org.0)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| row(r, "name"))
        .collect();
        for d in domains {
            // LIKE narrows the rows; the exact domain is compared in Rust.
            let pattern = format!("%{}%", d.replace(['%', '_', '\\'], ""));
            let rows = sqlx::query(
                "SELECT id, name, country, status, website FROM organisations
                 WHERE id <> $1 AND website IS NOT NULL AND LOWER(website) LIKE $2 ORDER BY id LIMIT 50",
            )
            .bind(org.0)
            .bind(pattern)
            .fetch_all(self.pool())
            .await?;
            for r in &rows {
                let website: String = r.get(4);
                let id = OrganisationId(r.get(0));
                if domain::text::domain_of(&website).as_deref() == Some(d.as_str())
                    && !out.iter().any(|x| x.id == id)
                    && out.len() < 10
                {
                    out.push(row(r, "domain"));
                }
            }
        }
        Ok(out)
    }

    /// When more information was last asked for about `org`, by whom, with what message.
    pub async fn last_information_request(&self, org: OrganisationId) -> Result<Option<(UnixTime, String, String)>> {
        Ok(sqlx::query(
            "SELECT at, actor_name, detail FROM audit_log WHERE target_type = 'organisation' AND target_id = $1 AND action = $2
             ORDER BY at DESC, id DESC LIMIT 1",
        )
        .bind(org.0)
        .bind(domain::admin::AuditAction::InformationRequested.as_str())
        .fetch_optional(self.pool())
        .await?
        .map(|r| (r.get(0), r.get(1), r.get(2))))
    }
}
