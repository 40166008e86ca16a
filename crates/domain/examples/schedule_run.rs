//! Runs the scheduler on an instance file and prints the objective, the bound and the time
//! (the schedule itself is what `iptf schedule` writes).
//!
//!     cargo run --release -p domain --example schedule_run -- /tmp/brokerage.json [SECONDS] [SEED]
use domain::scheduler::{Instance, Options, schedule_with};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("an instance file");
    let seconds = args.get(1).map_or(10.0, |s| s.parse().expect("seconds"));
    let seed = args.get(2).map_or(0, |s| s.parse().expect("a seed"));
    let inst: Instance = serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("an instance");
    let total: i64 = inst.meetings.iter().map(|m| m.priority).sum();
    let started = std::time::Instant::now();
    let s = schedule_with(&inst, Options { seconds, seed }).unwrap_or_else(|e| panic!("invalid instance: {e:?}"));
    let took = started.elapsed().as_secs_f64();
    println!(
        "{{\"meetings\": {}, \"of\": {}, \"weighted\": {}, \"weighted_of\": {}, \"gaps\": {}, \"gap_share\": {:.4}, \"upper_bound\": {}, \"seconds\": {:.2}}}",
        s.objective.meetings,
        inst.meetings.len(),
        s.objective.weighted,
        total,
        s.objective.gaps,
        s.objective.gaps as f64 / s.objective.meetings.max(1) as f64,
        s.upper_bound,
        took
    );
}
