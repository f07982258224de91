#!/usr/bin/env python3
"""WebFiles under fault injection: init kills the virtio-blk driver or the
file system at seeded times while the webfiles client reads, restarts it,
and the client (or, for the driver, the fs) binds again and retries.

    webfiles_kill_test.py --name NAME --qemu-test QEMU_TEST (--kernel ELF | --hosted BIN)
                          --module SIP... --victim virtio-blk|fs [--seed N] [--kills K]

Makes the two-directory SPECweb99 file set's image (fileset.py), attaches it
as the virtio block device, and boots a configuration written here:
nameservice, virtio-blk, fs (read-write), and `webfiles 2 AFTER
restarts=VICTIM:K`. The victim has `restart = on-failure` and `kill-after =
[T1, ...]` (K times drawn from SEED in a window sized for the platform).

The end is tied to progress, not to the clock: the client reads the
request sequence until it has seen the victim restarted K times (the
kernel's SIP list, bench/webfiles/client/restarts.h), then AFTER requests
more, so a fast machine cannot end the workload before the last kill, and
a slow one only reads longer. Then the test requires:

- exactly K kills and K restarts of the victim in init's log (never zero);
- the client ended with 0: every request served, every byte checked,
  AFTER requests after the last restart (`webfiles: faults: ...`);
- e2fsck -fn clean on the image afterwards (the fs was mounted read-write).

It prints the kills, restarts and restart latencies (crash -> first request
served again): for the fs, the client's `served again N ms after the file
system's channel closed`; for the driver, the fs's `disk served again N ms`.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "sip", "fs", "tests"))
import fileset  # noqa: E402
import fs_kill_test  # noqa: E402  (the storage stack's configuration, the kill times)

DIRS = 2
AFTER = 100
# Kill windows (ms after each start of the victim). An instance must live
# far longer than one request; on pc the first start of fs takes about a
# second (its mount waits for the driver), so the window starts later.
WINDOW = {"hosted": (60, 300), "pc": (800, 2500)}

CONFIG = """# Written by bench/webfiles/webfiles_kill_test.py: WebFiles over the
# storage stack on virtio-blk, with {victim} killed by init and restarted.
{stack}sip webfiles {{
    image = "webfiles.sip"
    args  = "{dirs} {after} restarts={victim}:{kills}"
    quota = 8M
    caps  = [inspect]
}}
allow webfiles bind "fs"
"""


def write_config(path, victim, times):
    with open(path, "w") as f:
        f.write(CONFIG.format(victim=victim, dirs=DIRS, after=AFTER, kills=len(times),
                              stack=fs_kill_test.stack_config(victim, times)))


def boot_command(a, img, config, kills):
    cmd = [sys.executable, a.qemu_test, "--name", a.name, "--timeout", "900",
           "--memory", "256M", "--expect", "reached", "--until", r"^init: webfiles exited",
           "--cmdline", "insula.config=" + os.path.basename(config), "--disk-image", img,
           "--reject-log", "does not read back",
           "--expect-log", r"^webfiles: faults: [0-9]+ bytes, 0 mismatched file\(s\)$",
           "--expect-log", r"^webfiles: faults: [0-9]+ requests, %d of them after %s's restart "
                           r"%d of %d;" % (AFTER, re.escape(a.victim), kills, kills),
           "--expect-log", r"^init: webfiles exited with code 0$"]
    cmd += ["--kernel", a.kernel] if a.kernel else ["--hosted", a.hosted]
    for m in a.module + [config]:
        cmd += ["--module", m]
    return cmd


def check_log(a, log, kills, problems):
    killed = re.findall(r"^init: killed %s after ([0-9]+) ms \(kill-after, instance [0-9]+\): OK$"
                        % re.escape(a.victim), log, re.M)
    restarts = re.findall(r"^init: restarting %s " % re.escape(a.victim), log, re.M)
    if len(killed) != kills:
        problems.append(f"{len(killed)} kill(s) of {a.victim}, planned {kills}")
    if len(restarts) != kills:
        problems.append(f"{len(restarts)} restart(s) of {a.victim}, planned {kills}")
    if a.victim == "fs":
        served = re.findall(r"^webfiles: \S+ served again ([0-9]+) ms after the file system's "
                            r"channel closed$", log, re.M)
    else:
        served = re.findall(r"^fs: disk served again ([0-9]+) ms after the fs found its "
                            r"channel closed", log, re.M)
    done = re.search(r"^webfiles: faults: ([0-9]+) requests, .* closed under ([0-9]+) of them$",
                     log, re.M)
    print(f"--- {a.name}: {len(killed)} kill(s) of {a.victim} (at {', '.join(killed)} ms after "
          f"each start), {len(restarts)} restart(s); restart latency (crash -> first request "
          f"served again): {', '.join(served) or 'none measured'} ms; "
          f"{done.group(1) if done else '?'} requests, the client's channel closed under "
          f"{done.group(2) if done else '?'}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--name", required=True)
    p.add_argument("--qemu-test", required=True)
    p.add_argument("--kernel")
    p.add_argument("--hosted")
    p.add_argument("--module", action="append", default=[])
    p.add_argument("--victim", choices=["virtio-blk", "fs"], required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--kills", type=int, default=2, choices=[1, 2, 3])
    a = p.parse_args()
    platform = "pc" if a.kernel else "hosted"
    times = fs_kill_test.kill_times(WINDOW[platform], a.seed, a.kills)
    with tempfile.TemporaryDirectory(prefix="webfiles-kill.") as tmp:
        img = os.path.join(tmp, "webfiles.img")
        config = os.path.join(tmp, "webfiles-kill.conf")
        fileset.make_image(img, DIRS)
        write_config(config, a.victim, times)
        print(f"--- seed {a.seed}: kill {a.victim} at {times} ms after each start")
        r = subprocess.run(boot_command(a, img, config, len(times)), capture_output=True,
                           text=True, errors="replace")
        log = r.stdout
        print(log)
        problems = [] if r.returncode == 0 else ["the boot test failed (log above)"]
        check_log(a, log, len(times), problems)
        fsck = subprocess.run(["e2fsck", "-fn", img], capture_output=True, text=True)
        if fsck.returncode != 0:
            problems.append(f"e2fsck -fn exit {fsck.returncode}:\n{fsck.stdout}{fsck.stderr}")
        if problems:
            print(f"--- {a.name} FAILED:")
            for problem in problems:
                print("  - " + problem)
            return 1
        print(f"--- {a.name} passed: {len(times)} kills and restarts as planned, every byte "
              f"checked, e2fsck -fn clean")
        return 0


if __name__ == "__main__":
    sys.exit(main())
