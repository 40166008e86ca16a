//! Tag lists as the tables keep them: `|A|B|`, so that one `LIKE '%|A|%'` finds a code
//! (resources, events, profiles, groups).

/// A list as stored (empty for none).
pub(crate) fn bars(list: &[String]) -> String {
    if list.is_empty() { String::new() } else { format!("|{}|", list.join("|")) }
}

/// A stored list read back.
pub(crate) fn list(s: String) -> Vec<String> {
    s.split('|').filter(|c| !c.is_empty()).map(str::to_owned).collect()
}
