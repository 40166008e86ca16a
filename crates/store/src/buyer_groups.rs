//! Buyers' groups: public buyers sharing a need, their invitations, lead buyer and joint
//! challenge.

use crate::{Db, Result, StoreError, Tx};
use domain::{UnixTime, UserId};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct GroupMember {
    pub organisation_id: i64,
    pub name: String,
    pub country: String,
    /// `invited` or `member`.
    pub state: String,
}

#[derive(Debug, Clone)]
pub struct BuyerGroup {
    pub id: i64,
    pub name: String,
    pub lead: i64,
    pub joint_challenge: Option<i64>,
    pub created_at: UnixTime,
    pub members: Vec<GroupMember>,
}

impl BuyerGroup {
    pub fn is_member(&self, org: i64) -> bool {
        self.members.iter().any(|m| m.organisation_id == org && m.state == "member")
    }
    pub fn is_invited(&self, org: i64) -> bool {
        self.members.iter().any(|m| m.organisation_id == org && m.state == "invited")
    }
    /// Its members are in more than one Member State.
    pub fn cross_border(&self) -> bool {
        let mut countries: Vec<&str> =
            self.members.iter().filter(|m| m.state == "member").map(|m| m.country.as_str()).collect();
        countries.sort_unstable();
        countries.dedup();
        countries.len() > 1
    }
}

async fn load(conn: &mut sqlx::AnyConnection, id: i64) -> Result<BuyerGroup> {
    let r = sqlx::query(
        "SELECT id, name, lead_organisation_id, joint_challenge_id, created_at FROM buyer_groups WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::NotFound)?;
    let members = sqlx::query(
        "SELECT m.organisation_id, o.name, COALESCE(o.country, ''), m.state FROM buyer_group_members m
         JOIN organisations o ON o.id = m.organisation_id WHERE m.group_id = $1 ORDER BY m.state DESC, LOWER(o.name)",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| GroupMember { organisation_id: r.get(0), name: r.get(1), country: r.get(2), state: r.get(3) })
    .collect();
    Ok(BuyerGroup {
        id: r.get(0),
        name: r.get(1),
        lead: r.get(2),
        joint_challenge: r.get(3),
        created_at: r.get(4),
        members,
    })
}

impl Db {
    pub async fn buyer_group(&self, id: i64) -> Result<BuyerGroup> {
        load(&mut *self.pool().acquire().await?, id).await
    }

    /// The groups any of these organisations belongs to or is invited to, newest first.
    pub async fn buyer_groups_of(&self, orgs: &[i64]) -> Result<Vec<BuyerGroup>> {
        let mut ids: Vec<i64> = Vec::new();
        for o in orgs {
            let rows = sqlx::query("SELECT group_id FROM buyer_group_members WHERE organisation_id = $1")
                .bind(*o)
                .fetch_all(self.pool())
                .await?;
            ids.extend(rows.iter().map(|r| r.get::<i64, _>(0)));
        }
        ids.sort_unstable_by(|a, b| b.cmp(a));
        ids.dedup();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(self.buyer_group(id).await?);
        }
        Ok(out)
    }
}

impl Tx {
    pub async fn buyer_group(&mut self, id: i64) -> Result<BuyerGroup> {
        load(self.conn(), id).await
    }

    /// Creates a group with `lead` as its first member and lead buyer.
    pub async fn create_buyer_group(&mut self, name: &str, lead: i64, by: UserId, now: UnixTime) -> Result<i64> {
        let r = sqlx::query(
            "INSERT INTO buyer_groups (name, lead_organisation_id, created_by, created_at) VALUES ($1, $2, $3, $4)
             RETURNING id",
        )
        .bind(name)
        .bind(lead)
        .bind(by.0)
        .bind(now)
        .fetch_one(self.conn())
        .await?;
        let id: i64 = r.get(0);
        sqlx::query(
            "INSERT INTO buyer_group_members (group_id, organisation_id, state, created_at, joined_at)
             VALUES ($1, $2, 'member', $3, $3)",
        )
        .bind(id)
        .bind(lead)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(id)
    }

    /// Invites an organisation; false if it is already invited or a member.
    pub async fn invite_to_buyer_group(&mut self, group: i64, org: i64, now: UnixTime) -> Result<bool> {
        let r = sqlx::query(
            "INSERT INTO buyer_group_members (group_id, organisation_id, state, created_at) VALUES ($1, $2, 'invited', $3)
             ON CONFLICT (group_id, organisation_id) DO NOTHING",
        )
        .bind(group)
        .bind(org)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(r.rows_affected() > 0)
    }

    /// Accepts (member) or declines (removed) an invitation; false if there was none.
    pub async fn answer_buyer_group(&mut self, group: i64, org: i64, accept: bool, now: UnixTime) -> Result<bool> {
        let r = if accept {
            sqlx::query(
                "UPDATE buyer_group_members SET state = 'member', joined_at = $1
                 WHERE group_id = $2 AND organisation_id = $3 AND state = 'invited'",
            )
            .bind(now)
            .bind(group)
            .bind(org)
            .execute(self.conn())
            .await?
        } else {
            sqlx::query(
                "DELETE FROM buyer_group_members WHERE group_id = $1 AND organisation_id = $2 AND state = 'invited'",
            )
            .bind(group)
            .bind(org)
            .execute(self.conn())
            .await?
        };
        Ok(r.rows_affected() > 0)
    }

    pub async fn set_buyer_group_lead(&mut self, group: i64, org: i64) -> Result<()> {
        sqlx::query("UPDATE buyer_groups SET lead_organisation_id = $1 WHERE id = $2")
            .bind(org)
            .bind(group)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Makes `challenge` the group's joint challenge.
    pub async fn set_joint_challenge(&mut self, group: i64, challenge: i64) -> Result<()> {
        sqlx::query("UPDATE buyer_groups SET joint_challenge_id = $1 WHERE id = $2")
            .bind(challenge)
            .bind(group)
            .execute(self.conn())
            .await?;
        sqlx::query("UPDATE challenges SET buyer_group_id = $1 WHERE id = $2")
            .bind(group)
            .bind(challenge)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
