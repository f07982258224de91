"""`./insula bench --modes`: WebFiles (modes_webfiles.py) and the
microbenchmarks in every protection mode on pc under the cost model
(bench/costmodel/README.md), Singularity's Figure 5 beside ours
(bench/README.md, "Protection modes").

Each mode is one boot of the pc kernel in QEMU TCG with -icount and the
cost-model plugin, with `insula.mode=MODE insula.costmodel=on`. In
`domain` and `ring3` the benchmark clients (every benchmark SIP but the
channel server bench-pong) get an address space of their own
(`insula.isolate=`); in `micro` every SIP does. A mode is never measured as
another: when the kernel says it does not implement it (or reports another
mode than asked for) the boot is stopped, the column marked "not
implemented" and the run fails (pc implements every mode); when the boot
log lacks the mode's own lines (the address spaces, the clients' spaces,
ring 3) the column is marked failed. `nochecks` is the safe-code tax: the
compute kernels' nochecks variant beside their checks variant in the phys
boot, and, with --nochecks-build DIR (a build configured with
-Dsip_checks=false), every benchmark booted from that build in phys mode.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import tempfile

import console
import costmodel
import figure5
import machine
import modes_webfiles
import platforms
import protocol
import runs

MODES = ("phys", "page", "domain", "ring3", "micro")
NOCHECKS = "nochecks"
# The cost of an ordinary instruction, in thousandths of a cycle (the one
# fitted constant: bench/README.md, "Calibration").
CPI_MILLI = 230
PAGE_SIZE = {"phys": "2m"}
# Modes that map the kernel image with global pages (CR3 loads keep its TLB
# entries): whoever makes a mode do so adds it here, the plugin cannot see it.
GLOBAL_KERNEL_MODES = ()      # phys maps with 1 GiB / 2 MiB pages; the others 4 KiB
PLUGIN = os.path.join("bench", "costmodel", "libcostmodel.so")
MARKS_SYMBOL = "costmodel_marks"
NOT_IMPLEMENTED = re.compile(r"insula\.mode=(\S+) is not implemented[^\n]*")
# The plugin slows TCG down several times: longer bounds than platforms.py's.
TIMEOUT_QUICK = 600
TIMEOUT_FULL = 3600
OPTIONS_MODE = re.compile(r"^options: mode=(\S+)", re.M)
# The channel benchmark's server: stays in the kernel's space in domain and
# ring3 ("the client alone", as in Singularity's Figure 5).
SERVER_IMAGES = ("bench-pong.sip",)
CLIENT_ALONE_MODES = ("domain", "ring3")
# The client the boot configuration starts (the others it spawns itself):
# its "space: ..." line must be in the boot log.
CONFIRMING_CLIENTS = ("bench-micro.sip",)
SPACES_LINE = re.compile(r"^paging: address spaces of their own for (all|chosen) SIPs"
                         r"(, in ring 3)?; PCID (.*)$", re.M)
OWN_SPACE_LINE = re.compile(r"^space: \S+ \((\S+)\) gets an address space of its own"
                            r"(, ring 3)?$", re.M)


def plugin_path(build):
    return os.path.join(build, PLUGIN)


def kernel_symbols(kernel_elf, nm="llvm-nm-19"):
    """{name: address} of the kernel image (identity-mapped: virtual = physical)."""
    out = subprocess.run([nm, kernel_elf], capture_output=True, text=True, check=True).stdout
    symbols = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:
            symbols[parts[2]] = int(parts[0], 16)
    for name in (MARKS_SYMBOL, "__kernel_start", "__kernel_end"):
        if name not in symbols:
            raise LookupError(f"{kernel_elf} has no symbol {name}")
    return symbols


def plugin_arguments(layout, mode, records):
    s = kernel_symbols(layout.kernel_elf32)
    return [plugin_path(layout.build), f"out={records}", f"marks={s[MARKS_SYMBOL]:x}",
            f"kernel={s['__kernel_start']:x}-{s['__kernel_end']:x}",
            f"pages={PAGE_SIZE.get(mode, '4k')}", f"cpi={CPI_MILLI}"] + (
                [f"global={s['__kernel_start']:x}-{s['__kernel_end']:x}"]
                if mode in GLOBAL_KERNEL_MODES else [])


def missing(layout, which):
    """Why --modes cannot run, or None."""
    why = layout.insula_missing(False) or platforms.pc_missing(layout, which) or \
        modes_webfiles.missing(layout)
    if why:
        return why
    if not os.path.isfile(plugin_path(layout.build)):
        return f"missing {plugin_path(layout.build)} (the cost-model plugin)"
    if not which("llvm-nm-19"):
        return "llvm-nm-19 is not installed (Debian llvm-19)"
    return None


def client_images(layout):
    """The benchmark SIPs that get a space of their own in domain and ring3."""
    names = [os.path.basename(p) for p in layout.bench_sips()]
    return [n for n in names if n not in SERVER_IMAGES]


def mode_options(layout, mode):
    if mode in CLIENT_ALONE_MODES:
        return ["insula.isolate=" + ",".join(client_images(layout))]
    return []


def command(layout, mode, quick, serial, records, extra=()):
    append = " ".join([platforms.cmdline(quick, layout), f"insula.mode={mode}",
                       "insula.costmodel=on"] + mode_options(layout, mode) + list(extra))
    plugin = ",".join(plugin_arguments(layout, mode, records))
    return platforms.qemu_command(layout, platforms.TCG_ICOUNT, serial, append,
                                  modules=layout.insula_modules(quick)) + ["-plugin", plugin]


def mode_refused(console_text, mode):
    """The kernel's words when it does not run `mode`, or None when it does."""
    m = NOT_IMPLEMENTED.search(console_text)
    if m:
        return m.group(0)
    ran = OPTIONS_MODE.search(console_text)
    if ran and ran.group(1) != mode:
        return f"the kernel reports mode={ran.group(1)}"
    return None


def mode_unconfirmed(console_text, mode, clients):
    """Why the boot log does not show `mode` really ran (its address spaces,
    ring 3, the clients' own spaces), or None. `clients`: the images that
    must have a space of their own in domain and ring3."""
    spaces = SPACES_LINE.search(console_text)
    if mode in ("phys", "page"):
        return f"the kernel made address spaces in {mode} mode" if spaces else None
    ring3 = mode in ("ring3", "micro")
    if not spaces:
        return "no 'paging: address spaces of their own' line"
    if spaces.group(1) != ("all" if mode == "micro" else "chosen") or \
            bool(spaces.group(2)) != ring3:
        return f"the kernel's spaces are not {mode}'s: {spaces.group(0)!r}"
    own = {m.group(1): bool(m.group(2)) for m in OWN_SPACE_LINE.finditer(console_text)}
    for image in clients if mode != "micro" else list(own) or ["any SIP"]:
        if image not in own:
            return f"{image} got no address space of its own"
        if own[image] != ring3:
            return f"{image}'s space is {'not ' if ring3 else ''}in ring 3"
    return None


def pcid_of(console_text):
    spaces = SPACES_LINE.search(console_text)
    return spaces.group(3) if spaces else None


def run_mode(layout, mode, quick, tmp, label=None, extra=()):
    """One boot under the plugin: a column dict (status, lines, figures, problems)."""
    label = label or mode
    serial = os.path.join(tmp, f"serial-{label}.log")
    records = os.path.join(tmp, f"records-{label}.txt")
    cmd = command(layout, mode, quick, serial, records, extra)
    timeout = TIMEOUT_QUICK if quick else TIMEOUT_FULL
    status, text = console.run_console(cmd, timeout, serial,
                                       give_up=lambda t: mode_refused(t, mode))
    column = {"mode": label, "command": cmd, "status": "measured", "lines": [],
              "figures": {}, "problems": []}
    refused = mode_refused(text, mode)
    if refused:
        column["status"] = "not implemented"
        column["reason"] = refused
        return column
    column["pcid"] = pcid_of(text)
    unconfirmed = mode_unconfirmed(text, mode, CONFIRMING_CLIENTS)
    if unconfirmed:
        column["status"] = f"failed: {mode} not confirmed by the boot log: {unconfirmed}"
        column["problems"].append(f"pc/costmodel {label}: {column['status']}")
        return column
    rec = runs.run_record_of(f"pc/costmodel {label}", cmd, status, text)
    column["lines"], column["problems"] = rec["lines"], rec["problems"]
    if status != "ended":
        column["status"] = f"failed: {status}"
        return column
    try:
        with open(records, encoding="utf-8", errors="replace") as f:
            _, recs, _ = costmodel.parse_records(f.read())
    except (OSError, ValueError) as e:
        column["status"] = f"failed: cost-model records: {e}"
        column["problems"].append(f"pc/costmodel {label}: {e}")
        return column
    column["figures"] = {f"{k[0]}|{k[1] or ''}": v
                         for k, v in costmodel.model_figures(recs).items()}
    missing_rows = [f"{ln['name']}" for ln in column["lines"]
                    if f"{ln['name']}|{ln['payload'] or ''}" not in column["figures"]]
    if missing_rows:
        column["problems"].append(f"pc/costmodel {label}: no model figures for "
                                  + ", ".join(missing_rows))
    return column


def run_all(layout, quick, tmp, nochecks_layout=None, say=print, extra=(), webfiles_size=None,
            webfiles_only=False, webfiles_device=None):
    """The microbenchmarks' columns and WebFiles' (one boot each per mode)."""
    columns, web = [], []
    setup = modes_webfiles.make_setup(layout, quick, tmp, webfiles_size, webfiles_device)
    runs_of = [(mode, layout, mode, None) for mode in MODES]
    if nochecks_layout is not None:
        runs_of.append((NOCHECKS, nochecks_layout, "phys", NOCHECKS))
    for name, lay, mode, label in runs_of:
        say(f"bench: --modes: {name}" + (f" (phys, SIPs from {lay.build})" if label else ""))
        if webfiles_only:
            columns.append({"mode": label or mode, "status": "not run (--webfiles-only)",
                            "figures": {}, "problems": [], "lines": []})
        else:
            columns.append(run_mode(lay, mode, quick, tmp, label=label, extra=extra))
            say(f"bench:   {name}: {columns[-1]['status']}")
        web.append(modes_webfiles.run_mode(lay, setup, mode, quick, tmp, plugin_arguments,
                                           label=label, extra=extra))
        say(f"bench:   {name}, WebFiles: {web[-1]['status']}")
    if nochecks_layout is None:
        web.append({"mode": NOCHECKS, "status": "not run: needs --nochecks-build DIR",
                    "figures": {}, "problems": []})
    return columns, web


def hosted_figures(layout, quick, cpu, repetitions, say=print):
    """{"name|payload": median of the runs' medians} of Insula hosted, native cycles."""
    if platforms.hosted_missing(layout):
        return {}, platforms.hosted_missing(layout)
    timeout = platforms.END_TIMEOUT_QUICK if quick else platforms.END_TIMEOUT_FULL
    records = []
    for rep in range(repetitions):
        say(f"bench: --modes: hosted, native cycles ({rep + 1} of {repetitions})")
        records.append(runs.run_insula("hosted", platforms.hosted_command(layout, quick, cpu),
                                       rep, timeout))
    problems = [p for r in records for p in r["problems"]]
    out = {}
    for s in protocol.summarize(records).values():
        out[f"{s['name']}|{s['payload'] or ''}"] = s["median"]
    return out, "; ".join(problems) or None


def keep_records(tmp, results_dir, stem):
    """Copies the plugin's record files next to the results (for re-analysis);
    a boot stopped before the plugin wrote anything leaves none."""
    os.makedirs(results_dir, exist_ok=True)
    kept = []
    for name in sorted(os.listdir(tmp)):
        if name.startswith("records-") and os.path.getsize(os.path.join(tmp, name)) > 0:
            path = os.path.join(results_dir, f"{stem}-{name}")
            shutil.copyfile(os.path.join(tmp, name), path)
            kept.append(path)
    return kept


def write(results_dir, stem, doc, markdown_text, svg_text):
    os.makedirs(results_dir, exist_ok=True)
    paths = []
    for ext, content in (("json", json.dumps(doc, indent=1, sort_keys=True)),
                         ("md", markdown_text), ("svg", svg_text)):
        path = os.path.join(results_dir, f"{stem}.{ext}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        paths.append(path)
    return paths


def fit_text(fit):
    if fit is None:
        return "No hosted figures: no fit."
    return (f"Cost of an ordinary instruction in this run: {CPI_MILLI / 1000:.3f} cycles. "
            f"Best fit against hosted: {fit['cpi']:.3f} cycles, which gives model ÷ hosted "
            f"a geometric mean of {fit['geometric_mean']:.2f} (range {fit['min']:.2f} – "
            f"{fit['max']:.2f}, {fit['benchmarks']} benchmarks).")


def markdown(doc, columns, explained, calib_rows, calib_mean, fit, web, web_explained):
    m = doc["machine"]
    parts = [
        f"Protection modes under the cost model, {doc['date']} on `{m['host']}`, "
        f"commit `{m['git_commit'] or 'unknown'}`"
        + (" — **quick run: few samples, not for quoting**" if doc["quick"] else "") + ". "
        + ("PCID off (`insula.pcid=off`): every CR3 load flushes, in the model as on the CPU."
           if doc.get("pcid") == "off" else
           "PCID as the kernel announces it to the model (TCG itself has none)."),
        "Columns: " + "; ".join(f"`{c['mode']}` {c['status']}"
                                + (f" ({c['reason']})" if c.get("reason") else "")
                                for c in columns) + ".",
        "WebFiles: " + "; ".join(f"`{c['mode']}` {c['status']}" for c in web) + ".",
        "### Figure 5",
        f"Platform: pc under QEMU 7.2 TCG with -icount and the cost-model plugin. Unit: the "
        f"model's estimated cycles (instructions: guest instructions, measured).",
        figure5.summary_table(columns, explained, web, web_explained),
        f"WebFiles: the client, the fs SIP and the disk SIP as separate SIPs "
        f"({webfiles_size(web)}); ours is the model's cycles per request of the whole machine "
        f"in each pass, each mode ÷ phys, geometric mean of the cold and warm passes (nochecks: with checks ÷ "
        f"without, both phys); `domain` and `ring3` put the client alone in a space of its own. "
        "Instructions: the same for guest instructions. TLB misses, cache misses, page walks "
        "(second-level TLB misses): added per request. Microbenchmarks: the model's cycles "
        "per operation ÷ phys, geometric mean over the benchmarks. Singularity's bars are "
        "WebFiles on 2005 hardware.",
        "### What the model says each step adds (WebFiles)",
        figure5.explanation(web_explained),
        "### WebFiles per mode",
        figure5.webfiles_table(web),
        "### Per benchmark (model cycles per operation)",
        figure5.benchmark_table(columns),
        "### Calibration: the model in phys against hosted's native cycles",
        figure5.calibration_table(calib_rows, calib_mean),
        fit_text(fit),
    ]
    return "\n\n".join(parts) + "\n"


def webfiles_size(web):
    for c in web:
        if "requests" in c:
            disk = "the RAM disk" if c["device"] == "ramdisk" else "the virtio-blk driver"
            return (f"{c['directories']} directories, {c['requests']} requests per pass, "
                    f"the disk SIP: {disk}")
    return "not run"


def main(a, layout, nochecks_layout, say=print):
    """Runs --modes; returns the exit status."""
    why = missing(layout, shutil.which) or (nochecks_layout and (
        modes_webfiles.missing(nochecks_layout) or
        (None if os.path.isfile(plugin_path(nochecks_layout.build)) else
         f"missing {plugin_path(nochecks_layout.build)} (--nochecks-build)")))
    if why:
        say(f"bench: --modes cannot run: {why}")
        return 1
    when = datetime.datetime.now(datetime.timezone.utc)
    stem = f"{when.strftime('%Y-%m-%dT%H%M%S')}-{machine.host_name()}-modes" + \
        ("-no-pcid" if a.no_pcid else "")
    extra = ["insula.pcid=off"] if a.no_pcid else []
    with tempfile.TemporaryDirectory(prefix="insula-modes-") as tmp:
        columns, web = run_all(layout, a.quick, tmp, nochecks_layout, say, extra,
                               getattr(a, "webfiles_size", None),
                               getattr(a, "webfiles_only", False),
                               getattr(a, "webfiles_device", None))
        kept = keep_records(tmp, a.results, stem)
    skip_hosted = a.no_hosted or getattr(a, "webfiles_only", False)
    hosted, hosted_problem = ({}, "not run (--no-hosted)") if skip_hosted else \
        hosted_figures(layout, a.quick, a.cpu, a.repetitions, say)
    explained = {step: figure5.explain(pairs)
                 for step, pairs in figure5.step_pairs(columns).items()}
    web_explained = {step: figure5.explain(pairs)
                     for step, pairs in figure5.step_pairs(web).items()}
    calib_rows, calib_mean = figure5.calibration(columns, hosted)
    fit = figure5.best_cpi(columns, hosted, CPI_MILLI / 1000)
    doc = {"date": when.isoformat(timespec="seconds"), "machine": machine.describe(layout.source),
           "quick": a.quick, "pcid": "off" if a.no_pcid else "modelled", "columns": columns, "webfiles": web, "webfiles_explained": web_explained, "hosted": hosted, "records": kept,
           "hosted_problem": hosted_problem, "explained": explained,
           "calibration": {"rows": calib_rows, "geometric_mean": calib_mean,
                           "cpi": CPI_MILLI / 1000, "best_fit": fit}}
    text = markdown(doc, columns, explained, calib_rows, calib_mean, fit, web, web_explained)
    title = ("Cost of isolation on pc (QEMU TCG + cost model): estimated cycles over phys, "
             "beside Singularity's Figure 5")
    paths = write(a.results, stem, doc, text, figure5.svg(explained, columns, title, web_explained, web))
    print(text, flush=True)
    for path in paths:
        say(f"bench: wrote {path}")
    problems = [p for c in columns + web for p in c["problems"]]
    problems += [c["status"] for c in columns if c["status"].startswith("failed")]
    # pc implements every mode: a kernel that says otherwise has regressed.
    problems += [f"{c['mode']}: {c['reason']}" for c in columns
                 if c["status"] == "not implemented"]
    if hosted_problem and not skip_hosted:
        problems.append(f"hosted: {hosted_problem}")
    for p in problems:
        say(f"bench: PROBLEM: {p}")
    return 1 if problems else 0
