//! Member initiatives of the task force.

use crate::{Db, Result};
use domain::InitiativeId;
use domain::initiatives::Membership;
use sqlx::Row;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Initiative {
    pub id: InitiativeId,
    pub acronym: String,
    pub name: String,
    pub summary: String,
    pub focus_areas: Vec<String>,
    pub website: Option<String>,
    pub membership: Membership,
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

impl Db {
    /// Inserts or, when the acronym exists, updates an initiative (seeding is repeatable).
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

    /// Founding members first, then the others, in their stated order.
    pub async fn initiatives(&self) -> Result<Vec<Initiative>> {
        let rows = sqlx::query(
            "SELECT id, acronym, name, summary, focus_areas, website, membership FROM initiatives
             ORDER BY CASE membership WHEN 'founding' THEN 0 ELSE 1 END, position, acronym",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Initiative {
                id: InitiativeId(r.get(0)),
                acronym: r.get(1),
                name: r.get(2),
                summary: r.get(3),
                focus_areas: r.get::<String, _>(4).lines().map(str::to_owned).collect(),
                website: r.get(5),
                membership: Membership::from_stored(&r.get::<String, _>(6)),
            })
            .collect())
    }
}
