#!/usr/bin/env python3
"""Crash test of the ext2 library's write ordering.

    ext2_crash_test.py TEST_EXT2 BS INODE_SIZE SIZE [--redo | --unlink]

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

With --unlink, `test_ext2 unlink` syncs /u/f0../u/f7, /u/d/x and /keep,
then removes files, renames over files, removes a directory and makes new
files (which take the freed inode numbers again), cut after CUT writes, for
every CUT: besides the repair and /keep intact, e2fsck must never find a
directory entry naming a freed inode (`has deleted/unused inode`): an inode
number is free on the disk only once no entry on the disk names it.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ext2_images  # noqa: E402

SYNCED = {"/crash/a": (30000, 11), "/crash/b": (5000, 12)}
REDONE = {"/k": (600000, 22)}
KEPT = {"/keep": (9000, 41)}
MODES = {"crash": SYNCED, "redo": REDONE, "unlink": KEPT}


def one_cut(test_ext2, img, tmp, cut, mode="crash"):
    out = os.path.join(tmp, "crash-%d.img" % cut)
    r = subprocess.run([test_ext2, mode, img, out, str(cut)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return ["cut %d: test_ext2 crash failed:\n%s%s" % (cut, r.stdout, r.stderr)], None
    taken = int(r.stdout.split("crash: ")[1].split()[0])
    problems = []
    fix = subprocess.run(["e2fsck", "-fy", out], capture_output=True, text=True)
    if fix.returncode not in (0, 1):
        problems.append("cut %d: e2fsck -fy exit %d:\n%s" % (cut, fix.returncode, fix.stdout))
    if mode == "unlink" and "deleted/unused inode" in fix.stdout:
        problems.append("cut %d: an entry names a freed inode:\n%s" % (cut, fix.stdout))
    check = subprocess.run(["e2fsck", "-fn", out], capture_output=True, text=True)
    if check.returncode != 0:
        problems.append("cut %d: not clean after repair:\n%s" % (cut, check.stdout))
    for path, spec in MODES[mode].items():
        got = subprocess.run(["debugfs", "-R", "cat %s" % path, out], capture_output=True).stdout
        if got != ext2_images.fill(*spec):
            problems.append("cut %d: synced %s lost or changed (%d bytes)" % (cut, path, len(got)))
    os.unlink(out)
    return problems, taken


def main(argv):
    test_ext2, bs, isz, size = argv[1], int(argv[2]), int(argv[3]), argv[4]
    mode = "redo" if "--redo" in argv[5:] else "unlink" if "--unlink" in argv[5:] else "crash"
    with tempfile.TemporaryDirectory(prefix="ext2crash.") as tmp:
        img = os.path.join(tmp, "disk.img")
        ext2_images.make_image(img, size, bs, isz)
        _, total = one_cut(test_ext2, img, tmp, 10**9, mode)     # every write the run makes
        if total is None:
            print("FAIL: the uncut run failed")
            return 1
        step = {"crash": total // 50, "redo": total // 150, "unlink": 1}[mode]
        cuts = sorted(set(range(0, total, max(1, step))) |
                      set(range(max(0, total - 16), total + 1)))
        problems = []
        for cut in cuts:
            p, _ = one_cut(test_ext2, img, tmp, cut, mode)
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
