//! Reports and moderators' decisions, shared by pages and API. A report names the person
//! it is about; the third distinct reporter hides the content until a moderator restores
//! it, removes it, warns its author or suspends them. Every decision is audited with who
//! and why, and the author is told.

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::admin::AuditAction;
use domain::moderation::{Action, HIDE_AFTER};
use domain::{FieldError, FieldErrors, UserId};
use store::accounts::User;
use store::admin::NewAudit;
use store::{StoreError, Tx};

/// What a report is about, as the reporter and the moderators see it.
pub struct Subject {
    pub kind: &'static str,
    pub id: i64,
    pub label: String,
    /// Where it is (for the reporter; moderators get the preview instead of private pages).
    pub link: String,
    pub accused: Option<UserId>,
    /// Its text, for the moderators' queue.
    pub preview: String,
}

/// Finds reported content as `reader` may see it (`NotFound` when they may not).
pub async fn subject(state: &AppState, reader: &User, kind: &str, id: i64) -> Result<Subject, AppError> {
    let kind = domain::moderation::kind(kind).map_err(FieldErrors::from)?;
    let tr = Tr::new(reader.language.unwrap_or_default());
    Ok(match kind {
        "profile" => {
            let p = state.db.public_person(UserId(id)).await?.ok_or(AppError::NotFound)?;
            Subject {
                kind,
                id,
                label: p.name.clone(),
                link: format!("/people/{id}"),
                accused: Some(p.id),
                preview: [Some(p.name), p.role, p.bio].into_iter().flatten().collect::<Vec<_>>().join(" — "),
            }
        }
        "group" => {
            let g = state.db.group(id).await?;
            let leader = state.db.group_members(id).await?.into_iter().find(|m| m.role == domain::groups::Role::Leader);
            Subject {
                kind,
                id,
                label: g.name.clone(),
                link: format!("/groups/{id}"),
                accused: leader.map(|l| l.user_id),
                preview: format!("{}\n\n{}", g.summary, g.description_md),
            }
        }
        "thread" => {
            let t = state.db.thread(id).await?;
            crate::groups::service::readable(state, Some(reader), t.group_id).await?;
            Subject {
                kind,
                id,
                label: t.title.clone(),
                link: format!("/groups/{}/threads/{id}", t.group_id),
                accused: t.author_id,
                preview: format!("{}\n\n{}", t.title, t.body_md),
            }
        }
        "reply" => {
            let (tid, r) = state.db.reply(id).await?;
            let t = state.db.thread(tid).await?;
            crate::groups::service::readable(state, Some(reader), t.group_id).await?;
            Subject {
                kind,
                id,
                label: tr.ta("report-reply-in", "title", &t.title),
                link: format!("/groups/{}/threads/{tid}#post-{id}", t.group_id),
                accused: r.author_id,
                preview: r.body_md,
            }
        }
        _ => {
            // A conversation: only its members report it; it is about the other person.
            let c = if reader.may_moderate() {
                state.db.conversation_for_review(id).await?.0
            } else {
                state.db.conversation(id, reader.id).await?
            };
            let (_, messages) = state.db.conversation_for_review(id).await?;
            let accused = messages.iter().rev().find_map(|m| m.author_id.filter(|a| *a != reader.id));
            let preview = messages
                .iter()
                .rev()
                .take(5)
                .rev()
                .map(|m| format!("{}: {}", m.author_name.clone().unwrap_or_else(|| tr.t("former-member")), m.body))
                .collect::<Vec<_>>()
                .join("\n");
            Subject { kind, id, label: c.subject, link: format!("/messages/{id}"), accused, preview }
        }
    })
}

async fn audit(
    tx: &mut Tx,
    actor: Option<&User>,
    action: AuditAction,
    s: (&str, i64, &str),
    detail: &str,
) -> Result<(), AppError> {
    tx.audit(
        NewAudit {
            actor: actor.map(|a| (a.id, a.name.as_str())),
            action,
            target_type: s.0,
            target_id: Some(s.1),
            target_label: s.2,
            detail,
        },
        store::now(),
    )
    .await?;
    Ok(())
}

/// Files a report. The third distinct reporter hides the content.
pub async fn report(state: &AppState, reporter: &User, kind: &str, id: i64, reason: &str) -> Result<bool, AppError> {
    let s = subject(state, reporter, kind, id).await?;
    if s.accused == Some(reporter.id) {
        return Err(FieldErrors::from(FieldError::new("reason", "report-own")).into());
    }
    let reason = domain::moderation::reason(reason)?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_key(&format!("moderation:{}:{id}", s.kind)).await?;
    let n = tx.add_report(reporter.id, s.kind, id, s.accused, &reason, now).await.map_err(|e| match e {
        StoreError::Conflict(_) => AppError::from(FieldErrors::from(FieldError::new("reason", "already-reported"))),
        e => e.into(),
    })?;
    let hide = n >= HIDE_AFTER && tx.moderation_state(s.kind, id).await?.is_none();
    if hide {
        tx.set_moderation(s.kind, id, Some("hidden"), now).await?;
        audit(&mut tx, None, AuditAction::ContentHidden, (s.kind, id, &s.label), &format!("{n} reports")).await?;
    }
    state.commit(tx).await?;
    Ok(hide)
}

/// A moderator's decision on reported content; the author is told, with the reason.
pub async fn decide(
    state: &AppState,
    moderator: &User,
    kind: &str,
    id: i64,
    action: &str,
    reason: &str,
    days: &str,
) -> Result<(), AppError> {
    if !moderator.may_moderate() {
        return Err(AppError::Forbidden);
    }
    let kind = domain::moderation::kind(kind).map_err(FieldErrors::from)?;
    let (action, reason) = domain::moderation::decision(action, reason, days)?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    tx.lock_key(&format!("moderation:{kind}:{id}")).await?;
    let accused = tx.accused(kind, id).await?;
    if matches!(action, Action::Suspend(_)) && accused.is_none() {
        return Err(FieldErrors::from(FieldError::new("action", "no-author")).into());
    }
    tx.resolve_reports(kind, id, action.as_str(), now).await.map_err(|e| match e {
        StoreError::NotFound => AppError::Conflict(FieldError::new("action", "already-decided")),
        e => e.into(),
    })?;
    let label = format!("{kind} {id}");
    let (audit_action, key, until) = match action {
        Action::Restore => {
            tx.set_moderation(kind, id, None, now).await?;
            (AuditAction::ContentRestored, "restored", None)
        }
        Action::Remove => {
            tx.set_moderation(kind, id, Some("removed"), now).await?;
            (AuditAction::ContentRemoved, "removed", None)
        }
        Action::Warn => (AuditAction::AuthorWarned, "warned", None),
        Action::Suspend(d) => {
            let until = now + i64::from(d) * 86_400;
            tx.suspend(accused.expect("checked"), until).await?;
            (AuditAction::UserSuspended, "suspended", Some(until))
        }
    };
    let detail = match accused {
        Some(a) => format!("{reason} (author #{})", a.0),
        None => reason.clone(),
    };
    audit(&mut tx, Some(moderator), audit_action, (kind, id, &label), &detail).await?;
    if let Some(a) = accused
        && let Ok(person) = tx.user(a).await
    {
        let tr = Tr::new(person.language.unwrap_or_default());
        let what = tr.t(&format!("report-kind-{kind}"));
        let mut paragraphs = vec![tr.ta(&format!("mail-moderation-{key}-body"), "what", &what), reason.clone()];
        if let Some(u) = until {
            paragraphs.push(tr.ta("mail-moderation-until", "date", &tr.datetime(u)));
        }
        mail::queue_replying(
            &mut tx,
            Letter {
                tr,
                user: Some(person.id),
                to: person.email.as_str(),
                to_name: &person.name,
                subject: tr.t(&format!("mail-moderation-{key}-subject")),
                paragraphs,
                link: None,
            },
            state.config.contact_email.as_deref(),
        )
        .await?;
    }
    state.commit(tx).await?;
    Ok(())
}

/// An administrator names (or removes) a moderator.
pub async fn set_moderator(state: &AppState, admin: &User, person: UserId, on: bool) -> Result<(), AppError> {
    if !admin.is_admin {
        return Err(AppError::Forbidden);
    }
    let who = state.db.user(person).await?;
    let mut tx = state.db.begin().await?;
    tx.set_moderator(person, on).await?;
    let action = if on { AuditAction::ModeratorNamed } else { AuditAction::ModeratorRemoved };
    audit(&mut tx, Some(admin), action, ("user", person.0, &who.name), "").await?;
    state.commit(tx).await?;
    Ok(())
}

/// The notice shown in place of moderated content.
pub fn veil(tr: &Tr, state: &Option<String>) -> Option<String> {
    state.as_deref().map(|s| tr.t(if s == "removed" { "moderation-removed" } else { "moderation-hidden" }))
}
