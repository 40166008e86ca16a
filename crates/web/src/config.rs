//! Settings of the web layer, passed in by the binary (never read from globals).

use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Where visitors reach the hub, used in mailed links and to check `Origin`.
    pub public_url: String,
    /// Key for signing CSRF tokens; shared by all processes of one deployment.
    pub secret_key: Vec<u8>,
    pub mail: MailConfig,
    pub body_limit: usize,
    /// How many proxies of ours stand in front of the hub: the client address is the
    /// `X-Forwarded-For` entry this many places from the right (each proxy appends the
    /// address it was reached from). 0: ignore the header, use the connection's address.
    pub trusted_proxies: usize,
    /// Run the background worker in this process.
    pub run_worker: bool,
    /// How long a connection may take to send a request's headers, and stay idle between
    /// requests, before it is closed.
    pub header_timeout: std::time::Duration,
    /// The team's mailbox (`Team <team@…>`): replies to decisions go there, so people can
    /// answer a rejection even when mail is sent from a no-reply address.
    pub contact_email: Option<String>,
    /// Where logos and photos are kept, each under its content hash (`web::media`).
    pub media_dir: PathBuf,
    /// This process's search index (derived from the database; rebuilt when missing).
    pub search_dir: PathBuf,
    /// The weights of the challenge/solution matcher (`[matching]` in `iptf.toml`).
    pub matching: domain::matching::Weights,
}

#[derive(Debug, Clone)]
pub enum MailConfig {
    /// Writes each message as an `.eml` file into the folder.
    File {
        dir: PathBuf,
        from: String,
    },
    Smtp {
        host: String,
        port: u16,
        tls: SmtpTls,
        username: Option<String>,
        password: Option<String>,
        from: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain connection (a local relay).
    None,
    /// Upgrade with STARTTLS (port 587).
    StartTls,
    /// TLS from the start (port 465).
    Wrapper,
}

impl MailConfig {
    pub fn from_address(&self) -> &str {
        match self {
            Self::File { from, .. } | Self::Smtp { from, .. } => from,
        }
    }
}

impl WebConfig {
    /// Cookies get the `__Host-` prefix and `Secure` only when the hub is served over TLS;
    /// browsers refuse such cookies on plain `http://`.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
    /// `scheme://host[:port]` of [`Self::public_url`].
    pub fn public_origin(&self) -> &str {
        let u = self.public_url.trim_end_matches('/');
        match u.find("://").and_then(|i| u[i + 3..].find('/').map(|j| i + 3 + j)) {
            Some(end) => &u[..end],
            None => u,
        }
    }
    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.public_url.trim_end_matches('/'), path)
    }
}
