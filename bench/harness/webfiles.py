"""WebFiles in the harness (bench/webfiles/README.md, bench/README.md).

Three SIPs — the webfiles client, the fs SIP, a disk — in a boot of their
own, on the SPECweb99 file set the harness makes (bench/webfiles/fileset.py,
`mke2fs -d`). Two devices: `virtio` (the virtio-blk driver on the image
attached as the virtio block device) and `ramdisk` (the image as a boot
module in the RAM-disk SIP: the device taken out). Each runs on hosted
(cycles) and pc/tcg-icount (instructions). Every SIP of the boot is
started with exit-when-idle, so the boot ends when the client is done.
Linux reads the same requests with open/pread/close from the tree the
image was made of (build/bench/webfiles/linux_webfiles): mounting the
image needs privileges a benchmark run may not have.
"""
import os
import sys

from console import run_program
import platforms
import runs

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(SOURCE, "bench", "webfiles"))
import fileset  # noqa: E402

SIZES = {True: (2, 200), False: (4, 1000)}   # quick: (directories, requests)
DEVICES = ("virtio", "ramdisk")
SIPS = ("nameservice.sip", "virtio-blk.sip", "ramdisk.sip", "fs.sip", "webfiles.sip")
IMAGE_NAME = "webfiles.img"    # the module name the RAM disk reads

CONFIG = """# Written by bench/harness/webfiles.py: WebFiles over {device}.
sip nameservice {{
    image    = "nameservice.sip"
    priority = 4
    quota    = 1M
}}
{disk}
sip fs {{
    image = "fs.sip"
    args  = "ro exit-when-idle"
    quota = 8M
}}
sip webfiles {{
    image = "webfiles.sip"
    args  = "{dirs} {requests} {label}"
    quota = 8M
    caps  = [inspect]
}}
allow {publisher} publish "disk"
allow fs bind "disk"
allow fs publish "fs"
allow webfiles bind "fs"
"""
VIRTIO = """sip virtio-blk {
    image    = "virtio-blk.sip"
    args     = "disk exit-when-idle"
    priority = 5
    quota    = 1M
    caps     = [dma]
    pci      = 1af4:1001
}"""
RAMDISK = """sip ramdisk {{
    image = "ramdisk.sip"
    args  = "{image} exit-when-idle"
    quota = {quota}M
    caps  = [module-read]
}}"""


class Setup:
    """The file set, its image and the two configurations, in `tmp`."""

    def __init__(self, layout, quick, tmp, sizes=None, devices=DEVICES):
        self.dirs, self.requests = sizes or SIZES[quick]
        self.tree = os.path.join(tmp, "webfiles-tree")
        self.image = os.path.join(tmp, IMAGE_NAME)
        fileset.make_tree(self.tree, self.dirs)
        fileset.make_image(self.image, self.dirs, self.tree)
        quota = os.path.getsize(self.image) // (1 << 20) + 8
        self.configs = {}
        for device in devices:
            disk = VIRTIO if device == "virtio" else RAMDISK.format(image=IMAGE_NAME, quota=quota)
            path = os.path.join(tmp, f"webfiles-{device}.conf")
            with open(path, "w") as f:
                f.write(CONFIG.format(device=device, disk=disk, dirs=self.dirs,
                                      label="ramdisk" if device == "ramdisk" else "",
                                      requests=self.requests,
                                      publisher="virtio-blk" if device == "virtio" else "ramdisk"))
            self.configs[device] = path
        self.layout = layout
        self.linux = os.path.join(layout.build, "bench", "webfiles", "linux_webfiles")

    def modules(self, device):
        return self.modules_of(self.layout, device)

    def modules_of(self, layout, device):
        """modules(device) with the SIPs of another build (`nochecks`)."""
        sips = [layout.init_sip] + [os.path.join(layout.build, "sip", s) for s in SIPS]
        extra = [self.image] if device == "ramdisk" else []
        return sips + [self.configs[device]] + extra

    def cmdline(self, device):
        return "insula.config=" + os.path.basename(self.configs[device])


def missing_sips(layout):
    """Why WebFiles cannot boot from `layout`'s build, or None."""
    for name in SIPS:
        path = os.path.join(layout.build, "sip", name)
        if not os.path.isfile(path):
            return f"missing {path}"
    return None


def missing(layout):
    """Why WebFiles cannot run, or None."""
    why = missing_sips(layout)
    if why:
        return why
    linux = os.path.join(layout.build, "bench", "webfiles", "linux_webfiles")
    if not os.access(linux, os.X_OK):
        return f"missing {linux}"
    return None


def _named(rec, device):
    rec["program"] = f"webfiles-{device}"
    rec["problems"] = [p.replace(" insula: ", f" webfiles-{device}: ", 1) for p in rec["problems"]]
    return rec


def run_hosted(layout, w, device, cpu, rep, timeout):
    cmd = [layout.hosted, "--cmdline", w.cmdline(device)]
    if device == "virtio":
        cmd += ["--disk", w.image]
    for module in w.modules(device):
        cmd += ["--module", module]
    return _named(runs.run_insula("hosted", platforms.pinned(cpu, cmd), rep, timeout), device)


def run_tcg(layout, w, device, serial, timeout):
    cmd = platforms.qemu_command(layout, platforms.TCG_ICOUNT, serial, w.cmdline(device),
                                 modules=w.modules(device))
    if device == "virtio":
        cmd += ["-drive", f"file={w.image},if=none,id=d0,format=raw",
                "-device", "virtio-blk-pci,drive=d0", "-nic", "none"]
    rec = runs.run_insula("pc/tcg-icount", cmd, 0, timeout, serial_log=serial)
    if os.path.exists(serial):
        os.unlink(serial)
    return _named(rec, device)


def run_linux(w, cpu, rep, timeout):
    rec = runs.record("linux", "linux_webfiles", rep,
                      platforms.pinned(cpu, [w.linux, w.tree, str(w.dirs), str(w.requests)]))
    rec["status"], out, err = run_program(rec["command"], timeout)
    tail = err.strip().splitlines()[-3:]
    return runs.judge(rec, "ok", out, f" ({' / '.join(tail)})" if tail else "")
