#!/usr/bin/env python3
"""Crash test of the ext2 library's write ordering.

    ext2_crash_test.py TEST_EXT2 BS INODE_SIZE SIZE [--redo]

`test_ext2 crash` writes and syncs /crash/a and /crash/b on a mke2fs image,
then makes more changes (a 200 KB file, a directory, a rename, a removal)
and syncs again, with a device that stops taking writes after CUT of them:
the image a crash at that point leaves. For CUT from 0 to past the end of
the second sync, `e2fsck -fy` must repair the image (exit 0 or 1), a second
`e2fsck -fn` must find it clean, and /crash/a and /crash/b must read back
through debugfs exactly as synced: a crash loses at most unsynced changes.

With --redo, `test_ext2 redo` writes and syncs /k (600 KB: indirect and
double indirect blocks, more than the cache holds), rewrites it (opened
truncated: its old blocks freed, new ones taken) with the device cut after
CUT writes, then mounts again and redoes the rewrite, which must succeed
(what a restarted fs does for its client); the image must then repair and
hold /k as redone.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ext2_images  # noqa: E402

SYNCED = {"/crash/a": (30000, 11), "/crash/b": (5000, 12)}
REDONE = {"/k": (600000, 22)}


def one_cut(test_ext2, img, tmp, cut, redo=False):
    out = os.path.join(tmp, "crash-%d.img" % cut)
    r = subprocess.run([test_ext2, "redo" if redo else "crash", img, out, str(cut)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return ["cut %d: test_ext2 crash failed:\n%s%s" % (cut, r.stdout, r.stderr)], None
    taken = int(r.stdout.split("crash: ")[1].split()[0])
    problems = []
    fix = subprocess.run(["e2fsck", "-fy", out], capture_output=True, text=True)
    if fix.returncode not in (0, 1):
        problems.append("cut %d: e2fsck -fy exit %d:\n%s" % (cut, fix.returncode, fix.stdout))
    check = subprocess.run(["e2fsck", "-fn", out], capture_output=True, text=True)
    if check.returncode != 0:
        problems.append("cut %d: not clean after repair:\n%s" % (cut, check.stdout))
    for path, spec in (REDONE if redo else SYNCED).items():
        got = subprocess.run(["debugfs", "-R", "cat %s" % path, out], capture_output=True).stdout
        if got != ext2_images.fill(*spec):
            problems.append("cut %d: synced %s lost or changed (%d bytes)" % (cut, path, len(got)))
    os.unlink(out)
    return problems, taken


def main(argv):
    test_ext2, bs, isz, size = argv[1], int(argv[2]), int(argv[3]), argv[4]
    redo = "--redo" in argv[5:]
    with tempfile.TemporaryDirectory(prefix="ext2crash.") as tmp:
        img = os.path.join(tmp, "disk.img")
        ext2_images.make_image(img, size, bs, isz)
        _, total = one_cut(test_ext2, img, tmp, 10**9, redo)     # every write the run makes
        if total is None:
            print("FAIL: the uncut run failed")
            return 1
        cuts = sorted(set(range(0, total, max(1, total // (150 if redo else 50)))) |
                      set(range(max(0, total - 16), total + 1)))
        problems = []
        for cut in cuts:
            p, _ = one_cut(test_ext2, img, tmp, cut, redo)
            problems += p
        for p in problems:
            print("FAIL: " + p)
        if problems:
            return 1
        print("ok: crashes after each of %d points in %d writes, each repaired by e2fsck with the synced "
              "files intact" % (len(cuts), total))
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
