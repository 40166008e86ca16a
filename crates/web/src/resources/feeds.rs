//! Atom feeds of new resources: `/resources/feed.atom`, overall or with the list's filters
//! (topic, sector, type, language, initiative, procedure), newest first.

use super::service::Filters;
use crate::AppState;
use crate::api_common::rfc3339;
use crate::ctx::Ctx;
use crate::error::AppError;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// Text made safe for XML content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The newest 50 published resources matching the filters, as an Atom feed.
pub async fn atom(State(state): State<AppState>, ctx: Ctx, Query(q): Query<Filters>) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let filters = Filters { q: String::new(), ..q };
    let f = filters.check(None, &state.topics)?;
    let (items, _) = state.db.published_resources(&f, 50, 0).await?;
    let origin = state.config.public_origin();
    let query = serde_urlencoded::to_string(filters.pairs()).unwrap_or_default();
    let suffix = if query.is_empty() { String::new() } else { format!("?{query}") };
    let updated = items.iter().map(|r| r.updated_at).max().unwrap_or(0);
    let mut x = head(
        &format!("{} · IPTF Hub", tr.t("resources-title")),
        &tr.t("resources-intro"),
        &format!("{origin}/resources/feed.atom{suffix}"),
        &format!("{origin}/resources{suffix}"),
        updated,
    );
    for r in &items {
        let d = &r.draft;
        let url = format!("{origin}/resources/{}", r.id);
        let lang = domain::people::iso639_1(&d.language).unwrap_or("en");
        x += &format!("<entry xml:lang=\"{lang}\">\n");
        x += &format!("<title>{}</title>\n<id>{}</id>\n", esc(&d.title), esc(&url));
        x += &format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", esc(&url));
        if let Some(p) = r.published_at {
            x += &format!("<published>{}</published>\n", rfc3339(p));
        }
        x += &format!("<updated>{}</updated>\n", rfc3339(r.updated_at));
        x += &format!("<author><name>{}</name></author>\n", esc(&r.publisher_name));
        x += &format!(
            "<category term=\"{}\" label=\"{}\"/>\n",
            esc(&d.kind),
            esc(&tr.t(&format!("resource-kind-{}", d.kind)))
        );
        for t in &d.topics {
            x += &format!("<category term=\"{}\" label=\"{}\"/>\n", esc(t), esc(&state.topics.label(&tr, t)));
        }
        x += &format!("<summary>{}</summary>\n</entry>\n", esc(&d.summary));
    }
    Ok(finish(x))
}

/// The start of an Atom feed: its title, subtitle, id (its own address), links and when
/// it last changed.
pub(crate) fn head(title: &str, subtitle: &str, own: &str, html: &str, updated: i64) -> String {
    let mut x =
        String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    x += &format!("<title>{}</title>\n", esc(title));
    x += &format!("<subtitle>{}</subtitle>\n", esc(subtitle));
    x += &format!("<id>{}</id>\n", esc(own));
    x += &format!("<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n", esc(own));
    x += &format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", esc(html));
    x += &format!("<updated>{}</updated>\n<generator>IPTF Hub</generator>\n", rfc3339(updated));
    x
}

/// Closes a feed and hands it over as Atom, cacheable for five minutes.
pub(crate) fn finish(mut x: String) -> Response {
    x += "</feed>\n";
    let mut resp = x.into_response();
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/atom+xml; charset=utf-8"));
    resp.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    resp
}
