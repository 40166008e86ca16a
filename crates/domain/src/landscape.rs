//! The landscape map: for every EU country and every curriculum topic, how many member
//! initiatives, organisations, people (who show both on their profile) and resources
//! provide expertise there; the pairs with nothing are the gaps.

use crate::initiatives::TOPICS;

/// What a cell counts, in this order.
pub const HOLDERS: [&str; 4] = ["initiatives", "organisations", "people", "resources"];

pub fn holder(s: &str) -> Option<usize> {
    HOLDERS.iter().position(|h| *h == s)
}

/// Counts per (country, topic), for each kind of holder.
#[derive(Debug, Clone)]
pub struct Matrix {
    /// The 27 member states' codes, in the table's order.
    pub countries: Vec<&'static str>,
    counts: Vec<[i64; 4]>,
}

impl Default for Matrix {
    fn default() -> Self {
        Self::new()
    }
}

impl Matrix {
    pub fn new() -> Self {
        let countries: Vec<&'static str> = crate::geo::eu_countries().iter().map(|c| c.code).collect();
        let counts = vec![[0; 4]; countries.len() * TOPICS.len()];
        Self { countries, counts }
    }

    fn index(&self, country: &str, topic: &str) -> Option<usize> {
        let c = self.countries.iter().position(|x| *x == country)?;
        let t = TOPICS.iter().position(|x| *x == topic)?;
        Some(c * TOPICS.len() + t)
    }

    /// Adds `n` of `holder` to every (country, topic) pair of the lists; unknown codes are
    /// left out.
    pub fn add(&mut self, holder: usize, countries: &[String], topics: &[String], n: i64) {
        for c in countries {
            for t in topics {
                if let Some(i) = self.index(c, t) {
                    self.counts[i][holder] += n;
                }
            }
        }
    }

    /// The four counts of a cell.
    pub fn cell(&self, country: &str, topic: &str) -> [i64; 4] {
        self.index(country, topic).map(|i| self.counts[i]).unwrap_or_default()
    }

    /// What a cell holds: of one kind of holder, or of all.
    pub fn total(&self, country: &str, topic: &str, only: Option<usize>) -> i64 {
        let c = self.cell(country, topic);
        match only {
            Some(h) => c[h],
            None => c.iter().sum(),
        }
    }

    /// The largest cell.
    pub fn max(&self, only: Option<usize>) -> i64 {
        self.counts.iter().map(|c| only.map(|h| c[h]).unwrap_or_else(|| c.iter().sum())).max().unwrap_or(0)
    }

    /// The pairs with nothing.
    pub fn gaps(&self, only: Option<usize>) -> usize {
        self.counts.iter().filter(|c| only.map(|h| c[h]).unwrap_or_else(|| c.iter().sum()) == 0).count()
    }
}

/// The shade of a count on a scale up to `max`: 0 for nothing (a gap), then 1 to 4.
pub fn shade(n: i64, max: i64) -> u8 {
    if n <= 0 {
        return 0;
    }
    let max = max.max(1) as f64;
    // Quarters of the largest count, so one busy cell does not wash out the others.
    let q = n as f64 / max;
    if q <= 0.25 {
        1
    } else if q <= 0.5 {
        2
    } else if q <= 0.75 {
        3
    } else {
        4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_count_each_pair_and_the_gaps() {
        let mut m = Matrix::new();
        assert_eq!(m.countries.len(), 27);
        assert_eq!(m.gaps(None), 27 * 9);
        m.add(0, &["FR".into(), "BE".into()], &["pcp".into()], 1);
        m.add(3, &["FR".into()], &["pcp".into(), "negotiation".into()], 5);
        m.add(2, &["US".into()], &["pcp".into()], 1);
        m.add(2, &["FR".into()], &["astrology".into()], 1);
        assert_eq!(m.cell("FR", "pcp"), [1, 0, 0, 5]);
        assert_eq!(m.total("FR", "pcp", None), 6);
        assert_eq!(m.total("FR", "pcp", holder("initiatives")), 1);
        assert_eq!(m.total("BE", "negotiation", None), 0);
        assert_eq!(m.gaps(None), 27 * 9 - 3);
        assert_eq!(m.gaps(Some(0)), 27 * 9 - 2);
        assert_eq!(m.max(None), 6);
        assert_eq!((shade(0, 6), shade(1, 6), shade(3, 6), shade(6, 6)), (0, 1, 2, 4));
        assert_eq!(holder("people"), Some(2));
        assert_eq!(holder("cats"), None);
    }
}
