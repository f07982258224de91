#!/usr/bin/env python3
"""Insula's benchmark harness (bench/README.md).

    bench.py --build DIR [--quick] [--repetitions N] [--results DIR]
             [--cpu N] [--samples N] [--no-kvm]
    bench.py --build DIR --modes [--quick] [--nochecks-build DIR] [--no-hosted]

Runs every benchmark on every platform available — Insula on `hosted`,
the Linux side-by-side programs, Insula on `pc/tcg-icount`, and on
`pc/kvm` when KVM passes a calibration check — interleaving repetitions,
then writes RESULTS/<date>-<host>.json, .md and .png and prints the table.
--quick takes few samples and checks only that every benchmark runs and
reports. Exit status 1 when a program crashed, printed no protocol line or
a malformed one, or an Insula run did not end.
"""
import argparse
import os
import shutil
import sys
import tempfile

import kvm_check
import modes
import platforms
import results
import runs
import webfiles

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", required=True, help="the Meson build directory")
    p.add_argument("--quick", action="store_true", help="few samples; check only")
    p.add_argument("--repetitions", type=int, help="runs per platform (5; --quick: 1)")
    p.add_argument("--results", help="output directory (bench/results)")
    p.add_argument("--cpu", type=int, default=0, help="the CPU every run is pinned to")
    p.add_argument("--samples", type=int, help="samples per Linux benchmark")
    p.add_argument("--no-kvm", action="store_true", help="do not try pc/kvm")
    p.add_argument("--modes", action="store_true",
                   help="every protection mode under the cost model: Figure 5")
    p.add_argument("--nochecks-build",
                   help="with --modes: a build configured with -Dsip_checks=false")
    p.add_argument("--no-pcid", action="store_true",
                   help="--modes: boot with insula.pcid=off (every CR3 load flushes)")
    p.add_argument("--no-hosted", action="store_true",
                   help="with --modes: skip the hosted runs of the calibration")
    p.add_argument("--webfiles-only", action="store_true",
                   help="with --modes: WebFiles alone (no microbenchmark boots, no hosted runs)")
    p.add_argument("--webfiles-device", choices=("ramdisk", "virtio"),
                   help="with --modes: WebFiles' disk SIP (default ramdisk: deterministic)")
    p.add_argument("--webfiles-size", metavar="DIRS,REQUESTS",
                   help="with --modes: WebFiles' file set and requests per pass "
                        "(default 4,1000; --quick 1,40)")
    a = p.parse_args(argv)
    if a.webfiles_size:
        try:
            dirs, requests = (int(x) for x in a.webfiles_size.split(","))
        except ValueError:
            p.error(f"--webfiles-size: expected DIRS,REQUESTS, found {a.webfiles_size!r}")
        a.webfiles_size = (dirs, requests)
    a.repetitions = a.repetitions or (1 if a.quick else (3 if a.modes else 5))
    a.results = a.results or os.path.join(SOURCE, "bench", "results")
    a.kvm_cpu_model = None
    return a


def say(text):
    print(f"bench: {text}" if not text.startswith("bench:") else text, flush=True)


def availability(layout, a):
    """{platform: None if it runs, else why not}."""
    insula = layout.insula_missing(a.quick)
    linux = None if layout.linux_programs() else "no programs in build/bench/linux"
    avail = {
        "hosted": insula or platforms.hosted_missing(layout),
        "linux": linux,
        "pc/tcg-icount": insula or platforms.pc_missing(layout, shutil.which),
    }
    avail["pc/kvm"] = kvm_availability(layout, a, insula)
    return avail


def kvm_availability(layout, a, insula):
    if a.no_kvm:
        return "not tried (--no-kvm)"
    if a.quick:
        return "not tried in --quick (its calibration takes too long for a check)"
    if insula:
        return insula
    model, reason = kvm_check.kvm_check(layout, a.cpu, shutil.which)
    a.kvm_cpu_model = model
    return None if model else reason


def show(rec):
    lines = len(rec["lines"])
    say(f"  {rec['platform']} {rec['program']}: {rec['status']}, {lines} line(s)")
    for problem in rec["problems"]:
        say(f"  PROBLEM: {problem}")
    return rec


def repetition(layout, a, avail, rep, timeout):
    out = []
    if avail["hosted"] is None:
        out.append(show(runs.run_insula("hosted", platforms.hosted_command(
            layout, a.quick, a.cpu), rep, timeout)))
    if avail["hosted"] is None and a.disk_image:
        out.append(show(runs.run_insula("hosted", platforms.hosted_disk_command(
            layout, a.quick, a.cpu, a.disk_image), rep, timeout)))
    if avail["hosted"] is None and a.scale:
        out.append(show(runs.run_insula("hosted", platforms.hosted_scale_command(
            layout, a.quick, a.cpu), rep, timeout)))
    if avail["hosted"] is None and a.webfiles:
        for device in webfiles.DEVICES:
            out.append(show(webfiles.run_hosted(layout, a.webfiles, device, a.cpu, rep, timeout)))
    if avail["linux"] is None:
        for program in layout.linux_programs():
            out.append(show(runs.run_linux(program, rep, a.cpu, a.quick, a.samples, timeout)))
    if avail["linux"] is None and a.webfiles:
        out.append(show(webfiles.run_linux(a.webfiles, a.cpu, rep, timeout)))
    if avail["pc/kvm"] is None:
        out.append(show(run_qemu(layout, a, "pc/kvm", rep, timeout)))
    return out


def run_qemu(layout, a, platform, rep, timeout, disk=False, scale=False):
    serial = os.path.join(a.results_tmp, f"serial-{platform.replace('/', '-')}-{rep}.log")
    if scale:
        cmd = platforms.tcg_scale_command(layout, a.quick, serial)
    elif disk:
        cmd = platforms.tcg_disk_command(layout, a.quick, serial, a.disk_image)
    elif platform == "pc/kvm":
        cmd = platforms.kvm_command(layout, a.quick, serial, a.kvm_cpu_model, a.cpu)
    else:
        cmd = platforms.tcg_command(layout, a.quick, serial)
    rec = runs.run_insula(platform, cmd, rep, timeout, serial_log=serial)
    if os.path.exists(serial):
        os.unlink(serial)
    return rec


def run_all(layout, a, avail):
    timeout = platforms.END_TIMEOUT_QUICK if a.quick else platforms.END_TIMEOUT_FULL
    records = []
    for rep in range(a.repetitions):
        say(f"repetition {rep + 1} of {a.repetitions}")
        records += repetition(layout, a, avail, rep, timeout)
    if avail["pc/tcg-icount"] is None:
        say("pc/tcg-icount (deterministic: one run)")
        records.append(show(run_qemu(layout, a, "pc/tcg-icount", 0, timeout)))
    if avail["pc/tcg-icount"] is None and a.disk_image:
        records.append(show(run_qemu(layout, a, "pc/tcg-icount", 0, timeout, disk=True)))
    if avail["pc/tcg-icount"] is None and a.scale and not a.quick:    # hosted checks it
        records.append(show(run_qemu(layout, a, "pc/tcg-icount", 0, timeout, scale=True)))
    if avail["pc/tcg-icount"] is None and a.webfiles:
        for device in webfiles.DEVICES:
            serial = os.path.join(a.results_tmp, f"serial-webfiles-{device}.log")
            records.append(show(webfiles.run_tcg(layout, a.webfiles, device, serial, timeout)))
    return records


def webfiles_setup(layout, a, tmp):
    """WebFiles' file set and configurations (None when it cannot run)."""
    why = webfiles.missing(layout)
    if why:
        say(f"webfiles: skipped: {why}")
        return None
    return webfiles.Setup(layout, a.quick, tmp)


def disk_image(layout, a, tmp):
    """The image of the disk benchmark (None when it cannot run); Linux reads it too."""
    why = layout.disk_missing(a.quick)
    if why:
        say(f"disk benchmark: skipped: {why}")
        return None
    path = os.path.join(tmp, "disk.img")
    platforms.make_disk_image(path)
    os.environ["BENCH_DISK_IMAGE"] = path
    return path


def scale_available(layout, a):
    """Whether the scale run (bench-scale, bench/README.md "Scale") can boot."""
    why = platforms.scale_missing(layout, a.quick)
    if why:
        say(f"scale benchmark: skipped: {why}")
    return why is None


def main(argv):
    a = parse_args(argv)
    layout = platforms.Layout(a.build, SOURCE)
    if a.modes:
        nochecks = platforms.Layout(a.nochecks_build, SOURCE) if a.nochecks_build else None
        return modes.main(a, layout, nochecks, say)
    os.makedirs(a.results, exist_ok=True)
    avail = availability(layout, a)
    for platform, why in avail.items():
        say(f"{platform}: " + ("runs" if why is None else f"skipped: {why}"))
    with tempfile.TemporaryDirectory(prefix="insula-bench-") as tmp:
        a.results_tmp = tmp
        a.disk_image = disk_image(layout, a, tmp)
        a.scale = scale_available(layout, a)
        a.webfiles = webfiles_setup(layout, a, tmp)
        records = run_all(layout, a, avail)
    if not records:
        say("PROBLEM: no platform could run any benchmark")
    paths, problems, text = results.write(a, layout, avail, records,
                                          [sys.executable] + sys.argv)
    print(text, flush=True)
    problems = problems or ([] if records else ["nothing ran"])
    for path in paths:
        say(f"wrote {path}")
    if problems:
        say(f"FAILED: {len(problems)} problem(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
