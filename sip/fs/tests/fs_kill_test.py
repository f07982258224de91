#!/usr/bin/env python3
"""Fault injection on the storage stack: init kills the virtio-blk driver or
the file system during a write workload, through the kernel's kill entry
(the boot configuration's `kill-after`), and restarts it.

    fs_kill_test.py --name NAME --qemu-test QEMU_TEST (--kernel ELF | --hosted BIN)
                    --module SIP... --victim virtio-blk|fs [--seed N] [--kills N]
    fs_kill_test.py ... --victim none --disk-fault io-error@N     (hosted)

Makes the test tree's image (ext2_images.py, `mke2fs -t ext2 -b 1024 -d`,
16 MiB), attaches it as the virtio block device, and boots a configuration
written here (fs-kill.conf): nameservice, virtio-blk, fs, and one `files`
instance writing WORKLOAD. The victim has `restart = on-failure` and
`kill-after = [T1, ...]`, KILLS times drawn from SEED (Python's Random),
in a window sized for the platform. Then:

- the kernel survives, init reports each kill and restart, and the files
  instance ends with code 0: every command was done, some of them twice;
- victim virtio-blk: the fs SIP saw its disk channel close, bound the
  restarted driver and sent the lost request again ("fs: disk served again
  N ms after the fs found its channel closed"); no client noticed. The image must be
  clean for `e2fsck -fn` as it is: nothing was lost, nothing damaged;
- victim fs: the files tool saw its channel close, bound the restarted fs
  and did the command again. The restarted fs mounted an image a crash
  left (marked not clean, and kept so): `e2fsck -fy` must repair it
  (exit 0 or 1), a second `e2fsck -fn` must find it clean;
- in both: every file the workload wrote reads back through debugfs as
  written (the workload's last command is a sync, so everything is synced
  by the end: nothing synced may be lost), and each sha256 line matches.

The workload's end is tied to progress, not to the clock: with kills
planned the instance is files-faults (sip/tests/files-faults), which runs
WORKLOAD again and again until it has seen the victim restarted KILLS times
(the kernel's SIP list), then once more. So a fast machine cannot end the
workload before the last kill and a slow one only runs fewer rounds; the
test requires exactly KILLS kills and KILLS restarts (never zero), and for
the driver that the fs found its disk channel closed (it must, at its next
request in the last round). The counts of kills and restarts and each
restart latency are printed.

--victim none --disk-fault io-error@N kills nothing: the hosted disk model
fails its N-th request with IOERR (insula-hosted --disk-fault). The fs must
log the Disk error by name (`fs: disk write at byte B failed: Io`); a
command that fails must fail with the named error `io` (with --client-io,
one must: the failed write was the sync's); and nothing may be lost:
e2fsck -fn clean as it is, every file whose write succeeded equal through
debugfs. (A write the cache makes to evict is not the operation's: the
block stays dirty for the next sync and the operation goes on.)
"""
import argparse
import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ext2_images  # noqa: E402

WRITTEN = {"/k1": (1500000, 41), "/k2": (1200000, 42), "/files/k3": (900000, 43),
           "/k4": (1500000, 44), "/k1b": (700000, 45)}
WORKLOAD = ("write /k1 1500000 41; write /k2 1200000 42; sync; write /files/k3 900000 43; "
            "write /k4 1500000 44; sync; write /k1b 700000 45; sha256 /k1 /k2 /files/k3 /k4 /k1b; "
            "sync")
# Kill windows (ms after each start of the victim): about the time one
# round of the workload takes on each platform (hosted at native speed; pc
# under TCG), so kills land at different points of it. The workload runs
# until the kills have happened, whatever the machine's speed.
WINDOW = {"hosted": (20, 100), "pc": (300, 1500)}

# The storage stack over virtio-blk, shared with WebFiles' fault test
# (bench/webfiles/webfiles_kill_test.py); {driver_extra}/{fs_extra} are the
# victim's kill lines.
STACK = """sip nameservice {{
    image    = "nameservice.sip"
    priority = 4
    quota    = 1M
}}
sip virtio-blk {{
    image    = "virtio-blk.sip"
    priority = 5
    quota    = 1M
    caps     = [dma]
    pci      = 1af4:1001
{driver_extra}}}
sip fs {{
    image = "fs.sip"
    quota = 8M
{fs_extra}}}
allow virtio-blk publish "disk"
allow fs bind "disk"
allow fs publish "fs"
"""

CONFIG = """# Written by sip/fs/tests/fs_kill_test.py: the storage stack over the
# virtio-blk driver, with {victim} killed by init (kill-after) and restarted.
{stack}sip files-work {{
    image = "{tool}.sip"
    args  = "{workload}"
    quota = 2M
{tool_extra}}}
allow files-work bind "fs"
"""


def kill_times(window, seed, kills):
    lo, hi = window
    rng = random.Random(seed)
    return [rng.randint(lo, hi) for _ in range(kills)]


def stack_config(victim, times):
    """STACK with `victim` (virtio-blk or fs) killed at `times` and restarted."""
    extra = "    restart    = on-failure\n    kill-after = [%s]\n" % ", ".join(map(str, times))
    extra = extra if times else ""
    return STACK.format(driver_extra=extra if victim == "virtio-blk" else "",
                        fs_extra=extra if victim == "fs" else "")


def write_config(path, victim, times):
    # With kills planned, files-faults repeats the workload until it has
    # seen the victim restarted as often as planned, then once more.
    workload = "restarts=%s:%d; %s" % (victim, len(times), WORKLOAD) if times else WORKLOAD
    text = CONFIG.format(victim=victim, workload=workload, stack=stack_config(victim, times),
                         tool="files-faults" if times else "files",
                         tool_extra="    caps  = [inspect]\n" if times else "")
    with open(path, "w") as f:
        f.write(text)


def boot_command(a, img, config):
    until = r"(?s)\A(?=.*^init: files-work exited)(?=.*^fs: client left; synced$)"
    cmd = [sys.executable, a.qemu_test, "--name", a.name, "--timeout", "600",
           "--expect", "reached", "--until", until,
           "--cmdline", "insula.config=" + os.path.basename(config), "--disk-image", img,
           "--reject-log", "killed"]
    if a.victim == "none":
        cmd += ["--disk-fault", a.disk_fault,
                "--expect-log", r"^virtio-model: request [0-9]+: injecting io-error$",
                "--expect-log", r"^fs: disk (read|write|flush) at byte [0-9]+ failed: Io$",
                "--expect-log", r"^init: files-work exited with code [01]$"]
        if a.client_io:
            cmd += ["--expect-log", r"^files: [a-z0-9]+ /\S*: io$"]
    else:
        cmd = cmd[:-2] + [
            "--expect-log", r"^init: files-work exited with code 0$",
            "--expect-log", r"^files-faults: [0-9]+ round\(s\); %s restarted %d of %d time\(s\) "
                            r"before the last$" % (re.escape(a.victim), a.kills, a.kills),
            "--expect-log", r"^init: killed %s after [0-9]+ ms \(kill-after, instance 1\): OK$"
            % a.victim]
    cmd += ["--kernel", a.kernel] if a.kernel else ["--hosted", a.hosted]
    for m in a.module + [config]:
        cmd += ["--module", m]
    return cmd


def failed_writes(log):
    """Files whose write the tool reported failed (their bytes are not promised)."""
    return set(re.findall(r"^files: write (\S+): ", log, re.M))


def check_log(a, log, problems):
    digests = dict((p, d) for d, p in re.findall(r"^([0-9a-f]{64})  (\S+)$", log, re.M))
    for path, spec in WRITTEN.items():
        want = hashlib.sha256(ext2_images.fill(*spec)).hexdigest()
        if path not in failed_writes(log) and digests.get(path) != want:
            problems.append(f"sha256 of {path} is {digests.get(path)}, expected {want}")
    if a.victim == "none":
        errors = re.findall(r"^files: [a-z0-9]+ \S+: (\S+)$", log, re.M)
        if any(e != "io" for e in errors):
            problems.append(f"the client saw errors other than io: {errors}")
        print(f"--- {a.name}: client errors {errors}; failed writes {sorted(failed_writes(log))}")
        return
    kills = re.findall(r"^init: killed %s after ([0-9]+) ms" % re.escape(a.victim), log, re.M)
    restarts = re.findall(r"^init: restarting %s " % re.escape(a.victim), log, re.M)
    if a.victim == "virtio-blk":
        landed = re.findall(r"^fs: disk served again ([0-9]+) ms after the fs found its channel closed", log, re.M)
    else:
        landed = re.findall(r"^files: bound 'fs' again after ([0-9]+) ms", log, re.M)
    if len(kills) != a.kills or len(restarts) != a.kills:
        problems.append(f"{len(kills)} kill(s) and {len(restarts)} restart(s), planned {a.kills}")
    if a.victim == "virtio-blk" and not landed:
        # the workload runs a round after the last restart: the fs must
        # find its disk channel closed at its next request
        problems.append("the fs never found its disk channel closed (no rebind in the log)")
    rounds = re.search(r"^files-faults: ([0-9]+) round", log, re.M)
    print(f"--- {a.name}: {rounds.group(1) if rounds else '?'} round(s) of the workload; "
          f"{len(kills)} kill(s) of {a.victim} (at {', '.join(kills)} ms), "
          f"{len(restarts)} restart(s), {len(landed)} during the workload; served again "
          f"after {', '.join(landed)} ms")


def check_image(a, img, log, problems):
    if a.victim == "fs":
        fix = subprocess.run(["e2fsck", "-fy", img], capture_output=True, text=True)
        print(f"--- e2fsck -fy exit {fix.returncode}:\n{fix.stdout}")
        if fix.returncode not in (0, 1):
            problems.append(f"e2fsck -fy could not repair the image (exit {fix.returncode})")
    fsck = subprocess.run(["e2fsck", "-fn", img], capture_output=True, text=True)
    if fsck.returncode != 0:
        problems.append(f"e2fsck -fn exit {fsck.returncode}:\n{fsck.stdout}{fsck.stderr}")
    for path, spec in WRITTEN.items():
        if path in failed_writes(log):
            continue
        got = subprocess.run(["debugfs", "-R", f"cat {path}", img], capture_output=True).stdout
        if got != ext2_images.fill(*spec):
            problems.append(f"debugfs cat {path}: {len(got)} bytes, not what files wrote")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--name", required=True)
    p.add_argument("--qemu-test", required=True)
    p.add_argument("--kernel")
    p.add_argument("--hosted")
    p.add_argument("--module", action="append", default=[])
    p.add_argument("--victim", choices=["virtio-blk", "fs", "none"], required=True)
    p.add_argument("--disk-fault", help="with --victim none: KIND@N for the hosted disk model")
    p.add_argument("--client-io", action="store_true", help="the client must see io")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--kills", type=int, default=2)
    a = p.parse_args()
    platform = "pc" if a.kernel else "hosted"
    times = kill_times(WINDOW[platform], a.seed, a.kills) if a.victim != "none" else []
    with tempfile.TemporaryDirectory(prefix="fs-kill.") as tmp:
        img = os.path.join(tmp, "disk.img")
        config = os.path.join(tmp, "fs-kill.conf")
        ext2_images.make_image(img, "16M", 1024)
        write_config(config, a.victim, times)
        print(f"--- seed {a.seed}: kill {a.victim} at {times} ms after each start")
        r = subprocess.run(boot_command(a, img, config), capture_output=True, text=True,
                           errors="replace")
        log = r.stdout
        print(log)
        problems = [] if r.returncode == 0 else ["the boot test failed (log above)"]
        check_log(a, log, problems)
        check_image(a, img, log, problems)
        if problems:
            print(f"--- {a.name} FAILED:")
            for problem in problems:
                print("  - " + problem)
            return 1
        print(f"--- {a.name} passed: e2fsck clean{' after repair' if a.victim == 'fs' else ''}, "
              f"{len(WRITTEN)} files equal through debugfs")
        return 0


if __name__ == "__main__":
    sys.exit(main())
