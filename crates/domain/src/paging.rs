//! Pages of a long list.
//!
//! Long lists (directories, queues, the audit log) page by *keyset*: a page is asked for
//! as "the rows after (or before) this row", named by a [`Cursor`], so the database walks
//! an index from that row and page 5,000 costs what page 1 costs.

/// Where a keyset page starts: the sort key and id of the row next to it. In a URL it is
/// `<id>.<key>`, so any key (a folded name, a timestamp) survives the round trip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub key: String,
    pub id: i64,
}

/// Cursors longer than this are not ours; a folded name is at most a few hundred bytes.
const MAX_CURSOR: usize = 1_000;

impl Cursor {
    pub fn new(key: impl Into<String>, id: i64) -> Self {
        Self { key: key.into(), id }
    }
    pub fn encode(&self) -> String {
        format!("{}.{}", self.id, self.key)
    }
    /// `None` for anything [`Cursor::encode`] did not write.
    pub fn parse(s: &str) -> Option<Self> {
        if s.len() > MAX_CURSOR {
            return None;
        }
        let (id, key) = s.split_once('.')?;
        if key.chars().any(char::is_control) {
            return None;
        }
        let id = id.parse().ok().filter(|i| *i > 0)?;
        Some(Self { key: key.to_owned(), id })
    }
    /// The key as a number, for lists ordered by a time.
    pub fn int_key(&self) -> Option<i64> {
        self.key.parse().ok()
    }
}

/// Which keyset page to read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Seek {
    #[default]
    First,
    After(Cursor),
    Before(Cursor),
    Last,
}

impl Seek {
    /// From the `after`, `before` and `last` parameters of a query string. An unreadable
    /// cursor is an error for the caller to report, not a silent first page.
    pub fn from_params(after: Option<&str>, before: Option<&str>, last: bool) -> Result<Self, crate::FieldError> {
        let read =
            |field: &'static str, v: &str| Cursor::parse(v).ok_or_else(|| crate::FieldError::new(field, "invalid"));
        match (after.filter(|s| !s.is_empty()), before.filter(|s| !s.is_empty()), last) {
            (Some(a), None, false) => Ok(Seek::After(read("after", a)?)),
            (None, Some(b), false) => Ok(Seek::Before(read("before", b)?)),
            (None, None, true) => Ok(Seek::Last),
            (None, None, false) => Ok(Seek::First),
            _ => Err(crate::FieldError::new("after", "conflicting")),
        }
    }
    /// Whether the rows are read against the list's order (then reversed for display).
    pub fn backwards(&self) -> bool {
        matches!(self, Seek::Before(_) | Seek::Last)
    }
}

/// One keyset page: its rows in list order and the cursors of the pages around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slice<T> {
    pub items: Vec<T>,
    /// The page before this one starts before this cursor (the first row shown).
    pub prev: Option<Cursor>,
    /// The page after this one starts after this cursor (the last row shown).
    pub next: Option<Cursor>,
}

impl<T> Slice<T> {
    /// Builds a page from rows read with `limit + 1` in the direction `seek` reads, so
    /// the extra row tells whether more lie beyond. `cursor` names a row's place.
    pub fn from_rows(mut rows: Vec<T>, limit: usize, seek: &Seek, cursor: impl Fn(&T) -> Cursor) -> Self {
        let more = rows.len() > limit;
        rows.truncate(limit);
        if seek.backwards() {
            rows.reverse();
        }
        // Reading forwards from a cursor, or backwards to one, there are rows on the far side.
        let (before, after) = match seek {
            Seek::First => (false, more),
            Seek::After(_) => (true, more),
            Seek::Before(_) => (more, true),
            Seek::Last => (more, false),
        };
        let prev = if before { rows.first().map(&cursor) } else { None };
        let next = if after { rows.last().map(&cursor) } else { None };
        Slice { items: rows, prev, next }
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Slice<U> {
        Slice { items: self.items.into_iter().map(f).collect(), prev: self.prev, next: self.next }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_any_key() {
        for key in ["", "stadt munchen", "a.b.c", "1700000000", "ü~%&="] {
            let c = Cursor::new(key, 42);
            assert_eq!(Cursor::parse(&c.encode()), Some(c));
        }
        for bad in ["", "x.y", "0.a", "-3.a", "12", "1.a\0b", &"9".repeat(2000)] {
            assert_eq!(Cursor::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn seek_from_params() {
        assert_eq!(Seek::from_params(None, None, false), Ok(Seek::First));
        assert_eq!(Seek::from_params(Some(""), Some(""), false), Ok(Seek::First));
        assert_eq!(Seek::from_params(Some("3.b"), None, false), Ok(Seek::After(Cursor::new("b", 3))));
        assert_eq!(Seek::from_params(None, None, true), Ok(Seek::Last));
        assert_eq!(Seek::from_params(Some("nope"), None, false).unwrap_err().field, "after");
        assert_eq!(Seek::from_params(None, Some("nope"), false).unwrap_err().field, "before");
        assert!(Seek::from_params(Some("3.b"), Some("4.c"), false).is_err());
    }

    /// Walks a sorted list of `n` rows page by page with keyset reads, as the store does,
    /// forwards from the first page and backwards from the last.
    fn walk(n: i64, limit: usize) -> (Vec<i64>, Vec<i64>) {
        let rows: Vec<i64> = (1..=n).collect();
        let read = |seek: &Seek| {
            let picked: Vec<i64> = match seek {
                Seek::First => rows.iter().copied().take(limit + 1).collect(),
                Seek::After(c) => rows.iter().copied().filter(|r| *r > c.id).take(limit + 1).collect(),
                Seek::Before(c) => rows.iter().rev().copied().filter(|r| *r < c.id).take(limit + 1).collect(),
                Seek::Last => rows.iter().rev().copied().take(limit + 1).collect(),
            };
            Slice::from_rows(picked, limit, seek, |r| Cursor::new("", *r))
        };
        let (mut forward, mut seek) = (Vec::new(), Seek::First);
        loop {
            let s = read(&seek);
            forward.extend(&s.items);
            match s.next {
                Some(c) => seek = Seek::After(c),
                None => break,
            }
        }
        let (mut backward, mut seek) = (Vec::new(), Seek::Last);
        loop {
            let s = read(&seek);
            backward.splice(0..0, s.items.iter().copied());
            match s.prev {
                Some(c) => seek = Seek::Before(c),
                None => break,
            }
        }
        (forward, backward)
    }

    proptest::proptest! {
        #[test]
        fn keyset_pages_visit_every_row_once(n in 0i64..200, limit in 1usize..30) {
            let all: Vec<i64> = (1..=n).collect();
            let (forward, backward) = walk(n, limit);
            proptest::prop_assert_eq!(&forward, &all);
            proptest::prop_assert_eq!(&backward, &all);
        }
    }
}
