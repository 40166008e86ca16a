//! Field-level validation errors. A code is a stable identifier (`too-long`,
//! `invalid-email`…) that the web layer translates; `limit` carries the number a message
//! needs (a maximum length, a minimum length).

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    /// What the error is about, when the message names it (an organisation's name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

impl FieldError {
    pub fn new(field: &'static str, code: &'static str) -> Self {
        Self { field, code, limit: None, subject: None }
    }
    /// An error whose message names `subject` (as `$name`).
    pub fn about(field: &'static str, code: &'static str, subject: impl Into<String>) -> Self {
        Self { field, code, limit: None, subject: Some(subject.into()) }
    }
    pub fn with_limit(field: &'static str, code: &'static str, limit: usize) -> Self {
        Self { field, code, limit: Some(limit), subject: None }
    }
}

/// Errors of a whole form, collected so that every bad field is reported at once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, e: FieldError) {
        self.0.push(e);
    }
    /// Keeps the value when parsing succeeded, records the error otherwise.
    pub fn take<T>(&mut self, r: Result<T, FieldError>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn get(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }
    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }
}

impl From<FieldError> for FieldErrors {
    fn from(e: FieldError) -> Self {
        Self(vec![e])
    }
}
