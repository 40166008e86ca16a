//! A page is a struct deriving `Template`; [`Chrome`] holds what the shared layout needs
//! (title, language, who is signed in, CSRF token, flash message) and [`render`] is the
//! one piece of glue that turns a page into a response.

use crate::AppState;
use crate::ctx::{self, Ctx};
use crate::i18n::Tr;
use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::accounts::Language;

pub struct LangOption {
    pub tag: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

pub struct Chrome {
    pub tr: Tr,
    pub title: String,
    pub user_name: Option<String>,
    pub is_admin: bool,
    /// Moderators and administrators see the moderation queue in the menu.
    pub may_moderate: bool,
    pub csrf: String,
    pub path: String,
    pub flash: Option<String>,
    pub langs: Vec<LangOption>,
    pub css: &'static str,
    pub js: &'static str,
}

impl Chrome {
    /// A fresh one-time token for one form of the page (see `web::once`).
    pub fn once(&self) -> String {
        crate::once::token()
    }

    pub fn new(ctx: &Ctx, title: String) -> Self {
        let tr = ctx.tr();
        let flash = ctx.flash.as_ref().map(|k| tr.t(&format!("flash-{k}"))).filter(|m| !m.starts_with("flash-"));
        Self {
            tr,
            title,
            user_name: ctx.user.as_ref().map(|u| u.name.clone()),
            is_admin: ctx.is_admin(),
            may_moderate: ctx.user.as_ref().is_some_and(|u| u.may_moderate()),
            csrf: ctx.csrf.clone(),
            path: ctx.path.clone(),
            flash,
            langs: Language::ALL
                .iter()
                .map(|l| LangOption { tag: l.tag(), name: l.endonym(), selected: *l == ctx.lang })
                .collect(),
            css: crate::assets::CSS_PATH.as_str(),
            js: crate::assets::JS_PATH.as_str(),
        }
    }
    /// `aria-current` for the navigation link to `prefix`.
    pub fn current(&self, prefix: &str) -> &'static str {
        let here = if prefix == "/" { self.path == "/" } else { self.path.starts_with(prefix) };
        if here { "page" } else { "false" }
    }
}

pub fn render(t: &impl Template) -> Response {
    render_status(t, StatusCode::OK)
}

/// A page that holds a form: 422 when the form was sent back with errors.
pub fn render_form(t: &impl Template, failed: bool) -> Response {
    render_status(t, if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK })
}

pub fn render_status(t: &impl Template, status: StatusCode) -> Response {
    match t.render() {
        Ok(html) => {
            let mut r = (status, html).into_response();
            let h = r.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, private"));
            h.insert(header::VARY, HeaderValue::from_static("Cookie, Accept-Language"));
            r
        }
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// 303 to `to`, showing the message `flash-<key>` on the next page.
pub fn redirect_flash(state: &AppState, to: &str, key: &str) -> Response {
    let mut r = see_other(to);
    r.headers_mut().append(header::SET_COOKIE, ctx::set_cookie(state, ctx::FLASH, key, Some(60)));
    r
}

pub fn see_other(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    r.headers_mut().insert(header::LOCATION, HeaderValue::from_str(to).unwrap_or(HeaderValue::from_static("/")));
    r
}

/// Only a path on the hub itself may be a redirect target after sign-in (no open
/// redirect). The candidate must be plain printable ASCII without backslashes or encoded
/// slashes (browsers drop tabs and newlines and read `\` as `/`, which turns
/// `/<TAB>/evil` into `//evil`), and it must resolve, by the WHATWG URL rules browsers
/// use, to the hub's own origin with the same path it spells.
pub fn safe_next(next: Option<&str>) -> String {
    const FALLBACK: &str = "/account";
    let Some(n) = next else { return FALLBACK.into() };
    let plain = n.len() <= 2000
        && n.starts_with('/')
        && !n.starts_with("//")
        && n.bytes().all(|b| (0x21..=0x7e).contains(&b) && b != b'\\')
        && !n.to_ascii_lowercase().contains("%2f")
        && !n.to_ascii_lowercase().contains("%5c");
    if !plain {
        return FALLBACK.into();
    }
    let Ok(base) = url::Url::parse("http://hub.invalid/") else { return FALLBACK.into() };
    match base.join(n) {
        Ok(u) if u.origin() == base.origin() && u[url::Position::BeforePath..] == *n => n.to_owned(),
        _ => FALLBACK.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_is_local() {
        assert_eq!(safe_next(Some("/organisations?x=1")), "/organisations?x=1");
        assert_eq!(safe_next(Some("/organisations/3#members")), "/organisations/3#members");
        let long = format!("/{}", "a".repeat(3000));
        for bad in [
            "//evil.eu",
            "https://evil.eu",
            "https:evil.eu",
            "/\\evil.eu",
            "\\\\evil.eu",
            "x",
            "",
            "/\t/evil.example",
            "/\r/evil.example",
            "/\n/evil.example",
            "/\0/evil.example",
            " //evil.example",
            "/%2F%2Fevil",
            "/%5cevil",
            "/./\\evil",
            "/é",
            long.as_str(),
        ] {
            assert_eq!(safe_next(Some(bad)), "/account", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/account");
    }
}

/// A page that is one form with a heading and a few lines around it.
#[derive(Template)]
#[template(path = "form_page.html")]
pub struct FormPage {
    pub c: Chrome,
    pub intro: Vec<String>,
    pub form: crate::forms::Form,
    pub links: Vec<(String, String)>,
}

/// A page that says something and offers where to go next.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub c: Chrome,
    pub paragraphs: Vec<String>,
    pub links: Vec<(String, String)>,
}

/// A page that is one form, its errors (if any) next to their fields, and a way back.
pub fn form_page(
    ctx: &crate::ctx::Ctx,
    title: String,
    form: crate::forms::Form,
    errs: Option<&domain::FieldErrors>,
    back: String,
) -> Response {
    let tr = ctx.tr();
    let form = match errs {
        Some(e) => form.with_errors(e, &tr),
        None => form,
    };
    FormPage { c: Chrome::new(ctx, title), intro: vec![], form, links: vec![(back, tr.t("cancel"))] }.respond()
}

impl FormPage {
    pub fn respond(self) -> Response {
        let failed = self.form.has_errors();
        render_form(&self, failed)
    }
}

/// The page a destructive button leads to: what will happen, one button that does it
/// (`POST` to `action`), and a way back. Works without JavaScript.
#[derive(askama::Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    pub c: Chrome,
    pub paragraphs: Vec<String>,
    pub action: String,
    pub submit: String,
    pub back: String,
    pub hidden: Vec<(&'static str, String)>,
    /// A reason field (`note`), with its label and hint.
    pub note_label: Option<String>,
    pub note_hint: Option<String>,
    /// A checkbox (name, label) that widens the action, unchecked by default.
    pub checkbox: Option<(&'static str, String)>,
}
