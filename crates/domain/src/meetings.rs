//! Members' updating meetings: agenda items members propose before a meeting, and action
//! items (owner, due date, status) followed from one meeting to the next.

use crate::{FieldError, FieldErrors, text};

/// Where an action item stands.
pub const ACTION_STATUSES: [&str; 3] = ["open", "done", "dropped"];

/// An agenda item: a title and, if wanted, a few lines on it.
pub fn parse_item(title: &str, detail: &str) -> Result<(String, String), FieldErrors> {
    let mut errs = FieldErrors::new();
    let t = errs.take(text::required("title", title, 200));
    let d = errs.take(text::optional("detail", detail, 2000));
    match (t, d) {
        (Some(t), Some(d)) => Ok((t, d.unwrap_or_default())),
        _ => Err(errs),
    }
}

/// An action item as checked: title, owner, due date (`YYYY-MM-DD`, optional), status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub title: String,
    pub owner: String,
    pub due_on: Option<String>,
    pub status: String,
}

pub fn parse_action(title: &str, owner: &str, due_on: &str, status: &str) -> Result<Action, FieldErrors> {
    let mut errs = FieldErrors::new();
    let title = errs.take(text::required("title", title, 300));
    let owner = errs.take(text::required("owner", owner, 200));
    let due_on = match due_on.trim() {
        "" => Some(None),
        d => errs.take(
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map(|_| Some(d.to_owned()))
                .map_err(|_| FieldError::new("due_on", "invalid-date")),
        ),
    };
    let status = match status.trim() {
        "" => Some("open".to_owned()),
        s => errs.take(
            ACTION_STATUSES
                .iter()
                .find(|x| **x == s)
                .map(|x| x.to_string())
                .ok_or_else(|| FieldError::new("status", "invalid-choice")),
        ),
    };
    match (title, owner, due_on, status) {
        (Some(title), Some(owner), Some(due_on), Some(status)) => Ok(Action { title, owner, due_on, status }),
        _ => Err(errs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_items_are_checked() {
        let a = parse_action("Send the survey", "Eafip", "2027-02-01", "").unwrap();
        assert_eq!((a.status.as_str(), a.due_on.as_deref()), ("open", Some("2027-02-01")));
        let e = parse_action("", "", "1 February", "late").unwrap_err();
        let fields: Vec<_> = e.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "owner", "due_on", "status"]);
        assert_eq!(parse_item(" ", "").unwrap_err().0[0].code, "required");
    }
}
