"""The Markdown report: Insula and Linux side by side, Singularity's
published figures beside them, the targets and every summary in detail."""
from protocol import benchmark_of, variant_of
import reference

NOT_MEASURED = "not measured yet"
DASH = "—"
PLATFORM_UNITS = {"hosted": "cycles", "linux": "cycles", "pc/tcg-icount": "instructions",
                  "pc/kvm": "cycles"}


def number(v):
    return f"{v:,}"


def ratio(a, b):
    """a ÷ b, one decimal (two significant digits below 0.1, never a bare 0.0×)."""
    if not (a and b):
        return DASH
    return f"{a / b:.1f}×" if a / b >= 0.1 else f"{a / b:.2g}×"


def row_key(summary):
    """The table row a summary belongs to: (benchmark, payload).

    A Linux variant without a payload in a benchmark whose rows all have
    one (the futex ping-pong: no data moves) joins the smallest payload's row.
    """
    bench = benchmark_of(summary["name"])
    payload = summary["payload"]
    if payload is None and bench == "sip_pingpong":
        payload = reference.PAYLOADS[0]
    return bench, payload


def insula_figure(summaries, platform, key):
    """The summary of Insula's own benchmark (the name without a variant)."""
    for s in summaries.values():
        if s["platform"] == platform and "/" not in s["name"] and row_key(s) == key:
            return s
    return None


def linux_variants(summaries, key):
    found = [s for s in summaries.values() if s["platform"] == "linux" and row_key(s) == key]
    return sorted(found, key=lambda s: (s["payload"] is not None, s["name"]))


def all_keys(summaries):
    """Every row: the known benchmarks first, then any new ones measured."""
    keys = list(reference.BENCHMARKS)
    measured = {row_key(s) for s in summaries.values()
                if not s["name"].startswith(reference.TAX_PREFIX)}
    extra = sorted(measured - set(keys),
                   key=lambda k: (k[0], k[1] or 0))
    return keys + extra


def side_by_side_rows(summaries, platforms):
    """Rows of cells for the main table."""
    rows = []
    for key in all_keys(summaries):
        insula = {p: insula_figure(summaries, p, key) for p in platforms}
        variants = linux_variants(summaries, key) or [None]
        for linux in variants:
            rows.append(_row(key, insula, linux))
    return rows


def _cell(summary):
    return number(summary["median"]) if summary else NOT_MEASURED


def _row(key, insula, linux):
    bench, payload = key
    hosted = insula.get("hosted")
    sing = reference.SINGULARITY.get(key)
    variant = DASH
    if linux:
        variant = variant_of(linux["name"]) + (" (no data moved)" if linux["payload"] is None
                                               and payload is not None else "")
    cells = [bench, number(payload) if payload else DASH, _cell(hosted), variant,
             _cell(linux), ratio(linux and linux["median"], hosted and hosted["median"])]
    cells += [_cell(insula[p]) for p in insula if p != "hosted"]
    cells.append(f"{number(sing[0])} / {number(sing[1])}" if sing else DASH)
    return cells


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def side_by_side(summaries, pc_platforms):
    header = ["benchmark", "payload (B)", "Insula hosted (cycles)", "Linux variant",
              "Linux (cycles)", "Linux ÷ Insula"]
    header += [f"Insula {p} ({PLATFORM_UNITS.get(p, '?')})" for p in pc_platforms]
    header.append(f"{reference.SINGULARITY_LABEL}: Singularity / Linux (cycles)")
    rows = side_by_side_rows(summaries, ["hosted"] + list(pc_platforms))
    return markdown_table(header, rows)


def details(summaries):
    header = ["platform", "name", "payload (B)", "unit", "runs", "median of run medians",
              "min", "max", "samples"]
    rows = [[s["platform"], s["name"], number(s["payload"]) if s["payload"] else DASH,
             s["unit"], s["runs"], number(s["median"]), number(s["min"]), number(s["max"]),
             number(s["samples"])]
            for s in sorted(summaries.values(),
                            key=lambda s: (s["platform"], s["name"], s["payload"] or 0))]
    return markdown_table(header, rows)
