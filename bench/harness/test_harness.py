"""Unit tests of the harness: parsing, summaries, tables, targets, and a
fake Insula console run. Run: python3 -m unittest discover -s bench/harness"""
import json
import os
import sys
import tempfile
import contextlib
import io
import types
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench  # noqa: E402
import console  # noqa: E402
import platforms  # noqa: E402
import protocol  # noqa: E402
import report  # noqa: E402
import results  # noqa: E402
import runs  # noqa: E402
import targets  # noqa: E402
import tax  # noqa: E402

def read(path):
    with open(path) as f:
        return f.read()


GOOD = "bench: name=abi_call unit=cycles n=100 median=10 min=9 max=1430"


def line(name, median, payload=None, unit="cycles"):
    tail = f" payload={payload}" if payload else ""
    return f"bench: name={name} unit={unit} n=10 median={median} min={median - 1} max={median + 5}{tail}"


def run_of(platform, *texts):
    lines, problems = protocol.parse_output("\n".join(texts))
    assert not problems, problems
    return {"platform": platform, "lines": lines}


class ParseTest(unittest.TestCase):
    def test_good_line(self):
        f = protocol.parse_line(GOOD)
        self.assertEqual((f["name"], f["unit"], f["n"], f["median"], f["min"], f["max"]),
                         ("abi_call", "cycles", 100, 10, 9, 1430))
        self.assertIsNone(f["payload"])

    def test_payload_and_variant(self):
        f = protocol.parse_line(line("sip_pingpong/pipe", 100, 65536))
        self.assertEqual(f["payload"], 65536)
        self.assertEqual(protocol.benchmark_of(f["name"]), "sip_pingpong")
        self.assertEqual(protocol.variant_of(f["name"]), "pipe")

    def test_malformed_lines(self):
        for bad in [GOOD.replace("unit=cycles", "unit=ns"), GOOD + " extra",
                    GOOD.replace(" n=100", ""), GOOD.replace("median=10", "median=-1"),
                    GOOD.replace("min=9", "min=11"), GOOD.replace("n=100", "n=0"),
                    "bench: error: sip_create_exit: ERR_NO_MEMORY"]:
            self.assertIsNone(protocol.parse_line(bad), bad)

    def test_output_keeps_bench_lines_and_flags_malformed(self):
        lines, problems = protocol.parse_output(
            "tsc: 1 kHz\n" + GOOD + "\r\nbench: name=x unit=cycles\nhello\n")
        self.assertEqual(len(lines), 1)
        self.assertEqual(len(problems), 1)
        self.assertIn("malformed", problems[0])


class SummaryTest(unittest.TestCase):
    def test_median_of_run_medians(self):
        rs = [run_of("hosted", line("abi_call", m)) for m in (12, 10, 30, 11)]
        s = protocol.summarize(rs)[("hosted", "abi_call", None)]
        self.assertEqual(s["median"], 11)    # lower middle of 10 11 12 30
        self.assertEqual((s["min"], s["max"], s["runs"], s["samples"]), (9, 35, 4, 40))

    def test_platforms_and_payloads_apart(self):
        rs = [run_of("hosted", line("sip_pingpong", 200, 1), line("sip_pingpong", 210, 4)),
              run_of("linux", line("sip_pingpong/pipe", 16000, 1))]
        self.assertEqual(len(protocol.summarize(rs)), 3)


def fake_summaries():
    return protocol.summarize([
        run_of("hosted", line("abi_call", 10), line("sip_pingpong", 200, 1),
               line("sip_pingpong", 260, 65536), line("sip_create_exit", 1700000)),
        run_of("linux", line("abi_call/getpid", 550), line("sip_pingpong/pipe", 16000, 1),
               line("sip_pingpong/futex", 17000), line("cycle_counter/rdtsc", 49)),
        run_of("pc/tcg-icount", line("abi_call", 15, unit="instructions")),
    ])


class ReportTest(unittest.TestCase):
    def setUp(self):
        self.s = fake_summaries()
        self.rows = report.side_by_side_rows(self.s, ["hosted", "pc/tcg-icount"])

    def find(self, bench, variant):
        return [r for r in self.rows if r[0] == bench and r[3].startswith(variant)]

    def test_pairs_by_prefix_with_ratio_and_singularity(self):
        (row,) = self.find("abi_call", "getpid")
        self.assertEqual(row[2:7], ["10", "getpid", "550", "55.0×", "15"])
        self.assertEqual(row[7], "87 / 437")

    def test_unmeasured_is_said_never_a_number(self):
        (row,) = [r for r in self.rows if r[0] == "thread_yield"]
        self.assertEqual(row[2], report.NOT_MEASURED)
        self.assertEqual(row[4], report.NOT_MEASURED)
        self.assertEqual(row[5], report.DASH)

    def test_futex_joins_the_one_byte_row(self):
        (row,) = self.find("sip_pingpong", "futex")
        self.assertEqual(row[1], "1")
        self.assertEqual(row[2], "200")
        self.assertIn("no data moved", row[3])

    def test_new_benchmarks_get_rows(self):
        s = protocol.summarize([run_of("linux", line("brand_new/x", 5))])
        self.assertIn(("brand_new", None), report.all_keys(s))

    def test_markdown_table_shape(self):
        text = report.side_by_side(self.s, ["pc/tcg-icount"])
        widths = {line.count("|") for line in text.splitlines()}
        self.assertEqual(len(widths), 1)
        self.assertIn("Insula pc/tcg-icount (instructions)", text)


class TargetTest(unittest.TestCase):
    def test_each_kind(self):
        s = fake_summaries()
        got = {t["what"]: targets.evaluate(t, s)[1] for t in targets.reference.TARGETS}
        self.assertTrue(got["ABI call"].startswith("met"))
        self.assertTrue(got["1-byte SIP round trip"].startswith("met"))
        self.assertTrue(got["create + start + exit SIP"].startswith("not met: 34.0×"))
        self.assertTrue(got["1-byte SIP round trip vs Linux pipe round trip (same CPU)"]
                        .startswith("met"))
        self.assertTrue(got["64 KiB SIP round trip vs 1-byte one"].startswith("not met: 30%"))
        self.assertEqual(got["thread yield"], report.NOT_MEASURED)


FAKE_HOSTED = """
import sys, time
print("Insula 0.1.0 on hosted")
print("tsc: 2445423 kHz")
print("bench: name=abi_call unit=cycles n=100 median=10 min=9 max=20")
print("bench: name=sip_pingpong unit=cycles n=100 median=200 min=190 max=900 payload=1")
print("init: every SIP has ended", flush=True)
time.sleep(60)    # the kernel idles after its SIPs end: the harness stops it
"""


class ConsoleRunTest(unittest.TestCase):
    def test_fake_hosted_run_is_stopped_and_read(self):
        rec = runs.run_insula("hosted", [sys.executable, "-c", FAKE_HOSTED], 0, timeout=30)
        self.assertEqual(rec["status"], "ended")
        self.assertEqual(rec["tsc_khz"], 2445423)
        self.assertEqual([x["name"] for x in rec["lines"]], ["abi_call", "sip_pingpong"])
        self.assertEqual(rec["problems"], [])

    def test_console_without_end_is_a_problem(self):
        cmd = [sys.executable, "-c", "print('init: cannot start x: ERR_BAD_ADDRESS')"]
        rec = runs.run_insula("hosted", cmd, 0, timeout=10)
        self.assertIn("before 'init: every SIP has ended'", rec["problems"][0])

    def test_tcg_lines_are_instructions(self):
        rec = runs.run_insula("pc/tcg-icount", [sys.executable, "-c", FAKE_HOSTED], 0, 30)
        self.assertEqual({x["unit"] for x in rec["lines"]}, {"instructions"})

    def test_crash_and_silence_are_problems(self):
        rec = runs.record("linux", "p", 0, ["p"])
        rec["status"] = "killed by signal 11"
        self.assertEqual(len(runs.judge(rec, "ok", GOOD)["problems"]), 1)
        rec["status"] = "ok"
        self.assertIn("no protocol line", runs.judge(rec, "ok", "hello")["problems"][0])

    def test_tsc_line(self):
        self.assertEqual(console.tsc_khz("x\ntsc: 999999 kHz\n"), 999999)
        self.assertIsNone(console.tsc_khz("nothing"))


class EndToEndTest(unittest.TestCase):
    def test_empty_build_reports_no_insula_benchmarks(self):
        with tempfile.TemporaryDirectory() as build:
            layout = platforms.Layout(build, build)
            self.assertIn("no Insula benchmarks found", layout.insula_missing(True))
            with tempfile.TemporaryDirectory() as out:
                with contextlib.redirect_stdout(io.StringIO()):
                    status = bench.main(["--build", build, "--quick", "--results", out])
                self.assertEqual(status, 1)    # nothing ran at all
                (doc,) = [f for f in os.listdir(out) if f.endswith(".json")]
                data = json.loads(read(os.path.join(out, doc)))
                self.assertIn("no Insula benchmarks found", data["platforms"]["hosted"])

    def test_write_json_and_markdown(self):
        rec = runs.run_insula("hosted", [sys.executable, "-c", FAKE_HOSTED], 0, timeout=30)
        with tempfile.TemporaryDirectory() as out:
            a = types.SimpleNamespace(quick=True, repetitions=1, cpu=0, results=out)
            layout = platforms.Layout(out, out)
            paths, problems, text = results.write(a, layout, {"hosted": None}, [rec],
                                                  ["bench.py"])
            self.assertEqual(problems, [])
            data = json.loads(read(paths[0]))
            self.assertEqual(data["tsc_khz"], {"hosted": 2445423})
            self.assertEqual(data["runs"][0]["command"][0], sys.executable)
            self.assertEqual(read(paths[1]), text)
            self.assertIn("| 1-byte SIP round trip | ≤ 250 cycles | 200 cycles | met", text)


class TaxTest(unittest.TestCase):
    CONSOLE = "\n".join([
        "compute: sort/checks result=7f0c", line("compute_sort/checks", 300),
        "compute: sort/nochecks result=7f0c", line("compute_sort/nochecks", 200),
        "compute: vm/checks result=1e8868", line("compute_vm/checks", 50)])

    def test_results_parsed_per_kernel_and_variant(self):
        got = tax.parse_results(self.CONSOLE)
        self.assertEqual(got, {("sort", "checks"): "7f0c", ("sort", "nochecks"): "7f0c",
                               ("vm", "checks"): "1e8868"})

    def test_missing_and_different_results_are_problems(self):
        got = tax.parse_results(self.CONSOLE + "\ncompute: vm/nochecks result=1e8869")
        (problem,) = tax.result_problems(got)
        self.assertIn("vm: checks gave 1e8868, nochecks gave 1e8869", problem)
        (problem,) = tax.result_problems(tax.parse_results(self.CONSOLE))
        self.assertIn("vm: no result from the nochecks variant", problem)

    def test_table_rows_and_tax(self):
        s = protocol.summarize([run_of("hosted", self.CONSOLE)])
        rows = tax.rows(s)
        self.assertEqual(rows[0], ["sort", "hosted (cycles)", "300", "200", "+50%"])
        self.assertEqual(rows[1], ["vm", "hosted (cycles)", "50", report.DASH, report.DASH])

    def test_tax_kernels_stay_out_of_the_linux_table(self):
        s = protocol.summarize([run_of("hosted", self.CONSOLE)])
        self.assertEqual([k for k in report.all_keys(s) if k[0].startswith("compute")], [])


if __name__ == "__main__":
    unittest.main()
