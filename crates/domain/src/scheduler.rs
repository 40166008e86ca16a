//! The brokerage scheduler (issue 11), a pure function: accepted meetings into slots and
//! tables so that no participant has two meetings at once, everyone is available at their
//! meeting's time, no slot holds more meetings than tables, each participant's cap per
//! session holds, and locked meetings stay where they are.
//!
//! Objectives, in order: the weighted number of meetings placed (priority), then few idle
//! gaps (a slot a participant is free in between their first and last meeting of a
//! session), then meetings balanced across participants.
//!
//! Method (first slice): locked meetings first; then the others, highest priority first and,
//! among equals, those with the fewest slots both participants share; each goes to the
//! feasible slot that adds the fewest gaps (ties: the slot next to the participants' other
//! meetings, then the earliest). A repair pass then tries, for each meeting left out, to move
//! one meeting that blocks it to another feasible slot.
//!
//! Upper bound: no schedule places more meetings than (a) those whose two participants
//! share an available slot with a table, nor (b) the sum over slots of the smaller of its
//! tables and half its available participants, nor (c) half the sum over participants of
//! the smaller of their meetings, their available slots and their caps summed over
//! sessions. The bound given is the least of the three.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, Deserialize)]
pub struct SlotIn {
    pub id: String,
    #[serde(default)]
    pub session: Option<String>,
    pub tables: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ParticipantIn {
    pub id: String,
    #[serde(default)]
    pub available: Vec<String>,
    /// At most this many meetings in each session.
    #[serde(default)]
    pub max_meetings: Option<i64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LockIn {
    pub slot: String,
    pub table: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MeetingIn {
    pub id: String,
    pub a: String,
    pub b: String,
    #[serde(default = "one")]
    pub priority: i64,
    #[serde(default)]
    pub locked: Option<LockIn>,
}

fn one() -> i64 {
    1
}

/// An instance as the JSON file says it (unknown fields ignored).
#[derive(Debug, Clone, Deserialize)]
pub struct Instance {
    pub slots: Vec<SlotIn>,
    pub participants: Vec<ParticipantIn>,
    pub meetings: Vec<MeetingIn>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assignment {
    pub meeting: String,
    pub slot: String,
    pub table: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unscheduled {
    pub meeting: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Objective {
    pub meetings: usize,
    pub weighted: i64,
    pub gaps: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Schedule {
    pub assignments: Vec<Assignment>,
    pub unscheduled: Vec<Unscheduled>,
    pub objective: Objective,
    pub upper_bound: usize,
}

/// The instance, checked and indexed.
struct Problem {
    slots: Vec<(String, usize, i64)>,
    /// Per participant: availability by slot, cap per session.
    avail: Vec<Vec<bool>>,
    cap: Vec<Option<i64>>,
    meetings: Vec<Meeting>,
    sessions: usize,
}

/// A checked meeting: id, the two participants, priority, and where it is locked.
type Meeting = (String, usize, usize, i64, Option<(usize, i64)>);

/// Checks an instance; every problem is listed.
fn check(inst: &Instance) -> Result<Problem, Vec<String>> {
    let mut errs = Vec::new();
    let mut slot_ix: HashMap<&str, usize> = HashMap::new();
    let mut sessions: Vec<Option<&str>> = Vec::new();
    let mut slots = Vec::new();
    for (i, s) in inst.slots.iter().enumerate() {
        if slot_ix.insert(s.id.as_str(), i).is_some() {
            errs.push(format!("slot {}: the id is used twice", s.id));
        }
        if s.tables < 0 {
            errs.push(format!("slot {}: tables cannot be negative ({})", s.id, s.tables));
        }
        // A session is a run of consecutive slots with the same value.
        let sess = s.session.as_deref();
        if sessions.last() != Some(&sess) || sessions.is_empty() {
            sessions.push(sess);
        }
        slots.push((s.id.clone(), sessions.len() - 1, s.tables.max(0)));
    }
    let mut part_ix: HashMap<&str, usize> = HashMap::new();
    let mut avail = Vec::new();
    let mut cap = Vec::new();
    for (i, p) in inst.participants.iter().enumerate() {
        if part_ix.insert(p.id.as_str(), i).is_some() {
            errs.push(format!("participant {}: the id is used twice", p.id));
        }
        let mut row = vec![false; slots.len()];
        for a in &p.available {
            match slot_ix.get(a.as_str()) {
                Some(&k) => row[k] = true,
                None => errs.push(format!("participant {}: unknown slot {a}", p.id)),
            }
        }
        if p.max_meetings.is_some_and(|m| m < 0) {
            errs.push(format!("participant {}: max_meetings cannot be negative", p.id));
        }
        avail.push(row);
        cap.push(p.max_meetings);
    }
    let mut meeting_ids: HashMap<&str, ()> = HashMap::new();
    let mut meetings = Vec::new();
    for m in &inst.meetings {
        if meeting_ids.insert(m.id.as_str(), ()).is_some() {
            errs.push(format!("meeting {}: the id is used twice", m.id));
        }
        let a = part_ix.get(m.a.as_str()).copied();
        let b = part_ix.get(m.b.as_str()).copied();
        if a.is_none() {
            errs.push(format!("meeting {}: unknown participant {}", m.id, m.a));
        }
        if b.is_none() {
            errs.push(format!("meeting {}: unknown participant {}", m.id, m.b));
        }
        if m.a == m.b {
            errs.push(format!("meeting {}: a participant cannot meet themselves ({})", m.id, m.a));
        }
        if m.priority < 0 {
            errs.push(format!("meeting {}: priority cannot be negative", m.id));
        }
        let mut lock = None;
        if let Some(l) = &m.locked {
            match slot_ix.get(l.slot.as_str()) {
                None => errs.push(format!("meeting {}: locked in unknown slot {}", m.id, l.slot)),
                Some(&k) => {
                    if l.table < 1 || l.table > slots[k].2 {
                        errs.push(format!(
                            "meeting {}: locked at table {} of slot {}, which has {}",
                            m.id, l.table, l.slot, slots[k].2
                        ));
                    }
                    if let (Some(a), Some(b)) = (a, b)
                        && (!avail[a][k] || !avail[b][k])
                    {
                        errs.push(format!(
                            "meeting {}: locked in slot {}, where its participants are not both free",
                            m.id, l.slot
                        ));
                    }
                    lock = Some((k, l.table));
                }
            }
        }
        if let (Some(a), Some(b)) = (a, b) {
            meetings.push((m.id.clone(), a, b, m.priority.max(0), lock));
        }
    }
    errs.dedup();
    if errs.is_empty() { Ok(Problem { sessions: sessions.len(), slots, avail, cap, meetings }) } else { Err(errs) }
}

/// Who meets in each slot and at which tables, while building.
struct Board<'p> {
    p: &'p Problem,
    /// Per slot: tables in use.
    used: Vec<Vec<bool>>,
    /// Per participant and slot: busy.
    busy: Vec<Vec<bool>>,
    /// Per participant and session: meetings.
    count: Vec<Vec<i64>>,
    /// Per meeting: (slot, table).
    placed: Vec<Option<(usize, i64)>>,
}

impl<'p> Board<'p> {
    fn new(p: &'p Problem) -> Self {
        let n = p.slots.len();
        Board {
            p,
            used: p.slots.iter().map(|s| vec![false; s.2 as usize]).collect(),
            busy: vec![vec![false; n]; p.avail.len()],
            count: vec![vec![0; p.sessions]; p.avail.len()],
            placed: vec![None; p.meetings.len()],
        }
    }
    fn free_table(&self, s: usize) -> Option<i64> {
        self.used[s].iter().position(|u| !u).map(|t| t as i64 + 1)
    }
    /// Both participants free at `s` and under their cap in its session.
    fn free_for(&self, m: usize, s: usize) -> bool {
        let (_, a, b, _, _) = self.p.meetings[m];
        let sess = self.p.slots[s].1;
        let under = |x: usize| self.p.cap[x].is_none_or(|c| self.count[x][sess] < c);
        self.p.avail[a][s] && self.p.avail[b][s] && !self.busy[a][s] && !self.busy[b][s] && under(a) && under(b)
    }
    fn fits(&self, m: usize, s: usize) -> bool {
        self.free_for(m, s) && self.free_table(s).is_some()
    }
    fn put(&mut self, m: usize, s: usize, table: i64) {
        let (_, a, b, _, _) = self.p.meetings[m];
        let sess = self.p.slots[s].1;
        self.used[s][(table - 1) as usize] = true;
        self.busy[a][s] = true;
        self.busy[b][s] = true;
        self.count[a][sess] += 1;
        self.count[b][sess] += 1;
        self.placed[m] = Some((s, table));
    }
    fn take(&mut self, m: usize) {
        if let Some((s, table)) = self.placed[m].take() {
            let (_, a, b, _, _) = self.p.meetings[m];
            let sess = self.p.slots[s].1;
            self.used[s][(table - 1) as usize] = false;
            self.busy[a][s] = false;
            self.busy[b][s] = false;
            self.count[a][sess] -= 1;
            self.count[b][sess] -= 1;
        }
    }
    /// Idle gaps of one participant: free available slots between their first and last
    /// meeting of each session.
    fn gaps_of(&self, x: usize) -> usize {
        let mut gaps = 0;
        let slots = &self.p.slots;
        let mut s = 0;
        while s < slots.len() {
            let sess = slots[s].1;
            let mut e = s;
            while e < slots.len() && slots[e].1 == sess {
                e += 1;
            }
            let booked: Vec<usize> = (s..e).filter(|&k| self.busy[x][k]).collect();
            if let (Some(&first), Some(&last)) = (booked.first(), booked.last()) {
                gaps += (first..=last).filter(|&k| !self.busy[x][k] && self.p.avail[x][k]).count();
            }
            s = e;
        }
        gaps
    }
    /// (gaps added, not next to another meeting of theirs, slot) for placing `m` in `s`.
    fn cost(&mut self, m: usize, s: usize) -> (usize, usize, usize) {
        let (_, a, b, _, _) = self.p.meetings[m];
        let before = self.gaps_of(a) + self.gaps_of(b);
        self.busy[a][s] = true;
        self.busy[b][s] = true;
        let after = self.gaps_of(a) + self.gaps_of(b);
        self.busy[a][s] = false;
        self.busy[b][s] = false;
        let near = |x: usize| {
            (s > 0 && self.busy[x][s - 1] && self.p.slots[s - 1].1 == self.p.slots[s].1)
                || (s + 1 < self.p.slots.len() && self.busy[x][s + 1] && self.p.slots[s + 1].1 == self.p.slots[s].1)
        };
        let lonely = (!near(a)) as usize + (!near(b)) as usize;
        (after.saturating_sub(before), lonely, s)
    }
    fn best_slot(&mut self, m: usize) -> Option<usize> {
        let candidates: Vec<usize> = (0..self.p.slots.len()).filter(|&s| self.fits(m, s)).collect();
        candidates.into_iter().min_by_key(|&s| self.cost(m, s))
    }
}

/// Why a meeting could not be placed.
fn reason(p: &Problem, m: usize) -> String {
    let (_, a, b, _, _) = p.meetings[m];
    let both: Vec<usize> = (0..p.slots.len()).filter(|&s| p.avail[a][s] && p.avail[b][s]).collect();
    if both.is_empty() {
        "no slot where both are free".into()
    } else if both.iter().all(|&s| p.slots[s].2 == 0) {
        "both free only in slots without tables".into()
    } else {
        "both free only in full slots or when one of them already meets someone (or is at their cap)".into()
    }
}

fn upper_bound(p: &Problem) -> usize {
    let shared = |m: &Meeting| (0..p.slots.len()).any(|s| p.avail[m.1][s] && p.avail[m.2][s] && p.slots[s].2 > 0);
    let a = p.meetings.iter().filter(|m| shared(m)).count();
    let b: usize =
        (0..p.slots.len()).map(|s| (p.slots[s].2 as usize).min(p.avail.iter().filter(|row| row[s]).count() / 2)).sum();
    let mut degree = vec![0usize; p.avail.len()];
    for m in p.meetings.iter().filter(|m| shared(m)) {
        degree[m.1] += 1;
        degree[m.2] += 1;
    }
    let c: usize = (0..p.avail.len())
        .map(|x| {
            let slots = p.avail[x].iter().filter(|v| **v).count();
            let cap = p.cap[x].map(|c| c.max(0) as usize * p.sessions).unwrap_or(usize::MAX);
            degree[x].min(slots).min(cap)
        })
        .sum::<usize>()
        / 2;
    a.min(b).min(c)
}

/// Schedules an instance, or lists every problem with it.
pub fn schedule(inst: &Instance) -> Result<Schedule, Vec<String>> {
    let p = check(inst)?;
    let mut board = Board::new(&p);
    // Locked meetings stay where they are (two locked at one table: the second is left out).
    for (m, meeting) in p.meetings.iter().enumerate() {
        if let Some((s, t)) = meeting.4
            && !board.used[s][(t - 1) as usize]
            && board.free_for(m, s)
        {
            board.put(m, s, t);
        }
    }
    let shared = |m: usize| {
        let (_, a, b, _, _) = p.meetings[m];
        (0..p.slots.len()).filter(|&s| p.avail[a][s] && p.avail[b][s] && p.slots[s].2 > 0).count()
    };
    let mut order: Vec<usize> = (0..p.meetings.len()).filter(|&m| p.meetings[m].4.is_none()).collect();
    order.sort_by_key(|&m| (std::cmp::Reverse(p.meetings[m].3), shared(m), m));
    for &m in &order {
        if let Some(s) = board.best_slot(m) {
            let t = board.free_table(s).expect("fits checked a table");
            board.put(m, s, t);
        }
    }
    // Repair: a meeting left out takes the place of one that can move elsewhere.
    for &m in &order {
        if board.placed[m].is_some() {
            continue;
        }
        let (_, a, b, _, _) = p.meetings[m];
        'slots: for s in 0..p.slots.len() {
            if !(p.avail[a][s] && p.avail[b][s]) || p.slots[s].2 == 0 {
                continue;
            }
            let blockers: Vec<usize> = (0..p.meetings.len())
                .filter(|&o| {
                    p.meetings[o].4.is_none()
                        && board.placed[o].is_some_and(|(os, _)| os == s)
                        && (p.meetings[o].1 == a
                            || p.meetings[o].2 == a
                            || p.meetings[o].1 == b
                            || p.meetings[o].2 == b
                            || board.free_table(s).is_none())
                })
                .collect();
            for o in blockers {
                let was = board.placed[o].expect("placed");
                board.take(o);
                if board.fits(m, s) {
                    let t = board.free_table(s).expect("fits checked a table");
                    board.put(m, s, t);
                    if let Some(s2) = board.best_slot(o) {
                        let t2 = board.free_table(s2).expect("fits checked a table");
                        board.put(o, s2, t2);
                        break 'slots;
                    }
                    board.take(m);
                }
                board.put(o, was.0, was.1);
            }
        }
    }
    let mut assignments = Vec::new();
    let mut unscheduled = Vec::new();
    let mut weighted = 0;
    for (m, meeting) in p.meetings.iter().enumerate() {
        match board.placed[m] {
            Some((s, t)) => {
                weighted += meeting.3;
                assignments.push(Assignment { meeting: meeting.0.clone(), slot: p.slots[s].0.clone(), table: t });
            }
            None => unscheduled.push(Unscheduled { meeting: meeting.0.clone(), reason: reason(&p, m) }),
        }
    }
    let gaps = (0..p.avail.len()).map(|x| board.gaps_of(x)).sum();
    Ok(Schedule {
        objective: Objective { meetings: assignments.len(), weighted, gaps },
        assignments,
        unscheduled,
        upper_bound: upper_bound(&p),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn slots(n: usize, tables: i64, per_session: usize) -> Vec<SlotIn> {
        (0..n).map(|i| SlotIn { id: format!("s{i}"), session: Some(format!("d{}", i / per_session)), tables }).collect()
    }

    fn person(id: &str, avail: &[usize], cap: Option<i64>) -> ParticipantIn {
        ParticipantIn { id: id.into(), available: avail.iter().map(|s| format!("s{s}")).collect(), max_meetings: cap }
    }

    fn meeting(id: &str, a: &str, b: &str) -> MeetingIn {
        MeetingIn { id: id.into(), a: a.into(), b: b.into(), priority: 1, locked: None }
    }

    #[test]
    fn bad_instances_list_every_problem() {
        let i = Instance {
            slots: vec![
                SlotIn { id: "s0".into(), session: None, tables: -1 },
                SlotIn { id: "s0".into(), session: None, tables: 2 },
            ],
            participants: vec![person("p", &[0], None), person("p", &[5], None)],
            meetings: vec![meeting("m", "p", "p"), meeting("m", "p", "q")],
        };
        let errs = schedule(&i).unwrap_err();
        for needle in [
            "tables cannot be negative",
            "slot s0: the id is used twice",
            "participant p: the id is used twice",
            "unknown slot s5",
            "meet themselves",
            "meeting m: the id is used twice",
            "unknown participant q",
        ] {
            assert!(errs.iter().any(|e| e.contains(needle)), "{needle}: {errs:?}");
        }
        let locked = Instance {
            slots: slots(2, 1, 2),
            participants: vec![person("a", &[0], None), person("b", &[1], None)],
            meetings: vec![MeetingIn {
                locked: Some(LockIn { slot: "s1".into(), table: 1 }),
                ..meeting("m", "a", "b")
            }],
        };
        assert!(schedule(&locked).unwrap_err()[0].contains("not both free"));
    }

    #[test]
    fn a_small_day_is_packed_without_gaps_and_says_why_the_rest_is_left() {
        let i = Instance {
            slots: slots(4, 1, 4),
            participants: vec![
                person("a", &[0, 1, 2, 3], None),
                person("b", &[0, 1, 2, 3], None),
                person("c", &[0, 1], None),
                person("d", &[3], None),
            ],
            meetings: vec![
                meeting("ab", "a", "b"),
                meeting("ac", "a", "c"),
                meeting("bc", "b", "c"),
                meeting("cd", "c", "d"),
            ],
        };
        let s = schedule(&i).unwrap();
        assert_eq!(s.objective.meetings, 3);
        assert_eq!(
            s.unscheduled,
            vec![Unscheduled { meeting: "cd".into(), reason: "no slot where both are free".into() }]
        );
        assert!(s.upper_bound >= s.objective.meetings && s.upper_bound <= 3);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn every_schedule_keeps_the_rules(
            n_slots in 1usize..10,
            tables in 0i64..4,
            people in 2usize..12,
            avail_bits in proptest::collection::vec(any::<u16>(), 12),
            pairs in proptest::collection::vec((0usize..12, 0usize..12, 1i64..4), 0..40),
            cap in proptest::option::of(0i64..4),
            lock_first in any::<bool>(),
        ) {
            let participants: Vec<ParticipantIn> = (0..people)
                .map(|k| person(&format!("p{k}"), &(0..n_slots).filter(|s| avail_bits[k] >> s & 1 == 1).collect::<Vec<_>>(), cap))
                .collect();
            let mut meetings: Vec<MeetingIn> = pairs
                .iter()
                .enumerate()
                .filter(|(_, (a, b, _))| a % people != b % people)
                .map(|(k, (a, b, pr))| MeetingIn { priority: *pr, ..meeting(&format!("m{k}"), &format!("p{}", a % people), &format!("p{}", b % people)) })
                .collect();
            // Lock the first meeting where its participants are both free, if anywhere.
            if lock_first && tables > 0 && let Some(m) = meetings.first_mut() {
                let (a, b) = (m.a.clone(), m.b.clone());
                let free = |id: &str, s: usize| participants.iter().find(|p| p.id == id).unwrap().available.contains(&format!("s{s}"));
                if let Some(s) = (0..n_slots).find(|&s| free(&a, s) && free(&b, s)) {
                    m.locked = Some(LockIn { slot: format!("s{s}"), table: 1 });
                }
            }
            let i = Instance { slots: slots(n_slots, tables, 3), participants, meetings };
            let s = schedule(&i).unwrap();
            prop_assert_eq!(s.assignments.len() + s.unscheduled.len(), i.meetings.len());
            prop_assert!(s.objective.meetings <= s.upper_bound);
            let mut at: HashMap<(String, i64), usize> = HashMap::new();
            let mut busy: HashMap<(String, String), usize> = HashMap::new();
            let mut per_session: HashMap<(String, String), i64> = HashMap::new();
            for x in &s.assignments {
                let m = i.meetings.iter().find(|m| m.id == x.meeting).unwrap();
                let slot = i.slots.iter().find(|sl| sl.id == x.slot).unwrap();
                prop_assert!(x.table >= 1 && x.table <= slot.tables, "a table of the slot");
                *at.entry((x.slot.clone(), x.table)).or_default() += 1;
                for p in [&m.a, &m.b] {
                    let person = i.participants.iter().find(|q| &q.id == p).unwrap();
                    prop_assert!(person.available.contains(&x.slot), "available");
                    *busy.entry((p.clone(), x.slot.clone())).or_default() += 1;
                    *per_session.entry((p.clone(), slot.session.clone().unwrap_or_default())).or_default() += 1;
                }
                if let Some(l) = &m.locked {
                    prop_assert_eq!((&l.slot, l.table), (&x.slot, x.table), "locked stays");
                }
            }
            prop_assert!(at.values().all(|n| *n == 1), "one meeting a table");
            prop_assert!(busy.values().all(|n| *n == 1), "one meeting at a time");
            if let Some(c) = cap {
                prop_assert!(per_session.values().all(|n| *n <= c), "caps hold");
            }
        }
    }
}
