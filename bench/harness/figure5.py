"""Singularity's Figure 5 beside ours: the tables, the explanation of each
step by the cost model, the calibration against hosted, and an SVG bar
plot drawn here (no plotting package). Input: the columns of modes.py
(figures per operation keyed "name|payload") and hosted summaries."""
import math

from report import DASH, markdown_table, number

# Singularity (MSR-TR-2005-135 / "Deconstructing process isolation", Figure 5):
# WebFiles, cycles normalized to every SIP in ring 0 in one address space.
SINGULARITY = [
    ("page", "4 KiB pages", 6.3),
    ("domain", "the client in its own ring-0 address space", 18.9),
    ("ring3", "the client in ring 3", 33.0),
    ("micro", "every SIP in its own ring-3 address space", 37.7),
    ("nochecks", "safe code's runtime checks (with ÷ without)", 4.7),
]
SINGULARITY_LABEL = "Singularity, Figure 5 (WebFiles)"
TLB = ("itlb_misses", "dtlb_misses")
CACHE = ("l1i_misses", "l1d_misses", "l2_misses")
PARTS = (("instructions", None), ("TLB", "cycles_tlb"), ("caches", "cycles_cache"),
         ("special instructions", "cycles_special"), ("device accesses", "cycles_io"))


def is_nochecks_row(key):
    return key.split("|")[0].endswith("/nochecks")


def label(key):
    name, payload = key.split("|")
    return f"{name} {payload} B" if payload else name


def geomean(values):
    values = [v for v in values if v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def by_mode(columns):
    return {c["mode"]: c for c in columns}


def step_pairs(columns):
    """{step: [(key, base per-op, step per-op)]}: each step's rows against phys."""
    cols = by_mode(columns)
    phys = cols.get("phys", {}).get("figures", {})
    pairs = {}
    for step, _, _ in SINGULARITY:
        if step == "nochecks":
            pairs[step] = nochecks_pairs(phys, cols.get("nochecks"))
            continue
        col = cols.get(step)
        if col and col["status"] == "measured":
            pairs[step] = [(k, phys[k], col["figures"][k]) for k in sorted(phys)
                           if k in col["figures"] and not is_nochecks_row(k)]
    return pairs


def nochecks_pairs(phys, column):
    """Checks against no checks: the nochecks build when it ran, else the
    compute kernels' two variants of the phys boot."""
    if column and column["status"] == "measured":
        return [(k, column["figures"][k], phys[k]) for k in sorted(phys)
                if k in column["figures"] and not is_nochecks_row(k)]
    out = []
    for k in sorted(phys):
        if k.split("|")[0].endswith("/checks"):
            twin = k.replace("/checks|", "/nochecks|")
            if twin in phys:
                out.append((k, phys[twin], phys[k]))
    return out


def explain(pairs):
    """The model's account of one step: ratios and added events per operation."""
    ratio = geomean([s["cycles"] / b["cycles"] for _, b, s in pairs if b["cycles"] > 0])
    insns = geomean([s["insns"] / b["insns"] for _, b, s in pairs if b["insns"] > 0])
    n = len(pairs)
    added = {}
    if n:
        added["tlb"] = sum(sum(s[f] - b[f] for f in TLB) for _, b, s in pairs) / n
        added["cache"] = sum(sum(s[f] - b[f] for f in CACHE) for _, b, s in pairs) / n
        added["walks"] = sum(s["stlb_misses"] - b["stlb_misses"] for _, b, s in pairs) / n
        added["cr3"] = sum(s["cr3_loads"] - b["cr3_loads"] for _, b, s in pairs) / n
    return {"rows": n, "ratio": ratio, "insns_ratio": insns, "added": added,
            "parts": cycle_parts(pairs)}


def cycle_parts(pairs):
    """Which parts of the estimate the step's added cycles come from (shares)."""
    delta = {}
    for name, field in PARTS:
        total = 0.0
        for _, b, s in pairs:
            if field is None:
                rest_s = s["cycles"] - sum(s[f] for _, f in PARTS if f)
                rest_b = b["cycles"] - sum(b[f] for _, f in PARTS if f)
                total += rest_s - rest_b
            else:
                total += s[field] - b[field]
        delta[name] = total
    whole = sum(abs(v) for v in delta.values())
    return {k: v / whole for k, v in delta.items()} if whole else {}


def percent(ratio):
    return f"{(ratio - 1) * 100:+.1f} %" if ratio else DASH


def status_of(columns, step):
    col = by_mode(columns).get(step)
    if step == "nochecks":
        return "measured" if col is None or col["status"] == "measured" else col["status"]
    return col["status"] if col else "not run"


def step_cells(columns, explained, step):
    """Ours for one step: [cycles, instructions, TLB, cache, walks, parts], or the
    column's status and dashes."""
    e = explained.get(step) if explained else None
    if not e or not e["rows"]:
        status = status_of(columns, step) if columns else "not run"
        return [status if status != "measured" else "no figures to compare"] + [DASH] * 5
    a = e["added"]
    return [percent(e["ratio"]), percent(e["insns_ratio"]), f"{a['tlb']:+,.1f}",
            f"{a['cache']:+,.1f}", f"{a['walks']:+,.1f}", parts_text(e["parts"])]


def summary_table(columns, explained, web_columns=(), web_explained=None):
    """Figure 5: per step Singularity's WebFiles bar, ours for WebFiles (the
    model's cycles per request and what they are made of) and the
    microbenchmarks' geometric mean."""
    rows = []
    for step, what, theirs in SINGULARITY:
        web = step_cells(list(web_columns), web_explained, step)
        micro = step_cells(columns, explained, step)
        rows.append([f"`{step}`", what, f"+{theirs} %"] + web + [micro[0]])
    return markdown_table(["step", "what changes", SINGULARITY_LABEL,
                           "ours, WebFiles: model cycles", "instructions",
                           "TLB misses / request", "cache misses / request",
                           "page walks / request", "added cycles from",
                           "ours, microbenchmarks: model cycles (geometric mean)"], rows)


def explanation(web_explained):
    """One sentence per step: what the model says the step adds per request."""
    out = []
    for step, what, theirs in SINGULARITY:
        e = (web_explained or {}).get(step)
        if not e or not e["rows"]:
            continue
        a = e["added"]
        out.append(f"- `{step}` ({what}): {percent(e['ratio'])} model cycles per request "
                   f"(Singularity +{theirs} %); instructions {percent(e['insns_ratio'])}; "
                   f"per request {a['tlb']:+,.1f} TLB misses, {a['walks']:+,.1f} page walks, "
                   f"{a['cache']:+,.1f} cache misses, {a['cr3']:+,.1f} CR3 loads; the added "
                   f"cycles come from {parts_text(e['parts'])}.")
    return "\n".join(out) or "No WebFiles step was measured."


WEB_COUNTS = (("instructions", ("insns",)), ("TLB misses", TLB),
              ("page walks", ("stlb_misses",)), ("cache misses", CACHE),
              ("CR3 loads", ("cr3_loads",)))


def webfiles_table(web_columns):
    """Per pass and mode: model cycles per request (% against phys) and the
    counts behind them."""
    phys = by_mode(web_columns).get("phys", {}).get("figures", {})
    rows = []
    for k in sorted({k for c in web_columns for k in c.get("figures", {})}):
        for what, fields in (("model cycles", ("cycles",)),) + WEB_COUNTS:
            row = [label(k).replace("webfiles_", "") + " pass", what]
            for c in web_columns:
                v = c.get("figures", {}).get(k)
                if v is None:
                    row.append(c["status"] if what == "model cycles" else "")
                    continue
                n = sum(v[f] for f in fields)
                base = sum(phys[k][f] for f in fields) if k in phys else 0
                cell = number(round(n))
                if c["mode"] != "phys" and base > 0 and what in ("model cycles", "instructions"):
                    cell += f" ({percent(n / base)})"
                row.append(cell)
            rows.append(row)
    return markdown_table(["WebFiles", "per request"] + [c["mode"] for c in web_columns], rows)


def parts_text(parts):
    shown = [f"{k} {v * 100:.0f} %" for k, v in sorted(parts.items(), key=lambda kv: -abs(kv[1]))
             if abs(v) >= 0.01]
    return ", ".join(shown) or DASH


def cycles_text(figure):
    """Model cycles per operation; '*' when scaled from the region (costmodel.py)."""
    mark = "*" if figure.get("method") == "scaled" else ""
    return number(round(figure["cycles"])) + mark


SCALED_NOTE = ("\\* no interval between two of the benchmark's cycle-counter reads has its "
               "median's instruction count (something in the operation reads the counter "
               "too): the region's counts scaled to the median instructions instead.")


def benchmark_table(columns):
    """Model cycles per operation, per benchmark and mode, with % against phys."""
    cols = [c for c in columns]
    phys = by_mode(columns).get("phys", {}).get("figures", {})
    keys = sorted({k for c in cols for k in c.get("figures", {})})
    rows = []
    for k in keys:
        row = [label(k)]
        for c in cols:
            v = c.get("figures", {}).get(k)
            if c["status"] != "measured":
                row.append(c["status"] if k == keys[0] else "")
            elif v is None:
                row.append(DASH)
            elif c["mode"] == "phys" or k not in phys or phys[k]["cycles"] <= 0:
                row.append(cycles_text(v))
            else:
                row.append(f"{cycles_text(v)} ({percent(v['cycles'] / phys[k]['cycles'])})")
        rows.append(row)
    return markdown_table(["benchmark"] + [c["mode"] for c in cols], rows) + "\n\n" + SCALED_NOTE


def calibration(columns, hosted):
    """[(key, model phys cycles, hosted cycles, ratio)] and the geometric mean."""
    phys = by_mode(columns).get("phys", {}).get("figures", {})
    rows = []
    for k, model in sorted(phys.items()):
        native = hosted.get(k)
        if native and model["cycles"] > 0:
            rows.append((k, model["cycles"], native, model["cycles"] / native))
    return rows, geomean([r[3] for r in rows])


def best_cpi(columns, hosted, cpi_used):
    """The cost of an ordinary instruction (cycles) that brings the phys
    model closest to hosted (least squares of log ratios), the geometric
    mean and the range of model ÷ hosted with it; None without figures."""
    phys = by_mode(columns).get("phys", {}).get("figures", {})
    pairs = [(m["insns"], m["cycles"] - m["insns"] * cpi_used, hosted[k])
             for k, m in phys.items() if hosted.get(k) and m["insns"] > 0]
    if not pairs:
        return None

    def ratios(cpi):
        return [(i * cpi + rest) / h for i, rest, h in pairs if i * cpi + rest > 0]

    def error(cpi):
        return sum(math.log(r) ** 2 for r in ratios(cpi))
    cpi = min((c / 1000 for c in range(50, 3001, 5)), key=error)
    r = ratios(cpi)
    return {"cpi": cpi, "geometric_mean": geomean(r), "min": min(r), "max": max(r),
            "benchmarks": len(r)}


def calibration_table(rows, mean):
    body = [[label(k), number(round(m)), number(h), f"{r:.2f}"] for k, m, h, r in rows]
    table = markdown_table(["benchmark", "model, pc phys (cycles)", "hosted, native (cycles)",
                            "model ÷ hosted"], body)
    if mean is None:
        return table + "\n\nNo hosted figures: calibration not computed."
    lo, hi = min(r[3] for r in rows), max(r[3] for r in rows)
    return table + (f"\n\nGeometric mean of model ÷ hosted: {mean:.2f} "
                    f"(range {lo:.2f} – {hi:.2f}, {len(rows)} benchmarks).")


OURS = (("Insula WebFiles, cost model", "#3a6ea5"),
        ("Insula microbenchmarks, cost model (geometric mean)", "#9cc3e6"))


def svg(explained, columns, title, web_explained=None, web_columns=()):
    """A grouped bar plot: per step, Singularity's bar, ours for WebFiles and
    ours for the microbenchmarks (percent over phys)."""
    steps = SINGULARITY
    values = [theirs for _, _, theirs in steps]
    ours = ((web_explained or {}, list(web_columns)), (explained, columns))
    for step, _, _ in steps:
        for ex, _ in ours:
            e = ex.get(step)
            if e and e["ratio"]:
                values.append((e["ratio"] - 1) * 100)
    top = max(10.0, max(abs(v) for v in values) * 1.15)
    width, left, row_h, bar_h = 900, 330, 66, 16
    height = 80 + row_h * len(steps) + 40
    scale = (width - left - 90) / top
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="10" y="22" font-size="15">{escape(title)}</text>',
           f'<rect x="{left}" y="34" width="12" height="12" fill="#999"/>'
           f'<text x="{left + 16}" y="45">{escape(SINGULARITY_LABEL)}</text>',
           ] + [f'<rect x="{10 + 300 * i}" y="{52}" width="12" height="12" fill="{colour}"/>'
                f'<text x="{26 + 300 * i}" y="63">{escape(name)}</text>'
                for i, (name, colour) in enumerate(OURS)]
    zero = left + 40
    for i, (step, what, theirs) in enumerate(steps):
        y = 80 + i * row_h
        out.append(f'<text x="10" y="{y + 14}">{escape(step)}</text>')
        out.append(f'<text x="10" y="{y + 30}" font-size="10" fill="#555">{escape(what)}</text>')
        out.append(bar(zero, y, theirs, scale, bar_h, "#999"))
        for j, ((ex, cols), (_, colour)) in enumerate(zip(ours, OURS)):
            yb = y + (j + 1) * (bar_h + 2)
            e = ex.get(step)
            if e and e["ratio"]:
                out.append(bar(zero, yb, (e["ratio"] - 1) * 100, scale, bar_h, colour))
            else:
                state = status_of(cols, step) if cols else "not run"
                out.append(f'<text x="{zero + 4}" y="{yb + bar_h - 4}" fill="#a33">'
                           f'{escape(state)}</text>')
    out.append(f'<line x1="{zero}" y1="70" x2="{zero}" y2="{height - 30}" stroke="black"/>')
    out.append(f'<text x="{zero}" y="{height - 12}">0 % (phys)</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def bar(zero, y, value, scale, h, colour):
    w = abs(value) * scale
    x = zero if value >= 0 else zero - w
    return (f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}" fill="{colour}"/>'
            f'<text x="{zero + max(w, 0) + 4 if value >= 0 else zero + 4:.1f}" y="{y + h - 4}">'
            f'{value:+.1f} %</text>')


def escape(text):
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
