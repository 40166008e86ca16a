//! Private conversations, their messages, and blocks. Nothing here returns an e-mail
//! address except [`Tx::conversation_recipients`], which the notification uses.

use crate::{Db, Result, StoreError, Tx};
use domain::accounts::Language;
use domain::{UnixTime, UserId};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct Conversation {
    pub id: i64,
    pub subject: String,
    pub organisation: Option<(i64, String)>,
    pub created_at: UnixTime,
    pub last_message_at: UnixTime,
    /// The other people in it (id, name).
    pub others: Vec<(UserId, String)>,
    /// Whether the reader has a message they have not seen.
    pub unread: bool,
}

#[derive(Debug, Clone)]
pub struct Message {
    pub id: i64,
    pub author_id: Option<UserId>,
    /// `None` once the author's account is erased.
    pub author_name: Option<String>,
    pub body: String,
    pub created_at: UnixTime,
}

/// A person to tell about a new message.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub language: Option<Language>,
    /// Not told since they last read the conversation.
    pub due: bool,
}

async fn others(c: &mut sqlx::AnyConnection, conversation: i64, me: UserId) -> Result<Vec<(UserId, String)>> {
    let rows = sqlx::query(
        "SELECT u.id, u.name FROM conversation_members m JOIN users u ON u.id = m.user_id
         WHERE m.conversation_id = $1 AND m.user_id <> $2 ORDER BY LOWER(u.name), u.id",
    )
    .bind(conversation)
    .bind(me.0)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(|r| (UserId(r.get(0)), r.get(1))).collect())
}

impl Db {
    /// The reader's conversations, most recent first.
    pub async fn conversations(&self, me: UserId) -> Result<Vec<Conversation>> {
        let rows = sqlx::query(
            "SELECT c.id, c.subject, c.organisation_id, o.name, c.created_at, c.last_message_at, m.last_read_at
             FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id
             LEFT JOIN organisations o ON o.id = c.organisation_id
             WHERE m.user_id = $1 ORDER BY c.last_message_at DESC, c.id DESC LIMIT 200",
        )
        .bind(me.0)
        .fetch_all(self.pool())
        .await?;
        let mut c = self.pool().acquire().await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: i64 = r.get(0);
            let org: Option<i64> = r.get(2);
            let last: i64 = r.get(5);
            let read: i64 = r.get(6);
            out.push(Conversation {
                id,
                subject: r.get(1),
                organisation: org.map(|o| (o, r.get::<Option<String>, _>(3).unwrap_or_default())),
                created_at: r.get(4),
                last_message_at: last,
                others: others(&mut c, id, me).await?,
                unread: last > read,
            });
        }
        Ok(out)
    }

    /// One conversation, if the reader is in it (`NotFound` otherwise).
    pub async fn conversation(&self, id: i64, me: UserId) -> Result<Conversation> {
        let r = sqlx::query(
            "SELECT c.id, c.subject, c.organisation_id, o.name, c.created_at, c.last_message_at, m.last_read_at
             FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id
             LEFT JOIN organisations o ON o.id = c.organisation_id
             WHERE c.id = $1 AND m.user_id = $2",
        )
        .bind(id)
        .bind(me.0)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        let org: Option<i64> = r.get(2);
        let mut c = self.pool().acquire().await?;
        Ok(Conversation {
            id,
            subject: r.get(1),
            organisation: org.map(|o| (o, r.get::<Option<String>, _>(3).unwrap_or_default())),
            created_at: r.get(4),
            last_message_at: r.get(5),
            others: others(&mut c, id, me).await?,
            unread: r.get::<i64, _>(5) > r.get::<i64, _>(6),
        })
    }

    /// A conversation seen by a moderator reviewing a report (no membership needed).
    pub async fn conversation_for_review(&self, id: i64) -> Result<(Conversation, Vec<Message>)> {
        let r = sqlx::query(
            "SELECT c.id, c.subject, c.organisation_id, o.name, c.created_at, c.last_message_at FROM conversations c
             LEFT JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        let org: Option<i64> = r.get(2);
        let mut c = self.pool().acquire().await?;
        let conv = Conversation {
            id,
            subject: r.get(1),
            organisation: org.map(|o| (o, r.get::<Option<String>, _>(3).unwrap_or_default())),
            created_at: r.get(4),
            last_message_at: r.get(5),
            others: others(&mut c, id, UserId(0)).await?,
            unread: false,
        };
        Ok((conv, self.messages(id).await?))
    }

    pub async fn messages(&self, conversation: i64) -> Result<Vec<Message>> {
        let rows = sqlx::query(
            "SELECT m.id, m.author_id, u.name, m.body, m.created_at FROM messages m LEFT JOIN users u ON u.id = m.author_id
             WHERE m.conversation_id = $1 ORDER BY m.id",
        )
        .bind(conversation)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Message {
                id: r.get(0),
                author_id: r.get::<Option<i64>, _>(1).map(UserId),
                author_name: r.get(2),
                body: r.get(3),
                created_at: r.get(4),
            })
            .collect())
    }

    /// How many conversations have unread messages for the reader.
    pub async fn unread_conversations(&self, me: UserId) -> Result<i64> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id
             WHERE m.user_id = $1 AND c.last_message_at > m.last_read_at",
        )
        .bind(me.0)
        .fetch_one(self.pool())
        .await?
        .get(0))
    }

    /// The people the reader blocked (id, name).
    pub async fn blocked_by(&self, me: UserId) -> Result<Vec<(UserId, String)>> {
        let rows = sqlx::query(
            "SELECT u.id, u.name FROM blocks b JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = $1 ORDER BY LOWER(u.name)",
        )
        .bind(me.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(|r| (UserId(r.get(0)), r.get(1))).collect())
    }

    pub async fn has_blocked(&self, blocker: UserId, blocked: UserId) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM blocks WHERE blocker_id = $1 AND blocked_id = $2")
            .bind(blocker.0)
            .bind(blocked.0)
            .fetch_optional(self.pool())
            .await?
            .is_some())
    }

    /// Marks the conversation read up to now for the reader.
    pub async fn mark_read(&self, conversation: i64, me: UserId, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE conversation_members SET last_read_at = $1 WHERE conversation_id = $2 AND user_id = $3")
            .bind(now)
            .bind(conversation)
            .bind(me.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

impl Tx {
    /// The one-to-one conversation between two people, if there is one.
    pub async fn direct_conversation(&mut self, a: UserId, b: UserId) -> Result<Option<i64>> {
        let r = sqlx::query(
            "SELECT c.id FROM conversations c
             WHERE c.organisation_id IS NULL
               AND EXISTS (SELECT 1 FROM conversation_members m WHERE m.conversation_id = c.id AND m.user_id = $1)
               AND EXISTS (SELECT 1 FROM conversation_members m WHERE m.conversation_id = c.id AND m.user_id = $2)
               AND (SELECT COUNT(*) FROM conversation_members m WHERE m.conversation_id = c.id) = 2
             ORDER BY c.id LIMIT 1",
        )
        .bind(a.0)
        .bind(b.0)
        .fetch_optional(self.conn())
        .await?;
        Ok(r.map(|r| r.get(0)))
    }

    /// How many conversations `user` started since `since` (a throttle).
    pub async fn conversations_started(&mut self, user: UserId, since: UnixTime) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM conversations WHERE started_by = $1 AND created_at >= $2")
            .bind(user.0)
            .bind(since)
            .fetch_one(self.conn())
            .await?
            .get(0))
    }

    pub async fn create_conversation(
        &mut self,
        by: UserId,
        members: &[UserId],
        organisation: Option<i64>,
        subject: &str,
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO conversations (organisation_id, subject, started_by, created_at, last_message_at)
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(organisation)
        .bind(subject)
        .bind(by.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        let id: i64 = r.get(0);
        for m in members {
            sqlx::query(
                "INSERT INTO conversation_members (conversation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(m.0)
            .execute(self.conn())
            .await?;
        }
        Ok(id)
    }

    pub async fn is_in_conversation(&mut self, conversation: i64, user: UserId) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM conversation_members WHERE conversation_id = $1 AND user_id = $2")
            .bind(conversation)
            .bind(user.0)
            .fetch_optional(self.conn())
            .await?
            .is_some())
    }

    /// Adds a message; the author has read the conversation up to it.
    pub async fn add_message(&mut self, conversation: i64, author: UserId, body: &str, now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO messages (conversation_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(conversation)
        .bind(author.0)
        .bind(body)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        sqlx::query("UPDATE conversations SET last_message_at = $1 WHERE id = $2")
            .bind(now)
            .bind(conversation)
            .execute(self.conn())
            .await?;
        sqlx::query("UPDATE conversation_members SET last_read_at = $1 WHERE conversation_id = $2 AND user_id = $3")
            .bind(now)
            .bind(conversation)
            .bind(author.0)
            .execute(self.conn())
            .await?;
        Ok(r.get(0))
    }

    /// The others in a conversation, with their addresses (for the notification only),
    /// and whether they blocked `sender`.
    pub async fn conversation_recipients(
        &mut self,
        conversation: i64,
        sender: UserId,
    ) -> Result<Vec<(Recipient, bool)>> {
        let rows = sqlx::query(
            "SELECT u.id, u.name, u.email, u.language, m.notified_at <= m.last_read_at,
                    EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = u.id AND b.blocked_id = $2)
             FROM conversation_members m JOIN users u ON u.id = m.user_id
             WHERE m.conversation_id = $1 AND m.user_id <> $2 ORDER BY u.id",
        )
        .bind(conversation)
        .bind(sender.0)
        .fetch_all(self.conn())
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let flag = |i: usize| r.try_get::<bool, _>(i).unwrap_or_else(|_| r.get::<i64, _>(i) != 0);
                (
                    Recipient {
                        id: UserId(r.get(0)),
                        name: r.get(1),
                        email: r.get(2),
                        language: r.get::<Option<String>, _>(3).as_deref().and_then(Language::from_tag),
                        due: flag(4),
                    },
                    flag(5),
                )
            })
            .collect())
    }

    pub async fn mark_notified(&mut self, conversation: i64, user: UserId, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE conversation_members SET notified_at = $1 WHERE conversation_id = $2 AND user_id = $3")
            .bind(now)
            .bind(conversation)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Whether `blocker` blocked `blocked`, read in this transaction.
    pub async fn has_blocked(&mut self, blocker: UserId, blocked: UserId) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM blocks WHERE blocker_id = $1 AND blocked_id = $2")
            .bind(blocker.0)
            .bind(blocked.0)
            .fetch_optional(self.conn())
            .await?
            .is_some())
    }

    pub async fn block(&mut self, blocker: UserId, blocked: UserId, now: UnixTime) -> Result<()> {
        sqlx::query(
            "INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(blocker.0)
        .bind(blocked.0)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn unblock(&mut self, blocker: UserId, blocked: UserId) -> Result<()> {
        sqlx::query("DELETE FROM blocks WHERE blocker_id = $1 AND blocked_id = $2")
            .bind(blocker.0)
            .bind(blocked.0)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
