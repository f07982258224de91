#!/usr/bin/env python3
"""Host test of the ext2 library against an image made by mke2fs.

    ext2_host_test.py TEST_EXT2 BS INODE_SIZE SIZE [--fill]

Makes the test tree and an image of it with `mke2fs -t ext2 -b BS -d`,
then: test_ext2 read (every file and directory of the tree reads back),
test_ext2 corrupt (named refusals), test_ext2 write (the workload; the
image is saved). The saved image must pass `e2fsck -fn` and every file the
workload left must read back with `debugfs -R 'cat PATH'` equal to what the
library wrote; every path it removed must be gone for debugfs too.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ext2_images  # noqa: E402


def debugfs(img, request):
    return subprocess.run(["debugfs", "-R", request, img], capture_output=True)


def check_with_tools(img, expdir):
    problems = []
    fsck = subprocess.run(["e2fsck", "-fn", img], capture_output=True, text=True)
    if fsck.returncode != 0:
        problems.append("e2fsck -fn exit %d:\n%s%s" % (fsck.returncode, fsck.stdout,
                                                       fsck.stderr))
    files = 0
    for name in sorted(os.listdir(expdir)):
        if name == "GONE":
            continue
        path = name.replace("%", "/")
        with open(os.path.join(expdir, name), "rb") as f:
            want = f.read()
        got = debugfs(img, "cat \"%s\"" % path).stdout
        files += 1
        if got != want:
            problems.append("debugfs cat %s: %d bytes, expected %d (first difference at %s)" % (
                path, len(got), len(want),
                next((i for i in range(min(len(got), len(want))) if got[i] != want[i]),
                     min(len(got), len(want)))))
    with open(os.path.join(expdir, "GONE")) as f:
        for path in f.read().split("\n"):
            if path and b"not found" not in debugfs(img, "stat \"%s\"" % path).stderr:
                problems.append("debugfs still finds removed %s" % path)
    return problems, files


def main(argv):
    test_ext2, bs, isz, size = argv[1], int(argv[2]), int(argv[3]), argv[4]
    fill = "--fill" in argv
    with tempfile.TemporaryDirectory(prefix="ext2test.") as tmp:
        tree = os.path.join(tmp, "tree")
        img = os.path.join(tmp, "disk.img")
        out = os.path.join(tmp, "written.img")
        exp = os.path.join(tmp, "expected")
        ext2_images.make_tree(tree)
        ext2_images.make_image(img, size, bs, isz, tree)
        # An extended attribute on a file the workload removes (in an
        # attribute block when the inode has no room for it).
        subprocess.run(["debugfs", "-w", "-R", "ea_set /seeded/b user.note " + "x" * 200, img],
                       check=True, capture_output=True)
        for args in (["read", img, tree], ["corrupt", img],
                     ["write", img, out, exp] + (["--fill"] if fill else [])):
            r = subprocess.run([test_ext2] + args)
            if r.returncode != 0:
                print("FAIL: test_ext2 %s exited %d" % (args[0], r.returncode))
                return 1
        problems, files = check_with_tools(out, exp)
        for p in problems:
            print("FAIL: " + p)
        if problems:
            return 1
        print("ok: e2fsck -fn clean; %d files equal through debugfs" % files)
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
