#!/usr/bin/env python3
"""Where one benchmark's instructions go, per function, on pc/tcg-icount.

    python3 bench/harness/profile.py --build build NAME [--payload BYTES] [--top N]

Boots the pc kernel twice under QEMU TCG with -icount and the pccount
plugin (bench/profile/pccount.c: executed instructions per guest address),
running bench-micro with the argument "profile NAME SAMPLES [PAYLOAD]":
that benchmark alone, LOW samples the first time and HIGH the second.
Everything but the measured operations (boot, spawns, warm-up, reports) is
the same in both boots, so the difference divided by the operations it
made is the cost of one operation, charged to the functions that ran it:
the kernel's (kernel.elf at its link address) and each SIP's (its
unstripped .elf at the base the loader printed with insula.debug=on).
The instruction stream of the operations is deterministic; timer
interrupts and the idle loop are not (QEMU's timers follow the host's
clock while the guest idles), so they are left out of the total and
shown on a line of their own.
"""
import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import platforms  # noqa: E402
from console import END_MARK, read_text  # noqa: E402

BATCH = 64                     # bench_sip.h: operations per sample
SAMPLES = (10, 40)             # the two boots
ROUND_TRIPS = {"thread_yield": 2 * BATCH}   # yields per sample (main.c)
LOADED = re.compile(r"^loader: (\S+) image (\S+) at (0x[0-9a-f]+)", re.M)
PROFILE_CONF = "bench-profile.conf"


def config_text(name, samples, payload):
    args = f"profile {name} {samples}" + (f" {payload}" if payload else "")
    return ("# written by bench/harness/profile.py\n"
            "sip bench-micro {\n"
            "    image    = \"bench-micro.sip\"\n"
            f"    args     = \"{args}\"\n"
            "    priority = 4\n"
            "    quota    = 4M\n"
            "    caps     = [spawn]\n"
            "}\n")


def boot(layout, plugin, tmp, name, samples, payload, timeout):
    """One profiled boot; returns (counts path, console text)."""
    conf = os.path.join(tmp, PROFILE_CONF)
    with open(conf, "w") as f:
        f.write(config_text(name, samples, payload))
    serial = os.path.join(tmp, f"serial-{samples}.log")
    counts = os.path.join(tmp, f"counts-{samples}.txt")
    modules = [layout.init_sip] + layout.bench_sips() + [conf]
    cmd = platforms.qemu_command(layout, platforms.TCG_ICOUNT, serial,
                                 f"insula.config={PROFILE_CONF} insula.debug=on",
                                 modules=modules)
    cmd += ["-plugin", f"{plugin},out={counts}"]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    while not END_MARK.search(read_text(serial)):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            sys.exit(f"profile: the boot with {samples} samples did not end:\n"
                     + read_text(serial)[-2000:])
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)    # QEMU exits cleanly: the plugin writes its counts
    proc.wait(timeout=60)
    console = read_text(serial)
    if "bench: error" in console or not os.path.exists(counts):
        sys.exit(f"profile: the boot with {samples} samples failed:\n" + console[-2000:])
    return counts, console


def symbols(elf, base):
    out = subprocess.run(["llvm-nm-19", "--defined-only", "-S", "-n", elf],
                         capture_output=True, text=True, check=True).stdout
    table = []
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4 and f[2] in "tTwW":
            start = int(f[0], 16) + base
            table.append((start, start + int(f[1], 16), f"{os.path.basename(elf)}:{f[3]}"))
    return table


def image_symbols(layout, console):
    """The kernel's functions and every loaded SIP's, at their addresses."""
    table = symbols(os.path.join(layout.build, "kernel", "kernel.elf"), 0)
    for _sip, image, base in LOADED.findall(console):
        elf = os.path.join(layout.build, "sip", image.replace(".sip", ".elf"))
        if os.path.exists(elf):
            table += symbols(elf, int(base, 16))
    table.sort()
    return table


def per_function(counts, table):
    import bisect
    starts = [t[0] for t in table]
    totals = {}
    with open(counts) as f:
        for line in f:
            addr, n = line.split()
            addr, n = int(addr, 16), int(n)
            i = bisect.bisect_right(starts, addr) - 1
            name = table[i][2] if i >= 0 and addr < table[i][1] else "(no symbol)"
            totals[name] = totals.get(name, 0) + n
    return totals


def per_line(counts, table, function):
    """Counts of `function` (\"kernel.elf:chan_receive\") per address."""
    lo_hi = [(t[0], t[1]) for t in table if t[2] == function]
    found = {}
    with open(counts) as f:
        for line in f:
            addr, n = line.split()
            addr = int(addr, 16)
            if any(lo <= addr < hi for lo, hi in lo_hi):
                found[addr] = found.get(addr, 0) + int(n)
    return found


def print_lines(layout, diff, ops):
    """The kernel's per-address counts summed per source line (llvm-addr2line)."""
    elf = os.path.join(layout.build, "kernel", "kernel.elf")
    addrs = sorted(diff)
    per = {}
    for a in addrs:
        loc = subprocess.run(["llvm-addr2line-19", "-e", elf, hex(a)], capture_output=True,
                             text=True, check=True).stdout.strip()
        loc = loc.split("/")[-1]
        per[loc] = per.get(loc, 0) + diff[a] / ops
    for loc, n in sorted(per.items(), key=lambda kv: -kv[1]):
        if abs(n) >= 0.5:
            print(f"{n:10.1f}  {loc}")


# Timer interrupts and the idle loop: QEMU's timers follow the host's clock
# while the guest idles, so how many ticks a boot takes varies with the
# host's load (even negative differences); they are not the operation's.
BACKGROUND = ("kernel.elf:trap_entry", "kernel.elf:timer_tick", "kernel.elf:sched_preempt_point",
              "kernel.elf:sched_tick", "kernel.elf:idle_loop", "kernel.elf:wait_expire",
              "(no symbol)")


def is_background(function, benchmark):
    if function == "kernel.elf:thread_yield":
        return benchmark != "thread_yield"    # the timer path yields too
    return function in BACKGROUND


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", required=True)
    p.add_argument("--payload", type=int, default=0, help="sip_pingpong's block size")
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--timeout", type=float, default=300)
    p.add_argument("--lines", metavar="FUNCTION",
                   help="also a kernel function's instructions per source line "
                        "(e.g. chan_receive; LTO's inlined code counts at its own line)")
    p.add_argument("name", help="thread_yield, thread_pingpong_wait, sip_pingpong, "
                                "sip_pingpong_call, abi_call, "
                                "channel_create, page_alloc, sip_create_exit")
    a = p.parse_args(argv)
    source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    layout = platforms.Layout(a.build, source)
    plugin = os.path.join(layout.build, "bench", "libpccount.so")
    for path in (plugin, layout.kernel_elf32, layout.init_sip):
        if not os.path.exists(path):
            sys.exit(f"profile: missing {path} (./insula build)")
    with tempfile.TemporaryDirectory(prefix="insula-profile-") as tmp:
        runs = [boot(layout, plugin, tmp, a.name, n, a.payload, a.timeout) for n in SAMPLES]
        low, high = (per_function(c, image_symbols(layout, con)) for c, con in runs)
        ops = (SAMPLES[1] - SAMPLES[0]) * ROUND_TRIPS.get(a.name, BATCH)
        if a.lines:
            fn = "kernel.elf:" + a.lines
            lo_c, hi_c = (per_line(c, image_symbols(layout, con), fn) for c, con in runs)
            print(f"profile: {fn} per source line")
            print_lines(layout, {k: hi_c.get(k, 0) - lo_c.get(k, 0)
                                 for k in set(lo_c) | set(hi_c)}, ops)
    diff = {k: (high.get(k, 0) - low.get(k, 0)) / ops for k in set(low) | set(high)}
    background = {k: diff.pop(k) for k in list(diff) if is_background(k, a.name)}
    total = sum(diff.values())
    label = a.name + (f" payload={a.payload}" if a.payload else "")
    print(f"profile: {label}, pc/tcg-icount, instructions per operation "
          f"(boots of {SAMPLES[0]} and {SAMPLES[1]} samples of {BATCH}, subtracted)")
    shown = sorted(diff.items(), key=lambda kv: -abs(kv[1]))
    for name, n in shown[:a.top]:
        if abs(n) >= 0.05:
            print(f"{n:10.1f}  {100 * n / total if total else 0:5.1f}%  {name}")
    rest = sum(n for _, n in shown[a.top:])
    if abs(rest) >= 0.05:
        print(f"{rest:10.1f}  {100 * rest / total if total else 0:5.1f}%  (the other functions)")
    print(f"{total:10.1f}  total")
    print(f"{sum(background.values()):10.1f}  not counted: timer interrupts and idle "
          f"({', '.join(sorted(k.split(':')[-1] for k in background))})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
