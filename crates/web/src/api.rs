//! The JSON API: every capability's routes under `/api/v1`, and the OpenAPI 3.1
//! document generated from their annotations at `/api/openapi.json`.
//!
//! Clients authenticate with a personal access token (`Authorization: Bearer iptf_…`),
//! created on the account's token page or through `/api/v1/me/tokens`. Errors are
//! `application/problem+json` with an `errors` list of `{field, code, detail}`.

use crate::AppState;
use crate::{
    accounts, admin, applications, brokerage, challenges, cpv, events, find, follows, groups, initiatives, landscape,
    messages, moderation, organisations, people, resources, solutions, topics,
};
use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};
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
        organisations::api::list, organisations::api::create, organisations::api::show, organisations::api::update, organisations::api::delete,
        organisations::api::join, organisations::api::withdraw_join, organisations::api::members, organisations::api::set_role, organisations::api::remove,
        organisations::api::mine, organisations::api::invitations, organisations::api::invite, organisations::api::cancel_invitation,
        organisations::api::regions, organisations::api::accept_invitation, organisations::api::register_with_invitation, organisations::api::decline_invitation,
        admin::api::users, admin::api::decide_user, admin::api::organisations, admin::api::decide_organisation, admin::api::audit,
        admin::api::ask_information, admin::api::reviews,
        initiatives::api::list, initiatives::api::reach, initiatives::api::show, initiatives::api::create, initiatives::api::update,
        people::api::people, people::api::person, people::api::my_profile, people::api::save_profile,
        people::api::set_photo, people::api::remove_photo, initiatives::api::set_logo, initiatives::api::remove_logo,
        applications::api::applications, applications::api::apply, applications::api::application, applications::api::add_note,
        applications::api::decide, applications::api::withdraw,
        groups::api::groups, groups::api::group, groups::api::create_group, groups::api::update_group,
        groups::api::join_group, groups::api::set_group_mail, groups::api::leave_group, groups::api::group_members,
        groups::api::change_member, groups::api::remove_member, groups::api::threads, groups::api::thread,
        groups::api::start_thread, groups::api::reply, groups::api::follow_thread, groups::api::unfollow_thread,
        follows::api::follows, follows::api::follow, follows::api::unfollow, follows::api::dashboard,
        messages::api::conversations, messages::api::start_conversation, messages::api::conversation,
        messages::api::send_message, messages::api::blocks, messages::api::block, messages::api::unblock,
        moderation::api::file_report, moderation::api::moderation_queue, moderation::api::moderation_decision,
        moderation::api::name_moderator, moderation::api::remove_moderator,
        resources::api::resources, resources::api::resource, resources::api::create_resource,
        resources::api::update_resource, resources::api::set_resource_state, resources::api::resource_history,
        resources::api::resource_translations, resources::api::resource_files, resources::api::attach_file,
        resources::api::download_file, resources::api::remove_file, landscape::api::landscape,
        landscape::api::landscape_cell, find::api::suggest, topics::topics, topics::create_topic,
        topics::delete_topic, resources::api::delete_resource, events::api::events, events::api::event,
        events::api::create_event, events::api::update_event, events::api::set_event_state, events::api::register,
        events::api::cancel_registration, events::api::participants, events::api::remove_participant,
        events::api::clashes, events::api_more::set_questions, events::api_more::invitations,
        events::api_more::invite, events::api_more::uninvite, events::api_more::decide, events::api_more::attendance,
        events::api_more::certificates, events::api_more::certificate, events::api_more::message,
        events::api_more::feedback, events::api_more::summary, events::api_more::resources,
        events::api_more::link_resource, events::api_more::unlink_resource, events::api_more::agenda_items,
        events::api_more::propose_item, events::api_more::set_minutes, events::api_more::event_actions,
        events::api_more::add_action, events::api_more::all_actions, events::api_more::update_action,
        challenges::api::challenges, challenges::api::challenge, challenges::api::create_challenge,
        challenges::api::update_challenge, challenges::api::set_challenge_state, challenges::api::observe,
        challenges::api::stop_observing, challenges::api::log, challenges::api::interests,
        challenges::api::express_interest, challenges::api::decide_interest, challenges::api::questions,
        challenges::api::ask, challenges::api::answer, challenges::api::files, challenges::api::attach,
        challenges::api::download, challenges::api::detach, challenges::space::api_space, challenges::space::api_new_thread,
        challenges::space::api_reply, challenges::space::api_upload, challenges::space::api_new_milestone,
        challenges::space::api_set_milestone, challenges::needs::api_needs, challenges::needs::api_create,
        challenges::needs::api_group, challenges::needs::api_invite, challenges::needs::api_answer,
        challenges::needs::api_lead, challenges::needs::api_joint,
        brokerage::api::setup, brokerage::api::put_settings, brokerage::api::add_session, brokerage::api::remove_session,
        brokerage::api::participants, brokerage::api::recommended, brokerage::api::join, brokerage::api::add_item,
        brokerage::api::remove_item, brokerage::api::request, brokerage::api::agenda, brokerage::api::meetings,
        brokerage::api::answer, brokerage::api::cancel, brokerage::api::place, brokerage::api::held,
        brokerage::api::rating, brokerage::api::follow_up, brokerage::api::check_in, brokerage::api::run,
        brokerage::api::publish, brokerage::api::results,
        solutions::api::solutions, solutions::api::solution, solutions::api::create_solution,
        solutions::api::update_solution, solutions::api::set_solution_state, solutions::api::contacts,
        solutions::api::request_contact, solutions::api::decide_contact, solutions::api::solution_matches,
        solutions::api::challenge_matches, solutions::api::my_matches,
        cpv::api_search, cpv::api_code, cpv::api_suggest,
        find::api::search,
        initiatives::api::history, initiatives::api::editors, initiatives::api::add_editor, initiatives::api::remove_editor,
    ),
    components(schemas(FieldProblem)),
    modifiers(&TokenAuth),
    tags(
        (name = "accounts", description = "The current user, registration, e-mailed links, tokens"),
        (name = "organisations", description = "Organisations and their members"),
        (name = "admin", description = "Approvals and the audit log (administrators)"),
        (name = "community", description = "Member initiatives, joining, people, working groups, messages, reports"),
        (name = "knowledge", description = "Knowledge resources"),
        (name = "events", description = "Events, registration and calendars"),
        (name = "brokerage", description = "Matchmaking events: participants, meeting requests, the scheduler, agendas and outcomes"),
        (name = "challenges", description = "Challenges of public buyers and the buyers who share them, CPV help, matches"),
        (name = "solutions", description = "Suppliers' solution profiles, contact requests and matches"),
    )
)]
pub struct ApiDoc;

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

static DOC: LazyLock<String> =
    LazyLock::new(|| serde_json::to_string_pretty(&document()).expect("the document serialises"));

/// The OpenAPI document: what the annotations say, completed by the conventions every
/// operation shares, so that the document states every status an operation can answer.
pub fn document() -> Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).expect("the document serialises");
    doc["components"]["schemas"]["Problem"] = problem_schema();
    let Some(paths) = doc["paths"].as_object_mut() else { return doc };
    for item in paths.values_mut() {
        let Some(ops) = item.as_object_mut() else { continue };
        for (method, op) in ops.iter_mut() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                complete(method, op);
            }
        }
    }
    doc
}

/// The statuses every operation of a kind really answers, besides its own.
fn shared_statuses(method: &str, op: &Value) -> Vec<u16> {
    let params = op["parameters"].as_array().map(Vec::as_slice).unwrap_or_default();
    let has = |place: &str| params.iter().any(|p| p["in"] == place);
    // Any request may carry a token that is unknown, revoked or expired; any may time out.
    let mut codes = vec![401, 503];
    // Any write may come with a read-only token, or from another site; and with an
    // `Idempotency-Key` that is malformed or reused for another request (422) or whose
    // first request is still running (409).
    if method != "get" {
        codes.extend([403, 409, 422]);
    }
    if op.get("requestBody").is_some() {
        codes.extend([400, 413, 415, 422]);
    }
    if has("path") {
        codes.extend([400, 404]);
    }
    if has("query") {
        codes.push(422);
    }
    codes
}

fn complete(method: &str, op: &mut Value) {
    let tag = op["tags"][0].as_str().unwrap_or("hub").to_owned();
    if let Some(id) = op["operationId"].as_str() {
        op["operationId"] = json!(format!("{tag}-{}", id.replace('_', "-")));
    }
    if method != "get" {
        let params = op["parameters"].as_array_mut().map(std::mem::take).unwrap_or_default();
        let mut params = params;
        params.push(json!({
            "name": "Idempotency-Key",
            "in": "header",
            "required": false,
            "description": "Makes a retried write happen once: a repeat with the same key and the same request gets the first answer (with `Idempotent-Replayed: true`) for 24 hours; the same key with another request is refused (422).",
            "schema": {"type": "string", "minLength": 1, "maxLength": 255}
        }));
        op["parameters"] = Value::Array(params);
    }
    for code in shared_statuses(method, op) {
        let responses = op["responses"].as_object_mut().expect("every operation has responses");
        responses.entry(code.to_string()).or_insert_with(|| json!({}));
    }
    let responses = op["responses"].as_object_mut().expect("every operation has responses");
    for (code, r) in responses.iter_mut() {
        let status: u16 = code.parse().unwrap_or(0);
        if r.get("description").is_none() {
            r["description"] = json!(describe(status));
        }
        if status >= 400 {
            r["content"] = json!({"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}});
        }
    }
}

fn describe(status: u16) -> &'static str {
    match status {
        200 => "OK.",
        201 => "Created.",
        202 => "Accepted: what follows is sent by e-mail.",
        204 => "Done; no content.",
        400 => "The request could not be parsed: the body is not JSON, or a path segment is not a whole number.",
        401 => "Sign-in required: no token, or a token that is unknown, revoked or expired.",
        403 => "Not allowed for this caller, a read-only token asked to write, or the request came from another site.",
        404 => "Not found, or not visible to the caller.",
        409 => "Conflicts with the current state; `errors` says with what.",
        413 => "The body is larger than the hub accepts.",
        415 => "The body is not sent as `application/json`.",
        422 => "Some values are not valid; `errors` names each field.",
        429 => "Too many attempts; wait before trying again.",
        503 => "Temporarily unavailable: the database cannot be reached or the request took too long.",
        _ => "See the problem details.",
    }
}

fn problem_schema() -> Value {
    json!({
        "type": "object",
        "description": "An error, as RFC 9457 problem details, in the request's language.",
        "required": ["type", "title", "status", "detail", "instance"],
        "properties": {
            "type": {"type": "string", "description": "A URI naming the kind of problem."},
            "title": {"type": "string"},
            "status": {"type": "integer", "minimum": 400, "maximum": 599},
            "detail": {"type": "string"},
            "instance": {"type": "string", "description": "The path of the request."},
            "reason": {"type": "string", "description": "For a request that could not be parsed: the parser's own words (English)."},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldProblem"}},
        }
    })
}

pub fn router() -> Router<AppState> {
    let v1 = Router::new()
        .merge(accounts::api::routes())
        .merge(organisations::api::routes())
        .merge(admin::api::routes())
        .merge(initiatives::api::routes())
        .merge(people::api::routes())
        .merge(applications::api::routes())
        .merge(groups::api::routes())
        .merge(follows::api::routes())
        .merge(messages::api::routes())
        .merge(moderation::api::routes())
        .merge(resources::api::routes())
        .merge(landscape::api::routes())
        .merge(topics::api_routes())
        .merge(events::api::routes())
        .merge(events::api_more::routes())
        .merge(challenges::api::routes())
        .merge(challenges::space::api_routes())
        .merge(challenges::needs::api_routes())
        .merge(brokerage::api::routes())
        .merge(solutions::api::routes())
        .merge(cpv::api_routes())
        .merge(find::api::routes());
    Router::new().nest("/api/v1", v1).route("/api/openapi.json", get(openapi))
}

async fn openapi() -> Response {
    let mut r = DOC.as_str().into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}
