//! Working groups, their members, threads, replies and who follows each thread.
//! Authors are read through a LEFT JOIN: an erased account leaves `author_name` empty
//! and the post in place (shown as "former member").

use crate::tags::bars;
use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::accounts::Language;
use domain::groups::{GroupProfile, MailChoice, MemberStatus, Role};
use domain::{UnixTime, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

#[derive(Debug, Clone)]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub summary: String,
    pub description_md: String,
    pub description_html: String,
    pub roadmap_md: String,
    pub roadmap_html: String,
    pub open: bool,
    pub topics: Vec<String>,
    pub members: i64,
    pub threads: i64,
    /// `hidden` (three reports, until a moderator reviews it) or `removed`.
    pub moderation: Option<String>,
    pub created_at: UnixTime,
    pub updated_at: UnixTime,
}

#[derive(Debug, Clone)]
pub struct Membership {
    pub role: Role,
    pub status: MemberStatus,
    pub mail: MailChoice,
}

impl Membership {
    pub fn is_active(&self) -> bool {
        self.status == MemberStatus::Active
    }
    pub fn is_leader(&self) -> bool {
        self.is_active() && self.role == Role::Leader
    }
}

#[derive(Debug, Clone)]
pub struct GroupMember {
    pub user_id: UserId,
    pub name: String,
    pub role: Role,
    pub status: MemberStatus,
    pub since: UnixTime,
}

#[derive(Debug, Clone)]
pub struct Thread {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub author_id: Option<UserId>,
    /// `None` when the author's account was erased.
    pub author_name: Option<String>,
    pub body_md: String,
    pub body_html: String,
    pub reply_count: i64,
    pub created_at: UnixTime,
    pub last_post_at: UnixTime,
    /// `hidden` or `removed` (its title and text are then not shown).
    pub moderation: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Reply {
    pub id: i64,
    pub author_id: Option<UserId>,
    pub author_name: Option<String>,
    pub body_md: String,
    pub body_html: String,
    pub created_at: UnixTime,
    pub moderation: Option<String>,
}

/// Someone to mail about a post.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub language: Option<Language>,
}

const GROUP_COLS: &str = "g.id, g.name, g.summary, g.description_md, g.description_html, g.roadmap_md, g.roadmap_html,
    g.is_open, g.topics, g.created_at, g.updated_at,
    (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.status = 'active') AS members,
    (SELECT COUNT(*) FROM threads t WHERE t.group_id = g.id) AS threads,
    (SELECT x.state FROM moderation x WHERE x.target_kind = 'group' AND x.target_id = g.id) AS moderation";

fn group_row(r: &AnyRow) -> Group {
    Group {
        id: r.get("id"),
        name: r.get("name"),
        summary: r.get("summary"),
        description_md: r.get("description_md"),
        description_html: r.get("description_html"),
        roadmap_md: r.get("roadmap_md"),
        roadmap_html: r.get("roadmap_html"),
        open: r.get::<i64, _>("is_open") == 1,
        topics: r.get::<String, _>("topics").split('|').filter(|t| !t.is_empty()).map(str::to_owned).collect(),
        members: r.get("members"),
        threads: r.get("threads"),
        moderation: r.get("moderation"),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
    }
}

const THREAD_COLS: &str = "t.id, t.group_id, t.title, t.author_id, u.name AS author_name, t.body_md, t.body_html,
    t.reply_count, t.created_at, t.last_post_at,
    (SELECT x.state FROM moderation x WHERE x.target_kind = 'thread' AND x.target_id = t.id) AS moderation";

fn thread_row(r: &AnyRow) -> Thread {
    Thread {
        id: r.get("id"),
        group_id: r.get("group_id"),
        title: r.get("title"),
        author_id: r.get::<Option<i64>, _>("author_id").map(UserId),
        author_name: r.get("author_name"),
        body_md: r.get("body_md"),
        body_html: r.get("body_html"),
        reply_count: r.get("reply_count"),
        created_at: r.get("created_at"),
        last_post_at: r.get("last_post_at"),
        moderation: r.get("moderation"),
    }
}

async fn group_on(c: &mut AnyConnection, id: i64) -> Result<Group> {
    let sql = format!("SELECT {GROUP_COLS} FROM working_groups g WHERE g.id = $1");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(c)
        .await?
        .as_ref()
        .map(group_row)
        .ok_or(StoreError::NotFound)
}

async fn membership_on(c: &mut AnyConnection, group: i64, user: UserId) -> Result<Option<Membership>> {
    let r = sqlx::query("SELECT role, status, mail FROM group_members WHERE group_id = $1 AND user_id = $2")
        .bind(group)
        .bind(user.0)
        .fetch_optional(c)
        .await?;
    Ok(r.map(|r| Membership {
        role: Role::parse(&r.get::<String, _>(0)).unwrap_or(Role::Member),
        status: MemberStatus::parse(&r.get::<String, _>(1)).unwrap_or(MemberStatus::Requested),
        mail: MailChoice::parse(&r.get::<String, _>(2)).unwrap_or(MailChoice::None),
    }))
}

async fn thread_on(c: &mut AnyConnection, id: i64) -> Result<Thread> {
    let sql = format!("SELECT {THREAD_COLS} FROM threads t LEFT JOIN users u ON u.id = t.author_id WHERE t.id = $1");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(c)
        .await?
        .as_ref()
        .map(thread_row)
        .ok_or(StoreError::NotFound)
}

fn recipient(r: &AnyRow) -> Recipient {
    Recipient {
        id: UserId(r.get(0)),
        name: r.get(1),
        email: r.get(2),
        language: r.get::<Option<String>, _>(3).as_deref().and_then(Language::from_tag),
    }
}

impl Db {
    /// The ids of the first `n` accounts (for generated benchmark data).
    pub async fn first_user_ids(&self, n: i64) -> Result<Vec<i64>> {
        let rows = sqlx::query("SELECT id FROM users ORDER BY id LIMIT $1").bind(n).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// Every group, by name.
    pub async fn groups(&self) -> Result<Vec<Group>> {
        let sql = format!("SELECT {GROUP_COLS} FROM working_groups g ORDER BY g.name_key, g.id");
        Ok(sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(self.pool()).await?.iter().map(group_row).collect())
    }

    pub async fn group(&self, id: i64) -> Result<Group> {
        group_on(&mut *self.pool().acquire().await?, id).await
    }

    pub async fn group_membership(&self, group: i64, user: UserId) -> Result<Option<Membership>> {
        membership_on(&mut *self.pool().acquire().await?, group, user).await
    }

    /// Members and requests: leaders first, then by name.
    pub async fn group_members(&self, group: i64) -> Result<Vec<GroupMember>> {
        let rows = sqlx::query(
            "SELECT m.user_id, u.name, m.role, m.status, m.created_at FROM group_members m JOIN users u ON u.id = m.user_id
             WHERE m.group_id = $1 ORDER BY CASE m.role WHEN 'leader' THEN 0 ELSE 1 END, LOWER(u.name), m.user_id",
        )
        .bind(group)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| GroupMember {
                user_id: UserId(r.get(0)),
                name: r.get(1),
                role: Role::parse(&r.get::<String, _>(2)).unwrap_or(Role::Member),
                status: MemberStatus::parse(&r.get::<String, _>(3)).unwrap_or(MemberStatus::Requested),
                since: r.get(4),
            })
            .collect())
    }

    /// The group's threads, most recently active first.
    pub async fn threads(&self, group: i64, limit: i64) -> Result<Vec<Thread>> {
        let sql = format!(
            "SELECT {THREAD_COLS} FROM threads t LEFT JOIN users u ON u.id = t.author_id
             WHERE t.group_id = $1 ORDER BY t.last_post_at DESC, t.id DESC LIMIT $2"
        );
        Ok(sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(group)
            .bind(limit)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(thread_row)
            .collect())
    }

    pub async fn thread(&self, id: i64) -> Result<Thread> {
        thread_on(&mut *self.pool().acquire().await?, id).await
    }

    /// A thread's replies, oldest first.
    pub async fn replies(&self, thread: i64) -> Result<Vec<Reply>> {
        let rows = sqlx::query(
            "SELECT r.id, r.author_id, u.name, r.body_md, r.body_html, r.created_at,
                    (SELECT x.state FROM moderation x WHERE x.target_kind = 'reply' AND x.target_id = r.id)
             FROM replies r LEFT JOIN users u ON u.id = r.author_id WHERE r.thread_id = $1 ORDER BY r.id",
        )
        .bind(thread)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| Reply {
                id: r.get(0),
                author_id: r.get::<Option<i64>, _>(1).map(UserId),
                author_name: r.get(2),
                body_md: r.get(3),
                body_html: r.get(4),
                created_at: r.get(5),
                moderation: r.get(6),
            })
            .collect())
    }

    pub async fn reply(&self, id: i64) -> Result<(i64, Reply)> {
        let r = sqlx::query(
            "SELECT r.id, r.author_id, u.name, r.body_md, r.body_html, r.created_at,
                    (SELECT x.state FROM moderation x WHERE x.target_kind = 'reply' AND x.target_id = r.id), r.thread_id
             FROM replies r LEFT JOIN users u ON u.id = r.author_id WHERE r.id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(StoreError::NotFound)?;
        Ok((
            r.get(7),
            Reply {
                id: r.get(0),
                author_id: r.get::<Option<i64>, _>(1).map(UserId),
                author_name: r.get(2),
                body_md: r.get(3),
                body_html: r.get(4),
                created_at: r.get(5),
                moderation: r.get(6),
            },
        ))
    }

    pub async fn follows_thread(&self, thread: i64, user: UserId) -> Result<bool> {
        Ok(sqlx::query("SELECT 1 FROM thread_follows WHERE thread_id = $1 AND user_id = $2")
            .bind(thread)
            .bind(user.0)
            .fetch_optional(self.pool())
            .await?
            .is_some())
    }

    /// Who is mailed about a new thread: the group's active members who chose e-mail.
    pub async fn group_recipients(&self, group: i64, except: Option<UserId>) -> Result<Vec<Recipient>> {
        let rows = sqlx::query(
            "SELECT u.id, u.name, u.email, u.language FROM group_members m JOIN users u ON u.id = m.user_id
             WHERE m.group_id = $1 AND m.status = 'active' AND m.mail = 'all' AND u.id <> $2 ORDER BY u.id",
        )
        .bind(group)
        .bind(except.map(|u| u.0).unwrap_or(0))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(recipient).collect())
    }

    /// Who is mailed about a reply: the thread's followers who are still active members
    /// of its group and chose e-mail.
    pub async fn thread_recipients(&self, thread: i64, except: Option<UserId>) -> Result<Vec<Recipient>> {
        let rows = sqlx::query(
            "SELECT u.id, u.name, u.email, u.language FROM thread_follows f
             JOIN threads t ON t.id = f.thread_id
             JOIN group_members m ON m.group_id = t.group_id AND m.user_id = f.user_id
             JOIN users u ON u.id = f.user_id
             WHERE f.thread_id = $1 AND m.status = 'active' AND m.mail = 'all' AND u.id <> $2 ORDER BY u.id",
        )
        .bind(thread)
        .bind(except.map(|u| u.0).unwrap_or(0))
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(recipient).collect())
    }
}

impl Tx {
    pub async fn group(&mut self, id: i64) -> Result<Group> {
        group_on(self.conn(), id).await
    }

    pub async fn group_membership(&mut self, group: i64, user: UserId) -> Result<Option<Membership>> {
        membership_on(self.conn(), group, user).await
    }

    pub async fn thread(&mut self, id: i64) -> Result<Thread> {
        thread_on(self.conn(), id).await
    }

    /// Creates a group; `Conflict("name")` if a group has the same (folded) name.
    pub async fn create_group(&mut self, p: &GroupProfile, html: (&str, &str), now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO working_groups (name, name_key, summary, description_md, description_html, roadmap_md,
               roadmap_html, is_open, topics, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
        )
        .bind(&p.name)
        .bind(crate::organisations::name_key(&p.name))
        .bind(&p.summary)
        .bind(&p.description)
        .bind(html.0)
        .bind(&p.roadmap)
        .bind(html.1)
        .bind(i64::from(p.open))
        .bind(bars(&p.topics))
        .bind(now)
        .fetch_one(self.conn())
        .await
        .map_err(|e| conflict_on(e, "name"))?;
        Ok(r.get(0))
    }

    pub async fn update_group(&mut self, id: i64, p: &GroupProfile, html: (&str, &str), now: UnixTime) -> Result<()> {
        let r = sqlx::query(
            "UPDATE working_groups SET name = $1, name_key = $2, summary = $3, description_md = $4, description_html = $5,
               roadmap_md = $6, roadmap_html = $7, is_open = $8, topics = $9, updated_at = $10 WHERE id = $11",
        )
        .bind(&p.name)
        .bind(crate::organisations::name_key(&p.name))
        .bind(&p.summary)
        .bind(&p.description)
        .bind(html.0)
        .bind(&p.roadmap)
        .bind(html.1)
        .bind(i64::from(p.open))
        .bind(bars(&p.topics))
        .bind(now)
        .bind(id)
        .execute(self.conn())
        .await
        .map_err(|e| conflict_on(e, "name"))?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Adds or changes a member (role and standing; the mail choice stays).
    pub async fn set_group_member(
        &mut self,
        group: i64,
        user: UserId,
        role: Role,
        status: MemberStatus,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO group_members (group_id, user_id, role, status, mail, created_at) VALUES ($1, $2, $3, $4, 'all', $5)
             ON CONFLICT (group_id, user_id) DO UPDATE SET role = excluded.role, status = excluded.status",
        )
        .bind(group)
        .bind(user.0)
        .bind(role.as_str())
        .bind(status.as_str())
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_group_mail(&mut self, group: i64, user: UserId, mail: MailChoice) -> Result<()> {
        let r = sqlx::query("UPDATE group_members SET mail = $1 WHERE group_id = $2 AND user_id = $3")
            .bind(mail.as_str())
            .bind(group)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    pub async fn remove_group_member(&mut self, group: i64, user: UserId) -> Result<()> {
        let r = sqlx::query("DELETE FROM group_members WHERE group_id = $1 AND user_id = $2")
            .bind(group)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// How many active leaders the group has.
    pub async fn group_leaders(&mut self, group: i64) -> Result<i64> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM group_members WHERE group_id = $1 AND role = 'leader' AND status = 'active'",
        )
        .bind(group)
        .fetch_one(self.conn())
        .await?
        .get(0))
    }

    /// Starts a thread; its author follows it.
    pub async fn create_thread(
        &mut self,
        group: i64,
        author: UserId,
        title: &str,
        body: (&str, &str),
        now: UnixTime,
    ) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO threads (group_id, author_id, title, body_md, body_html, created_at, last_post_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(group)
        .bind(author.0)
        .bind(title)
        .bind(body.0)
        .bind(body.1)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        let id: i64 = r.get(0);
        self.follow_thread(id, author).await?;
        Ok(id)
    }

    /// Adds a reply (its author follows the thread from now on).
    pub async fn add_reply(&mut self, thread: i64, author: UserId, body: (&str, &str), now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO replies (thread_id, author_id, body_md, body_html, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(thread)
        .bind(author.0)
        .bind(body.0)
        .bind(body.1)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        sqlx::query("UPDATE threads SET reply_count = reply_count + 1, last_post_at = $1 WHERE id = $2")
            .bind(now)
            .bind(thread)
            .execute(self.conn())
            .await?;
        self.follow_thread(thread, author).await?;
        Ok(r.get(0))
    }

    /// Follows a thread (nothing happens if one already does).
    pub async fn follow_thread(&mut self, thread: i64, user: UserId) -> Result<()> {
        sqlx::query("INSERT INTO thread_follows (thread_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(thread)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn unfollow_thread(&mut self, thread: i64, user: UserId) -> Result<()> {
        sqlx::query("DELETE FROM thread_follows WHERE thread_id = $1 AND user_id = $2")
            .bind(thread)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
