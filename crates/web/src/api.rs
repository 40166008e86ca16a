//! The JSON API: every capability's routes under `/api/v1`, and the OpenAPI 3.1
//! document generated from their annotations at `/api/openapi.json`.
//!
//! Clients authenticate with a personal access token (`Authorization: Bearer iptf_…`),
//! created on the account's token page or through `/api/v1/me/tokens`. Errors are
//! `application/problem+json` with an `errors` list of `{field, code, detail}`.

use crate::AppState;
use crate::{accounts, admin, initiatives, organisations};
use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::sync::LazyLock;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "IPTF Hub API", description = "The Innovation Procurement Task Force hub: accounts, organisations, member initiatives and administration."),
    paths(
        accounts::api::me, accounts::api::update_me, accounts::api::delete_me, accounts::api::change_password,
        accounts::api::change_email, accounts::api::list_tokens, accounts::api::create_token, accounts::api::revoke_token,
        accounts::api::register, accounts::api::confirm, accounts::api::confirm_email, accounts::api::resend,
        accounts::api::forgot, accounts::api::reset, accounts::api::export,
        organisations::api::list, organisations::api::create, organisations::api::show, organisations::api::update,
        organisations::api::join, organisations::api::members, organisations::api::set_role, organisations::api::remove,
        organisations::api::mine,
        admin::api::users, admin::api::decide_user, admin::api::organisations, admin::api::decide_organisation, admin::api::audit,
        initiatives::list,
    ),
    components(schemas(Problem, FieldProblem)),
    modifiers(&TokenAuth),
    tags(
        (name = "accounts", description = "The current user, registration, e-mailed links, tokens"),
        (name = "organisations", description = "Organisations and their members"),
        (name = "admin", description = "Approvals and the audit log (administrators)"),
        (name = "community", description = "Member initiatives of the task force"),
    )
)]
pub struct ApiDoc;

/// An error, as RFC 9457 problem details.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct Problem {
    r#type: String,
    title: String,
    status: u16,
    detail: String,
    instance: String,
    errors: Option<Vec<FieldProblem>>,
}

/// What is wrong with one field.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct FieldProblem {
    field: String,
    /// A stable code such as `required`, `too-long`, `invalid-email`.
    code: String,
    /// The sentence for people, in the request's language.
    detail: String,
}

struct TokenAuth;

impl Modify for TokenAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("token", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
    }
}

static DOC: LazyLock<String> = LazyLock::new(|| ApiDoc::openapi().to_pretty_json().expect("the document serialises"));

pub fn router() -> Router<AppState> {
    let v1 = Router::new()
        .merge(accounts::api::routes())
        .merge(organisations::api::routes())
        .merge(admin::api::routes())
        .merge(initiatives::routes());
    Router::new().nest("/api/v1", v1).route("/api/openapi.json", get(openapi))
}

async fn openapi() -> Response {
    let mut r = DOC.as_str().into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}
