//! Users, sessions, single-use e-mail links, personal access tokens and the throttle
//! counters that protect sign-in and password reset.

use crate::query::{Order, Query, fetch_slice};
use crate::{Db, Result, StoreError, Tx, conflict_on};
use domain::UnixTime;
use domain::accounts::{AccountStatus, Email, Language, LinkPurpose, SESSION_IDLE_SECS, TokenScope};
use domain::paging::{Cursor, Seek, Slice};
use domain::throttle::Limit;
use domain::{TokenId, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AssertSqlSafe, Row};

#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub name: String,
    pub password_hash: String,
    pub email_confirmed_at: Option<UnixTime>,
    pub status: AccountStatus,
    pub is_admin: bool,
    pub language: Option<Language>,
    pub created_at: UnixTime,
    /// Reviews reported content (administrators do too).
    pub is_moderator: bool,
    /// Suspended by a moderator until this instant: no session, no token, no sign-in.
    pub suspended_until: Option<UnixTime>,
}

impl User {
    pub fn may_moderate(&self) -> bool {
        self.is_admin || self.is_moderator
    }
    pub fn is_suspended(&self, now: UnixTime) -> bool {
        self.suspended_until.is_some_and(|t| t > now)
    }
}

const USER_COLS: &str =
    "u.id, u.email, u.name, u.password_hash, u.email_confirmed_at, u.status, u.is_admin, u.language,
    u.created_at, u.is_moderator, u.suspended_until";

fn user_row(r: &AnyRow) -> User {
    User {
        id: UserId(r.get("id")),
        email: Email::from_stored(r.get("email")),
        name: r.get("name"),
        password_hash: r.get("password_hash"),
        email_confirmed_at: r.get("email_confirmed_at"),
        status: AccountStatus::from_stored(&r.get::<String, _>("status")),
        is_admin: r.get::<i64, _>("is_admin") != 0,
        language: r.get::<Option<String>, _>("language").as_deref().and_then(Language::from_tag),
        created_at: r.get("created_at"),
        is_moderator: r.get::<i64, _>("is_moderator") != 0,
        suspended_until: r.get("suspended_until"),
    }
}

pub struct NewUser<'a> {
    pub email: &'a Email,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub language: Option<Language>,
    pub is_admin: bool,
    /// Set for accounts made by an operator (CLI, seed), which need no confirmation.
    pub confirmed_at: Option<UnixTime>,
    pub status: AccountStatus,
}

impl Db {
    pub async fn user(&self, id: UserId) -> Result<User> {
        user_on(&mut *self.pool().acquire().await?, id).await
    }

    pub async fn user_by_email(&self, email: &Email) -> Result<Option<User>> {
        user_by_email_on(&mut *self.pool().acquire().await?, email).await
    }

    /// A keyset page of the users in review status `status`, oldest first (the
    /// administrators' queue). Addresses never confirmed are not in it: nobody is
    /// reviewed before they have shown the address is theirs.
    pub async fn users_by_status(&self, status: AccountStatus, seek: &Seek, limit: usize) -> Result<Slice<User>> {
        let mut q = users_in_queue(status);
        q.prepend(&format!("SELECT {USER_COLS} "));
        q.seek(seek, &Order { key: "u.created_at", id: "u.id", key_is_int: true, desc: false }, limit);
        fetch_slice(self.pool(), &q, seek, limit, user_row, |u| Cursor::new(u.created_at.to_string(), u.id.0)).await
    }

    /// How many users are in review status `status`; remembered until the next write.
    pub async fn count_users_by_status(&self, status: AccountStatus) -> Result<i64> {
        self.cached_count(&users_in_queue(status)).await
    }

    pub async fn count_admins(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT COUNT(*) FROM users WHERE is_admin = 1").fetch_one(self.pool()).await?.get(0))
    }

    /// Renames the person (and re-sorts their public profile) in one transaction.
    pub async fn set_user_name(&self, id: UserId, name: &str) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE users SET name = $1 WHERE id = $2").bind(name).bind(id.0).execute(tx.conn()).await?;
        sqlx::query("UPDATE profiles SET name_key = $1 WHERE user_id = $2")
            .bind(crate::organisations::name_key(name))
            .bind(id.0)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    pub async fn set_language(&self, id: UserId, lang: Language) -> Result<()> {
        sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
            .bind(lang.tag())
            .bind(id.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    // --- sessions -------------------------------------------------------------------

    pub async fn create_session(&self, user: UserId, token_hash: &str, now: UnixTime) -> Result<()> {
        sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)")
            .bind(token_hash)
            .bind(user.0)
            .bind(now)
            .bind(now + SESSION_IDLE_SECS)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The signed-in user of a live session. Extends the session at most once an hour so
    /// that reading pages does not write to the database on every request.
    pub async fn session_user(&self, token_hash: &str, now: UnixTime) -> Result<Option<User>> {
        let sql = format!(
            "SELECT {USER_COLS}, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.status <> 'rejected'
               AND (u.suspended_until IS NULL OR u.suspended_until <= $2)"
        );
        let Some(row) = sqlx::query(AssertSqlSafe(sql)).bind(token_hash).bind(now).fetch_optional(self.pool()).await?
        else {
            return Ok(None);
        };
        if now - row.get::<i64, _>("last_seen_at") > 3600 {
            sqlx::query("UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE token_hash = $3")
                .bind(now)
                .bind(now + SESSION_IDLE_SECS)
                .bind(token_hash)
                .execute(self.pool())
                .await?;
        }
        Ok(Some(user_row(&row)))
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(self.pool()).await?;
        Ok(())
    }

    // --- mailed links ---------------------------------------------------------------

    /// The address of the account of a link that was already used (or voided) for
    /// `purpose`, if the account is confirmed now: for "already confirmed — sign in".
    pub async fn confirmed_by_used_link(&self, token_hash: &str, purpose: LinkPurpose) -> Result<Option<String>> {
        let row = sqlx::query(
            "SELECT u.email FROM email_links l JOIN users u ON u.id = l.user_id
             WHERE l.token_hash = $1 AND l.purpose = $2 AND l.used_at IS NOT NULL AND u.email_confirmed_at IS NOT NULL",
        )
        .bind(token_hash)
        .bind(purpose.as_str())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| r.get(0)))
    }

    /// The user of a currently usable link, without using it (to show the reset form).
    pub async fn valid_link(&self, token_hash: &str, purpose: LinkPurpose, now: UnixTime) -> Result<Option<UserId>> {
        let row = sqlx::query(
            "SELECT user_id FROM email_links WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.as_str())
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| UserId(r.get(0))))
    }

    // --- API tokens -----------------------------------------------------------------

    pub async fn api_tokens(&self, user: UserId) -> Result<Vec<ApiToken>> {
        let rows = sqlx::query(
            "SELECT id, name, prefix, created_at, last_used_at, revoked_at, scope, expires_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
        )
        .bind(user.0)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| ApiToken {
                id: TokenId(r.get(0)),
                name: r.get(1),
                prefix: r.get(2),
                created_at: r.get(3),
                last_used_at: r.get(4),
                revoked_at: r.get(5),
                scope: TokenScope::from_stored(&r.get::<String, _>(6)),
                expires_at: r.get(7),
            })
            .collect())
    }

    /// Revokes one of `user`'s tokens; another user's token id is simply not found.
    pub async fn revoke_api_token(&self, user: UserId, id: TokenId, now: UnixTime) -> Result<()> {
        let r =
            sqlx::query("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 AND user_id = $3")
                .bind(now)
                .bind(id.0)
                .bind(user.0)
                .execute(self.pool())
                .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// The owner of a live (unrevoked, unexpired) token and the token's scope. Records
    /// its use at most once a minute.
    pub async fn token_user(&self, token_hash: &str, now: UnixTime) -> Result<Option<(User, TokenScope)>> {
        let sql = format!(
            "SELECT {USER_COLS}, t.id AS token_id, t.last_used_at, t.scope FROM api_tokens t JOIN users u ON u.id = t.user_id
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)
               AND u.status <> 'rejected' AND (u.suspended_until IS NULL OR u.suspended_until <= $2)"
        );
        let Some(row) = sqlx::query(AssertSqlSafe(sql)).bind(token_hash).bind(now).fetch_optional(self.pool()).await?
        else {
            return Ok(None);
        };
        if row.get::<Option<i64>, _>("last_used_at").is_none_or(|t| now - t > 60) {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                .bind(now)
                .bind(row.get::<i64, _>("token_id"))
                .execute(self.pool())
                .await?;
        }
        Ok(Some((user_row(&row), TokenScope::from_stored(&row.get::<String, _>("scope")))))
    }

    /// Counts one attempt against each key under its limit, atomically: when any key is
    /// at its limit nothing is recorded and `None` comes back; otherwise the attempt is
    /// recorded under every key and the recorded events come back (to give back with
    /// [`Db::throttle_release`] when the attempt turns out fine). Concurrent attempts
    /// queue on the keys' locks, so a burst is evaluated at most `max` times.
    pub async fn throttle_take(&self, keys: &[(&str, Limit)], now: UnixTime) -> Result<Option<Vec<i64>>> {
        let mut sorted: Vec<&(&str, Limit)> = keys.iter().collect();
        // One order for every caller, so that two transactions never wait on each other.
        sorted.sort_by_key(|(k, _)| *k);
        let mut tx = self.begin().await?;
        for (key, limit) in &sorted {
            tx.lock_key(&format!("throttle:{key}")).await?;
            let n: i64 = sqlx::query("SELECT COUNT(*) FROM throttle_events WHERE key = $1 AND at > $2")
                .bind(*key)
                .bind(limit.window_start(now))
                .fetch_one(tx.conn())
                .await?
                .get(0);
            if !limit.allows(n) {
                return Ok(None);
            }
        }
        let mut ids = Vec::with_capacity(keys.len());
        for (key, _) in keys {
            let row = sqlx::query("INSERT INTO throttle_events (key, at) VALUES ($1, $2) RETURNING id")
                .bind(*key)
                .bind(now)
                .fetch_one(tx.conn())
                .await?;
            ids.push(row.get(0));
        }
        tx.commit().await?;
        Ok(Some(ids))
    }

    /// Gives back attempts recorded by [`Db::throttle_take`], in one statement.
    pub async fn throttle_release(&self, ids: &[i64]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        // Ids are integers the database handed out, so listing them inline is safe.
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        let sql = format!("DELETE FROM throttle_events WHERE id IN ({})", list.join(","));
        sqlx::query(AssertSqlSafe(sql)).execute(self.pool()).await?;
        Ok(())
    }

    pub async fn throttle_clear(&self, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM throttle_events WHERE key = $1").bind(key).execute(self.pool()).await?;
        Ok(())
    }

    /// Forgets counters and sessions older than anything a rule looks at.
    /// Erases accounts whose address was never confirmed within
    /// [`domain::accounts::UNCONFIRMED_RETENTION_SECS`] of registering (their links,
    /// sessions and mail jobs go with them); returns how many.
    pub async fn purge_unconfirmed(&self, now: UnixTime) -> Result<u64> {
        Ok(sqlx::query("DELETE FROM users WHERE email_confirmed_at IS NULL AND is_admin = 0 AND created_at < $1")
            .bind(now - domain::accounts::UNCONFIRMED_RETENTION_SECS)
            .execute(self.pool())
            .await?
            .rows_affected())
    }

    pub async fn purge_expired(&self, now: UnixTime) -> Result<()> {
        sqlx::query("DELETE FROM throttle_events WHERE at < $1").bind(now - 86_400).execute(self.pool()).await?;
        sqlx::query("DELETE FROM sessions WHERE expires_at < $1").bind(now).execute(self.pool()).await?;
        sqlx::query("DELETE FROM email_links WHERE expires_at < $1").bind(now - 86_400).execute(self.pool()).await?;
        // Invitations stay listed (expired, to be sent again) for 30 days after they expire.
        sqlx::query("DELETE FROM invitations WHERE expires_at < $1")
            .bind(now - 30 * 86_400)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

pub struct NewApiToken<'a> {
    pub user: UserId,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub prefix: &'a str,
    pub scope: TokenScope,
    pub expires_at: Option<UnixTime>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ApiToken {
    pub id: TokenId,
    pub name: String,
    pub prefix: String,
    pub created_at: UnixTime,
    pub last_used_at: Option<UnixTime>,
    pub revoked_at: Option<UnixTime>,
    pub scope: TokenScope,
    pub expires_at: Option<UnixTime>,
}

/// `FROM users u WHERE …`: confirmed accounts in `status`. People waiting with an
/// organisation that waits too are reviewed on that organisation's card, not here.
fn users_in_queue(status: AccountStatus) -> Query {
    let mut q = Query::new("FROM users u WHERE u.email_confirmed_at IS NOT NULL AND u.status = ");
    q.text(status.as_str());
    if status == AccountStatus::Pending {
        q.push(
            " AND NOT EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id
               WHERE m.user_id = u.id AND m.status = 'active' AND o.status = 'pending')",
        );
    }
    q
}

async fn user_on(c: &mut AnyConnection, id: UserId) -> Result<User> {
    let sql = format!("SELECT {USER_COLS} FROM users u WHERE u.id = $1");
    let row = sqlx::query(AssertSqlSafe(sql)).bind(id.0).fetch_optional(c).await?;
    row.as_ref().map(user_row).ok_or(StoreError::NotFound)
}

async fn user_by_email_on(c: &mut AnyConnection, email: &Email) -> Result<Option<User>> {
    let sql = format!("SELECT {USER_COLS} FROM users u WHERE u.email = $1");
    let row = sqlx::query(AssertSqlSafe(sql)).bind(email.as_str()).fetch_optional(c).await?;
    Ok(row.as_ref().map(user_row))
}

impl Tx {
    /// [`Db::user_by_email`] inside this transaction.
    pub async fn user_by_email(&mut self, email: &Email) -> Result<Option<User>> {
        user_by_email_on(self.conn(), email).await
    }

    /// [`Db::user`] inside this transaction.
    pub async fn user(&mut self, id: UserId) -> Result<User> {
        user_on(self.conn(), id).await
    }

    pub async fn create_user(&mut self, u: NewUser<'_>, now: UnixTime) -> Result<UserId> {
        let row = sqlx::query(
            "INSERT INTO users (email, name, password_hash, email_confirmed_at, status, is_admin, language, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(u.email.as_str())
        .bind(u.name)
        .bind(u.password_hash)
        .bind(u.confirmed_at)
        .bind(u.status.as_str())
        .bind(i64::from(u.is_admin))
        .bind(u.language.map(Language::tag))
        .bind(now)
        .fetch_one(self.conn())
        .await
        .map_err(|e| conflict_on(e, "email"))?;
        Ok(UserId(row.get(0)))
    }

    pub async fn set_user_status(&mut self, id: UserId, status: AccountStatus) -> Result<()> {
        let r = sqlx::query("UPDATE users SET status = $1 WHERE id = $2")
            .bind(status.as_str())
            .bind(id.0)
            .execute(self.conn())
            .await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    pub async fn set_admin(&mut self, id: UserId, is_admin: bool) -> Result<()> {
        sqlx::query("UPDATE users SET is_admin = $1 WHERE id = $2")
            .bind(i64::from(is_admin))
            .bind(id.0)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn confirm_email(&mut self, id: UserId, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE users SET email_confirmed_at = COALESCE(email_confirmed_at, $1) WHERE id = $2")
            .bind(now)
            .bind(id.0)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn set_password_hash(&mut self, id: UserId, hash: &str) -> Result<()> {
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(id.0)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Changes the address; it counts as confirmed because the new mailbox received the link.
    pub async fn set_email(&mut self, id: UserId, email: &Email, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE users SET email = $1, email_confirmed_at = $2 WHERE id = $3")
            .bind(email.as_str())
            .bind(now)
            .bind(id.0)
            .execute(self.conn())
            .await
            .map_err(|e| conflict_on(e, "email"))?;
        Ok(())
    }

    /// Erases the account; sessions, links, tokens and memberships go with it (cascade),
    /// audit entries keep the name that was recorded but lose the link to the person.
    pub async fn delete_user(&mut self, id: UserId) -> Result<()> {
        let r = sqlx::query("DELETE FROM users WHERE id = $1").bind(id.0).execute(self.conn()).await?;
        if r.rows_affected() == 0 { Err(StoreError::NotFound) } else { Ok(()) }
    }

    /// Signs the user out everywhere but in the session `keep` (after a password change).
    pub async fn delete_other_sessions(&mut self, user: UserId, keep: Option<&str>) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user.0)
            .bind(keep.unwrap_or(""))
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn create_link(
        &mut self,
        user: UserId,
        purpose: LinkPurpose,
        new_email: Option<&Email>,
        token_hash: &str,
        now: UnixTime,
    ) -> Result<()> {
        if purpose == LinkPurpose::ChangeEmail {
            // Only the newest address-change link works: an older one, perhaps to an
            // address typed by mistake, is void.
            self.void_links(user, purpose, now).await?;
        }
        sqlx::query(
            "INSERT INTO email_links (token_hash, user_id, purpose, new_email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(purpose.as_str())
        .bind(new_email.map(Email::as_str))
        .bind(now)
        .bind(purpose.expires_at(now))
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// A confirmation link for a registration, carrying its password hash. Earlier links
    /// keep working, each with its own registration's password: the owner of the address
    /// confirms with the link of the registration they made, even if someone registered
    /// their address again after them.
    pub async fn create_confirm_link(
        &mut self,
        user: UserId,
        token_hash: &str,
        password_hash: &str,
        now: UnixTime,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO email_links (token_hash, user_id, purpose, created_at, expires_at, password_hash) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(LinkPurpose::ConfirmEmail.as_str())
        .bind(now)
        .bind(LinkPurpose::ConfirmEmail.expires_at(now))
        .bind(password_hash)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Uses a confirmation link once: its user and the password hash it carries (none for
    /// links sent before migration 5 or by "send the link again").
    pub async fn consume_confirm_link(
        &mut self,
        token_hash: &str,
        now: UnixTime,
    ) -> Result<Option<(UserId, Option<String>)>> {
        Ok(self.use_link(token_hash, LinkPurpose::ConfirmEmail, now).await?.map(|(user, _, password)| (user, password)))
    }

    /// Marks a usable link used, in one statement: its user, new address and password hash.
    async fn use_link(
        &mut self,
        token_hash: &str,
        purpose: LinkPurpose,
        now: UnixTime,
    ) -> Result<Option<(UserId, Option<String>, Option<String>)>> {
        let row = sqlx::query(
            "UPDATE email_links SET used_at = $1
             WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
             RETURNING user_id, new_email, password_hash",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.as_str())
        .fetch_optional(self.conn())
        .await?;
        Ok(row.map(|r| (UserId(r.get(0)), r.get(1), r.get(2))))
    }

    /// Uses a link once: returns its user (and new address) only if it exists, has this
    /// purpose, is unexpired and unused, and marks it used in the same statement. Using a
    /// reset link voids the user's other reset links.
    pub async fn consume_link(
        &mut self,
        token_hash: &str,
        purpose: LinkPurpose,
        now: UnixTime,
    ) -> Result<Option<(UserId, Option<String>)>> {
        let Some((user, new_email, _)) = self.use_link(token_hash, purpose, now).await? else { return Ok(None) };
        if purpose == LinkPurpose::ResetPassword {
            self.void_links(user, purpose, now).await?;
        }
        Ok(Some((user, new_email)))
    }

    /// Marks every unused link of `user` for `purpose` as used.
    async fn void_links(&mut self, user: UserId, purpose: LinkPurpose, now: UnixTime) -> Result<()> {
        sqlx::query("UPDATE email_links SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL")
            .bind(now)
            .bind(user.0)
            .bind(purpose.as_str())
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn create_api_token(&mut self, t: NewApiToken<'_>, now: UnixTime) -> Result<TokenId> {
        let row = sqlx::query(
            "INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at, scope, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(t.user.0)
        .bind(t.name)
        .bind(t.token_hash)
        .bind(t.prefix)
        .bind(now)
        .bind(t.scope.as_str())
        .bind(t.expires_at)
        .fetch_one(self.conn())
        .await?;
        Ok(TokenId(row.get(0)))
    }

    /// Revokes every live token of `user` (after a password reset or change); returns
    /// how many there were.
    pub async fn revoke_all_api_tokens(&mut self, user: UserId, now: UnixTime) -> Result<u64> {
        let r = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(user.0)
            .execute(self.conn())
            .await?;
        Ok(r.rows_affected())
    }
}
