//! The hub's integration tests: one binary, each test with its own app on port 0 and its
//! own database. `IPTF_TEST_BACKEND=postgres` runs the very same tests on PostgreSQL
//! (a new schema per test, from `IPTF_TEST_POSTGRES_URL`); the default is SQLite. When
//! PostgreSQL is asked for and cannot be reached, tests fail rather than skip.

mod accounts;
mod admin;
mod api;
mod applications;
mod brokerage;
mod challenges;
mod cli;
mod contract;
mod directories;
mod event_organising;
mod events;
mod follows;
mod groups;
mod harness;
mod http;
mod initiatives;
mod integrity;
mod invitations;
mod knowledge;
mod media;
mod messages;
mod moderation;
mod once;
mod ops;
mod organisations;
mod people;
mod resources;
mod review;
mod search;
mod security;
mod solutions;
