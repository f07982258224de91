#!/usr/bin/env python3
"""Boot test of the storage stack: nameservice, a disk (the RAM disk,
sip/fs/tests/fs-boot.conf, or the virtio-blk driver, fs-virtio.conf), fs
and the files tool on a real ext2 image.

    fs_boot_test.py --name NAME --qemu-test QEMU_TEST (--kernel ELF | --hosted BIN)
                    --module SIP... --config CONF [--device ramdisk|virtio]

Makes the test tree (ext2_images.py) and `mke2fs -t ext2 -b 1024 -d TREE
disk.img 4M`, boots with disk.img as a module (ramdisk) or attached as the
virtio block device (virtio: QEMU's virtio-blk-pci on pc, the file-backed
model on hosted, both writing disk.img in place), and judges the console log:

- the module-read capability holds: a RAM disk not granted it is not
  started, and one granted it still cannot read the boot configuration
  or a module that does not exist;
- every files instance ends as the configuration expects (files-errors
  with 1, its refusals named: path-empty, path-relative, path-past-root,
  path-nul, path-too-long, name-too-long, not-found, not-empty, exists,
  path-is-root, directory-loop);
- every "HEX  PATH" the files tool printed is the SHA-256 of what the
  host knows that file holds (the seeded files, and what `write` wrote);
- ramdisk: the written image, rebuilt on the host from disk.img and the RAM disk's
  dump of every unit written up to each flush ("ramdisk: unit N HEX"),
  passes `e2fsck -fn`, and `debugfs -R 'cat PATH'` on it gives the bytes
  the SIPs wrote (files absent that they removed);
- virtio: the same checks on disk.img itself, as the device left it.

What this proves: the bytes the fs SIP sent to the Disk service form a
file system e2fsck finds clean and whose files debugfs reads as written.
It does not prove the RAM disk stored them faithfully between requests
(the sha256 lines, computed from reads through fs and ramdisk, cover
that for the files hashed).
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ext2_images  # noqa: E402

UNIT = 1024
WRITTEN = {"/out/big": (300000, 2), "/out/d/small": (100, 1)}
REMOVED = ["/out/gone", "/out/small", "/seeded/b"]
# Done when the fs has synced after all three clients and init has seen each exit.
UNTIL = (r"(?s)\A(?=(?:.*?^fs: client left; synced$){3})(?=.*^init: files-read exited)"
         r"(?=.*^init: files-write exited)(?=.*^init: files-errors exited)")
EXPECTED_LOG = [
    r"^fs: mounted ext2 rev 1, 4096 blocks of 1024 bytes",
    r"^files: ls /seeded$",
    r"^  f a 3000$",
    r"^This file system was made by mke2fs -d on the host\.$",
    r"^files: stat /files: directory",
    r"^files: wrote 300000 bytes to /out/big$",
    r"^files: stat \"\": path-empty$",
    r"^files: stat relative: path-relative$",
    r"^files: stat /\.\.: path-past-root$",
    r"^files: stat /a%00b: path-nul$",
    r"^files: stat /%long1100: path-too-long$",
    r"^files: stat /%long256: name-too-long$",
    r"^files: stat %deep130: path-too-long$",
    r"^files: stat /nope: not-found$",
    r"^files: rm /seeded: not-empty$",
    r"^files: mkdir /files: exists$",
    r"^files: rm /: path-is-root$",
    r"^files: mv /seeded: directory-loop$",
    r"^init: files-read exited with code 0$",
    r"^init: files-write exited with code 0$",
    r"^init: files-errors exited with code 1$",
]
RAMDISK_LOG = [
    r"^ramdisk: serving disk.img, 8192 sectors",
    r"^ramdisk: flushed [1-9][0-9]* unit\(s\)$",
    r"^init: cannot start ramdisk-nocap \(ramdisk.sip\): ERR_DENIED \(its manifest asks for capabilities",
    r"^ramdisk: cannot read module fs-boot.conf: ERR_DENIED$",
    r"^ramdisk: cannot read module no-such.img: ERR_NOT_FOUND$",
]
VIRTIO_LOG = [
    r"^virtio-blk: 8192 sectors, queue of [0-9]+, irq [0-9]+; serving .disk.",
]


def known_contents():
    """path -> bytes, for every file the log may hash."""
    known = {p: ext2_images.content(s) for p, s in ext2_images.TREE.items() if s is not None}
    known.update({p: ext2_images.fill(*s) for p, s in WRITTEN.items()})
    return known


def check_hashes(log, problems):
    known = known_contents()
    lines = re.findall(r"^([0-9a-f]{64})  (\S+)$", log, re.M)
    for digest, path in lines:
        want = hashlib.sha256(known[path]).hexdigest() if path in known else None
        if digest != want:
            problems.append(f"sha256 of {path} is {digest}, expected {want}")
    if len(lines) < 6:
        problems.append(f"only {len(lines)} sha256 lines in the log")


def rebuild(original, log, out):
    with open(original, "rb") as f:
        image = bytearray(f.read())
    units = 0
    for n, hexbytes in re.findall(r"^ramdisk: unit (\d+) ([0-9a-f]+)$", log, re.M):
        at = int(n) * UNIT
        data = bytes.fromhex(hexbytes)
        if len(data) != UNIT or at + UNIT > len(image):
            raise ValueError(f"bad dump line for unit {n}")
        image[at:at + UNIT] = data
        units += 1
    with open(out, "wb") as f:
        f.write(image)
    return units


def check_image(img, problems):
    fsck = subprocess.run(["e2fsck", "-fn", img], capture_output=True, text=True)
    if fsck.returncode != 0:
        problems.append(f"e2fsck -fn exit {fsck.returncode}:\n{fsck.stdout}{fsck.stderr}")
    for path, spec in WRITTEN.items():
        got = subprocess.run(["debugfs", "-R", f"cat {path}", img], capture_output=True).stdout
        if got != ext2_images.fill(*spec):
            problems.append(f"debugfs cat {path}: {len(got)} bytes, not what files wrote")
    for path in REMOVED:
        r = subprocess.run(["debugfs", "-R", f"stat {path}", img], capture_output=True)
        if b"not found" not in r.stderr:
            problems.append(f"debugfs still finds {path}")


def boot_command(a, img):
    cmd = [sys.executable, a.qemu_test, "--name", a.name, "--timeout", "600",
           "--expect", "reached", "--until", UNTIL,
           "--cmdline", " ".join(["insula.config=" + os.path.basename(a.config)] + a.cmdline),
           "--reject-log", "killed"]
    cmd += ["--kernel", a.kernel] if a.kernel else ["--hosted", a.hosted]
    modules = a.module + [a.config]
    if a.device == "virtio":
        cmd += ["--disk-image", img]
    else:
        modules.append(img)
    for m in modules:
        cmd += ["--module", m]
    for pattern in EXPECTED_LOG + (VIRTIO_LOG if a.device == "virtio" else RAMDISK_LOG):
        cmd += ["--expect-log", pattern]
    return cmd


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--name", required=True)
    p.add_argument("--qemu-test", required=True)
    p.add_argument("--kernel")
    p.add_argument("--hosted")
    p.add_argument("--module", action="append", default=[])
    p.add_argument("--config", required=True)
    p.add_argument("--device", choices=["ramdisk", "virtio"], default="ramdisk")
    p.add_argument("--cmdline", action="append", default=[],
                   help="more kernel command-line words (e.g. insula.mode=domain)")
    a = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="fs-boot.") as tmp:
        img = os.path.join(tmp, "disk.img")
        ext2_images.make_image(img, "4M", 1024)
        r = subprocess.run(boot_command(a, img), capture_output=True, text=True,
                           errors="replace")
        log = r.stdout
        problems = [] if r.returncode == 0 else ["the boot test failed (log above)"]
        check_hashes(log, problems)
        if a.device == "virtio":
            # The device wrote disk.img in place: check it as it is.
            written, units = img, None
        else:
            written = os.path.join(tmp, "written.img")
            units = rebuild(img, log, written)
        check_image(written, problems)
        print("\n".join(line for line in log.split("\n") if not line.startswith("ramdisk: unit ")))
        if problems:
            print(f"--- {a.name} FAILED:")
            for problem in problems:
                print("  - " + problem)
            return 1
        what = "the image as the device left it" if units is None else f"{units} unit(s) written"
        print(f"--- {a.name} passed: {what}, e2fsck -fn clean, "
              f"{len(WRITTEN)} files equal through debugfs")
        return 0


if __name__ == "__main__":
    sys.exit(main())
