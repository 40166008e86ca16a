//! Administrative decisions, shared by pages and API. Each one is written to the audit
//! log and the person concerned is told by e-mail.

use crate::AppState;
use crate::accounts::service::notify;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::organisations::{self, service::OwnerLetter};
use domain::accounts::{AccountStatus, Language};
use domain::admin::AuditAction;
use domain::organisations::ReviewStatus;
use domain::{OrganisationId, UserId};
use store::accounts::User;
use store::admin::{AuditFilter, NewAudit};

/// Records in the audit log, in the action's transaction, that `actor` did `action` to
/// the `target_type` numbered `id` (named `label`).
pub async fn record(
    tx: &mut store::Tx,
    actor: &User,
    action: AuditAction,
    (target_type, id, label): (&'static str, i64, &str),
    detail: &str,
) -> Result<(), AppError> {
    let entry = NewAudit {
        actor: Some((actor.id, &actor.name)),
        action,
        target_type,
        target_id: Some(id),
        target_label: label,
        detail,
    };
    tx.audit(entry, store::now()).await?;
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Reject,
}

impl Decision {
    pub fn parse(s: &str) -> Result<Self, AppError> {
        match s {
            "approve" => Ok(Self::Approve),
            "reject" => Ok(Self::Reject),
            _ => Err(AppError::NotFound),
        }
    }
}

pub async fn decide_user(state: &AppState, admin: &User, id: UserId, d: Decision, note: &str) -> Result<(), AppError> {
    let note = domain::text::optional("note", note, 500).map_err(domain::FieldErrors::from)?.unwrap_or_default();
    let user = state.db.user(id).await?;
    if user.id == admin.id {
        return Err(AppError::invalid("user", "not-yourself"));
    }
    let (status, action, key) = match d {
        Decision::Approve => (AccountStatus::Approved, AuditAction::UserApproved, "account-approved"),
        Decision::Reject => (AccountStatus::Rejected, AuditAction::UserRejected, "account-rejected"),
    };
    let mut tx = state.db.begin().await?;
    tx.set_user_status(id, status).await?;
    if d == Decision::Reject {
        tx.delete_other_sessions(id, None).await?;
    }
    tx.audit(
        NewAudit {
            actor: Some((admin.id, &admin.name)),
            action,
            target_type: "user",
            target_id: Some(id.0),
            target_label: &format!("{} <{}>", user.name, user.email),
            detail: &note,
        },
        store::now(),
    )
    .await?;
    let tr = Tr::new(user.language.unwrap_or(Language::En));
    if d == Decision::Reject {
        // The reason, and how to answer it: replies reach the team, not a no-reply box.
        let mut paragraphs = vec![tr.t("mail-account-rejected-body")];
        if !note.is_empty() {
            paragraphs.push(tr.ta("mail-admin-note", "note", &note));
        }
        paragraphs.push(reply_paragraph(state, tr));
        let letter = crate::mail::Letter {
            tr,
            user: Some(user.id),
            to: user.email.as_str(),
            to_name: &user.name,
            subject: tr.t("mail-account-rejected-subject"),
            paragraphs,
            link: None,
        };
        crate::mail::queue_replying(&mut tx, letter, state.config.contact_email.as_deref()).await?;
    } else {
        notify(state, &mut tx, &user, tr, key, vec![]).await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// How to answer a decision: by replying (to the team's mailbox) when one is configured,
/// else through the task force's contact page.
fn reply_paragraph(state: &AppState, tr: Tr) -> String {
    match &state.config.contact_email {
        Some(c) => tr.ta("mail-decision-reply", "contact", c),
        None => tr.t("mail-decision-reply-site"),
    }
}

/// Decides on an organisation and, with it, on the people who came with it: approving
/// approves their accounts still waiting; rejecting leaves them waiting (they can
/// correct the organisation and submit it again) unless `close_accounts` (spam), which
/// rejects them too. The owners are told, with the reason, in one transaction.
pub async fn decide_organisation(
    state: &AppState,
    admin: &User,
    id: OrganisationId,
    d: Decision,
    note: &str,
    close_accounts: bool,
) -> Result<(), AppError> {
    let note = domain::text::optional("note", note, 500).map_err(domain::FieldErrors::from)?.unwrap_or_default();
    let org = state.db.organisation(id).await?;
    let (status, action, key) = match d {
        Decision::Approve => (ReviewStatus::Approved, AuditAction::OrganisationApproved, "org-approved"),
        Decision::Reject => (ReviewStatus::Rejected, AuditAction::OrganisationRejected, "org-rejected"),
    };
    let mut tx = state.db.begin().await?;
    tx.lock_row(store::LockTable::Organisations, id.0).await?;
    // Read under the lock: two administrators deciding the same card at once make one
    // decision (the other is told it was already taken). A rejected organisation may
    // still be approved; only a pending one is rejected.
    let now_status = tx.organisation(id).await?.status;
    if now_status == status || (d == Decision::Reject && now_status != ReviewStatus::Pending) {
        return Err(AppError::Conflict(domain::FieldError::new("status", "already-decided")));
    }
    tx.set_organisation_status(id, status, store::now()).await?;
    organisations::service::audit(&mut tx, admin, action, (org.id, &org.name), &note).await?;
    if d == Decision::Approve {
        let link = format!("/organisations/{}", id.0);
        crate::follows::record(
            &mut tx,
            domain::follows::Activity::OrganisationApproved,
            None,
            domain::follows::Target::Organisation(id.0),
            &[],
            None,
            &org.name,
            &link,
        )
        .await?;
    }
    organisations::service::mail_owners(state, &mut tx, &org, |tr| {
        let mut paragraphs = vec![tr.ta(&format!("mail-{key}-body"), "organisation", &org.name)];
        if !note.is_empty() {
            paragraphs.push(tr.ta("mail-admin-note", "note", &note));
        }
        if d == Decision::Reject {
            paragraphs.push(reply_paragraph(state, tr));
        }
        OwnerLetter {
            subject: tr.ta(&format!("mail-{key}-subject"), "organisation", &org.name),
            paragraphs,
            link_path: format!("/organisations/{}", id.0),
            link_label: tr.t("mail-open-organisation"),
            reply_to: if d == Decision::Reject { state.config.contact_email.clone() } else { None },
        }
    })
    .await?;
    // One decision: the people who came with the organisation are decided with it.
    let people = match (d, close_accounts) {
        (Decision::Approve, _) => Some((AccountStatus::Approved, AuditAction::UserApproved)),
        (Decision::Reject, true) => Some((AccountStatus::Rejected, AuditAction::UserRejected)),
        (Decision::Reject, false) => None,
    };
    if let Some((account, action)) = people {
        for (uid, name, email) in tx.decide_waiting_members(id, account).await? {
            if account == AccountStatus::Rejected {
                tx.delete_other_sessions(uid, None).await?;
            }
            tx.audit(
                NewAudit {
                    actor: Some((admin.id, &admin.name)),
                    action,
                    target_type: "user",
                    target_id: Some(uid.0),
                    target_label: &format!("{name} <{email}>"),
                    detail: &format!("with {}", org.name),
                },
                store::now(),
            )
            .await?;
        }
    }
    state.commit(tx).await?;
    crate::find::refresh(state).await;
    state.home_cache.invalidate();
    Ok(())
}

/// Asks the owners of an organisation under review for more information by e-mail;
/// their replies reach the team's mailbox (or the administrator who asked). The
/// organisation stays in the queue; its card and its page show what was asked.
pub async fn ask_information(
    state: &AppState,
    admin: &User,
    id: OrganisationId,
    message: &str,
) -> Result<(), AppError> {
    let message = domain::text::required("message", message, 2000).map_err(domain::FieldErrors::from)?;
    let org = state.db.organisation(id).await?;
    if org.status != ReviewStatus::Pending {
        return Err(AppError::Conflict(domain::FieldError::new("organisation", "not-pending")));
    }
    let reply_to = state.config.contact_email.clone().unwrap_or_else(|| admin.email.as_str().to_owned());
    let mut tx = state.db.begin().await?;
    organisations::service::audit(&mut tx, admin, AuditAction::InformationRequested, (org.id, &org.name), &message)
        .await?;
    organisations::service::mail_owners(state, &mut tx, &org, |tr| OwnerLetter {
        subject: tr.ta("mail-ask-subject", "organisation", &org.name),
        paragraphs: vec![
            tr.ta("mail-ask-body", "organisation", &org.name),
            tr.ta("mail-ask-message", "message", &message),
            tr.t("mail-ask-reply"),
        ],
        link_path: format!("/organisations/{}/edit", id.0),
        link_label: tr.t("mail-ask-action"),
        reply_to: Some(reply_to.clone()),
    })
    .await?;
    state.commit(tx).await?;
    Ok(())
}

/// What one review card shows besides the organisation.
pub struct ReviewCard {
    pub people: Vec<store::review::ReviewPerson>,
    pub duplicates: Vec<store::review::Duplicate>,
    /// When more information was last asked for, by whom, and the message.
    pub asked: Option<(i64, String, String)>,
}

/// The people who came with `org`, organisations it may duplicate (same name anywhere,
/// or the same domain as its website or its people's e-mail addresses), and the last
/// request for information.
pub async fn review_card(state: &AppState, org: &store::organisations::Organisation) -> Result<ReviewCard, AppError> {
    let people = state.db.review_people(org.id).await?;
    let mut domains: Vec<String> = org.website.as_deref().and_then(domain::text::domain_of).into_iter().collect();
    for p in &people {
        if let Some(d) = domain::text::domain_of(&p.email)
            && !domains.contains(&d)
        {
            domains.push(d);
        }
    }
    let duplicates = state.db.possible_duplicates(org.id, &org.name, &domains).await?;
    let asked = state.db.last_information_request(org.id).await?;
    Ok(ReviewCard { people, duplicates, asked })
}

/// Gives a dead job a fresh set of attempts, and records who did.
pub async fn retry_job(state: &AppState, admin: &User, id: domain::JobId) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    tx.retry_job(id, store::now()).await?;
    tx.audit(
        NewAudit {
            actor: Some((admin.id, &admin.name)),
            action: AuditAction::JobRetried,
            target_type: "job",
            target_id: Some(id.0),
            target_label: &format!("#{}", id.0),
            detail: "",
        },
        store::now(),
    )
    .await?;
    state.commit(tx).await?;
    Ok(())
}

/// Parses the audit filter of a query string; bad values are field errors.
/// The audit log's filters from what an administrator typed. The actor is a name, an
/// e-mail address (of an account that still exists) or an account number; a reversed
/// date range is an error on the end date.
pub async fn audit_filter(
    state: &AppState,
    action: &str,
    actor: &str,
    target: &str,
    since: &str,
    until: &str,
) -> Result<AuditFilter, domain::FieldErrors> {
    let mut errs = domain::FieldErrors::new();
    let action = match action.trim() {
        "" => None,
        a => errs.take(
            domain::admin::AuditAction::from_str_opt(a).ok_or(domain::FieldError::new("action", "invalid-choice")),
        ),
    };
    let (mut actor_id, mut actor_name) = (None, None);
    match actor.trim() {
        "" => {}
        a if a.contains('@') => match domain::accounts::Email::parse("actor", a) {
            // An address nobody has any more matches nothing (id 0), rather than everything.
            Ok(e) => {
                actor_id = Some(state.db.user_by_email(&e).await.ok().flatten().map(|u| u.id).unwrap_or(UserId(0)))
            }
            Err(e) => errs.push(e),
        },
        a if a.bytes().all(|b| b.is_ascii_digit()) => actor_id = a.parse::<i64>().ok().map(UserId),
        a => match domain::text::required("actor", a, 200) {
            Ok(n) => actor_name = Some(n),
            Err(e) => errs.push(e),
        },
    }
    let target_type = match target.trim() {
        "" => None,
        t @ ("user" | "organisation") => Some(t.to_owned()),
        _ => {
            errs.push(domain::FieldError::new("target", "invalid-choice"));
            None
        }
    };
    let date = |field: &'static str, s: &str, end: bool| -> Result<Option<i64>, domain::FieldError> {
        if s.trim().is_empty() {
            return Ok(None);
        }
        let d = chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map_err(|_| domain::FieldError::new(field, "invalid-date"))?;
        let d = if end { d.succ_opt().unwrap_or(d) } else { d };
        Ok(Some(d.and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp()).unwrap_or(0)))
    };
    let since = errs.take(date("since", since, false)).flatten();
    let until = errs.take(date("until", until, true)).flatten();
    if let (Some(s), Some(u)) = (since, until)
        && u <= s
    {
        errs.push(domain::FieldError::new("until", "date-before-start"));
    }
    errs.into_result()?;
    Ok(AuditFilter { action, actor: actor_id, actor_name, target_type, since, until })
}
