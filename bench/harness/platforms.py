"""Where benchmarks run, and the exact command line of each run.

  linux          the Linux side-by-side programs (build/bench/linux/bench-*)
  hosted         Insula's hosted platform (build/kernel/insula-hosted)
  pc/tcg-icount  the pc kernel in QEMU TCG with -icount: rdtsc counts
                 guest instructions, so the unit is instructions
  pc/kvm         the pc kernel in QEMU with KVM, only after kvm_check passes

Everything that measures cycles runs under `taskset -c CPU`, so both sides
of every ping-pong share one CPU, as in Insula's single-CPU hosted run.

The disk benchmark is a boot of its own (bench-disk.conf: the virtio-blk
driver, bench-disk), with the harness's disk image attached: QEMU's
virtio-blk-pci on pc, `--disk` on hosted; the Linux program reads the same
file (BENCH_DISK_IMAGE).
"""
import glob
import os

QEMU = "qemu-system-x86_64"
END_TIMEOUT_QUICK = 120
END_TIMEOUT_FULL = 900
DISK_IMAGE_BYTES = 16 << 20
DISK_SIPS = ("nameservice.sip", "virtio-blk.sip", "bench-disk.sip")


class Layout:
    """Paths in the build and source trees."""

    def __init__(self, build, source):
        self.build = os.path.abspath(build)
        self.source = os.path.abspath(source)
        self.hosted = os.path.join(self.build, "kernel", "insula-hosted")
        self.kernel_elf32 = os.path.join(self.build, "boot", "kernel.elf32")
        self.init_sip = os.path.join(self.build, "sip", "init.sip")

    def linux_programs(self):
        pattern = os.path.join(self.build, "bench", "linux", "bench-*")
        return sorted(p for p in glob.glob(pattern)
                      if os.path.isfile(p) and os.access(p, os.X_OK))

    def bench_sips(self):
        return sorted(glob.glob(os.path.join(self.build, "sip", "bench-*.sip")))

    def config(self, quick):
        name = "bench-quick.conf" if quick else "bench.conf"
        return os.path.join(self.source, "bench", "sips", name)

    def insula_modules(self, quick):
        """The boot modules of a benchmark run: init, the bench SIPs, the config."""
        return [self.init_sip] + self.bench_sips() + [self.config(quick)]

    def disk_config(self, quick):
        name = "bench-disk-quick.conf" if quick else "bench-disk.conf"
        return os.path.join(self.source, "bench", "sips", name)

    def disk_modules(self, quick):
        sips = [os.path.join(self.build, "sip", name) for name in DISK_SIPS]
        return [self.init_sip] + sips + [self.disk_config(quick)]

    def disk_missing(self, quick):
        """Why the disk benchmark cannot run, or None when it can."""
        for path in self.disk_modules(quick):
            if not os.path.isfile(path):
                return f"missing {path}"
        return None

    def insula_missing(self, quick):
        """Why Insula's benchmarks cannot run, or None when they can."""
        if not self.bench_sips():
            return f"no Insula benchmarks found (no {self.build}/sip/bench-*.sip)"
        for path in (self.init_sip, self.config(quick)):
            if not os.path.isfile(path):
                return f"missing {path}"
        return None


def pinned(cpu, cmd):
    return ["taskset", "-c", str(cpu)] + cmd


def linux_command(program, cpu, quick, samples):
    cmd = [program] + (["--quick"] if quick else [])
    if samples:
        cmd += ["--samples", str(samples)]
    return pinned(cpu, cmd)


def cmdline(quick, layout):
    return "insula.config=" + os.path.basename(layout.config(quick))


def hosted_command(layout, quick, cpu):
    cmd = [layout.hosted, "--cmdline", cmdline(quick, layout)]
    for module in layout.insula_modules(quick):
        cmd += ["--module", module]
    return pinned(cpu, cmd)


def make_disk_image(path):
    """The disk both sides read: DISK_IMAGE_BYTES of a fixed pattern."""
    block = bytes(range(256)) * 16
    with open(path, "wb") as f:
        for _ in range(DISK_IMAGE_BYTES // len(block)):
            f.write(block)


def hosted_disk_command(layout, quick, cpu, image):
    cmd = [layout.hosted, "--cmdline",
           "insula.config=" + os.path.basename(layout.disk_config(quick)), "--disk", image]
    for module in layout.disk_modules(quick):
        cmd += ["--module", module]
    return pinned(cpu, cmd)


def tcg_disk_command(layout, quick, serial_log, image):
    append = "insula.config=" + os.path.basename(layout.disk_config(quick))
    return qemu_command(layout, TCG_ICOUNT, serial_log, append,
                        modules=layout.disk_modules(quick)) + [
        "-drive", f"file={image},if=none,id=d0,format=raw",
        "-device", "virtio-blk-pci,drive=d0", "-nic", "none"]


SCALE_MEMORY_MIB = 2048      # the scale run's memory, hosted and pc alike


def scale_modules(layout, quick):
    conf = "bench-scale-quick.conf" if quick else "bench-scale.conf"
    sips = [os.path.join(layout.build, "sip", n) for n in ("bench-scale.sip", "bench-idle.sip")]
    return conf, [layout.init_sip] + sips + [os.path.join(layout.source, "bench", "sips", conf)]


def scale_missing(layout, quick):
    for path in scale_modules(layout, quick)[1]:
        if not os.path.isfile(path):
            return f"missing {path}"
    return None


def hosted_scale_command(layout, quick, cpu):
    conf, modules = scale_modules(layout, quick)
    cmd = [layout.hosted, "--cmdline", "insula.config=" + conf,
           "--memory", str(SCALE_MEMORY_MIB)]
    for module in modules:
        cmd += ["--module", module]
    return pinned(cpu, cmd)


def tcg_scale_command(layout, quick, serial_log):
    conf, modules = scale_modules(layout, quick)
    return qemu_command(layout, TCG_ICOUNT, serial_log, "insula.config=" + conf,
                        memory=f"{SCALE_MEMORY_MIB}M", modules=modules)


def qemu_command(layout, accel, serial_log, append, memory="256M", modules=None):
    cmd = [QEMU] + accel + ["-m", memory, "-smp", "1", "-display", "none",
                            "-monitor", "none", "-no-reboot", "-serial", f"file:{serial_log}",
                            "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                            "-kernel", layout.kernel_elf32, "-append", append]
    if modules:
        cmd += ["-initrd", ",".join(modules)]
    return cmd


TCG_ICOUNT = ["-accel", "tcg", "-cpu", "max", "-icount", "shift=0,sleep=off"]


def tcg_command(layout, quick, serial_log):
    return qemu_command(layout, TCG_ICOUNT, serial_log, cmdline(quick, layout),
                        modules=layout.insula_modules(quick))


def kvm_accel(cpu_model):
    return ["-accel", "kvm", "-cpu", cpu_model]


def kvm_command(layout, quick, serial_log, cpu_model, cpu):
    return pinned(cpu, qemu_command(layout, kvm_accel(cpu_model), serial_log,
                                    cmdline(quick, layout),
                                    modules=layout.insula_modules(quick)))


def hosted_missing(layout):
    return None if os.access(layout.hosted, os.X_OK) else f"missing {layout.hosted}"


def pc_missing(layout, which):
    if not os.path.isfile(layout.kernel_elf32):
        return f"missing {layout.kernel_elf32}"
    if not which(QEMU):
        return f"{QEMU} is not installed"
    return None
