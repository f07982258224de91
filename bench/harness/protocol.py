"""The benchmark protocol: parse `bench:` lines and summarize runs.

A benchmark prints one line per measured quantity (bench/README.md):

    bench: name=<id> unit=<cycles|instructions> n=<samples> median=<int> min=<int> max=<int> [payload=<bytes>]

A run is one execution of a program (or one boot of Insula); a summary
puts together the runs of one (platform, name, payload).
"""
import re
import statistics

PREFIX = "bench: "
LINE = re.compile(
    r"^bench: name=(?P<name>[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)?)"
    r" unit=(?P<unit>cycles|instructions)"
    r" n=(?P<n>[0-9]+) median=(?P<median>[0-9]+)"
    r" min=(?P<min>[0-9]+) max=(?P<max>[0-9]+)"
    r"(?: payload=(?P<payload>[0-9]+))?$")


def parse_line(line):
    """Returns the line's fields as a dict, or None when it is malformed."""
    m = LINE.match(line.rstrip("\r\n"))
    if not m:
        return None
    fields = {k: int(m.group(k)) for k in ("n", "median", "min", "max")}
    fields.update(name=m.group("name"), unit=m.group("unit"))
    fields["payload"] = int(m.group("payload")) if m.group("payload") else None
    if fields["n"] < 1 or not fields["min"] <= fields["median"] <= fields["max"]:
        return None
    return fields


def parse_output(text):
    """Returns (lines, problems) for the `bench: ` lines of a program's output."""
    lines, problems = [], []
    for raw in text.splitlines():
        if not raw.startswith(PREFIX):
            continue
        fields = parse_line(raw)
        if fields is None:
            problems.append(f"malformed protocol line: {raw.strip()!r}")
        else:
            lines.append(fields)
    return lines, problems


def benchmark_of(name):
    """The shared prefix that pairs platforms: 'abi_call/getpid' -> 'abi_call'."""
    return name.split("/", 1)[0]


def variant_of(name):
    """The Linux variant: 'abi_call/getpid' -> 'getpid'; '' when there is none."""
    return name.split("/", 1)[1] if "/" in name else ""


def summarize(runs):
    """Summaries of every (platform, name, payload) over the given runs.

    Each run is a dict with 'platform' and 'lines'. A summary holds the
    median of the per-run medians (the lower middle one for an even count,
    so it is always a measured value), the smallest minimum, the largest
    maximum, the number of runs and the total number of samples.
    """
    groups = {}
    for run in runs:
        for line in run["lines"]:
            key = (run["platform"], line["name"], line["payload"])
            groups.setdefault(key, []).append(line)
    return {key: _summary(key, lines) for key, lines in groups.items()}


def _summary(key, lines):
    platform, name, payload = key
    medians = [line["median"] for line in lines]
    return {
        "platform": platform, "name": name, "payload": payload,
        "unit": lines[0]["unit"],
        "runs": len(lines),
        "median": statistics.median_low(medians),
        "min": min(line["min"] for line in lines),
        "max": max(line["max"] for line in lines),
        "samples": sum(line["n"] for line in lines),
        "run_medians": medians,
    }
