//! The brokerage scheduler (issue 11), a pure function: accepted meetings into slots and
//! tables so that no participant has two meetings at once, everyone is available at their
//! meeting's time, no slot holds more meetings than tables, each participant's cap per
//! session holds, and locked meetings stay where they are.
//!
//! Objectives, in order: the weighted number of meetings placed (priority), then few idle
//! gaps (a slot a participant is free in between their first and last meeting of a
//! session), then meetings balanced across participants.
//!
//! Method: locked meetings first; a greedy start; then a local search with simulated
//! annealing within a time budget (see [`schedule_with`]). The meetings left out are
//! explained by the first of: no slot where both are free, both free only in slots without
//! tables, both free only in full slots or when one of them is busy or at their cap.
//!
//! Upper bound: no schedule places more meetings than (a) those whose two participants
//! share an available slot with a table, nor (b) the sum over slots of the smaller of its
//! tables and half its available participants, nor (c) half the sum over participants of
//! the smaller of their meetings, their available slots and their caps summed over
//! sessions. The bound given is the least of the three.
//!
//! A slot may carry its own `max_meetings`: a cap per participant in its session (the
//! hub's sessions each have one).

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct SlotIn {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    pub tables: i64,
    /// An extension of the format: each participant meets at most this many times in the
    /// session of this slot (the least of the values its slots give and the participant's
    /// own `max_meetings` holds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_meetings: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ParticipantIn {
    pub id: String,
    #[serde(default)]
    pub available: Vec<String>,
    /// At most this many meetings in each session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_meetings: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct LockIn {
    pub slot: String,
    pub table: i64,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct MeetingIn {
    pub id: String,
    pub a: String,
    pub b: String,
    #[serde(default = "one")]
    pub priority: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<LockIn>,
}

fn one() -> i64 {
    1
}

/// An instance as the JSON file says it (unknown fields ignored).
#[derive(Debug, Clone, Deserialize, Serialize)]
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
    /// Per participant and session: the cap.
    cap: Vec<Vec<Option<i64>>>,
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
        if s.max_meetings.is_some_and(|m| m < 0) {
            errs.push(format!("slot {}: max_meetings cannot be negative", s.id));
        }
    }
    // Each session's own cap: the least its slots give.
    let mut session_cap: Vec<Option<i64>> = vec![None; sessions.len()];
    for (k, s) in inst.slots.iter().enumerate() {
        if let Some(m) = s.max_meetings {
            let c = &mut session_cap[slots[k].1];
            *c = Some(c.map_or(m, |x| x.min(m)));
        }
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
        cap.push(
            session_cap
                .iter()
                .map(|sc| match (p.max_meetings, *sc) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                })
                .collect::<Vec<_>>(),
        );
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

const NONE: u32 = u32::MAX;

/// A small, seeded random source (splitmix64), so that a run is repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 11) as u128 * n as u128) >> 53) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Who meets in each slot, while searching. Every change goes through `put` and `take`,
/// which keep the counts, the gaps and a journal to undo a move that is not kept.
struct Board<'p> {
    p: &'p Problem,
    ns: usize,
    /// Per meeting: its slot, or NONE.
    at: Vec<u32>,
    /// Per participant and slot (flattened): the meeting they are in, or NONE.
    occ: Vec<u32>,
    /// Per slot: the meetings in it; per meeting: its place in that list.
    members: Vec<Vec<u32>>,
    pos: Vec<u32>,
    /// Per participant and session (flattened): meetings and idle gaps.
    count: Vec<i64>,
    gaps: Vec<u32>,
    /// Per participant: meetings in all sessions.
    degree: Vec<i64>,
    /// First and one-past-last slot of each session.
    range: Vec<(usize, usize)>,
    total_gaps: i64,
    weighted: i64,
    /// Sum of squared meetings per participant (lower is more balanced).
    spread: i64,
    journal: Vec<(u32, u32)>,
}

impl<'p> Board<'p> {
    fn new(p: &'p Problem) -> Self {
        let ns = p.slots.len();
        let np = p.avail.len();
        let mut range = vec![(usize::MAX, 0); p.sessions];
        for (s, slot) in p.slots.iter().enumerate() {
            let r = &mut range[slot.1];
            r.0 = r.0.min(s);
            r.1 = s + 1;
        }
        Board {
            p,
            ns,
            at: vec![NONE; p.meetings.len()],
            occ: vec![NONE; np * ns],
            members: vec![Vec::new(); ns],
            pos: vec![0; p.meetings.len()],
            count: vec![0; np * p.sessions],
            gaps: vec![0; np * p.sessions],
            degree: vec![0; np],
            range,
            total_gaps: 0,
            weighted: 0,
            spread: 0,
            journal: Vec::new(),
        }
    }
    fn busy(&self, x: usize, s: usize) -> bool {
        self.occ[x * self.ns + s] != NONE
    }
    fn under_cap(&self, x: usize, q: usize) -> bool {
        self.p.cap[x][q].is_none_or(|c| self.count[x * self.p.sessions + q] < c)
    }
    /// Both participants available, free and under their cap at `s`, and a table free.
    fn fits(&self, m: usize, s: usize) -> bool {
        let (_, a, b, _, _) = self.p.meetings[m];
        let q = self.p.slots[s].1;
        self.p.avail[a][s]
            && self.p.avail[b][s]
            && !self.busy(a, s)
            && !self.busy(b, s)
            && (self.members[s].len() as i64) < self.p.slots[s].2
            && self.under_cap(a, q)
            && self.under_cap(b, q)
    }
    /// Idle gaps of participant `x` in session `q`.
    fn gaps_in(&self, x: usize, q: usize) -> u32 {
        let (lo, hi) = self.range[q];
        let row = &self.occ[x * self.ns..(x + 1) * self.ns];
        let Some(first) = (lo..hi).find(|&s| row[s] != NONE) else { return 0 };
        let last = (lo..hi).rev().find(|&s| row[s] != NONE).unwrap_or(first);
        (first..=last).filter(|&s| row[s] == NONE && self.p.avail[x][s]).count() as u32
    }
    fn touch(&mut self, x: usize, q: usize, by: i64) {
        let k = x * self.p.sessions + q;
        self.count[k] += by;
        let d = self.degree[x];
        self.spread += (d + by) * (d + by) - d * d;
        self.degree[x] += by;
        let g = self.gaps_in(x, q);
        self.total_gaps += g as i64 - self.gaps[k] as i64;
        self.gaps[k] = g;
    }
    fn put(&mut self, m: usize, s: usize) {
        let (_, a, b, w, _) = self.p.meetings[m];
        let q = self.p.slots[s].1;
        self.journal.push((m as u32, NONE));
        self.at[m] = s as u32;
        self.occ[a * self.ns + s] = m as u32;
        self.occ[b * self.ns + s] = m as u32;
        self.pos[m] = self.members[s].len() as u32;
        self.members[s].push(m as u32);
        self.weighted += w;
        self.touch(a, q, 1);
        self.touch(b, q, 1);
    }
    fn take(&mut self, m: usize) {
        let s = self.at[m];
        if s == NONE {
            return;
        }
        let s = s as usize;
        let (_, a, b, w, _) = self.p.meetings[m];
        let q = self.p.slots[s].1;
        self.journal.push((m as u32, s as u32));
        self.at[m] = NONE;
        self.occ[a * self.ns + s] = NONE;
        self.occ[b * self.ns + s] = NONE;
        let i = self.pos[m] as usize;
        self.members[s].swap_remove(i);
        if let Some(&moved) = self.members[s].get(i) {
            self.pos[moved as usize] = i as u32;
        }
        self.weighted -= w;
        self.touch(a, q, -1);
        self.touch(b, q, -1);
    }
    /// Undoes every change since the journal had `mark` entries.
    fn undo(&mut self, mark: usize) {
        while self.journal.len() > mark {
            let (m, was) = self.journal.pop().expect("longer than the mark");
            let m = m as usize;
            if was == NONE {
                self.take(m);
            } else {
                self.put(m, was as usize);
            }
            self.journal.pop();
        }
    }
    /// The meetings that stand between `m` and slot `s`: what its participants already do
    /// there, a meeting of theirs in the same session when they are at their cap, and a
    /// meeting at a table when every table is taken. None if a locked meeting is in the way.
    fn blockers(&self, m: usize, s: usize, rng: &mut Rng) -> Option<Vec<usize>> {
        let (_, a, b, _, _) = self.p.meetings[m];
        let q = self.p.slots[s].1;
        let mut out: Vec<usize> = Vec::with_capacity(4);
        for x in [a, b] {
            let o = self.occ[x * self.ns + s];
            if o != NONE && !out.contains(&(o as usize)) {
                out.push(o as usize);
            }
        }
        let involves = |o: usize, x: usize| self.p.meetings[o].1 == x || self.p.meetings[o].2 == x;
        for x in [a, b] {
            let Some(c) = self.p.cap[x][q] else { continue };
            let freed =
                out.iter().filter(|&&o| involves(o, x) && self.p.slots[self.at[o] as usize].1 == q).count() as i64;
            if self.count[x * self.p.sessions + q] - freed >= c {
                let (lo, hi) = self.range[q];
                let theirs: Vec<usize> = (lo..hi)
                    .map(|k| self.occ[x * self.ns + k])
                    .filter(|&o| o != NONE && !out.contains(&(o as usize)))
                    .map(|o| o as usize)
                    .collect();
                if theirs.is_empty() {
                    return None;
                }
                out.push(theirs[rng.below(theirs.len())]);
            }
        }
        let leaving = out.iter().filter(|&&o| self.at[o] as usize == s).count();
        if self.members[s].len() - leaving >= self.p.slots[s].2 as usize {
            let list = &self.members[s];
            if list.is_empty() {
                return None;
            }
            let o = list[rng.below(list.len())] as usize;
            if out.contains(&o) {
                return None;
            }
            out.push(o);
        }
        if out.iter().any(|&o| self.p.meetings[o].4.is_some()) { None } else { Some(out) }
    }
    /// Places `m` in the slot that adds the fewest gaps, trying `prefer` first.
    fn place_best(&mut self, m: usize, cands: &[u16], prefer: Option<usize>) -> bool {
        if let Some(s) = prefer
            && self.fits(m, s)
        {
            self.put(m, s);
            return true;
        }
        let mut best: Option<(i64, usize)> = None;
        for &s in cands {
            let s = s as usize;
            if !self.fits(m, s) {
                continue;
            }
            let before = self.total_gaps;
            self.put(m, s);
            let cost = self.total_gaps - before;
            self.take(m);
            self.journal.truncate(self.journal.len() - 2);
            if best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, s));
            }
        }
        match best {
            Some((_, s)) => {
                self.put(m, s);
                true
            }
            None => false,
        }
    }
}

/// How long and how the search runs.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Wall-clock time allowed to the search, in seconds.
    pub seconds: f64,
    /// Seed of the search's random choices: the same instance, seed and enough time give
    /// the same schedule.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options { seconds: 10.0, seed: 0 }
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
            let cap =
                p.cap[x].iter().try_fold(0usize, |sum, c| c.map(|c| sum + c.max(0) as usize)).unwrap_or(usize::MAX);
            degree[x].min(slots).min(cap)
        })
        .sum::<usize>()
        / 2;
    a.min(b).min(c)
}

/// Schedules an instance with the default options, or lists every problem with it.
pub fn schedule(inst: &Instance) -> Result<Schedule, Vec<String>> {
    schedule_with(inst, Options::default())
}

/// A move tried by the search: `m` into slot `s`, the meetings in the way moved elsewhere
/// (to `home` first when given), one more step deep for those that find no place.
fn kick(board: &mut Board, cands: &[Vec<u16>], m: usize, s: usize, home: Option<usize>, rng: &mut Rng) {
    if board.at[m] != NONE {
        board.take(m);
    }
    if board.fits(m, s) {
        board.put(m, s);
        return;
    }
    let Some(out) = board.blockers(m, s, rng) else { return };
    for &o in &out {
        board.take(o);
    }
    if !board.fits(m, s) {
        return;
    }
    board.put(m, s);
    for o in out {
        if board.place_best(o, &cands[o], home) {
            continue;
        }
        // One step deeper: `o` pushes the meetings in its way at a random slot of its own.
        if cands[o].is_empty() {
            continue;
        }
        let s2 = cands[o][rng.below(cands[o].len())] as usize;
        let Some(out2) = board.blockers(o, s2, rng) else { continue };
        if out2.contains(&m) {
            continue;
        }
        for &o2 in &out2 {
            board.take(o2);
        }
        if board.fits(o, s2) {
            board.put(o, s2);
        }
        for o2 in out2 {
            board.place_best(o2, &cands[o2], None);
        }
    }
}

/// Schedules an instance: locked meetings where they are, a greedy start (highest priority
/// first, then the meetings with the fewest shared slots, each where it adds the fewest
/// gaps), then a local search within `opts.seconds`.
///
/// The search repeats moves that put one meeting in another slot and move the meetings in
/// its way (those of its participants there, one of theirs when they are at their cap, one
/// at a table when all are taken) to the slot it left or the best other one, a step deeper
/// if needed. Half the moves insert a meeting left out; the others move a meeting of a
/// participant with an idle gap into the gap, or a random meeting. A move that loses
/// weighted meetings is undone; one that gains is kept; one that keeps them is kept by
/// simulated annealing on gaps (then balance), cooling from 0.6 to 0.05 gaps. It stops when
/// every meeting that has a shared slot is placed without gaps, when the time or the
/// budget (2,000 moves per meeting, at most the larger of 800 per meeting and 600,000) is spent, or when 500 moves per meeting found nothing
/// better, and returns the best schedule seen.
pub fn schedule_with(inst: &Instance, opts: Options) -> Result<Schedule, Vec<String>> {
    let p = check(inst)?;
    let started = std::time::Instant::now();
    let mut rng = Rng(opts.seed ^ 0x1FF7_B0C4);
    let n = p.meetings.len();
    let mut board = Board::new(&p);
    // Locked meetings stay where they are; two locked at one table: the second is left out.
    let mut locked_tables: Vec<Vec<i64>> = vec![Vec::new(); p.slots.len()];
    let mut clash = vec![false; n];
    for (m, meeting) in p.meetings.iter().enumerate() {
        if let Some((s, t)) = meeting.4 {
            if !locked_tables[s].contains(&t) && board.fits(m, s) {
                board.put(m, s);
                locked_tables[s].push(t);
            } else {
                clash[m] = true;
            }
        }
    }
    let cands: Vec<Vec<u16>> = p
        .meetings
        .iter()
        .map(|&(_, a, b, _, lock)| {
            if lock.is_some() {
                return Vec::new();
            }
            (0..p.slots.len())
                .filter(|&s| p.avail[a][s] && p.avail[b][s] && p.slots[s].2 > 0)
                .map(|s| s as u16)
                .collect()
        })
        .collect();
    let movable: Vec<usize> = (0..n).filter(|&m| !cands[m].is_empty()).collect();
    let mut order = movable.clone();
    order.sort_by_key(|&m| (std::cmp::Reverse(p.meetings[m].3), cands[m].len(), m));
    for &m in &order {
        board.place_best(m, &cands[m], None);
    }
    let reachable: i64 = board.weighted + movable.iter().map(|&m| p.meetings[m].3).sum::<i64>()
        - movable.iter().filter(|&&m| board.at[m] != NONE).map(|&m| p.meetings[m].3).sum::<i64>();
    let mut left: Vec<usize> = movable.iter().copied().filter(|&m| board.at[m] == NONE).collect();
    let mut listed = vec![false; n];
    for &m in &left {
        listed[m] = true;
    }
    let key = |b: &Board| (b.weighted, -b.total_gaps, -b.spread);
    let mut best = (key(&board), board.at.clone());
    let budget = (2_000 * movable.len() as u64).min((800 * movable.len() as u64).max(600_000));
    let (t0, t1): (f64, f64) = (3.0, 0.05);
    let mut temp = t0;
    let mut it: u64 = 0;
    let mut last_better: u64 = 0;
    let patience = 500 * movable.len() as u64;
    while it < budget && (it - last_better < patience || temp > 0.3) && !movable.is_empty() {
        if it.is_multiple_of(512) {
            let progress = (it as f64 / budget as f64).max(started.elapsed().as_secs_f64() / opts.seconds.max(1e-3));
            if progress >= 1.0 {
                break;
            }
            temp = t0 * (t1 / t0).powf(progress);
        }
        it += 1;
        if board.weighted == reachable && board.total_gaps == 0 {
            break;
        }
        board.journal.clear();
        let before = (board.weighted, board.total_gaps, board.spread);
        if !left.is_empty() && rng.unit() < 0.5 {
            let i = rng.below(left.len());
            let m = left[i];
            if board.at[m] != NONE {
                listed[m] = false;
                left.swap_remove(i);
                continue;
            }
            let s = cands[m][rng.below(cands[m].len())] as usize;
            kick(&mut board, &cands, m, s, None, &mut rng);
        } else if rng.unit() < 0.7 {
            // A participant with a gap: their first or last meeting of the session moves
            // into the gap.
            let x = rng.below(p.avail.len());
            let Some(q) = (0..p.sessions).find(|&q| board.gaps[x * p.sessions + q] > 0) else { continue };
            let (lo, hi) = board.range[q];
            let row: Vec<usize> = (lo..hi).filter(|&s| board.busy(x, s)).collect();
            let (first, last) = (row[0], row[row.len() - 1]);
            let holes: Vec<usize> = (first..last).filter(|&s| !board.busy(x, s) && p.avail[x][s]).collect();
            let g = holes[rng.below(holes.len())];
            let from = if rng.unit() < 0.5 { first } else { last };
            let m = board.occ[x * board.ns + from] as usize;
            if cands[m].is_empty() || !cands[m].contains(&(g as u16)) {
                continue;
            }
            kick(&mut board, &cands, m, g, Some(from), &mut rng);
        } else {
            let m = movable[rng.below(movable.len())];
            let from = board.at[m];
            if from == NONE {
                continue;
            }
            let s = cands[m][rng.below(cands[m].len())] as usize;
            if s == from as usize {
                continue;
            }
            kick(&mut board, &cands, m, s, Some(from as usize), &mut rng);
        }
        let keep = match board.weighted.cmp(&before.0) {
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => {
                let delta = (board.total_gaps - before.1) as f64 + 0.001 * (board.spread - before.2) as f64;
                delta <= 0.0 || rng.unit() < (-delta / temp).exp()
            }
        };
        if !keep {
            board.undo(0);
            continue;
        }
        for k in 0..board.journal.len() {
            let m = board.journal[k].0 as usize;
            if board.at[m] == NONE && !listed[m] {
                listed[m] = true;
                left.push(m);
            }
        }
        if key(&board) > best.0 {
            best = (key(&board), board.at.clone());
            last_better = it;
        }
    }
    // The best schedule seen, with table numbers: locked meetings keep theirs, the others
    // take the free ones in order.
    let mut free: Vec<Vec<i64>> = p
        .slots
        .iter()
        .enumerate()
        .map(|(s, slot)| (1..=slot.2).rev().filter(|t| !locked_tables[s].contains(t)).collect())
        .collect();
    let mut board = Board::new(&p);
    let mut assignments = Vec::new();
    let mut unscheduled = Vec::new();
    for (m, meeting) in p.meetings.iter().enumerate() {
        let s = best.1[m];
        if s == NONE {
            let reason = if clash[m] {
                "locked at a table or time already taken by another locked meeting".into()
            } else {
                reason(&p, m)
            };
            unscheduled.push(Unscheduled { meeting: meeting.0.clone(), reason });
            continue;
        }
        let s = s as usize;
        board.put(m, s);
        let table = match meeting.4 {
            Some((_, t)) => t,
            None => free[s].pop().expect("no more meetings than tables"),
        };
        assignments.push(Assignment { meeting: meeting.0.clone(), slot: p.slots[s].0.clone(), table });
    }
    Ok(Schedule {
        objective: Objective { meetings: assignments.len(), weighted: board.weighted, gaps: board.total_gaps as usize },
        assignments,
        unscheduled,
        upper_bound: upper_bound(&p),
    })
}

/// What [`generate`] makes: a brokerage day of buyers and suppliers.
#[derive(Debug, Clone, Copy)]
pub struct Generate {
    pub participants: usize,
    pub meetings: usize,
    pub slots: usize,
    pub sessions: usize,
    pub tables: i64,
    /// Each participant is available in a share of the slots drawn between this and 1.
    pub min_availability: f64,
    /// Meetings per participant per session.
    pub cap: Option<i64>,
    pub seed: u64,
}

/// A random instance like a brokerage day: two participants in five are buyers, each
/// meeting pairs a random buyer with a random supplier (no pair twice), priority 1 to 3.
/// Each participant is away from a share of the slots (drawn between 0 and
/// 1 - `min_availability`): half of them in one run (arriving late or leaving early), the
/// others here and there.
pub fn generate(g: &Generate) -> Instance {
    let mut rng = Rng(g.seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0xB20C);
    let per = g.slots.div_ceil(g.sessions.max(1)).max(1);
    let slots: Vec<SlotIn> = (0..g.slots)
        .map(|k| SlotIn {
            max_meetings: None,
            id: format!("d{}-s{}", k / per + 1, k % per + 1),
            session: Some(format!("d{}", k / per + 1)),
            tables: g.tables,
        })
        .collect();
    let participants: Vec<ParticipantIn> = (0..g.participants)
        .map(|k| {
            let away = ((1.0 - g.min_availability) * rng.unit() * g.slots as f64).round() as usize;
            let mut off = vec![false; g.slots];
            if rng.unit() < 0.5 {
                let start = if rng.unit() < 0.5 { 0 } else { g.slots - away };
                off[start..start + away].iter_mut().for_each(|o| *o = true);
            } else {
                for _ in 0..away {
                    off[rng.below(g.slots)] = true;
                }
            }
            ParticipantIn {
                id: format!("p{}", k + 1),
                available: (0..g.slots).filter(|&s| !off[s]).map(|s| slots[s].id.clone()).collect(),
                max_meetings: g.cap,
            }
        })
        .collect();
    let buyers = (g.participants * 2 / 5).max(1);
    let mut seen = std::collections::HashSet::new();
    let mut meetings = Vec::new();
    let most = buyers * (g.participants - buyers);
    while meetings.len() < g.meetings.min(most) {
        let a = rng.below(buyers);
        let b = buyers + rng.below(g.participants - buyers);
        if seen.insert((a, b)) {
            meetings.push(MeetingIn {
                id: format!("m{}", meetings.len() + 1),
                a: participants[a].id.clone(),
                b: participants[b].id.clone(),
                priority: 1 + rng.below(3) as i64,
                locked: None,
            });
        }
    }
    Instance { slots, participants, meetings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn slots(n: usize, tables: i64, per_session: usize) -> Vec<SlotIn> {
        (0..n)
            .map(|i| SlotIn {
                id: format!("s{i}"),
                session: Some(format!("d{}", i / per_session)),
                tables,
                max_meetings: None,
            })
            .collect()
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
                SlotIn { id: "s0".into(), session: None, tables: -1, max_meetings: None },
                SlotIn { id: "s0".into(), session: None, tables: 2, max_meetings: None },
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
        // One idle gap is the least: c meets a and b in slots 0 and 1, a and b meet in 2
        // or 3, so one of a and b waits a slot.
        assert_eq!(s.objective.gaps, 1);
    }

    #[test]
    fn the_same_seed_gives_the_same_schedule_and_the_search_closes_gaps() {
        let g = Generate {
            participants: 30,
            meetings: 100,
            slots: 12,
            sessions: 2,
            tables: 10,
            min_availability: 0.75,
            cap: None,
            seed: 7,
        };
        let i = generate(&g);
        let one = schedule_with(&i, Options { seconds: 60.0, seed: 3 }).unwrap();
        let two = schedule_with(&i, Options { seconds: 60.0, seed: 3 }).unwrap();
        assert_eq!(one, two);
        assert!(one.objective.meetings <= one.upper_bound);
        // Every meeting placed without an idle gap, as CP-SAT proves possible on this day.
        assert_eq!((one.objective.meetings, one.objective.gaps), (100, 0));
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
