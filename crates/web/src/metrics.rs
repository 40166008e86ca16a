//! Prometheus metrics: request counts by route, method and status, and a latency
//! histogram by route, kept in memory and served at `/metrics` in the text format.

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

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
    jobs: Mutex<BTreeMap<(String, &'static str), u64>>,
}

impl Metrics {
    pub fn observe(&self, route: &str, method: &str, status: u16, secs: f64) {
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((route.to_owned(), method.to_owned(), status)).or_default() += 1;
        }
        if let Ok(mut m) = self.latency.lock() {
            let h = m.entry(route.to_owned()).or_default();
            for (i, b) in BUCKETS.iter().enumerate() {
                if secs <= *b {
                    h.counts[i] += 1;
                }
            }
            h.sum += secs;
            h.total += 1;
        }
    }

    pub fn job_done(&self, kind: &str, outcome: &'static str) {
        if let Ok(mut m) = self.jobs.lock() {
            *m.entry((kind.to_owned(), outcome)).or_default() += 1;
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("# HELP http_requests_total HTTP requests by route, method and status.\n# TYPE http_requests_total counter\n");
        if let Ok(m) = self.requests.lock() {
            for ((route, method, status), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}"
                );
            }
        }
        out.push_str("# HELP http_request_duration_seconds Time to answer a request.\n# TYPE http_request_duration_seconds histogram\n");
        if let Ok(m) = self.latency.lock() {
            for (route, h) in m.iter() {
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
        out.push_str(
            "# HELP iptf_jobs_total Background jobs run, by kind and outcome.\n# TYPE iptf_jobs_total counter\n",
        );
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
    let route =
        req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "unmatched".into());
    let method = req.method().as_str().to_owned();
    let resp = next.run(req).await;
    state.metrics.observe(&route, &method, resp.status().as_u16(), start.elapsed().as_secs_f64());
    resp
}
