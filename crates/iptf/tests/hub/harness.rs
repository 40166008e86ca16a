//! Spawns an app and drives it like a browser: a cookie jar, CSRF tokens read from the
//! page, no automatic redirects (tests look at them), and the mail the app "sent".

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use web::config::{MailConfig, WebConfig};

pub const PASSWORD: &str = "a perfectly long passphrase";

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn unique() -> String {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{}_{}_{}", std::process::id(), n, &store::secret::new_secret().0[..8])
}

pub struct TestApp {
    pub url: String,
    /// The database URL of this test (for running the binary against it).
    pub db_url: String,
    pub state: web::AppState,
    pub db: store::Db,
    pub mail_dir: PathBuf,
    pub dir: PathBuf,
    /// The PostgreSQL schema of this test and the URL to drop it with.
    schema: Option<(String, String)>,
}

fn admin_url() -> String {
    std::env::var("IPTF_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

async fn database_url(dir: &std::path::Path) -> (String, Option<String>) {
    match std::env::var("IPTF_TEST_BACKEND").as_deref() {
        Ok("postgres") => {
            let admin = admin_url();
            let db = store::Db::connect(&admin)
                .await
                .unwrap_or_else(|e| panic!("IPTF_TEST_BACKEND=postgres but PostgreSQL is not usable: {e}"));
            let schema = format!("t_{}", unique());
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}"))).execute(db.pool()).await.unwrap();
            db.close().await;
            let sep = if admin.contains('?') { '&' } else { '?' };
            (format!("{admin}{sep}options=-c%20search_path%3D{schema}"), Some(schema))
        }
        Ok("sqlite") | Err(_) => (format!("sqlite://{}/hub.db", dir.display()), None),
        Ok(other) => panic!("IPTF_TEST_BACKEND must be sqlite or postgres, not {other}"),
    }
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    /// An app whose configuration `adjust` changes first (mail goes to `.eml` files in
    /// the app's folder unless it says otherwise).
    pub async fn spawn_with(adjust: impl FnOnce(&mut WebConfig)) -> TestApp {
        let dir = std::env::temp_dir().join(format!("iptf-test-{}", unique()));
        std::fs::create_dir_all(&dir).unwrap();
        let (db_url, schema) = database_url(&dir).await;
        let db = store::Db::connect(&db_url).await.unwrap();
        db.migrate().await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let mail_dir = dir.join("mail");
        let mut config = WebConfig {
            public_url: url.clone(),
            secret_key: vec![7; 32],
            mail: MailConfig::File { dir: mail_dir.clone(), from: "IPTF Hub <hub@test.example>".into() },
            body_limit: 1024 * 1024,
            trusted_proxies: 0,
            run_worker: false,
            header_timeout: std::time::Duration::from_secs(10),
            contact_email: Some("IPTF Hub team <team@test.example>".into()),
            media_dir: dir.join("media"),
            search_dir: dir.join("search"),
            matching: domain::matching::Weights::default(),
        };
        adjust(&mut config);
        let state = web::AppState::new(db.clone(), config).unwrap();
        let s = state.clone();
        tokio::spawn(async move { web::serve(listener, s, std::future::pending()).await.unwrap() });
        TestApp { url, db_url, state, db, mail_dir, dir, schema: schema.map(|s| (s, admin_url())) }
    }

    pub fn browser(&self) -> Browser {
        let client =
            reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Browser { client, base: self.url.clone(), csrf: None }
    }

    /// Runs the queued jobs now (the worker is off in tests).
    pub async fn run_jobs(&self) -> usize {
        web::jobs::run_due(&self.state, "test-worker").await.unwrap()
    }

    /// Every message sent so far, oldest first.
    pub async fn mails(&self) -> Vec<Mail> {
        self.run_jobs().await;
        let Ok(rd) = std::fs::read_dir(&self.mail_dir) else { return Vec::new() };
        let mut paths: Vec<_> = rd.map(|e| e.unwrap().path()).collect();
        paths.sort();
        paths.iter().map(|p| Mail::parse(&std::fs::read_to_string(p).unwrap())).collect()
    }

    pub async fn mails_to(&self, to: &str) -> Vec<Mail> {
        self.mails().await.into_iter().filter(|m| m.to.contains(to)).collect()
    }

    /// The last link to this app in the last message to `to`.
    pub async fn link_for(&self, to: &str) -> String {
        let mails = self.mails_to(to).await;
        let m = mails.last().unwrap_or_else(|| panic!("no mail to {to}"));
        m.links(&self.url).pop().unwrap_or_else(|| panic!("no link in {:?}", m.subject))
    }

    /// Registers, confirms and signs in a new account; returns its browser.
    pub async fn signed_in(&self, email: &str, name: &str) -> Browser {
        let mut b = self.browser();
        let r = b.post_form("/register", &[("name", name), ("email", email), ("password", PASSWORD)]).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let link = self.link_for(email).await;
        let r = b.follow_link(&link).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        b.sign_in(email, PASSWORD).await;
        b
    }

    /// An administrator, made as `iptf admin create` makes one, and signed in.
    pub async fn admin(&self) -> Browser {
        let email = "admin@hub.example";
        let hash = web::passwords::hash(PASSWORD.into()).await.unwrap();
        let e = domain::accounts::Email::parse("email", email).unwrap();
        let mut tx = self.db.begin().await.unwrap();
        tx.create_user(
            store::accounts::NewUser {
                email: &e,
                name: "Ada Admin",
                password_hash: &hash,
                language: None,
                is_admin: true,
                confirmed_at: Some(1),
                status: domain::accounts::AccountStatus::Approved,
            },
            store::now(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let mut b = self.browser();
        b.sign_in(email, PASSWORD).await;
        b
    }

    pub async fn user_id(&self, email: &str) -> i64 {
        let e = domain::accounts::Email::parse("email", email).unwrap();
        self.db.user_by_email(&e).await.unwrap().unwrap().id.0
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((schema, admin)) = self.schema.take() {
            // The test's runtime is ending; drop the schema from a runtime of our own.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                rt.block_on(async {
                    if let Ok(db) = store::Db::connect(&admin).await {
                        let sql = format!("DROP SCHEMA IF EXISTS {schema} CASCADE");
                        let _ = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(db.pool()).await;
                        db.close().await;
                    }
                })
            })
            .join();
        }
    }
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn location(&self) -> String {
        self.headers.get("location").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    pub fn content_type(&self) -> String {
        self.headers.get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
    }
    #[track_caller]
    pub fn assert_contains(&self, needle: &str) {
        assert!(self.body.contains(needle), "expected {needle:?} in:\n{}", self.body);
    }
}

pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
    csrf: Option<String>,
}

fn extract_csrf(body: &str) -> Option<String> {
    let i = body.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    Some(body[i..].split('"').next()?.to_owned())
}

impl Browser {
    fn url(&self, path: &str) -> String {
        if path.starts_with("http") { path.to_owned() } else { format!("{}{}", self.base, path) }
    }

    async fn finish(r: reqwest::Response) -> Resp {
        let status = r.status();
        let headers = r.headers().clone();
        let body = r.text().await.unwrap();
        Resp { status, headers, body }
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let r = Self::finish(self.client.get(self.url(path)).send().await.unwrap()).await;
        if let Some(t) = extract_csrf(&r.body) {
            self.csrf = Some(t);
        }
        r
    }

    /// The page's CSRF token, fetched from the home page if no page was seen yet.
    pub async fn csrf(&mut self) -> String {
        if self.csrf.is_none() {
            self.get("/").await;
        }
        self.csrf.clone().expect("a page with a form")
    }

    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", &token)];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts exactly these fields (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let r = Self::finish(self.client.post(self.url(path)).form(fields).send().await.unwrap()).await;
        if let Some(t) = extract_csrf(&r.body) {
            self.csrf = Some(t);
        }
        r
    }

    /// Posts a `multipart/form-data` form with the page's CSRF token, the text `fields` and
    /// one file (field name, file name, bytes), as a browser sends a file input.
    pub async fn post_file(&mut self, path: &str, fields: &[(&str, &str)], file: (&str, &str, &[u8])) -> Resp {
        let token = self.csrf().await;
        let boundary = "----iptf-test-boundary-7d1a";
        let mut body = Vec::new();
        for (k, v) in std::iter::once(("csrf", token.as_str())).chain(fields.iter().copied()) {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                file.0, file.1
            )
            .as_bytes(),
        );
        body.extend_from_slice(file.2);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let r = self
            .client
            .post(self.url(path))
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(body)
            .send()
            .await
            .unwrap();
        let r = Self::finish(r).await;
        if let Some(t) = extract_csrf(&r.body) {
            self.csrf = Some(t);
        }
        r
    }

    /// Fetches raw bytes (an image), with the status and content type.
    pub async fn get_bytes(&self, path: &str) -> (StatusCode, String, Vec<u8>) {
        let r = self.client.get(self.url(path)).send().await.unwrap();
        let ct = r.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        (r.status(), ct, r.bytes().await.unwrap().to_vec())
    }

    /// Opens a mailed link (a page with one button) and presses the button.
    pub async fn follow_link(&mut self, link: &str) -> Resp {
        let page = self.get(link).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        self.post_form(link, &[]).await
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> Resp {
        let r = self.post_form("/sign-in", &[("email", email), ("password", password)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in failed: {}", r.body);
        // The session changed, and with it the CSRF token.
        self.csrf = None;
        self.get("/account").await;
        r
    }
}

/// A client of the JSON API.
#[derive(Clone)]
pub struct Api {
    pub client: reqwest::Client,
    pub base: String,
    pub token: Option<String>,
}

impl Api {
    pub fn new(app: &TestApp, token: Option<&str>) -> Api {
        Api { client: reqwest::Client::new(), base: app.url.clone(), token: token.map(str::to_owned) }
    }
    fn req(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let r = self.client.request(method, format!("{}{}", self.base, path));
        match &self.token {
            Some(t) => r.bearer_auth(t),
            None => r,
        }
    }
    pub async fn get(&self, path: &str) -> Resp {
        Browser::finish(self.req(reqwest::Method::GET, path).send().await.unwrap()).await
    }
    /// Sends raw bytes with a content type (an image upload).
    pub async fn send_bytes(&self, method: reqwest::Method, path: &str, content_type: &str, body: Vec<u8>) -> Resp {
        Browser::finish(self.req(method, path).header("content-type", content_type).body(body).send().await.unwrap())
            .await
    }
    pub async fn send(&self, method: reqwest::Method, path: &str, body: serde_json::Value) -> Resp {
        Browser::finish(self.req(method, path).json(&body).send().await.unwrap()).await
    }
}

/// Creates a token through the settings page and returns it.
pub async fn token_for(b: &mut Browser, name: &str) -> String {
    token_with(b, name, "read-write", PASSWORD).await
}

/// Creates a token of this scope, confirming with `password`.
pub async fn token_with(b: &mut Browser, name: &str, scope: &str, password: &str) -> String {
    let r = b.post_form("/account/tokens", &[("name", name), ("scope", scope), ("password", password)]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let i = r.body.find("id=\"new-token\"").expect("token shown");
    let rest = &r.body[i..];
    let v = rest.find("value=\"").unwrap() + 7;
    rest[v..].split('"').next().unwrap().to_owned()
}

pub struct Mail {
    pub to: String,
    pub subject: String,
    /// The whole message, quoted-printable decoded.
    pub text: String,
}

impl Mail {
    fn parse(raw: &str) -> Mail {
        let header = |name: &str| {
            raw.lines().find_map(|l| l.strip_prefix(&format!("{name}: "))).map(str::to_owned).unwrap_or_default()
        };
        let soft = raw.replace("=\r\n", "").replace("=\n", "");
        let mut text = String::new();
        let bytes = soft.as_bytes();
        let mut i = 0;
        let mut buf = Vec::new();
        while i < bytes.len() {
            if bytes[i] == b'='
                && i + 2 < bytes.len()
                && let Ok(b) = u8::from_str_radix(&soft[i + 1..i + 3], 16)
            {
                buf.push(b);
                i += 3;
                continue;
            }
            buf.push(bytes[i]);
            i += 1;
        }
        text.push_str(&String::from_utf8_lossy(&buf));
        Mail { to: header("To"), subject: header("Subject"), text }
    }

    pub fn links(&self, base: &str) -> Vec<String> {
        self.text
            .split(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>')
            .filter(|w| w.starts_with(base))
            .map(|w| w.trim_end_matches(['.', ',']).to_owned())
            .collect()
    }
}

/// Shared by tests that need an approved organisation owned by a signed-in person.
pub async fn approved_org(owner: &mut Browser, admin: &mut Browser, name: &str) -> i64 {
    let r = owner
        .post_form(
            "/organisations",
            &[("name", name), ("kind", "public-authority"), ("country", "BE"), ("nuts", "BE10"), ("sectors", "health")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let r = admin.post_form(&format!("/admin/organisations/{id}/approve"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    id
}

/// An administrator, an initiative and Bob (`bob@procedin.eu`), its editor, signed in.
pub async fn initiative_with_editor(app: &TestApp) -> (Browser, Browser, i64) {
    let mut admin = app.admin().await;
    let bob = app.signed_in("bob@procedin.eu", "Bob").await;
    let r = admin
        .post_form("/initiatives", &[("acronym", "PROCEDIN"), ("name", "P"), ("summary", "s"), ("status", "founding")])
        .await;
    let ini: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    admin.post_form(&format!("/initiatives/{ini}/editors"), &[("email", "bob@procedin.eu")]).await;
    (admin, bob, ini)
}
