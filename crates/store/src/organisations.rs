//! Organisations, their sectors and their members. Queries that change an
//! organisation's members take the organisation id and the person in their arguments;
//! whether the caller may do so is decided before, by `domain::organisations::Standing`.

use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::accounts::Language;
use domain::organisations::{MembershipStatus, OrgKind, OrgRole, OrganisationProfile, ReviewStatus, Standing};
use domain::{OrganisationId, UnixTime, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AssertSqlSafe, Row};

#[derive(Debug, Clone, serde::Serialize)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    pub kind: OrgKind,
    pub size_class: Option<String>,
    pub country: String,
    pub nuts: Option<String>,
    pub website: Option<String>,
    pub description: String,
    pub status: ReviewStatus,
    pub sectors: Vec<String>,
    pub created_at: UnixTime,
    pub updated_at: UnixTime,
}

const ORG_COLS: &str = "o.id, o.name, o.kind, o.size_class, o.country, o.nuts, o.website, o.description, o.status, o.created_at, o.updated_at";

fn org_row(r: &AnyRow) -> Organisation {
    Organisation {
        id: OrganisationId(r.get("id")),
        name: r.get("name"),
        kind: OrgKind::from_str_opt(&r.get::<String, _>("kind")).unwrap_or(OrgKind::Other),
        size_class: r.get("size_class"),
        country: r.get("country"),
        nuts: r.get("nuts"),
        website: r.get("website"),
        description: r.get("description"),
        status: ReviewStatus::from_str_opt(&r.get::<String, _>("status")).unwrap_or(ReviewStatus::Pending),
        sectors: Vec::new(),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
    }
}

#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    pub status: Option<ReviewStatus>,
    pub country: Option<String>,
    pub kind: Option<OrgKind>,
    pub sector: Option<String>,
    /// Case-insensitive part of the name.
    pub q: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Member {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub role: OrgRole,
    pub status: MembershipStatus,
    pub since: UnixTime,
}

impl Db {
    pub async fn organisation(&self, id: OrganisationId) -> Result<Organisation> {
        let sql = format!("SELECT {ORG_COLS} FROM organisations o WHERE o.id = $1");
        let row = sqlx::query(AssertSqlSafe(sql)).bind(id.0).fetch_optional(self.pool()).await?;
        let mut org = row.as_ref().map(org_row).ok_or(StoreError::NotFound)?;
        org.sectors = sqlx::query("SELECT sector FROM organisation_sectors WHERE organisation_id = $1 ORDER BY sector")
            .bind(id.0)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|r| r.get(0))
            .collect();
        Ok(org)
    }

    /// A page of organisations matching `f`, by name, and the total number matching.
    pub async fn organisations(&self, f: &OrgFilter, limit: i64, offset: i64) -> Result<(Vec<Organisation>, i64)> {
        let filter = "($1 = '' OR o.status = $1) AND ($2 = '' OR o.country = $2) AND ($3 = '' OR o.kind = $3)
             AND ($4 = '' OR LOWER(o.name) LIKE $4)
             AND ($5 = '' OR EXISTS (SELECT 1 FROM organisation_sectors s WHERE s.organisation_id = o.id AND s.sector = $5))";
        let like =
            f.q.as_deref().map(|q| format!("%{}%", q.to_lowercase().replace(['%', '_'], ""))).unwrap_or_default();
        let args = [
            f.status.map(ReviewStatus::as_str).unwrap_or("").to_owned(),
            f.country.clone().unwrap_or_default(),
            f.kind.map(OrgKind::as_str).unwrap_or("").to_owned(),
            like,
            f.sector.clone().unwrap_or_default(),
        ];
        let count_sql = format!("SELECT COUNT(*) FROM organisations o WHERE {filter}");
        let mut q = sqlx::query(AssertSqlSafe(count_sql));
        for a in &args {
            q = q.bind(a.as_str());
        }
        let total: i64 = q.fetch_one(self.pool()).await?.get(0);
        let sql = format!(
            "SELECT {ORG_COLS} FROM organisations o WHERE {filter} ORDER BY LOWER(o.name), o.id LIMIT $6 OFFSET $7"
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for a in &args {
            q = q.bind(a.as_str());
        }
        let rows = q.bind(limit).bind(offset).fetch_all(self.pool()).await?;
        let mut orgs: Vec<Organisation> = rows.iter().map(org_row).collect();
        self.load_sectors(&mut orgs).await?;
        Ok((orgs, total))
    }

    async fn load_sectors(&self, orgs: &mut [Organisation]) -> Result<()> {
        if orgs.is_empty() {
            return Ok(());
        }
        // Ids come from the database as integers, so listing them inline is safe.
        let ids: Vec<String> = orgs.iter().map(|o| o.id.0.to_string()).collect();
        let sql = format!(
            "SELECT organisation_id, sector FROM organisation_sectors WHERE organisation_id IN ({}) ORDER BY sector",
            ids.join(",")
        );
        for r in sqlx::query(AssertSqlSafe(sql)).fetch_all(self.pool()).await? {
            let id: i64 = r.get(0);
            if let Some(o) = orgs.iter_mut().find(|o| o.id.0 == id) {
                o.sectors.push(r.get(1));
            }
        }
        Ok(())
    }

    pub async fn count_organisations_by_status(&self, status: ReviewStatus) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM organisations WHERE status = $1")
            .bind(status.as_str())
            .fetch_one(self.pool())
            .await?
            .get(0))
    }

    /// What `user` is to organisation `org`, for the permission rules.
    pub async fn standing(&self, org: OrganisationId, user: Option<(UserId, bool)>) -> Result<Standing> {
        standing_on(&mut *self.pool().acquire().await?, org, user).await
    }

    pub async fn members(&self, org: OrganisationId) -> Result<Vec<Member>> {
        let rows = sqlx::query(
            "SELECT m.user_id, u.name, u.email, m.role, m.status, m.created_at FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organisation_id = $1 ORDER BY m.status, LOWER(u.name)",
        )
        .bind(org.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Member {
                user_id: UserId(r.get(0)),
                name: r.get(1),
                email: r.get(2),
                role: OrgRole::from_str_opt(&r.get::<String, _>(3)).unwrap_or(OrgRole::Member),
                status: MembershipStatus::from_str_opt(&r.get::<String, _>(4)).unwrap_or(MembershipStatus::Requested),
                since: r.get(5),
            })
            .collect())
    }

    /// The organisations `user` belongs to or asked to join, with role and status.
    pub async fn user_organisations(&self, user: UserId) -> Result<Vec<(Organisation, OrgRole, MembershipStatus)>> {
        let sql = format!(
            "SELECT {ORG_COLS}, m.role, m.status AS m_status FROM memberships m JOIN organisations o ON o.id = m.organisation_id
             WHERE m.user_id = $1 ORDER BY LOWER(o.name)"
        );
        let rows = sqlx::query(AssertSqlSafe(sql)).bind(user.0).fetch_all(self.pool()).await?;
        Ok(rows
            .iter()
            .map(|r| {
                (
                    org_row(r),
                    OrgRole::from_str_opt(&r.get::<String, _>("role")).unwrap_or(OrgRole::Member),
                    MembershipStatus::from_str_opt(&r.get::<String, _>("m_status"))
                        .unwrap_or(MembershipStatus::Requested),
                )
            })
            .collect())
    }
}

async fn standing_on(c: &mut AnyConnection, org: OrganisationId, user: Option<(UserId, bool)>) -> Result<Standing> {
    let Some((uid, is_admin)) = user else {
        return Ok(Standing { is_admin: false, role: None, membership: None });
    };
    let row = sqlx::query("SELECT role, status FROM memberships WHERE organisation_id = $1 AND user_id = $2")
        .bind(org.0)
        .bind(uid.0)
        .fetch_optional(c)
        .await?;
    Ok(Standing {
        is_admin,
        role: row.as_ref().and_then(|r| OrgRole::from_str_opt(&r.get::<String, _>(0))),
        membership: row.as_ref().and_then(|r| MembershipStatus::from_str_opt(&r.get::<String, _>(1))),
    })
}

/// An organisation one person actively owns, with what the last-owner rule needs to
/// know about it when that person goes.
#[derive(Debug, Clone)]
pub struct OwnedOrganisation {
    pub id: OrganisationId,
    pub name: String,
    /// Active owners, the person included.
    pub owners: i64,
    /// Active members of any role, the person included.
    pub active_members: i64,
}

impl Tx {
    /// Ids, addresses, names and languages of the active owners, who hear about join
    /// requests and decisions.
    pub async fn owner_emails(
        &mut self,
        org: OrganisationId,
    ) -> Result<Vec<(UserId, String, String, Option<Language>)>> {
        let rows = sqlx::query(
            "SELECT u.id, u.email, u.name, u.language FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organisation_id = $1 AND m.role = 'owner' AND m.status = 'active' ORDER BY u.id",
        )
        .bind(org.0)
        .fetch_all(self.conn())
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let lang = r.get::<Option<String>, _>(3).as_deref().and_then(Language::from_tag);
                (UserId(r.get(0)), r.get(1), r.get(2), lang)
            })
            .collect())
    }

    /// [`Db::standing`], read inside this transaction (after its lock).
    pub async fn standing(&mut self, org: OrganisationId, user: Option<(UserId, bool)>) -> Result<Standing> {
        standing_on(self.conn(), org, user).await
    }

    /// Active owners of `org`; read it under [`Tx::lock_row`] on the organisation.
    pub async fn count_owners(&mut self, org: OrganisationId) -> Result<i64> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM memberships WHERE organisation_id = $1 AND role = 'owner' AND status = 'active'",
        )
        .bind(org.0)
        .fetch_one(self.conn())
        .await?
        .get(0))
    }

    /// The organisations `user` actively owns, with their owner and member counts.
    pub async fn owned_organisations(&mut self, user: UserId) -> Result<Vec<OwnedOrganisation>> {
        let rows = sqlx::query(
            "SELECT o.id, o.name,
               (SELECT COUNT(*) FROM memberships x WHERE x.organisation_id = o.id AND x.role = 'owner' AND x.status = 'active'),
               (SELECT COUNT(*) FROM memberships x WHERE x.organisation_id = o.id AND x.status = 'active')
             FROM memberships m JOIN organisations o ON o.id = m.organisation_id
             WHERE m.user_id = $1 AND m.role = 'owner' AND m.status = 'active' ORDER BY o.id",
        )
        .bind(user.0)
        .fetch_all(self.conn())
        .await?;
        Ok(rows
            .iter()
            .map(|r| OwnedOrganisation {
                id: OrganisationId(r.get(0)),
                name: r.get(1),
                owners: r.get(2),
                active_members: r.get(3),
            })
            .collect())
    }

    /// Deletes an organisation with its sectors and memberships.
    pub async fn delete_organisation(&mut self, id: OrganisationId) -> Result<()> {
        sqlx::query("DELETE FROM organisations WHERE id = $1").bind(id.0).execute(self.conn()).await?;
        Ok(())
    }

    /// Creates the organisation, pending review, with its creator as active owner.
    pub async fn create_organisation(
        &mut self,
        p: &OrganisationProfile,
        creator: UserId,
        now: UnixTime,
    ) -> Result<OrganisationId> {
        let row = sqlx::query(
            "INSERT INTO organisations (name, kind, size_class, country, nuts, website, description, status, created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $9) RETURNING id",
        )
        .bind(&p.name)
        .bind(p.kind.as_str())
        .bind(p.size_class.as_deref())
        .bind(p.country.code())
        .bind(p.nuts.as_deref())
        .bind(p.website.as_deref())
        .bind(&p.description)
        .bind(creator.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        let id: i64 = row.get(0);
        for s in &p.sectors {
            sqlx::query("INSERT INTO organisation_sectors (organisation_id, sector) VALUES ($1, $2)")
                .bind(id)
                .bind(s)
                .execute(self.conn())
                .await?;
        }
        sqlx::query("INSERT INTO memberships (organisation_id, user_id, role, status, created_at) VALUES ($1, $2, 'owner', 'active', $3)")
            .bind(id)
            .bind(creator.0)
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(OrganisationId(id))
    }

    pub async fn update_organisation(
        &mut self,
        id: OrganisationId,
        p: &OrganisationProfile,
        now: UnixTime,
    ) -> Result<()> {
        let r = sqlx::query(
            "UPDATE organisations SET name = $1, kind = $2, size_class = $3, country = $4, nuts = $5, website = $6, description = $7, updated_at = $8
             WHERE id = $9",
        )
        .bind(&p.name)
        .bind(p.kind.as_str())
        .bind(p.size_class.as_deref())
        .bind(p.country.code())
        .bind(p.nuts.as_deref())
        .bind(p.website.as_deref())
        .bind(&p.description)
        .bind(now)
        .bind(id.0)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM organisation_sectors WHERE organisation_id = $1")
            .bind(id.0)
            .execute(self.conn())
            .await?;
        for s in &p.sectors {
            sqlx::query("INSERT INTO organisation_sectors (organisation_id, sector) VALUES ($1, $2)")
                .bind(id.0)
                .bind(s)
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    pub async fn set_organisation_status(
        &mut self,
        id: OrganisationId,
        status: ReviewStatus,
        now: UnixTime,
    ) -> Result<()> {
        let r = sqlx::query("UPDATE organisations SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status.as_str())
            .bind(now)
            .bind(id.0)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    pub async fn request_membership(&mut self, org: OrganisationId, user: UserId, now: UnixTime) -> Result<()> {
        sqlx::query("INSERT INTO memberships (organisation_id, user_id, role, status, created_at) VALUES ($1, $2, 'member', 'requested', $3)")
            .bind(org.0)
            .bind(user.0)
            .bind(now)
            .execute(self.conn())
            .await
            .map_err(|e| conflict_on(e, "membership"))?;
        Ok(())
    }

    /// Sets the role of a member and makes the membership active (accepting a request).
    pub async fn set_member_role(&mut self, org: OrganisationId, user: UserId, role: OrgRole) -> Result<()> {
        let r = sqlx::query(
            "UPDATE memberships SET role = $1, status = 'active' WHERE organisation_id = $2 AND user_id = $3",
        )
        .bind(role.as_str())
        .bind(org.0)
        .bind(user.0)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    pub async fn remove_member(&mut self, org: OrganisationId, user: UserId) -> Result<()> {
        let r = sqlx::query("DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2")
            .bind(org.0)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }
}
