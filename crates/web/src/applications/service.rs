//! What applications do, shared by pages and API. Every change runs under the
//! application's lock; the applicant is told by e-mail at each step.

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::admin::AuditAction;
use domain::applications::{ApplicationInput, ApplicationStatus, Verdict};
use domain::{FieldError, FieldErrors};
use store::accounts::User;
use store::applications::StoredApplication;
use store::{LockTable, StoreError, Tx};

/// At most this many open applications per person.
pub const MAX_OPEN: usize = 3;

/// What the reader may do with an application.
#[derive(Debug, Clone, Default)]
pub struct Access {
    pub applicant: bool,
    /// The current member initiatives the reader edits.
    pub member_of: Vec<String>,
    pub admin: bool,
}

impl Access {
    pub fn may_read(&self) -> bool {
        self.applicant || self.admin || !self.member_of.is_empty()
    }
    /// Comments: members' editors and administrators.
    pub fn may_comment(&self) -> bool {
        self.admin || !self.member_of.is_empty()
    }
    /// Endorsements speak for a member initiative.
    pub fn may_endorse(&self) -> bool {
        !self.member_of.is_empty()
    }
    /// The members' discussion is theirs (and the administrators').
    pub fn sees_notes(&self) -> bool {
        self.may_comment()
    }
}

pub async fn access(state: &AppState, user: &User, a: Option<&StoredApplication>) -> Result<Access, AppError> {
    Ok(Access {
        applicant: a.is_some_and(|a| a.applicant_id == Some(user.id)),
        member_of: state.db.member_editor_of(user.id).await?,
        admin: user.is_admin,
    })
}

/// The application if `user` may read it (404 otherwise, so its existence is not told).
pub async fn readable(state: &AppState, user: &User, id: i64) -> Result<(StoredApplication, Access), AppError> {
    let a = state.db.application(id).await?;
    let acc = access(state, user, Some(&a)).await?;
    if !acc.may_read() {
        return Err(AppError::NotFound);
    }
    Ok((a, acc))
}

/// The applications `user` may read: all for members' editors and administrators, their
/// own for anyone else.
pub async fn list(state: &AppState, user: &User) -> Result<(Vec<StoredApplication>, Access), AppError> {
    let acc = access(state, user, None).await?;
    let all = acc.may_comment();
    Ok((state.db.applications(if all { None } else { Some(user.id) }).await?, acc))
}

async fn audit(tx: &mut Tx, actor: &User, action: AuditAction, a: (i64, &str), detail: &str) -> Result<(), AppError> {
    crate::admin::service::record(tx, actor, action, ("application", a.0, a.1), detail).await
}

/// Mails the applicant about their application (`key` names the subject and body).
async fn tell_applicant(
    state: &AppState,
    tx: &mut Tx,
    a: &StoredApplication,
    key: &str,
    extra: Vec<String>,
    link: Option<(String, &str)>,
) -> Result<(), AppError> {
    let Some(uid) = a.applicant_id else { return Ok(()) };
    let Ok(person) = tx.user(uid).await else { return Ok(()) };
    let tr = Tr::new(person.language.unwrap_or_default());
    let args = [("acronym", a.acronym.clone().into())];
    let mut paragraphs = vec![tr.args(&format!("mail-application-{key}-body"), &args)];
    paragraphs.extend(extra);
    let (url, label) = link.unwrap_or((format!("/applications/{}", a.id), "mail-application-action"));
    mail::queue(
        tx,
        Letter {
            tr,
            user: Some(person.id),
            to: person.email.as_str(),
            to_name: &person.name,
            subject: tr.args(&format!("mail-application-{key}-subject"), &args),
            paragraphs,
            link: Some((state.config.link(&url), tr.t(label))),
        },
    )
    .await
}

/// Files an application from `user`; they and the team's mailbox are told.
pub async fn submit(state: &AppState, user: &User, input: &ApplicationInput) -> Result<i64, AppError> {
    let a = input.parse()?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    // One decision at a time per acronym and per applicant (PostgreSQL; SQLite's write
    // transaction is already exclusive).
    tx.lock_key(&format!("application:{}", store::applications::acronym_key(&a.profile.acronym))).await?;
    tx.lock_row(LockTable::Users, user.id.0).await?;
    if tx.initiative_acronym_exists(&a.profile.acronym).await? {
        return Err(FieldErrors::from(FieldError::about("acronym", "acronym-taken", &a.profile.acronym)).into());
    }
    let open = tx.open_applications_of(user.id).await?;
    if open >= MAX_OPEN as i64 {
        return Err(FieldErrors::from(FieldError::with_limit("acronym", "too-many-applications", MAX_OPEN)).into());
    }
    let id = tx.create_application((user.id, &user.name), &a, now).await.map_err(|e| match e {
        StoreError::Conflict(_) => {
            AppError::from(FieldErrors::from(FieldError::about("acronym", "application-open", &a.profile.acronym)))
        }
        e => e.into(),
    })?;
    audit(&mut tx, user, AuditAction::ApplicationSubmitted, (id, &a.profile.acronym), "").await?;
    let stored = tx.application(id).await?;
    tell_applicant(state, &mut tx, &stored, "received", vec![], None).await?;
    if let Some(team) = &state.config.contact_email
        && let Ok(mailbox) = team.parse::<lettre::message::Mailbox>()
    {
        let tr = Tr::new(Default::default());
        let (address, name) = (mailbox.email.to_string(), mailbox.name.unwrap_or_else(|| tr.t("brand-tagline")));
        let args = [("acronym", a.profile.acronym.clone().into()), ("person", user.name.clone().into())];
        mail::queue(
            &mut tx,
            Letter {
                tr,
                user: None,
                to: &address,
                to_name: &name,
                subject: tr.args("mail-application-new-subject", &args),
                paragraphs: vec![tr.args("mail-application-new-body", &args)],
                link: Some((state.config.link(&format!("/applications/{id}")), tr.t("mail-application-action"))),
            },
        )
        .await?;
    }
    state.commit(tx).await?;
    Ok(id)
}

/// Locks an open application; `Conflict` on its status when it is decided or withdrawn.
async fn lock_open(tx: &mut Tx, id: i64) -> Result<StoredApplication, AppError> {
    tx.lock_row(LockTable::Applications, id).await?;
    let a = tx.application(id).await?;
    if !a.status.is_open() {
        return Err(AppError::Conflict(FieldError::new("status", "application-closed")));
    }
    Ok(a)
}

/// A member's comment, or endorsement (with an optional comment). The first one puts the
/// application in review, and the applicant is told.
pub async fn note(state: &AppState, user: &User, id: i64, body: &str, endorse: bool) -> Result<(), AppError> {
    let (_, acc) = readable(state, user, id).await?;
    if !acc.may_comment() || (endorse && !acc.may_endorse()) {
        return Err(AppError::Forbidden);
    }
    let body = domain::applications::note(body, endorse)?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let a = lock_open(&mut tx, id).await?;
    let on_behalf = if acc.member_of.is_empty() { String::new() } else { acc.member_of.join(", ") };
    tx.add_application_note(id, (user.id, &user.name), &on_behalf, &body, endorse, now).await.map_err(|e| match e {
        StoreError::Conflict(_) => AppError::from(FieldErrors::from(FieldError::new("endorse", "already-endorsed"))),
        e => e.into(),
    })?;
    if a.status == ApplicationStatus::Submitted {
        tx.set_application_status(
            id,
            &[ApplicationStatus::Submitted],
            ApplicationStatus::InReview,
            None,
            None,
            None,
            now,
        )
        .await?;
        tell_applicant(state, &mut tx, &a, "in-review", vec![], None).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// An administrator accepts or declines, with a reason the applicant reads. Accepting
/// makes the initiative a member with the applicant as its editor, in one transaction.
pub async fn decide(state: &AppState, admin: &User, id: i64, decision: &str, reason: &str) -> Result<(), AppError> {
    if !admin.is_admin {
        return Err(AppError::Forbidden);
    }
    let (verdict, reason) = domain::applications::verdict(decision, reason)?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let a = lock_open(&mut tx, id).await?;
    let open = [ApplicationStatus::Submitted, ApplicationStatus::InReview];
    match verdict {
        Verdict::Accept => {
            let html = domain::markdown::to_html(&a.profile.description);
            let ini = tx.create_initiative(&a.profile, &html, now).await.map_err(|e| match e {
                StoreError::Conflict(_) => {
                    AppError::from(FieldErrors::from(FieldError::about("decision", "acronym-taken", &a.acronym)))
                }
                e => e.into(),
            })?;
            tx.add_initiative_revision(ini, (admin.id, &admin.name), &a.profile, now).await?;
            if let Some(applicant) = a.applicant_id {
                tx.add_initiative_editor(ini, applicant, &admin.name, now).await?;
            }
            tx.set_application_status(
                id,
                &open,
                ApplicationStatus::Accepted,
                Some(&reason),
                Some(&admin.name),
                Some(ini),
                now,
            )
            .await?;
            audit(&mut tx, admin, AuditAction::ApplicationAccepted, (id, &a.acronym), &reason).await?;
            crate::admin::service::record(
                &mut tx,
                admin,
                AuditAction::InitiativeCreated,
                ("initiative", ini.0, &a.acronym),
                "",
            )
            .await?;
            let page = format!("/initiatives/{}", ini.0);
            crate::follows::record(
                &mut tx,
                domain::follows::Activity::InitiativeJoined,
                None,
                domain::follows::Target::Initiative(ini.0),
                &a.profile.topics,
                None,
                &a.acronym,
                &page,
            )
            .await?;
            let link = (format!("/initiatives/{}/edit", ini.0), "mail-application-accepted-action");
            tell_applicant(state, &mut tx, &a, "accepted", vec![reason.clone()], Some(link)).await?;
        }
        Verdict::Decline => {
            tx.set_application_status(
                id,
                &open,
                ApplicationStatus::Declined,
                Some(&reason),
                Some(&admin.name),
                None,
                now,
            )
            .await?;
            audit(&mut tx, admin, AuditAction::ApplicationDeclined, (id, &a.acronym), &reason).await?;
            tell_applicant(state, &mut tx, &a, "declined", vec![reason.clone()], None).await?;
        }
    }
    state.commit(tx).await?;
    state.home_cache.invalidate();
    Ok(())
}

/// The applicant takes back an open application.
pub async fn withdraw(state: &AppState, user: &User, id: i64) -> Result<(), AppError> {
    let (_, acc) = readable(state, user, id).await?;
    if !acc.applicant {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin().await?;
    let a = lock_open(&mut tx, id).await?;
    let open = [ApplicationStatus::Submitted, ApplicationStatus::InReview];
    tx.set_application_status(id, &open, ApplicationStatus::Withdrawn, None, None, None, store::now()).await?;
    audit(&mut tx, user, AuditAction::ApplicationWithdrawn, (id, &a.acronym), "").await?;
    state.commit(tx).await?;
    Ok(())
}
