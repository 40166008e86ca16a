//! What accounts do, shared by the pages and the API: each function validates its input
//! into domain types, applies the rule, writes, and queues the e-mail that goes with it.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use crate::passwords;
use domain::accounts::{self, AccountStatus, Email, Language, LinkPurpose, Password, TokenScope};
use domain::admin::AuditAction;
use domain::organisations::{OwnerLeaving, owner_leaving};
use domain::throttle::{self, Limit};
use domain::{FieldError, FieldErrors, OrganisationId, UserId};
use serde::Deserialize;
use store::accounts::{NewApiToken, NewUser, User};
use store::admin::NewAudit;
use store::{LockTable, Tx};

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct RegisterInput {
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    #[serde(default)]
    #[schema(required = true)]
    pub email: String,
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

fn tr_for(user_lang: Option<Language>, fallback: Language) -> Tr {
    Tr::new(user_lang.unwrap_or(fallback))
}

/// Creates a link for `purpose` and queues the message that carries it to `to` (the
/// account's address, or the new one), in the caller's transaction.
async fn send_link(
    state: &AppState,
    tx: &mut Tx,
    user: &User,
    purpose: LinkPurpose,
    to: &Email,
    lang: Language,
) -> Result<(), AppError> {
    send_link_with(state, tx, user, purpose, to, lang, None).await
}

/// Like [`send_link`]; a registration's confirmation link carries its password hash.
async fn send_link_with(
    state: &AppState,
    tx: &mut Tx,
    user: &User,
    purpose: LinkPurpose,
    to: &Email,
    lang: Language,
    password_hash: Option<&str>,
) -> Result<(), AppError> {
    let (token, hash) = store::secret::new_secret();
    let now = store::now();
    let new_email = (purpose == LinkPurpose::ChangeEmail).then_some(to);
    match password_hash {
        Some(p) => tx.create_confirm_link(user.id, &hash, p, now).await?,
        None => tx.create_link(user.id, purpose, new_email, &hash, now).await?,
    }
    let tr = tr_for(user.language, lang);
    let (path, key) = match purpose {
        LinkPurpose::ConfirmEmail => (format!("/account/confirm/{token}"), "confirm"),
        LinkPurpose::ResetPassword => (format!("/password/reset/{token}"), "reset"),
        LinkPurpose::ChangeEmail => (format!("/account/email/confirm/{token}"), "change-email"),
    };
    let hours = purpose.lifetime_secs() / 3600;
    mail::queue(
        tx,
        Letter {
            tr,
            user: Some(user.id),
            to: to.as_str(),
            to_name: &user.name,
            subject: tr.t(&format!("mail-{key}-subject")),
            paragraphs: vec![tr.t(&format!("mail-{key}-body")), tr.tn("mail-link-expiry", hours), tr.t("mail-not-you")],
            link: Some((state.config.link(&path), tr.t(&format!("mail-{key}-action")))),
        },
    )
    .await
}

/// A short notice to the account holder at the account's address (password changed,
/// address changed…), with further paragraphs if any.
pub async fn notify(
    state: &AppState,
    tx: &mut Tx,
    user: &User,
    lang: Tr,
    key: &str,
    more: Vec<String>,
) -> Result<(), AppError> {
    let mut paragraphs = vec![lang.t(&format!("mail-{key}-body"))];
    paragraphs.extend(more);
    mail::queue(
        tx,
        Letter {
            tr: lang,
            user: Some(user.id),
            to: user.email.as_str(),
            to_name: &user.name,
            subject: lang.t(&format!("mail-{key}-subject")),
            paragraphs,
            link: Some((state.config.link("/sign-in"), lang.t("mail-sign-in-action"))),
        },
    )
    .await
}

/// Counts one attempt under each of the throttles; `false` when one of them is full.
async fn take(state: &AppState, keys: &[(&str, Limit)]) -> Result<bool, AppError> {
    Ok(state.db.throttle_take(keys, store::now()).await?.is_some())
}

/// The throttle key of a client address: IPv6 clients are counted per /64, the block
/// one subscriber usually holds.
pub fn ip_key(prefix: &str, ip: std::net::IpAddr) -> String {
    format!("{prefix}:ip:{}", domain::throttle::client_block(ip))
}

/// Registers an account and mails a confirmation link. When the address has an account
/// that was never confirmed, a fresh link goes out, carrying this registration's
/// password, which the account takes when that link is used (earlier links keep theirs).
/// When the address has a confirmed account, its owner gets a notice instead. The caller
/// sees the same outcome in every case.
pub async fn register(state: &AppState, ctx: &Ctx, input: &RegisterInput) -> Result<(), AppError> {
    let mut errs = FieldErrors::new();
    let name = errs.take(accounts::person_name("name", &input.name));
    let email = errs.take(Email::parse("email", &input.email));
    let password = errs.take(Password::parse("password", &input.password, &[&input.email, &input.name]));
    errs.clone().into_result()?;
    let (Some(name), Some(email), Some(password)) = (name, email, password) else { return Err(errs.into()) };
    if !take(state, &[(&ip_key("register", ctx.ip), throttle::REGISTER_PER_IP)]).await? {
        return Err(AppError::TooManyRequests);
    }
    // Each attempt mails the address: a few an hour at most, silently.
    if !take(state, &[(&format!("register:acct:{email}"), throttle::REGISTER_PER_ACCOUNT)]).await? {
        return Ok(());
    }
    let hash = passwords::hash(password.expose().to_owned()).await.map_err(internal)?;
    let new = NewUser {
        email: &email,
        name: &name,
        password_hash: &hash,
        language: Some(ctx.lang),
        is_admin: false,
        confirmed_at: None,
        status: AccountStatus::Pending,
    };
    let mut tx = state.db.begin().await?;
    match tx.create_user(new, store::now()).await {
        Ok(id) => {
            let user = tx.user(id).await?;
            send_link_with(state, &mut tx, &user, LinkPurpose::ConfirmEmail, &email, ctx.lang, Some(&hash)).await?;
            state.commit(tx).await?;
            Ok(())
        }
        Err(store::StoreError::Conflict(_)) => {
            // The failed insert ends the transaction on PostgreSQL: go on in a new one.
            drop(tx);
            let Some(existing) = state.db.user_by_email(&email).await? else { return Ok(()) };
            let mut tx = state.db.begin().await?;
            if existing.email_confirmed_at.is_none() {
                let lang = ctx.lang;
                send_link_with(state, &mut tx, &existing, LinkPurpose::ConfirmEmail, &email, lang, Some(&hash)).await?;
            } else {
                let tr = tr_for(existing.language, ctx.lang);
                notify(state, &mut tx, &existing, tr, "already-registered", vec![]).await?;
            }
            state.commit(tx).await?;
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

/// The account of a confirmation link that can still be used, without using it (the
/// page that asks to confirm with a button).
pub async fn confirm_link_valid(state: &AppState, token: &str, purpose: LinkPurpose) -> Result<bool, AppError> {
    Ok(state.db.valid_link(&store::secret::hash(token), purpose, store::now()).await?.is_some())
}

/// Confirms the address of the link's account.
pub async fn confirm(state: &AppState, token: &str) -> Result<User, AppError> {
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let (user, password_hash) =
        tx.consume_confirm_link(&store::secret::hash(token), now).await?.ok_or(AppError::NotFound)?;
    if let Some(p) = password_hash
        && tx.user(user).await?.password_hash != p
    {
        // The password of the registration whose link this is; sessions opened with an
        // earlier registration's password end.
        tx.set_password_hash(user, &p).await?;
        tx.delete_other_sessions(user, None).await?;
    }
    tx.confirm_email(user, now).await?;
    let user = tx.user(user).await?;
    state.commit(tx).await?;
    Ok(user)
}

/// Sends a new confirmation link if the address belongs to an unconfirmed account.
pub async fn resend_confirmation(state: &AppState, ctx: &Ctx, raw_email: &str) -> Result<(), AppError> {
    let email = Email::parse("email", raw_email).map_err(FieldErrors::from)?;
    if !take(state, &[(&ip_key("confirm", ctx.ip), throttle::RESET_PER_IP)]).await? {
        return Err(AppError::TooManyRequests);
    }
    if let Some(user) = state.db.user_by_email(&email).await?
        && user.email_confirmed_at.is_none()
        && take(state, &[(&format!("confirm:acct:{email}"), throttle::RESET_PER_ACCOUNT)]).await?
    {
        let mut tx = state.db.begin().await?;
        send_link(state, &mut tx, &user, LinkPurpose::ConfirmEmail, &email, ctx.lang).await?;
        state.commit(tx).await?;
    }
    Ok(())
}

#[derive(Debug)]
pub enum SignInError {
    /// Wrong address or password (one message for both).
    Wrong,
    Throttled,
    Unconfirmed,
    Closed,
    /// Suspended by a moderator until this instant.
    Suspended(domain::UnixTime),
    /// The database failed; a 500, never disguised as a wrong password.
    Store(AppError),
}

impl From<store::StoreError> for SignInError {
    fn from(e: store::StoreError) -> Self {
        Self::Store(e.into())
    }
}

/// Checks the credentials under the throttles. Every attempt takes a place under the
/// account's and the client's limits *before* the password is checked (atomically, so a
/// burst is checked at most as often as the limit allows); a success gives the client's
/// place back and clears the account's counter.
pub async fn check_credentials(
    state: &AppState,
    ctx: &Ctx,
    raw_email: &str,
    password: &str,
) -> Result<User, SignInError> {
    let email = Email::parse("email", raw_email).ok();
    let ip_key = ip_key("signin", ctx.ip);
    let acct_key = email.as_ref().map(|e| format!("signin:acct:{e}"));
    let mut keys = vec![(ip_key.as_str(), throttle::SIGN_IN_PER_IP)];
    if let Some(k) = &acct_key {
        keys.push((k.as_str(), throttle::SIGN_IN_PER_ACCOUNT));
    }
    let Some(taken) = state.db.throttle_take(&keys, store::now()).await? else {
        return Err(SignInError::Throttled);
    };
    let user = match &email {
        Some(e) => state.db.user_by_email(e).await?,
        None => None,
    };
    let ok = passwords::verify(password.to_owned(), user.as_ref().map(|u| u.password_hash.clone())).await;
    match user {
        Some(u) if ok => {
            state.db.throttle_release(&taken).await?;
            if let Some(k) = &acct_key {
                state.db.throttle_clear(k).await?;
            }
            if u.status == AccountStatus::Rejected {
                Err(SignInError::Closed)
            } else if let Some(until) = u.suspended_until.filter(|t| *t > store::now()) {
                Err(SignInError::Suspended(until))
            } else if u.email_confirmed_at.is_none() {
                Err(SignInError::Unconfirmed)
            } else {
                Ok(u)
            }
        }
        _ => Err(SignInError::Wrong),
    }
}

/// Starts a new session (a fresh token: sessions rotate on every sign-in) and ends the
/// one the browser had. Returns the token for the cookie.
pub async fn start_session(state: &AppState, ctx: &Ctx, user: UserId) -> Result<String, AppError> {
    if let Some(old) = &ctx.session_hash {
        state.db.delete_session(old).await?;
    }
    let (token, hash) = store::secret::new_secret();
    state.db.create_session(user, &hash, store::now()).await?;
    Ok(token)
}

/// Mails a reset link if the address has an account. The caller always sees the same
/// outcome; only the per-address throttle can refuse, and it refuses silently.
pub async fn forgot(state: &AppState, ctx: &Ctx, raw_email: &str) -> Result<(), AppError> {
    let email = Email::parse("email", raw_email).map_err(FieldErrors::from)?;
    if !take(state, &[(&ip_key("reset", ctx.ip), throttle::RESET_PER_IP)]).await? {
        return Err(AppError::TooManyRequests);
    }
    if !take(state, &[(&format!("reset:acct:{email}"), throttle::RESET_PER_ACCOUNT)]).await? {
        return Ok(());
    }
    if let Some(user) = state.db.user_by_email(&email).await?
        && user.status != AccountStatus::Rejected
    {
        let mut tx = state.db.begin().await?;
        send_link(state, &mut tx, &user, LinkPurpose::ResetPassword, &user.email.clone(), ctx.lang).await?;
        state.commit(tx).await?;
    }
    Ok(())
}

pub async fn reset_link_valid(state: &AppState, token: &str) -> Result<bool, AppError> {
    confirm_link_valid(state, token, LinkPurpose::ResetPassword).await
}

/// The paragraph that tells a person their API tokens were revoked, if any were.
fn tokens_revoked_note(tr: Tr, revoked: u64) -> Vec<String> {
    if revoked == 0 { vec![] } else { vec![tr.tn("mail-tokens-revoked", revoked as i64)] }
}

/// Sets a new password from a reset link, ends every session of the account, revokes its
/// API tokens, and counts the address as confirmed (the link reached it): all in one
/// transaction, with the notice that tells the owner.
pub async fn reset(state: &AppState, token: &str, new_password: &str) -> Result<User, AppError> {
    let hash = store::secret::hash(token);
    let now = store::now();
    let user_id = state.db.valid_link(&hash, LinkPurpose::ResetPassword, now).await?.ok_or(AppError::NotFound)?;
    let user = state.db.user(user_id).await?;
    let password =
        Password::parse("password", new_password, &[user.email.as_str(), &user.name]).map_err(FieldErrors::from)?;
    let pw_hash = passwords::hash(password.expose().to_owned()).await.map_err(internal)?;
    let mut tx = state.db.begin().await?;
    // Consuming is the single-use guarantee: of two racing submissions only one passes.
    tx.consume_link(&hash, LinkPurpose::ResetPassword, now).await?.ok_or(AppError::NotFound)?;
    tx.set_password_hash(user_id, &pw_hash).await?;
    tx.delete_other_sessions(user_id, None).await?;
    let revoked = tx.revoke_all_api_tokens(user_id, now).await?;
    tx.confirm_email(user_id, now).await?;
    tx.audit(
        NewAudit {
            actor: Some((user.id, &user.name)),
            action: AuditAction::PasswordReset,
            target_type: "user",
            target_id: Some(user.id.0),
            target_label: &format!("{} <{}>", user.name, user.email),
            detail: "",
        },
        now,
    )
    .await?;
    let tr = tr_for(user.language, Language::En);
    notify(state, &mut tx, &user, tr, "password-changed", tokens_revoked_note(tr, revoked)).await?;
    state.commit(tx).await?;
    Ok(user)
}

/// Checks the account's current password, under a throttle of its own: a stolen session
/// cannot guess the password through the forms that ask for it.
async fn require_password(state: &AppState, user: &User, field: &'static str, password: &str) -> Result<(), AppError> {
    if password.is_empty() {
        return Err(FieldErrors::from(FieldError::new(field, "required")).into());
    }
    let key = format!("password:acct:{}", user.id.0);
    let Some(taken) = state.db.throttle_take(&[(&key, throttle::PASSWORD_CHECK_PER_ACCOUNT)], store::now()).await?
    else {
        return Err(AppError::TooManyRequests);
    };
    if passwords::verify(password.to_owned(), Some(user.password_hash.clone())).await {
        state.db.throttle_release(&taken).await?;
        Ok(())
    } else {
        Err(FieldErrors::from(FieldError::new(field, "wrong-password")).into())
    }
}

/// Changes the password after checking the current one; other sessions end and API
/// tokens are revoked.
pub async fn change_password(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    current: &str,
    new: &str,
) -> Result<(), AppError> {
    let parsed = Password::parse("new_password", new, &[user.email.as_str(), &user.name]);
    require_password(state, user, "current_password", current).await?;
    let password = parsed.map_err(FieldErrors::from)?;
    let hash = passwords::hash(password.expose().to_owned()).await.map_err(internal)?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.set_password_hash(user.id, &hash).await?;
    tx.delete_other_sessions(user.id, ctx.session_hash.as_deref()).await?;
    let revoked = tx.revoke_all_api_tokens(user.id, now).await?;
    let tr = ctx.tr();
    notify(state, &mut tx, user, tr, "password-changed", tokens_revoked_note(tr, revoked)).await?;
    state.commit(tx).await?;
    Ok(())
}

/// Mails a link to the new address; the change happens when it is followed. A newer link
/// voids the older ones; the messages to other addresses are throttled per account.
pub async fn request_email_change(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    new: &str,
    password: &str,
) -> Result<(), AppError> {
    let email = Email::parse("email", new).map_err(FieldErrors::from)?;
    if email == user.email {
        return Err(FieldErrors::from(FieldError::new("email", "same-email")).into());
    }
    require_password(state, user, "password", password).await?;
    let keys = [
        (format!("email-change:acct:{}", user.id.0), throttle::EMAIL_CHANGE_PER_ACCOUNT),
        (format!("email-change:to:{email}"), throttle::EMAIL_CHANGE_PER_ADDRESS),
    ];
    let keys: Vec<(&str, Limit)> = keys.iter().map(|(k, l)| (k.as_str(), *l)).collect();
    if !take(state, &keys).await? {
        return Err(AppError::TooManyRequests);
    }
    let mut tx = state.db.begin().await?;
    send_link(state, &mut tx, user, LinkPurpose::ChangeEmail, &email, ctx.lang).await?;
    state.commit(tx).await?;
    Ok(())
}

/// Applies an address change from its link, and tells the old address.
pub async fn confirm_email_change(state: &AppState, token: &str) -> Result<User, AppError> {
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let (uid, new) =
        tx.consume_link(&store::secret::hash(token), LinkPurpose::ChangeEmail, now).await?.ok_or(AppError::NotFound)?;
    let old = tx.user(uid).await?;
    let new = Email::parse("email", new.as_deref().unwrap_or("")).map_err(FieldErrors::from)?;
    match tx.set_email(uid, &new, now).await {
        Ok(()) => {}
        // Someone registered the address since the link was sent.
        Err(store::StoreError::Conflict(_)) => return Err(AppError::Conflict(FieldError::new("email", "email-taken"))),
        Err(e) => return Err(e.into()),
    }
    let tr = tr_for(old.language, Language::En);
    notify(state, &mut tx, &old, tr, "email-changed", vec![]).await?;
    let user = tx.user(uid).await?;
    state.commit(tx).await?;
    Ok(user)
}

/// Erases the account after checking the password, and records it in the audit log.
/// The last-owner rule holds under a lock on each organisation the person owns: where
/// another owner remains nothing changes; where nobody else is an active member the
/// organisation goes with its last member; where members remain without another owner,
/// the erasure is refused, naming the organisation.
pub async fn delete_account(state: &AppState, user: &User, password: &str) -> Result<(), AppError> {
    require_password(state, user, "password", password).await?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    // Lock first (in id order, like every other path), then read what the rule needs.
    let ids: Vec<OrganisationId> = tx.owned_organisations(user.id).await?.iter().map(|o| o.id).collect();
    for id in &ids {
        tx.lock_row(LockTable::Organisations, id.0).await?;
    }
    let owned = tx.owned_organisations(user.id).await?;
    for o in &owned {
        match owner_leaving(o.owners, o.active_members) {
            OwnerLeaving::Kept => {}
            OwnerLeaving::Refused => {
                return Err(AppError::Conflict(FieldError::about("password", "last-owner-of", o.name.clone())));
            }
            OwnerLeaving::Deleted => {
                tx.delete_organisation(o.id).await?;
                tx.audit(
                    NewAudit {
                        actor: None,
                        action: AuditAction::OrganisationDeleted,
                        target_type: "organisation",
                        target_id: Some(o.id.0),
                        target_label: &o.name,
                        detail: "its last member deleted their account",
                    },
                    now,
                )
                .await?;
            }
        }
    }
    tx.delete_user(user.id).await?;
    tx.audit(
        NewAudit {
            actor: None,
            action: AuditAction::UserDeleted,
            target_type: "user",
            target_id: Some(user.id.0),
            target_label: &format!("#{}", user.id.0),
            detail: "deleted by the account holder",
        },
        now,
    )
    .await?;
    state.commit(tx).await?;
    state.home_cache.invalidate();
    Ok(())
}

/// What a new personal access token may do and until when.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct TokenInput {
    /// A name to recognise it by (1 to 100 characters).
    #[serde(default)]
    #[schema(required = true)]
    pub name: String,
    /// `read` or `read-write` (the default).
    #[serde(default)]
    pub scope: String,
    /// Days until it expires (1 to 366); empty or absent: it does not expire.
    #[serde(default)]
    pub expires_in_days: Option<serde_json::Value>,
    /// The account's current password.
    #[serde(default)]
    #[schema(required = true)]
    pub password: String,
}

/// Creates a personal access token; the plain token is shown once. Only a signed-in
/// session may do so (a token cannot mint tokens), after the current password.
pub async fn create_token(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    input: &TokenInput,
) -> Result<(domain::TokenId, String), AppError> {
    if ctx.via_token() {
        return Err(AppError::Forbidden);
    }
    let now = store::now();
    let days = match &input.expires_in_days {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    };
    let mut errs = FieldErrors::new();
    let name = errs.take(domain::text::required("name", &input.name, 100));
    let scope = errs.take(TokenScope::parse("scope", &input.scope));
    let expires_at = errs.take(accounts::token_expiry("expires_in_days", &days, now));
    errs.clone().into_result()?;
    let (Some(name), Some(scope), Some(expires_at)) = (name, scope, expires_at) else { return Err(errs.into()) };
    require_password(state, user, "password", &input.password).await?;
    let (secret, hash) = store::secret::new_secret();
    let token = format!("iptf_{secret}");
    let mut tx = state.db.begin().await?;
    let t = NewApiToken { user: user.id, name: &name, token_hash: &hash, prefix: &token[..13], scope, expires_at };
    let id = tx.create_api_token(t, now).await?;
    state.commit(tx).await?;
    Ok((id, token))
}
