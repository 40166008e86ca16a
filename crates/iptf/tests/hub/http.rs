//! HTTP as clients and caches expect it: compression, ETags and 304, no-store on
//! personal answers, no visitor cookie where no form can follow, no trailing slashes.

use crate::harness::{TestApp, token_for};
use reqwest::StatusCode;
use reqwest::header::{CACHE_CONTROL, CONTENT_ENCODING, ETAG, IF_NONE_MATCH, LOCATION, SET_COOKIE};

fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

#[tokio::test]
async fn answers_are_compressed_for_clients_that_ask() {
    let app = TestApp::spawn().await;
    let c = client();
    for (asked, got) in [("br", "br"), ("gzip", "gzip"), ("gzip, br", "br")] {
        let r = c.get(format!("{}/", app.url)).header("accept-encoding", asked).send().await.unwrap();
        assert_eq!(r.headers()[CONTENT_ENCODING], got, "{asked}");
    }
    let r =
        c.get(format!("{}{}", app.url, *web::assets::CSS_PATH)).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(r.headers()[CONTENT_ENCODING], "gzip");
    let r = c.get(format!("{}/", app.url)).send().await.unwrap();
    assert!(r.headers().get(CONTENT_ENCODING).is_none(), "nothing asked, nothing compressed");
}

#[tokio::test]
async fn static_files_and_public_pages_answer_conditional_requests() {
    let app = TestApp::spawn().await;
    // A browser: the visitor cookie of the first answer goes with the next requests.
    let c = reqwest::Client::builder().cookie_store(true).build().unwrap();
    for path in [web::assets::CSS_PATH.as_str(), "/", "/organisations", "/api/v1/organisations", "/favicon.ico"] {
        let r = c.get(format!("{}{path}", app.url)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        let tag = r.headers()[ETAG].to_str().unwrap().to_owned();
        assert!(tag.starts_with("W/\""), "{path}: {tag}");
        let r = c.get(format!("{}{path}", app.url)).header(IF_NONE_MATCH, &tag).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert_eq!(r.headers()[ETAG], tag.as_str());
        assert!(r.bytes().await.unwrap().is_empty());
        let r = c.get(format!("{}{path}", app.url)).header(IF_NONE_MATCH, "W/\"other\"").send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{path}: another tag gets the page");
    }
}

#[tokio::test]
async fn personal_answers_are_never_stored() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    for path in ["/account", "/organisations", "/"] {
        let r = ana.get(path).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.headers[CACHE_CONTROL], "no-store", "{path} signed in");
        assert!(r.headers.get(ETAG).is_none(), "{path}");
    }
    let token = token_for(&mut ana, "cli").await;
    let c = client();
    let r = c.get(format!("{}/api/v1/me", app.url)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.headers()[CACHE_CONTROL], "no-store");
    let r = c.get(format!("{}/api/v1/organisations", app.url)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.headers()[CACHE_CONTROL], "no-store");
    // A reset form holds its secret link even for someone signed out.
    let r = c.get(format!("{}/password/reset/{}", app.url, "0".repeat(64))).send().await.unwrap();
    assert_eq!(r.headers()[CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn no_visitor_cookie_where_no_form_follows() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let token = token_for(&mut ana, "cli").await;
    let c = client();
    let css = web::assets::CSS_PATH.as_str();
    for path in [css, "/favicon.ico", "/robots.txt", "/api/v1/organisations", "/api/openapi.json"] {
        let r = c.get(format!("{}{path}", app.url)).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        assert!(r.headers().get(SET_COOKIE).is_none(), "{path} set {:?}", r.headers().get(SET_COOKIE));
    }
    let r = c.get(format!("{}/api/v1/me", app.url)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers().get(SET_COOKIE).is_none(), "a token call sets no cookie");
    let r = c.get(format!("{}/sign-in", app.url)).send().await.unwrap();
    assert!(r.headers().get(SET_COOKIE).is_some(), "a page with a form binds its token to a visitor cookie");
}

#[tokio::test]
async fn a_trailing_slash_leads_to_the_page_without_it() {
    let app = TestApp::spawn().await;
    let c = client();
    let r = c.get(format!("{}/organisations/?q=gent", app.url)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(r.headers()[LOCATION], "/organisations?q=gent");
    let r = c.get(format!("{}//evil.example/", app.url)).send().await.unwrap();
    assert_eq!(r.headers()[LOCATION], "/evil.example", "never to another host");
    let r = c.post(format!("{}/api/v1/organisations/", app.url)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::PERMANENT_REDIRECT, "308 keeps the method and body");
}

/// WCAG 3.1.2: the initiatives' English texts say so on French and German pages.
#[tokio::test]
async fn english_texts_on_other_language_pages_carry_their_language() {
    let app = TestApp::spawn().await;
    let db_url = app.db_url.clone();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_iptf"))
        .args(["seed", "--demo"])
        .env("IPTF_DATABASE_URL", &db_url)
        .env("IPTF_DATA_DIR", &app.dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let c = client();
    let r = c.get(format!("{}/", app.url)).header("accept-language", "fr").send().await.unwrap();
    let body = r.text().await.unwrap();
    assert!(body.contains(r#"<html lang="fr""#));
    assert!(body.contains(r#"<p lang="en">An EU-funded project"#), "the summary is marked English");
}

/// A rejected value is shown back as typed without making the page invalid HTML: a
/// `url` or `date` input may only hold a valid URL or date, so it becomes a text input.
#[tokio::test]
async fn rejected_urls_and_dates_are_echoed_in_text_inputs() {
    let app = TestApp::spawn().await;
    let mut ana = app.signed_in("ana@city.example", "Ana").await;
    let r = ana
        .post_form("/organisations", &[("name", "Gent"), ("kind", "ngo"), ("country", "BE"), ("website", "not a url")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains(r#"<input type="text" id="f-website" name="website" value="not a url""#);
    // What people type without a scheme is taken as https.
    let r = ana
        .post_form(
            "/organisations",
            &[("name", "Gent"), ("kind", "ngo"), ("country", "BE"), ("website", "www.stad.gent")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    ana.get(&r.location()).await.assert_contains("https://www.stad.gent");
    let mut admin = app.admin().await;
    let r = admin.get("/admin/audit?since=notadate").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    r.assert_contains(r#"<input type="text" id="f-since" name="since" value="notadate""#);
    let r = admin.get("/admin/audit?since=2026-01-01").await;
    r.assert_contains(r#"<input type="date" id="f-since" name="since" value="2026-01-01""#);
}

/// A connection that sends half a request, or nothing, or stays idle after an answer, is
/// closed after the header timeout instead of holding a socket for ever.
#[tokio::test]
async fn half_sent_and_idle_connections_are_closed() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn_with(|c| c.header_timeout = std::time::Duration::from_millis(500)).await;
    let addr = app.url.trim_start_matches("http://").to_owned();
    async fn read_until_closed(s: &mut tokio::net::TcpStream) -> Result<Vec<u8>, ()> {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        let deadline = std::time::Duration::from_secs(5);
        loop {
            match tokio::time::timeout(deadline, s.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => return Ok(all),
                Ok(Ok(n)) => all.extend_from_slice(&buf[..n]),
                Err(_) => return Err(()),
            }
        }
    }
    // Half a request: closed.
    let mut half = tokio::net::TcpStream::connect(&addr).await.unwrap();
    half.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    assert!(read_until_closed(&mut half).await.is_ok(), "a half-sent request is cut");
    // Nothing at all: closed.
    let mut silent = tokio::net::TcpStream::connect(&addr).await.unwrap();
    assert!(read_until_closed(&mut silent).await.is_ok(), "a silent connection is cut");
    // A full request is answered, then the idle connection is closed.
    let mut idle = tokio::net::TcpStream::connect(&addr).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let got = read_until_closed(&mut idle).await.expect("the idle connection is closed");
    assert!(String::from_utf8_lossy(&got).starts_with("HTTP/1.1 200"), "answered first");
}

/// At phone width tables become cards: every cell says which column it is; the
/// directory's filters fold behind a control (open when a filter is set).
#[tokio::test]
async fn phone_layouts_have_what_they_need_in_the_markup() {
    let app = TestApp::spawn().await;
    let mut admin = app.admin().await;
    app.signed_in("cem@city.example", "Cem").await;
    let cem = app.user_id("cem@city.example").await;
    admin.post_form(&format!("/admin/users/{cem}/approve"), &[("back", "pending")]).await;
    let r = admin.get("/admin/audit").await;
    assert!(!r.body.contains("<td>"), "every cell carries its column's name");
    r.assert_contains(r#"<td data-label="#);
    let r = admin.get("/organisations").await;
    r.assert_contains(r#"<details class="filters-fold">"#);
    admin.get("/organisations?country=BE").await.assert_contains(r#"<details class="filters-fold" open>"#);
}
