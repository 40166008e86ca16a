//! Follows and the activity a dashboard shows. Activity is written in the transaction of
//! the change it reports; a dashboard reads the rows whose subject or topics the person
//! follows, leaving out a closed working group's activity unless they are its member.

use crate::{Db, Result, Tx};
use domain::follows::{Activity, Target};
use domain::{UnixTime, UserId};
use sqlx::Row;

/// One thing a person follows, with the name to show.
#[derive(Debug, Clone)]
pub struct Followed {
    pub kind: String,
    pub key: String,
    /// The initiative's acronym, organisation's or group's name (topics are named by the caller).
    pub name: Option<String>,
}

/// One line of a dashboard.
#[derive(Debug, Clone)]
pub struct ActivityRow {
    pub id: i64,
    pub at: UnixTime,
    pub kind: Option<Activity>,
    /// `None` when the actor's account was erased (or the change was made by the hub).
    pub actor_name: Option<String>,
    pub subject_kind: String,
    pub title: String,
    pub link: String,
}

/// What a change reports to those who follow its subject or topics.
pub struct NewActivity<'a> {
    pub kind: Activity,
    pub actor: Option<UserId>,
    pub subject: Target,
    pub topics: &'a [String],
    /// The working group whose visibility applies (its posts), if any.
    pub group: Option<i64>,
    pub title: &'a str,
    pub link: &'a str,
}

impl Db {
    pub async fn follows(&self, user: UserId) -> Result<Vec<Followed>> {
        let rows = sqlx::query(
            "SELECT f.target_kind, f.target_key,
                    CASE f.target_kind
                      WHEN 'initiative' THEN (SELECT i.acronym FROM initiatives i WHERE CAST(i.id AS TEXT) = f.target_key)
                      WHEN 'organisation' THEN (SELECT o.name FROM organisations o WHERE CAST(o.id AS TEXT) = f.target_key)
                      WHEN 'group' THEN (SELECT g.name FROM working_groups g WHERE CAST(g.id AS TEXT) = f.target_key)
                    END AS name
             FROM follows f WHERE f.user_id = $1 ORDER BY f.target_kind, f.created_at",
        )
        .bind(user.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| Followed { kind: r.get(0), key: r.get(1), name: r.get(2) }).collect())
    }

    pub async fn is_following(&self, user: UserId, t: &Target) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM follows WHERE user_id = $1 AND target_kind = $2 AND target_key = $3")
            .bind(user.0)
            .bind(t.kind())
            .bind(t.key())
            .fetch_optional(self.pool())
            .await?
            .is_some())
    }

    /// The newest activity of what `user` follows (at most `limit` rows), newest first.
    pub async fn dashboard(&self, user: UserId, limit: i64) -> Result<Vec<ActivityRow>> {
        let rows = sqlx::query(
            "SELECT a.id, a.at, a.kind, u.name, a.subject_kind, a.title, a.link FROM activity a
             LEFT JOIN users u ON u.id = a.actor_id
             LEFT JOIN working_groups g ON g.id = a.group_id
             WHERE EXISTS (SELECT 1 FROM follows f WHERE f.user_id = $1 AND (
                     (f.target_kind = a.subject_kind AND f.target_key = a.subject_key)
                     OR (f.target_kind = 'topic' AND a.topics LIKE '%|' || f.target_key || '|%')))
               AND (a.group_id IS NULL OR g.is_open = 1 OR EXISTS (
                     SELECT 1 FROM group_members m WHERE m.group_id = a.group_id AND m.user_id = $1 AND m.status = 'active'))
             ORDER BY a.at DESC, a.id DESC LIMIT $2",
        )
        .bind(user.0)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| ActivityRow {
                id: r.get(0),
                at: r.get(1),
                kind: Activity::parse(&r.get::<String, _>(2)),
                actor_name: r.get(3),
                subject_kind: r.get(4),
                title: r.get(5),
                link: r.get(6),
            })
            .collect())
    }
}

impl Tx {
    /// Follows something (nothing changes if one already does).
    pub async fn follow(&mut self, user: UserId, t: &Target, now: UnixTime) -> Result<()> {
        sqlx::query(
            "INSERT INTO follows (user_id, target_kind, target_key, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(user.0)
        .bind(t.kind())
        .bind(t.key())
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn unfollow(&mut self, user: UserId, t: &Target) -> Result<()> {
        sqlx::query("DELETE FROM follows WHERE user_id = $1 AND target_kind = $2 AND target_key = $3")
            .bind(user.0)
            .bind(t.kind())
            .bind(t.key())
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Records a change for the dashboards of those who follow it.
    pub async fn record_activity(&mut self, a: NewActivity<'_>, now: UnixTime) -> Result<()> {
        let topics = if a.topics.is_empty() { String::new() } else { format!("|{}|", a.topics.join("|")) };
        sqlx::query(
            "INSERT INTO activity (at, actor_id, kind, subject_kind, subject_key, topics, group_id, title, link)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(now)
        .bind(a.actor.map(|u| u.0))
        .bind(a.kind.as_str())
        .bind(a.subject.kind())
        .bind(a.subject.key())
        .bind(topics)
        .bind(a.group)
        .bind(a.title)
        .bind(a.link)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
