//! Topics an administrator adds (the curriculum's nine are in code).

use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::topics::Topic;
use domain::{UnixTime, UserId};
use sqlx::Row;

impl Db {
    /// The added topics, in the order they were added.
    pub async fn topics(&self) -> Result<Vec<Topic>> {
        let rows = sqlx::query("SELECT code, label_en, label_fr, label_de FROM topics ORDER BY created_at, code")
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(|r| Topic { code: r.get(0), en: r.get(1), fr: r.get(2), de: r.get(3) }).collect())
    }
}

impl Tx {
    /// Adds a topic; its code must be new.
    pub async fn add_topic(&mut self, t: &Topic, by: UserId, now: UnixTime) -> Result<()> {
        sqlx::query(
            "INSERT INTO topics (code, label_en, label_fr, label_de, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&t.code)
        .bind(&t.en)
        .bind(&t.fr)
        .bind(&t.de)
        .bind(by.0)
        .bind(now)
        .execute(self.conn())
        .await
        .map_err(|e| conflict_on(e, "label_en"))?;
        Ok(())
    }

    /// How many resources are tagged with a topic.
    pub async fn topic_uses(&mut self, code: &str) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM resources WHERE topics LIKE $1")
            .bind(format!("%|{code}|%"))
            .fetch_one(self.conn())
            .await?
            .get(0))
    }

    pub async fn topic_exists(&mut self, code: &str) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM topics WHERE code = $1").bind(code).fetch_optional(self.conn()).await?.is_some())
    }

    pub async fn remove_topic(&mut self, code: &str) -> Result<()> {
        let r = sqlx::query("DELETE FROM topics WHERE code = $1").bind(code).execute(self.conn()).await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }
}
