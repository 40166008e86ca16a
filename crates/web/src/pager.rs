//! Links between keyset pages (`after`, `before`, `last` in the query string), shared by
//! every long list: the directory, the administrators' queues, the audit log.

use domain::paging::{Seek, Slice};
use domain::{FieldError, FieldErrors};
use serde::Deserialize;

/// The query-string parameters that pick a keyset page.
#[derive(Deserialize, Default, Clone, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SeekParams {
    /// The page after this cursor (a `next` value of an earlier answer).
    #[serde(default)]
    pub after: Option<String>,
    /// The page before this cursor (a `prev` value of an earlier answer).
    #[serde(default)]
    pub before: Option<String>,
    /// `true` (or `1`) for the last page.
    #[serde(default)]
    pub last: Option<String>,
}

impl SeekParams {
    pub fn seek(&self) -> Result<Seek, FieldErrors> {
        let last = match self.last.as_deref().unwrap_or("") {
            "" | "0" | "false" => false,
            "1" | "true" => true,
            _ => return Err(FieldErrors::from(FieldError::new("last", "invalid"))),
        };
        Seek::from_params(self.after.as_deref(), self.before.as_deref(), last).map_err(FieldErrors::from)
    }
}

/// The four links of a pager; a link is absent where there is nowhere to go.
#[derive(Default)]
pub struct Pager {
    pub first: Option<String>,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub last: Option<String>,
}

impl Pager {
    /// Links to the pages around `slice` at `path`, keeping the list's own `params`
    /// (filters) and dropping empty ones so shared URLs stay short.
    pub fn new<T>(path: &str, params: &[(&str, &str)], slice: &Slice<T>) -> Self {
        let link = |extra: Option<(&str, String)>| {
            let mut pairs: Vec<(&str, String)> =
                params.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| (*k, (*v).to_owned())).collect();
            pairs.extend(extra);
            let q = serde_urlencoded::to_string(&pairs).unwrap_or_default();
            if q.is_empty() { path.to_owned() } else { format!("{path}?{q}") }
        };
        Pager {
            first: slice.prev.as_ref().map(|_| link(None)),
            prev: slice.prev.as_ref().map(|c| link(Some(("before", c.encode())))),
            next: slice.next.as_ref().map(|c| link(Some(("after", c.encode())))),
            last: slice.next.as_ref().map(|_| link(Some(("last", "1".into())))),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.prev.is_none() && self.next.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::paging::Cursor;

    #[test]
    fn links_keep_filters_and_name_the_rows() {
        let s = Slice { items: vec![1, 2], prev: Some(Cursor::new("a b", 1)), next: Some(Cursor::new("c", 2)) };
        let p = Pager::new("/organisations", &[("q", "é"), ("country", "")], &s);
        assert_eq!(p.first.as_deref(), Some("/organisations?q=%C3%A9"));
        assert_eq!(p.prev.as_deref(), Some("/organisations?q=%C3%A9&before=1.a+b"));
        assert_eq!(p.next.as_deref(), Some("/organisations?q=%C3%A9&after=2.c"));
        assert_eq!(p.last.as_deref(), Some("/organisations?q=%C3%A9&last=1"));
        let alone = Pager::new("/x", &[], &Slice::<i32> { items: vec![], prev: None, next: None });
        assert!(alone.is_empty() && alone.first.is_none());
    }

    #[test]
    fn bad_parameters_name_their_field() {
        let p = SeekParams { last: Some("maybe".into()), ..Default::default() };
        assert_eq!(p.seek().unwrap_err().0[0].field, "last");
        let p = SeekParams { after: Some("x".into()), ..Default::default() };
        assert_eq!(p.seek().unwrap_err().0[0].field, "after");
    }
}
