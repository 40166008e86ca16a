//! What solutions do, shared by pages and API: members of approved supplier organisations
//! publish profiles; buyers ask to be put in contact; an anonymous profile's company is
//! shown only to its own members, administrators and the organisations whose request it
//! accepted ([`viewer`] is the one place that decides).

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::{self, Letter};
use domain::organisations::{MembershipStatus, OrgKind, ReviewStatus};
use domain::solutions::{ContactState, SolutionInput, SolutionState, Viewer, identity_shown};
use domain::{FieldError, FieldErrors, OrganisationId};
use store::LockTable;
use store::accounts::User;
use store::solutions::Solution;

/// The approved organisations `user` is an active member of: (id, name, kind).
async fn memberships(state: &AppState, user: &User) -> Result<Vec<(i64, String, OrgKind)>, AppError> {
    Ok(state
        .db
        .user_organisations(user.id)
        .await?
        .into_iter()
        .filter(|(o, _, m)| *m == MembershipStatus::Active && o.status == ReviewStatus::Approved)
        .map(|(o, _, _)| (o.id.0, o.name, o.kind))
        .collect())
}

/// The approved suppliers (every kind but public authorities) `user` may publish for.
pub async fn supplier_organisations(state: &AppState, user: &User) -> Result<Vec<(i64, String)>, AppError> {
    Ok(memberships(state, user)
        .await?
        .into_iter()
        .filter(|(_, _, k)| *k != OrgKind::PublicAuthority)
        .map(|(o, n, _)| (o, n))
        .collect())
}

/// The approved organisations `user` may ask contact for (any kind).
pub async fn requesting_organisations(state: &AppState, user: &User) -> Result<Vec<(i64, String)>, AppError> {
    Ok(memberships(state, user).await?.into_iter().map(|(o, n, _)| (o, n)).collect())
}

/// Who `user` is to a solution, as far as its company's identity goes.
pub async fn viewer(state: &AppState, user: Option<&User>, s: &Solution) -> Result<Viewer, AppError> {
    let Some(u) = user else { return Ok(Viewer::Other) };
    if u.is_admin {
        return Ok(Viewer::Supplier);
    }
    let orgs: Vec<i64> = memberships(state, u).await?.into_iter().map(|(o, _, _)| o).collect();
    if orgs.contains(&s.draft.organisation) {
        return Ok(Viewer::Supplier);
    }
    if s.draft.anonymous && state.db.contacts_of(s.id, &orgs).await?.iter().any(|k| k.state == ContactState::Accepted) {
        return Ok(Viewer::Accepted);
    }
    Ok(Viewer::Other)
}

/// For many solutions at once: the ids whose company `user` may see (all non-anonymous
/// ones, the supplier's own, and those that accepted the user's organisations).
pub async fn identities_shown(
    state: &AppState,
    user: Option<&User>,
    solutions: &[&Solution],
) -> Result<Vec<i64>, AppError> {
    let (orgs, admin) = match user {
        Some(u) => (memberships(state, u).await?.into_iter().map(|(o, _, _)| o).collect::<Vec<_>>(), u.is_admin),
        None => (Vec::new(), false),
    };
    let accepted = state.db.accepted_solutions(&orgs).await?;
    Ok(solutions
        .iter()
        .filter(|s| {
            let v = if admin || orgs.contains(&s.draft.organisation) {
                Viewer::Supplier
            } else if accepted.contains(&s.id) {
                Viewer::Accepted
            } else {
                Viewer::Other
            };
            identity_shown(s.draft.anonymous, v)
        })
        .map(|s| s.id)
        .collect())
}

/// A solution as the reader may see it: only published ones, except for its supplier
/// (404 otherwise), and who the reader is to it.
pub async fn visible(state: &AppState, user: Option<&User>, id: i64) -> Result<(Solution, Viewer), AppError> {
    let s = state.db.solution(id).await?;
    let v = viewer(state, user, &s).await?;
    if s.state != SolutionState::Published && v != Viewer::Supplier {
        return Err(AppError::NotFound);
    }
    Ok((s, v))
}

/// Creates a profile, published at once or kept as a draft.
pub async fn create(state: &AppState, user: &User, input: &SolutionInput, publish: bool) -> Result<i64, AppError> {
    let orgs: Vec<i64> = supplier_organisations(state, user).await?.into_iter().map(|(o, _)| o).collect();
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    let d = input.parse(&orgs)?;
    let st = if publish { SolutionState::Published } else { SolutionState::Draft };
    let mut tx = state.db.begin().await?;
    let id = tx.create_solution(&d, st, user.id, store::now()).await?;
    state.commit(tx).await?;
    crate::matcher::refresh(state).await;
    Ok(id)
}

pub async fn update(state: &AppState, user: &User, id: i64, input: &SolutionInput) -> Result<(), AppError> {
    let (s, v) = visible(state, Some(user), id).await?;
    if v != Viewer::Supplier {
        return Err(AppError::NotFound);
    }
    let input = SolutionInput { organisation: s.draft.organisation.to_string(), ..input.clone() };
    let d = input.parse(&[s.draft.organisation])?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Solutions, id).await?;
    tx.update_solution(id, &d, store::now()).await?;
    state.commit(tx).await?;
    crate::matcher::refresh(state).await;
    Ok(())
}

/// Publishes, archives or takes back to draft.
pub async fn set_state(state: &AppState, user: &User, id: i64, to: &str) -> Result<SolutionState, AppError> {
    let (_, v) = visible(state, Some(user), id).await?;
    if v != Viewer::Supplier {
        return Err(AppError::NotFound);
    }
    let to = SolutionState::parse(to).ok_or_else(|| FieldErrors::from(FieldError::new("state", "invalid-choice")))?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Solutions, id).await?;
    tx.set_solution_state(id, to, store::now()).await?;
    state.commit(tx).await?;
    crate::matcher::refresh(state).await;
    Ok(to)
}

/// The longest message of a contact request.
pub const MAX_MESSAGE: usize = 2_000;

/// Asks, for organisation `org`, to be put in contact with a published solution's
/// supplier; its members are told by e-mail (with who asks). One request per organisation.
pub async fn request_contact(state: &AppState, user: &User, id: i64, org: i64, message: &str) -> Result<i64, AppError> {
    let (s, v) = visible(state, Some(user), id).await?;
    let orgs = requesting_organisations(state, user).await?;
    let Some((_, org_name)) = orgs.iter().find(|(o, _)| *o == org) else {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    };
    if v == Viewer::Supplier && org == s.draft.organisation || s.state != SolutionState::Published {
        return Err(AppError::invalid("organisation", "invalid-choice"));
    }
    let message = domain::text::required("message", message, MAX_MESSAGE).map_err(FieldErrors::from)?;
    let members = state.db.members(OrganisationId(s.draft.organisation)).await?;
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Solutions, id).await?;
    let Some(contact) = tx.request_contact(id, org, user.id, &message, store::now()).await? else {
        return Err(AppError::Conflict(FieldError::new("organisation", "contact-already-requested")));
    };
    for m in members.iter().filter(|m| m.status == MembershipStatus::Active) {
        let person = tx.user(m.user_id).await?;
        let tr = Tr::new(person.language.unwrap_or_default());
        let args = [("solution", s.draft.title.clone().into()), ("name", org_name.clone().into())];
        mail::queue(
            &mut tx,
            Letter {
                subject: tr.args("mail-contact-request-subject", &args),
                paragraphs: vec![
                    tr.args("mail-contact-request-body", &args),
                    tr.ta("mail-contact-request-message", "message", &message),
                ],
                link: Some((state.config.link(&format!("/solutions/{id}")), tr.t("mail-contact-request-open"))),
                tr,
                user: Some(person.id),
                to: person.email.as_str(),
                to_name: &person.name,
            },
        )
        .await?;
    }
    state.commit(tx).await?;
    Ok(contact)
}

/// The supplier accepts or declines a pending request; the person who asked is told (the
/// company's name only when accepted).
pub async fn decide_contact(
    state: &AppState,
    user: &User,
    id: i64,
    contact: i64,
    decision: &str,
) -> Result<ContactState, AppError> {
    let (s, v) = visible(state, Some(user), id).await?;
    if v != Viewer::Supplier {
        return Err(AppError::NotFound);
    }
    let to = match ContactState::parse(decision) {
        Some(x @ (ContactState::Accepted | ContactState::Declined)) => x,
        _ => return Err(AppError::invalid("decision", "invalid-choice")),
    };
    let mut tx = state.db.begin().await?;
    tx.lock_row(LockTable::Solutions, id).await?;
    let k = tx.contact(contact).await?;
    if k.solution_id != id {
        return Err(AppError::NotFound);
    }
    if !tx.decide_contact(contact, to, store::now()).await? {
        return Err(AppError::Conflict(FieldError::about("decision", "contact-already-decided", k.state.as_str())));
    }
    if let Some(asker) = k.user_id {
        let person = tx.user(domain::UserId(asker)).await?;
        let tr = Tr::new(person.language.unwrap_or_default());
        let mut args = vec![("solution", s.draft.title.clone().into())];
        let key = if to == ContactState::Accepted {
            args.push(("name", s.organisation_name.clone().into()));
            "accepted"
        } else {
            "declined"
        };
        mail::queue(
            &mut tx,
            Letter {
                subject: tr.args(&format!("mail-contact-{key}-subject"), &args),
                paragraphs: vec![tr.args(&format!("mail-contact-{key}-body"), &args)],
                link: Some((state.config.link(&format!("/solutions/{id}")), tr.t("mail-contact-request-open"))),
                tr,
                user: Some(person.id),
                to: person.email.as_str(),
                to_name: &person.name,
            },
        )
        .await?;
    }
    state.commit(tx).await?;
    Ok(to)
}

/// Adds one CPV code (from the suggestions) to a profile, as an edit of its supplier.
pub async fn add_cpv(state: &AppState, user: &User, id: i64, code: &str) -> Result<(), AppError> {
    let (s, v) = visible(state, Some(user), id).await?;
    if v != Viewer::Supplier {
        return Err(AppError::NotFound);
    }
    let code = domain::cpv::lookup(code).ok_or_else(|| AppError::invalid("cpv", "invalid-cpv"))?;
    let mut input = super::pages::input_of(&s);
    if !input.cpv.contains(&code.code) {
        input.cpv.push(code.code.clone());
    }
    update(state, user, id, &input).await
}

/// The CPV codes a text suggests that an item does not have yet: (code, label in the
/// reader's language, the words that gave it).
pub fn suggestions(
    text: &str,
    language: Option<&str>,
    have: &[String],
    tr: &crate::i18n::Tr,
) -> Vec<(String, String, String)> {
    let hint = language.and_then(domain::cpv::Lang::from_tag);
    let (_, found) = domain::cpv::suggest(text, hint, 8);
    found
        .into_iter()
        .filter(|s| !have.contains(&s.code.code))
        .take(5)
        .map(|s| (s.code.code.clone(), s.code.label_in(tr.lang.tag()).to_owned(), s.words.join(", ")))
        .collect()
}
