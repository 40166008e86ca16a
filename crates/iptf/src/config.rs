//! Configuration: built-in defaults, then an optional TOML file, then `IPTF_*`
//! environment variables, then command-line flags. Checked once at start, with a
//! one-line message that says what to fix.

use anyhow::{Context, bail};
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use web::config::{MailConfig, SmtpTls, WebConfig};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    /// Address and port to listen on.
    pub bind: String,
    /// Folder for the embedded database, mail files and the secret key.
    pub data_dir: PathBuf,
    /// `sqlite://PATH` or `postgres://…`; defaults to SQLite in `data_dir`.
    pub database_url: Option<String>,
    /// Where people reach the hub (for links in e-mails); defaults to `http://BIND`.
    pub public_url: Option<String>,
    /// Hex key for CSRF tokens (64+ hex digits). Defaults to one kept in `data_dir`.
    pub secret_key: Option<String>,
    pub mail_from: String,
    /// SMTP server; without it e-mails are written to `data_dir/mail/`.
    pub smtp_host: Option<String>,
    pub smtp_port: u16,
    /// `starttls`, `tls` or `none`.
    pub smtp_tls: String,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    pub body_limit: usize,
    pub trust_proxy: bool,
    /// With `trust_proxy`: how many proxies of ours stand in front of the hub; the client
    /// address is the `X-Forwarded-For` entry this many places from the right.
    pub trusted_proxies: usize,
    /// Run the background worker in this process.
    pub worker: bool,
    /// Seconds a connection may take to send its request headers, or stay idle between
    /// requests, before it is closed.
    pub header_timeout_secs: u64,
    /// The team's mailbox, where replies to decisions go (`Team <team@example.org>`).
    pub contact_email: Option<String>,
    pub log: String,
    /// Weights of the challenge/solution matcher (`[matching]`: words, concepts, sectors,
    /// maturity, geography, language, fit_share, suggested, min_score).
    pub matching: domain::matching::Weights,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./data"),
            database_url: None,
            public_url: None,
            secret_key: None,
            mail_from: "IPTF Hub <no-reply@iptf-hub.localhost>".into(),
            smtp_host: None,
            smtp_port: 587,
            smtp_tls: "starttls".into(),
            smtp_username: None,
            smtp_password: None,
            body_limit: 1024 * 1024,
            trust_proxy: false,
            trusted_proxies: 1,
            worker: true,
            header_timeout_secs: 10,
            contact_email: None,
            log: "info".into(),
            matching: domain::matching::Weights::default(),
        }
    }
}

/// Overrides given on the command line.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
}

impl Config {
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Self> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(f) => {
                if !f.exists() {
                    bail!("config file {} does not exist", f.display());
                }
                fig = fig.merge(Toml::file(f));
            }
            None => fig = fig.merge(Toml::file("iptf.toml")),
        }
        fig = fig.merge(Env::prefixed("IPTF_")).merge(Serialized::defaults(overrides));
        let c: Config = fig.extract().map_err(|e| anyhow::anyhow!("invalid configuration: {e}"))?;
        c.bind_addr()?;
        if let Some(u) = &c.public_url
            && !(u.starts_with("http://") || u.starts_with("https://"))
        {
            bail!("public_url must start with http:// or https:// (got {u})");
        }
        c.smtp_tls_mode()?;
        Ok(c)
    }

    pub fn bind_addr(&self) -> anyhow::Result<SocketAddr> {
        self.bind
            .parse()
            .with_context(|| format!("bind address `{}` is not HOST:PORT such as 127.0.0.1:8080", self.bind))
    }

    pub fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("iptf.db").display()))
    }

    fn smtp_tls_mode(&self) -> anyhow::Result<SmtpTls> {
        Ok(match self.smtp_tls.as_str() {
            "starttls" => SmtpTls::StartTls,
            "tls" => SmtpTls::Wrapper,
            "none" => SmtpTls::None,
            other => bail!("smtp_tls must be starttls, tls or none (got {other})"),
        })
    }

    /// The key from the configuration, or the one kept in the data folder (made on
    /// first start).
    fn secret(&self) -> anyhow::Result<Vec<u8>> {
        if let Some(k) = &self.secret_key {
            let bytes = hex::decode(k.trim()).context("secret_key must be hexadecimal")?;
            if bytes.len() < 32 {
                bail!("secret_key must be at least 64 hex digits (32 bytes)");
            }
            return Ok(bytes);
        }
        let path = self.data_dir.join("secret.key");
        if let Ok(text) = std::fs::read_to_string(&path) {
            return hex::decode(text.trim()).with_context(|| format!("{} is not hexadecimal", path.display()));
        }
        std::fs::create_dir_all(&self.data_dir)
            .with_context(|| format!("cannot create {}", self.data_dir.display()))?;
        let (key, _) = store::secret::new_secret();
        std::fs::write(&path, &key).with_context(|| format!("cannot write {}", path.display()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
        }
        Ok(hex::decode(key)?)
    }

    pub fn web(&self) -> anyhow::Result<WebConfig> {
        if self.trust_proxy && !(1..=10).contains(&self.trusted_proxies) {
            anyhow::bail!("trusted_proxies must be from 1 to 10 (the proxies in front of the hub)");
        }
        let mail = match &self.smtp_host {
            Some(host) => MailConfig::Smtp {
                host: host.clone(),
                port: self.smtp_port,
                tls: self.smtp_tls_mode()?,
                username: self.smtp_username.clone(),
                password: self.smtp_password.clone(),
                from: self.mail_from.clone(),
            },
            None => MailConfig::File { dir: self.data_dir.join("mail"), from: self.mail_from.clone() },
        };
        Ok(WebConfig {
            public_url: self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.bind)),
            secret_key: self.secret()?,
            mail,
            body_limit: self.body_limit,
            trusted_proxies: if self.trust_proxy { self.trusted_proxies } else { 0 },
            run_worker: self.worker,
            header_timeout: std::time::Duration::from_secs(self.header_timeout_secs.clamp(1, 300)),
            contact_email: self.contact_email.clone().filter(|c| !c.trim().is_empty()),
            media_dir: self.data_dir.join("media"),
            search_dir: self.data_dir.join("search"),
            matching: self.matching,
        })
    }
}
