#!/usr/bin/env python3
"""The cost model's bounded boot test (bench/costmodel/README.md, "Tests").

    check_run.py --build DIR [--mode phys]

Boots the pc kernel twice with the quick benchmark configuration under
the plugin and fails unless
- both boots end and their records up to the end mark are identical (the
  model is deterministic: QEMU -icount and a model without hidden state);
- every benchmark line has a record, and the counts only grow;
- the counts are sane: cycles at least instructions × the instruction cost,
  second-level TLB misses at most the L1 TLB misses, page-walk levels
  between one and four per walk, L2 misses at most the L1 misses;
- where the model found a benchmark's median interval, its instructions
  are the benchmark's own median (what -icount's rdtsc measured, within
  costmodel.slack), and
  cycle_counter costs one cycle-counter read and one fence (the interval's
  own: the first read's belong to the interval before) above its
  instructions, as the stated costs say.
"""
import argparse
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SOURCE, "bench", "harness"))

import console      # noqa: E402
import costmodel    # noqa: E402
import modes        # noqa: E402
import platforms    # noqa: E402
import protocol     # noqa: E402

RDTSC_COST, FENCE_COST = 20, 4      # model.c's defaults (README.md, "Costs")


def boot(layout, mode, tmp, label):
    serial = os.path.join(tmp, f"serial-{label}.log")
    records = os.path.join(tmp, f"records-{label}.txt")
    cmd = modes.command(layout, mode, True, serial, records)
    status, text = console.run_console(cmd, modes.TIMEOUT_QUICK, serial)
    if status != "ended":
        sys.exit(f"FAIL: {label}: {status}")
    with open(records, encoding="utf-8") as f:
        return up_to_end_mark(f.read()), text


def up_to_end_mark(records_text):
    """The records up to the console's end mark: after it the harness stops
    QEMU whenever it notices, so later lines (the heartbeat) vary in number."""
    out = []
    for line in records_text.splitlines(keepends=True):
        out.append(line)
        if "\t" in line and console.END_MARK.match(line.split("\t", 1)[1]):
            return "".join(out)
    sys.exit("FAIL: no record of the end mark 'init: every SIP has ended'")


def check_counts(recs, cpi):
    problems, last = [], None
    for counts, text, _ in recs:
        if last is not None and any(counts[k] < last[k] for k in counts):
            problems.append(f"counts decrease at {text!r}")
        last = counts
    end = recs[-1][0]
    if end["insns"] <= 0:
        problems.append("no instructions")
    if end["cycles"] < end["insns"] * cpi:
        problems.append(f"cycles {end['cycles']} below instructions × {cpi}")
    if end["stlb_misses"] > end["itlb_misses"] + end["dtlb_misses"]:
        problems.append("more second-level TLB misses than L1 TLB misses")
    if not end["stlb_misses"] <= end["walk_levels"] <= 4 * end["stlb_misses"]:
        problems.append(f"walk levels {end['walk_levels']} for {end['stlb_misses']} walks")
    if end["l2_misses"] > end["l1i_misses"] + end["l1d_misses"]:
        problems.append("more L2 misses than L1 misses")
    return problems


def check_benchmarks(recs, console_text):
    problems = []
    lines, bad = protocol.parse_output(console_text)
    problems += bad
    found = {costmodel.key_of(f): (f, costmodel.per_operation(f, r, iv))
             for f, r, iv in costmodel.regions(recs)}
    for line in lines:
        key = costmodel.key_of(line)
        if key not in found:
            problems.append(f"{line['name']}: no record")
            continue
        _, op = found[key]
        if op is None:
            problems.append(f"{line['name']}: no instructions in its region")
        # + 3: a batch loop's own step per operation (its increment, compare
        # and branch: about 2 per round trip since the bindings inline into
        # the loop), which the interval counts and the sample divides away
        elif op["method"] == "interval" and \
                abs(op["insns"] - line["median"]) > costmodel.slack(line["median"]) + 3:
            problems.append(f"{line['name']}: model {op['insns']} instructions, "
                            f"benchmark median {line['median']}")
    cc = found.get(("cycle_counter", None))
    if cc is None or cc[1] is None or cc[1]["method"] != "interval":
        problems.append("cycle_counter: no median interval")
    else:
        op = cc[1]
        want = op["insns"] * modes.CPI_MILLI / 1000 + RDTSC_COST + FENCE_COST
        if abs(op["cycles"] - want) > 1:
            problems.append(f"cycle_counter: {op['cycles']} cycles, stated costs give {want}")
    return problems


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", required=True)
    p.add_argument("--mode", default="phys")
    a = p.parse_args()
    layout = platforms.Layout(a.build, SOURCE)
    why = modes.missing(layout, shutil.which)
    if why:
        sys.exit(f"FAIL: cannot run: {why}")
    with tempfile.TemporaryDirectory(prefix="costmodel-check-") as tmp:
        first, text = boot(layout, a.mode, tmp, "first")
        second, _ = boot(layout, a.mode, tmp, "second")
    problems = []
    if first != second:
        problems.append("the two runs' records differ: the model is not deterministic")
    _, recs, _ = costmodel.parse_records(first)
    if not recs:
        problems.append("no records (are the console marks on?)")
    else:
        problems += check_counts(recs, modes.CPI_MILLI / 1000)
        problems += check_benchmarks(recs, text)
    for problem in problems:
        print(f"FAIL: {problem}")
    if problems:
        return 1
    print(f"costmodel: {len(recs)} records, two runs identical, counts sane")
    return 0


if __name__ == "__main__":
    sys.exit(main())
