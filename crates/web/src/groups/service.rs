//! What working groups do, shared by pages and API. Membership changes run under the
//! group's lock (a group always keeps a leader); posting queues one fan-out job, which
//! the worker turns into the e-mails of everyone who follows, so a post returns at once
//! however many follow it.

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::follows::{Activity, Target};
use domain::groups::{GroupInput, MailChoice, MemberStatus, Role};
use domain::jobs::JobKind;
use domain::{FieldError, FieldErrors, UserId};
use serde::{Deserialize, Serialize};
use store::accounts::User;
use store::groups::{Group, Membership, Thread};
use store::{LockTable, StoreError, Tx};

/// Who may start a group: administrators and editors of member initiatives.
pub async fn may_create(state: &AppState, user: &User) -> Result<bool, AppError> {
    Ok(user.is_admin || !state.db.member_editor_of(user.id).await?.is_empty())
}

/// What the reader is in a group.
#[derive(Debug, Clone, Default)]
pub struct Standing {
    pub membership: Option<Membership>,
    pub admin: bool,
}

impl Standing {
    pub fn is_member(&self) -> bool {
        self.membership.as_ref().is_some_and(Membership::is_active)
    }
    pub fn is_leader(&self) -> bool {
        self.membership.as_ref().is_some_and(Membership::is_leader)
    }
    pub fn has_requested(&self) -> bool {
        self.membership.as_ref().is_some_and(|m| m.status == MemberStatus::Requested)
    }
    /// Leaders and administrators run the group.
    pub fn may_manage(&self) -> bool {
        self.admin || self.is_leader()
    }
    /// Threads of a closed group are for its members (and administrators) only.
    pub fn may_read(&self, g: &Group) -> bool {
        g.open || self.admin || self.is_member()
    }
}

pub async fn standing(state: &AppState, user: Option<&User>, group: i64) -> Result<Standing, AppError> {
    Ok(match user {
        Some(u) => Standing { membership: state.db.group_membership(group, u.id).await?, admin: u.is_admin },
        None => Standing::default(),
    })
}

/// The group and the reader's standing; for threads, `NotFound` unless they may read
/// them (a closed group's discussion does not admit it exists).
pub async fn readable(state: &AppState, user: Option<&User>, group: i64) -> Result<(Group, Standing), AppError> {
    let g = state.db.group(group).await?;
    let s = standing(state, user, group).await?;
    if !s.may_read(&g) {
        return Err(AppError::NotFound);
    }
    Ok((g, s))
}

/// A thread and its group, if the reader may read them.
pub async fn readable_thread(
    state: &AppState,
    user: Option<&User>,
    group: i64,
    thread: i64,
) -> Result<(Group, Standing, Thread), AppError> {
    let t = state.db.thread(thread).await?;
    if t.group_id != group {
        return Err(AppError::NotFound);
    }
    let (g, s) = readable(state, user, group).await?;
    Ok((g, s, t))
}

fn name_taken(e: StoreError, name: &str) -> AppError {
    match e {
        StoreError::Conflict(_) => FieldErrors::from(FieldError::about("name", "group-name-taken", name)).into(),
        e => e.into(),
    }
}

/// Starts a group; its creator leads it.
pub async fn create(state: &AppState, user: &User, input: &GroupInput) -> Result<i64, AppError> {
    if !may_create(state, user).await? {
        return Err(AppError::Forbidden);
    }
    let p = input.parse()?;
    let html = (domain::markdown::to_html(&p.description), domain::markdown::to_html(&p.roadmap));
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let id = tx.create_group(&p, (&html.0, &html.1), now).await.map_err(|e| name_taken(e, &p.name))?;
    tx.set_group_member(id, user.id, Role::Leader, MemberStatus::Active, now).await?;
    let link = format!("/groups/{id}");
    let group = (!p.open).then_some(id);
    crate::follows::record(
        &mut tx,
        Activity::GroupCreated,
        Some(user.id),
        Target::Group(id),
        &p.topics,
        group,
        &p.name,
        &link,
    )
    .await?;
    state.commit(tx).await?;
    Ok(id)
}

/// Locks the group and checks that `user` runs it.
async fn lock_managed(tx: &mut Tx, group: i64, user: &User) -> Result<Group, AppError> {
    tx.lock_row(LockTable::Groups, group).await?;
    let m = tx.group_membership(group, user.id).await?;
    if !(user.is_admin || m.as_ref().is_some_and(Membership::is_leader)) {
        return Err(AppError::Forbidden);
    }
    Ok(tx.group(group).await?)
}

pub async fn update(state: &AppState, user: &User, group: i64, input: &GroupInput) -> Result<(), AppError> {
    let p = input.parse()?;
    let html = (domain::markdown::to_html(&p.description), domain::markdown::to_html(&p.roadmap));
    let mut tx = state.db.begin().await?;
    lock_managed(&mut tx, group, user).await?;
    tx.update_group(group, &p, (&html.0, &html.1), store::now()).await.map_err(|e| name_taken(e, &p.name))?;
    state.commit(tx).await?;
    Ok(())
}

async fn tell(
    state: &AppState,
    tx: &mut Tx,
    person: &User,
    key: &str,
    group: &Group,
    link: String,
) -> Result<(), AppError> {
    let tr = Tr::new(person.language.unwrap_or_default());
    let args = [("group", group.name.clone().into())];
    mail::queue(
        tx,
        Letter {
            tr,
            user: Some(person.id),
            to: person.email.as_str(),
            to_name: &person.name,
            subject: tr.args(&format!("mail-group-{key}-subject"), &args),
            paragraphs: vec![tr.args(&format!("mail-group-{key}-body"), &args)],
            link: Some((state.config.link(&link), tr.t("mail-group-action"))),
        },
    )
    .await
}

/// Joins an open group, or asks to join a closed one (its leaders are told).
pub async fn join(state: &AppState, user: &User, group: i64) -> Result<MemberStatus, AppError> {
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Groups, group).await?;
    let g = tx.group(group).await?;
    if let Some(m) = tx.group_membership(group, user.id).await? {
        return Ok(m.status);
    }
    let status = if g.open { MemberStatus::Active } else { MemberStatus::Requested };
    tx.set_group_member(group, user.id, Role::Member, status, now).await?;
    if status == MemberStatus::Requested {
        for leader in state.db.group_members(group).await?.into_iter().filter(|m| m.role == Role::Leader) {
            if let Ok(l) = tx.user(leader.user_id).await {
                tell(state, &mut tx, &l, "request", &g, format!("/groups/{group}/members")).await?;
            }
        }
    }
    state.commit(tx).await?;
    Ok(status)
}

/// Leaves a group (or withdraws a request). The last leader stays while others remain.
pub async fn leave(state: &AppState, user: &User, group: i64) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Groups, group).await?;
    let g = tx.group(group).await?;
    let Some(m) = tx.group_membership(group, user.id).await? else { return Err(AppError::NotFound) };
    if m.is_leader() && tx.group_leaders(group).await? == 1 && g.members > 1 {
        return Err(AppError::Conflict(FieldError::new("role", "last-leader")));
    }
    tx.remove_group_member(group, user.id).await?;
    state.commit(tx).await?;
    Ok(())
}

/// A leader accepts or declines a request to join (the person is told either way).
pub async fn decide_request(
    state: &AppState,
    leader: &User,
    group: i64,
    person: UserId,
    accept: bool,
) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    let g = lock_managed(&mut tx, group, leader).await?;
    match tx.group_membership(group, person).await? {
        Some(m) if m.status == MemberStatus::Requested => {}
        Some(_) => return Err(AppError::Conflict(FieldError::new("status", "already-group-member"))),
        None => return Err(AppError::NotFound),
    }
    let who = tx.user(person).await?;
    if accept {
        tx.set_group_member(group, person, Role::Member, MemberStatus::Active, store::now()).await?;
        tell(state, &mut tx, &who, "accepted", &g, format!("/groups/{group}")).await?;
    } else {
        tx.remove_group_member(group, person).await?;
        tell(state, &mut tx, &who, "declined", &g, "/groups".into()).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// A leader makes an active member a leader, or a leader a member again (one leader stays).
pub async fn set_role(state: &AppState, leader: &User, group: i64, person: UserId, role: Role) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    lock_managed(&mut tx, group, leader).await?;
    let m = tx.group_membership(group, person).await?.ok_or(AppError::NotFound)?;
    if !m.is_active() {
        return Err(AppError::Conflict(FieldError::new("status", "not-member")));
    }
    if m.role == Role::Leader && role == Role::Member && tx.group_leaders(group).await? == 1 {
        return Err(AppError::Conflict(FieldError::new("role", "last-leader")));
    }
    tx.set_group_member(group, person, role, MemberStatus::Active, store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

/// A leader removes a member (not the last leader).
pub async fn remove(state: &AppState, leader: &User, group: i64, person: UserId) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    lock_managed(&mut tx, group, leader).await?;
    let m = tx.group_membership(group, person).await?.ok_or(AppError::NotFound)?;
    if m.is_leader() && tx.group_leaders(group).await? == 1 {
        return Err(AppError::Conflict(FieldError::new("role", "last-leader")));
    }
    tx.remove_group_member(group, person).await?;
    state.commit(tx).await?;
    Ok(())
}

/// A member's e-mail choice for the group.
pub async fn set_mail(state: &AppState, user: &User, group: i64, choice: &str) -> Result<(), AppError> {
    let choice = MailChoice::parse(choice).ok_or_else(|| AppError::invalid("mail", "invalid-choice"))?;
    let mut tx = state.db.begin().await?;
    tx.set_group_mail(group, user.id, choice).await?;
    state.commit(tx).await?;
    Ok(())
}

/// What a fan-out job carries.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fanout {
    Thread(i64),
    Reply(i64),
}

async fn queue_fanout(tx: &mut Tx, f: &Fanout) -> Result<(), AppError> {
    let payload = serde_json::to_string(f).map_err(|e| AppError::Internal(e.to_string()))?;
    let key = format!("fanout:{payload}");
    let now = store::now();
    let job =
        store::jobs::NewJob { unique_key: Some(&key), ..store::jobs::NewJob::now(JobKind::Fanout, &payload, now) };
    tx.enqueue_job(job, now).await?;
    Ok(())
}

async fn member_or_forbidden(tx: &mut Tx, group: i64, user: &User) -> Result<(), AppError> {
    match tx.group_membership(group, user.id).await? {
        Some(m) if m.is_active() => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

/// Starts a thread (active members); members who chose e-mail are told.
pub async fn start_thread(state: &AppState, user: &User, group: i64, title: &str, body: &str) -> Result<i64, AppError> {
    readable(state, Some(user), group).await?;
    let (title, body) = domain::groups::thread(title, body)?;
    let html = domain::markdown::to_html(&body);
    let mut tx = state.db.begin().await?;
    member_or_forbidden(&mut tx, group, user).await?;
    let id = tx.create_thread(group, user.id, &title, (&body, &html), store::now()).await?;
    queue_fanout(&mut tx, &Fanout::Thread(id)).await?;
    let g = tx.group(group).await?;
    let link = format!("/groups/{group}/threads/{id}");
    crate::follows::record(
        &mut tx,
        Activity::ThreadStarted,
        Some(user.id),
        Target::Group(group),
        &g.topics,
        Some(group),
        &title,
        &link,
    )
    .await?;
    state.commit(tx).await?;
    Ok(id)
}

/// Replies in a thread (active members); its followers who chose e-mail are told.
pub async fn reply(state: &AppState, user: &User, group: i64, thread: i64, body: &str) -> Result<i64, AppError> {
    readable_thread(state, Some(user), group, thread).await?;
    let body = domain::groups::post_body(body).map_err(FieldErrors::from)?;
    let html = domain::markdown::to_html(&body);
    let mut tx = state.db.begin().await?;
    member_or_forbidden(&mut tx, group, user).await?;
    let id = tx.add_reply(thread, user.id, (&body, &html), store::now()).await?;
    queue_fanout(&mut tx, &Fanout::Reply(id)).await?;
    let (g, t) = (tx.group(group).await?, tx.thread(thread).await?);
    let link = format!("/groups/{group}/threads/{thread}#post-{id}");
    crate::follows::record(
        &mut tx,
        Activity::ReplyPosted,
        Some(user.id),
        Target::Group(group),
        &g.topics,
        Some(group),
        &t.title,
        &link,
    )
    .await?;
    state.commit(tx).await?;
    Ok(id)
}

/// Follows or stops following a thread.
pub async fn follow(state: &AppState, user: &User, group: i64, thread: i64, on: bool) -> Result<(), AppError> {
    let (_, s, _) = readable_thread(state, Some(user), group, thread).await?;
    if !s.is_member() {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin().await?;
    if on {
        tx.follow_thread(thread, user.id).await?;
    } else {
        tx.unfollow_thread(thread, user.id).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// Runs a fan-out job: one e-mail per recipient, all queued in one transaction.
pub async fn fan_out(state: &AppState, payload: &str) -> Result<usize, String> {
    let f: Fanout = serde_json::from_str(payload).map_err(|e| format!("bad payload: {e}"))?;
    let err = |e: StoreError| e.to_string();
    let (thread, author, body, key, recipients) = match f {
        Fanout::Thread(id) => {
            let t = match state.db.thread(id).await {
                Ok(t) => t,
                Err(StoreError::NotFound) => return Ok(0),
                Err(e) => return Err(err(e)),
            };
            let r = state.db.group_recipients(t.group_id, t.author_id).await.map_err(err)?;
            (t.clone(), t.author_name.clone(), t.body_md.clone(), "thread", r)
        }
        Fanout::Reply(id) => {
            let (tid, reply) = match state.db.reply(id).await {
                Ok(r) => r,
                Err(StoreError::NotFound) => return Ok(0),
                Err(e) => return Err(err(e)),
            };
            let t = state.db.thread(tid).await.map_err(err)?;
            let r = state.db.thread_recipients(tid, reply.author_id).await.map_err(err)?;
            (t, reply.author_name, reply.body_md, "reply", r)
        }
    };
    let group = state.db.group(thread.group_id).await.map_err(err)?;
    let link = state.config.link(&format!("/groups/{}/threads/{}", group.id, thread.id));
    let mut tx = state.db.begin().await.map_err(err)?;
    for r in &recipients {
        let tr = Tr::new(r.language.unwrap_or_default());
        let author = author.clone().unwrap_or_else(|| tr.t("former-member"));
        let args =
            [("group", group.name.clone().into()), ("title", thread.title.clone().into()), ("person", author.into())];
        mail::queue(
            &mut tx,
            Letter {
                tr,
                user: Some(r.id),
                to: &r.email,
                to_name: &r.name,
                subject: tr.args(&format!("mail-group-{key}-subject"), &args),
                paragraphs: vec![
                    tr.args(&format!("mail-group-{key}-body"), &args),
                    body.clone(),
                    tr.t("mail-group-why"),
                ],
                link: Some((link.clone(), tr.t("mail-group-open-thread"))),
            },
        )
        .await
        .map_err(|e| e.to_string())?;
    }
    state.commit(tx).await.map_err(err)?;
    Ok(recipients.len())
}
