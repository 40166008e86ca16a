//! Organisations, their sectors and their members. Queries that change an
//! organisation's members take the organisation id and the person in their arguments;
//! whether the caller may do so is decided before, by `domain::organisations::Standing`.

use crate::query::{Order, Query, fetch_slice};
use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::accounts::{AccountStatus, Language};
use domain::organisations::{MembershipStatus, OrgKind, OrgRole, OrganisationProfile, ReviewStatus, Standing};
use domain::paging::{Cursor, Seek, Slice};
use domain::{OrganisationId, UnixTime, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AssertSqlSafe, Row};
use std::sync::Arc;

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
    /// CPV divisions and groups it sells (companies).
    pub cpv: Vec<String>,
    /// A company supported by the European Innovation Council.
    pub eic_supported: bool,
    pub created_at: UnixTime,
    pub updated_at: UnixTime,
}

const ORG_COLS: &str = "o.id, o.name, o.kind, o.size_class, o.country, o.nuts, o.website, o.description, o.status, o.eic_supported, o.created_at, o.updated_at";

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
        cpv: Vec::new(),
        eic_supported: r.get::<i64, _>("eic_supported") == 1,
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
    }
}

/// An organisation's sector codes, comma-separated in code order (codes have no comma).
const SECTORS_AGG: &str =
    "(SELECT string_agg(s.sector, ',' ORDER BY s.sector) FROM organisation_sectors s WHERE s.organisation_id = o.id)";

/// A company's CPV codes, comma-separated in code order (other kinds have none: the
/// subquery is skipped for them).
const CPV_AGG: &str = "CASE WHEN o.kind = 'company' THEN (SELECT string_agg(c.code, ',' ORDER BY c.code) FROM organisation_cpv c WHERE c.organisation_id = o.id) END";

fn split_codes(s: Option<String>) -> Vec<String> {
    s.iter().flat_map(|s| s.split(',')).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

const ORG_ORDER: Order = Order { key: "o.name_key", id: "o.id", key_is_int: false, desc: false };
const ORG_NEWEST: Order = Order { key: "o.created_at", id: "o.id", key_is_int: true, desc: true };

/// `FROM organisations o WHERE …` with the conditions `f` sets, only those.
fn org_from_where(f: &OrgFilter) -> Query {
    let mut q = Query::new("FROM organisations o WHERE 1 = 1");
    if let Some(s) = f.status {
        q.push(" AND o.status = ").text(s.as_str());
    }
    if let Some(c) = &f.country {
        q.push(" AND o.country = ").text(c.clone());
    }
    if let Some(k) = f.kind {
        q.push(" AND o.kind = ").text(k.as_str());
    }
    if let Some(s) = &f.sector {
        q.push(" AND EXISTS (SELECT 1 FROM organisation_sectors s WHERE s.organisation_id = o.id AND s.sector = ")
            .text(s.clone())
            .push(")");
    }
    if let Some(n) = &f.nuts {
        // A region matches itself and the regions inside it (their codes start with its code).
        q.push(" AND o.nuts LIKE ").text(format!("{}%", n.replace(['%', '_', '\\'], "")));
    }
    if let Some(s) = &f.size_class {
        q.push(" AND o.size_class = ").text(s.clone());
    }
    if f.eic {
        q.push(" AND o.eic_supported = 1");
    }
    if let Some(c) = &f.cpv {
        // A division matches its groups too: compare the code's first two digits.
        let (column, value) = if c.len() == 2 { ("substr(c.code, 1, 2)", c.clone()) } else { ("c.code", c.clone()) };
        q.push(&format!(
            " AND EXISTS (SELECT 1 FROM organisation_cpv c WHERE c.organisation_id = o.id AND {column} = "
        ))
        .text(value)
        .push(")");
    }
    if let Some(text) = f.q.as_deref().map(domain::text::fold).filter(|t| !t.is_empty()) {
        // LIKE's own wildcards in what people type are taken literally by dropping them.
        q.push(" AND o.name_key LIKE ").text(format!("%{}%", text.replace(['%', '_', '\\'], "")));
    }
    q
}

/// The key the directory orders and searches by: the folded name.
pub(crate) fn name_key(name: &str) -> String {
    let k = domain::text::fold(name);
    if k.is_empty() { name.to_lowercase() } else { k }
}

/// Fills the folded names of organisations written before migration 3 (or by a hub
/// whose folding rules were older), in one transaction.
pub(crate) async fn fill_name_keys(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    let rows = sqlx::query("SELECT id, name FROM organisations WHERE name_key = ''").fetch_all(&mut *conn).await?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut tx = sqlx::Acquire::begin(&mut *conn).await?;
    for r in &rows {
        sqlx::query("UPDATE organisations SET name_key = $1 WHERE id = $2")
            .bind(name_key(&r.get::<String, _>(1)))
            .bind(r.get::<i64, _>(0))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    pub status: Option<ReviewStatus>,
    pub country: Option<String>,
    pub kind: Option<OrgKind>,
    pub sector: Option<String>,
    /// A CPV division (its two digits) or group (its full code) the organisation sells.
    pub cpv: Option<String>,
    /// A NUTS region: the organisation's region is it or lies inside it.
    pub nuts: Option<String>,
    /// An SME size class (companies).
    pub size_class: Option<String>,
    /// Only companies supported by the European Innovation Council.
    pub eic: bool,
    /// Newest first instead of by name.
    pub newest: bool,
    /// Part of the name, compared folded (case and accents ignored).
    pub q: Option<String>,
}

/// Who a letter about an organisation goes to: id, address, name, language.
pub type Recipient = (UserId, String, String, Option<Language>);

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
        organisation_on(&mut *self.pool().acquire().await?, id).await
    }

    /// A keyset page of organisations matching `f`, in name order (folded names, so
    /// "Ö" sorts with "O" on both backends).
    /// The same page is answered from memory until the next write (see `memo`).
    pub async fn organisations(&self, f: &OrgFilter, seek: &Seek, limit: usize) -> Result<Arc<Slice<Organisation>>> {
        let mut q = org_from_where(f);
        // The sectors come in the same query: one round trip per page.
        let order = if f.newest { &ORG_NEWEST } else { &ORG_ORDER };
        q.prepend(&format!("SELECT {ORG_COLS}, o.name_key, {SECTORS_AGG} AS sectors, {CPV_AGG} AS cpv "))
            .seek(seek, order, limit);
        let newest = f.newest;
        let row = |r: &AnyRow| {
            let mut o = org_row(r);
            o.sectors = split_codes(r.get("sectors"));
            o.cpv = split_codes(r.get("cpv"));
            (o, r.get::<String, _>("name_key"))
        };
        let key = q.cache_key();
        let generation = self.memo.generation();
        if let Some(page) = self.memo.organisations.get(&key, generation) {
            return Ok(page);
        }
        let page = Arc::new(
            fetch_slice(self.pool(), &q, seek, limit, row, move |(o, key)| {
                if newest { Cursor::new(o.created_at.to_string(), o.id.0) } else { Cursor::new(key.clone(), o.id.0) }
            })
            .await?
            .map(|(o, _)| o),
        );
        self.memo.organisations.put(key, generation, page.clone());
        Ok(page)
    }

    /// Organisations in `country` whose name folds to the same as `name`, except rejected
    /// ones: who might already be on the hub under this name.
    pub async fn organisations_named(&self, name: &str, country: &str) -> Result<Vec<(OrganisationId, String)>> {
        let rows = sqlx::query(
            "SELECT id, name FROM organisations WHERE name_key = $1 AND country = $2 AND status <> 'rejected' ORDER BY id",
        )
        .bind(name_key(name))
        .bind(country)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| (OrganisationId(r.get(0)), r.get(1))).collect())
    }

    /// How many organisations match `f`; remembered until the next write.
    /// Approved organisations' ids after `after`, in order (a search rebuild's batches).
    pub async fn approved_organisation_ids_after(&self, after: i64, limit: i64) -> Result<Vec<i64>> {
        let rows =
            sqlx::query("SELECT id FROM organisations WHERE status = 'approved' AND id > $1 ORDER BY id LIMIT $2")
                .bind(after)
                .bind(limit)
                .fetch_all(self.pool())
                .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    pub async fn count_organisations(&self, f: &OrgFilter) -> Result<i64> {
        self.cached_count(&org_from_where(f)).await
    }

    pub async fn count_organisations_by_status(&self, status: ReviewStatus) -> Result<i64> {
        self.count_organisations(&OrgFilter { status: Some(status), ..Default::default() }).await
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

async fn organisation_on(c: &mut AnyConnection, id: OrganisationId) -> Result<Organisation> {
    let sql = format!("SELECT {ORG_COLS} FROM organisations o WHERE o.id = $1");
    let row = sqlx::query(AssertSqlSafe(sql)).bind(id.0).fetch_optional(&mut *c).await?;
    let mut org = row.as_ref().map(org_row).ok_or(StoreError::NotFound)?;
    org.sectors = sqlx::query("SELECT sector FROM organisation_sectors WHERE organisation_id = $1 ORDER BY sector")
        .bind(id.0)
        .fetch_all(&mut *c)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    org.cpv = sqlx::query("SELECT code FROM organisation_cpv WHERE organisation_id = $1 ORDER BY code")
        .bind(id.0)
        .fetch_all(c)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    Ok(org)
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
    pub async fn owner_emails(&mut self, org: OrganisationId) -> Result<Vec<Recipient>> {
        self.recipients(org, true).await
    }

    /// Ids, addresses, names and languages of everyone active in `org` (told when it is deleted).
    pub async fn member_emails(&mut self, org: OrganisationId) -> Result<Vec<Recipient>> {
        self.recipients(org, false).await
    }

    async fn recipients(&mut self, org: OrganisationId, owners_only: bool) -> Result<Vec<Recipient>> {
        let rows = sqlx::query(
            "SELECT u.id, u.email, u.name, u.language FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organisation_id = $1 AND m.status = 'active' AND ($2 = 0 OR m.role = 'owner') ORDER BY u.id",
        )
        .bind(org.0)
        .bind(i64::from(owners_only))
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

    /// [`Db::organisation`], read inside this transaction.
    pub async fn organisation(&mut self, id: OrganisationId) -> Result<Organisation> {
        organisation_on(self.conn(), id).await
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

    /// Decides the accounts still waiting for review of the organisation's active
    /// members (its submitter, people who joined by invitation): the organisation's
    /// review is theirs. Returns who was decided, with their names and addresses.
    pub async fn decide_waiting_members(
        &mut self,
        org: OrganisationId,
        status: AccountStatus,
    ) -> Result<Vec<(UserId, String, String)>> {
        let rows = sqlx::query(
            "SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organisation_id = $1 AND m.status = 'active' AND u.status = 'pending' AND u.email_confirmed_at IS NOT NULL
             ORDER BY u.id",
        )
        .bind(org.0)
        .fetch_all(self.conn())
        .await?;
        let people: Vec<(UserId, String, String)> =
            rows.iter().map(|r| (UserId(r.get(0)), r.get(1), r.get(2))).collect();
        for (id, ..) in &people {
            sqlx::query("UPDATE users SET status = $2 WHERE id = $1 AND status = 'pending'")
                .bind(id.0)
                .bind(status.as_str())
                .execute(self.conn())
                .await?;
        }
        Ok(people)
    }

    /// Deletes an organisation with its sectors and memberships.
    pub async fn delete_organisation(&mut self, id: OrganisationId) -> Result<()> {
        sqlx::query("DELETE FROM organisations WHERE id = $1").bind(id.0).execute(self.conn()).await?;
        self.outbox("organisation", id.0, crate::now()).await
    }

    /// Creates the organisation, pending review, with its creator as active owner.
    pub async fn create_organisation(
        &mut self,
        p: &OrganisationProfile,
        creator: UserId,
        now: UnixTime,
    ) -> Result<OrganisationId> {
        let row = sqlx::query(
            "INSERT INTO organisations (name, kind, size_class, country, nuts, website, description, status, created_by, created_at, updated_at, name_key, eic_supported)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $9, $10, $11) RETURNING id",
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
        .bind(name_key(&p.name))
        .bind(i64::from(p.eic_supported))
        .fetch_one(self.conn())
        .await?;
        let id: i64 = row.get(0);
        self.write_codes(OrganisationId(id), p).await?;
        self.outbox("organisation", id, now).await?;
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
            "UPDATE organisations SET name = $1, kind = $2, size_class = $3, country = $4, nuts = $5, website = $6, description = $7, updated_at = $8,
             name_key = $10, eic_supported = $11 WHERE id = $9",
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
        .bind(name_key(&p.name))
        .bind(i64::from(p.eic_supported))
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        for table in ["organisation_sectors", "organisation_cpv"] {
            let sql = format!("DELETE FROM {table} WHERE organisation_id = $1");
            sqlx::query(AssertSqlSafe(sql)).bind(id.0).execute(self.conn()).await?;
        }
        self.write_codes(id, p).await?;
        self.outbox("organisation", id.0, now).await
    }

    /// Writes the sectors and CPV codes of a profile (after the old ones were deleted).
    async fn write_codes(&mut self, id: OrganisationId, p: &OrganisationProfile) -> Result<()> {
        for s in &p.sectors {
            sqlx::query("INSERT INTO organisation_sectors (organisation_id, sector) VALUES ($1, $2)")
                .bind(id.0)
                .bind(s)
                .execute(self.conn())
                .await?;
        }
        for c in &p.cpv {
            sqlx::query("INSERT INTO organisation_cpv (organisation_id, code) VALUES ($1, $2)")
                .bind(id.0)
                .bind(c)
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
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        // What the search index shows changes with the status (only approved ones).
        self.outbox("organisation", id.0, now).await
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
