//! E-mail: messages are rendered from templates in the recipient's language, queued as
//! jobs, and handed to a transport by the worker. SMTP in production; by default each
//! message is written as an `.eml` file, so the embedded hub needs no mail server.

use crate::WebConfig;
use crate::config::{MailConfig, SmtpTls};
use crate::i18n::Tr;
use askama::Template;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::Arc;

use domain::jobs::JobKind;

/// A message ready to send: what a mail job carries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Outgoing {
    pub to: String,
    pub to_name: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Where replies go, when not to the sender (decisions: the hub's team).
    #[serde(default)]
    pub reply_to: Option<String>,
    /// Files sent with the message (an event's `.ics`).
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

/// A text file attached to a message.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Attachment {
    pub name: String,
    /// A MIME type with its parameters (`text/calendar; charset=utf-8; method=PUBLISH`).
    pub content_type: String,
    pub body: String,
}

#[async_trait::async_trait]
pub trait Transport: Send + Sync {
    async fn send(&self, msg: &Outgoing) -> Result<(), String>;
}

fn build(from: &str, msg: &Outgoing) -> Result<Message, String> {
    let from: Mailbox = from.parse().map_err(|e| format!("bad from address: {e}"))?;
    let to = Mailbox::new(Some(msg.to_name.clone()), msg.to.parse().map_err(|e| format!("bad recipient: {e}"))?);
    let mut builder = Message::builder().from(from).to(to);
    if let Some(r) = &msg.reply_to {
        builder = builder.reply_to(r.parse().map_err(|e| format!("bad reply-to address: {e}"))?);
    }
    let body = MultiPart::alternative_plain_html(msg.text.clone(), msg.html.clone());
    if msg.attachments.is_empty() {
        return builder.subject(&msg.subject).multipart(body).map_err(|e| e.to_string());
    }
    let mut mixed = MultiPart::mixed().multipart(body);
    for a in &msg.attachments {
        let kind = ContentType::parse(&a.content_type).map_err(|e| format!("bad attachment type: {e}"))?;
        mixed = mixed.singlepart(lettre::message::Attachment::new(a.name.clone()).body(a.body.clone(), kind));
    }
    builder.subject(&msg.subject).multipart(mixed).map_err(|e| e.to_string())
}

pub struct FileTransport {
    dir: PathBuf,
    from: String,
}

#[async_trait::async_trait]
impl Transport for FileTransport {
    async fn send(&self, msg: &Outgoing) -> Result<(), String> {
        let m = build(&self.from, msg)?;
        tokio::fs::create_dir_all(&self.dir).await.map_err(|e| e.to_string())?;
        let id = store::secret::random_hex();
        let name = format!("{}-{}.eml", chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"), &id[..8]);
        tokio::fs::write(self.dir.join(name), m.formatted()).await.map_err(|e| e.to_string())
    }
}

pub struct SmtpTransport {
    inner: AsyncSmtpTransport<Tokio1Executor>,
    from: String,
}

#[async_trait::async_trait]
impl Transport for SmtpTransport {
    async fn send(&self, msg: &Outgoing) -> Result<(), String> {
        let m = build(&self.from, msg)?;
        self.inner.send(m).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

pub fn transport(config: &WebConfig) -> anyhow::Result<Arc<dyn Transport>> {
    Ok(match &config.mail {
        MailConfig::File { dir, from } => Arc::new(FileTransport { dir: dir.clone(), from: from.clone() }),
        MailConfig::Smtp { host, port, tls, username, password, from } => {
            let mut b = match tls {
                SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
                SmtpTls::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?,
                SmtpTls::Wrapper => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
            }
            .port(*port)
            .timeout(Some(std::time::Duration::from_secs(20)));
            if let (Some(u), Some(p)) = (username, password) {
                b = b.credentials(Credentials::new(u.clone(), p.clone()));
            }
            Arc::new(SmtpTransport { inner: b.build(), from: from.clone() })
        }
    })
}

#[derive(Template)]
#[template(path = "mail/message.txt")]
struct TextMail<'a> {
    tr: &'a Tr,
    greeting: &'a str,
    paragraphs: &'a [String],
    link: Option<&'a str>,
}

#[derive(Template)]
#[template(path = "mail/message.html")]
struct HtmlMail<'a> {
    tr: &'a Tr,
    subject: &'a str,
    greeting: &'a str,
    paragraphs: &'a [String],
    link: Option<&'a str>,
    link_label: &'a str,
}

/// What a message says, before it is rendered as text and HTML.
pub struct Letter<'a> {
    pub tr: Tr,
    /// The account the message is about (erasing it erases the queued message).
    pub user: Option<domain::UserId>,
    pub to: &'a str,
    pub to_name: &'a str,
    pub subject: String,
    pub paragraphs: Vec<String>,
    pub link: Option<(String, String)>,
}

impl Letter<'_> {
    pub fn render(&self) -> anyhow::Result<Outgoing> {
        let greeting = self.tr.ta("mail-greeting", "name", self.to_name);
        let link = self.link.as_ref().map(|(url, _)| url.as_str());
        let text = TextMail { tr: &self.tr, greeting: &greeting, paragraphs: &self.paragraphs, link }.render()?;
        let html = HtmlMail {
            tr: &self.tr,
            subject: &self.subject,
            greeting: &greeting,
            paragraphs: &self.paragraphs,
            link,
            link_label: self.link.as_ref().map(|(_, l)| l.as_str()).unwrap_or(""),
        }
        .render()?;
        Ok(Outgoing {
            to: self.to.to_owned(),
            to_name: self.to_name.to_owned(),
            subject: self.subject.clone(),
            text,
            html,
            reply_to: None,
            attachments: Vec::new(),
        })
    }
}

/// Queues a message in the action's transaction; the worker sends it after commit (and
/// retries until it is delivered or its attempts run out).
pub async fn queue(tx: &mut store::Tx, letter: Letter<'_>) -> Result<(), crate::error::AppError> {
    queue_replying(tx, letter, None).await
}

/// Like [`queue`], with replies going to `reply_to` (a mailbox such as `Team <team@…>`).
pub async fn queue_replying(
    tx: &mut store::Tx,
    letter: Letter<'_>,
    reply_to: Option<&str>,
) -> Result<(), crate::error::AppError> {
    queue_full(tx, letter, reply_to, Vec::new()).await
}

/// Like [`queue`], with files attached.
pub async fn queue_with(
    tx: &mut store::Tx,
    letter: Letter<'_>,
    attachments: Vec<Attachment>,
) -> Result<(), crate::error::AppError> {
    queue_full(tx, letter, None, attachments).await
}

async fn queue_full(
    tx: &mut store::Tx,
    letter: Letter<'_>,
    reply_to: Option<&str>,
    attachments: Vec<Attachment>,
) -> Result<(), crate::error::AppError> {
    let mut out = letter.render().map_err(|e| crate::error::AppError::Internal(e.to_string()))?;
    out.reply_to = reply_to.map(str::to_owned);
    out.attachments = attachments;
    let payload = serde_json::to_string(&out).map_err(|e| crate::error::AppError::Internal(e.to_string()))?;
    let now = store::now();
    let job = store::jobs::NewJob { user: letter.user, ..store::jobs::NewJob::now(JobKind::Mail, &payload, now) };
    tx.enqueue_job(job, now).await?;
    Ok(())
}
