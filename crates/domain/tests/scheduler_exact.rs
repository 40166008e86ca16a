//! The scheduler against an exact model (issue 11): on generated instances of up to 300
//! meetings, the weighted meetings it places must equal the optimum that an integer
//! program (solved by microlp, pure Rust, branch and bound) proves. Slow, so ignored:
//!
//!     cargo test --release -p domain --test scheduler_exact -- --ignored --nocapture
use domain::scheduler::{Generate, Instance, Options, generate, schedule_with};
use microlp::{ComparisonOp, OptimizationDirection, Problem, SolutionStatus, SolveOutcome};
use std::collections::HashMap;

/// The optimum weighted meetings: one binary per meeting and shared slot with a table; a
/// meeting at most once, a participant in one meeting per slot, no more meetings than
/// tables in a slot, each participant's cap per session.
fn optimum(inst: &Instance) -> i64 {
    let slot_ix: HashMap<&str, usize> = inst.slots.iter().enumerate().map(|(k, s)| (s.id.as_str(), k)).collect();
    let mut session = Vec::new();
    for s in &inst.slots {
        let same = session.last().is_some_and(|(v, _): &(Option<String>, usize)| *v == s.session);
        let k = if same { session.last().expect("nonempty").1 } else { session.len() };
        session.push((s.session.clone(), k));
    }
    let person: HashMap<&str, usize> = inst.participants.iter().enumerate().map(|(k, p)| (p.id.as_str(), k)).collect();
    let avail: Vec<Vec<bool>> = inst
        .participants
        .iter()
        .map(|p| {
            let mut row = vec![false; inst.slots.len()];
            for a in &p.available {
                row[slot_ix[a.as_str()]] = true;
            }
            row
        })
        .collect();
    let mut lp = Problem::new(OptimizationDirection::Maximize);
    let mut per_meeting = Vec::new();
    let mut per_person_slot: HashMap<(usize, usize), Vec<microlp::Variable>> = HashMap::new();
    let mut per_slot: HashMap<usize, Vec<microlp::Variable>> = HashMap::new();
    let mut per_person_session: HashMap<(usize, usize), Vec<microlp::Variable>> = HashMap::new();
    for m in &inst.meetings {
        let (a, b) = (person[m.a.as_str()], person[m.b.as_str()]);
        let mut vars = Vec::new();
        for (s, slot) in inst.slots.iter().enumerate() {
            if !(avail[a][s] && avail[b][s]) || slot.tables == 0 {
                continue;
            }
            let v = lp.add_binary_var(m.priority as f64);
            vars.push(v);
            for x in [a, b] {
                per_person_slot.entry((x, s)).or_default().push(v);
                per_person_session.entry((x, session[s].1)).or_default().push(v);
            }
            per_slot.entry(s).or_default().push(v);
        }
        per_meeting.push(vars);
    }
    let at_most = |lp: &mut Problem, vars: &[microlp::Variable], n: f64| {
        let terms: Vec<(microlp::Variable, f64)> = vars.iter().map(|v| (*v, 1.0)).collect();
        lp.add_constraint(terms.as_slice(), ComparisonOp::Le, n);
    };
    for vars in per_meeting.iter().filter(|v| v.len() > 1) {
        at_most(&mut lp, vars, 1.0);
    }
    for vars in per_person_slot.values().filter(|v| v.len() > 1) {
        at_most(&mut lp, vars, 1.0);
    }
    for (s, vars) in &per_slot {
        if vars.len() as i64 > inst.slots[*s].tables {
            at_most(&mut lp, vars, inst.slots[*s].tables as f64);
        }
    }
    for ((x, _), vars) in &per_person_session {
        if let Some(cap) = inst.participants[*x].max_meetings
            && vars.len() as i64 > cap
        {
            at_most(&mut lp, vars, cap as f64);
        }
    }
    match lp.solve().expect("the model has a solution (place nothing)") {
        SolveOutcome::Solution(s) => {
            assert_eq!(s.status(), SolutionStatus::Optimal, "microlp proves the optimum");
            s.objective().round() as i64
        }
        SolveOutcome::Interrupted(_) => panic!("microlp stopped before a solution"),
    }
}

#[test]
#[ignore = "slow: an exact solver on 80 instances"]
fn the_scheduler_places_the_optimum_weighted_meetings_on_small_instances() {
    // Tight tables, tight availability, tight caps, and all three.
    let shape = |participants, meetings, slots, sessions, tables, min_availability, cap| Generate {
        participants,
        meetings,
        slots,
        sessions,
        tables,
        min_availability,
        cap,
        seed: 0,
    };
    let shapes = [
        shape(20, 60, 6, 1, 4, 0.75, None),
        shape(30, 120, 8, 2, 6, 0.5, Some(3)),
        shape(40, 200, 10, 2, 12, 0.5, Some(3)),
        shape(60, 300, 12, 2, 14, 0.6, Some(4)),
        shape(50, 300, 12, 3, 30, 0.5, Some(2)),
    ];
    let mut worse = Vec::new();
    println!("shape seed meetings optimum ours placed upper_bound gaps seconds");
    for (k, shape) in shapes.iter().enumerate() {
        for seed in 1..=16 {
            let inst = generate(&Generate { seed, ..*shape });
            let best = optimum(&inst);
            let started = std::time::Instant::now();
            let ours = schedule_with(&inst, Options { seconds: 10.0, seed: 0 }).expect("a valid instance");
            println!(
                "{k} {seed} {} {best} {} {} {} {} {:.2}",
                inst.meetings.len(),
                ours.objective.weighted,
                ours.objective.meetings,
                ours.upper_bound,
                ours.objective.gaps,
                started.elapsed().as_secs_f64()
            );
            if ours.objective.weighted != best {
                worse.push((k, seed, ours.objective.weighted, best));
            }
        }
    }
    assert!(worse.is_empty(), "below the optimum on (shape, seed, ours, optimum): {worse:?}");
}
