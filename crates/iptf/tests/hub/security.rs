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
    let form = [("csrf", token.as_str()), ("name", "x")];
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
async fn absurd_page_numbers_give_an_empty_page() {
    let app = TestApp::spawn().await;
    let huge = "9223372036854775807";
    let mut b = app.browser();
    let r = b.get(&format!("/organisations?page={huge}")).await;
    assert_eq!(r.status, StatusCode::OK);
    r.assert_contains("No organisation found");
    let api = crate::harness::Api::new(&app, None).get(&format!("/api/v1/organisations?page={huge}")).await;
    assert_eq!(api.status, StatusCode::OK);
    assert_eq!(api.json()["items"], serde_json::json!([]));
    let mut admin = app.admin().await;
    assert_eq!(admin.get(&format!("/admin/audit?page={huge}")).await.status, StatusCode::OK);
    let r = crate::harness::Api::new(&app, None).get("/api/v1/organisations?page=-3").await;
    assert_eq!(r.json()["page"], 1);
}
