//! What messages do, shared by pages and API. No page or answer shows an e-mail address;
//! the notification e-mail carries a link, never the content, and is sent once until the
//! person reads the conversation. A blocked person cannot message the one who blocked them.

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::organisations::{MembershipStatus, OrgRole, ReviewStatus};
use domain::{FieldError, FieldErrors, OrganisationId, UserId};
use store::accounts::User;
use store::{LockTable, Tx};

/// At most this many new conversations a day per person.
pub const PER_DAY: i64 = 20;

fn cannot(field: &'static str) -> AppError {
    FieldErrors::from(FieldError::new(field, "cannot-message")).into()
}

fn checked(subject: Option<&str>, body: &str) -> Result<(Option<String>, String), AppError> {
    let mut errs = FieldErrors::new();
    let subject = subject.and_then(|s| errs.take(domain::text::required("subject", s, 200)));
    let body = errs.take(domain::text::required("body", body, 5000));
    errs.clone().into_result()?;
    Ok((subject, body.ok_or(errs)?))
}

async fn notify(state: &AppState, tx: &mut Tx, conversation: i64, sender: &User) -> Result<(), AppError> {
    let now = store::now();
    for (r, blocked) in tx.conversation_recipients(conversation, sender.id).await? {
        if blocked || !r.due {
            continue;
        }
        let tr = Tr::new(r.language.unwrap_or_default());
        let args = [("person", sender.name.clone().into())];
        mail::queue(
            tx,
            Letter {
                tr,
                user: Some(r.id),
                to: &r.email,
                to_name: &r.name,
                subject: tr.args("mail-message-subject", &args),
                paragraphs: vec![tr.args("mail-message-body", &args), tr.t("mail-message-why")],
                link: Some((state.config.link(&format!("/messages/{conversation}")), tr.t("mail-message-action"))),
            },
        )
        .await?;
        tx.mark_notified(conversation, r.id, now).await?;
    }
    Ok(())
}

async fn throttle(tx: &mut Tx, sender: &User) -> Result<(), AppError> {
    tx.lock_row(LockTable::Users, sender.id.0).await?;
    if tx.conversations_started(sender.id, store::now() - 86_400).await? >= PER_DAY {
        return Err(AppError::TooManyRequests);
    }
    Ok(())
}

/// Writes to a person with a public profile; continues the conversation the two already
/// have, if any.
pub async fn write_to_person(
    state: &AppState,
    sender: &User,
    to: UserId,
    subject: &str,
    body: &str,
) -> Result<i64, AppError> {
    if to == sender.id || state.db.public_person(to).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let (subject, body) = checked(Some(subject), body)?;
    let now = store::now();
    let mut tx = state.db.begin().await?;
    if tx.has_blocked(to, sender.id).await? {
        return Err(cannot("body"));
    }
    let id = match tx.direct_conversation(sender.id, to).await? {
        Some(id) => id,
        None => {
            throttle(&mut tx, sender).await?;
            tx.create_conversation(sender.id, &[sender.id, to], None, &subject.unwrap_or_default(), now).await?
        }
    };
    tx.add_message(id, sender.id, &body, now).await?;
    notify(state, &mut tx, id, sender).await?;
    state.commit(tx).await?;
    Ok(id)
}

/// Writes to an approved organisation's contact people (its owners); those who blocked
/// the sender are left out.
pub async fn write_to_organisation(
    state: &AppState,
    sender: &User,
    org: OrganisationId,
    subject: &str,
    body: &str,
) -> Result<i64, AppError> {
    let o = state.db.organisation(org).await?;
    if o.status != ReviewStatus::Approved {
        return Err(AppError::NotFound);
    }
    let (subject, body) = checked(Some(subject), body)?;
    let owners: Vec<UserId> = state
        .db
        .members(org)
        .await?
        .into_iter()
        .filter(|m| m.role == OrgRole::Owner && m.status == MembershipStatus::Active && m.user_id != sender.id)
        .map(|m| m.user_id)
        .collect();
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let mut members = vec![sender.id];
    for o in owners {
        if !tx.has_blocked(o, sender.id).await? {
            members.push(o);
        }
    }
    if members.len() == 1 {
        return Err(cannot("body"));
    }
    throttle(&mut tx, sender).await?;
    let id = tx.create_conversation(sender.id, &members, Some(org.0), &subject.unwrap_or_default(), now).await?;
    tx.add_message(id, sender.id, &body, now).await?;
    notify(state, &mut tx, id, sender).await?;
    state.commit(tx).await?;
    Ok(id)
}

/// Replies in a conversation one is in. Refused when everyone else blocked the sender.
pub async fn reply(state: &AppState, sender: &User, conversation: i64, body: &str) -> Result<i64, AppError> {
    let (_, body) = checked(None, body)?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Conversations, conversation).await?;
    if !tx.is_in_conversation(conversation, sender.id).await? {
        return Err(AppError::NotFound);
    }
    let recipients = tx.conversation_recipients(conversation, sender.id).await?;
    if !recipients.is_empty() && recipients.iter().all(|(_, blocked)| *blocked) {
        return Err(cannot("body"));
    }
    let id = tx.add_message(conversation, sender.id, &body, store::now()).await?;
    notify(state, &mut tx, conversation, sender).await?;
    state.commit(tx).await?;
    Ok(id)
}

/// Blocks (`on`) or unblocks a person.
pub async fn block(state: &AppState, user: &User, other: UserId, on: bool) -> Result<(), AppError> {
    if other == user.id {
        return Err(AppError::invalid("user", "cannot-block-self"));
    }
    state.db.user(other).await?;
    let mut tx = state.db.begin().await?;
    if on {
        tx.block(user.id, other, store::now()).await?;
    } else {
        tx.unblock(user.id, other).await?;
    }
    state.commit(tx).await?;
    Ok(())
}
