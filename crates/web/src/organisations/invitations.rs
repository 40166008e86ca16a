//! Invitations: owners invite colleagues by e-mail with a role, also while their
//! organisation waits for review. The mailed link lets the person accept with their
//! account, or register through it and join at once (the link proves the address, so no
//! second confirmation mail). Shared by pages and API.

use super::service::{audit, visible};
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use crate::passwords;
use domain::accounts::{self, AccountStatus, Email, Password};
use domain::admin::AuditAction;
use domain::organisations::{self as orgs, MembershipStatus, ReviewStatus, Standing};
use domain::throttle;
use domain::{FieldError, FieldErrors, OrganisationId};
use store::accounts::{NewUser, User};
use store::invitations::{Invitation, NewInvitation};
use store::organisations::Organisation;
use store::{LockTable, Tx};

/// Sends (or sends again) an invitation to join `id` with a role, by an owner or an
/// administrator. Someone already active in the organisation is not invited.
pub async fn invite(
    state: &AppState,
    ctx: &Ctx,
    actor: &User,
    id: OrganisationId,
    (email, role, message): (&str, &str, &str),
) -> Result<Invitation, AppError> {
    let (org, s) = visible(state, ctx, id).await?;
    if !s.can_manage_members() {
        return Err(AppError::Forbidden);
    }
    let req = orgs::parse_invitation(email, role, message)?;
    let existing = state.db.user_by_email(&req.email).await?;
    if let Some(u) = &existing
        && state.db.standing(id, Some((u.id, false))).await?.membership == Some(MembershipStatus::Active)
    {
        return Err(FieldErrors::from(FieldError::about("email", "already-in-organisation", org.name.clone())).into());
    }
    let keys = [
        (format!("invite:org:{}", id.0), throttle::INVITE_PER_ORGANISATION),
        (format!("invite:org:{}:{}", id.0, req.email), throttle::INVITE_PER_ADDRESS),
    ];
    let keys: Vec<_> = keys.iter().map(|(k, l)| (k.as_str(), *l)).collect();
    if state.db.throttle_take(&keys, store::now()).await?.is_none() {
        return Err(AppError::TooManyRequests);
    }
    let (token, hash) = store::secret::new_secret();
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let org = super::service::lock_checked(&mut tx, id, actor, Standing::can_manage_members).await?;
    let message = req.message.clone().unwrap_or_default();
    let new = NewInvitation {
        organisation: id,
        email: &req.email,
        role: req.role,
        token_hash: &hash,
        invited_by: (actor.id, &actor.name),
        message: &message,
        expires_at: now + orgs::INVITATION_LIFETIME_SECS,
    };
    tx.upsert_invitation(new, now).await?;
    let detail = format!("{} as {}", req.email, req.role.as_str());
    audit(&mut tx, actor, AuditAction::InvitationSent, (org.id, &org.name), &detail).await?;
    let tr = Tr::new(existing.as_ref().and_then(|u| u.language).unwrap_or(ctx.lang));
    let letter = invitation_letter(state, tr, &org, actor, &req, &token);
    // Replies reach the person who invited, not a no-reply box.
    mail::queue_replying(
        &mut tx,
        Letter { user: existing.as_ref().map(|u| u.id), to: req.email.as_str(), ..letter },
        Some(actor.email.as_str()),
    )
    .await?;
    let inv = tx.invitation(&hash).await?.ok_or(AppError::NotFound)?;
    state.commit(tx).await?;
    Ok(inv)
}

fn invitation_letter<'a>(
    state: &AppState,
    tr: Tr,
    org: &Organisation,
    actor: &User,
    req: &orgs::InvitationRequest,
    token: &str,
) -> Letter<'a> {
    let role = tr.t(&format!("role-{}", req.role.as_str()));
    let args = [
        ("person", actor.name.clone().into()),
        ("email", actor.email.as_str().to_owned().into()),
        ("organisation", org.name.clone().into()),
        ("role", role.into()),
    ];
    let mut paragraphs = vec![tr.args("mail-invitation-body", &args)];
    if let Some(m) = &req.message {
        paragraphs.push(tr.ta("mail-invitation-message", "message", m));
    }
    if org.status != ReviewStatus::Approved {
        paragraphs.push(tr.ta("mail-invitation-pending", "organisation", &org.name));
    }
    paragraphs.push(tr.tn("mail-invitation-expiry", orgs::INVITATION_LIFETIME_SECS / 86400));
    paragraphs.push(tr.t("mail-invitation-ignore"));
    Letter {
        tr,
        user: None,
        to: "",
        to_name: "",
        subject: tr.args("mail-invitation-subject", &args),
        paragraphs,
        link: Some((state.config.link(&format!("/invitations/{token}")), tr.t("mail-invitation-action"))),
    }
}

/// Cancels an open invitation of `id`, by an owner or an administrator.
pub async fn cancel(
    state: &AppState,
    ctx: &Ctx,
    actor: &User,
    id: OrganisationId,
    invitation: i64,
) -> Result<(), AppError> {
    let (_, s) = visible(state, ctx, id).await?;
    if !s.can_manage_members() {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin().await?;
    let org = super::service::lock_checked(&mut tx, id, actor, Standing::can_manage_members).await?;
    let inv = tx.delete_invitation(id, invitation).await?;
    audit(&mut tx, actor, AuditAction::InvitationCancelled, (org.id, &org.name), &inv.email).await?;
    state.commit(tx).await?;
    Ok(())
}

/// The invitations of `id` not accepted yet, for its owners and administrators.
pub async fn list(state: &AppState, ctx: &Ctx, id: OrganisationId) -> Result<Vec<Invitation>, AppError> {
    let (_, s) = visible(state, ctx, id).await?;
    if !s.can_manage_members() {
        return Err(AppError::Forbidden);
    }
    Ok(state.db.invitations(id).await?)
}

/// What a link is: unknown (`NotFound`), or an invitation in whatever state.
pub async fn by_token(state: &AppState, token: &str) -> Result<Invitation, AppError> {
    state.db.invitation_by_token(&store::secret::hash(token)).await?.ok_or(AppError::NotFound)
}

fn not_open() -> AppError {
    AppError::Conflict(FieldError::new("token", "invitation-not-open"))
}

/// Joins the organisation in the transaction: membership with the invitation's role
/// (a pending request is accepted with it; an active member keeps their role), an
/// account waiting for review is approved when the organisation already is (an owner
/// vouched for them and the task force approved the organisation), the audit entry,
/// and a word to the person who invited.
async fn join(state: &AppState, tx: &mut Tx, user: &User, inv: &Invitation) -> Result<(), AppError> {
    tx.lock_row(LockTable::Organisations, inv.organisation_id.0).await?;
    let org = tx.organisation(inv.organisation_id).await?;
    tx.add_invited_member(org.id, user.id, inv.role, store::now()).await?;
    if org.status == ReviewStatus::Approved && user.status == AccountStatus::Pending {
        tx.set_user_status(user.id, AccountStatus::Approved).await?;
    }
    let detail = format!("{} as {}", user.name, inv.role.as_str());
    audit(tx, user, AuditAction::InvitationAccepted, (org.id, &org.name), &detail).await?;
    if let Some(by) = inv.invited_by
        && by != user.id
        && let Ok(inviter) = tx.user(by).await
    {
        let tr = Tr::new(inviter.language.unwrap_or_default());
        let args = [("person", user.name.clone().into()), ("organisation", org.name.clone().into())];
        let letter = Letter {
            tr,
            user: Some(inviter.id),
            to: inviter.email.as_str(),
            to_name: &inviter.name,
            subject: tr.args("mail-invitation-accepted-subject", &args),
            paragraphs: vec![tr.args("mail-invitation-accepted-body", &args)],
            link: Some((
                state.config.link(&format!("/organisations/{}/members", org.id.0)),
                tr.t("mail-join-request-action-members"),
            )),
        };
        mail::queue(tx, letter).await?;
    }
    Ok(())
}

/// Accepts the link's invitation for the signed-in `user`, whose address must be the
/// one invited (the link went to that mailbox; another account would be someone else).
pub async fn accept(state: &AppState, user: &User, token: &str) -> Result<Invitation, AppError> {
    let hash = store::secret::hash(token);
    let inv = state.db.invitation_by_token(&hash).await?.ok_or(AppError::NotFound)?;
    if inv.email != user.email.as_str() {
        return Err(AppError::Conflict(FieldError::about("token", "invitation-other-address", inv.email)));
    }
    let mut tx = state.db.begin().await?;
    let inv = tx.take_invitation(&hash, store::now()).await?.ok_or_else(not_open)?;
    join(state, &mut tx, user, &inv).await?;
    state.commit(tx).await?;
    Ok(inv)
}

/// Registers the invited address (confirmed by the link) and joins in one transaction.
/// Refused when the address already has an account: that person signs in and accepts.
pub async fn register_and_accept(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    name: &str,
    password: &str,
) -> Result<(User, Invitation), AppError> {
    let hash = store::secret::hash(token);
    let inv = state.db.invitation_by_token(&hash).await?.ok_or(AppError::NotFound)?;
    if !inv.is_open(store::now()) {
        return Err(not_open());
    }
    let mut errs = FieldErrors::new();
    let name = errs.take(accounts::person_name("name", name));
    let password = errs.take(Password::parse("password", password, &[&inv.email, name.as_deref().unwrap_or("")]));
    errs.clone().into_result()?;
    let (Some(name), Some(password)) = (name, password) else { return Err(errs.into()) };
    let email = Email::parse("email", &inv.email).map_err(FieldErrors::from)?;
    if state.db.user_by_email(&email).await?.is_some() {
        return Err(AppError::Conflict(FieldError::new("email", "invitation-has-account")));
    }
    let password_hash =
        passwords::hash(password.expose().to_owned()).await.map_err(|e| AppError::Internal(e.to_string()))?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let inv = tx.take_invitation(&hash, now).await?.ok_or_else(not_open)?;
    let org_status = tx.organisation(inv.organisation_id).await?.status;
    let new = NewUser {
        email: &email,
        name: &name,
        password_hash: &password_hash,
        language: Some(ctx.lang),
        is_admin: false,
        confirmed_at: Some(now),
        status: if org_status == ReviewStatus::Approved { AccountStatus::Approved } else { AccountStatus::Pending },
    };
    let id = tx.create_user(new, now).await.map_err(|e| match e {
        store::StoreError::Conflict(_) => AppError::Conflict(FieldError::new("email", "invitation-has-account")),
        e => e.into(),
    })?;
    let user = tx.user(id).await?;
    join(state, &mut tx, &user, &inv).await?;
    state.commit(tx).await?;
    Ok((user, inv))
}

/// Declines the link's invitation (whoever holds the link: it went to that mailbox).
pub async fn decline(state: &AppState, ctx: &Ctx, token: &str) -> Result<Invitation, AppError> {
    let mut tx = state.db.begin().await?;
    let inv = tx.decline_invitation(&store::secret::hash(token), store::now()).await?.ok_or_else(not_open)?;
    // Without an account the link's holder is the person invited: the entry names the address.
    tx.audit(
        store::admin::NewAudit {
            actor: ctx.user.as_deref().map(|u| (u.id, u.name.as_str())),
            action: AuditAction::InvitationDeclined,
            target_type: "organisation",
            target_id: Some(inv.organisation_id.0),
            target_label: &inv.organisation_name,
            detail: &inv.email,
        },
        store::now(),
    )
    .await?;
    state.commit(tx).await?;
    Ok(inv)
}
