//! A challenge's co-creation space: threads and posts, shared files, milestones, and the
//! record of every contact in it (written in the same transaction as the contact).

use crate::{Db, Result, StoreError, Tx};
use domain::{UnixTime, UserId};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub organisation_name: String,
    pub user_name: String,
    pub body: String,
    pub created_at: UnixTime,
}

#[derive(Debug, Clone)]
pub struct Thread {
    pub id: i64,
    pub title: String,
    pub organisation_name: String,
    pub created_at: UnixTime,
    pub posts: Vec<Post>,
}

#[derive(Debug, Clone)]
pub struct SpaceFile {
    pub id: i64,
    pub challenge_id: i64,
    pub organisation_name: String,
    pub user_name: String,
    pub name: String,
    pub kind: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: UnixTime,
}

#[derive(Debug, Clone)]
pub struct Milestone {
    pub id: i64,
    pub title: String,
    pub due_on: String,
    /// `planned`, `done` or `dropped`.
    pub state: String,
}

#[derive(Debug, Clone)]
pub struct Contact {
    pub organisation_name: String,
    pub user_name: String,
    pub action: String,
    pub detail: String,
    pub at: UnixTime,
}

/// Everything a member sees of the space.
#[derive(Debug, Clone, Default)]
pub struct Space {
    pub threads: Vec<Thread>,
    pub files: Vec<SpaceFile>,
    pub milestones: Vec<Milestone>,
    pub record: Vec<Contact>,
}

const FILE: &str =
    "SELECT f.id, f.challenge_id, o.name, COALESCE(u.name, ''), f.name, f.kind, f.size, f.sha256, f.created_at
    FROM cocreation_files f JOIN organisations o ON o.id = f.organisation_id LEFT JOIN users u ON u.id = f.user_id";

fn file(r: &sqlx::any::AnyRow) -> SpaceFile {
    SpaceFile {
        id: r.get(0),
        challenge_id: r.get(1),
        organisation_name: r.get(2),
        user_name: r.get(3),
        name: r.get(4),
        kind: r.get(5),
        size: r.get(6),
        sha256: r.get(7),
        created_at: r.get(8),
    }
}

impl Db {
    pub async fn space(&self, challenge: i64) -> Result<Space> {
        let threads = sqlx::query(
            "SELECT t.id, t.title, o.name, t.created_at FROM cocreation_threads t
             JOIN organisations o ON o.id = t.organisation_id WHERE t.challenge_id = $1 ORDER BY t.id DESC",
        )
        .bind(challenge)
        .fetch_all(self.pool())
        .await?;
        let posts = sqlx::query(
            "SELECT p.id, p.thread_id, o.name, COALESCE(u.name, ''), p.body, p.created_at FROM cocreation_posts p
             JOIN cocreation_threads t ON t.id = p.thread_id JOIN organisations o ON o.id = p.organisation_id
             LEFT JOIN users u ON u.id = p.user_id WHERE t.challenge_id = $1 ORDER BY p.id",
        )
        .bind(challenge)
        .fetch_all(self.pool())
        .await?;
        let posts: Vec<Post> = posts
            .iter()
            .map(|r| Post {
                id: r.get(0),
                thread_id: r.get(1),
                organisation_name: r.get(2),
                user_name: r.get(3),
                body: r.get(4),
                created_at: r.get(5),
            })
            .collect();
        let threads = threads
            .iter()
            .map(|r| {
                let id: i64 = r.get(0);
                Thread {
                    id,
                    title: r.get(1),
                    organisation_name: r.get(2),
                    created_at: r.get(3),
                    posts: posts.iter().filter(|p| p.thread_id == id).cloned().collect(),
                }
            })
            .collect();
        let files = sqlx::query(sqlx::AssertSqlSafe(format!("{FILE} WHERE f.challenge_id = $1 ORDER BY f.id DESC")))
            .bind(challenge)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(file)
            .collect();
        let milestones = sqlx::query(
            "SELECT id, title, due_on, state FROM cocreation_milestones WHERE challenge_id = $1 ORDER BY due_on, id",
        )
        .bind(challenge)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Milestone { id: r.get(0), title: r.get(1), due_on: r.get(2), state: r.get(3) })
        .collect();
        let record = sqlx::query(
            "SELECT o.name, COALESCE(u.name, ''), l.action, l.detail, l.created_at FROM cocreation_log l
             JOIN organisations o ON o.id = l.organisation_id LEFT JOIN users u ON u.id = l.user_id
             WHERE l.challenge_id = $1 ORDER BY l.id",
        )
        .bind(challenge)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Contact {
            organisation_name: r.get(0),
            user_name: r.get(1),
            action: r.get(2),
            detail: r.get(3),
            at: r.get(4),
        })
        .collect();
        Ok(Space { threads, files, milestones, record })
    }

    pub async fn space_file(&self, id: i64) -> Result<SpaceFile> {
        let r = sqlx::query(sqlx::AssertSqlSafe(format!("{FILE} WHERE f.id = $1")))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        r.as_ref().map(file).ok_or(StoreError::NotFound)
    }
}

impl Tx {
    /// Adds a line to the space's record of contacts.
    pub async fn record_contact(
        &mut self,
        challenge: i64,
        org: i64,
        user: UserId,
        action: &str,
        detail: &str,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO cocreation_log (challenge_id, organisation_id, user_id, action, detail, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(challenge)
        .bind(org)
        .bind(user.0)
        .bind(action)
        .bind(detail)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn open_thread(
        &mut self,
        challenge: i64,
        org: i64,
        user: UserId,
        title: &str,
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO cocreation_threads (challenge_id, title, organisation_id, user_id, created_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(challenge)
        .bind(title)
        .bind(org)
        .bind(user.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    /// The challenge of a thread and its title.
    pub async fn space_thread(&mut self, id: i64) -> Result<(i64, String)> {
        let r = sqlx::query("SELECT challenge_id, title FROM cocreation_threads WHERE id = $1")
            .bind(id)
            .fetch_optional(self.conn())
            .await?;
        r.map(|r| (r.get(0), r.get(1))).ok_or(StoreError::NotFound)
    }

    pub async fn add_post(&mut self, thread: i64, org: i64, user: UserId, body: &str, now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO cocreation_posts (thread_id, organisation_id, user_id, body, created_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(thread)
        .bind(org)
        .bind(user.0)
        .bind(body)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    pub async fn count_space_files(&mut self, challenge: i64) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM cocreation_files WHERE challenge_id = $1")
            .bind(challenge)
            .fetch_one(self.conn())
            .await?
            .get(0))
    }

    pub async fn add_space_file(
        &mut self,
        challenge: i64,
        org: i64,
        user: UserId,
        (name, kind, size, sha256): (&str, &str, i64, &str),
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO cocreation_files (challenge_id, organisation_id, user_id, name, kind, size, sha256, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(challenge)
        .bind(org)
        .bind(user.0)
        .bind(name)
        .bind(kind)
        .bind(size)
        .bind(sha256)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    pub async fn add_milestone(&mut self, challenge: i64, title: &str, due_on: &str, now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO cocreation_milestones (challenge_id, title, due_on, state, created_at, updated_at)
             VALUES ($1, $2, $3, 'planned', $4, $4) RETURNING id",
        )
        .bind(challenge)
        .bind(title)
        .bind(due_on)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    /// Sets a milestone's state; the milestone's title, or not found if it is not the
    /// challenge's.
    pub async fn set_milestone(&mut self, challenge: i64, id: i64, state: &str, now: UnixTime) -> Result<String> {
        let r = sqlx::query(
            "UPDATE cocreation_milestones SET state = $1, updated_at = $2 WHERE id = $3 AND challenge_id = $4
             RETURNING title",
        )
        .bind(state)
        .bind(now)
        .bind(id)
        .bind(challenge)
        .fetch_optional(self.conn())
        .await?;
        r.map(|r| r.get(0)).ok_or(StoreError::NotFound)
    }
}

/// A document attached to a challenge.
#[derive(Debug, Clone)]
pub struct ChallengeFile {
    pub id: i64,
    pub challenge_id: i64,
    pub name: String,
    pub kind: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: UnixTime,
}

fn challenge_file(r: &sqlx::any::AnyRow) -> ChallengeFile {
    ChallengeFile {
        id: r.get(0),
        challenge_id: r.get(1),
        name: r.get(2),
        kind: r.get(3),
        size: r.get(4),
        sha256: r.get(5),
        created_at: r.get(6),
    }
}

const CHALLENGE_FILE: &str = "SELECT id, challenge_id, name, kind, size, sha256, created_at FROM challenge_files";

impl Db {
    pub async fn challenge_files(&self, challenge: i64) -> Result<Vec<ChallengeFile>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{CHALLENGE_FILE} WHERE challenge_id = $1 ORDER BY id")))
            .bind(challenge)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(challenge_file).collect())
    }

    pub async fn challenge_file(&self, id: i64) -> Result<ChallengeFile> {
        let r = sqlx::query(sqlx::AssertSqlSafe(format!("{CHALLENGE_FILE} WHERE id = $1")))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        r.as_ref().map(challenge_file).ok_or(StoreError::NotFound)
    }
}

impl Tx {
    pub async fn count_challenge_files(&mut self, challenge: i64) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM challenge_files WHERE challenge_id = $1")
            .bind(challenge)
            .fetch_one(self.conn())
            .await?
            .get(0))
    }

    pub async fn add_challenge_file(
        &mut self,
        challenge: i64,
        user: UserId,
        (name, kind, size, sha256): (&str, &str, i64, &str),
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO challenge_files (challenge_id, user_id, name, kind, size, sha256, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(challenge)
        .bind(user.0)
        .bind(name)
        .bind(kind)
        .bind(size)
        .bind(sha256)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    /// Removes an attachment of the challenge; its name, or not found.
    pub async fn remove_challenge_file(&mut self, challenge: i64, id: i64) -> Result<String> {
        let r = sqlx::query("DELETE FROM challenge_files WHERE id = $1 AND challenge_id = $2 RETURNING name")
            .bind(id)
            .bind(challenge)
            .fetch_optional(self.conn())
            .await?;
        r.map(|r| r.get(0)).ok_or(StoreError::NotFound)
    }
}
