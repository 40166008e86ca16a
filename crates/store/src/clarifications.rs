//! Expressions of interest in a challenge and the clarification questions about it, with
//! the people to tell when an answer or a change appears.

use crate::{Db, Result, StoreError, Tx};
use domain::challenges::InterestState;
use domain::{UnixTime, UserId};
use sqlx::Row;
use sqlx::any::AnyRow;

#[derive(Debug, Clone)]
pub struct Interest {
    pub id: i64,
    pub challenge_id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub user_name: String,
    pub solution_id: Option<i64>,
    pub solution_title: Option<String>,
    pub pitch: String,
    pub state: InterestState,
    pub buyer_message: String,
    pub created_at: UnixTime,
    pub decided_at: Option<UnixTime>,
}

const INTEREST: &str = "SELECT i.id, i.challenge_id, i.organisation_id, o.name, COALESCE(u.name, ''), i.solution_id,
    s.title, i.pitch, i.state, i.buyer_message, i.created_at, i.decided_at
    FROM challenge_interests i JOIN organisations o ON o.id = i.organisation_id
    LEFT JOIN users u ON u.id = i.user_id LEFT JOIN solutions s ON s.id = i.solution_id";

fn interest(r: &AnyRow) -> Interest {
    Interest {
        id: r.get(0),
        challenge_id: r.get(1),
        organisation_id: r.get(2),
        organisation_name: r.get(3),
        user_name: r.get(4),
        solution_id: r.get(5),
        solution_title: r.get(6),
        pitch: r.get(7),
        state: InterestState::parse(&r.get::<String, _>(8)).unwrap_or(InterestState::Submitted),
        buyer_message: r.get(9),
        created_at: r.get(10),
        decided_at: r.get(11),
    }
}

/// A question and, once given, its public answer. Who asked is not read back.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: i64,
    pub challenge_id: i64,
    pub question: String,
    pub answer: Option<String>,
    pub created_at: UnixTime,
    pub answered_at: Option<UnixTime>,
}

fn question(r: &AnyRow) -> Question {
    Question {
        id: r.get(0),
        challenge_id: r.get(1),
        question: r.get(2),
        answer: r.get(3),
        created_at: r.get(4),
        answered_at: r.get(5),
    }
}

const QUESTION: &str = "SELECT id, challenge_id, question, answer, created_at, answered_at FROM challenge_questions";

impl Db {
    /// Every expression of interest in a challenge, oldest first (for its buyer).
    pub async fn challenge_interests(&self, challenge: i64) -> Result<Vec<Interest>> {
        let sql = format!("{INTEREST} WHERE i.challenge_id = $1 ORDER BY i.id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(challenge).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(interest).collect())
    }

    /// The expressions of interest of these organisations (a supplier's own).
    pub async fn interests_of(&self, challenge: i64, orgs: &[i64]) -> Result<Vec<Interest>> {
        Ok(self
            .challenge_interests(challenge)
            .await?
            .into_iter()
            .filter(|i| orgs.contains(&i.organisation_id))
            .collect())
    }

    /// The questions about a challenge, oldest first.
    pub async fn challenge_questions(&self, challenge: i64) -> Result<Vec<Question>> {
        let sql = format!("{QUESTION} WHERE challenge_id = $1 ORDER BY id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(challenge).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(question).collect())
    }
}

impl Tx {
    /// Records an expression of interest; `None` if the organisation already expressed one.
    pub async fn express_interest(
        &mut self,
        challenge: i64,
        org: i64,
        user: UserId,
        solution: Option<i64>,
        pitch: &str,
        now: UnixTime,
    ) -> Result<Option<i64>> {
        let r = sqlx::query(
            "INSERT INTO challenge_interests (challenge_id, organisation_id, user_id, solution_id, pitch, state, created_at)
             VALUES ($1, $2, $3, $4, $5, 'submitted', $6) ON CONFLICT (challenge_id, organisation_id) DO NOTHING
             RETURNING id",
        )
        .bind(challenge)
        .bind(org)
        .bind(user.0)
        .bind(solution)
        .bind(pitch)
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        Ok(r.map(|r| r.get(0)))
    }

    pub async fn interest(&mut self, id: i64) -> Result<Interest> {
        let sql = format!("{INTEREST} WHERE i.id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        r.as_ref().map(interest).ok_or(StoreError::NotFound)
    }

    /// Moves an interest from `from` to `to`; false if it was no longer in `from`.
    pub async fn decide_interest(
        &mut self,
        id: i64,
        from: InterestState,
        to: InterestState,
        message: &str,
        now: UnixTime,
    ) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE challenge_interests SET state = $1, buyer_message = $2, decided_at = $3 WHERE id = $4 AND state = $5",
        )
        .bind(to.as_str())
        .bind(message)
        .bind(now)
        .bind(id)
        .bind(from.as_str())
        .execute(self.conn())
        .await?;
        Ok(r.rows_affected() > 0)
    }

    pub async fn ask_question(
        &mut self,
        challenge: i64,
        org: i64,
        user: UserId,
        text: &str,
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO challenge_questions (challenge_id, organisation_id, user_id, question, created_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(challenge)
        .bind(org)
        .bind(user.0)
        .bind(text)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    pub async fn question(&mut self, id: i64) -> Result<Question> {
        let sql = format!("{QUESTION} WHERE id = $1");
        let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        r.as_ref().map(question).ok_or(StoreError::NotFound)
    }

    /// Publishes the answer to a question not answered yet; false if it already was.
    pub async fn answer_question(&mut self, id: i64, text: &str, now: UnixTime) -> Result<bool> {
        let r = sqlx::query(
            "UPDATE challenge_questions SET answer = $1, answered_at = $2 WHERE id = $3 AND answer IS NULL",
        )
        .bind(text)
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Everyone interested in a challenge: the active members of the organisations that
    /// expressed interest, asked a question or share the need (not of its own buyer).
    pub async fn interested_users(&mut self, challenge: i64) -> Result<Vec<UserId>> {
        let rows = sqlx::query(
            "SELECT DISTINCT m.user_id FROM memberships m
             WHERE m.status = 'active'
               AND m.organisation_id <> (SELECT organisation_id FROM challenges WHERE id = $1)
               AND m.organisation_id IN (
                 SELECT organisation_id FROM challenge_interests WHERE challenge_id = $1
                 UNION SELECT organisation_id FROM challenge_questions WHERE challenge_id = $1
                 UNION SELECT organisation_id FROM challenge_observers WHERE challenge_id = $1)
             ORDER BY m.user_id",
        )
        .bind(challenge)
        .fetch_all(self.conn())
        .await?;
        Ok(rows.iter().map(|r| UserId(r.get(0))).collect())
    }
}
