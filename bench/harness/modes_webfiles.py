"""WebFiles in `./insula bench --modes` (bench/README.md, "Protection
modes"): Singularity's Figure 5 workload in every protection mode, on pc
under QEMU TCG with -icount and the cost-model plugin.

One boot per mode of the harness's WebFiles configuration
(harness/webfiles.py): the webfiles client, the fs SIP and the disk SIP
are separate SIPs, every one with exit-when-idle. The disk SIP is the RAM
disk (DEVICE, below) or, with --webfiles-device virtio, the virtio-blk
driver. In
`domain` and `ring3` the client alone gets an address space of its own
(`insula.isolate=webfiles.sip`, as in Singularity's Figure 5); in `micro`
every SIP does; `nochecks` boots the SIPs of a -Dsip_checks=false build in
phys.

The model's figures are per request, over a whole pass, for the whole
machine (client with its byte check, fs, driver, kernel; the idle thread's
few instructions too): the cumulative counts the plugin writes at each
console line, between two lines the client prints.
  cold: from the fs's mount line ("fs: mounted ...", before the client
        binds) to "webfiles: cold: busy ..." (the end of the cold pass)
  warm: from the cold pass's last line ("bench: name=webfiles_request_cold")
        to "webfiles: warm: busy ..."
A pass with a mismatched file, or a boot whose log does not confirm the
mode, gives no figures.
"""
import os
import re

import console
import costmodel
import modes
import platforms
import webfiles

IMAGE = "webfiles.sip"
# The disk SIP: the RAM disk by default (the image a boot module it serves
# from memory). Over virtio-blk the host's I/O thread decides when a read
# completes; the guest idles meanwhile and its timer ticks run at the
# virtual clock's pace, so the instructions of a pass change from boot to
# boot (bench/README.md, "Protection modes"). The RAM disk keeps every
# boot's instruction stream the same.
DEVICES = ("ramdisk", "virtio")
DEVICE = "ramdisk"
# (directories, requests): quick keeps six boots under the plugin cheap
# enough for `./insula test`; the full run is harness/webfiles.py's full size.
SIZES = {True: (1, 40), False: (4, 1000)}
PASSES = {
    "cold": (re.compile(r"^fs: mounted"), re.compile(r"^webfiles: cold: busy ")),
    "warm": (re.compile(r"^bench: name=webfiles_request_cold"),
             re.compile(r"^webfiles: warm: busy ")),
}
PASS_LINE = re.compile(r"^webfiles: (cold|warm): (\d+) requests, (\d+) bytes, "
                       r"(\d+) mismatched file\(s\)$", re.M)
TIMEOUT_QUICK = 600
TIMEOUT_FULL = 3600


def key(pass_name):
    """The figure's key, as the microbenchmarks' ("name|payload")."""
    return f"webfiles_{pass_name}|"


def isolate_options(mode):
    return [f"insula.isolate={IMAGE}"] if mode in ("domain", "ring3") else []


def command(layout, setup, mode, serial, records, plugin_args, extra=()):
    device = setup.device
    append = " ".join([setup.cmdline(device), f"insula.mode={mode}", "insula.costmodel=on"]
                      + isolate_options(mode) + list(extra))
    modules = setup.modules_of(layout, device)
    disk = ["-drive", f"file={setup.image},if=none,id=d0,format=raw,snapshot=on",
            "-device", "virtio-blk-pci,drive=d0", "-nic", "none"] if device == "virtio" else []
    return platforms.qemu_command(layout, platforms.TCG_ICOUNT, serial, append,
                                  modules=modules) + disk + ["-plugin", ",".join(plugin_args)]


def pass_problems(text, requests):
    """Why the client's passes are not a clean WebFiles run, or []."""
    seen = {m.group(1): m for m in PASS_LINE.finditer(text)}
    problems = []
    for name in PASSES:
        m = seen.get(name)
        if m is None:
            problems.append(f"no 'webfiles: {name}: N requests' line")
        elif int(m.group(2)) != requests or int(m.group(4)) != 0:
            problems.append(f"{name} pass: {m.group(0)!r} (expected {requests} requests, "
                            "none mismatched)")
    return problems


def find_record(records, pattern, after=-1):
    for i, (_, text, _) in enumerate(records):
        if i > after and pattern.search(text):
            return i
    return None


def pass_figures(records, requests):
    """{key: per-request counts} of each pass, and the problems."""
    out, problems = {}, []
    for name, (start_re, end_re) in PASSES.items():
        start = find_record(records, start_re)
        end = find_record(records, end_re, start if start is not None else -1)
        if start is None or end is None:
            problems.append(f"{name} pass: no records at its first and last line")
            continue
        diff = costmodel.difference(records[end][0], records[start][0])
        out[key(name)] = dict({k: v / requests for k, v in diff.items()}, method="pass")
    return out, problems


def run_mode(layout, setup, mode, quick, tmp, plugin_args, label=None, extra=()):
    """One WebFiles boot under the plugin: {status, figures, problems, pcid}."""
    label = label or mode
    serial = os.path.join(tmp, f"serial-webfiles-{label}.log")
    records_path = os.path.join(tmp, f"records-webfiles-{label}.txt")
    args = plugin_args(layout, mode, records_path)
    cmd = command(layout, setup, mode, serial, records_path, args, extra)
    status, text = console.run_console(cmd, TIMEOUT_QUICK if quick else TIMEOUT_FULL, serial)
    result = {"mode": label, "command": cmd, "status": "measured", "figures": {},
              "problems": [], "requests": setup.requests, "directories": setup.dirs,
              "device": setup.device}
    why = verdict(text, status, mode, setup.requests)
    if why:
        result["status"] = f"failed: {why}"
    else:
        try:
            with open(records_path, encoding="utf-8", errors="replace") as f:
                _, recs, _ = costmodel.parse_records(f.read())
            result["figures"], problems = pass_figures(recs, setup.requests)
            if problems:
                result["status"] = "failed: " + "; ".join(problems)
        except (OSError, ValueError) as e:
            result["status"] = f"failed: cost-model records: {e}"
    if result["status"] != "measured":
        result["problems"].append(f"pc/costmodel webfiles {label}: {result['status']}")
        result["console_tail"] = text[-3000:]
    return result


def verdict(text, status, mode, requests):
    """Why the boot is not a confirmed WebFiles run in `mode`, or None."""
    refused = modes.mode_refused(text, mode)
    if refused:
        return f"not implemented: {refused}"
    unconfirmed = modes.mode_unconfirmed(text, mode, (IMAGE,) if mode in ("domain", "ring3")
                                         else ())
    if unconfirmed:
        return f"{mode} not confirmed by the boot log: {unconfirmed}"
    if status != "ended":
        return status
    problems = pass_problems(text, requests)
    return "; ".join(problems) if problems else None


def missing(layout):
    return webfiles.missing_sips(layout)


def make_setup(layout, quick, tmp, sizes=None, device=None):
    setup = webfiles.Setup(layout, quick, tmp, sizes=sizes or SIZES[quick],
                           devices=(device or DEVICE,))
    setup.device = device or DEVICE
    return setup
