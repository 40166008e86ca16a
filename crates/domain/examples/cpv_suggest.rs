//! Times CPV suggestions for 300-word texts in six languages (issue 10: under 20 ms).
//! `cargo run --release -p domain --example cpv_suggest`

use domain::{cpv, matching::Item};
use std::time::Instant;

fn main() {
    let set: serde_json::Value =
        serde_json::from_str(include_str!("../eval/matching.json")).expect("the evaluation set reads");
    let items: Vec<Item> = ["challenges", "solutions"]
        .iter()
        .flat_map(|k| serde_json::from_value::<Vec<Item>>(set[k].clone()).expect("items"))
        .collect();
    // 300-word texts: the set's texts of one language, repeated to length.
    let mut texts = Vec::new();
    for lang in ["ENG", "FRA", "DEU", "SPA", "ITA", "NLD"] {
        let words: Vec<&str> = items
            .iter()
            .filter(|i| i.language.as_deref() == Some(lang))
            .flat_map(|i| i.text.split_whitespace())
            .collect();
        let text: Vec<&str> = words.iter().cycle().take(300).copied().collect();
        texts.push(text.join(" "));
    }
    let start = Instant::now();
    for t in &texts {
        cpv::suggest(t, None, 10);
    }
    println!("first call of each language (reads the vocabulary): {:.0} ms", start.elapsed().as_secs_f64() * 1e3);
    let mut times = Vec::new();
    for _ in 0..100 {
        for t in &texts {
            let s = Instant::now();
            let (_, found) = cpv::suggest(t, None, 10);
            times.push(s.elapsed().as_secs_f64() * 1e3);
            assert!(!found.is_empty());
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "suggest, 300 words, {} runs: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        times.len(),
        at(0.5),
        at(0.95),
        at(1.0)
    );
}
