//! Prometheus metrics: request counts by route, method and status, and a latency
//! histogram by route, kept in memory and served at `/metrics` in the text format.
//!
//! Every request passes here, so counting takes one lock and allocates only the first
//! time a route, method and status are seen together.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Instant;

const BUCKETS: [f64; 12] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    total: u64,
}

/// One route: requests by method and status, and their latency.
#[derive(Default)]
struct RouteStats {
    requests: Vec<(String, u16, u64)>,
    latency: Histogram,
}

#[derive(Default)]
pub struct Metrics {
    routes: Mutex<BTreeMap<String, RouteStats>>,
    jobs: Mutex<BTreeMap<(String, &'static str), u64>>,
}

impl Metrics {
    pub fn observe(&self, route: &str, method: &str, status: u16, secs: f64) {
        let Ok(mut routes) = self.routes.lock() else { return };
        let stats = match routes.get_mut(route) {
            Some(s) => s,
            None => routes.entry(route.to_owned()).or_default(),
        };
        match stats.requests.iter_mut().find(|(m, s, _)| m == method && *s == status) {
            Some(entry) => entry.2 += 1,
            None => stats.requests.push((method.to_owned(), status, 1)),
        }
        let h = &mut stats.latency;
        for (i, b) in BUCKETS.iter().enumerate() {
            if secs <= *b {
                h.counts[i] += 1;
            }
        }
        h.sum += secs;
        h.total += 1;
    }

    pub fn job_done(&self, kind: &str, outcome: &'static str) {
        if let Ok(mut m) = self.jobs.lock() {
            *m.entry((kind.to_owned(), outcome)).or_default() += 1;
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Ok(routes) = self.routes.lock() {
            out.push_str("# HELP http_requests_total HTTP requests by route, method and status.\n");
            out.push_str("# TYPE http_requests_total counter\n");
            for (route, stats) in routes.iter() {
                for (method, status, n) in &stats.requests {
                    let _ = writeln!(
                        out,
                        "http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}"
                    );
                }
            }
            out.push_str("# HELP http_request_duration_seconds Time to answer a request.\n");
            out.push_str("# TYPE http_request_duration_seconds histogram\n");
            for (route, stats) in routes.iter() {
                let h = &stats.latency;
                for (i, b) in BUCKETS.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{b}\"}} {}",
                        h.counts[i]
                    );
                }
                let _ =
                    writeln!(out, "http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}", h.total);
                let _ = writeln!(out, "http_request_duration_seconds_sum{{route=\"{route}\"}} {}", h.sum);
                let _ = writeln!(out, "http_request_duration_seconds_count{{route=\"{route}\"}} {}", h.total);
            }
        }
        out.push_str("# HELP iptf_jobs_total Background jobs run, by kind and outcome.\n");
        out.push_str("# TYPE iptf_jobs_total counter\n");
        if let Ok(m) = self.jobs.lock() {
            for ((kind, outcome), n) in m.iter() {
                let _ = writeln!(out, "iptf_jobs_total{{kind=\"{kind}\",outcome=\"{outcome}\"}} {n}");
            }
        }
        out
    }
}

pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    // Label by route pattern, not by path, so that ids do not explode the series.
    // Cloning the matched path and the method only bumps reference counts.
    let route = req.extensions().get::<MatchedPath>().cloned();
    let method = req.method().clone();
    let resp = next.run(req).await;
    let route = route.as_ref().map_or("unmatched", MatchedPath::as_str);
    state.metrics.observe(route, method_label(&method), resp.status().as_u16(), start.elapsed().as_secs_f64());
    resp
}

/// A bounded label: the methods the hub answers, and `other` for whatever a client
/// invents (a new series per invented method would let anyone grow the registry).
fn method_label(m: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *m {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invented_methods_share_one_label() {
        let m = axum::http::Method::from_bytes(b"BREW").unwrap();
        assert_eq!(method_label(&m), "other");
        assert_eq!(method_label(&axum::http::Method::PATCH), "PATCH");
    }

    #[test]
    fn counts_and_buckets() {
        let m = Metrics::default();
        m.observe("/", "GET", 200, 0.0007);
        m.observe("/", "GET", 200, 0.02);
        m.observe("/", "POST", 403, 0.0001);
        let out = m.render();
        assert!(out.contains(r#"http_requests_total{route="/",method="GET",status="200"} 2"#), "{out}");
        assert!(out.contains(r#"http_requests_total{route="/",method="POST",status="403"} 1"#));
        assert!(out.contains(r#"http_request_duration_seconds_bucket{route="/",le="0.001"} 2"#));
        assert!(out.contains(r#"http_request_duration_seconds_bucket{route="/",le="+Inf"} 3"#));
    }
}
