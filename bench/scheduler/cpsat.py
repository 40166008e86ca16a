#!/usr/bin/env python3
"""The outside reference for the brokerage scheduler (issue 11): OR-Tools CP-SAT on the same
instance file that `iptf schedule` reads, same rules, same objective (weighted meetings
first, then idle gaps). Not a dependency of the hub: `pip install ortools` to run it.

    python3 bench/scheduler/cpsat.py INSTANCE.json [--seconds 120] [--workers 2]

Prints one JSON line: meetings, weighted, gaps and the solver's status in each phase.

By default the time is split in two, the usual way to solve a lexicographic objective:
first the weighted meetings alone, then the fewest gaps among schedules that keep that
many (starting from the first phase's schedule). `--one-phase` solves the combined
objective (weighted x big - gaps) at once; `--no-gaps` stops after the first phase.
"""
import argparse
import json
import sys

from ortools.sat.python import cp_model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("instance")
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-gaps", action="store_true", help="weighted meetings only")
    ap.add_argument("--one-phase", action="store_true", help="the combined objective in one solve")
    args = ap.parse_args()
    inst = json.load(open(args.instance))

    slots = inst["slots"]
    slot_ix = {s["id"]: k for k, s in enumerate(slots)}
    # A session is a run of consecutive slots with the same value.
    session_of, sessions = [], []
    for s in slots:
        key = s.get("session")
        if not sessions or sessions[-1][0] != key:
            sessions.append([key, []])
        sessions[-1][1].append(slot_ix[s["id"]])
        session_of.append(len(sessions) - 1)
    people = inst["participants"]
    p_ix = {p["id"]: k for k, p in enumerate(people)}
    avail = [set(slot_ix[a] for a in p.get("available", [])) for p in people]

    model = cp_model.CpModel()
    x = {}  # (meeting, slot) -> bool
    by_person_slot = {}
    by_slot = {}
    weight = []
    for m, mt in enumerate(inst["meetings"]):
        a, b = p_ix[mt["a"]], p_ix[mt["b"]]
        w = mt.get("priority", 1)
        lock = mt.get("locked")
        for s in sorted(avail[a] & avail[b]):
            if slots[s]["tables"] <= 0:
                continue
            v = model.NewBoolVar(f"x{m}_{s}")
            x[m, s] = v
            weight.append((w, v))
            by_person_slot.setdefault((a, s), []).append(v)
            by_person_slot.setdefault((b, s), []).append(v)
            by_slot.setdefault(s, []).append(v)
        vs = [x[m, s] for s in range(len(slots)) if (m, s) in x]
        if vs:
            model.AddAtMostOne(vs)
        if lock:
            model.Add(x[m, slot_ix[lock["slot"]]] == 1)
    for vs in by_person_slot.values():
        model.AddAtMostOne(vs)
    for s, vs in by_slot.items():
        model.Add(sum(vs) <= slots[s]["tables"])
    for pi, p in enumerate(people):
        cap = p.get("max_meetings")
        for _, run in sessions:
            caps = [c for c in (cap, *(slots[s].get("max_meetings") for s in run)) if c is not None]
            if caps:
                model.Add(sum(sum(by_person_slot.get((pi, s), [])) for s in run) <= min(caps))

    def add_gaps():
        """Gap variables: a gap is an available idle slot between a participant's first and
        last meeting of a session."""
        gap_vars = []
        for pi in range(len(people)):
            for _, run in sessions:
                if not any(by_person_slot.get((pi, s)) for s in run):
                    continue
                busy = [sum(by_person_slot.get((pi, s), [])) for s in run]
                # started[k]: a meeting at or before k; still[k]: a meeting at or after k.
                started = [model.NewBoolVar("") for _ in run]
                still = [model.NewBoolVar("") for _ in run]
                for k, s in enumerate(run):
                    model.Add(busy[k] <= started[k])
                    model.Add(busy[k] <= still[k])
                    if k:
                        model.Add(started[k] >= started[k - 1])
                        model.Add(still[k] <= still[k - 1])
                    if s in avail[pi]:
                        g = model.NewBoolVar("")
                        model.Add(g >= started[k] + still[k] - 1 - busy[k])
                        gap_vars.append(g)
        return gap_vars

    weighted = sum(w * v for w, v in weight)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = args.workers
    ok = (cp_model.OPTIMAL, cp_model.FEASIBLE)
    phases = []
    if args.one_phase:
        gap_vars = add_gaps()
        big = len(gap_vars) + 1
        model.Maximize(big * weighted - sum(gap_vars))
        solver.parameters.max_time_in_seconds = args.seconds
        status = solver.Solve(model)
        values = {v: solver.Value(v) for _, v in weight} if status in ok else None
        phases.append(solver.StatusName(status))
    else:
        model.Maximize(weighted)
        first = args.seconds if args.no_gaps else args.seconds / 2
        solver.parameters.max_time_in_seconds = first
        status = solver.Solve(model)
        phases.append(solver.StatusName(status))
        values = {v: solver.Value(v) for _, v in weight} if status in ok else None
        if values is not None and not args.no_gaps:
            spent = solver.WallTime()
            best = int(round(solver.ObjectiveValue()))
            gap_vars = add_gaps()
            for v, val in values.items():
                model.AddHint(v, val)
            model.Add(weighted >= best)
            model.Minimize(sum(gap_vars))
            solver.parameters.max_time_in_seconds = max(1.0, args.seconds - spent)
            status = solver.Solve(model)
            phases.append(solver.StatusName(status))
            # Without a schedule from the second phase, the first one's stands.
            if status in ok:
                values = {v: solver.Value(v) for _, v in weight}
    if values is None:
        print(json.dumps({"status": phases}))
        sys.exit(1)
    placed = [(w, v) for w, v in weight if values[v]]
    # Gaps counted from the schedule found (the same count as the scheduler's), whatever
    # the objective was.
    busy = set()
    for (m, s), v in x.items():
        if values[v]:
            mt = inst["meetings"][m]
            busy.add((p_ix[mt["a"]], s))
            busy.add((p_ix[mt["b"]], s))
    gaps = 0
    for pi in range(len(people)):
        for _, run in sessions:
            mine = [k for k, s in enumerate(run) if (pi, s) in busy]
            if mine:
                gaps += sum(1 for s in run[mine[0]:mine[-1] + 1] if (pi, s) not in busy and s in avail[pi])
    print(json.dumps({
        "meetings": len(placed),
        "weighted": sum(w for w, _ in placed),
        "gaps": gaps,
        "status": phases,
        "seconds": args.seconds,
    }))


if __name__ == "__main__":
    main()
