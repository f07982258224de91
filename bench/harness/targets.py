"""How far each of the issue's targets is, from one run's summaries."""
from report import NOT_MEASURED, insula_figure, markdown_table, number
import reference


def linux_figure(summaries, name, payload):
    s = summaries.get(("linux", name, payload))
    return s["median"] if s else None


def hosted(summaries, key):
    s = insula_figure(summaries, "hosted", key)
    return s["median"] if s else None


def evaluate(target, summaries):
    """Returns (measured text, status text) for one target."""
    value = hosted(summaries, target["key"])
    if value is None:
        return NOT_MEASURED, NOT_MEASURED
    kind, limit = target["kind"], target["limit"]
    if kind == "max":
        return _against_max(value, limit)
    if kind == "speedup":
        return _speedup(value, linux_figure(summaries, target["linux"], target["key"][1]), limit)
    return _within(value, hosted(summaries, target["reference"]), limit)


def _against_max(value, limit):
    text = f"{number(value)} cycles"
    if value <= limit:
        return text, f"met ({number(limit - value)} cycles to spare)"
    return text, f"not met: {value / limit:.1f}× the limit ({number(value - limit)} over)"


def _speedup(value, linux, limit):
    if linux is None:
        return NOT_MEASURED, "Linux pipe round trip not measured yet"
    speedup = linux / value
    text = f"{speedup:.1f}× ({number(linux)} ÷ {number(value)} cycles)"
    if speedup >= limit:
        return text, "met"
    return text, f"not met: needs {limit / speedup:.1f}× more"


def _within(value, base, limit):
    if base is None:
        return NOT_MEASURED, "the 1-byte round trip is not measured yet"
    excess = value / base - 1
    text = f"{number(value)} vs {number(base)} cycles ({excess:+.0%})"
    if excess <= limit:
        return text, "met"
    return text, f"not met: {excess:.0%} slower, the target allows {limit:.0%}"


def describe(target):
    kind, limit = target["kind"], target["limit"]
    if kind == "max":
        return f"≤ {number(limit)} cycles"
    if kind == "speedup":
        return f"≥ {limit}× faster"
    return f"within {limit:.0%}"


def table(summaries):
    rows = []
    for target in reference.TARGETS:
        measured, status = evaluate(target, summaries)
        rows.append([target["what"], describe(target), measured, status])
    return markdown_table(["target (hosted)", "goal", "measured", "how far"], rows)


