use crate::harness::{PASSWORD, TestApp};
use reqwest::StatusCode;

#[tokio::test]
async fn unsafe_requests_need_the_csrf_token() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let r = b.post_raw("/account/tokens", &[("name", "x")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    r.assert_contains("The form has expired");
    let r = b.post_raw("/account/tokens", &[("csrf", "0000"), ("name", "x")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A token of another visitor is no good either.
    let mut other = app.browser();
    let foreign = other.csrf().await;
    let r = b.post_raw("/account/tokens", &[("csrf", &foreign), ("name", "x")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = b.post_raw("/sign-out", &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(b.get("/account").await.status, StatusCode::OK, "still signed in");
}

#[tokio::test]
async fn cross_site_requests_are_refused() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let token = b.csrf().await;
    let form = [("csrf", token.as_str()), ("name", "x"), ("password", PASSWORD)];
    let url = format!("{}/account/tokens", app.url);
    let r = b.client.post(&url).header("origin", "https://evil.example").form(&form).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = b.client.post(&url).header("sec-fetch-site", "cross-site").form(&form).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = b
        .client
        .post(&url)
        .header("origin", &app.url)
        .header("sec-fetch-site", "same-origin")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn every_response_carries_security_headers() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    for path in ["/", "/sign-in", "/no-such-page", "/api/v1/initiatives", "/api/v1/me", "/healthz"] {
        let r = b.get(path).await;
        let csp = r.headers.get("content-security-policy").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(r.headers["x-content-type-options"], "nosniff", "{path}");
        assert!(r.headers.get("strict-transport-security").is_none(), "no HSTS on plain http");
    }
    let r = b.get("/no-such-page").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    r.assert_contains("Page not found");
}

#[tokio::test]
async fn session_cookies_are_http_only_and_lax() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let r = b.post_form("/sign-in", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    let c = r
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("iptf_session="))
        .unwrap();
    assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Path=/"), "{c}");
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT token_hash FROM sessions").fetch_all(app.db.pool()).await.unwrap();
    let value = c.split(';').next().unwrap().trim_start_matches("iptf_session=");
    assert!(!stored.iter().any(|h| h == value), "only hashes are stored");
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused() {
    let app = TestApp::spawn().await;
    let mut b = app.browser();
    let token = b.csrf().await;
    let big = "x".repeat(1024 * 1024 + 10);
    let r = b
        .client
        .post(format!("{}/register", app.url))
        .form(&[("csrf", token.as_str()), ("name", big.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let r = reqwest::Client::new()
        .post(format!("{}/api/v1/account/register", app.url))
        .header("content-type", "application/json")
        .body(format!("{{\"name\":\"{big}\"}}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn sign_in_redirects_only_to_local_paths() {
    let app = TestApp::spawn().await;
    app.signed_in("ana@city.example", "Ana").await;
    let mut b = app.browser();
    let r = b
        .post_form("/sign-in?next=https://evil.example/", &[("email", "ana@city.example"), ("password", PASSWORD)])
        .await;
    assert_eq!(r.location(), "/account");
    let mut c = app.browser();
    let r = c.post_form("/sign-in?next=/organisations", &[("email", "ana@city.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.location(), "/organisations");
}

#[tokio::test]
async fn behind_tls_cookies_are_host_only_and_hsts_is_sent() {
    let app = TestApp::spawn_with(|c| c.public_url = "https://hub.example".into()).await;
    let r = reqwest::get(format!("{}/sign-in", app.url)).await.unwrap();
    assert_eq!(r.headers()["strict-transport-security"], "max-age=63072000; includeSubDomains");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-iptf_anon=") && cookie.contains("; Secure"), "{cookie}");
    // A form posted from the public origin is accepted as same-origin.
    let anon = cookie.split(';').next().unwrap().to_owned();
    let body = r.text().await.unwrap();
    let marker = "name=\"csrf\" value=\"";
    let i = body.find(marker).unwrap() + marker.len();
    let token = body[i..].split('"').next().unwrap().to_owned();
    let r = reqwest::Client::new()
        .post(format!("{}/password/forgot", app.url))
        .header("origin", "https://hub.example")
        .header("cookie", anon)
        .form(&[("csrf", token.as_str()), ("email", "ana@city.example")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn cursors_from_a_query_string_are_checked() {
    let app = TestApp::spawn().await;
    let huge = "9223372036854775807.zzz";
    let mut b = app.browser();
    let r = b.get(&format!("/organisations?after={huge}")).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("No organisation found");
    let api = crate::harness::Api::new(&app, None);
    let r = api.get(&format!("/api/v1/organisations?before={huge}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["items"], serde_json::json!([]));
    for q in ["q=%00", "q=a%00b", "country=de", "country=", "sector=", "kind="] {
        assert_eq!(api.get(&format!("/api/v1/organisations?{q}")).await.status, StatusCode::OK, "{q}");
    }
    for (q, field) in
        [("country=%00", "country"), ("country=US", "country"), ("sector=%00", "sector"), ("kind=%00", "kind")]
    {
        let r = api.get(&format!("/api/v1/organisations?{q}")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{q}");
        assert_eq!(r.json()["errors"][0]["field"], field, "{q}");
    }
    for bad in ["after=-3.a", "after=x", "before=1.a&after=2.b", "last=maybe", "after=1.%00"] {
        let r = api.get(&format!("/api/v1/organisations?{bad}")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_eq!(r.content_type(), "application/problem+json");
        assert!(["after", "before", "last"].contains(&r.json()["errors"][0]["field"].as_str().unwrap()), "{bad}");
        assert_eq!(b.get(&format!("/organisations?{bad}")).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let mut admin = app.admin().await;
    let r = admin.get("/admin/audit?after=nonsense").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(admin.get(&format!("/admin/audit?after={huge}")).await.status, StatusCode::OK);
}

/// No `next` a browser could read as another origin leads there after sign-in, signed in
/// or out.
#[tokio::test]
async fn sign_in_redirects_only_to_the_hub() {
    let app = TestApp::spawn().await;
    let corpus = [
        "/%09/evil.example",
        "/%0d/evil.example",
        "/%0a/evil.example",
        "/%00/evil.example",
        "//evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "/%2F%2Fevil.example",
        "/%252F%252Fevil.example",
        "https:evil.example",
        "https://evil.example",
        "%2F%2Fevil.example",
        "/%5Cevil.example",
        " /%2F/evil.example",
    ];
    let long = format!("/{}", "a".repeat(5000));
    let mut signed_in = app.signed_in("ana@city.example", "Ana").await;
    for next in corpus.iter().map(|s| s.to_string()).chain([long]) {
        let encoded = if next.contains('%') { next.clone() } else { web::error::urlencode(&next) };
        let r = signed_in.get(&format!("/sign-in?next={encoded}")).await;
        assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/account"), "{next}");
        let mut out = app.browser();
        let r = out
            .post_form(&format!("/sign-in?next={encoded}"), &[("email", "ana@city.example"), ("password", PASSWORD)])
            .await;
        assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/account"), "{next}");
    }
    let r = signed_in.get("/sign-in?next=%2Forganisations%3Fcountry%3DBE").await;
    assert_eq!(r.location(), "/organisations?country=BE");
}

/// A read-only token reads and changes nothing; an expired one is refused; a token
/// cannot mint tokens; a reset revokes every token and says so.
#[tokio::test]
async fn tokens_have_a_scope_an_expiry_and_end_with_a_reset() {
    use crate::harness::{Api, token_with};
    use reqwest::Method;
    use serde_json::json;
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let r = b.post_form("/account/tokens", &[("name", "x"), ("expires_in_days", "400"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains("from 1 to 366");
    r.assert_contains("value=\"400\"");
    let r = b.post_form("/account/tokens", &[("name", "x"), ("password", "wrong")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reader = Api::new(&app, Some(&token_with(&mut b, "reader", "read", PASSWORD).await));
    let r = b.get("/account/tokens").await;
    assert_eq!(r.headers["cache-control"], "no-store");
    r.assert_contains("Read only");
    assert_eq!(reader.get("/api/v1/me").await.status, StatusCode::OK);
    let r = reader.send(Method::PATCH, "/api/v1/me", json!({"name": "Mallory"})).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.content_type(), "application/problem+json");
    let writer = Api::new(&app, Some(&token_with(&mut b, "writer", "read-write", PASSWORD).await));
    let r = writer.send(Method::POST, "/api/v1/me/tokens", json!({"name": "minted", "password": PASSWORD})).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "a token cannot mint tokens");
    // An expired token is refused.
    sqlx::query("UPDATE api_tokens SET expires_at = 1 WHERE name = 'reader'").execute(app.db.pool()).await.unwrap();
    assert_eq!(reader.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    // A reset revokes the rest.
    let mut other = app.browser();
    other.post_form("/password/forgot", &[("email", "ana@city.example")]).await;
    let link = app.link_for("ana@city.example").await;
    let r = other.post_form(&link, &[("password", "a brand new passphrase")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(writer.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    let notice = app.mails_to("ana@city.example").await.pop().unwrap();
    assert!(notice.text.contains("API token"), "{}", notice.text);
}

/// With one trusted proxy, the client cannot choose its address by writing
/// `X-Forwarded-For`: the throttle counts the address the proxy appended.
#[tokio::test]
async fn only_trusted_proxy_hops_name_the_client() {
    let app = TestApp::spawn_with(|c| c.trusted_proxies = 1).await;
    let mut b = app.browser();
    let csrf = b.csrf().await;
    let mut last = StatusCode::OK;
    for i in 0..21 {
        let r = b
            .client
            .post(format!("{}/sign-in", app.url))
            .header("x-forwarded-for", format!("10.9.{i}.1, 203.0.113.7"))
            .form(&[("csrf", csrf.as_str()), ("email", &format!("nobody{i}@city.example")), ("password", "wrong")])
            .send()
            .await
            .unwrap();
        last = r.status();
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS, "the 21st attempt from one proxied client is refused");
    let keys: Vec<String> = sqlx::query_scalar("SELECT DISTINCT key FROM throttle_events WHERE key LIKE 'signin:ip:%'")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert_eq!(keys, ["signin:ip:203.0.113.7"]);
}

/// An error page keeps the cookies the request set (here a new visitor's anonymous id,
/// which its CSRF token is bound to); invented methods do not grow the metrics.
#[tokio::test]
async fn error_pages_keep_cookies_and_metrics_stay_bounded() {
    let app = TestApp::spawn().await;
    let r = reqwest::Client::new().get(format!("{}/no-such-page", app.url)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with("iptf_anon=")));
    let client = reqwest::Client::new();
    for m in ["BREW", "PROPFIND", "X-ANYTHING"] {
        let method = reqwest::Method::from_bytes(m.as_bytes()).unwrap();
        client.request(method, format!("{}/", app.url)).send().await.unwrap();
    }
    let metrics = client.get(format!("{}/metrics", app.url)).send().await.unwrap().text().await.unwrap();
    assert!(!metrics.contains("BREW") && !metrics.contains("PROPFIND"), "{metrics}");
    assert!(metrics.contains("method=\"other\""));
}

/// Scripts may send the CSRF token as `X-CSRF-Token`; an API call riding on a session
/// cookie needs it too; an administrator cannot decide on their own account.
#[tokio::test]
async fn csrf_header_session_api_calls_and_self_decisions() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    let admin_id = app.user_id("admin@hub.example").await;
    let token = admin.csrf().await;
    let url = format!("{}/api/v1/admin/users/{admin_id}/reject", app.url);
    let r = admin.client.post(&url).json(&serde_json::json!({})).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN, "a session cookie alone does not authorise an API write");
    let r = admin.client.post(&url).header("x-csrf-token", "0000").json(&serde_json::json!({})).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = admin.client.post(&url).header("x-csrf-token", &token).json(&serde_json::json!({})).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "the token passes; deciding on oneself does not");
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "not-yourself");
    let r = admin.post_form(&format!("/admin/users/{admin_id}/reject"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let e = domain::accounts::Email::parse("e", "admin@hub.example").unwrap();
    assert_ne!(app.db.user_by_email(&e).await.unwrap().unwrap().status, domain::accounts::AccountStatus::Rejected);
    // A form post may carry the header instead of the field.
    let r = admin
        .client
        .post(format!("{}/sign-out", app.url))
        .header("x-csrf-token", &token)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

/// `Sec-Fetch-Site: same-site` (a sibling subdomain) and `Origin: null` (a sandboxed
/// frame) are cross-origin for the hub.
#[tokio::test]
async fn same_site_and_null_origins_are_refused() {
    let app = TestApp::spawn().await;
    let mut b = app.signed_in("ana@city.example", "Ana").await;
    let token = b.csrf().await;
    let url = format!("{}/sign-out", app.url);
    let form = [("csrf", token.as_str())];
    let r = b.client.post(&url).header("sec-fetch-site", "same-site").form(&form).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = b.client.post(&url).header("origin", "null").form(&form).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(b.get("/account").await.status, StatusCode::OK, "still signed in");
}
