//! Pages of a long list. Page numbers start at 1; whatever a query string says, the
//! number is kept in range, so no arithmetic on it can overflow.

/// No list of the hub is longer than this many pages; asking for more gives an empty page.
const MAX_PAGE: i64 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub number: i64,
    pub per_page: i64,
}

impl Page {
    pub fn new(requested: Option<i64>, per_page: i64) -> Self {
        Self { number: requested.unwrap_or(1).clamp(1, MAX_PAGE), per_page: per_page.max(1) }
    }
    /// How many rows come before this page.
    pub fn offset(&self) -> i64 {
        (self.number - 1).saturating_mul(self.per_page)
    }
    /// How many pages `total` rows fill (at least one, even when empty).
    pub fn count(&self, total: i64) -> i64 {
        (total.max(0) + self.per_page - 1) / self.per_page
    }
    pub fn prev(&self) -> Option<i64> {
        (self.number > 1).then_some(self.number - 1)
    }
    pub fn next(&self, total: i64) -> Option<i64> {
        (self.number < self.count(total)).then_some(self.number + 1)
    }
    /// The number of pages to show ("page 2 of 5"), never zero.
    pub fn shown_count(&self, total: i64) -> i64 {
        self.count(total).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages() {
        let p = Page::new(None, 20);
        assert_eq!((p.number, p.offset(), p.prev(), p.next(45)), (1, 0, None, Some(2)));
        let p = Page::new(Some(3), 20);
        assert_eq!((p.offset(), p.prev(), p.next(45), p.count(45)), (40, Some(2), None, 3));
        assert_eq!(Page::new(Some(-4), 20).number, 1);
        assert_eq!(Page::new(None, 20).shown_count(0), 1);
        assert_eq!(Page::new(None, 20).next(0), None);
    }

    #[test]
    fn absurd_page_numbers_do_not_overflow() {
        let p = Page::new(Some(i64::MAX), 50);
        assert_eq!(p.number, MAX_PAGE);
        assert_eq!(p.offset(), (MAX_PAGE - 1) * 50);
        assert_eq!(p.next(10), None);
        assert_eq!(p.prev(), Some(MAX_PAGE - 1));
    }
}
