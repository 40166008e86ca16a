//! Accounts: registration with e-mail confirmation, sign-in and sign-out, password reset
//! by a single-use expiring link, changing password and e-mail, choosing the interface
//! language, personal access tokens, and deleting one's account — as pages and as API.

pub mod api;
pub mod pages;
pub mod service;
pub mod settings;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register", get(pages::register_form).post(pages::register))
        .route("/account/confirm/{token}", get(pages::confirm_form).post(pages::confirm))
        .route("/account/confirm", get(pages::resend_form).post(pages::resend))
        .route("/sign-in", get(pages::sign_in_form).post(pages::sign_in))
        .route("/sign-out", post(pages::sign_out))
        .route("/password/forgot", get(pages::forgot_form).post(pages::forgot))
        .route("/password/reset/{token}", get(pages::reset_form).post(pages::reset))
        .route("/account", get(settings::overview))
        .route("/account/password", get(settings::password_form).post(settings::password))
        .route("/account/email", get(settings::email_form).post(settings::email))
        .route("/account/email/confirm/{token}", get(settings::email_confirm_form).post(settings::email_confirm))
        .route("/account/tokens", get(settings::tokens).post(settings::create_token))
        .route("/account/tokens/{id}/revoke", post(settings::revoke_token))
        .route("/account/export", get(settings::export))
        .route("/account/delete", get(settings::delete_form).post(settings::delete))
        .route("/language", post(settings::language))
}
