#!/usr/bin/env python3
"""The SPECweb99 file set of the WebFiles benchmark, on an ext2 image.

    fileset.py image IMG DIRS          mke2fs -t ext2 -b 4096 -d (the set) IMG
    fileset.py tree DIR DIRS           only the tree

DIRS directories /dirNNNNN, each with 4 classes x 9 files
/dirNNNNN/classC_N: class c's file n (0-8) holds base[c] * (n + 1) / 10
bytes, base = 1, 10, 100, 1000 KiB. Every file's bytes are a known function
of its path, so the client checks each one it reads: the generator of
`files write` (state = state * 1103515245 + 12345 mod 2^32, byte =
state >> 24) seeded with the FNV-1a hash of the path.
"""
import os
import shutil
import subprocess
import sys
import tempfile

BASES = [1024, 10 * 1024, 100 * 1024, 1000 * 1024]


def fnv1a(text):
    h = 0x811c9dc5
    for b in text.encode():
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return h


def content(path, size):
    out = bytearray(size)
    state = fnv1a(path)
    for i in range(size):
        state = (state * 1103515245 + 12345) & 0xffffffff
        out[i] = state >> 24
    return bytes(out)


def files(dirs):
    for d in range(dirs):
        for c, base in enumerate(BASES):
            for n in range(9):
                yield "/dir%05d/class%d_%d" % (d, c, n), base * (n + 1) // 10


def make_tree(root, dirs):
    for path, size in files(dirs):
        host = os.path.join(root, path.lstrip("/"))
        os.makedirs(os.path.dirname(host), exist_ok=True)
        with open(host, "wb") as f:
            f.write(content(path, size))


def make_image(img, dirs, tree=None):
    """The image of `tree` (made here when None)."""
    own = tree is None
    if own:
        tree = tempfile.mkdtemp(prefix="webfiles.")
    try:
        if own:
            make_tree(tree, dirs)
        total = sum(size for _, size in files(dirs))
        blocks = total // 4096 + dirs * 48 + 1024
        subprocess.run(["mke2fs", "-q", "-F", "-t", "ext2", "-b", "4096", "-E", "root_owner=0:0",
                        "-d", tree, img, str(blocks)], check=True,
                       env=dict(os.environ, E2FSPROGS_FAKE_TIME="1700000000"))
    finally:
        if own:
            shutil.rmtree(tree)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "image":
        make_image(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[1] == "tree":
        make_tree(sys.argv[2], int(sys.argv[3]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
