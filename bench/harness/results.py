"""Write a run's results: JSON (everything), Markdown (the tables), PNG."""
import json
import os

from protocol import summarize
import machine
import plot
import report
import targets
import tax

PC_PLATFORMS = ("pc/tcg-icount", "pc/kvm")


def tsc_by_platform(records):
    """The `tsc: N kHz` each Insula platform's kernel reported (first run)."""
    found = {}
    for rec in records:
        if rec["tsc_khz"] is not None:
            found.setdefault(rec["platform"], rec["tsc_khz"])
    return found


def document(a, source, avail, records, command, when):
    summaries = summarize(records)
    return {
        "date": when.isoformat(timespec="seconds"),
        "machine": machine.describe(source),
        "tsc_khz": tsc_by_platform(records),
        "quick": a.quick, "repetitions": a.repetitions, "pinned_cpu": a.cpu,
        "harness_command": command,
        "platforms": {p: ("ran" if why is None else f"skipped: {why}") for p, why in avail.items()},
        "runs": records,
        "summaries": sorted(summaries.values(),
                            key=lambda s: (s["platform"], s["name"], s["payload"] or 0)),
        "problems": [p for rec in records for p in rec["problems"]],
    }, summaries


def markdown(doc, summaries, plot_note):
    m = doc["machine"]
    pcs = [p for p in PC_PLATFORMS if any(s["platform"] == p for s in summaries.values())]
    tsc = ", ".join(f"{p} {khz:,} kHz" for p, khz in doc["tsc_khz"].items()) or "not reported"
    parts = [
        f"Run of {doc['date']} on `{m['host']}`: {m['cpu_model']} ({m['cpus']} CPUs), "
        f"Linux {m['kernel']}, commit `{m['git_commit'] or 'unknown'}`"
        + (" — **quick run: few samples, not for quoting**" if doc["quick"] else "") + ".",
        f"TSC as the kernel reports it: {tsc}. Every run pinned to CPU {doc['pinned_cpu']}; "
        f"{doc['repetitions']} interleaved repetition(s) per platform (pc/tcg-icount: one, "
        "it is deterministic). Figures are medians of the per-run medians.",
        "Platforms: " + "; ".join(f"`{p}` {state}" for p, state in doc["platforms"].items()) + ".",
        report.side_by_side(summaries, pcs),
        "Linux ÷ Insula: how many times longer Linux takes, within this run. "
        "pc/tcg-icount figures are guest instructions, not cycles (QEMU `-icount`). "
        "The Singularity column is that paper's Table 1, measured on other hardware in 2005.",
        "### Targets (issue 6)",
        targets.table(summaries),
        "### The safe-code tax",
        "The same compute kernels compiled with the SIP runtime checks and without them "
        "(`nochecks`), both verified, run one after the other in the same boot "
        "(bench/sips/compute); tax = with checks ÷ nochecks − 1. Reported, not a target.",
        tax.table(summaries),
        "### Every summary",
        report.details(summaries),
        plot_note,
    ]
    if doc["problems"]:
        parts.append("### Problems\n" + "\n".join(f"- {p}" for p in doc["problems"]))
    return "\n\n".join(parts) + "\n"


def write(a, layout, avail, records, command):
    """Writes the three files; returns (paths written, problems, Markdown)."""
    when = machine.now()
    doc, summaries = document(a, layout.source, avail, records, command, when)
    base = os.path.join(a.results, f"{when.strftime('%Y-%m-%d-%H%M%S')}-{doc['machine']['host']}")
    title = f"Insula hosted vs Linux, {doc['machine']['cpu_model']}, {doc['date']}"
    why_not = plot.draw(summaries, base + ".png", title)
    plot_note = why_not or f"Plot: `{os.path.basename(base)}.png`."
    paths = [base + ".json", base + ".md"] + ([] if why_not else [base + ".png"])
    with open(base + ".json", "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    text = markdown(doc, summaries, plot_note)
    with open(base + ".md", "w") as f:
        f.write(text)
    return paths, doc["problems"], text
