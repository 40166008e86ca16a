//! One transaction per user action, and the locks that make read-then-write rules safe.
//!
//! A service opens a [`Tx`] with [`Db::begin`], hands it to the store functions it calls
//! (the change, its audit entry, the jobs it queues), and commits once: they land
//! together or not at all. Dropping a `Tx` without committing rolls it back.
//!
//! Rules that read and then write (the last owner of an organisation, seats left on a
//! waiting list, one answer per question) take a lock *before* they read:
//!
//! - on SQLite every `Tx` starts with `BEGIN IMMEDIATE`, which takes the database's
//!   single write lock at once; two such transactions never interleave, so the lock
//!   functions have nothing more to do there;
//! - on PostgreSQL, [`Tx::lock_row`] is `SELECT … FOR UPDATE` on the parent row (the
//!   organisation, the event) and [`Tx::lock_key`] a transaction-scoped advisory lock on a
//!   name (a throttle key), so concurrent transactions on the same parent queue up while
//!   others proceed.
//!
//! Keep a `Tx` short: no password hashing, no network calls while it is open.

use crate::{Backend, Db, Result, StoreError};
use sqlx::{AnyConnection, AssertSqlSafe, Row};

pub struct Tx {
    inner: sqlx::Transaction<'static, sqlx::Any>,
    backend: Backend,
    queued_jobs: bool,
    memo: crate::memo::SharedMemo,
}

/// Tables whose rows can be locked with [`Tx::lock_row`]: the parents of rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockTable {
    Organisations,
    Users,
    Initiatives,
    Applications,
    Groups,
    Threads,
    Conversations,
    Resources,
    Events,
    Challenges,
    Solutions,
    BuyerGroups,
}

impl LockTable {
    fn name(self) -> &'static str {
        match self {
            Self::Organisations => "organisations",
            Self::Users => "users",
            Self::Initiatives => "initiatives",
            Self::Applications => "applications",
            Self::Groups => "working_groups",
            Self::Threads => "threads",
            Self::Conversations => "conversations",
            Self::Resources => "resources",
            Self::Events => "events",
            Self::Challenges => "challenges",
            Self::Solutions => "solutions",
            Self::BuyerGroups => "buyer_groups",
        }
    }
}

impl Db {
    /// Starts a write transaction (`BEGIN IMMEDIATE` on SQLite).
    pub async fn begin(&self) -> Result<Tx> {
        let inner = match self.backend() {
            Backend::Sqlite => self.pool().begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool().begin().await?,
        };
        Ok(Tx { inner, backend: self.backend(), queued_jobs: false, memo: self.memo.clone() })
    }
}

impl Tx {
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connection, for store functions that run their statements in this transaction.
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }

    pub async fn commit(self) -> Result<()> {
        self.inner.commit().await?;
        self.memo.wrote();
        Ok(())
    }

    /// Whether a job was queued in this transaction (wake the worker after commit).
    pub fn queued_jobs(&self) -> bool {
        self.queued_jobs
    }

    pub(crate) fn mark_queued(&mut self) {
        self.queued_jobs = true;
    }

    /// Locks one row of `table` until the end of the transaction; `NotFound` if it does
    /// not exist. Read what the rule needs only after this returns.
    pub async fn lock_row(&mut self, table: LockTable, id: i64) -> Result<()> {
        let lock = if self.backend == Backend::Postgres { " FOR UPDATE" } else { "" };
        let sql = format!("SELECT id FROM {} WHERE id = $1{lock}", table.name());
        let row = sqlx::query(AssertSqlSafe(sql)).bind(id).fetch_optional(self.conn()).await?;
        row.map(|_| ()).ok_or(StoreError::NotFound)
    }

    /// Locks a name (not a row) until the end of the transaction, for rules about things
    /// that have no row of their own yet, such as a throttle key.
    pub async fn lock_key(&mut self, key: &str) -> Result<()> {
        if self.backend == Backend::Postgres {
            let r = sqlx::query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended($1, 0))) AS l")
                .bind(key)
                .fetch_one(self.conn())
                .await?;
            let _: i32 = r.get(0);
        }
        Ok(())
    }
}
