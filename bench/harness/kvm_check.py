"""Does this machine's KVM virtualize in hardware? A calibration check.

The same kernel work runs twice: natively, in the hosted platform, and as a
pc guest under KVM. The work is the kernel self-tests CALIBRATION_TESTS with
CALIBRATION_MIB of memory: the frame allocator hands out and takes back
every frame, the heap churns, all in kernel code without devices. Under real
hardware virtualization the guest runs it at about native speed; an
emulating KVM (as on the build machines) is orders of
magnitude slower. pc/kvm figures are taken only when the guest's wall time
is within MAX_SLOWDOWN of the native one (a generous bound: it also covers
QEMU's start-up).
"""
import os
import time

from console import run_program
import platforms

CALIBRATION_TESTS = "insula.test=frame_all_once,frame_runs,heap"
CALIBRATION_MIB = 1024
MAX_SLOWDOWN = 3.0
# -cpu host first; the KVM on the build machines starts only without the
# arch-capabilities MSR.
CPU_MODELS = ["host", "host,-arch-capabilities"]


def timed(cmd, timeout):
    start = time.monotonic()
    status, out, err = run_program(cmd, timeout)
    return status, time.monotonic() - start, out + err


def native_time(layout, cpu):
    cmd = platforms.pinned(cpu, [layout.hosted, "--memory", str(CALIBRATION_MIB),
                                 "--cmdline", CALIBRATION_TESTS])
    status, seconds, _ = timed(cmd, 120)
    return seconds if status == "ok" else None


def guest_time(layout, cpu_model, cpu, timeout):
    """Boots the calibration under KVM; returns (status, seconds, tail of output)."""
    cmd = platforms.pinned(cpu, platforms.qemu_command(
        layout, platforms.kvm_accel(cpu_model), "/dev/null", CALIBRATION_TESTS,
        memory=f"{CALIBRATION_MIB}M"))
    status, seconds, output = timed(cmd, timeout)
    # isa-debug-exit: the self-tests passing end QEMU with status 33.
    if status == "exit status 33":
        status = "ok"
    last = output.strip().splitlines()[-1:]
    return status, seconds, last[0][:160] if last else ""


def kvm_check(layout, cpu, which):
    """Returns (cpu model to use or None, a sentence saying why)."""
    if not os.path.exists("/dev/kvm"):
        return None, "no /dev/kvm on this machine"
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        return None, "/dev/kvm is not readable and writable by this user"
    missing = platforms.pc_missing(layout, which) or platforms.hosted_missing(layout)
    if missing:
        return None, missing
    native = native_time(layout, cpu)
    if native is None:
        return None, "the native calibration run (hosted) failed"
    limit = max(MAX_SLOWDOWN * native, 1.0)
    reasons = []
    for model in CPU_MODELS:
        status, seconds, tail = guest_time(layout, model, cpu, limit + 1.0)
        if status == "ok" and seconds <= limit:
            return model, (f"calibration passed with -cpu {model}: {seconds:.2f} s in the "
                           f"guest, {native:.2f} s native")
        status = "finished, too slowly" if status == "ok" else status
        took = "" if status.startswith("timeout") else f" ({seconds:.1f} s)"
        reasons.append(f"-cpu {model}: {status}{took}" + (f": {tail}" if tail else ""))
    return None, (f"calibration failed: the guest did not run the kernel work within "
                  f"{MAX_SLOWDOWN:g}× of native speed (native {native:.2f} s, limit "
                  f"{limit:.2f} s), so this KVM emulates rather than virtualizes; "
                  + "; ".join(reasons))
