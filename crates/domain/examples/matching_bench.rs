//! The matcher at the scale of issue 10: 20,000 challenges and 100,000 solutions
//! (synthetic, `domain::synthetic`, seed 42). Times building the index, the top 20 matches
//! of 500 challenges (target p95 under 50 ms), the full common-needs detection (target
//! under 10 s) and adding one new challenge to both (target under 200 ms); reports memory.
//! `cargo run --release -p domain --example matching_bench [CHALLENGES SOLUTIONS]`

use domain::matching::{CommonNeeds, MatchIndex, Side, Weights};
use domain::synthetic;
use std::time::Instant;

fn rss_mb() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS")).map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_owned())
        })
        .and_then(|kb| kb.parse::<u64>().ok())
        .map(|kb| format!("{} MB", kb / 1024))
        .unwrap_or_else(|| "?".into())
}

fn pct(sorted: &[f64], q: f64) -> f64 {
    sorted[((sorted.len() as f64 * q) as usize).min(sorted.len() - 1)]
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let (nc, ns) = (args.first().copied().unwrap_or(20_000), args.get(1).copied().unwrap_or(100_000));
    let t = Instant::now();
    let ch = synthetic::challenges(nc, 42);
    let so = synthetic::solutions(ns, &ch, 42);
    println!("generated {nc} challenges and {ns} solutions in {:.1} s", t.elapsed().as_secs_f64());
    // The last challenge is held back to be added afterwards.
    let (held, first) = ch.split_last().expect("at least one challenge");
    let t = Instant::now();
    let mut idx = MatchIndex::build(
        Weights::default(),
        first
            .iter()
            .map(|g| (Side::Challenge, g.item.clone()))
            .chain(so.iter().map(|g| (Side::Solution, g.item.clone()))),
    );
    println!("index built in {:.1} s; memory {}", t.elapsed().as_secs_f64(), rss_mb());
    let mut times = Vec::new();
    let mut found = 0;
    for k in 0..500 {
        let id = first[(k * 37) % first.len()].item.id;
        let t = Instant::now();
        let m = idx.matches(Side::Challenge, id, 20);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        found += m.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "top 20 matches of one challenge, 500 challenges: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms ({:.1} matches each)",
        pct(&times, 0.5),
        pct(&times, 0.95),
        pct(&times, 1.0),
        found as f64 / 500.0
    );
    // Each synthetic challenge is its own buyer's.
    let owner = |id: i64| Some(id);
    let t = Instant::now();
    let mut needs = CommonNeeds::build(&idx, &owner);
    println!("  (built: memory {})", rss_mb());
    let groups = needs.groups();
    println!(
        "common needs over {} challenges in {:.2} s: {} groups, {} challenges in them; memory {}",
        first.len(),
        t.elapsed().as_secs_f64(),
        groups.len(),
        groups.iter().map(Vec::len).sum::<usize>(),
        rss_mb()
    );
    let t = Instant::now();
    idx.upsert(Side::Challenge, &held.item);
    needs.add(&idx, held.item.id, &owner);
    let in_group = needs.group_of(held.item.id).len();
    println!(
        "one new challenge into the index and the common needs: {:.1} ms (its group: {in_group} challenges)",
        t.elapsed().as_secs_f64() * 1e3
    );
}
