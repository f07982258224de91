"""The disk of a boot scenario: an ext2 image made by `mke2fs -d` before the
boot, and what is checked on it and in the log after (boot/scenario.py has
the statements; boot/qemu-test.py calls these).

    prepare(s, source, tmp)       the tree and its image; Disk
    check(s, disk, log)           the problems after the run, and the log to show

The tree is a folder of the source tree, or what a script writes
(`python3 SCRIPT tree DIR ARGS...`: sip/fs/tests/ext2_images.py,
bench/webfiles/fileset.py). The image is a boot module (`disk-module NAME`,
read by the RAM disk) or the virtio block device (QEMU's virtio-blk-pci on
pc, the file-backed model on hosted, both writing it in place). A RAM disk
that was asked to dump prints every unit it writes at each flush
(`ramdisk: unit N HEX`); the image checked afterwards is then the module
with those units written back (the lines are left out of the log shown).
"""
import hashlib
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sip", "fs",
                                "tests"))
import ext2_images  # noqa: E402  (fill: the generator of `files write PATH SIZE SEED`)

RAMDISK_UNIT = 1024
RAMDISK_DUMP = re.compile(r"^ramdisk: unit (\d+) ([0-9a-f]+)$", re.M)
HASH_LINE = re.compile(r"^([0-9a-f]{64})  (\S+)$", re.M)
MKE2FS_ENV = {"E2FSPROGS_FAKE_TIME": "1700000000", "MKE2FS_DETERMINISTIC": "1"}


class Disk:
    def __init__(self, tree, image, module):
        self.tree, self.image, self.module = tree, image, module


def make_tree(source, spec, tmp):
    """The folder of `disk-ext2 FOLDER` or `disk-ext2 SCRIPT.py ARGS...`."""
    words = spec.split()
    if not words[0].endswith(".py"):
        return os.path.join(source, words[0])
    tree = os.path.join(tmp, "tree")
    subprocess.run([sys.executable, os.path.join(source, words[0]), "tree", tree] + words[1:],
                   check=True)
    return tree


def make_image(tree, path, size="4M", block="1024"):
    """mke2fs -t ext2 -b BLOCK -d TREE PATH SIZE (deterministic)."""
    subprocess.run(["mke2fs", "-q", "-F", "-t", "ext2", "-b", block, "-E", "root_owner=0:0",
                    "-d", tree, path, size], check=True, capture_output=True,
                   env=dict(os.environ, **MKE2FS_ENV))
    return path


def prepare(s, source, tmp):
    """The scenario's disk (None without `disk-ext2`)."""
    if not s.get("disk-ext2"):
        return None
    tree = make_tree(source, s["disk-ext2"], tmp)
    module = s.get("disk-module")
    image = os.path.join(tmp, module or "disk.img")
    make_image(tree, image, *(s.get("disk-size") or "4M 1024").split())
    return Disk(tree, image, module)


def rebuild(disk, log, out):
    """The module with the RAM disk's dumped units written back."""
    with open(disk.image, "rb") as f:
        image = bytearray(f.read())
    for n, hexbytes in RAMDISK_DUMP.findall(log):
        at, data = int(n) * RAMDISK_UNIT, bytes.fromhex(hexbytes)
        if len(data) != RAMDISK_UNIT or at + RAMDISK_UNIT > len(image):
            raise ValueError(f"bad dump line for unit {n}")
        image[at:at + RAMDISK_UNIT] = data
    with open(out, "wb") as f:
        f.write(image)
    return out


def unpromised(s, log):
    """Paths whose content the log says is not promised (`unpromised`)."""
    return {m for pattern in s["unpromised"] for m in re.findall(pattern, log, re.M)}


def written(s):
    """path -> the bytes `disk-file PATH SIZE SEED` says it holds."""
    files = {}
    for line in s["disk-file"]:
        path, size, seed = line.split()
        files[path] = ext2_images.fill(int(size), int(seed))
    return files


def known_content(disk, files, path):
    if path in files:
        return files[path]
    host = os.path.join(disk.tree, path.lstrip("/")) if disk else ""
    if host and os.path.isfile(host):
        with open(host, "rb") as f:
            return f.read()
    return None


def hash_problems(s, disk, log, skipped):
    """`sha256-lines N`: every `HEX  PATH` line is the SHA-256 of what PATH
    holds (the tree's file, or its `disk-file`), there are at least N, and
    each `disk-file` has one."""
    if "sha256-lines" not in s:
        return []
    problems, files = [], written(s)
    lines = [(d, p) for d, p in HASH_LINE.findall(log) if p not in skipped]
    for digest, path in lines:
        content = known_content(disk, files, path)
        want = hashlib.sha256(content).hexdigest() if content is not None else None
        if digest != want:
            problems.append(f"sha256 of {path} is {digest}, expected {want}")
    if len(lines) < int(s["sha256-lines"]):
        problems.append(f"only {len(lines)} sha256 lines in the log")
    hashed = {p for _, p in lines}
    problems += [f"no sha256 line for {p}" for p in files if p not in hashed and p not in skipped]
    return problems


def fsck_problems(s, image):
    problems = []
    if s.get("fsck") == "repair":
        fix = subprocess.run(["e2fsck", "-fy", image], capture_output=True, text=True)
        print(f"--- e2fsck -fy exit {fix.returncode}:\n{fix.stdout}")
        if fix.returncode not in (0, 1):
            problems.append(f"e2fsck -fy could not repair the image (exit {fix.returncode})")
    fsck = subprocess.run(["e2fsck", "-fn", image], capture_output=True, text=True)
    if fsck.returncode != 0:
        problems.append(f"e2fsck -fn exit {fsck.returncode}:\n{fsck.stdout}{fsck.stderr}")
    return problems


def image_problems(s, image, skipped):
    """e2fsck (`fsck`), then debugfs: each `disk-file` as written, each
    `disk-absent` gone."""
    problems = fsck_problems(s, image) if s.get("fsck") else []
    for path, content in written(s).items():
        if path in skipped:
            continue
        got = subprocess.run(["debugfs", "-R", f"cat {path}", image], capture_output=True).stdout
        if got != content:
            problems.append(f"debugfs cat {path}: {len(got)} bytes, not what was written")
    for path in s["disk-absent"]:
        r = subprocess.run(["debugfs", "-R", f"stat {path}", image], capture_output=True)
        if b"not found" not in r.stderr:
            problems.append(f"debugfs still finds {path}")
    return problems


def check(s, disk, log, tmp):
    """(problems, the log to show) after the run."""
    skipped = unpromised(s, log)
    problems = hash_problems(s, disk, log, skipped)
    if disk is None:
        return problems, log
    image = disk.image
    if disk.module:
        try:
            image = rebuild(disk, log, os.path.join(tmp, "written.img"))
        except ValueError as e:
            return problems + [str(e)], log
        log = re.sub(r"^ramdisk: unit \d+ [0-9a-f]+\n", "", log, flags=re.M)
    if s.get("fsck") or s["disk-file"] or s["disk-absent"]:
        problems += image_problems(s, image, skipped)
    return problems, log
