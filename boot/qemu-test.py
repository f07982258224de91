#!/usr/bin/env python3
"""Run one boot test: boot Insula, capture the console, judge the outcome.

    qemu-test.py --name NAME --scenario FILE --build BUILD --source ROOT
    qemu-test.py --name NAME
        (--kernel ELF32 [--module FILE[=ARGS]]... | --iso ISO | --hosted BINARY)
        [--cmdline TEXT] [--expect pass|fail|panic] [--tap]
        [--expect-log REGEX]... [--reject-log REGEX]... [--timeout SECONDS]
        [--until REGEX] [--symbols ELF] [--sip-symbols DIR]

A scenario file (boot/scenario.py describes its statements; the boot tests
are boot/scenarios/*.scenario) says all of this in one place, and more:
modules from a boot configuration, and log lines expected in order.

The kernel reports its end through QEMU's isa-debug-exit device (pc) or its
exit status (hosted): pass, fail or panic. A test passes only when that
outcome is the expected one, every --expect-log pattern matches the log,
no --reject-log pattern does, and (with --tap) the TAP plan is complete
with every test ok. A timeout or a QEMU that exits without reporting (a
triple fault resets the machine; -no-reboot turns that into an exit) is a
failure. With --until, the run stops as soon as the log matches REGEX and
the outcome is "reached" (for boots that idle instead of ending). With
--symbols, backtrace lines get function and source names from the ELF's
debug information (llvm-symbolizer). With --sip-symbols, every place
`NAME+0xOFFSET` in a SIP's fault or kill line gets function and file:line
from DIR/NAME.elf, the SIP's unstripped debug copy (the sealed image carries
no debug information; OFFSET is from the image base, the ELF's own address).
On failure the whole console log is printed.
"""
import argparse
import os
import re
import subprocess
import sys
import shutil
import tempfile
import time

import disk_pattern
import disk_scenario
import config_modules
import gdb_scenario
import scenario
import terminal_scenario

QEMU = "qemu-system-x86_64"
# isa-debug-exit: status = 2 * value + 1; the kernel writes 0x10 + reason.
QEMU_OUTCOMES = {33: "pass", 35: "fail", 37: "panic"}
HOSTED_OUTCOMES = {0: "pass", 1: "fail", 2: "panic"}


def qemu_command(a, log_path):
    cmd = [QEMU, "-accel", "tcg", "-cpu", "max", "-m", a.memory, "-smp", "1",
           "-display", "none", "-monitor", "none", "-no-reboot",
           "-serial", f"file:{log_path}",
           "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]
    if a.disk:
        # A virtio block device and no network card (its line would be shared).
        cmd += ["-drive", f"file={a.disk},if=none,id=d0,format=raw",
                "-device", "virtio-blk-pci,drive=d0", "-nic", "none"]
    if a.iso:
        return cmd + ["-cdrom", a.iso, "-boot", "d"]
    cmd += ["-kernel", a.kernel, "-append", a.cmdline]
    if a.module:
        # QEMU separates modules with commas; its module string is "FILE ARGS".
        cmd += ["-initrd", ",".join(m.replace("=", " ", 1) for m in a.module)]
    return cmd


def hosted_command(a):
    cmd = [a.hosted, "--cmdline", a.cmdline]
    if a.disk:
        cmd += ["--disk", a.disk]
    if a.disk_fault:
        cmd += ["--disk-fault", a.disk_fault]
    for m in a.module:
        cmd += ["--module", m]
    return cmd


def wait(proc, log_path, a):
    """Waits for exit, timeout or --until; returns the exit status or a word."""
    deadline = time.monotonic() + a.timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return proc.returncode
        if a.until and re.search(a.until, read_log(log_path), re.M):
            proc.kill()
            proc.wait()
            return "reached"
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    return "timeout"


def run(a):
    """Returns (outcome, log text)."""
    with tempfile.TemporaryDirectory(prefix="insula-boot-") as tmp:
        log_path = os.path.join(tmp, "console.log")
        # hosted prints its console on stdout; QEMU writes the serial port to
        # log_path and its own complaints to stdout, kept after the log.
        stdout_path = log_path if a.hosted else os.path.join(tmp, "qemu.out")
        if a.disk_sectors:
            a.disk = os.path.join(tmp, "disk.img")
            disk_pattern.write_image(a.disk, a.disk_fill, a.disk_sectors)
        cmd = hosted_command(a) if a.hosted else qemu_command(a, log_path)
        with open(stdout_path, "wb") as out:
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL)
            status = wait(proc, log_path, a)
        log = read_log(log_path)
        if not a.hosted:
            log += read_log(stdout_path)
        if a.disk_sectors:
            a.disk_problems = disk_pattern.check_image(a.disk, a.disk_expect, a.disk_sectors)
    if status == "timeout":
        return f"timeout after {a.timeout} s", log
    if status == "reached":
        return "reached", log
    table = HOSTED_OUTCOMES if a.hosted else QEMU_OUTCOMES
    return table.get(status, f"no report (exit status {status})"), log


def symbolize(log, elf):
    """Appends 'function file:line' to each backtrace address of `elf`."""
    tool = shutil.which("llvm-symbolizer-19") or shutil.which("llvm-symbolizer")
    addresses = re.findall(r"^  #\d+\s+(0x[0-9a-f]+)$", log, re.M)
    if not tool or not addresses:
        return log
    r = subprocess.run([tool, "--obj", elf, "--functions=short", "--basenames"] + addresses,
                       stdout=subprocess.PIPE, text=True)
    answers = [chunk.split("\n") for chunk in r.stdout.strip().split("\n\n")]
    names = {addr: f"{ans[0]} ({ans[1]})" for addr, ans in zip(addresses, answers) if len(ans) > 1}
    return re.sub(r"^(  #\d+\s+)(0x[0-9a-f]+)$",
                  lambda m: f"{m.group(1)}{m.group(2)}  {names.get(m.group(2), '?')}", log, flags=re.M)


SIP_REPORT = re.compile(r"^sip [\w.-]+\[\d+\]: (?:fault|killed|contract violation)\b.*$", re.M)
SIP_PLACE = re.compile(r"\b([\w.-]+)\+(0x[0-9a-f]+)\b")


def symbolize_sips(log, directory):
    """Appends '  [function file:line]' to each NAME+0xOFFSET of a SIP
    fault or kill line (a contract violation names several: the sender's
    call chain, innermost first) whose debug copy DIR/NAME.elf exists."""
    tool = shutil.which("llvm-symbolizer-19") or shutil.which("llvm-symbolizer")
    if not tool:
        return log

    def place(m):
        elf = os.path.join(directory, m.group(1) + ".elf")
        if not os.path.exists(elf):
            return m.group(0)
        r = subprocess.run([tool, "--obj", elf, "--functions=short", "--basenames", m.group(2)],
                           stdout=subprocess.PIPE, text=True)
        answer = r.stdout.strip().split("\n")
        where = f"{answer[0]} {answer[1]}" if len(answer) > 1 else "?"
        return f"{m.group(0)}  [{where}]"

    return SIP_REPORT.sub(lambda line: SIP_PLACE.sub(place, line.group(0)), log)


def read_log(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode(errors="replace").replace("\r\n", "\n")
    except FileNotFoundError:
        return ""


def tap_problems(log):
    plan = re.search(r"^1\.\.(\d+)$", log, re.M)
    if not plan:
        return ["no TAP plan line"]
    ok = re.findall(r"^ok \d+ ", log, re.M)
    bad = re.findall(r"^not ok \d+ .*$", log, re.M)
    problems = [f"failed: {line}" for line in bad]
    if int(plan.group(1)) == 0:
        problems.append("TAP plan is empty")
    if len(ok) + len(bad) != int(plan.group(1)):
        problems.append(f"TAP plan says {plan.group(1)} tests, {len(ok) + len(bad)} reported")
    return problems


def judge(a, outcome, log):
    problems = []
    if outcome != a.expect:
        problems.append(f"outcome {outcome}, expected {a.expect}")
    if a.tap:
        problems += tap_problems(log)
    problems += scenario.in_order_problems(a.expect_in_order, log)
    for pattern in a.expect_log:
        if not re.search(pattern, log, re.M):
            problems.append(f"log lacks /{pattern}/")
    for pattern in a.reject_log:
        m = re.search(pattern, log, re.M)
        if m:
            problems.append(f"log has /{pattern}/: {m.group(0)!r}")
    return problems


def config_errors(build, config, shown):
    """The number of errors init's parser finds in a configuration."""
    r = subprocess.run([os.path.join(build, "sip", "check-config"), "--name", shown, config],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return len(re.findall(r": error: ", r.stderr)), r.stderr


def apply_scenario(a):
    """Fills the arguments from a.scenario; returns the problems found before booting."""
    s = scenario.load(a.scenario)
    build, source = a.build, a.source
    problems = []
    if s.get("iso"):
        a.iso = os.path.join(build, "boot", s["iso"])
    elif s["platform"] == "hosted":
        a.hosted = os.path.join(build, "kernel", "insula-hosted")
    else:
        a.kernel = os.path.join(build, "boot", "kernel.elf32")
    a.module = scenario.modules(s, build, source, a.tmp)
    a.disk_ext2 = disk_scenario.prepare(s, source, a.tmp)
    if a.disk_ext2 and a.disk_ext2.module:
        a.module.append(a.disk_ext2.image)
    elif a.disk_ext2:
        a.disk = a.disk_ext2.image
    a.memory = s.get("memory") or a.memory
    a.scenario_statements = s
    if "config-errors" in s:
        count, text = config_errors(build, os.path.join(source, s["config"]), s["config"])
        if count != int(s["config-errors"]):
            problems.append(f"{s['config']} has {count} error(s), the scenario expects "
                            f"{s['config-errors']}:\n{text}")
    a.cmdline = scenario.cmdline(s)
    a.expect, a.until, a.tap = s["expect"], s.get("until"), s["tap"]
    a.timeout = float(s["timeout"])
    a.symbols = os.path.join(build, "kernel", "kernel.elf") if s["symbols"] else None
    a.sip_symbols = os.path.join(build, "sip") if s["sip-symbols"] else None
    a.expect_in_order = s["log"]
    a.expect_log = s["log-anywhere"]
    a.reject_log = s["reject"]
    a.disk_sectors = int(s.get("disk-sectors") or 0)
    a.disk_fill = int(s.get("disk-fill") or 1)
    a.disk_expect = int(s.get("disk-expect") or 1)
    a.disk_fault = s.get("disk-fault")
    return problems


def host_run(s, build, disk):
    """`host-run`: (problems, output) of the host program run after the boot."""
    if not s.get("host-run"):
        return [], ""
    words = [w.replace("{tree}", disk.tree if disk else "") for w in s["host-run"].split()]
    r = subprocess.run([os.path.join(build, words[0])] + words[1:], capture_output=True,
                       text=True, errors="replace")
    problems = [] if r.returncode == 0 else [f"{words[0]} exited with {r.returncode}"]
    return problems, r.stdout + r.stderr


def after_boot(a, log):
    """The scenario's checks after the boot: the disk, the counts, the host
    program; (problems, the log to show)."""
    s = a.scenario_statements
    problems, log = disk_scenario.check(s, a.disk_ext2, log, a.tmp)
    problems += scenario.count_problems(s, log)
    host_problems, host_output = host_run(s, a.build, a.disk_ext2)
    if host_output:
        log += f"--- {s['host-run']}:\n{host_output}"
    return problems + host_problems + scenario.same_problems(s, log), log


def run_through_insula(a, s):
    """A scenario that runs ./insula itself: in a terminal (tmux) or under gdb."""
    insula = os.path.join(a.source, "insula")
    if s.get("tmux"):
        problems, text = terminal_scenario.run(s, insula, a.build, a.source, float(s["timeout"]))
    else:
        problems, text = gdb_scenario.run(s, insula, a.build)
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    if problems:
        print(f"--- boot test {a.name} FAILED:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"--- boot test {a.name} passed")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--name", required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--kernel")
    g.add_argument("--iso")
    g.add_argument("--hosted")
    g.add_argument("--scenario")
    p.add_argument("--build")
    p.add_argument("--source")
    p.add_argument("--module", action="append", default=[])
    p.add_argument("--cmdline", default="")
    p.add_argument("--memory", default="128M")
    p.add_argument("--expect", choices=["pass", "fail", "panic", "reached"], default="pass")
    p.add_argument("--until")
    p.add_argument("--symbols")
    p.add_argument("--sip-symbols")
    p.add_argument("--tap", action="store_true")
    p.add_argument("--expect-log", action="append", default=[])
    p.add_argument("--reject-log", action="append", default=[])
    p.add_argument("--timeout", type=float, default=60)
    p.add_argument("--disk-sectors", type=int, default=0,
                   help="attach a virtio disk of this many sectors (boot/disk_pattern.py)")
    p.add_argument("--disk-fill", type=int, default=1, help="seed of the image's content at boot")
    p.add_argument("--disk-expect", type=int, default=1,
                   help="seed the image's content must have after the run")
    p.add_argument("--disk-fault", help="hosted: a fault the disk model injects (KIND@N)")
    p.add_argument("--disk-image", help="attach this existing image file as the virtio disk "
                   "(written in place; the caller checks it afterwards)")
    a = p.parse_args()
    a.expect_in_order = []
    a.disk = a.disk_image
    a.disk_problems = []
    a.scenario_statements = None
    with tempfile.TemporaryDirectory(prefix="insula-scenario-") as a.tmp:
        return boot_and_judge(a)


def boot_and_judge(a):
    early = []
    if a.scenario:    # ./insula in a terminal or under gdb: run by their own modules
        try:
            s = scenario.load(a.scenario)
        except (scenario.ScenarioError, OSError) as e:
            print(f"--- boot test {a.name} FAILED before booting:\n{e}")
            return 1
        if s.get("tmux") or s["debug"]:
            return run_through_insula(a, s)
    if a.scenario:
        try:
            early = apply_scenario(a)
        except (scenario.ScenarioError, config_modules.ConfigError, OSError,
                subprocess.CalledProcessError) as e:
            print(f"--- boot test {a.name} FAILED before booting:\n{e}")
            return 1
    outcome, log = run(a)
    if a.symbols:
        log = symbolize(log, a.symbols)
    if a.sip_symbols:
        log = symbolize_sips(log, a.sip_symbols)
    problems = early + judge(a, outcome, log) + a.disk_problems
    if a.scenario_statements:
        later, log = after_boot(a, log)
        problems += later
    sys.stdout.write(log if log.endswith("\n") or not log else log + "\n")
    if problems:
        print(f"--- boot test {a.name} FAILED:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"--- boot test {a.name} passed ({outcome})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
