"""The safe-code tax: the same compute kernels with the SIP runtime checks
(variant `checks`) and without them (`nochecks`), from bench-compute.sip
and bench-compute-nochecks.sip (bench/sips/compute/main.c).

Each kernel prints, besides its protocol line,
    compute: <kernel>/<variant> result=<hex>
and both variants must compute the same result: a difference means the
checks changed what the program does (a run problem, never a speed verdict).
"""
import re

from protocol import benchmark_of, variant_of
from report import DASH, PLATFORM_UNITS, markdown_table, number
import reference

RESULT = re.compile(r"^compute: (?P<kernel>[a-z0-9_]+)/(?P<variant>checks|nochecks)"
                    r" result=(?P<value>[0-9a-f]+)$", re.M)
VARIANTS = ("checks", "nochecks")


def is_tax(name):
    return benchmark_of(name).startswith(reference.TAX_PREFIX)


def parse_results(console):
    """{(kernel, variant): result} from one run's console."""
    return {(m["kernel"], m["variant"]): m["value"] for m in RESULT.finditer(console)}


def result_problems(results):
    """Why the two variants of one run disagree, as problem texts."""
    problems = []
    for kernel in sorted({k for k, _ in results}):
        got = {v: results.get((kernel, v)) for v in VARIANTS}
        missing = [v for v, r in got.items() if r is None]
        if missing:
            problems.append(f"compute {kernel}: no result from the {missing[0]} variant")
        elif got["checks"] != got["nochecks"]:
            problems.append(f"compute {kernel}: checks gave {got['checks']}, "
                            f"nochecks gave {got['nochecks']}")
    return problems


def rows(summaries):
    """[kernel, platform, checks, nochecks, tax] per kernel and platform."""
    found = {}
    for s in summaries.values():
        if is_tax(s["name"]) and variant_of(s["name"]) in VARIANTS:
            kernel = benchmark_of(s["name"])[len(reference.TAX_PREFIX):]
            found.setdefault((kernel, s["platform"]), {})[variant_of(s["name"])] = s
    out = []
    for (kernel, platform), by in sorted(found.items()):
        checks, nochecks = by.get("checks"), by.get("nochecks")
        tax = DASH
        if checks and nochecks:
            tax = f"{checks['median'] / nochecks['median'] - 1:+.0%}"
        unit = PLATFORM_UNITS.get(platform, "?")
        out.append([kernel, f"{platform} ({unit})", _median(checks), _median(nochecks), tax])
    return out


def _median(summary):
    return number(summary["median"]) if summary else DASH


def table(summaries):
    found = rows(summaries)
    if not found:
        return "Not measured in this run."
    return markdown_table(["kernel", "platform", "with checks", "nochecks", "tax"], found)
