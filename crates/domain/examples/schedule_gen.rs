//! Writes a generated brokerage instance as JSON (the format of `iptf schedule`).
//!
//!     cargo run --release -p domain --example schedule_gen -- \
//!         --participants 1000 --meetings 5000 --slots 48 --sessions 6 --tables 150 \
//!         --min-availability 0.75 --cap 8 --seed 1 > /tmp/brokerage.json
use domain::scheduler::{Generate, generate};

fn main() {
    let mut g = Generate {
        participants: 1000,
        meetings: 5000,
        slots: 48,
        sessions: 6,
        tables: 150,
        min_availability: 0.75,
        cap: None,
        seed: 1,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let [flag, value] = pair else { panic!("flags take a value: {args:?}") };
        let v = value.as_str();
        let num = || v.parse::<usize>().unwrap_or_else(|_| panic!("{flag} takes a number, not {v}"));
        match flag.as_str() {
            "--participants" => g.participants = num(),
            "--meetings" => g.meetings = num(),
            "--slots" => g.slots = num(),
            "--sessions" => g.sessions = num(),
            "--tables" => g.tables = num() as i64,
            "--min-availability" => g.min_availability = v.parse().expect("a share between 0 and 1"),
            "--cap" => g.cap = Some(num() as i64),
            "--seed" => g.seed = num() as u64,
            _ => panic!("unknown flag {flag}"),
        }
    }
    println!("{}", serde_json::to_string(&generate(&g)).expect("an instance serialises"));
}
