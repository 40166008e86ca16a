//! What people's profiles do, shared by pages and API.

use crate::AppState;
use crate::error::AppError;
use domain::organisations::MembershipStatus;
use domain::people::{Profile, ProfileInput};
use domain::{FieldError, FieldErrors};
use store::accounts::User;
use store::people::PeopleFilter;

/// The organisations a person may show: those they are an active member of (id, name).
pub async fn own_organisations(state: &AppState, user: &User) -> Result<Vec<(i64, String)>, AppError> {
    Ok(state
        .db
        .user_organisations(user.id)
        .await?
        .into_iter()
        .filter(|(_, _, m)| *m == MembershipStatus::Active)
        .map(|(o, _, _)| (o.id.0, o.name))
        .collect())
}

/// Saves the person's profile; making it private (or hiding a field) takes effect at once.
pub async fn save(state: &AppState, user: &User, input: &ProfileInput) -> Result<Profile, AppError> {
    let own: Vec<i64> = own_organisations(state, user).await?.into_iter().map(|(id, _)| id).collect();
    let p = input.parse(&own)?;
    let mut tx = state.db.begin().await?;
    tx.save_profile(user.id, &user.name, &p, store::now()).await?;
    state.commit(tx).await?;
    Ok(p)
}

/// Sets (an upload) or removes (`None`) the person's photo; it shows only on a public
/// profile, and removing it withdraws it at once.
pub async fn set_photo(state: &AppState, user: &User, upload: Option<&[u8]>) -> Result<(), AppError> {
    let name = match upload {
        Some(b) => Some(crate::media::keep(state, "photo", b).await?),
        None => None,
    };
    let mut tx = state.db.begin().await?;
    tx.set_profile_photo(user.id, &user.name, name.as_deref(), store::now()).await?;
    state.commit(tx).await?;
    Ok(())
}

/// The directory's filters from a query string; an unknown value is an error on its field.
pub fn filter(q: &str, country: &str, language: &str, topic: &str, sort: &str) -> Result<PeopleFilter, FieldErrors> {
    let mut errs = FieldErrors::new();
    let nonempty = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    let country = nonempty(country)
        .and_then(|c| errs.take(domain::geo::Country::parse("country", &c).map(|c| c.code().to_owned())));
    let language = nonempty(language).and_then(|l| {
        errs.take(
            domain::people::language(&l).map(|l| l.code.clone()).ok_or(FieldError::new("language", "invalid-choice")),
        )
    });
    let topic = nonempty(topic).and_then(|t| {
        errs.take(
            domain::initiatives::TOPICS
                .contains(&t.as_str())
                .then_some(t)
                .ok_or(FieldError::new("topic", "invalid-choice")),
        )
    });
    let recent = match sort.trim() {
        "" | "name" => false,
        "recent" => true,
        _ => {
            errs.push(FieldError::new("sort", "invalid-choice"));
            false
        }
    };
    errs.into_result()?;
    Ok(PeopleFilter { q: nonempty(q), country, language, topic, recent })
}
