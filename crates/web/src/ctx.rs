//! The request context: who is asking (session cookie or API token), in which language,
//! from which address, and the CSRF token their forms must carry. Loaded once per request
//! by [`load`]; handlers take it as the [`Ctx`], [`AuthUser`] or [`AdminUser`] extractor.

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, AUTHORIZATION, COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use domain::accounts::Language;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use store::accounts::User;

/// The hub's cookies. Behind TLS their names carry the `__Host-` prefix, which binds
/// them to the exact host and requires `Secure`; browsers refuse it on plain http.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cookie {
    Session,
    Anon,
    Lang,
    Flash,
}

impl Cookie {
    pub fn name(self, secure: bool) -> &'static str {
        match (self, secure) {
            (Cookie::Session, false) => "iptf_session",
            (Cookie::Session, true) => "__Host-iptf_session",
            (Cookie::Anon, false) => "iptf_anon",
            (Cookie::Anon, true) => "__Host-iptf_anon",
            (Cookie::Lang, false) => "iptf_lang",
            (Cookie::Lang, true) => "__Host-iptf_lang",
            (Cookie::Flash, false) => "iptf_flash",
            (Cookie::Flash, true) => "__Host-iptf_flash",
        }
    }
}

pub const SESSION: Cookie = Cookie::Session;
pub const ANON: Cookie = Cookie::Anon;
pub const LANG: Cookie = Cookie::Lang;
pub const FLASH: Cookie = Cookie::Flash;

#[derive(Clone)]
pub struct Ctx {
    pub user: Option<Arc<User>>,
    /// The scope of the personal access token the caller authenticated with; `None` for a
    /// session or an anonymous visitor.
    pub token_scope: Option<domain::accounts::TokenScope>,
    pub lang: Language,
    pub csrf: String,
    /// Hash of the session token, to end or keep this session.
    pub session_hash: Option<String>,
    pub ip: IpAddr,
    pub flash: Option<String>,
    pub path: String,
}

impl Ctx {
    pub fn tr(&self) -> Tr {
        Tr::new(self.lang)
    }
    /// Authenticated with a personal access token rather than a session.
    pub fn via_token(&self) -> bool {
        self.token_scope.is_some()
    }
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_admin)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Ctx>().cloned().ok_or_else(|| AppError::Internal("request context missing".into()))
    }
}

/// A handler that needs someone signed in. Pages redirect to the sign-in form, the API
/// answers 401.
pub struct AuthUser(pub Arc<User>, pub Ctx);

impl<S: Send + Sync> FromRequestParts<S> for AuthUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, s: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, s).await?;
        match ctx.user.clone() {
            Some(u) => Ok(AuthUser(u, ctx)),
            None => Err(AppError::Unauthorized),
        }
    }
}

/// A handler for administrators only.
pub struct AdminUser(pub Arc<User>, pub Ctx);

impl<S: Send + Sync> FromRequestParts<S> for AdminUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, s: &S) -> Result<Self, Self::Rejection> {
        let AuthUser(u, ctx) = AuthUser::from_request_parts(parts, s).await?;
        if u.is_admin { Ok(AdminUser(u, ctx)) } else { Err(AppError::Forbidden) }
    }
}

pub fn cookies(headers: &HeaderMap) -> impl Iterator<Item = (&str, &str)> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|p| p.trim().split_once('='))
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    cookies(headers).find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, path `/`, `Secure` behind TLS.
/// `max_age` 0 deletes the cookie; `None` makes it last for the browser session.
pub fn set_cookie(state: &AppState, which: Cookie, value: &str, max_age: Option<i64>) -> HeaderValue {
    let name = which.name(state.config.secure_cookies());
    let secure = if state.config.secure_cookies() { "; Secure" } else { "" };
    let age = max_age.map(|a| format!("; Max-Age={a}")).unwrap_or_default();
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax{secure}{age}"))
        .expect("cookie values are hex or ASCII keys")
}

/// The CSRF token bound to a session (or to an anonymous visitor's id).
pub fn csrf_token(secret: &[u8], binding: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("any key length");
    mac.update(binding.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// The client's address. Behind `trusted` proxies of ours, it is the `X-Forwarded-For`
/// entry that the outermost of them appended: `trusted` places from the right. Entries
/// further left were written by the client and prove nothing. A header with fewer
/// entries than that, or an unparsable entry, falls back to the connection's address.
pub fn client_ip(headers: &HeaderMap, peer: Option<IpAddr>, trusted: usize) -> IpAddr {
    let peer = peer.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    if trusted == 0 {
        return peer;
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    if entries.len() < trusted {
        return peer;
    }
    entries[entries.len() - trusted].parse().unwrap_or(peer)
}

fn is_hex_token(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

pub async fn load(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let now = store::now();
    // What the rest needs from the headers, read once (the request moves on below).
    let h = req.headers();
    let tls = state.config.secure_cookies();
    let auth = h.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let session_cookie = cookie(h, SESSION.name(tls)).filter(|t| is_hex_token(t)).map(str::to_owned);
    let anon_cookie = cookie(h, ANON.name(tls)).filter(|t| is_hex_token(t)).map(str::to_owned);
    let lang_cookie = cookie(h, LANG.name(tls)).and_then(Language::from_tag);
    let accept_language = h.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Language::negotiate);
    let flash = cookie(h, FLASH.name(tls))
        .filter(|f| !f.is_empty() && f.len() < 40 && f.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .map(str::to_owned);
    let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let ip = client_ip(req.headers(), peer, state.config.trusted_proxies);
    let path = req.uri().path().to_owned();
    let mut set_cookies: Vec<HeaderValue> = Vec::new();

    let mut user = None;
    let mut token_scope = None;
    let mut session_hash = None;
    if let Some(auth) = auth {
        let token = auth.strip_prefix("Bearer ").and_then(|t| t.trim().strip_prefix("iptf_"));
        let found = match token {
            Some(t) if is_hex_token(t) => match state.db.token_user(&store::secret::hash(t), now).await {
                Ok(found) => found,
                // The database failed: the token may be fine, so say "try again", not "invalid".
                Err(e) => {
                    tracing::error!(error = %e, "cannot check an API token");
                    return AppError::Unavailable.into_response();
                }
            },
            _ => None,
        };
        match found {
            Some((u, scope)) => {
                user = Some(Arc::new(u));
                token_scope = Some(scope);
            }
            None => return AppError::BadToken.into_response(),
        }
    } else if let Some(tok) = session_cookie {
        let hash = store::secret::hash(&tok);
        match state.db.session_user(&hash, now).await {
            Ok(Some(u)) => {
                user = Some(Arc::new(u));
                session_hash = Some(hash);
            }
            Ok(None) => set_cookies.push(set_cookie(&state, SESSION, "", Some(0))),
            Err(e) => return AppError::from(e).into_response(),
        }
    }

    // Static files and API calls never need a form token: no visitor cookie for them.
    let needs_visitor = token_scope.is_none() && !crate::assets::is_static(&path) && !path.starts_with("/api/");
    let csrf = match &session_hash {
        Some(h) => csrf_token(&state.config.secret_key, &format!("s:{h}")),
        // A token nobody holds: nothing submitted can match it.
        None if !needs_visitor => csrf_token(&state.config.secret_key, &format!("x:{}", store::secret::random_hex())),
        None => {
            let anon = match anon_cookie {
                Some(a) => a,
                None => {
                    let fresh = store::secret::random_hex();
                    set_cookies.push(set_cookie(&state, ANON, &fresh, None));
                    fresh
                }
            };
            csrf_token(&state.config.secret_key, &format!("a:{anon}"))
        }
    };

    let lang = user.as_ref().and_then(|u| u.language).or(lang_cookie).or(accept_language).unwrap_or(Language::En);

    if flash.is_some() {
        set_cookies.push(set_cookie(&state, FLASH, "", Some(0)));
    }

    let ctx = Ctx { user, token_scope, lang, csrf, session_hash, ip, flash, path };
    req.extensions_mut().insert(ctx.clone());
    let mut resp = next.run(req).await;
    // The error renderer, outside this layer, reads the context from the response.
    resp.extensions_mut().insert(ctx);
    for c in set_cookies {
        resp.headers_mut().append(SET_COOKIE, c);
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::client_ip;
    use axum::http::{HeaderMap, HeaderValue};
    use std::net::IpAddr;

    fn xff(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn only_trusted_hops_count() {
        let peer: IpAddr = "10.0.0.1".parse().unwrap();
        // The client wrote "6.6.6.6"; our proxy appended the address it saw.
        let h = xff(&["6.6.6.6, 203.0.113.7"]);
        assert_eq!(client_ip(&h, Some(peer), 1), "203.0.113.7".parse::<IpAddr>().unwrap());
        assert_eq!(client_ip(&h, Some(peer), 2), "6.6.6.6".parse::<IpAddr>().unwrap());
        assert_eq!(client_ip(&h, Some(peer), 0), peer);
        assert_eq!(client_ip(&h, Some(peer), 3), peer);
        assert_eq!(
            client_ip(&xff(&["1.1.1.1", "203.0.113.8"]), Some(peer), 1),
            "203.0.113.8".parse::<IpAddr>().unwrap()
        );
        assert_eq!(client_ip(&xff(&["junk"]), Some(peer), 1), peer);
        assert_eq!(client_ip(&HeaderMap::new(), Some(peer), 1), peer);
    }
}
