#!/usr/bin/env python3
"""Quick WebFiles run as a boot test: makes the SPECweb99 file set of two
directories on an ext2 image (fileset.py), boots nameservice, ramdisk, fs
(read-only) and the webfiles client (webfiles-quick.conf), and requires
every file read to check out and the figures to be reported; then runs the
Linux program on the same requests from the tree the image was made of and
prints both sets of figures (no speed is judged).

    webfiles_test.py --name NAME --qemu-test QEMU_TEST --linux LINUX_WEBFILES
                     (--kernel ELF | --hosted BIN) --config CONF --module SIP...
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fileset  # noqa: E402

DIRS = 2
REQUESTS = 400


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--name", required=True)
    p.add_argument("--qemu-test", required=True)
    p.add_argument("--kernel")
    p.add_argument("--hosted")
    p.add_argument("--config", required=True)
    p.add_argument("--linux", required=True)
    p.add_argument("--module", action="append", default=[])
    a = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="webfiles.") as tmp:
        img = os.path.join(tmp, "webfiles.img")
        tree = os.path.join(tmp, "tree")
        fileset.make_tree(tree, DIRS)
        fileset.make_image(img, DIRS, tree)
        cmd = [sys.executable, a.qemu_test, "--name", a.name, "--timeout", "600",
               "--memory", "256M", "--expect", "reached",
               "--until", "^init: webfiles exited",
               "--cmdline", "insula.config=" + os.path.basename(a.config),
               "--reject-log", "killed", "--reject-log", "does not read back",
               "--expect-log", r"^webfiles: cold: 400 requests, [0-9]+ bytes, 0 mismatched file\(s\)$",
               "--expect-log", r"^webfiles: warm: 400 requests, [0-9]+ bytes, 0 mismatched file\(s\)$",
               "--expect-log", r"^webfiles: cold: [0-9]+ requests/s, [0-9]+ KB/s, median [0-9]+ cycles, p99 [0-9]+ cycles$",
               "--expect-log", r"^webfiles: warm: [0-9]+ requests/s, [0-9]+ KB/s, median [0-9]+ cycles, p99 [0-9]+ cycles$",
               "--expect-log", r"^bench: name=webfiles_request_cold unit=cycles n=400 ",
               "--expect-log", r"^bench: name=webfiles_request_warm unit=cycles n=400 ",
               "--expect-log", r"^webfiles: cold: busy [0-9]+ cycles per request ",
               "--expect-log", r"^bench: name=webfiles_busy_warm unit=cycles n=1 ",
               "--expect-log", r"^init: webfiles exited with code 0$"]
        cmd += ["--kernel", a.kernel] if a.kernel else ["--hosted", a.hosted]
        for m in a.module + [a.config, img]:
            cmd += ["--module", m]
        r = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
        sys.stdout.write(r.stdout)
        linux = subprocess.run([a.linux, tree, str(DIRS), str(REQUESTS)], capture_output=True,
                               text=True)
        sys.stdout.write(linux.stdout + linux.stderr)
        print("side by side (%s):" % a.name)
        for line in r.stdout.split("\n") + linux.stdout.split("\n"):
            if "requests/s" in line:
                print("  " + line)
        ours = re.search(r"^webfiles: cold: \d+ requests, (\d+) bytes", r.stdout, re.M)
        theirs = re.search(r"^linux-webfiles: \d+ requests, (\d+) bytes", linux.stdout, re.M)
        same = ours and theirs and ours.group(1) == theirs.group(1)
        if not same:
            print("FAIL: the client and the Linux program did not read the same bytes")
        return 1 if r.returncode != 0 or linux.returncode != 0 or not same else 0


if __name__ == "__main__":
    sys.exit(main())
