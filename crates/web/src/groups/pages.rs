//! Working group pages.

use super::service::{self, Standing};
use crate::AppState;
use crate::ctx::{AuthUser, Ctx};
use crate::error::AppError;
use crate::forms::{Field, Fields, Form};
use crate::i18n::Tr;
use crate::initiatives::pages::topic_choices;
use crate::page::{self, Chrome};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::groups::{GroupInput, MemberStatus, Role};
use domain::{FieldErrors, UserId};
use store::groups::{Group, GroupMember, Thread};

/// A post's author as readers see them ("former member" once the account is erased).
pub fn author(tr: &Tr, name: &Option<String>) -> String {
    name.clone().unwrap_or_else(|| tr.t("former-member"))
}

pub struct GroupView {
    pub g: Group,
    pub topics: Vec<String>,
    pub kind: String,
}

impl GroupView {
    fn new(g: Group, tr: &Tr) -> Self {
        Self {
            topics: g.topics.iter().map(|t| tr.t(&format!("topic-{t}"))).collect(),
            kind: tr.t(if g.open { "group-open" } else { "group-closed" }),
            g,
        }
    }
}

#[derive(Template)]
#[template(path = "groups/list.html")]
struct List {
    c: Chrome,
    groups: Vec<GroupView>,
    can_create: bool,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let groups = state.db.groups().await?.into_iter().map(|g| GroupView::new(g, &tr)).collect();
    let can_create = match &ctx.user {
        Some(u) => service::may_create(&state, u).await?,
        None => false,
    };
    Ok(page::render(&List { c: Chrome::new(&ctx, tr.t("groups-title")), groups, can_create }))
}

fn group_form(tr: &Tr, csrf: &str, action: String, submit: String, input: &GroupInput) -> Form {
    let membership = if input.membership.is_empty() { "open".to_owned() } else { input.membership.clone() };
    let fields = vec![
        Field::new("text", "name", tr.t("label-group-name")).value(&input.name).required(),
        Field::new("textarea", "summary", tr.t("label-summary")).value(&input.summary).required(),
        Field::new("select", "membership", tr.t("label-group-membership")).required().options(
            vec![("open".into(), tr.t("group-open-choice")), ("closed".into(), tr.t("group-closed-choice"))],
            &[membership],
        ),
        Field::new("textarea", "description", tr.t("label-description"))
            .value(&input.description)
            .hint(tr.t("hint-markdown")),
        Field::new("textarea", "roadmap", tr.t("label-roadmap")).value(&input.roadmap).hint(tr.t("hint-roadmap")),
        Field::new("checkboxes", "topics", tr.t("label-topics")).options(topic_choices(tr), &input.topics),
    ];
    Form::new(action, submit, csrf, fields)
}

fn input_from(f: &Fields) -> GroupInput {
    GroupInput {
        name: f.get("name"),
        summary: f.get("summary"),
        description: f.get("description"),
        roadmap: f.get("roadmap"),
        membership: f.get("membership"),
        topics: f.all("topics"),
    }
}

pub async fn new_form(State(state): State<AppState>, AuthUser(user, ctx): AuthUser) -> Result<Response, AppError> {
    if !service::may_create(&state, &user).await? {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    let f = group_form(&tr, &ctx.csrf, "/groups".into(), tr.t("group-create"), &GroupInput::default());
    Ok(page::form_page(&ctx, tr.t("group-new-title"), f, None, "/groups".into()))
}

pub async fn create(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::create(&state, &user, &input).await {
        Ok(id) => Ok(page::redirect_flash(&state, &format!("/groups/{id}"), "saved")),
        Err(AppError::Unprocessable(e)) => {
            let tr = ctx.tr();
            let f = group_form(&tr, &ctx.csrf, "/groups".into(), tr.t("group-create"), &input);
            Ok(page::form_page(&ctx, tr.t("group-new-title"), f, Some(&e), "/groups".into()))
        }
        Err(e) => Err(e),
    }
}

pub struct ThreadRow {
    pub id: i64,
    pub title: String,
    pub author: String,
    pub replies: i64,
    pub last: String,
}

#[derive(Template)]
#[template(path = "groups/show.html")]
struct Show {
    c: Chrome,
    v: GroupView,
    s: Standing,
    signed_in: bool,
    leaders: Vec<String>,
    threads: Option<Vec<ThreadRow>>,
    mail_all: bool,
    follow: Option<crate::follows::Button>,
    veil: Option<String>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let mut g = state.db.group(id).await?;
    let veil = crate::moderation::service::veil(&tr, &g.moderation);
    if veil.is_some() {
        g.description_html.clear();
        g.roadmap_html.clear();
    }
    let s = service::standing(&state, ctx.user.as_deref(), id).await?;
    let leaders = state
        .db
        .group_members(id)
        .await?
        .into_iter()
        .filter(|m| m.role == Role::Leader && m.status == MemberStatus::Active)
        .map(|m| m.name)
        .collect();
    let threads = if s.may_read(&g) {
        Some(
            state
                .db
                .threads(id, 100)
                .await?
                .into_iter()
                .map(|t| ThreadRow {
                    id: t.id,
                    author: author(&tr, &t.author_name),
                    title: crate::moderation::service::veil(&tr, &t.moderation).unwrap_or(t.title),
                    replies: t.reply_count,
                    last: tr.datetime(t.last_post_at),
                })
                .collect(),
        )
    } else {
        None
    };
    let mail_all = s.membership.as_ref().is_some_and(|m| m.mail == domain::groups::MailChoice::All);
    let follow = crate::follows::button(&state, &ctx, domain::follows::Target::Group(id), &g.name).await?;
    Ok(page::render(&Show {
        veil,
        follow,
        c: Chrome::new(&ctx, g.name.clone()),
        v: GroupView::new(g, &tr),
        s,
        signed_in: ctx.user.is_some(),
        leaders,
        threads,
        mail_all,
    }))
}

fn input_of(g: &Group) -> GroupInput {
    GroupInput {
        name: g.name.clone(),
        summary: g.summary.clone(),
        description: g.description_md.clone(),
        roadmap: g.roadmap_md.clone(),
        membership: if g.open { "open" } else { "closed" }.into(),
        topics: g.topics.clone(),
    }
}

async fn managed(state: &AppState, user: &store::accounts::User, id: i64) -> Result<Group, AppError> {
    let g = state.db.group(id).await?;
    if !service::standing(state, Some(user), id).await?.may_manage() {
        return Err(AppError::Forbidden);
    }
    Ok(g)
}

pub async fn edit_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let g = managed(&state, &user, id).await?;
    let tr = ctx.tr();
    let f = group_form(&tr, &ctx.csrf, format!("/groups/{id}/edit"), tr.t("save"), &input_of(&g));
    Ok(page::form_page(&ctx, tr.ta("group-edit-title", "name", &g.name), f, None, format!("/groups/{id}")))
}

pub async fn edit(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let input = input_from(&f);
    match service::update(&state, &user, id, &input).await {
        Ok(()) => Ok(page::redirect_flash(&state, &format!("/groups/{id}"), "saved")),
        Err(AppError::Unprocessable(e)) => {
            let g = state.db.group(id).await?;
            let tr = ctx.tr();
            let f = group_form(&tr, &ctx.csrf, format!("/groups/{id}/edit"), tr.t("save"), &input);
            Ok(page::form_page(&ctx, tr.ta("group-edit-title", "name", &g.name), f, Some(&e), format!("/groups/{id}")))
        }
        Err(e) => Err(e),
    }
}

pub async fn join(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let status = service::join(&state, &user, id).await?;
    let flash = if status == MemberStatus::Active { "group-joined" } else { "group-requested" };
    Ok(page::redirect_flash(&state, &format!("/groups/{id}"), flash))
}

pub async fn leave(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    service::leave(&state, &user, id).await?;
    Ok(page::redirect_flash(&state, &format!("/groups/{id}"), "group-left"))
}

pub async fn mail(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    service::set_mail(&state, &user, id, &f.get("mail")).await?;
    Ok(page::redirect_flash(&state, &format!("/groups/{id}"), "saved"))
}

pub struct MemberRow {
    pub m: GroupMember,
    pub since: String,
    pub leader: bool,
}

#[derive(Template)]
#[template(path = "groups/members.html")]
struct Members {
    c: Chrome,
    id: i64,
    requests: Vec<MemberRow>,
    members: Vec<MemberRow>,
    manage: bool,
}

/// Members are listed to members (and the group's leaders see requests).
pub async fn members(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let g = state.db.group(id).await?;
    let s = service::standing(&state, Some(&user), id).await?;
    if !(s.is_member() || s.admin) {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<MemberRow> = state
        .db
        .group_members(id)
        .await?
        .into_iter()
        .map(|m| MemberRow { since: tr.date(m.since), leader: m.role == Role::Leader, m })
        .collect();
    let (requests, members): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.m.status == MemberStatus::Requested);
    Ok(page::render(&Members {
        c: Chrome::new(&ctx, tr.ta("group-members-title", "name", &g.name)),
        id,
        requests: if s.may_manage() { requests } else { vec![] },
        members,
        manage: s.may_manage(),
    }))
}

pub async fn member_action(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, person, action)): Path<(i64, i64, String)>,
) -> Result<Response, AppError> {
    let person = UserId(person);
    match action.as_str() {
        "accept" => service::decide_request(&state, &user, id, person, true).await?,
        "decline" => service::decide_request(&state, &user, id, person, false).await?,
        "leader" => service::set_role(&state, &user, id, person, Role::Leader).await?,
        "member" => service::set_role(&state, &user, id, person, Role::Member).await?,
        "remove" => service::remove(&state, &user, id, person).await?,
        _ => return Err(AppError::NotFound),
    }
    Ok(page::redirect_flash(&state, &format!("/groups/{id}/members"), "saved"))
}

fn thread_form_of(tr: &Tr, csrf: &str, id: i64, title: &str, body: &str) -> Form {
    let fields = vec![
        Field::new("text", "title", tr.t("label-thread-title")).value(title).required(),
        Field::new("textarea", "body", tr.t("label-post")).value(body).required().hint(tr.t("hint-markdown")),
    ];
    Form::new(format!("/groups/{id}/threads"), tr.t("thread-start"), csrf, fields)
}

pub async fn thread_form(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (g, s) = service::readable(&state, Some(&user), id).await?;
    if !s.is_member() {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr();
    let f = thread_form_of(&tr, &ctx.csrf, id, "", "");
    Ok(page::form_page(&ctx, tr.ta("thread-new-title", "name", &g.name), f, None, format!("/groups/{id}")))
}

pub async fn start_thread(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path(id): Path<i64>,
    f: Fields,
) -> Result<Response, AppError> {
    let (title, body) = (f.get("title"), f.get("body"));
    match service::start_thread(&state, &user, id, &title, &body).await {
        Ok(t) => Ok(page::redirect_flash(&state, &format!("/groups/{id}/threads/{t}"), "saved")),
        Err(AppError::Unprocessable(e)) => {
            let g = state.db.group(id).await?;
            let tr = ctx.tr();
            let f = thread_form_of(&tr, &ctx.csrf, id, &title, &body);
            Ok(page::form_page(&ctx, tr.ta("thread-new-title", "name", &g.name), f, Some(&e), format!("/groups/{id}")))
        }
        Err(e) => Err(e),
    }
}

pub struct PostView {
    pub id: i64,
    pub author: String,
    pub at: String,
    pub html: String,
    /// The notice shown instead of the text of hidden or removed posts.
    pub veiled: Option<String>,
}

#[derive(Template)]
#[template(path = "groups/thread.html")]
struct ThreadPage {
    c: Chrome,
    title: String,
    g: Group,
    t: Thread,
    first: PostView,
    replies: Vec<PostView>,
    s: Standing,
    following: bool,
    form: Option<Form>,
}

async fn thread_page(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    thread: i64,
    typed: &str,
    errs: Option<&FieldErrors>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let (g, s, t) = service::readable_thread(state, ctx.user.as_deref(), id, thread).await?;
    let replies = state
        .db
        .replies(thread)
        .await?
        .into_iter()
        .map(|r| {
            let veiled = crate::moderation::service::veil(&tr, &r.moderation);
            PostView {
                id: r.id,
                author: author(&tr, &r.author_name),
                at: tr.datetime(r.created_at),
                html: if veiled.is_some() { String::new() } else { r.body_html },
                veiled,
            }
        })
        .collect();
    let following = match &ctx.user {
        Some(u) => state.db.follows_thread(thread, u.id).await?,
        None => false,
    };
    let form = s.is_member().then(|| {
        let fields = vec![
            Field::new("textarea", "body", tr.t("label-reply")).value(typed).required().hint(tr.t("hint-markdown")),
        ];
        let f = Form::new(format!("/groups/{id}/threads/{thread}/replies"), tr.t("reply-send"), &ctx.csrf, fields);
        match errs {
            Some(e) => f.with_errors(e, &tr),
            None => f,
        }
    });
    let veiled = crate::moderation::service::veil(&tr, &t.moderation);
    let title = veiled.clone().unwrap_or_else(|| t.title.clone());
    let page = ThreadPage {
        c: Chrome::new(ctx, title.clone()),
        title,
        first: PostView {
            id: t.id,
            author: author(&tr, &t.author_name),
            at: tr.datetime(t.created_at),
            html: if veiled.is_some() { String::new() } else { t.body_html.clone() },
            veiled,
        },
        replies,
        g,
        t,
        s,
        following,
        form,
    };
    Ok(page::render_form(&page, errs.is_some()))
}

pub async fn thread(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((id, thread)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    thread_page(&state, &ctx, id, thread, "", None).await
}

pub async fn reply(
    State(state): State<AppState>,
    AuthUser(user, ctx): AuthUser,
    Path((id, thread)): Path<(i64, i64)>,
    f: Fields,
) -> Result<Response, AppError> {
    let body = f.get("body");
    match service::reply(&state, &user, id, thread, &body).await {
        Ok(r) => Ok(page::redirect_flash(&state, &format!("/groups/{id}/threads/{thread}#post-{r}"), "reply-posted")),
        Err(AppError::Unprocessable(e)) => thread_page(&state, &ctx, id, thread, &body, Some(&e)).await,
        Err(e) => Err(e),
    }
}

pub async fn follow(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, thread)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::follow(&state, &user, id, thread, true).await?;
    Ok(page::redirect_flash(&state, &format!("/groups/{id}/threads/{thread}"), "thread-followed"))
}

pub async fn unfollow(
    State(state): State<AppState>,
    AuthUser(user, _): AuthUser,
    Path((id, thread)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    service::follow(&state, &user, id, thread, false).await?;
    Ok(page::redirect_flash(&state, &format!("/groups/{id}/threads/{thread}"), "thread-unfollowed"))
}
