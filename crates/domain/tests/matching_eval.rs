//! The matcher against the evaluation set in `eval/matching.json`: precision@5, recall@10
//! and nDCG@10 of the ranked solutions for each challenge, same-language and cross-language
//! apart, against two baselines (CPV codes and sectors alone; shared words alone). Fails if
//! the matcher's figures drop below what it reached when this test was written.
//!
//! `cargo test -p domain --test matching_eval -- --nocapture` prints the table.

use domain::matching::{CommonNeeds, Item, MatchIndex, Side, Weights, pairwise_f1, quality};
use serde::Deserialize;

#[derive(Deserialize)]
struct Need {
    challenges: Vec<i64>,
    solutions: Vec<i64>,
}

#[derive(Deserialize)]
struct Set {
    challenges: Vec<Item>,
    solutions: Vec<Item>,
    needs: Vec<Need>,
}

fn set() -> Set {
    serde_json::from_str(include_str!("../eval/matching.json")).expect("the evaluation set reads")
}

#[derive(Debug, Default, Clone, Copy)]
struct Scores {
    p5: f64,
    r10: f64,
    ndcg10: f64,
    queries: usize,
}

/// Mean quality of the challenge → solutions rankings, over the relevant solutions in
/// the challenge's language (`same = true`) or in other languages; the relevant ones of the
/// other kind are left out of the ranking.
fn evaluate(set: &Set, weights: Weights, same: bool) -> Scores {
    let idx = MatchIndex::build(
        weights,
        set.challenges
            .iter()
            .map(|c| (Side::Challenge, c.clone()))
            .chain(set.solutions.iter().map(|s| (Side::Solution, s.clone()))),
    );
    let lang = |items: &[Item], id: i64| items.iter().find(|i| i.id == id).and_then(|i| i.language.clone());
    let mut total = Scores::default();
    for need in &set.needs {
        for &c in &need.challenges {
            let own = lang(&set.challenges, c);
            let (relevant, other): (Vec<i64>, Vec<i64>) =
                need.solutions.iter().partition(|&&s| (lang(&set.solutions, s) == own) == same);
            if relevant.is_empty() {
                continue;
            }
            let ranked: Vec<i64> = idx
                .matches(Side::Challenge, c, 50)
                .into_iter()
                .map(|m| m.id)
                .filter(|id| !other.contains(id))
                .collect();
            let (p, r, n) = quality(&ranked, &relevant);
            if std::env::var_os("EVAL_DEBUG").is_some() && n < 0.99 {
                println!("challenge {c} ({same}): relevant {relevant:?} ranked {:?}", &ranked[..ranked.len().min(10)]);
            }
            total.p5 += p;
            total.r10 += r;
            total.ndcg10 += n;
            total.queries += 1;
        }
    }
    let q = total.queries.max(1) as f64;
    Scores { p5: total.p5 / q, r10: total.r10 / q, ndcg10: total.ndcg10 / q, queries: total.queries }
}

fn baseline_codes_and_sectors() -> Weights {
    Weights { words: 0.0, concepts: 0.75, sectors: 0.25, suggested: 0.0, ..Weights::default() }
}

fn baseline_words() -> Weights {
    Weights { words: 1.0, concepts: 0.0, sectors: 0.0, suggested: 0.0, ..Weights::default() }
}

#[test]
fn the_matcher_beats_both_baselines_within_and_across_languages() {
    let set = set();
    let mut rows = Vec::new();
    for (name, w) in
        [("matcher", Weights::default()), ("CPV + sectors", baseline_codes_and_sectors()), ("words", baseline_words())]
    {
        let same = evaluate(&set, w, true);
        let cross = evaluate(&set, w, false);
        rows.push((name, same, cross));
    }
    println!("| ranker | same-language P@5 / R@10 / nDCG@10 | cross-language P@5 / R@10 / nDCG@10 |");
    println!("|---|---|---|");
    for (name, s, c) in &rows {
        println!(
            "| {name} | {:.3} / {:.3} / {:.3} ({} queries) | {:.3} / {:.3} / {:.3} ({} queries) |",
            s.p5, s.r10, s.ndcg10, s.queries, c.p5, c.r10, c.ndcg10, c.queries
        );
    }
    let (_, same, cross) = rows[0];
    let (_, base_same, base_cross) = rows[1];
    let (_, _, words_cross) = rows[2];
    // Floors: what the matcher reached when written, rounded down.
    // Measured when written: same-language 0.200 / 1.000 / 1.000, cross-language
    // 0.378 / 1.000 / 0.893 (CPV + sectors: 0.857 and 0.597 nDCG@10; words: 0.000 across).
    assert!(same.r10 >= 0.99 && same.ndcg10 >= 0.95, "same-language fell: {same:?}");
    assert!(cross.p5 >= 0.37 && cross.r10 >= 0.99 && cross.ndcg10 >= 0.88, "cross-language fell: {cross:?}");
    assert!(cross.ndcg10 >= base_cross.ndcg10 + 0.1, "no longer clearly above CPV + sectors: {base_cross:?}");
    assert!(same.ndcg10 >= base_same.ndcg10, "below CPV + sectors within a language: {base_same:?}");
    assert!(words_cross.ndcg10 < 0.5 * cross.ndcg10, "shared words alone should not cross languages");
}

#[test]
fn common_needs_are_found_across_languages() {
    let set = set();
    let truth: Vec<Vec<i64>> =
        set.needs.iter().filter(|n| n.challenges.len() > 1).map(|n| n.challenges.clone()).collect();
    // Every challenge of the set is its own buyer's.
    let owner = |id: i64| Some(id);
    let mut rows = Vec::new();
    for k in [1usize, 2, 3] {
        for t in [0.15f32, 0.2, 0.25, 0.3] {
            let w = Weights { common_need: t, common_need_neighbours: k, ..Weights::default() };
            let idx = MatchIndex::build(w, set.challenges.iter().map(|c| (Side::Challenge, c.clone())));
            let found = CommonNeeds::build(&idx, &owner).groups();
            rows.push(((k, t), pairwise_f1(&found, &truth), found));
        }
    }
    if std::env::var_os("EVAL_DEBUG").is_some() {
        let idx = MatchIndex::build(
            Weights { common_need: 0.0, ..Weights::default() },
            set.challenges.iter().map(|c| (Side::Challenge, c.clone())),
        );
        for c in &set.challenges {
            println!("{}: {:?}", c.id, idx.need_links(c.id, &owner, 4));
        }
    }
    for (t, (p, r, f1), found) in &rows {
        println!("common needs, {} nearest at {}: precision {p:.3}, recall {r:.3}, F1 {f1:.3}; {found:?}", t.0, t.1);
    }
    let w = Weights::default();
    let default = (w.common_need_neighbours, w.common_need);
    let (_, (_, _, f1), _) = rows.iter().find(|r| r.0 == default).expect("the default threshold is measured");
    // Measured when written: precision 0.556, recall 0.833, F1 0.667 (2 nearest at 0.2).
    assert!(*f1 >= 0.66, "pairwise F1 of the common-needs detection fell: {f1}");
    // Adding the challenges one by one finds the same groups as building them at once.
    let idx = MatchIndex::build(Weights::default(), set.challenges.iter().map(|c| (Side::Challenge, c.clone())));
    let mut all = CommonNeeds::build(&idx, &owner);
    let mut growing = MatchIndex::new(Weights::default());
    let mut step = CommonNeeds::default();
    for c in &set.challenges {
        growing.upsert(Side::Challenge, c);
        step.add(&growing, c.id, &owner);
    }
    let (_, _, f1_step) = pairwise_f1(&step.groups(), &truth);
    println!("common needs added one by one: F1 {f1_step:.3}; {:?}", step.groups());
    assert!(f1_step >= 0.5, "{:?} vs {:?}", step.groups(), all.groups());
}
