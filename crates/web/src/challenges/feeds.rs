//! Atom feed of open challenges: `/challenges/feed.atom`, overall or by sector, CPV
//! division and country (the list's filters), newest first.

use super::pages::ListQuery;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::Ctx;
use crate::error::AppError;
use crate::resources::feeds::{esc, finish, head};
use axum::extract::{Query, State};
use axum::response::Response;

/// The newest 50 open challenges matching the filters.
pub async fn atom(State(state): State<AppState>, ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let f = q.filter()?;
    let f = store::challenges::ChallengeFilter { state: None, ..f };
    let (items, _) = state.db.challenges(&f, 50, 0).await?;
    let origin = state.config.public_origin();
    let mut pairs: Vec<(&str, &str)> =
        vec![("sector", q.sector.as_str()), ("division", q.division.as_str()), ("country", q.country.as_str())];
    pairs.retain(|(_, v)| !v.trim().is_empty());
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    let suffix = if query.is_empty() { String::new() } else { format!("?{query}") };
    let updated = items.iter().map(|c| c.updated_at).max().unwrap_or(0);
    let mut x = head(
        &format!("{} · IPTF Hub", tr.t("challenges-title")),
        &tr.t("challenges-intro"),
        &format!("{origin}/challenges/feed.atom{suffix}"),
        &format!("{origin}/challenges{suffix}"),
        updated,
    );
    for c in &items {
        let d = &c.draft;
        let url = format!("{origin}/challenges/{}", c.id);
        let lang = d.languages.first().and_then(|l| domain::people::iso639_1(l)).unwrap_or("en");
        x += &format!("<entry xml:lang=\"{lang}\">\n");
        x += &format!("<title>{}</title>\n<id>{}</id>\n", esc(&d.title), esc(&url));
        x += &format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", esc(&url));
        x += &format!(
            "<published>{}</published>\n<updated>{}</updated>\n",
            rfc3339(c.created_at),
            rfc3339(c.updated_at)
        );
        x += &format!("<author><name>{}</name></author>\n", esc(&c.organisation_name));
        for s in &d.sectors {
            let label = domain::organisations::sector(s).map(|x| x.label(tr.lang).to_owned()).unwrap_or_default();
            x += &format!("<category term=\"{}\" label=\"{}\"/>\n", esc(s), esc(&label));
        }
        for code in &d.cpv {
            x += &format!("<category scheme=\"cpv\" term=\"{}\"/>\n", esc(code));
        }
        let summary = format!(
            "{} · {} · {}",
            tr.ta("challenge-interest-until", "name", &d.interest_deadline),
            tr.country(&d.country),
            d.problem.chars().take(500).collect::<String>()
        );
        x += &format!("<summary>{}</summary>\n</entry>\n", esc(&summary));
    }
    Ok(finish(x))
}
