//! Invitations to join an organisation. The token is a secret mailed to the address;
//! only its hash is stored. An invitation is open until it is accepted, cancelled
//! (deleted) or past its expiry.

use crate::{Db, Result, StoreError, Tx};
use domain::accounts::Email;
use domain::organisations::OrgRole;
use domain::{OrganisationId, UnixTime, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

#[derive(Debug, Clone, serde::Serialize)]
pub struct Invitation {
    pub id: i64,
    pub organisation_id: OrganisationId,
    pub organisation_name: String,
    pub email: String,
    pub role: OrgRole,
    pub invited_by: Option<UserId>,
    pub inviter_name: String,
    pub message: String,
    pub created_at: UnixTime,
    pub expires_at: UnixTime,
    pub accepted_at: Option<UnixTime>,
}

impl Invitation {
    /// Neither accepted nor expired at `now`.
    pub fn is_open(&self, now: UnixTime) -> bool {
        self.accepted_at.is_none() && self.expires_at > now
    }
}

/// What a new invitation says.
pub struct NewInvitation<'a> {
    pub organisation: OrganisationId,
    pub email: &'a Email,
    pub role: OrgRole,
    pub token_hash: &'a str,
    pub invited_by: (UserId, &'a str),
    pub message: &'a str,
    pub expires_at: UnixTime,
}

const COLS: &str = "i.id, i.organisation_id, o.name AS organisation_name, i.email, i.role, i.invited_by, i.inviter_name,
    i.message, i.created_at, i.expires_at, i.accepted_at FROM invitations i JOIN organisations o ON o.id = i.organisation_id";

fn row(r: &AnyRow) -> Invitation {
    Invitation {
        id: r.get("id"),
        organisation_id: OrganisationId(r.get("organisation_id")),
        organisation_name: r.get("organisation_name"),
        email: r.get("email"),
        role: OrgRole::from_str_opt(&r.get::<String, _>("role")).unwrap_or(OrgRole::Member),
        invited_by: r.get::<Option<i64>, _>("invited_by").map(UserId),
        inviter_name: r.get("inviter_name"),
        message: r.get("message"),
        created_at: r.get("created_at"),
        expires_at: r.get("expires_at"),
        accepted_at: r.get("accepted_at"),
    }
}

async fn by_token_on(c: &mut AnyConnection, token_hash: &str) -> Result<Option<Invitation>> {
    let sql = format!("SELECT {COLS} WHERE i.token_hash = $1");
    Ok(sqlx::query(sqlx::AssertSqlSafe(sql)).bind(token_hash).fetch_optional(c).await?.as_ref().map(row))
}

impl Db {
    /// The invitations of `org` not accepted yet (expired ones too), newest first.
    pub async fn invitations(&self, org: OrganisationId) -> Result<Vec<Invitation>> {
        let sql = format!(
            "SELECT {COLS} WHERE i.organisation_id = $1 AND i.accepted_at IS NULL ORDER BY i.created_at DESC, i.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(org.0).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(row).collect())
    }

    /// The invitation of a link, whatever its state.
    pub async fn invitation_by_token(&self, token_hash: &str) -> Result<Option<Invitation>> {
        by_token_on(&mut *self.pool().acquire().await?, token_hash).await
    }
}

impl Tx {
    /// [`Db::invitation_by_token`] inside this transaction.
    pub async fn invitation(&mut self, token_hash: &str) -> Result<Option<Invitation>> {
        by_token_on(self.conn(), token_hash).await
    }

    /// Invites `email` (again): a second invitation to the same address replaces the
    /// first one's link, role, message and expiry. Returns its id.
    pub async fn upsert_invitation(&mut self, n: NewInvitation<'_>, now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO invitations (organisation_id, email, role, token_hash, invited_by, inviter_name, message, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (organisation_id, email) DO UPDATE SET role = excluded.role, token_hash = excluded.token_hash,
               invited_by = excluded.invited_by, inviter_name = excluded.inviter_name, message = excluded.message,
               created_at = excluded.created_at, expires_at = excluded.expires_at, accepted_at = NULL
             RETURNING id",
        )
        .bind(n.organisation.0)
        .bind(n.email.as_str())
        .bind(n.role.as_str())
        .bind(n.token_hash)
        .bind(n.invited_by.0.0)
        .bind(n.invited_by.1)
        .bind(n.message)
        .bind(now)
        .bind(n.expires_at)
        .fetch_one(self.conn())
        .await?;
        Ok(r.get(0))
    }

    /// Marks the link's invitation accepted if it is still open, and returns it; `None`
    /// when it is unknown, used or expired. One statement: of two people using the same
    /// link at the same instant, one gets it.
    pub async fn take_invitation(&mut self, token_hash: &str, now: UnixTime) -> Result<Option<Invitation>> {
        let r = sqlx::query(
            "UPDATE invitations SET accepted_at = $1 WHERE token_hash = $2 AND accepted_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(token_hash)
        .execute(self.conn())
        .await?;
        if r.rows_affected() == 0 {
            return Ok(None);
        }
        by_token_on(self.conn(), token_hash).await
    }

    /// Deletes an open invitation of `org` (cancelled by an owner) and returns it.
    pub async fn delete_invitation(&mut self, org: OrganisationId, id: i64) -> Result<Invitation> {
        let sql = format!("SELECT {COLS} WHERE i.organisation_id = $1 AND i.id = $2 AND i.accepted_at IS NULL");
        let inv = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(org.0)
            .bind(id)
            .fetch_optional(self.conn())
            .await?
            .as_ref()
            .map(row)
            .ok_or(StoreError::NotFound)?;
        sqlx::query("DELETE FROM invitations WHERE id = $1").bind(id).execute(self.conn()).await?;
        Ok(inv)
    }

    /// Deletes the link's open invitation (declined by the person invited) and returns it.
    pub async fn decline_invitation(&mut self, token_hash: &str, now: UnixTime) -> Result<Option<Invitation>> {
        let Some(inv) = by_token_on(self.conn(), token_hash).await?.filter(|i| i.is_open(now)) else {
            return Ok(None);
        };
        let r = sqlx::query("DELETE FROM invitations WHERE id = $1 AND accepted_at IS NULL")
            .bind(inv.id)
            .execute(self.conn())
            .await?;
        Ok((r.rows_affected() == 1).then_some(inv))
    }

    /// Makes `user` an active member with `role`, or accepts their pending request with
    /// it. Someone already active keeps their role. Returns whether they were active.
    pub async fn add_invited_member(
        &mut self,
        org: OrganisationId,
        user: UserId,
        role: OrgRole,
        now: UnixTime,
    ) -> Result<bool> {
        let status: Option<String> =
            sqlx::query("SELECT status FROM memberships WHERE organisation_id = $1 AND user_id = $2")
                .bind(org.0)
                .bind(user.0)
                .fetch_optional(self.conn())
                .await?
                .map(|r| r.get(0));
        match status.as_deref() {
            Some("active") => Ok(true),
            Some(_) => {
                self.set_member_role(org, user, role).await?;
                Ok(false)
            }
            None => {
                sqlx::query(
                    "INSERT INTO memberships (organisation_id, user_id, role, status, created_at) VALUES ($1, $2, $3, 'active', $4)",
                )
                .bind(org.0)
                .bind(user.0)
                .bind(role.as_str())
                .bind(now)
                .execute(self.conn())
                .await?;
                Ok(false)
            }
        }
    }
}
