//! What the landscape map counts: member initiatives by the countries they work in and
//! their topics; approved organisations by their country and the topics of what they
//! published; people who show both their country and topics on a public profile; published
//! resources by their country and topic tags.

use crate::{Db, Result};
use sqlx::Row;

/// Someone or something that provides expertise somewhere.
#[derive(Debug, Clone)]
pub struct Holder {
    pub id: i64,
    pub name: String,
    pub countries: Vec<String>,
    pub topics: Vec<String>,
}

fn split(s: &str) -> Vec<String> {
    s.split(['|', '\n']).filter(|c| !c.is_empty()).map(str::to_owned).collect()
}

impl Db {
    /// The current member initiatives.
    pub async fn landscape_initiatives(&self) -> Result<Vec<Holder>> {
        let rows = sqlx::query(
            "SELECT id, acronym, countries, topics FROM initiatives WHERE membership <> 'former' ORDER BY acronym",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Holder {
                id: r.get(0),
                name: r.get(1),
                countries: split(&r.get::<String, _>(2)),
                topics: split(&r.get::<String, _>(3)),
            })
            .collect())
    }

    /// Approved organisations with the topics of their published resources.
    pub async fn landscape_organisations(&self) -> Result<Vec<Holder>> {
        let rows = sqlx::query(
            "SELECT o.id, o.name, o.country, r.topics FROM organisations o
               JOIN resources r ON r.organisation_id = o.id
             WHERE o.status = 'approved' AND r.state = 'published' AND r.topics <> ''
             GROUP BY o.id, o.name, o.country, r.topics ORDER BY o.name, o.id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut out: Vec<Holder> = Vec::new();
        for r in &rows {
            let id: i64 = r.get(0);
            let topics = split(&r.get::<String, _>(3));
            match out.last_mut() {
                Some(h) if h.id == id => {
                    for t in topics {
                        if !h.topics.contains(&t) {
                            h.topics.push(t);
                        }
                    }
                }
                _ => out.push(Holder { id, name: r.get(1), countries: vec![r.get(2)], topics }),
            }
        }
        Ok(out)
    }

    /// People who show their country and their topics on a public profile.
    pub async fn landscape_people(&self) -> Result<Vec<Holder>> {
        let rows = sqlx::query(
            "SELECT p.user_id, u.name, p.country, p.topics FROM profiles p JOIN users u ON u.id = p.user_id
             WHERE p.public = 1 AND p.show_country = 1 AND p.show_topics = 1 AND p.country IS NOT NULL
               AND p.topics <> '' AND u.status <> 'rejected'
               AND NOT EXISTS (SELECT 1 FROM moderation x WHERE x.target_kind = 'profile' AND x.target_id = p.user_id)
             ORDER BY p.name_key, p.user_id",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Holder {
                id: r.get(0),
                name: r.get(1),
                countries: vec![r.get(2)],
                topics: split(&r.get::<String, _>(3)),
            })
            .collect())
    }

    /// Published resources grouped by their tag lists: (countries, topics, how many).
    pub async fn landscape_resources(&self) -> Result<Vec<(Vec<String>, Vec<String>, i64)>> {
        let rows = sqlx::query(
            "SELECT countries, topics, COUNT(*) FROM resources
             WHERE state = 'published' AND countries <> '' AND topics <> '' GROUP BY countries, topics",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| (split(&r.get::<String, _>(0)), split(&r.get::<String, _>(1)), r.get(2))).collect())
    }

    /// Published resources tagged with a country and a topic: the newest `limit` (id,
    /// title) and how many in all.
    pub async fn landscape_cell_resources(
        &self,
        country: &str,
        topic: &str,
        limit: i64,
    ) -> Result<(Vec<(i64, String)>, i64)> {
        let (c, t) = (format!("%|{country}|%"), format!("%|{topic}|%"));
        let total: i64 = sqlx::query(
            "SELECT COUNT(*) FROM resources WHERE state = 'published' AND countries LIKE $1 AND topics LIKE $2",
        )
        .bind(&c)
        .bind(&t)
        .fetch_one(self.pool())
        .await?
        .get(0);
        let rows = sqlx::query(
            "SELECT id, title FROM resources WHERE state = 'published' AND countries LIKE $1 AND topics LIKE $2
             ORDER BY published_at DESC, id DESC LIMIT $3",
        )
        .bind(&c)
        .bind(&t)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok((rows.iter().map(|r| (r.get(0), r.get(1))).collect(), total))
    }
}
