//! The web layer: pages and JSON API of every capability, on axum.
//!
//! Each capability is a module with its pages, its API routes and the small service
//! functions both share; `router` merges them. A request passes, from outside in:
//! metrics → security headers → error rendering → request context (session, language,
//! CSRF token) → CSRF check → body limit → handler. Errors leave handlers as [`error::AppError`] and are
//! rendered once, as an HTML page or as `application/problem+json` under `/api/`.

pub mod accounts;
pub mod admin;
pub mod api;
pub mod api_common;
pub mod applications;
pub mod assets;
pub mod brokerage;
pub mod challenges;
pub mod conditional;
pub mod config;
pub mod cpv;
pub mod ctx;
pub mod error;
pub mod events;
pub mod find;
pub mod follows;
pub mod forms;
pub mod groups;
pub mod home;
pub mod i18n;
pub mod initiatives;
pub mod jobs;
pub mod landscape;
pub mod mail;
pub mod matcher;
pub mod media;
pub mod messages;
pub mod metrics;
pub mod moderation;
pub mod once;
pub mod ops;
pub mod organisations;
pub mod page;
pub mod pager;
pub mod passwords;
pub mod people;
pub mod resources;
pub mod security;
pub mod solutions;
pub mod topics;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use std::sync::Arc;

pub use config::{MailConfig, WebConfig};

/// The longest any request may take before it is answered 503.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: store::Db,
    pub config: Arc<WebConfig>,
    pub metrics: Arc<metrics::Metrics>,
    pub mailer: Arc<dyn mail::Transport>,
    pub jobs_notify: Arc<tokio::sync::Notify>,
    pub home_cache: Arc<home::Cache>,
    pub search: Arc<find::Engine>,
    pub topics: Arc<topics::Registry>,
    pub matcher: Arc<matcher::Matcher>,
}

impl AppState {
    pub fn new(db: store::Db, config: WebConfig) -> anyhow::Result<Self> {
        let mailer = mail::transport(&config)?;
        let search = Arc::new(find::Engine::open(&config.search_dir)?);
        Ok(Self {
            db,
            config: Arc::new(config),
            metrics: Arc::new(metrics::Metrics::default()),
            mailer,
            jobs_notify: Arc::new(tokio::sync::Notify::new()),
            home_cache: Arc::new(home::Cache::default()),
            search,
            topics: Arc::new(topics::Registry::default()),
            matcher: Arc::new(matcher::Matcher::default()),
        })
    }
}

impl AppState {
    /// Commits a service's transaction, then wakes this process's worker if the
    /// transaction queued jobs (they exist only once committed).
    pub async fn commit(&self, tx: store::Tx) -> Result<(), store::StoreError> {
        let queued = tx.queued_jobs();
        tx.commit().await?;
        if queued {
            self.jobs_notify.notify_one();
        }
        Ok(())
    }
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(home::router())
        .merge(assets::router())
        .merge(accounts::router())
        .merge(organisations::router())
        .merge(initiatives::router())
        .merge(people::router())
        .merge(media::router())
        .merge(applications::router())
        .merge(groups::router())
        .merge(follows::router())
        .merge(messages::router())
        .merge(moderation::router())
        .merge(resources::router())
        .merge(landscape::router())
        .merge(topics::router())
        .merge(events::router())
        .merge(brokerage::router())
        .merge(challenges::router())
        .merge(solutions::router())
        .merge(cpv::router())
        .merge(find::router())
        .merge(admin::router())
        .merge(api::router())
        .merge(ops::router())
        .fallback(error::not_found)
        // No request runs for ever; a cut request drops its transaction, which rolls back.
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(DefaultBodyLimit::max(state.config.body_limit))
        .layer(axum::middleware::from_fn_with_state(state.clone(), once::api))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::csrf))
        .layer(axum::middleware::from_fn_with_state(state.clone(), ctx::load))
        .layer(axum::middleware::from_fn(error::render))
        .layer(axum::middleware::from_fn_with_state(state.clone(), conditional::layer))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::headers))
        .layer(axum::middleware::from_fn_with_state(state.clone(), metrics::track))
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(state)
}

/// Serves the hub on `listener` until `shutdown` resolves, then lets the requests under
/// way finish (for at most [`REQUEST_TIMEOUT`]).
///
/// An accept loop of our own rather than `axum::serve`, for the timeouts it lacks: a
/// connection must send its request headers within `header_timeout`, and one idle between
/// requests is closed after the same time, so half-sent requests cannot hold sockets.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;
    let header_timeout = state.config.header_timeout;
    let app = router(state);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(header_timeout).keep_alive(true);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of file descriptors and the like: wait rather than spin.
                Err(e) => {
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: axum::http::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            app.clone().oneshot(req.map(axum::body::Body::new))
        });
        let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "connection ended");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(REQUEST_TIMEOUT, graceful.shutdown()).await.is_err() {
        tracing::warn!("requests still running at shutdown were cut");
    }
    Ok(())
}
