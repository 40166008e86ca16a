//! What organisations do, shared by pages and API.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::accounts::Language;
use domain::admin::AuditAction;
use domain::organisations::{self, MembershipStatus, OrgRole, OrganisationInput, ReviewStatus, Standing};
use domain::{OrganisationId, UserId};
use store::accounts::User;
use store::organisations::{Member, Organisation};
use store::{LockTable, Tx};

/// Records a change to organisation `id` (named `name`) by `actor` in the audit log, in
/// the action's transaction.
pub async fn audit(
    tx: &mut Tx,
    actor: &User,
    action: AuditAction,
    (id, name): (OrganisationId, &str),
    detail: &str,
) -> Result<(), AppError> {
    crate::admin::service::record(tx, actor, action, ("organisation", id.0, name), detail).await
}

/// What one message to the owners says, in one owner's language.
pub struct OwnerLetter {
    pub subject: String,
    pub paragraphs: Vec<String>,
    pub link_path: String,
    pub link_label: String,
    /// Where replies go (the team's mailbox for decisions), if not to the sender.
    pub reply_to: Option<String>,
}

/// Mails every active owner of `org`, each in their own language, in the transaction.
pub async fn mail_owners(
    state: &AppState,
    tx: &mut Tx,
    org: &Organisation,
    write: impl Fn(Tr) -> OwnerLetter,
) -> Result<(), AppError> {
    for (uid, email, name, lang) in tx.owner_emails(org.id).await? {
        let tr = Tr::new(lang.unwrap_or_default());
        let l = write(tr);
        let letter = Letter {
            tr,
            user: Some(uid),
            to: &email,
            to_name: &name,
            subject: l.subject,
            paragraphs: l.paragraphs,
            link: Some((state.config.link(&l.link_path), l.link_label)),
        };
        mail::queue_replying(tx, letter, l.reply_to.as_deref()).await?;
    }
    Ok(())
}

pub async fn standing(state: &AppState, id: OrganisationId, user: Option<&User>) -> Result<Standing, AppError> {
    Ok(state.db.standing(id, user.map(|u| (u.id, u.is_admin))).await?)
}

/// The organisation if the caller may see it; otherwise it does not exist for them.
pub async fn visible(state: &AppState, ctx: &Ctx, id: OrganisationId) -> Result<(Organisation, Standing), AppError> {
    // The standing first: an organisation deleted between the two reads is then not
    // found, rather than found without its members (which would read as "forbidden").
    let s = standing(state, id, ctx.user.as_deref()).await?;
    let org = state.db.organisation(id).await?;
    if s.can_view(org.status) { Ok((org, s)) } else { Err(AppError::NotFound) }
}

/// Locks organisation `id` in `tx` and checks, under the lock, that `user` may see it
/// (else `NotFound`: it may have been deleted a moment ago) and may do what `may`
/// says (else `Forbidden`). Returns it as it is now.
pub async fn lock_checked(
    tx: &mut Tx,
    id: OrganisationId,
    user: &User,
    may: impl Fn(&Standing) -> bool,
) -> Result<Organisation, AppError> {
    tx.lock_row(LockTable::Organisations, id.0).await?;
    let org = tx.organisation(id).await?;
    let s = tx.standing(id, Some((user.id, user.is_admin))).await?;
    if !s.can_view(org.status) {
        return Err(AppError::NotFound);
    }
    if !may(&s) {
        return Err(AppError::Forbidden);
    }
    Ok(org)
}

/// Creates an organisation, pending review, with `user` as owner. When one of the same
/// name already exists in that country, it warns first (`duplicate-name`, naming it)
/// unless the person confirmed it is another one.
pub async fn create(
    state: &AppState,
    user: &User,
    input: &OrganisationInput,
    confirm_duplicate: bool,
) -> Result<OrganisationId, AppError> {
    let profile = input.parse()?;
    if !confirm_duplicate
        && let Some((_, existing)) = state.db.organisations_named(&profile.name, profile.country.code()).await?.first()
    {
        return Err(
            domain::FieldErrors::from(domain::FieldError::about("name", "duplicate-name", existing.clone())).into()
        );
    }
    let mut tx = state.db.begin().await?;
    let id = tx.create_organisation(&profile, user.id, store::now()).await?;
    audit(&mut tx, user, AuditAction::OrganisationCreated, (id, &profile.name), "").await?;
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    Ok(id)
}

pub async fn update(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    id: OrganisationId,
    input: &OrganisationInput,
) -> Result<(), AppError> {
    let (_, s) = visible(state, ctx, id).await?;
    if !s.can_edit_profile() {
        return Err(AppError::Forbidden);
    }
    let profile = input.parse()?;
    let mut tx = state.db.begin().await?;
    let org = lock_checked(&mut tx, id, user, Standing::can_edit_profile).await?;
    tx.update_organisation(id, &profile, store::now()).await?;
    // A rejected organisation, corrected, goes back to the administrators' queue.
    let resubmitted = org.status == ReviewStatus::Rejected;
    if resubmitted {
        tx.set_organisation_status(id, ReviewStatus::Pending, store::now()).await?;
    }
    let detail = if resubmitted { "resubmitted" } else { "" };
    audit(&mut tx, user, AuditAction::OrganisationUpdated, (org.id, &org.name), detail).await?;
    if org.status == ReviewStatus::Approved {
        let link = format!("/organisations/{}", id.0);
        crate::follows::record(
            &mut tx,
            domain::follows::Activity::OrganisationUpdated,
            Some(user.id),
            domain::follows::Target::Organisation(id.0),
            &[],
            None,
            &profile.name,
            &link,
        )
        .await?;
    }
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    state.home_cache.invalidate();
    Ok(())
}

/// Asks to join; the owners hear of it by e-mail.
/// Queues one letter to one person about `org`: a subject and a paragraph (each naming
/// the organisation), and a link to `link_path` labelled by `link_key`.
#[allow(clippy::too_many_arguments)]
async fn tell(
    state: &AppState,
    tx: &mut Tx,
    to: (UserId, &str, &str),
    tr: Tr,
    subject: String,
    body: String,
    link_path: &str,
    link_key: &str,
) -> Result<(), AppError> {
    let (user, email, name) = to;
    let link = Some((state.config.link(link_path), tr.t(link_key)));
    mail::queue(tx, Letter { tr, user: Some(user), to: email, to_name: name, subject, paragraphs: vec![body], link })
        .await
}

/// Deletes an organisation (for a pending one: withdraws it), by an owner or an
/// administrator: its memberships go with it, the log keeps the entry, and every member
/// is told by e-mail. Under the organisation's lock, so no role change races it.
pub async fn delete(state: &AppState, ctx: &Ctx, actor: &User, id: OrganisationId) -> Result<(), AppError> {
    let (_, standing) = visible(state, ctx, id).await?;
    if !standing.can_manage_members() {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin().await?;
    let org = lock_checked(&mut tx, id, actor, Standing::can_manage_members).await?;
    let members = tx.member_emails(id).await?;
    let withdrawn = org.status == ReviewStatus::Pending;
    tx.delete_organisation(id).await?;
    audit(
        &mut tx,
        actor,
        AuditAction::OrganisationDeleted,
        (org.id, &org.name),
        if withdrawn { "withdrawn" } else { "" },
    )
    .await?;
    for (uid, email, name, lang) in members.iter().filter(|(uid, ..)| *uid != actor.id) {
        let tr = Tr::new(lang.unwrap_or_default());
        let args = [("organisation", org.name.clone().into()), ("person", actor.name.clone().into())];
        let subject = tr.ta("mail-org-deleted-subject", "organisation", &org.name);
        let body = tr.args("mail-org-deleted-body", &args);
        tell(state, &mut tx, (*uid, email, name), tr, subject, body, "/organisations", "mail-open-directory").await?;
    }
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    state.home_cache.invalidate();
    Ok(())
}

/// Withdraws `user`'s own pending request to join (a member leaves with `remove`).
pub async fn withdraw_join(state: &AppState, ctx: &Ctx, user: &User, id: OrganisationId) -> Result<(), AppError> {
    if state.db.standing(id, Some((user.id, false))).await?.membership != Some(MembershipStatus::Requested) {
        return Err(AppError::NotFound);
    }
    remove(state, ctx, user, id, user.id).await
}

/// Asks to join, with an optional message (at most 1,000 characters); the owners hear
/// who asks (name and address) and the message by e-mail.
pub async fn request_join(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    id: OrganisationId,
    message: &str,
) -> Result<(), AppError> {
    let (org, s) = visible(state, ctx, id).await?;
    if !s.can_request_to_join(org.status) {
        return Err(AppError::Conflict(domain::FieldError::new("membership", "already-member")));
    }
    let message = domain::text::optional("message", message, 1000).map_err(domain::FieldErrors::from)?;
    let mut tx = state.db.begin().await?;
    // Under the lock: an organisation deleted a moment ago is gone (404), not a broken reference.
    lock_checked(&mut tx, id, user, |_| true).await?;
    tx.request_membership(id, user.id, store::now()).await?;
    mail_owners(state, &mut tx, &org, |tr| OwnerLetter {
        subject: tr.ta("mail-join-request-subject", "organisation", &org.name),
        paragraphs: std::iter::once(tr.args(
            "mail-join-request-body",
            &[
                ("person", user.name.clone().into()),
                ("email", user.email.as_str().to_owned().into()),
                ("organisation", org.name.clone().into()),
            ],
        ))
        .chain(message.iter().map(|m| tr.ta("mail-join-request-message", "message", m)))
        .collect(),
        link_path: format!("/organisations/{}/members", id.0),
        link_label: tr.t("mail-join-request-action"),
        reply_to: None,
    })
    .await?;
    state.commit(tx).await?;
    Ok(())
}

/// The member list: everyone active for members and admins; owners also see requests.
pub async fn members(
    state: &AppState,
    ctx: &Ctx,
    id: OrganisationId,
) -> Result<(Organisation, Standing, Vec<Member>), AppError> {
    let (org, s) = visible(state, ctx, id).await?;
    if !(s.is_admin || s.membership == Some(MembershipStatus::Active)) {
        return Err(AppError::Forbidden);
    }
    let mut list = state.db.members(id).await?;
    if !s.can_manage_members() {
        list.retain(|m| m.status == MembershipStatus::Active);
    }
    Ok((org, s, list))
}

/// Locks the organisation, checks that `actor` may manage its members (or is `member`
/// leaving, when `self_allowed`), then reads what the member is to it and how many active
/// owners it has: the facts of the last-owner rule, stable until the transaction ends.
/// The actor's standing is read under the lock too: an owner demoted a moment ago
/// manages nothing any more.
async fn lock_and_read(
    tx: &mut Tx,
    id: OrganisationId,
    actor: &User,
    member: UserId,
    self_allowed: bool,
) -> Result<(Standing, OrgRole, bool, i64), AppError> {
    tx.lock_row(LockTable::Organisations, id.0).await?;
    let leaving = self_allowed && member == actor.id;
    if !(leaving || tx.standing(id, Some((actor.id, actor.is_admin))).await?.can_manage_members()) {
        return Err(AppError::Forbidden);
    }
    let target = tx.standing(id, Some((member, false))).await?;
    let Some(role) = target.role else { return Err(AppError::NotFound) };
    let was_owner = role == OrgRole::Owner && target.membership == Some(MembershipStatus::Active);
    let owners = tx.count_owners(id).await?;
    Ok((target, role, was_owner, owners))
}

fn last_owner(org: &Organisation, e: domain::FieldError) -> AppError {
    AppError::Conflict(domain::FieldError::about(e.field, "last-owner-of", org.name.clone()))
}

/// Gives `member` a role (accepting them if they had asked), by an owner or an admin.
/// Under the organisation's lock, so two owners demoting each other at the same instant
/// cannot both succeed.
pub async fn set_role(
    state: &AppState,
    ctx: &Ctx,
    actor: &User,
    id: OrganisationId,
    member: UserId,
    role: &str,
) -> Result<(), AppError> {
    let (org, _) = visible(state, ctx, id).await?;
    let role = OrgRole::from_str_opt(role).ok_or(AppError::invalid("role", "invalid-choice"))?;
    let mut tx = state.db.begin().await?;
    let (target, target_role, was_owner, owners) = lock_and_read(&mut tx, id, actor, member, false).await?;
    organisations::check_owner_kept(owners, was_owner, Some(role)).map_err(|e| last_owner(&org, e))?;
    tx.set_member_role(id, member, role).await?;
    let person = tx.user(member).await?;
    let accepted = target.membership == Some(MembershipStatus::Requested);
    let (action, detail) = if accepted {
        (AuditAction::MemberAccepted, format!("{} as {}", person.name, role.as_str()))
    } else {
        (AuditAction::MemberRoleChanged, format!("{}: {} → {}", person.name, target_role.as_str(), role.as_str()))
    };
    audit(&mut tx, actor, action, (org.id, &org.name), &detail).await?;
    if accepted {
        let tr = Tr::new(person.language.unwrap_or(Language::En));
        let subject = tr.ta("mail-join-accepted-subject", "organisation", &org.name);
        let body = tr.ta("mail-join-accepted-body", "organisation", &org.name);
        let to = (person.id, person.email.as_str(), person.name.as_str());
        tell(state, &mut tx, to, tr, subject, body, &format!("/organisations/{}", id.0), "mail-open-organisation")
            .await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// Removes a member (or declines a request); members may also leave by themselves.
/// Under the organisation's lock, like [`set_role`].
pub async fn remove(
    state: &AppState,
    ctx: &Ctx,
    actor: &User,
    id: OrganisationId,
    member: UserId,
) -> Result<(), AppError> {
    let (org, _) = visible(state, ctx, id).await?;
    let mut tx = state.db.begin().await?;
    let (target, _, was_owner, owners) = lock_and_read(&mut tx, id, actor, member, true).await?;
    organisations::check_owner_kept(owners, was_owner, None).map_err(|e| last_owner(&org, e))?;
    let person = tx.user(member).await?;
    let requested = target.membership == Some(MembershipStatus::Requested);
    tx.remove_member(id, member).await?;
    // A request that is withdrawn or declined is not a member removed, and the person
    // whose request was declined is told.
    let action = match (requested, member == actor.id) {
        (true, true) => AuditAction::JoinWithdrawn,
        (true, false) => AuditAction::JoinDeclined,
        (false, _) => AuditAction::MemberRemoved,
    };
    audit(&mut tx, actor, action, (org.id, &org.name), &person.name).await?;
    if action == AuditAction::JoinDeclined {
        let tr = Tr::new(person.language.unwrap_or(ctx.lang));
        let subject = tr.ta("mail-join-declined-subject", "organisation", &org.name);
        let body = tr.ta("mail-join-declined-body", "organisation", &org.name);
        let to = (person.id, person.email.as_str(), person.name.as_str());
        tell(state, &mut tx, to, tr, subject, body, "/organisations", "mail-open-directory").await?;
    }
    state.commit(tx).await?;
    Ok(())
}
