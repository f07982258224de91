#!/usr/bin/env python3
"""Source trees and ext2 images made by the real tools (mke2fs -d), shared
by the host tests, the fuzzer's seeds and the boot tests.

    ext2_images.py tree DIR                 the test tree (deterministic)
    ext2_images.py image IMG SIZE BS [INODE_SIZE] [--tree DIR] [--small]
                                            mke2fs -t ext2 -b BS -d TREE IMG SIZE
                                            (--small: the fuzzer's few-file tree)

File contents come from fill() — the generator of `files write PATH SIZE
SEED` — so every byte is a known function of its seed.
"""
import os
import shutil
import subprocess
import sys
import tempfile


def fill(size, seed):
    """SIZE bytes: state = state * 1103515245 + 12345 (mod 2^32), byte = state >> 24."""
    out = bytearray(size)
    state = seed & 0xffffffff
    for i in range(size):
        state = (state * 1103515245 + 12345) & 0xffffffff
        out[i] = state >> 24
    return bytes(out)


# path: (size, seed); directories end in '/'.
TREE = {
    "/seeded/": None,
    "/seeded/a": (3000, 1),
    "/seeded/b": (20000, 2),
    "/seeded/deep/": None,
    "/seeded/deep/er/": None,
    "/seeded/deep/er/still": (1, 3),
    "/empty/": None,
    "/files/": None,
    "/files/zero-length": (0, 4),
    "/files/one-block": (1024, 5),
    "/files/odd size": (5555, 6),
    "/files/double-indirect": (300 * 1024, 7),
    "/hello.txt": (64, 8),
    "/readme.txt": b"This file system was made by mke2fs -d on the host.\n",
}
for i in range(40):
    TREE["/files/f%02d" % i] = (i * 97, 100 + i)


# The fuzzer's seeds: a few files, one past the direct blocks, in a tiny image.
SMALL_TREE = {
    "/seeded/": None,
    "/seeded/a": (300, 1),
    "/seeded/deep/": None,
    "/seeded/deep/b": (20000, 2),
    "/empty/": None,
    "/hello.txt": (64, 8),
}


def content(spec):
    """A file's bytes: given, or fill(size, seed)."""
    return spec if isinstance(spec, bytes) else fill(*spec)


def make_tree(root, tree=None):
    for path, spec in sorted((tree or TREE).items()):
        host = os.path.join(root, path.lstrip("/"))
        if spec is None:
            os.makedirs(host, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(host), exist_ok=True)
        with open(host, "wb") as f:
            f.write(content(spec))


def make_image(img, size, bs, inode_size=None, tree=None, small=False):
    own = tree is None
    if own:
        tree = tempfile.mkdtemp(prefix="ext2tree.")
        make_tree(tree, SMALL_TREE if small else TREE)
    if os.path.exists(img):
        os.unlink(img)
    cmd = ["mke2fs", "-q", "-F", "-t", "ext2", "-b", str(bs), "-E", "root_owner=0:0"]
    if inode_size:
        cmd += ["-I", str(inode_size)]
    if small:
        cmd += ["-N", "32"]
    cmd += ["-d", tree, img, str(size)]
    env = dict(os.environ, E2FSPROGS_FAKE_TIME="1700000000", MKE2FS_DETERMINISTIC="1")
    subprocess.run(cmd, check=True, env=env)
    if own:
        shutil.rmtree(tree)


def main(argv):
    if len(argv) == 3 and argv[1] == "tree":
        make_tree(argv[2])
        return 0
    if len(argv) >= 5 and argv[1] == "image":
        small = "--small" in argv
        argv = [x for x in argv if x != "--small"]
        tree = None
        if "--tree" in argv:
            i = argv.index("--tree")
            tree = argv[i + 1]
            argv = argv[:i] + argv[i + 2:]
        make_image(argv[2], argv[3], int(argv[4]),
                   int(argv[5]) if len(argv) > 5 else None, tree, small)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
