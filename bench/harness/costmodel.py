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
    records, end = [], None
    for number, raw in enumerate(lines[1:], start=2):
        head, _, text = raw.partition("\t")
        kind, *values = head.split()
        if kind not in ("line", "end") or len(values) != len(fields):
            raise ValueError(f"record {number}: malformed: {raw[:80]!r}")
        counts = dict(zip(fields, (int(v) for v in values)))
        if kind == "end":
            end = counts
        else:
            records.append((counts, text))
    return fields, records, end


def difference(after, before):
    return {k: after[k] - before.get(k, 0) for k in after}


def regions(records):
    """[(protocol fields, region counts)] for every well-formed bench line."""
    out, start = [], {}
    for counts, text in records:
        if not text.startswith(START_PREFIX):
            continue
        fields = protocol.parse_line(text)
        if fields is not None:
            out.append((fields, difference(counts, start)))
        start = counts
    return out


def per_operation(fields, region):
    """The region's counts scaled to one operation (the benchmark's median
    instructions), as floats; None when the region has no instructions."""
    if region.get("insns", 0) <= 0:
        return None
    scale = fields["median"] / region["insns"]
    return {k: v * scale for k, v in region.items()}


def key_of(fields):
    return (fields["name"], fields["payload"])


def model_figures(records):
    """{(name, payload): per-operation dict} of one run."""
    out = {}
    for fields, region in regions(records):
        per_op = per_operation(fields, region)
        if per_op is not None:
            out[key_of(fields)] = per_op
    return out
