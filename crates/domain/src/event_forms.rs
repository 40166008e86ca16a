//! The parts of an event around its time and place: the registration form's questions
//! and the answers to them, speakers and agenda sessions, reminder times, invitations
//! (reserved seats), feedback and messages to participants. Pure rules; the store keeps
//! questions, speakers and sessions as JSON on the event.

use crate::{FieldError, FieldErrors, text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The kinds of question an organiser may ask.
pub const QUESTION_KINDS: [&str; 5] = ["short", "long", "single", "multiple", "yesno"];

/// At most this many questions on a form.
pub const MAX_QUESTIONS: usize = 20;

/// The form field of the answer to the question at each position (`answer-1` is the
/// first question's): errors about answers name these, in pages and in the API.
pub const ANSWER_FIELDS: [&str; MAX_QUESTIONS] = [
    "answer-1",
    "answer-2",
    "answer-3",
    "answer-4",
    "answer-5",
    "answer-6",
    "answer-7",
    "answer-8",
    "answer-9",
    "answer-10",
    "answer-11",
    "answer-12",
    "answer-13",
    "answer-14",
    "answer-15",
    "answer-16",
    "answer-17",
    "answer-18",
    "answer-19",
    "answer-20",
];

/// A question of the registration form. Its `id` never changes and is never reused on
/// the event, so answers given before the form was edited stay with their question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: i64,
    pub label: String,
    /// One of [`QUESTION_KINDS`].
    pub kind: String,
    pub required: bool,
    /// The choices of `single` and `multiple` questions.
    #[serde(default)]
    pub choices: Vec<String>,
}

/// A question as the organiser's form or JSON body gives it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct QuestionInput {
    /// An existing question's id (absent for a new one).
    #[serde(default)]
    pub id: Option<i64>,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub choices: Vec<String>,
}

/// Checks the questions; rows with neither a label nor choices are left out (the blank
/// rows of the form). Known ids are kept; new questions get ids after every id the event
/// has used (`last_id`).
pub fn parse_questions(
    input: &[QuestionInput],
    existing: &[Question],
    last_id: i64,
) -> Result<Vec<Question>, FieldErrors> {
    let mut errs = FieldErrors::new();
    let rows: Vec<&QuestionInput> =
        input.iter().filter(|q| !q.label.trim().is_empty() || q.choices.iter().any(|c| !c.trim().is_empty())).collect();
    if rows.len() > MAX_QUESTIONS {
        errs.push(FieldError::with_limit("questions", "too-many-questions", MAX_QUESTIONS));
        return Err(errs);
    }
    let mut next = existing.iter().map(|q| q.id).max().unwrap_or(0).max(last_id);
    let mut out = Vec::new();
    for (n, q) in rows.iter().enumerate() {
        let at = (n + 1).to_string();
        let label = match text::required("questions", &q.label, 300) {
            Ok(l) => l,
            Err(e) => {
                errs.push(FieldError::about(
                    "questions",
                    if e.code == "required" { "question-label-needed" } else { "question-label-too-long" },
                    at,
                ));
                continue;
            }
        };
        let Some(kind) = QUESTION_KINDS.iter().find(|k| **k == q.kind.trim()) else {
            errs.push(FieldError::about("questions", "question-kind-invalid", label));
            continue;
        };
        let choices: Vec<String> = q.choices.iter().map(|c| c.trim().to_owned()).filter(|c| !c.is_empty()).collect();
        if matches!(*kind, "single" | "multiple") {
            let distinct = choices.iter().collect::<std::collections::BTreeSet<_>>().len() == choices.len();
            if choices.len() < 2 || choices.len() > 20 || !distinct || choices.iter().any(|c| c.chars().count() > 200) {
                errs.push(FieldError::about("questions", "question-choices-needed", label));
                continue;
            }
        }
        let id = match q.id.filter(|id| existing.iter().any(|e| e.id == *id)) {
            Some(id) if !out.iter().any(|o: &Question| o.id == id) => id,
            _ => {
                next += 1;
                next
            }
        };
        let choices = if matches!(*kind, "single" | "multiple") { choices } else { Vec::new() };
        out.push(Question { id, label, kind: kind.to_string(), required: q.required, choices });
    }
    errs.into_result()?;
    Ok(out)
}

/// Answers by question id (as text, the JSON object's keys): each a list of values (one
/// for every kind but `multiple`).
pub type Answers = BTreeMap<String, Vec<String>>;

/// Checks answers against the questions: a required question answered with nothing, a
/// choice that is not offered, a yes/no that is neither, a text too long — each names the
/// question's field (`answer-N`) and its label. Answers to unknown questions are dropped.
pub fn parse_answers(questions: &[Question], raw: &Answers) -> Result<Answers, FieldErrors> {
    let mut errs = FieldErrors::new();
    let mut out = Answers::new();
    for (q, field) in questions.iter().zip(ANSWER_FIELDS) {
        let values: Vec<String> = raw
            .get(&q.id.to_string())
            .map(|v| v.iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default();
        if values.is_empty() {
            if q.required {
                errs.push(FieldError::about(field, "answer-required", q.label.clone()));
            }
            continue;
        }
        let ok = match q.kind.as_str() {
            "short" => values.len() == 1 && values[0].chars().count() <= 300,
            "long" => values.len() == 1 && values[0].chars().count() <= 5000,
            "single" => values.len() == 1 && q.choices.contains(&values[0]),
            "multiple" => values.iter().all(|v| q.choices.contains(v)),
            _ => values.len() == 1 && matches!(values[0].as_str(), "yes" | "no"),
        };
        if !ok {
            errs.push(FieldError::about(field, "answer-invalid", q.label.clone()));
            continue;
        }
        out.insert(q.id.to_string(), values);
    }
    errs.into_result()?;
    Ok(out)
}

/// A speaker of an event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    /// Their role and organisation.
    #[serde(default)]
    pub affiliation: Option<String>,
}

/// A session of the agenda; times are local to the event's zone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// `YYYY-MM-DD`, for events of more than one day.
    #[serde(default)]
    pub day: Option<String>,
    /// `HH:MM`.
    pub starts: String,
    pub ends: String,
    pub title: String,
    #[serde(default)]
    pub speaker: Option<String>,
}

pub fn parse_speakers(list: &[Speaker]) -> Result<Vec<Speaker>, FieldError> {
    if list.len() > 50 {
        return Err(FieldError::with_limit("speakers", "too-many", 50));
    }
    list.iter()
        .filter(|s| !s.name.trim().is_empty() || s.affiliation.as_deref().is_some_and(|a| !a.trim().is_empty()))
        .map(|s| {
            let name = text::required("speakers", &s.name, 200)
                .map_err(|_| FieldError::about("speakers", "speaker-invalid", s.name.trim()))?;
            let affiliation = text::optional("speakers", s.affiliation.as_deref().unwrap_or(""), 300)
                .map_err(|_| FieldError::about("speakers", "speaker-invalid", name.clone()))?;
            Ok(Speaker { name, affiliation })
        })
        .collect()
}

fn hhmm(s: &str) -> Option<(u32, u32)> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
    (h < 24 && m < 60 && s.trim().len() == 5).then_some((h, m))
}

pub fn parse_sessions(list: &[Session]) -> Result<Vec<Session>, FieldError> {
    if list.len() > 60 {
        return Err(FieldError::with_limit("agenda", "too-many", 60));
    }
    list.iter()
        .filter(|s| !(s.title.trim().is_empty() && s.starts.trim().is_empty()))
        .map(|s| {
            let bad = |code| FieldError::about("agenda", code, s.title.trim().to_owned());
            let day = match s.day.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
                Some(d) => Some(
                    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                        .map(|_| d.to_owned())
                        .map_err(|_| bad("session-time-invalid"))?,
                ),
                None => None,
            };
            let (a, b) = (hhmm(&s.starts).ok_or_else(|| bad("session-time-invalid"))?, hhmm(&s.ends));
            let b = b.ok_or_else(|| bad("session-time-invalid"))?;
            if b <= a {
                return Err(bad("session-ends-before-start"));
            }
            let title = text::required("agenda", &s.title, 200).map_err(|_| bad("session-title-needed"))?;
            let speaker =
                text::optional("agenda", s.speaker.as_deref().unwrap_or(""), 200).map_err(|_| bad("too-long"))?;
            Ok(Session { day, starts: s.starts.trim().to_owned(), ends: s.ends.trim().to_owned(), title, speaker })
        })
        .collect()
}

/// Speakers from the form's lines: `Name | role and organisation`.
pub fn speakers_from_lines(text: &str) -> Vec<Speaker> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (name, aff) = l.split_once('|').unwrap_or((l, ""));
            Speaker { name: name.trim().to_owned(), affiliation: Some(aff.trim().to_owned()).filter(|a| !a.is_empty()) }
        })
        .collect()
}

pub fn speakers_to_lines(list: &[Speaker]) -> String {
    list.iter()
        .map(|s| match &s.affiliation {
            Some(a) => format!("{} | {a}", s.name),
            None => s.name.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sessions from the form's lines: `[YYYY-MM-DD ]HH:MM-HH:MM | Title | Speaker`. A line
/// that does not read so is kept as it is, for [`parse_sessions`] to name.
pub fn sessions_from_lines(text: &str) -> Vec<Session> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.splitn(3, '|').map(str::trim);
            let when = parts.next().unwrap_or("");
            let title = parts.next().unwrap_or("").to_owned();
            let speaker = parts.next().map(str::to_owned).filter(|s| !s.is_empty());
            let (day, range) = match when.split_once(' ') {
                Some((d, r)) if d.len() == 10 => (Some(d.to_owned()), r.trim()),
                _ => (None, when),
            };
            let (starts, ends) = range.split_once(['-', '–']).unwrap_or((range, ""));
            Session { day, starts: starts.trim().to_owned(), ends: ends.trim().to_owned(), title, speaker }
        })
        .collect()
}

pub fn sessions_to_lines(list: &[Session]) -> String {
    list.iter()
        .map(|s| {
            let day = s.day.as_deref().map(|d| format!("{d} ")).unwrap_or_default();
            let speaker = s.speaker.as_deref().map(|p| format!(" | {p}")).unwrap_or_default();
            format!("{day}{}-{} | {}{speaker}", s.starts, s.ends, s.title)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// When reminders may go out, in minutes before the start.
pub const REMINDER_CHOICES: [i64; 6] = [10_080, 2_880, 1_440, 180, 60, 15];

/// What an event sends when its organiser does not say: 24 hours and 1 hour before.
pub const DEFAULT_REMINDERS: [i64; 2] = [1_440, 60];

/// Reminder times from their minutes as text; `None` is the default.
pub fn parse_reminders(raw: Option<&[String]>) -> Result<Vec<i64>, FieldError> {
    let Some(raw) = raw else { return Ok(DEFAULT_REMINDERS.to_vec()) };
    let mut out = Vec::new();
    for r in raw {
        let m = r.trim().parse::<i64>().ok().filter(|m| REMINDER_CHOICES.contains(m));
        let m = m.ok_or_else(|| FieldError::about("reminders", "invalid-choice", r.trim()))?;
        if !out.contains(&m) {
            out.push(m);
        }
    }
    out.sort_unstable_by(|a, b| b.cmp(a));
    Ok(out)
}

/// The reminder due now, if one is (the latest-due of those not yet sent: a hub that was
/// down sends one reminder, not three), and every time that no longer needs sending.
pub fn due_reminders(reminders: &[i64], sent: &[i64], starts_at: i64, now: i64) -> Vec<i64> {
    if now >= starts_at {
        return Vec::new();
    }
    reminders.iter().copied().filter(|m| !sent.contains(m) && starts_at - m * 60 <= now).collect()
}

/// The addresses an organiser invites (reserved seats), from text split by spaces,
/// commas, semicolons or lines; lower case, without duplicates; at most 500.
pub fn parse_invitations(raw: &str) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for part in raw.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|p| !p.is_empty()) {
        let e = crate::accounts::Email::parse("emails", part)
            .map_err(|_| FieldError::about("emails", "invalid-email-in-list", part.to_owned()))?;
        let e = e.as_str().to_lowercase();
        if !out.contains(&e) {
            out.push(e);
        }
    }
    if out.is_empty() {
        return Err(FieldError::new("emails", "required"));
    }
    if out.len() > 500 {
        return Err(FieldError::with_limit("emails", "too-many", 500));
    }
    Ok(out)
}

/// A new registration's place. Invited people take their reserved seat without approval
/// (the waiting list if the event is full all the same); others wait for the organisers'
/// approval when the event asks for it, and take a seat only while one is free beyond the
/// `unclaimed` invitations.
pub fn place(
    capacity: Option<i64>,
    confirmed: i64,
    unclaimed: i64,
    invited: bool,
    approval: bool,
) -> crate::events::RegStatus {
    use crate::events::RegStatus;
    if approval && !invited {
        return RegStatus::Pending;
    }
    if seat_free(capacity, confirmed, unclaimed, invited) { RegStatus::Confirmed } else { RegStatus::Waiting }
}

/// Whether a seat is free for someone (invited or not).
pub fn seat_free(capacity: Option<i64>, confirmed: i64, unclaimed: i64, invited: bool) -> bool {
    match capacity {
        None => true,
        Some(c) if invited => confirmed < c,
        Some(c) => confirmed + unclaimed < c,
    }
}

/// Organisers mark attendance from an hour before the start.
pub fn attendance_open(starts_at: i64, now: i64) -> bool {
    now >= starts_at - 3600
}

/// A rating (1 to 5) and an optional comment.
pub fn parse_feedback(rating: &str, comment: &str) -> Result<(i64, Option<String>), FieldErrors> {
    let mut errs = FieldErrors::new();
    let r = errs.take(
        rating
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|r| (1..=5).contains(r))
            .ok_or_else(|| FieldError::new("rating", "invalid-rating")),
    );
    let c = errs.take(text::optional("comment", comment, 2000));
    errs.clone().into_result()?;
    match (r, c) {
        (Some(r), Some(c)) => Ok((r, c)),
        _ => Err(errs),
    }
}

/// A message to the participants: subject and text, both needed.
pub fn parse_message(subject: &str, body: &str) -> Result<(String, String), FieldErrors> {
    let mut errs = FieldErrors::new();
    let s = errs.take(text::required("subject", subject, 200));
    let b = errs.take(text::required("body", body, 10_000));
    match (s, b) {
        (Some(s), Some(b)) => Ok((s, b)),
        _ => Err(errs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::RegStatus;

    fn q(label: &str, kind: &str, required: bool, choices: &[&str]) -> QuestionInput {
        QuestionInput {
            id: None,
            label: label.into(),
            kind: kind.into(),
            required,
            choices: choices.iter().map(|c| c.to_string()).collect(),
        }
    }

    #[test]
    fn questions_keep_their_ids_and_new_ones_never_reuse_one() {
        let qs = parse_questions(&[q("Organisation", "short", true, &[]), q("", "short", false, &[])], &[], 0).unwrap();
        assert_eq!(qs.len(), 1, "the blank row is left out");
        assert_eq!(qs[0].id, 1);
        let mut keep = q("Organisation", "short", true, &[]);
        keep.id = Some(1);
        let qs2 = parse_questions(&[q("Diet", "single", false, &["none", "vegetarian"]), keep], &qs, 3).unwrap();
        assert_eq!((qs2[0].id, qs2[1].id), (4, 1), "the new question's id follows the last one used");
        let e = parse_questions(&[q("Diet", "single", false, &["only one"])], &[], 0).unwrap_err();
        assert_eq!(e.0[0].code, "question-choices-needed");
        let e = parse_questions(&[q("Diet", "essay", false, &[])], &[], 0).unwrap_err();
        assert_eq!(e.0[0].code, "question-kind-invalid");
        let many: Vec<QuestionInput> = (0..21).map(|n| q(&format!("Q{n}"), "short", false, &[])).collect();
        assert_eq!(parse_questions(&many, &[], 0).unwrap_err().0[0].code, "too-many-questions");
    }

    #[test]
    fn answers_are_checked_against_the_questions() {
        let qs = parse_questions(
            &[
                q("Organisation", "short", true, &[]),
                q("Diet", "single", false, &["none", "vegetarian"]),
                q("Topics", "multiple", false, &["PCP", "PPI", "IP"]),
                q("Photos allowed", "yesno", true, &[]),
            ],
            &[],
            0,
        )
        .unwrap();
        let a = |pairs: &[(&str, &[&str])]| -> Answers {
            pairs.iter().map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect())).collect()
        };
        let ok =
            parse_answers(&qs, &a(&[("1", &["City of Ghent"]), ("3", &["PCP", "IP"]), ("4", &["yes"]), ("9", &["x"])]))
                .unwrap();
        assert_eq!(ok.len(), 3, "unknown questions dropped, the unanswered optional one absent");
        let e = parse_answers(&qs, &a(&[("1", &["  "]), ("4", &["yes"])])).unwrap_err();
        assert_eq!((e.0[0].field, e.0[0].code), ("answer-1", "answer-required"));
        assert_eq!(e.0[0].subject.as_deref(), Some("Organisation"));
        let e = parse_answers(&qs, &a(&[("1", &["x"]), ("2", &["vegan"]), ("4", &["maybe"])])).unwrap_err();
        assert_eq!(e.0.iter().map(|e| e.field).collect::<Vec<_>>(), ["answer-2", "answer-4"]);
    }

    #[test]
    fn sessions_and_speakers_read_from_lines() {
        let s = sessions_from_lines("09:00-10:30 | Opening | Ana Silva\n2027-03-11 14:00–15:00 | Day two\n");
        let s = parse_sessions(&s).unwrap();
        assert_eq!(s[1].day.as_deref(), Some("2027-03-11"));
        assert_eq!(s[0].speaker.as_deref(), Some("Ana Silva"));
        assert_eq!(sessions_to_lines(&s), "09:00-10:30 | Opening | Ana Silva\n2027-03-11 14:00-15:00 | Day two");
        let bad = parse_sessions(&sessions_from_lines("10:30-09:00 | Backwards")).unwrap_err();
        assert_eq!(bad.code, "session-ends-before-start");
        assert_eq!(parse_sessions(&sessions_from_lines("noon | Lunch")).unwrap_err().code, "session-time-invalid");
        let sp = parse_speakers(&speakers_from_lines("Ana Silva | Head of procurement, Lisbon\nJan Novak")).unwrap();
        assert_eq!(sp[0].affiliation.as_deref(), Some("Head of procurement, Lisbon"));
        assert_eq!(speakers_to_lines(&sp), "Ana Silva | Head of procurement, Lisbon\nJan Novak");
    }

    #[test]
    fn reminders_and_their_due_times() {
        assert_eq!(parse_reminders(None).unwrap(), [1440, 60]);
        assert_eq!(parse_reminders(Some(&["60".into(), "10080".into()])).unwrap(), [10080, 60]);
        assert!(parse_reminders(Some(&["7".into()])).is_err());
        let start = 100_000;
        assert!(due_reminders(&[1440, 60], &[], start, start - 1441 * 60).is_empty());
        assert_eq!(due_reminders(&[1440, 60], &[], start, start - 1440 * 60), [1440]);
        assert_eq!(due_reminders(&[1440, 60], &[1440], start, start - 30 * 60), [60]);
        assert_eq!(due_reminders(&[1440, 60], &[], start, start - 30 * 60), [1440, 60], "both due: one mail is sent");
        assert!(due_reminders(&[1440, 60], &[], start, start).is_empty());
    }

    #[test]
    fn reserved_seats_and_approval() {
        // 10 seats, 7 taken, 3 invitations not yet claimed: the public waits, the invited do not.
        assert_eq!(place(Some(10), 7, 3, false, false), RegStatus::Waiting);
        assert_eq!(place(Some(10), 7, 3, true, false), RegStatus::Confirmed);
        assert_eq!(place(Some(10), 6, 3, false, false), RegStatus::Confirmed);
        assert_eq!(place(Some(10), 0, 0, false, true), RegStatus::Pending);
        assert_eq!(place(Some(10), 0, 0, true, true), RegStatus::Confirmed, "invited people need no approval");
        assert_eq!(place(None, 1_000, 50, false, false), RegStatus::Confirmed);
        assert_eq!(parse_invitations("a@x.eu, B@X.eu;a@x.eu\nc@y.eu").unwrap(), ["a@x.eu", "b@x.eu", "c@y.eu"]);
        assert_eq!(parse_invitations("a@x.eu nope").unwrap_err().subject.as_deref(), Some("nope"));
    }

    #[test]
    fn feedback_and_messages() {
        assert_eq!(parse_feedback("5", " Very useful ").unwrap(), (5, Some("Very useful".into())));
        assert_eq!(parse_feedback("6", "").unwrap_err().0[0].code, "invalid-rating");
        assert_eq!(parse_message("", "x").unwrap_err().0[0].field, "subject");
    }
}
