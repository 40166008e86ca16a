//! Solutions (suppliers' profiles) and the contact requests buyers send them. The store
//! returns the organisation with every row; whether a reader may see it is the web layer's
//! decision ([`domain::solutions::identity_shown`]), taken in one place.

use crate::query::Query;
use crate::tags::{bars, list};
use crate::{Db, Result, StoreError, Tx};
use domain::solutions::{ContactState, SolutionDraft, SolutionState};
use domain::{UnixTime, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone)]
pub struct Solution {
    pub id: i64,
    pub organisation_name: String,
    pub eic_supported: bool,
    pub draft: SolutionDraft,
    pub state: SolutionState,
    pub created_at: UnixTime,
    pub updated_at: UnixTime,
}

/// Filters of the solutions list (all optional).
#[derive(Debug, Clone, Default)]
pub struct SolutionFilter {
    pub sector: Option<String>,
    /// A CPV division (`33`): profiles with a code in it.
    pub division: Option<String>,
    /// Profiles serving this country (or anywhere).
    pub country: Option<String>,
    /// At least this maturity.
    pub trl_min: Option<i64>,
    pub eic: bool,
    /// The supplier's own, in every state (only for its members).
    pub organisation: Option<i64>,
}

/// A contact request, with who sent it.
#[derive(Debug, Clone)]
pub struct Contact {
    pub id: i64,
    pub solution_id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub user_id: Option<i64>,
    pub user_name: String,
    pub message: String,
    pub state: ContactState,
    pub created_at: UnixTime,
    pub decided_at: Option<UnixTime>,
}

const COLS: &str = "s.id, s.organisation_id, o.name AS organisation_name, o.eic_supported, s.title, s.summary,
    s.problem, s.trl, s.sectors, s.cpv, s.countries, s.regions, s.refs, s.certifications, s.languages, s.anonymous,
    s.state, s.created_at, s.updated_at";

const FROM: &str = "FROM solutions s JOIN organisations o ON o.id = s.organisation_id";

fn row(r: &AnyRow) -> Solution {
    Solution {
        id: r.get("id"),
        organisation_name: r.get("organisation_name"),
        eic_supported: r.get::<i64, _>("eic_supported") != 0,
        draft: SolutionDraft {
            organisation: r.get("organisation_id"),
            title: r.get("title"),
            summary: r.get("summary"),
            problem: r.get("problem"),
            trl: r.get("trl"),
            sectors: list(r.get("sectors")),
            cpv: list(r.get("cpv")),
            countries: list(r.get("countries")),
            regions: list(r.get("regions")),
            references: r.get("refs"),
            certifications: r.get("certifications"),
            languages: list(r.get("languages")),
            anonymous: r.get::<i64, _>("anonymous") != 0,
        },
        state: SolutionState::parse(&r.get::<String, _>("state")).unwrap_or(SolutionState::Draft),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
    }
}

const CONTACT_COLS: &str = "k.id, k.solution_id, k.organisation_id, o.name, k.user_id,
    COALESCE(u.name, ''), k.message, k.state, k.created_at, k.decided_at
    FROM solution_contacts k JOIN organisations o ON o.id = k.organisation_id LEFT JOIN users u ON u.id = k.user_id";

fn contact_row(r: &AnyRow) -> Contact {
    Contact {
        id: r.get(0),
        solution_id: r.get(1),
        organisation_id: r.get(2),
        organisation_name: r.get(3),
        user_id: r.get(4),
        user_name: r.get(5),
        message: r.get(6),
        state: ContactState::parse(&r.get::<String, _>(7)).unwrap_or(ContactState::Pending),
        created_at: r.get(8),
        decided_at: r.get(9),
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds a draft's columns $1 to $13, as insert and update write them.
fn bind_draft<'q>(q: AnyQuery<'q>, d: &'q SolutionDraft) -> AnyQuery<'q> {
    q.bind(&d.title)
        .bind(&d.summary)
        .bind(&d.problem)
        .bind(d.trl)
        .bind(bars(&d.sectors))
        .bind(bars(&d.cpv))
        .bind(bars(&d.countries))
        .bind(bars(&d.regions))
        .bind(&d.references)
        .bind(&d.certifications)
        .bind(bars(&d.languages))
        .bind(d.anonymous as i64)
        .bind(d.organisation)
}

impl Db {
    pub async fn solution(&self, id: i64) -> Result<Solution> {
        let sql = format!("SELECT {COLS} {FROM} WHERE s.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.pool()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    /// Published profiles matching `f` (or, with `organisation`, that supplier's in every
    /// state), newest first, and how many in all.
    pub async fn solutions(&self, f: &SolutionFilter, limit: i64, offset: i64) -> Result<(Vec<Solution>, i64)> {
        let mut q = Query::new(FROM);
        match f.organisation {
            Some(o) => {
                q.push(" WHERE s.organisation_id = ").int(o);
            }
            None => {
                q.push(" WHERE s.state = 'published'");
            }
        }
        if let Some(s) = &f.sector {
            q.push(" AND s.sectors LIKE ").text(format!("%|{s}|%"));
        }
        if let Some(d) = &f.division {
            q.push(" AND s.cpv LIKE ").text(format!("%|{d}%"));
        }
        if let Some(c) = &f.country {
            q.push(" AND (s.countries = '' OR s.countries LIKE ").text(format!("%|{c}|%"));
            q.push(")");
        }
        if let Some(t) = f.trl_min {
            q.push(" AND s.trl >= ").int(t);
        }
        if f.eic {
            q.push(" AND o.eic_supported = 1");
        }
        let mut count = q.clone();
        count.prepend("SELECT COUNT(*) ");
        q.prepend(&format!("SELECT {COLS} "));
        q.push(" ORDER BY s.id DESC");
        q.push(" LIMIT ").int(limit.clamp(1, 1000));
        q.push(" OFFSET ").int(offset.clamp(0, 100_000));
        let total: i64 = count.build().fetch_one(self.pool()).await?.get(0);
        let rows = q.build().fetch_all(self.pool()).await?;
        Ok((rows.iter().map(row).collect(), total))
    }

    /// Published solutions with these ids, in no order.
    pub async fn solutions_by_id(&self, ids: &[i64]) -> Result<Vec<Solution>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = Query::new(&format!("SELECT {COLS} {FROM} WHERE s.state = 'published' AND s.id IN ("));
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.int(*id);
        }
        q.push(")");
        Ok(q.build().fetch_all(self.pool()).await?.iter().map(row).collect())
    }

    /// Every published solution (the matcher's index is built from them), in id order,
    /// `limit` at a time after `after`.
    pub async fn published_solutions(&self, after: i64, limit: i64) -> Result<Vec<Solution>> {
        let sql = format!("SELECT {COLS} {FROM} WHERE s.state = 'published' AND s.id > $1 ORDER BY s.id LIMIT $2");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(after).bind(limit).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    pub async fn solution_contacts(&self, solution: i64) -> Result<Vec<Contact>> {
        let sql = format!("SELECT {CONTACT_COLS} WHERE k.solution_id = $1 ORDER BY k.id DESC");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(solution).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(contact_row).collect())
    }

    /// The contact requests of any of these organisations for a solution.
    pub async fn contacts_of(&self, solution: i64, orgs: &[i64]) -> Result<Vec<Contact>> {
        Ok(self.solution_contacts(solution).await?.into_iter().filter(|k| orgs.contains(&k.organisation_id)).collect())
    }

    /// The solutions whose contact request by one of these organisations was accepted.
    pub async fn accepted_solutions(&self, orgs: &[i64]) -> Result<Vec<i64>> {
        if orgs.is_empty() {
            return Ok(Vec::new());
        }
        let mut q =
            Query::new("SELECT solution_id FROM solution_contacts WHERE state = 'accepted' AND organisation_id IN (");
        for (i, o) in orgs.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.int(*o);
        }
        q.push(")");
        Ok(q.build().fetch_all(self.pool()).await?.iter().map(|r| r.get(0)).collect())
    }
}

impl Tx {
    pub async fn solution(&mut self, id: i64) -> Result<Solution> {
        let sql = format!("SELECT {COLS} {FROM} WHERE s.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    pub async fn create_solution(
        &mut self,
        d: &SolutionDraft,
        state: SolutionState,
        by: UserId,
        now: UnixTime,
    ) -> Result<i64> {
        let r = bind_draft(
            sqlx::query(
                "INSERT INTO solutions (title, summary, problem, trl, sectors, cpv, countries, regions, refs,
                   certifications, languages, anonymous, organisation_id, state, created_by, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
            ),
            d,
        )
        .bind(state.as_str())
        .bind(by.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        let id = r.get(0);
        self.outbox("solution", id, now).await?;
        Ok(id)
    }

    pub async fn update_solution(&mut self, id: i64, d: &SolutionDraft, now: UnixTime) -> Result<()> {
        let r = bind_draft(
            sqlx::query(
                "UPDATE solutions SET title = $1, summary = $2, problem = $3, trl = $4, sectors = $5, cpv = $6,
                   countries = $7, regions = $8, refs = $9, certifications = $10, languages = $11, anonymous = $12,
                   updated_at = $14
                 WHERE organisation_id = $13 AND id = $15",
            ),
            d,
        )
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        self.outbox("solution", id, now).await
    }

    pub async fn set_solution_state(&mut self, id: i64, state: SolutionState, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE solutions SET state = $1, updated_at = $2 WHERE id = $3")
            .bind(state.as_str())
            .bind(now)
            .bind(id)
            .execute(self.conn())
            .await?;
        self.outbox("solution", id, now).await
    }

    /// Records a contact request; `None` if the organisation already sent one.
    pub async fn request_contact(
        &mut self,
        solution: i64,
        org: i64,
        user: UserId,
        message: &str,
        now: UnixTime,
    ) -> Result<Option<i64>> {
        let r = sqlx::query(
            "INSERT INTO solution_contacts (solution_id, organisation_id, user_id, message, state, created_at)
             VALUES ($1, $2, $3, $4, 'pending', $5) ON CONFLICT (solution_id, organisation_id) DO NOTHING RETURNING id",
        )
        .bind(solution)
        .bind(org)
        .bind(user.0)
        .bind(message)
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        Ok(r.map(|r| r.get(0)))
    }

    pub async fn contact(&mut self, id: i64) -> Result<Contact> {
        let sql = format!("SELECT {CONTACT_COLS} WHERE k.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        r.as_ref().map(contact_row).ok_or(StoreError::NotFound)
    }

    /// Decides a pending request; false if it was no longer pending.
    pub async fn decide_contact(&mut self, id: i64, to: ContactState, now: UnixTime) -> Result<bool> {
        let r =
            sqlx::query("UPDATE solution_contacts SET state = $1, decided_at = $2 WHERE id = $3 AND state = 'pending'")
                .bind(to.as_str())
                .bind(now)
                .bind(id)
                .execute(self.conn())
                .await?;
        Ok(r.rows_affected() > 0)
    }
}
