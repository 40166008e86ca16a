//! Answers to read queries of long lists, remembered between requests.
//!
//! Counting 100,000 rows on every page view is what made the directory slow, and even an
//! indexed page costs a round trip to the database's thread per row. So a count, and a
//! directory page, are kept until the data may have changed: every committed transaction
//! of this process moves a generation number, and an answer of an older generation is read
//! again. Writes from another process (the CLI seeding while the hub runs) are not seen
//! that way, so an answer is also read again after [`MAX_AGE`] at the latest.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long an answer may be trusted when nothing in this process wrote.
pub const MAX_AGE: Duration = Duration::from_secs(30);

/// How long a page of the people directory is kept: a profile withdrawn through another
/// process is gone from this one's answers within this time (at once in its own).
pub const PEOPLE_MAX_AGE: Duration = Duration::from_secs(3);

/// One kind of remembered answer, at most `capacity` of them; past it the older half is
/// forgotten.
pub(crate) struct Table<V> {
    capacity: usize,
    max_age: Duration,
    entries: Mutex<HashMap<String, (u64, Instant, V)>>,
}

impl<V: Clone> Table<V> {
    fn new(capacity: usize) -> Self {
        Self::with_max_age(capacity, MAX_AGE)
    }

    fn with_max_age(capacity: usize, max_age: Duration) -> Self {
        Self { capacity, max_age, entries: Mutex::new(HashMap::new()) }
    }

    pub(crate) fn get(&self, key: &str, generation: u64) -> Option<V> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(key).filter(|(g, at, _)| *g == generation && at.elapsed() < self.max_age).map(|(_, _, v)| v.clone())
    }

    pub(crate) fn put(&self, key: String, generation: u64, v: V) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= self.capacity {
            let mut ages: Vec<Instant> = entries.values().map(|(_, at, _)| *at).collect();
            ages.sort_unstable();
            let cut = ages[ages.len() / 2];
            entries.retain(|_, (_, at, _)| *at > cut);
        }
        entries.insert(key, (generation, Instant::now(), v));
    }
}

pub(crate) struct Memo {
    generation: AtomicU64,
    pub(crate) counts: Table<i64>,
    pub(crate) organisations: Table<Arc<domain::paging::Slice<crate::organisations::Organisation>>>,
    pub(crate) people: Table<Arc<domain::paging::Slice<crate::people::PublicPerson>>>,
    /// Pages of the public events list and their totals.
    pub(crate) events: Table<Arc<(Vec<crate::events::Event>, i64)>>,
    /// The member initiatives (a few dozen, read by many pages for their filters).
    pub(crate) initiatives: Table<Arc<Vec<crate::initiatives::Initiative>>>,
    /// Fills of one key run one at a time: when a page expires under load, one request
    /// reads it again and the others wait for its answer instead of all querying at once.
    fill_locks: Vec<tokio::sync::Mutex<()>>,
}

impl Default for Memo {
    fn default() -> Self {
        // A directory page is some 10 kB: a thousand of them stay under 10 MB.
        Self {
            generation: AtomicU64::new(0),
            counts: Table::new(4096),
            organisations: Table::new(1024),
            people: Table::with_max_age(1024, PEOPLE_MAX_AGE),
            events: Table::new(1024),
            initiatives: Table::new(4),
            fill_locks: (0..64).map(|_| tokio::sync::Mutex::new(())).collect(),
        }
    }
}

impl Memo {
    pub(crate) fn wrote(&self) {
        self.generation.fetch_add(1, Ordering::Release);
    }

    /// The lock that serialises fills of `key` (one of 64, by the key's hash).
    pub(crate) async fn fill_lock(&self, key: &str) -> tokio::sync::MutexGuard<'_, ()> {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        key.hash(&mut h);
        self.fill_locks[(h.finish() % self.fill_locks.len() as u64) as usize].lock().await
    }

    pub(crate) fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }
}

pub(crate) type SharedMemo = Arc<Memo>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_forgets_every_answer() {
        let m = Memo::default();
        let g = m.generation();
        m.counts.put("orgs".into(), g, 7);
        assert_eq!(m.counts.get("orgs", m.generation()), Some(7));
        m.wrote();
        assert_eq!(m.counts.get("orgs", m.generation()), None);
    }

    #[test]
    fn a_table_stays_bounded() {
        let t = Table::new(100);
        for i in 0..1000 {
            t.put(format!("k{i}"), 0, 1);
        }
        assert!(t.entries.lock().unwrap().len() <= 100);
    }
}
