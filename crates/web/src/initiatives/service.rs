//! What initiatives do, shared by pages and API. Every change is written under the
//! initiative's lock, with a revision (the whole profile after it) and an audit entry.

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::admin::AuditAction;
use domain::initiatives::{InitiativeInput, InitiativeProfile, Membership, Reach};
use domain::{FieldError, FieldErrors, InitiativeId, UserId};
use store::accounts::User;
use store::initiatives::Initiative;
use store::{LockTable, Tx};

/// Filters of the list of members (all optional).
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub status: Option<Membership>,
    pub topic: Option<String>,
    pub sector: Option<String>,
    pub q: Option<String>,
}

impl Filter {
    /// Checks what a query string says; an unknown value is an error on its field.
    pub fn parse(status: &str, topic: &str, sector: &str, q: &str) -> Result<Filter, FieldErrors> {
        let mut errs = FieldErrors::new();
        let nonempty = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let status = nonempty(status)
            .and_then(|s| errs.take(Membership::from_str_opt(&s).ok_or(FieldError::new("status", "invalid-choice"))));
        let topic = nonempty(topic).and_then(|t| {
            errs.take(
                domain::initiatives::TOPICS
                    .contains(&t.as_str())
                    .then_some(t)
                    .ok_or(FieldError::new("topic", "invalid-choice")),
            )
        });
        let sector = nonempty(sector).and_then(|s| {
            errs.take(
                domain::organisations::sector(&s)
                    .map(|c| c.code.clone())
                    .ok_or(FieldError::new("sector", "invalid-choice")),
            )
        });
        errs.into_result()?;
        Ok(Filter { status, topic, sector, q: nonempty(q) })
    }

    fn matches(&self, i: &Initiative) -> bool {
        self.status.is_none_or(|s| i.membership == s)
            && self.topic.as_ref().is_none_or(|t| i.topics.contains(t))
            && self.sector.as_ref().is_none_or(|s| i.sectors.contains(s))
            && self
                .q
                .as_deref()
                .map(domain::text::fold)
                .is_none_or(|q| domain::text::fold(&i.acronym).contains(&q) || domain::text::fold(&i.name).contains(&q))
    }
}

/// The initiatives matching `f`, in the task force's order, and the combined reach of
/// the current members among them.
pub async fn list(state: &AppState, f: &Filter) -> Result<(Vec<Initiative>, Reach), AppError> {
    let all: Vec<Initiative> = state.db.initiatives().await?.into_iter().filter(|i| f.matches(i)).collect();
    let reach = combined_reach(&all);
    Ok((all, reach))
}

/// What the current members (founding and members) reach together.
pub fn combined_reach(list: &[Initiative]) -> Reach {
    list.iter().filter(|i| i.membership.is_current()).fold(Reach::default(), |r, i| r + i.reach)
}

/// Whether `user` may change the initiative: an administrator or one of its editors.
pub async fn may_edit(state: &AppState, id: InitiativeId, user: Option<&User>) -> Result<bool, AppError> {
    Ok(match user {
        Some(u) if u.is_admin => true,
        Some(u) => state.db.is_initiative_editor(id, u.id).await?,
        None => false,
    })
}

/// Under the initiative's lock: `Forbidden` unless `user` is an administrator or editor.
async fn lock_as_editor(tx: &mut Tx, id: InitiativeId, user: &User) -> Result<Initiative, AppError> {
    tx.lock_row(LockTable::Initiatives, id.0).await?;
    if !(user.is_admin || tx.is_initiative_editor(id, user.id).await?) {
        return Err(AppError::Forbidden);
    }
    Ok(tx.initiative(id).await?)
}

async fn audit(
    tx: &mut Tx,
    actor: &User,
    action: AuditAction,
    i: (InitiativeId, &str),
    detail: &str,
) -> Result<(), AppError> {
    crate::admin::service::record(tx, actor, action, ("initiative", i.0.0, i.1), detail).await
}

fn acronym_taken(e: store::StoreError, acronym: &str) -> AppError {
    match e {
        store::StoreError::Conflict(_) => {
            FieldErrors::from(FieldError::about("acronym", "acronym-taken", acronym)).into()
        }
        e => e.into(),
    }
}

/// Adds an initiative (administrators): the task force's new member.
pub async fn create(state: &AppState, admin: &User, input: &InitiativeInput) -> Result<InitiativeId, AppError> {
    if !admin.is_admin {
        return Err(AppError::Forbidden);
    }
    let p = input.parse()?;
    let html = domain::markdown::to_html(&p.description);
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let id = tx.create_initiative(&p, &html, now).await.map_err(|e| acronym_taken(e, &p.acronym))?;
    tx.add_initiative_revision(id, (admin.id, &admin.name), &p, now).await?;
    audit(&mut tx, admin, AuditAction::InitiativeCreated, (id, &p.acronym), "").await?;
    state.commit(tx).await?;
    state.home_cache.invalidate();
    Ok(id)
}

/// Saves a new version of the profile, by an editor or an administrator.
pub async fn update(state: &AppState, user: &User, id: InitiativeId, input: &InitiativeInput) -> Result<(), AppError> {
    if !may_edit(state, id, Some(user)).await? {
        state.db.initiative(id).await?;
        return Err(AppError::Forbidden);
    }
    let p = input.parse()?;
    let html = domain::markdown::to_html(&p.description);
    let now = store::now();
    let mut tx = state.db.begin().await?;
    let before = lock_as_editor(&mut tx, id, user).await?;
    // Only an administrator changes where an initiative stands in the task force, and
    // only by saying so (a save without a standing keeps it).
    let p = if user.is_admin && !input.status.trim().is_empty() {
        p
    } else {
        InitiativeProfile { status: before.membership, ..p }
    };
    tx.update_initiative(id, &p, &html, now).await.map_err(|e| acronym_taken(e, &p.acronym))?;
    tx.add_initiative_revision(id, (user.id, &user.name), &p, now).await?;
    let changed = changed_fields(&before.profile(), &p).join(", ");
    audit(&mut tx, user, AuditAction::InitiativeUpdated, (id, &p.acronym), &changed).await?;
    let link = format!("/initiatives/{}", id.0);
    crate::follows::record(
        &mut tx,
        domain::follows::Activity::InitiativeUpdated,
        Some(user.id),
        domain::follows::Target::Initiative(id.0),
        &p.topics,
        None,
        &p.acronym,
        &link,
    )
    .await?;
    state.commit(tx).await?;
    state.home_cache.invalidate();
    Ok(())
}

/// The names of the fields that differ between two versions of a profile.
pub fn changed_fields(a: &InitiativeProfile, b: &InitiativeProfile) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut check = |name: &'static str, same: bool| {
        if !same {
            out.push(name);
        }
    };
    check("acronym", a.acronym == b.acronym);
    check("name", a.name == b.name);
    check("summary", a.summary == b.summary);
    check("description", a.description == b.description);
    check("focus_areas", a.focus_areas == b.focus_areas);
    check("sectors", a.sectors == b.sectors);
    check("topics", a.topics == b.topics);
    check("countries", a.countries == b.countries);
    check("programme", a.programme == b.programme);
    check("starts_on", a.starts_on == b.starts_on);
    check("ends_on", a.ends_on == b.ends_on);
    check("website", a.website == b.website);
    check("contact_name", a.contact_name == b.contact_name);
    check("contact_email", a.contact_email == b.contact_email);
    check("status", a.status == b.status);
    check("reach", a.reach == b.reach);
    out
}

/// Sets (an upload) or removes (`None`) the initiative's logo; editors and administrators.
pub async fn set_logo(state: &AppState, user: &User, id: InitiativeId, upload: Option<&[u8]>) -> Result<(), AppError> {
    if !may_edit(state, id, Some(user)).await? {
        state.db.initiative(id).await?;
        return Err(AppError::Forbidden);
    }
    // The file is checked and kept before the transaction (no slow work under the lock);
    // a file nothing names is harmless, and never served.
    let name = match upload {
        Some(b) => Some(crate::media::keep(state, "logo", b).await?),
        None => None,
    };
    let mut tx = state.db.begin().await?;
    let i = lock_as_editor(&mut tx, id, user).await?;
    tx.set_initiative_logo(id, name.as_deref(), store::now()).await?;
    let detail = if name.is_some() { "logo" } else { "logo removed" };
    audit(&mut tx, user, AuditAction::InitiativeUpdated, (id, &i.acronym), detail).await?;
    state.commit(tx).await?;
    state.home_cache.invalidate();
    Ok(())
}

/// Names an editor by their account's address; they are told by e-mail.
pub async fn add_editor(state: &AppState, actor: &User, id: InitiativeId, email: &str) -> Result<UserId, AppError> {
    let email = domain::accounts::Email::parse("email", email).map_err(FieldErrors::from)?;
    let Some(person) = state.db.user_by_email(&email).await?.filter(|u| u.email_confirmed_at.is_some()) else {
        return Err(FieldErrors::from(FieldError::about("email", "no-account", email.as_str())).into());
    };
    let mut tx = state.db.begin().await?;
    let i = lock_as_editor(&mut tx, id, actor).await?;
    tx.add_initiative_editor(id, person.id, &actor.name, store::now()).await.map_err(|e| match e {
        store::StoreError::Conflict(_) => {
            FieldErrors::from(FieldError::about("email", "already-editor", &person.name)).into()
        }
        e => AppError::from(e),
    })?;
    audit(&mut tx, actor, AuditAction::InitiativeEditorAdded, (id, &i.acronym), &person.name).await?;
    let tr = Tr::new(person.language.unwrap_or_default());
    let args = [("person", actor.name.clone().into()), ("initiative", i.acronym.clone().into())];
    mail::queue(
        &mut tx,
        Letter {
            tr,
            user: Some(person.id),
            to: person.email.as_str(),
            to_name: &person.name,
            subject: tr.args("mail-editor-added-subject", &args),
            paragraphs: vec![tr.args("mail-editor-added-body", &args)],
            link: Some((state.config.link(&format!("/initiatives/{}/edit", id.0)), tr.t("mail-editor-added-action"))),
        },
    )
    .await?;
    state.commit(tx).await?;
    Ok(person.id)
}

/// Removes an editor (an editor may also step down).
pub async fn remove_editor(state: &AppState, actor: &User, id: InitiativeId, editor: UserId) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    let i = lock_as_editor(&mut tx, id, actor).await?;
    let person = tx.user(editor).await.map_err(|_| AppError::NotFound)?;
    tx.remove_initiative_editor(id, editor).await?;
    audit(&mut tx, actor, AuditAction::InitiativeEditorRemoved, (id, &i.acronym), &person.name).await?;
    state.commit(tx).await?;
    Ok(())
}

/// The history (editors and administrators only).
pub async fn history(
    state: &AppState,
    user: &User,
    id: InitiativeId,
) -> Result<(Initiative, Vec<store::initiatives::Revision>), AppError> {
    let i = state.db.initiative(id).await?;
    if !may_edit(state, id, Some(user)).await? {
        return Err(AppError::Forbidden);
    }
    Ok((i, state.db.initiative_revisions(id).await?))
}
