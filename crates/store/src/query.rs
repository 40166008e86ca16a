//! SQL built from the filters a request actually sets, with numbered placeholders, so
//! each query names only the columns it filters on and the planner can use their index
//! (an `($1 = '' OR col = $1)` pattern would hide every index from SQLite). Values are
//! always bound, never spliced.

use domain::paging::{Cursor, Seek, Slice};
use sqlx::any::{AnyArguments, AnyRow};

#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Text(String),
    Int(i64),
}

#[derive(Debug, Clone)]
pub(crate) struct Query {
    sql: String,
    args: Vec<Arg>,
}

/// How a keyset list is ordered: by `key` then `id`, both ascending or both descending.
pub(crate) struct Order {
    pub key: &'static str,
    pub id: &'static str,
    pub key_is_int: bool,
    pub desc: bool,
}

impl Query {
    pub fn new(sql: &str) -> Self {
        Self { sql: sql.to_owned(), args: Vec::new() }
    }

    pub fn push(&mut self, sql: &str) -> &mut Self {
        self.sql.push_str(sql);
        self
    }

    /// Appends `$n` for a new bound value.
    pub fn bind(&mut self, a: Arg) -> &mut Self {
        self.args.push(a);
        self.sql.push('$');
        self.sql.push_str(&self.args.len().to_string());
        self
    }

    pub fn text(&mut self, s: impl Into<String>) -> &mut Self {
        self.bind(Arg::Text(s.into()))
    }

    pub fn int(&mut self, i: i64) -> &mut Self {
        self.bind(Arg::Int(i))
    }

    /// Puts `sql` (with no placeholders) in front: the `SELECT` of a `FROM … WHERE …`.
    pub fn prepend(&mut self, sql: &str) -> &mut Self {
        self.sql.insert_str(0, sql);
        self
    }

    /// Names the query and its values, for remembering its count.
    pub fn cache_key(&self) -> String {
        format!("{}|{:?}", self.sql, self.args)
    }

    /// `SELECT COUNT(*)` over this query's `FROM … WHERE …`.
    pub fn count(from_where: &Query) -> Query {
        Query { sql: format!("SELECT COUNT(*) {}", from_where.sql), args: from_where.args.clone() }
    }

    pub fn build(&self) -> sqlx::query::Query<'_, sqlx::Any, AnyArguments> {
        let mut q = sqlx::query(sqlx::AssertSqlSafe(self.sql.clone()));
        for a in &self.args {
            q = match a {
                Arg::Text(s) => q.bind(s.as_str()),
                Arg::Int(i) => q.bind(*i),
            };
        }
        q
    }

    /// Appends the keyset condition of `seek` (after a `WHERE …`), the order it reads in
    /// and a limit one past `limit`, so [`Slice::from_rows`] sees whether more follow.
    pub fn seek(&mut self, seek: &Seek, o: &Order, limit: usize) -> &mut Self {
        // Reading backwards walks the index the other way and is reversed afterwards.
        let desc = o.desc != seek.backwards();
        let cursor = match seek {
            Seek::After(c) | Seek::Before(c) => Some(c),
            Seek::First | Seek::Last => None,
        };
        if let Some(c) = cursor {
            self.push(&format!(" AND ({}, {}) {} (", o.key, o.id, if desc { "<" } else { ">" }));
            match (o.key_is_int, c.int_key()) {
                (true, key) => self.int(key.unwrap_or(0)),
                (false, _) => self.text(c.key.clone()),
            };
            self.push(", ").int(c.id).push(")");
        }
        let dir = if desc { "DESC" } else { "ASC" };
        self.push(&format!(" ORDER BY {} {dir}, {} {dir} LIMIT {}", o.key, o.id, limit + 1));
        self
    }
}

/// Reads a keyset page with `q` (built with [`Query::seek`]).
pub(crate) async fn fetch_slice<T>(
    pool: &sqlx::AnyPool,
    q: &Query,
    seek: &Seek,
    limit: usize,
    row: impl Fn(&AnyRow) -> T,
    cursor: impl Fn(&T) -> Cursor,
) -> crate::Result<Slice<T>> {
    let rows = q.build().fetch_all(pool).await?;
    Ok(Slice::from_rows(rows.iter().map(row).collect(), limit, seek, cursor))
}
