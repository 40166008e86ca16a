//! Pure rules of the hub: validated values, typed ids and the decisions made on them.
//!
//! Nothing here does I/O or async work. Every value that crosses the edge of the
//! application (a form, a JSON body, a row) is parsed into one of these types once;
//! the rest of the code cannot hold an invalid one. Reference data (countries, NUTS,
//! eForms code lists) is embedded at compile time from `data/` (see its PROVENANCE.md).

pub mod accounts;
pub mod admin;
pub mod applications;
pub mod brokerage;
pub mod challenges;
pub mod cpv;
pub mod documents;
pub mod error;
pub mod event_forms;
pub mod events;
pub mod follows;
pub mod geo;
pub mod groups;
pub mod initiatives;
pub mod jobs;
pub mod landscape;
pub mod markdown;
pub mod matching;
pub mod media;
pub mod meetings;
pub mod moderation;
pub mod organisations;
pub mod paging;
pub mod people;
pub mod resources;
pub mod scheduler;
pub mod solutions;
pub mod synthetic;
pub mod text;
pub mod throttle;
pub mod topics;

pub use error::{FieldError, FieldErrors};

/// Seconds since the Unix epoch, UTC. The store keeps every instant in this form so the
/// same column type works on SQLite and PostgreSQL.
pub type UnixTime = i64;

/// Declares a typed id around an `i64` primary key.
macro_rules! typed_id {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { self.0.fmt(f) }
        }
    )*};
}
typed_id!(UserId, OrganisationId, InitiativeId, TokenId, JobId, AuditId);
