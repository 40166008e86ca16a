//! Applications to join the task force, and the notes (comments, endorsements) that
//! members' editors write on them.

use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::applications::{Application, ApplicationStatus};
use domain::initiatives::InitiativeProfile;
use domain::{InitiativeId, UnixTime, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

#[derive(Debug, Clone)]
pub struct StoredApplication {
    pub id: i64,
    pub applicant_id: Option<UserId>,
    pub applicant_name: String,
    pub acronym: String,
    pub name: String,
    pub profile: InitiativeProfile,
    pub motivation: String,
    pub contribution: String,
    pub status: ApplicationStatus,
    pub reason: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<UnixTime>,
    pub initiative_id: Option<InitiativeId>,
    pub created_at: UnixTime,
    pub updated_at: UnixTime,
    /// How many members endorse it.
    pub endorsements: i64,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub id: i64,
    pub author_id: Option<UserId>,
    pub author_name: String,
    /// The initiative(s) the author edits, as they wrote.
    pub initiative: String,
    pub body: String,
    pub endorses: bool,
    pub created_at: UnixTime,
}

const COLS: &str = "a.id, a.applicant_id, a.applicant_name, a.acronym, a.name, a.profile, a.motivation, a.contribution,
    a.status, a.reason, a.decided_by, a.decided_at, a.initiative_id, a.created_at, a.updated_at,
    (SELECT COUNT(*) FROM application_notes n WHERE n.application_id = a.id AND n.endorses = 1) AS endorsements";

fn row(r: &AnyRow) -> Result<StoredApplication> {
    let profile = serde_json::from_str(&r.get::<String, _>("profile"))
        .map_err(|e| StoreError::Db(sqlx::Error::Decode(Box::new(e))))?;
    Ok(StoredApplication {
        id: r.get("id"),
        applicant_id: r.get::<Option<i64>, _>("applicant_id").map(UserId),
        applicant_name: r.get("applicant_name"),
        acronym: r.get("acronym"),
        name: r.get("name"),
        profile,
        motivation: r.get("motivation"),
        contribution: r.get("contribution"),
        status: ApplicationStatus::parse(&r.get::<String, _>("status")).unwrap_or(ApplicationStatus::Submitted),
        reason: r.get("reason"),
        decided_by: r.get("decided_by"),
        decided_at: r.get("decided_at"),
        initiative_id: r.get::<Option<i64>, _>("initiative_id").map(InitiativeId),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
        endorsements: r.get("endorsements"),
    })
}

async fn application_on(c: &mut AnyConnection, id: i64) -> Result<StoredApplication> {
    let sql = format!("SELECT {COLS} FROM applications a WHERE a.id = $1");
    let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(c).await?;
    row(r.as_ref().ok_or(StoreError::NotFound)?)
}

/// How acronyms are compared (case and accents ignored).
pub fn acronym_key(a: &str) -> String {
    domain::text::fold(a)
}

impl Db {
    pub async fn application(&self, id: i64) -> Result<StoredApplication> {
        application_on(&mut *self.pool().acquire().await?, id).await
    }

    /// Applications, open ones first then newest; only `applicant`'s when given.
    pub async fn applications(&self, applicant: Option<UserId>) -> Result<Vec<StoredApplication>> {
        let filter = if applicant.is_some() { "WHERE a.applicant_id = $1" } else { "WHERE $1 = $1" };
        let sql = format!(
            "SELECT {COLS} FROM applications a {filter}
             ORDER BY CASE WHEN a.status IN ('submitted', 'in-review') THEN 0 ELSE 1 END, a.id DESC LIMIT 500"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(applicant.map(|u| u.0).unwrap_or(0))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(row).collect()
    }

    pub async fn application_notes(&self, id: i64) -> Result<Vec<Note>> {
        let rows = sqlx::query(
            "SELECT id, author_id, author_name, initiative, body, endorses, created_at FROM application_notes
             WHERE application_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Note {
                id: r.get(0),
                author_id: r.get::<Option<i64>, _>(1).map(UserId),
                author_name: r.get(2),
                initiative: r.get(3),
                body: r.get(4),
                endorses: r.get::<i64, _>(5) == 1,
                created_at: r.get(6),
            })
            .collect())
    }

    /// The acronyms of the current member initiatives `user` edits (empty: not a member's editor).
    pub async fn member_editor_of(&self, user: UserId) -> Result<Vec<String>> {
        let rows = sqlx::query(
            "SELECT i.acronym FROM initiative_editors e JOIN initiatives i ON i.id = e.initiative_id
             WHERE e.user_id = $1 AND i.membership IN ('founding', 'member') ORDER BY i.acronym",
        )
        .bind(user.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }
}

impl Tx {
    pub async fn application(&mut self, id: i64) -> Result<StoredApplication> {
        application_on(self.conn(), id).await
    }

    /// How many open applications `user` has.
    pub async fn open_applications_of(&mut self, user: UserId) -> Result<i64> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM applications WHERE applicant_id = $1 AND status IN ('submitted', 'in-review')",
        )
        .bind(user.0)
        .fetch_one(self.conn())
        .await?
        .get(0))
    }

    /// Whether an initiative already has this acronym (case and accents ignored).
    pub async fn initiative_acronym_exists(&mut self, acronym: &str) -> Result<bool> {
        let key = acronym_key(acronym);
        let rows = sqlx::query("SELECT acronym FROM initiatives").fetch_all(self.conn()).await?;
        Ok(rows.iter().any(|r| acronym_key(&r.get::<String, _>(0)) == key))
    }

    /// Files an application; `Conflict("acronym")` if one for the same initiative is open.
    pub async fn create_application(
        &mut self,
        applicant: (UserId, &str),
        a: &Application,
        now: UnixTime,
    ) -> Result<i64> {
        let profile =
            serde_json::to_string(&a.profile).map_err(|e| StoreError::Db(sqlx::Error::Protocol(e.to_string())))?;
        let r = sqlx::query(
            "INSERT INTO applications (applicant_id, applicant_name, acronym, acronym_key, name, profile, motivation,
               contribution, status, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted', $9, $9) RETURNING id",
        )
        .bind(applicant.0.0)
        .bind(applicant.1)
        .bind(&a.profile.acronym)
        .bind(acronym_key(&a.profile.acronym))
        .bind(&a.profile.name)
        .bind(profile)
        .bind(&a.motivation)
        .bind(&a.contribution)
        .bind(now)
        .fetch_one(self.conn())
        .await
        .map_err(|e| conflict_on(e, "acronym"))?;
        Ok(r.get(0))
    }

    /// Adds a member's note; `Conflict("endorsement")` if they already endorse it.
    pub async fn add_application_note(
        &mut self,
        id: i64,
        author: (UserId, &str),
        initiative: &str,
        body: &str,
        endorses: bool,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO application_notes (application_id, author_id, author_name, initiative, body, endorses, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(author.0.0)
        .bind(author.1)
        .bind(initiative)
        .bind(body)
        .bind(i64::from(endorses))
        .bind(now)
        .execute(self.conn())
        .await
        .map_err(|e| conflict_on(e, "endorsement"))?;
        Ok(())
    }

    /// Moves an application from `from` to `to` (with the decision's reason, who, and the
    /// initiative it became); `Conflict("status")` when it is no longer in `from`.
    #[allow(clippy::too_many_arguments)]
    pub async fn set_application_status(
        &mut self,
        id: i64,
        from: &[ApplicationStatus],
        to: ApplicationStatus,
        reason: Option<&str>,
        decided_by: Option<&str>,
        initiative: Option<InitiativeId>,
        now: UnixTime,
    ) -> Result<()> {
        let current = self.application(id).await?.status;
        if !from.contains(&current) {
            return Err(StoreError::Conflict("status"));
        }
        let decided_at = decided_by.map(|_| now);
        sqlx::query(
            "UPDATE applications SET status = $1, reason = COALESCE($2, reason), decided_by = COALESCE($3, decided_by),
               decided_at = COALESCE($4, decided_at), initiative_id = COALESCE($5, initiative_id), updated_at = $6
             WHERE id = $7",
        )
        .bind(to.as_str())
        .bind(reason)
        .bind(decided_by)
        .bind(decided_at)
        .bind(initiative.map(|i| i.0))
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
