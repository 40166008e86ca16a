//! Member initiatives of the task force, their editors and the history of their profiles.

use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::initiatives::{InitiativeProfile, Membership, Reach};
use domain::{InitiativeId, UnixTime, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AssertSqlSafe, Row};

#[derive(Debug, Clone, serde::Serialize)]
pub struct Initiative {
    pub id: InitiativeId,
    pub acronym: String,
    pub name: String,
    pub summary: String,
    pub focus_areas: Vec<String>,
    pub website: Option<String>,
    pub membership: Membership,
    /// Markdown as the editors wrote it, and its sanitised HTML.
    pub description_md: String,
    pub description_html: String,
    pub sectors: Vec<String>,
    pub topics: Vec<String>,
    pub countries: Vec<String>,
    pub programme: Option<String>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub reach: Reach,
    pub logo: Option<String>,
    pub updated_at: UnixTime,
}

impl Initiative {
    /// The profile as its form edits it.
    pub fn profile(&self) -> InitiativeProfile {
        InitiativeProfile {
            acronym: self.acronym.clone(),
            name: self.name.clone(),
            summary: self.summary.clone(),
            description: self.description_md.clone(),
            focus_areas: self.focus_areas.clone(),
            sectors: self.sectors.clone(),
            topics: self.topics.clone(),
            countries: self.countries.clone(),
            programme: self.programme.clone(),
            starts_on: self.starts_on.clone(),
            ends_on: self.ends_on.clone(),
            website: self.website.clone(),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            status: self.membership,
            reach: self.reach,
        }
    }
}

pub struct NewInitiative<'a> {
    pub acronym: &'a str,
    pub name: &'a str,
    pub summary: &'a str,
    pub focus_areas: &'a [&'a str],
    pub website: Option<&'a str>,
    pub membership: Membership,
    pub position: i64,
}

/// One saved change of a profile.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Revision {
    pub id: i64,
    pub at: UnixTime,
    pub actor_name: String,
    pub profile: InitiativeProfile,
}

/// An editor of an initiative.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Editor {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub added_by: String,
    pub since: UnixTime,
}

const COLS: &str = "id, acronym, name, summary, focus_areas, website, membership, description_md, description_html,
    sectors, topics, countries, programme, starts_on, ends_on, contact_name, contact_email, reach_newsletter, reach_social,
    reach_partners, logo, updated_at";

fn lines(s: String) -> Vec<String> {
    s.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

fn row(r: &AnyRow) -> Initiative {
    Initiative {
        id: InitiativeId(r.get("id")),
        acronym: r.get("acronym"),
        name: r.get("name"),
        summary: r.get("summary"),
        focus_areas: lines(r.get("focus_areas")),
        website: r.get("website"),
        membership: Membership::from_stored(&r.get::<String, _>("membership")),
        description_md: r.get("description_md"),
        description_html: r.get("description_html"),
        sectors: lines(r.get("sectors")),
        topics: lines(r.get("topics")),
        countries: lines(r.get("countries")),
        programme: r.get("programme"),
        starts_on: r.get("starts_on"),
        ends_on: r.get("ends_on"),
        contact_name: r.get("contact_name"),
        contact_email: r.get("contact_email"),
        reach: Reach {
            newsletter: r.get("reach_newsletter"),
            social: r.get("reach_social"),
            partners: r.get("reach_partners"),
        },
        logo: r.get("logo"),
        updated_at: r.get("updated_at"),
    }
}

async fn initiative_on(c: &mut AnyConnection, id: InitiativeId) -> Result<Initiative> {
    let sql = format!("SELECT {COLS} FROM initiatives WHERE id = $1");
    sqlx::query(AssertSqlSafe(sql)).bind(id.0).fetch_optional(c).await?.as_ref().map(row).ok_or(StoreError::NotFound)
}

impl Db {
    /// Inserts or, when the acronym exists, updates an initiative's name, summary, focus
    /// and standing (seeding is repeatable; what editors wrote elsewhere stays).
    pub async fn upsert_initiative(&self, i: &NewInitiative<'_>) -> Result<()> {
        sqlx::query(
            "INSERT INTO initiatives (acronym, name, summary, focus_areas, website, membership, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (acronym) DO UPDATE SET name = excluded.name, summary = excluded.summary,
               focus_areas = excluded.focus_areas, website = excluded.website,
               membership = excluded.membership, position = excluded.position",
        )
        .bind(i.acronym)
        .bind(i.name)
        .bind(i.summary)
        .bind(i.focus_areas.join("\n"))
        .bind(i.website)
        .bind(i.membership.as_str())
        .bind(i.position)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every initiative: founding members first, then members, then former members, each
    /// in their stated order.
    /// Every initiative, founding members first. Answered from memory until the next write
    /// of this process (see `memo`).
    pub async fn initiatives(&self) -> Result<Vec<Initiative>> {
        let generation = self.memo.generation();
        if let Some(all) = self.memo.initiatives.get("all", generation) {
            return Ok(all.as_ref().clone());
        }
        let sql = format!(
            "SELECT {COLS} FROM initiatives
             ORDER BY CASE membership WHEN 'founding' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, position, acronym"
        );
        let all: Vec<Initiative> =
            sqlx::query(AssertSqlSafe(sql)).fetch_all(self.pool()).await?.iter().map(row).collect();
        self.memo.initiatives.put("all".into(), generation, std::sync::Arc::new(all.clone()));
        Ok(all)
    }

    pub async fn initiative(&self, id: InitiativeId) -> Result<Initiative> {
        initiative_on(&mut *self.pool().acquire().await?, id).await
    }

    /// Whether `user` is an editor of the initiative.
    pub async fn is_initiative_editor(&self, id: InitiativeId, user: UserId) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM initiative_editors WHERE initiative_id = $1 AND user_id = $2")
            .bind(id.0)
            .bind(user.0)
            .fetch_optional(self.pool())
            .await?
            .is_some())
    }

    pub async fn initiative_editors(&self, id: InitiativeId) -> Result<Vec<Editor>> {
        let rows = sqlx::query(
            "SELECT e.user_id, u.name, u.email, e.added_by, e.created_at FROM initiative_editors e JOIN users u ON u.id = e.user_id
             WHERE e.initiative_id = $1 ORDER BY LOWER(u.name), e.user_id",
        )
        .bind(id.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Editor {
                user_id: UserId(r.get(0)),
                name: r.get(1),
                email: r.get(2),
                added_by: r.get(3),
                since: r.get(4),
            })
            .collect())
    }

    /// The saved changes of a profile, newest first.
    pub async fn initiative_revisions(&self, id: InitiativeId) -> Result<Vec<Revision>> {
        let rows = sqlx::query(
            "SELECT id, at, actor_name, snapshot FROM initiative_revisions WHERE initiative_id = $1 ORDER BY id DESC",
        )
        .bind(id.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let profile = serde_json::from_str(&r.get::<String, _>(3)).ok()?;
                Some(Revision { id: r.get(0), at: r.get(1), actor_name: r.get(2), profile })
            })
            .collect())
    }
}

impl Tx {
    pub async fn initiative(&mut self, id: InitiativeId) -> Result<Initiative> {
        initiative_on(self.conn(), id).await
    }

    /// Creates an initiative from a profile; `Conflict("acronym")` if the acronym is taken.
    pub async fn create_initiative(
        &mut self,
        p: &InitiativeProfile,
        html: &str,
        now: UnixTime,
    ) -> Result<InitiativeId> {
        let r = sqlx::query(
            "INSERT INTO initiatives (acronym, name, summary, focus_areas, website, membership, position, updated_at)
             VALUES ($1, $2, $3, '', NULL, $4, (SELECT COALESCE(MAX(position), 0) + 1 FROM initiatives), $5) RETURNING id",
        )
        .bind(&p.acronym)
        .bind(&p.name)
        .bind(&p.summary)
        .bind(p.status.as_str())
        .bind(now)
        .fetch_one(self.conn())
        .await
        .map_err(|e| conflict_on(e, "acronym"))?;
        let id = InitiativeId(r.get(0));
        self.update_initiative(id, p, html, now).await?;
        Ok(id)
    }

    /// Writes a profile (and its description's HTML).
    pub async fn update_initiative(
        &mut self,
        id: InitiativeId,
        p: &InitiativeProfile,
        html: &str,
        now: UnixTime,
    ) -> Result<()> {
        let r = sqlx::query(
            "UPDATE initiatives SET acronym = $1, name = $2, summary = $3, focus_areas = $4, website = $5, membership = $6,
               description_md = $7, description_html = $8, sectors = $9, topics = $10, programme = $11, starts_on = $12,
               ends_on = $13, contact_name = $14, contact_email = $15, reach_newsletter = $16, reach_social = $17,
               reach_partners = $18, updated_at = $19, countries = $20
             WHERE id = $21",
        )
        .bind(&p.acronym)
        .bind(&p.name)
        .bind(&p.summary)
        .bind(p.focus_areas.join("\n"))
        .bind(p.website.as_deref())
        .bind(p.status.as_str())
        .bind(&p.description)
        .bind(html)
        .bind(p.sectors.join("\n"))
        .bind(p.topics.join("\n"))
        .bind(p.programme.as_deref())
        .bind(p.starts_on.as_deref())
        .bind(p.ends_on.as_deref())
        .bind(p.contact_name.as_deref())
        .bind(p.contact_email.as_deref())
        .bind(p.reach.newsletter)
        .bind(p.reach.social)
        .bind(p.reach.partners)
        .bind(now)
        .bind(p.countries.join("\n"))
        .bind(id.0)
        .execute(self.conn())
        .await
        .map_err(|e| conflict_on(e, "acronym"))?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Sets or removes the initiative's logo (a stored image's name).
    pub async fn set_initiative_logo(&mut self, id: InitiativeId, logo: Option<&str>, now: UnixTime) -> Result<()> {
        let r = sqlx::query("UPDATE initiatives SET logo = $1, updated_at = $2 WHERE id = $3")
            .bind(logo)
            .bind(now)
            .bind(id.0)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Records a saved profile in the history.
    pub async fn add_initiative_revision(
        &mut self,
        id: InitiativeId,
        actor: (UserId, &str),
        p: &InitiativeProfile,
        now: UnixTime,
    ) -> Result<()> {
        let snapshot = serde_json::to_string(p).map_err(|e| StoreError::Db(sqlx::Error::Protocol(e.to_string())))?;
        sqlx::query(
            "INSERT INTO initiative_revisions (initiative_id, at, actor_id, actor_name, snapshot) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id.0)
        .bind(now)
        .bind(actor.0.0)
        .bind(actor.1)
        .bind(snapshot)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Makes `user` an editor; `Conflict("editor")` if they already are.
    pub async fn add_initiative_editor(
        &mut self,
        id: InitiativeId,
        user: UserId,
        added_by: &str,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO initiative_editors (initiative_id, user_id, added_by, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id.0)
        .bind(user.0)
        .bind(added_by)
        .bind(now)
        .execute(self.conn())
        .await
        .map_err(|e| conflict_on(e, "editor"))?;
        Ok(())
    }

    pub async fn remove_initiative_editor(&mut self, id: InitiativeId, user: UserId) -> Result<()> {
        let r = sqlx::query("DELETE FROM initiative_editors WHERE initiative_id = $1 AND user_id = $2")
            .bind(id.0)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Whether `user` edits the initiative, read in this transaction.
    pub async fn is_initiative_editor(&mut self, id: InitiativeId, user: UserId) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM initiative_editors WHERE initiative_id = $1 AND user_id = $2")
            .bind(id.0)
            .bind(user.0)
            .fetch_optional(self.conn())
            .await?
            .is_some())
    }
}
