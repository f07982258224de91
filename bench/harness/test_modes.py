"""Unit tests of --modes: the cost model's records, regions and per-operation
figures, the refusal of unimplemented modes, the Figure 5 tables and plot.
Run: python3 -m unittest discover -s bench/harness"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import costmodel  # noqa: E402
import figure5  # noqa: E402
import modes  # noqa: E402
import modes_webfiles  # noqa: E402

FIELDS = ["insns", "cycles", "itlb_misses", "dtlb_misses", "stlb_misses", "walk_levels",
          "l1i_misses", "l1d_misses", "l2_misses", "cr3_loads", "tlb_flushes", "io_accesses",
          "cycles_tlb", "cycles_cache", "cycles_special", "cycles_io"]
HEADER = "# costmodel 1 " + " ".join(FIELDS)


def counts(insns, cycles, **kw):
    return " ".join(str(kw.get(f, {"insns": insns, "cycles": cycles}.get(f, 0))) for f in FIELDS)


def records(*rows):
    return "\n".join([HEADER] + list(rows)) + "\n"


BENCH = "bench: name={} unit=cycles n=10 median={} min={} max={}"


class RecordsTest(unittest.TestCase):
    def test_regions_and_intervals(self):
        text = records(
            f"line {counts(1000, 5000)}\tinit: starting",
            f"line {counts(2000, 6000)}\tbench-micro: started",
            f"interval 10 {counts(40, 280)}",       # 10 intervals of 4 instructions
            f"interval 10 {counts(100, 100)}",      # the loop's 10-instruction gaps
            f"line {counts(3000, 8000)}\t" + BENCH.format("cycle_counter", 4, 4, 4),
            f"line {counts(3100, 8100)}\tcompute: x result=1",
            f"line {counts(4000, 12000, dtlb_misses=8)}\t" + BENCH.format("abi_call", 10, 9, 11),
            f"end {counts(5000, 13000)}")
        _, recs, end = costmodel.parse_records(text)
        self.assertEqual(end["insns"], 5000)
        regions = costmodel.regions(recs)
        self.assertEqual([f["name"] for f, _, _ in regions], ["cycle_counter", "abi_call"])
        self.assertEqual(regions[0][1]["insns"], 1000)      # from "bench-micro: started"
        self.assertEqual(regions[1][1]["insns"], 1000)      # "compute:" lines do not cut
        figures = costmodel.model_figures(recs)
        cc = figures[("cycle_counter", None)]
        self.assertEqual((cc["method"], cc["insns"], cc["cycles"]), ("interval", 4, 28))
        abi = figures[("abi_call", None)]                   # no interval: scaled by 10 / 1000
        self.assertEqual(abi["method"], "scaled")
        self.assertAlmostEqual(abi["cycles"], 40.0)
        self.assertAlmostEqual(abi["dtlb_misses"], 0.08)

    def test_batch_interval(self):
        fields = {"name": "x", "payload": None, "median": 100}
        per_op = costmodel.per_operation(fields, {"insns": 1}, [(3, {"insns": 3 * 6420,
                                                                     "cycles": 3 * 12800})])
        self.assertEqual(per_op["method"], "interval")
        self.assertAlmostEqual(per_op["insns"], 6420 / 64)
        self.assertAlmostEqual(per_op["cycles"], 200)

    def test_malformed(self):
        for text in ("", "line 1 2\tx\n", HEADER + "\nline 1 2\tx\n", HEADER + "\nbogus\n"):
            with self.assertRaises(ValueError):
                costmodel.parse_records(text)


class ModesTest(unittest.TestCase):
    def test_refusal(self):
        self.assertIsNone(modes.mode_refused("options: mode=page hz=100\n", "page"))
        said = ("options: mode=ring3 hz=100 test=- (0 word(s) ignored)\n"
                "kernel: warning: mode: insula.mode=ring3 is not implemented yet; "
                "running in phys mode\n")
        self.assertIn("not implemented", modes.mode_refused(said, "ring3"))
        self.assertIn("mode=phys", modes.mode_refused("options: mode=phys hz=1\n", "micro"))

    def test_confirmation(self):
        chosen = "paging: address spaces of their own for chosen SIPs{}; PCID off\n"
        own = "space: bench-micro (bench-micro.sip) gets an address space of its own{}\n"
        clients = ["bench-micro.sip"]
        self.assertIsNone(modes.mode_unconfirmed("", "phys", clients))
        self.assertIsNotNone(modes.mode_unconfirmed(chosen.format(""), "page", clients))
        self.assertIsNone(modes.mode_unconfirmed(chosen.format("") + own.format(""),
                                                 "domain", clients))
        self.assertIn("no 'paging", modes.mode_unconfirmed(own.format(""), "domain", clients))
        self.assertIn("got no address space",
                      modes.mode_unconfirmed(chosen.format(""), "domain", clients))
        self.assertIn("not ring3's", modes.mode_unconfirmed(
            chosen.format("") + own.format(""), "ring3", clients))
        self.assertIsNone(modes.mode_unconfirmed(
            chosen.format(", in ring 3") + own.format(", ring 3"), "ring3", clients))
        self.assertIn("in ring 3", modes.mode_unconfirmed(
            chosen.format(", in ring 3") + own.format(""), "ring3", clients))
        every = "paging: address spaces of their own for all SIPs, in ring 3; PCID off\n"
        self.assertIsNone(modes.mode_unconfirmed(every + own.format(", ring 3"), "micro", []))
        self.assertIn("any SIP", modes.mode_unconfirmed(every, "micro", []))
        self.assertEqual(modes.pcid_of(every), "off")


def column(mode, status="measured", **figures):
    return {"mode": mode, "status": status, "figures": figures, "problems": []}


def fig(insns, cycles, tlb=0, cache=0):
    return {"insns": insns, "cycles": cycles, "itlb_misses": 0, "dtlb_misses": tlb,
            "stlb_misses": tlb, "l1i_misses": 0, "l1d_misses": cache, "l2_misses": 0,
            "cr3_loads": 0, "cycles_tlb": tlb * 30, "cycles_cache": cache * 12,
            "cycles_special": 0, "cycles_io": 0, "method": "interval"}


class Figure5Test(unittest.TestCase):
    def columns(self):
        return [column("phys", **{"a|": fig(100, 100), "compute_k/checks|": fig(200, 200),
                                  "compute_k/nochecks|": fig(100, 100)}),
                column("page", **{"a|": fig(100, 130, tlb=1)}),
                column("domain", status="not implemented")]

    def test_steps(self):
        cols = self.columns()
        explained = {s: figure5.explain(p) for s, p in figure5.step_pairs(cols).items()}
        self.assertAlmostEqual(explained["page"]["ratio"], 1.3)
        self.assertAlmostEqual(explained["page"]["added"]["tlb"], 1)
        self.assertEqual(explained["page"]["parts"], {"instructions": 0.0, "TLB": 1.0,
                                                      "caches": 0.0,
                                                      "special instructions": 0.0,
                                                      "device accesses": 0.0})
        self.assertAlmostEqual(explained["nochecks"]["ratio"], 2.0)
        self.assertNotIn("domain", explained)
        web = [column("phys", **{"webfiles_warm|": fig(1000, 2000)}),
               column("page", **{"webfiles_warm|": fig(1100, 2500, tlb=3)}),
               column("nochecks", status="not run: needs --nochecks-build DIR")]
        web_explained = {s: figure5.explain(p) for s, p in figure5.step_pairs(web).items()}
        table = figure5.summary_table(cols, explained, web, web_explained)
        self.assertIn("| `page` | 4 KiB pages | +6.3 % | +25.0 % | +10.0 % | +3.0 | +0.0 | "
                      "+3.0 | instructions 82 %, TLB 18 % | +30.0 % |", table)
        self.assertIn("| `domain` | the client in its own ring-0 address space | +18.9 % | "
                      "not run | — | — | — | — | — | not implemented |", table)
        self.assertIn("| not run: needs --nochecks-build DIR | — | — | — | — | — | +100.0 % |",
                      table)
        self.assertIn("+25.0 % model cycles per request", figure5.explanation(web_explained))
        self.assertIn("| warm pass | model cycles | 2,000 | 2,500 (+25.0 %) |",
                      figure5.webfiles_table(web))
        plot = figure5.svg(explained, cols, "t", web_explained, web)
        self.assertTrue(plot.startswith("<svg") and plot.rstrip().endswith("</svg>"))
        self.assertIn("not implemented", plot)
        self.assertIn("+30.0 %", plot)
        self.assertIn("+25.0 %", plot)

    def test_calibration(self):
        cols = self.columns()
        rows, mean = figure5.calibration(cols, {"a|": 50, "compute_k/checks|": 100})
        self.assertEqual(len(rows), 2)
        self.assertAlmostEqual(mean, 2.0)
        fit = figure5.best_cpi(cols, {"a|": 50, "compute_k/checks|": 100}, 1.0)
        self.assertAlmostEqual(fit["cpi"], 0.5)
        self.assertAlmostEqual(fit["geometric_mean"], 1.0)


class WebFilesTest(unittest.TestCase):
    PASSES = ("webfiles: cold: 40 requests, 9 bytes, 0 mismatched file(s)\n"
              "webfiles: warm: 40 requests, 9 bytes, {} mismatched file(s)\n")

    def test_pass_figures(self):
        text = records(
            f"line {counts(500, 900)}\tinit: starting",
            f"line {counts(1000, 2000)}\tfs: mounted ext2 rev 1, 9 blocks",
            f"line {counts(5000, 10000)}\twebfiles: cold: busy 9 cycles per request",
            f"line {counts(6000, 11000)}\t" + BENCH.format("webfiles_request_cold", 9, 9, 9),
            f"line {counts(8000, 15000, dtlb_misses=40)}\twebfiles: warm: busy 9 cycles",
            f"end {counts(9000, 16000)}")
        _, recs, _ = costmodel.parse_records(text)
        figures, problems = modes_webfiles.pass_figures(recs, 40)
        self.assertEqual(problems, [])
        self.assertAlmostEqual(figures["webfiles_cold|"]["insns"], 100)     # 4000 / 40
        self.assertAlmostEqual(figures["webfiles_warm|"]["cycles"], 100)    # 4000 / 40
        self.assertAlmostEqual(figures["webfiles_warm|"]["dtlb_misses"], 1)
        _, problems = modes_webfiles.pass_figures(recs[:3], 40)
        self.assertIn("warm pass", problems[0])

    def test_pass_problems(self):
        self.assertEqual(modes_webfiles.pass_problems(self.PASSES.format(0), 40), [])
        self.assertIn("none mismatched", modes_webfiles.pass_problems(self.PASSES.format(2), 40)[0])
        self.assertIn("expected 50", modes_webfiles.pass_problems(self.PASSES.format(0), 50)[0])
        self.assertIn("no 'webfiles: warm", modes_webfiles.pass_problems(
            self.PASSES.split("\n")[0], 40)[0])

    def test_client_alone(self):
        self.assertEqual(modes_webfiles.isolate_options("ring3"),
                         ["insula.isolate=webfiles.sip"])
        self.assertEqual(modes_webfiles.isolate_options("micro"), [])


if __name__ == "__main__":
    unittest.main()
