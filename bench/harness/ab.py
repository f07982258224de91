#!/usr/bin/env python3
"""A/B: two builds of Insula, booted alternately on hosted, side by side.

    python3 bench/harness/ab.py --a BUILD_A --b BUILD_B [--rounds N] [--quick]
                                [--only NAME[,NAME...]] [--cpu N]

Each round boots build A's insula-hosted, then build B's (the order swaps
every round, so drift of the machine hits both alike), each running the
benchmark configuration (bench.conf; --quick: bench-quick.conf). For
every benchmark it prints, per build, the median of the per-boot medians
and their spread (smallest and largest per-boot median), and B ÷ A.
Cycles on these machines move by 2x between runs: read the spread, and
compare instruction counts (./insula bench --profile) where it matters.
"""
import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import platforms  # noqa: E402
import runs  # noqa: E402

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def boot(build, a, rnd):
    layout = platforms.Layout(build, SOURCE)
    why = platforms.hosted_missing(layout) or layout.insula_missing(a.quick)
    if why:
        sys.exit(f"ab: {build}: {why}")
    timeout = platforms.END_TIMEOUT_QUICK if a.quick else platforms.END_TIMEOUT_FULL
    rec = runs.run_insula("hosted", platforms.hosted_command(layout, a.quick, a.cpu), rnd,
                          timeout)
    if rec["problems"]:
        sys.exit("ab: " + "; ".join(rec["problems"]))
    return {(ln["name"], ln["payload"]): ln["median"] for ln in rec["lines"]}


def spread(values):
    values = sorted(values)
    return values[(len(values) - 1) // 2], values[0], values[-1]    # lower middle: measured


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--a", required=True, help="build directory A (e.g. the base)")
    p.add_argument("--b", required=True, help="build directory B (e.g. the change)")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--only", default="", help="benchmark names to show (comma-separated)")
    p.add_argument("--cpu", type=int, default=0)
    a = p.parse_args(argv)
    medians = {"A": {}, "B": {}}
    for rnd in range(a.rounds):
        order = [("A", a.a), ("B", a.b)] if rnd % 2 == 0 else [("B", a.b), ("A", a.a)]
        for label, build in order:
            print(f"ab: round {rnd + 1} of {a.rounds}: {label} ({build})", file=sys.stderr)
            for key, value in boot(build, a, rnd).items():
                medians[label].setdefault(key, []).append(value)
    only = set(filter(None, a.only.split(",")))
    print(f"hosted, cycles; {a.rounds} alternating boots each; A = {a.a}, B = {a.b}")
    print("| benchmark | payload (B) | A median (min–max of boot medians) "
          "| B median (min–max) | B ÷ A |")
    print("|---|---|---|---|---|")
    for key in sorted(set(medians["A"]) & set(medians["B"]), key=lambda k: (k[0], k[1] or 0)):
        if only and key[0] not in only:
            continue
        ma, la, ha = spread(medians["A"][key])
        mb, lb, hb = spread(medians["B"][key])
        ratio = f"{mb / ma:.2f}" if ma else "—"
        print(f"| {key[0]} | {key[1] or '—'} | {ma:,} ({la:,}–{ha:,}) | {mb:,} ({lb:,}–{hb:,}) "
              f"| {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
