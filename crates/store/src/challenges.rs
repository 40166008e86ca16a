//! Challenges, their public log and the buyers observing them. A state change and the
//! log line that records it are written in one transaction under the challenge's lock.

use crate::query::Query;
use crate::tags::{bars, list};
use crate::{Db, Result, StoreError, Tx};
use domain::challenges::{ChallengeDraft, ChallengeState};
use domain::{UnixTime, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone)]
pub struct Challenge {
    pub id: i64,
    pub organisation_name: String,
    pub draft: ChallengeDraft,
    pub state: ChallengeState,
    /// Buyers who have the same need.
    pub observers: i64,
    /// The buyers' group whose joint challenge this is.
    pub buyer_group_id: Option<i64>,
    pub created_at: UnixTime,
    pub updated_at: UnixTime,
}

/// Filters of the challenges list (all optional).
#[derive(Debug, Clone, Default)]
pub struct ChallengeFilter {
    pub sector: Option<String>,
    /// A CPV division (`33`): challenges with a code in it.
    pub division: Option<String>,
    pub country: Option<String>,
    /// A public state; by default the open ones (open, in consultation, procurement launched).
    pub state: Option<ChallengeState>,
    pub organisation: Option<i64>,
}

/// A line of a challenge's public log.
#[derive(Debug, Clone)]
pub struct LogLine {
    pub kind: String,
    pub detail: String,
    pub at: UnixTime,
}

const COLS: &str = "c.id, c.organisation_id, o.name AS organisation_name, c.title, c.problem, c.context, c.outcomes,
    c.constraints, c.sectors, c.cpv, c.budget_min, c.budget_max, c.currency, c.interest_deadline, c.question_deadline,
    c.consultation_on, c.procurement_on, c.trl_min, c.trl_max, c.route, c.country, c.nuts, c.languages, c.ip_terms,
    c.confidentiality, c.state, c.created_at, c.updated_at, c.buyer_group_id,
    (SELECT COUNT(*) FROM challenge_observers w WHERE w.challenge_id = c.id) AS observers";

const FROM: &str = "FROM challenges c JOIN organisations o ON o.id = c.organisation_id";

fn row(r: &AnyRow) -> Challenge {
    Challenge {
        id: r.get("id"),
        organisation_name: r.get("organisation_name"),
        draft: ChallengeDraft {
            organisation: r.get("organisation_id"),
            title: r.get("title"),
            problem: r.get("problem"),
            context: r.get("context"),
            outcomes: r.get("outcomes"),
            constraints: r.get("constraints"),
            sectors: list(r.get("sectors")),
            cpv: list(r.get("cpv")),
            budget_min: r.get("budget_min"),
            budget_max: r.get("budget_max"),
            currency: r.get("currency"),
            interest_deadline: r.get("interest_deadline"),
            question_deadline: r.get("question_deadline"),
            consultation_on: r.get("consultation_on"),
            procurement_on: r.get("procurement_on"),
            trl_min: r.get("trl_min"),
            trl_max: r.get("trl_max"),
            route: r.get("route"),
            country: r.get("country"),
            nuts: r.get("nuts"),
            languages: list(r.get("languages")),
            ip_terms: r.get("ip_terms"),
            confidentiality: r.get("confidentiality"),
        },
        state: ChallengeState::parse(&r.get::<String, _>("state")).unwrap_or(ChallengeState::Draft),
        observers: r.get("observers"),
        buyer_group_id: r.get("buyer_group_id"),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds a draft's columns $1 to $22, as insert and update write them.
fn bind_draft<'q>(q: AnyQuery<'q>, d: &'q ChallengeDraft) -> AnyQuery<'q> {
    q.bind(&d.title)
        .bind(&d.problem)
        .bind(&d.context)
        .bind(&d.outcomes)
        .bind(&d.constraints)
        .bind(bars(&d.sectors))
        .bind(bars(&d.cpv))
        .bind(d.budget_min)
        .bind(d.budget_max)
        .bind(&d.currency)
        .bind(&d.interest_deadline)
        .bind(&d.question_deadline)
        .bind(d.consultation_on.as_deref())
        .bind(d.procurement_on.as_deref())
        .bind(d.trl_min)
        .bind(d.trl_max)
        .bind(d.route.as_deref())
        .bind(&d.country)
        .bind(d.nuts.as_deref())
        .bind(bars(&d.languages))
        .bind(&d.ip_terms)
        .bind(&d.confidentiality)
}

impl Db {
    pub async fn challenge(&self, id: i64) -> Result<Challenge> {
        let sql = format!("SELECT {COLS} {FROM} WHERE c.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.pool()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    /// Public challenges matching `f`, newest first, and how many in all.
    pub async fn challenges(&self, f: &ChallengeFilter, limit: i64, offset: i64) -> Result<(Vec<Challenge>, i64)> {
        let mut q = Query::new(FROM);
        match f.state {
            Some(s) => {
                q.push(" WHERE c.state = ").text(s.as_str().to_owned());
            }
            None => {
                q.push(" WHERE c.state IN ('open', 'consultation', 'procurement')");
            }
        }
        if let Some(s) = &f.sector {
            q.push(" AND c.sectors LIKE ").text(format!("%|{s}|%"));
        }
        if let Some(d) = &f.division {
            q.push(" AND c.cpv LIKE ").text(format!("%|{d}%"));
        }
        if let Some(c) = &f.country {
            q.push(" AND c.country = ").text(c.clone());
        }
        if let Some(o) = f.organisation {
            q.push(" AND c.organisation_id = ").int(o);
        }
        let mut count = q.clone();
        count.prepend("SELECT COUNT(*) ");
        q.prepend(&format!("SELECT {COLS} "));
        q.push(" ORDER BY c.id DESC");
        q.push(" LIMIT ").int(limit.clamp(1, 1000));
        q.push(" OFFSET ").int(offset.clamp(0, 100_000));
        let total: i64 = count.build().fetch_one(self.pool()).await?.get(0);
        let rows = q.build().fetch_all(self.pool()).await?;
        Ok((rows.iter().map(row).collect(), total))
    }

    /// Every challenge still looking for suppliers (open, in consultation, procurement
    /// launched), in id order, `limit` at a time after `after` (the matcher's index).
    pub async fn matchable_challenges(&self, after: i64, limit: i64) -> Result<Vec<Challenge>> {
        let sql = format!(
            "SELECT {COLS} {FROM} WHERE c.state IN ('open', 'consultation', 'procurement') AND c.id > $1
             ORDER BY c.id LIMIT $2"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(after).bind(limit).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    /// Every public challenge (any state but draft), in id order, `limit` at a time after
    /// `after` (the search index).
    pub async fn public_challenges_after(&self, after: i64, limit: i64) -> Result<Vec<Challenge>> {
        let sql = format!("SELECT {COLS} {FROM} WHERE c.state <> 'draft' AND c.id > $1 ORDER BY c.id LIMIT $2");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(after).bind(limit).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    /// Challenges with these ids, in no order.
    pub async fn challenges_by_id(&self, ids: &[i64]) -> Result<Vec<Challenge>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut q = Query::new(&format!("SELECT {COLS} {FROM} WHERE c.id IN ("));
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.int(*id);
        }
        q.push(")");
        Ok(q.build().fetch_all(self.pool()).await?.iter().map(row).collect())
    }

    /// An organisation's challenges in every state, newest first (for its members).
    pub async fn organisation_challenges(&self, org: i64) -> Result<Vec<Challenge>> {
        let sql = format!("SELECT {COLS} {FROM} WHERE c.organisation_id = $1 ORDER BY c.id DESC LIMIT 500");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(org).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    pub async fn challenge_log(&self, id: i64) -> Result<Vec<LogLine>> {
        let rows =
            sqlx::query("SELECT kind, detail, created_at FROM challenge_log WHERE challenge_id = $1 ORDER BY id")
                .bind(id)
                .fetch_all(self.pool())
                .await?;
        Ok(rows.iter().map(|r| LogLine { kind: r.get(0), detail: r.get(1), at: r.get(2) }).collect())
    }

    /// The buyers observing a challenge: (organisation id, name, country).
    pub async fn challenge_observers(&self, id: i64) -> Result<Vec<(i64, String, String)>> {
        let rows = sqlx::query(
            "SELECT o.id, o.name, COALESCE(o.country, '') FROM challenge_observers w JOIN organisations o
               ON o.id = w.organisation_id WHERE w.challenge_id = $1 ORDER BY o.name",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2))).collect())
    }
}

impl Tx {
    pub async fn challenge(&mut self, id: i64) -> Result<Challenge> {
        let sql = format!("SELECT {COLS} {FROM} WHERE c.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        r.as_ref().map(row).ok_or(StoreError::NotFound)
    }

    /// Creates a draft.
    pub async fn create_challenge(&mut self, d: &ChallengeDraft, by: UserId, now: UnixTime) -> Result<i64> {
        let r = bind_draft(
            sqlx::query(
                "INSERT INTO challenges (title, problem, context, outcomes, constraints, sectors, cpv, budget_min,
                   budget_max, currency, interest_deadline, question_deadline, consultation_on, procurement_on, trl_min,
                   trl_max, route, country, nuts, languages, ip_terms, confidentiality, organisation_id, state,
                   created_by, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                   $22, $23, 'draft', $24, $25, $25) RETURNING id",
            ),
            d,
        )
        .bind(d.organisation)
        .bind(by.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        let id = r.get(0);
        self.outbox("challenge", id, now).await?;
        Ok(id)
    }

    pub async fn update_challenge(&mut self, id: i64, d: &ChallengeDraft, now: UnixTime) -> Result<()> {
        let r = bind_draft(
            sqlx::query(
                "UPDATE challenges SET title = $1, problem = $2, context = $3, outcomes = $4, constraints = $5,
                   sectors = $6, cpv = $7, budget_min = $8, budget_max = $9, currency = $10, interest_deadline = $11,
                   question_deadline = $12, consultation_on = $13, procurement_on = $14, trl_min = $15, trl_max = $16,
                   route = $17, country = $18, nuts = $19, languages = $20, ip_terms = $21, confidentiality = $22,
                   updated_at = $23
                 WHERE id = $24",
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
        self.outbox("challenge", id, now).await
    }

    pub async fn set_challenge_state(&mut self, id: i64, state: ChallengeState, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE challenges SET state = $1, updated_at = $2 WHERE id = $3")
            .bind(state.as_str())
            .bind(now)
            .bind(id)
            .execute(self.conn())
            .await?;
        self.outbox("challenge", id, now).await
    }

    /// Adds a line to the public log (`state` or `change`).
    pub async fn log_challenge(&mut self, id: i64, kind: &str, detail: &str, now: UnixTime) -> Result<()> {
        sqlx::query("INSERT INTO challenge_log (challenge_id, kind, detail, created_at) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(kind)
            .bind(detail)
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Marks (or unmarks) an organisation as having the same need; returns whether
    /// anything changed.
    pub async fn set_observing(&mut self, id: i64, org: i64, user: UserId, on: bool, now: UnixTime) -> Result<bool> {
        let r = if on {
            sqlx::query(
                "INSERT INTO challenge_observers (challenge_id, organisation_id, user_id, created_at)
                 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(org)
            .bind(user.0)
            .bind(now)
            .execute(self.conn())
            .await?
        } else {
            sqlx::query("DELETE FROM challenge_observers WHERE challenge_id = $1 AND organisation_id = $2")
                .bind(id)
                .bind(org)
                .execute(self.conn())
                .await?
        };
        Ok(r.rows_affected() > 0)
    }
}
