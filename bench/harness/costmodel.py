"""The cost model's records (bench/costmodel/README.md) joined with the
benchmark lines: per benchmark, what the model says one operation costs.

The plugin writes a record at every console line: the counts so far and
the line's text. A benchmark's *region* runs from the previous `bench: `
line or benchmark SIP's message (`bench-micro: started`: a line starting
with `bench-`) to its own line: its warm-up and every sample. Lines of
other kinds inside a region (`compute: ...` results) do not cut it. The model's figures per operation are
the region's counts scaled by median ÷ region instructions, where the
median is the benchmark's own (pc/tcg-icount: instructions per operation).
"""
import protocol

HEADER = "# costmodel 1 "
START_PREFIX = "bench"     # "bench: " lines and "bench-NAME: ..." messages


def parse_records(text):
    """(fields, [(counts dict, line text)], end counts or None); ValueError if malformed."""
    lines = text.splitlines()
    if not lines or not lines[0].startswith(HEADER):
        raise ValueError("not a cost-model record file (no '# costmodel 1' header)")
    fields = lines[0][len(HEADER):].split()
    records, end, pending = [], None, []
    for number, raw in enumerate(lines[1:], start=2):
        if raw.startswith("#"):
            continue
        head, _, text = raw.partition("\t")
        kind, *values = head.split()
        count = None
        if kind == "interval" and values:
            count, values = int(values[0]), values[1:]
        if kind not in ("line", "end", "interval") or len(values) != len(fields):
            raise ValueError(f"record {number}: malformed: {raw[:80]!r}")
        counts = dict(zip(fields, (int(v) for v in values)))
        if kind == "interval":
            pending.append((count, counts))
        elif kind == "end":
            end = counts
        else:
            records.append((counts, text, pending))
            pending = []
    return fields, records, end


def difference(after, before):
    return {k: after[k] - before.get(k, 0) for k in after}


def regions(records):
    """[(protocol fields, region counts)] for every well-formed bench line."""
    out, start = [], {}
    for counts, text, intervals in records:
        if not text.startswith(START_PREFIX):
            continue
        fields = protocol.parse_line(text)
        if fields is not None:
            out.append((fields, difference(counts, start), intervals))
        start = counts
    return out


# Operations per sample: one, a batch of 64, or 64 yields that each run the
# partner too (thread_yield divides by 128) (bench/README.md).
OPS_PER_SAMPLE = (1, 64, 128)


def slack(insns):
    """How far an interval may be from the sample's instructions: the reads'
    own instructions and the code between them that the sample leaves out
    (up to a few dozen), at most 0.1 % of the interval."""
    return max(1, insns // 1000)


def median_interval(fields, intervals):
    """(mean counts of the median sample's class, operations in it), or None."""
    m = fields["median"]
    for ops in OPS_PER_SAMPLE:
        lo, hi = ops * m - slack(ops * m), ops * (m + 1) + slack(ops * m)
        found = [(count, sums) for count, sums in intervals
                 if lo <= sums["insns"] // count <= hi]
        if found:
            count, sums = max(found, key=lambda cs: cs[0])
            return {k: v / count for k, v in sums.items()}, ops
    return None


def per_operation(fields, region, intervals=()):
    """One operation's counts (floats) and how they were found ("interval"
    or "scaled"); None when the region has no instructions."""
    found = median_interval(fields, intervals)
    if found:
        mean, ops = found
        return dict({k: v / ops for k, v in mean.items()}, method="interval")
    if region.get("insns", 0) <= 0:
        return None
    scale = fields["median"] / region["insns"]
    return dict({k: v * scale for k, v in region.items()}, method="scaled")


def key_of(fields):
    return (fields["name"], fields["payload"])


def model_figures(records):
    """{(name, payload): per-operation dict} of one run."""
    out = {}
    for fields, region, intervals in regions(records):
        per_op = per_operation(fields, region, intervals)
        if per_op is not None:
            out[key_of(fields)] = per_op
    return out
