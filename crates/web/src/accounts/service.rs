//! What accounts do, shared by the pages and the API: each function validates its input
//! into domain types, applies the rule, writes, and queues the e-mail that goes with it.

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use crate::passwords;
use domain::accounts::{self, AccountStatus, Email, Language, LinkPurpose, Password};
use domain::admin::AuditAction;
use domain::throttle::{self, Limit};
use domain::{FieldError, FieldErrors, UserId};
use serde::Deserialize;
use store::accounts::{NewUser, User};
use store::admin::NewAudit;

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct RegisterInput {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
}

fn internal(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

fn tr_for(user_lang: Option<Language>, fallback: Language) -> Tr {
    Tr::new(user_lang.unwrap_or(fallback))
}

/// Sends a link for `purpose` to `to` (the account's address, or the new one).
async fn send_link(
    state: &AppState,
    user: &User,
    purpose: LinkPurpose,
    to: &Email,
    lang: Language,
) -> Result<(), AppError> {
    let (token, hash) = store::secret::new_secret();
    let now = store::now();
    let new_email = (purpose == LinkPurpose::ChangeEmail).then_some(to);
    state.db.create_link(user.id, purpose, new_email, &hash, now).await?;
    let tr = tr_for(user.language, lang);
    let (path, key) = match purpose {
        LinkPurpose::ConfirmEmail => (format!("/account/confirm/{token}"), "confirm"),
        LinkPurpose::ResetPassword => (format!("/password/reset/{token}"), "reset"),
        LinkPurpose::ChangeEmail => (format!("/account/email/confirm/{token}"), "change-email"),
    };
    let hours = purpose.lifetime_secs() / 3600;
    mail::queue(
        state,
        Letter {
            tr,
            to: to.as_str(),
            to_name: &user.name,
            subject: tr.t(&format!("mail-{key}-subject")),
            paragraphs: vec![tr.t(&format!("mail-{key}-body")), tr.tn("mail-link-expiry", hours), tr.t("mail-not-you")],
            link: Some((state.config.link(&path), tr.t(&format!("mail-{key}-action")))),
        },
    )
    .await
}

/// A short notice to the account holder (password changed, address changed…).
pub async fn notify(state: &AppState, to: &str, name: &str, lang: Tr, key: &str) -> Result<(), AppError> {
    mail::queue(
        state,
        Letter {
            tr: lang,
            to,
            to_name: name,
            subject: lang.t(&format!("mail-{key}-subject")),
            paragraphs: vec![lang.t(&format!("mail-{key}-body"))],
            link: Some((state.config.link("/sign-in"), lang.t("mail-sign-in-action"))),
        },
    )
    .await
}

/// Registers an account and mails a confirmation link. When the address is taken, the
/// owner of that address gets a notice instead, and the caller sees the same outcome.
pub async fn register(state: &AppState, ctx: &Ctx, input: &RegisterInput) -> Result<(), AppError> {
    let mut errs = FieldErrors::new();
    let name = errs.take(accounts::person_name("name", &input.name));
    let email = errs.take(Email::parse("email", &input.email));
    let password = errs.take(Password::parse("password", &input.password, &[&input.email, &input.name]));
    errs.clone().into_result()?;
    let (Some(name), Some(email), Some(password)) = (name, email, password) else { return Err(errs.into()) };
    let ip_key = format!("register:ip:{}", ctx.ip);
    if !allowed(state, &ip_key, throttle::REGISTER_PER_IP).await? {
        return Err(AppError::TooManyRequests);
    }
    state.db.throttle_record(&ip_key, store::now()).await?;
    // Each attempt mails the address: a few an hour at most, silently.
    let acct_key = format!("register:acct:{email}");
    if !allowed(state, &acct_key, throttle::REGISTER_PER_ACCOUNT).await? {
        return Ok(());
    }
    state.db.throttle_record(&acct_key, store::now()).await?;
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
    match state.db.create_user(new, store::now()).await {
        Ok(id) => {
            let user = state.db.user(id).await?;
            send_link(state, &user, LinkPurpose::ConfirmEmail, &email, ctx.lang).await
        }
        Err(store::StoreError::Conflict(_)) => {
            let Some(existing) = state.db.user_by_email(&email).await? else { return Ok(()) };
            let tr = tr_for(existing.language, ctx.lang);
            notify(state, existing.email.as_str(), &existing.name, tr, "already-registered").await
        }
        Err(e) => Err(e.into()),
    }
}

/// Confirms the address of the link's account.
pub async fn confirm(state: &AppState, token: &str) -> Result<User, AppError> {
    let now = store::now();
    let (user, _) = state
        .db
        .consume_link(&store::secret::hash(token), LinkPurpose::ConfirmEmail, now)
        .await?
        .ok_or(AppError::NotFound)?;
    state.db.confirm_email(user, now).await?;
    Ok(state.db.user(user).await?)
}

async fn allowed(state: &AppState, key: &str, limit: Limit) -> Result<bool, AppError> {
    let n = state.db.throttle_count(key, limit.window_start(store::now())).await?;
    Ok(limit.allows(n))
}

/// Sends a new confirmation link if the address belongs to an unconfirmed account.
pub async fn resend_confirmation(state: &AppState, ctx: &Ctx, raw_email: &str) -> Result<(), AppError> {
    let email = Email::parse("email", raw_email).map_err(FieldErrors::from)?;
    let ip_key = format!("confirm:ip:{}", ctx.ip);
    if !allowed(state, &ip_key, throttle::RESET_PER_IP).await? {
        return Err(AppError::TooManyRequests);
    }
    state.db.throttle_record(&ip_key, store::now()).await?;
    let acct_key = format!("confirm:acct:{email}");
    if let Some(user) = state.db.user_by_email(&email).await?
        && user.email_confirmed_at.is_none()
        && allowed(state, &acct_key, throttle::RESET_PER_ACCOUNT).await?
    {
        state.db.throttle_record(&acct_key, store::now()).await?;
        send_link(state, &user, LinkPurpose::ConfirmEmail, &email, ctx.lang).await?;
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
    /// The database failed; a 500, never disguised as a wrong password.
    Store(AppError),
}

impl From<store::StoreError> for SignInError {
    fn from(e: store::StoreError) -> Self {
        Self::Store(e.into())
    }
}

/// Checks the credentials under the throttles. Failures count against the account and
/// the client address; a success clears the account's counter.
pub async fn check_credentials(
    state: &AppState,
    ctx: &Ctx,
    raw_email: &str,
    password: &str,
) -> Result<User, SignInError> {
    let email = Email::parse("email", raw_email).ok();
    let ip_key = format!("signin:ip:{}", ctx.ip);
    let acct_key = email.as_ref().map(|e| format!("signin:acct:{e}"));
    let now = store::now();
    let ip_fails = state.db.throttle_count(&ip_key, throttle::SIGN_IN_PER_IP.window_start(now)).await?;
    let acct_fails = match &acct_key {
        Some(k) => state.db.throttle_count(k, throttle::SIGN_IN_PER_ACCOUNT.window_start(now)).await?,
        None => 0,
    };
    if !throttle::SIGN_IN_PER_IP.allows(ip_fails) || !throttle::SIGN_IN_PER_ACCOUNT.allows(acct_fails) {
        return Err(SignInError::Throttled);
    }
    let user = match &email {
        Some(e) => state.db.user_by_email(e).await?,
        None => None,
    };
    let ok = passwords::verify(password.to_owned(), user.as_ref().map(|u| u.password_hash.clone())).await;
    match user {
        Some(u) if ok => {
            if let Some(k) = &acct_key {
                state.db.throttle_clear(k).await?;
            }
            if u.status == AccountStatus::Rejected {
                Err(SignInError::Closed)
            } else if u.email_confirmed_at.is_none() {
                Err(SignInError::Unconfirmed)
            } else {
                Ok(u)
            }
        }
        _ => {
            // A failure that cannot be counted must not be retried for free.
            state.db.throttle_record(&ip_key, now).await?;
            if let Some(k) = &acct_key {
                state.db.throttle_record(k, now).await?;
            }
            Err(SignInError::Wrong)
        }
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
    let ip_key = format!("reset:ip:{}", ctx.ip);
    if !allowed(state, &ip_key, throttle::RESET_PER_IP).await? {
        return Err(AppError::TooManyRequests);
    }
    let now = store::now();
    state.db.throttle_record(&ip_key, now).await?;
    let acct_key = format!("reset:acct:{email}");
    if !allowed(state, &acct_key, throttle::RESET_PER_ACCOUNT).await? {
        return Ok(());
    }
    state.db.throttle_record(&acct_key, now).await?;
    if let Some(user) = state.db.user_by_email(&email).await?
        && user.status != AccountStatus::Rejected
    {
        send_link(state, &user, LinkPurpose::ResetPassword, &user.email.clone(), ctx.lang).await?;
    }
    Ok(())
}

pub async fn reset_link_valid(state: &AppState, token: &str) -> Result<bool, AppError> {
    Ok(state.db.valid_link(&store::secret::hash(token), LinkPurpose::ResetPassword, store::now()).await?.is_some())
}

/// Sets a new password from a reset link, ends every session of the account, and
/// counts the address as confirmed (the link reached it).
pub async fn reset(state: &AppState, token: &str, new_password: &str) -> Result<User, AppError> {
    let hash = store::secret::hash(token);
    let now = store::now();
    let user_id = state.db.valid_link(&hash, LinkPurpose::ResetPassword, now).await?.ok_or(AppError::NotFound)?;
    let user = state.db.user(user_id).await?;
    let password =
        Password::parse("password", new_password, &[user.email.as_str(), &user.name]).map_err(FieldErrors::from)?;
    let pw_hash = passwords::hash(password.expose().to_owned()).await.map_err(internal)?;
    // Consuming is the single-use guarantee: of two racing submissions only one passes.
    state.db.consume_link(&hash, LinkPurpose::ResetPassword, now).await?.ok_or(AppError::NotFound)?;
    state.db.set_password_hash(user_id, &pw_hash).await?;
    state.db.delete_other_sessions(user_id, None).await?;
    state.db.confirm_email(user_id, now).await?;
    notify(state, user.email.as_str(), &user.name, tr_for(user.language, Language::En), "password-changed").await?;
    Ok(user)
}

async fn require_password(user: &User, field: &'static str, password: &str) -> Result<(), AppError> {
    if password.is_empty() {
        return Err(FieldErrors::from(FieldError::new(field, "required")).into());
    }
    if passwords::verify(password.to_owned(), Some(user.password_hash.clone())).await {
        Ok(())
    } else {
        Err(FieldErrors::from(FieldError::new(field, "wrong-password")).into())
    }
}

/// Changes the password after checking the current one; other sessions end.
pub async fn change_password(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    current: &str,
    new: &str,
) -> Result<(), AppError> {
    let parsed = Password::parse("new_password", new, &[user.email.as_str(), &user.name]);
    require_password(user, "current_password", current).await?;
    let password = parsed.map_err(FieldErrors::from)?;
    let hash = passwords::hash(password.expose().to_owned()).await.map_err(internal)?;
    state.db.set_password_hash(user.id, &hash).await?;
    state.db.delete_other_sessions(user.id, ctx.session_hash.as_deref()).await?;
    notify(state, user.email.as_str(), &user.name, ctx.tr(), "password-changed").await
}

/// Mails a link to the new address; the change happens when it is followed.
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
    require_password(user, "password", password).await?;
    send_link(state, user, LinkPurpose::ChangeEmail, &email, ctx.lang).await
}

/// Applies an address change from its link, and tells the old address.
pub async fn confirm_email_change(state: &AppState, token: &str) -> Result<User, AppError> {
    let now = store::now();
    let (uid, new) = state
        .db
        .consume_link(&store::secret::hash(token), LinkPurpose::ChangeEmail, now)
        .await?
        .ok_or(AppError::NotFound)?;
    let old = state.db.user(uid).await?;
    let new = Email::parse("email", new.as_deref().unwrap_or("")).map_err(FieldErrors::from)?;
    state.db.set_email(uid, &new, now).await?;
    notify(state, old.email.as_str(), &old.name, tr_for(old.language, Language::En), "email-changed").await?;
    Ok(state.db.user(uid).await?)
}

/// Erases the account after checking the password, and records it in the audit log.
pub async fn delete_account(state: &AppState, user: &User, password: &str) -> Result<(), AppError> {
    require_password(user, "password", password).await?;
    state.db.delete_user(user.id).await?;
    let now = store::now();
    state
        .db
        .audit(
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
    Ok(())
}

/// Creates a personal access token; the plain token is shown once.
pub async fn create_token(state: &AppState, user: &User, name: &str) -> Result<(domain::TokenId, String), AppError> {
    let name = domain::text::required("name", name, 100).map_err(FieldErrors::from)?;
    let (secret, hash) = store::secret::new_secret();
    let token = format!("iptf_{secret}");
    let id = state.db.create_api_token(user.id, &name, &hash, &token[..13], store::now()).await?;
    Ok((id, token))
}
