"""Unit tests of tools/discover.py and boot/scenario.py, on scratch trees."""
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tools"))
sys.path.insert(0, os.path.join(ROOT, "boot"))

import discover  # noqa: E402
import scenario  # noqa: E402


def write(root, path, text=""):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(textwrap.dedent(text))


class Tree(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        write(self.root, "contracts/b.contract")
        write(self.root, "contracts/a.contract")
        write(self.root, "contracts/notes.txt")
        write(self.root, "boot/scenarios/x.scenario", "platform hosted\n")
        write(self.root, "sip/hello/main.c")

    def tearDown(self):
        self.tmp.cleanup()

    def facts(self):
        return discover.sips(self.root)

    def error(self):
        with self.assertRaises(discover.DeclarationError) as e:
            discover.sips(self.root)
        return str(e.exception)


class TestContracts(Tree):
    def test_every_contract_file_in_name_order(self):
        self.assertEqual(discover.contracts(self.root), ["a", "b"])

    def test_scenarios_with_their_platform(self):
        write(self.root, "boot/scenarios/y.scenario", "# no platform line\n")
        self.assertEqual(discover.scenarios(self.root), [("x", "hosted", 300), ("y", "pc", 300)])

    def test_scenario_time_limit_from_its_timeout_or_an_include(self):
        write(self.root, "boot/scenarios/long.inc", "timeout 600\n")
        write(self.root, "boot/scenarios/y.scenario", "include long.inc\n")
        write(self.root, "boot/scenarios/z.scenario", "timeout 100\n")
        self.assertEqual(discover.scenarios(self.root),
                         [("x", "hosted", 300), ("y", "pc", 700), ("z", "pc", 300)])


class TestSips(Tree):
    def test_folder_with_main_is_a_sip(self):
        write(self.root, "sip/hello/util.c")
        write(self.root, "sip/hello/util.h")
        self.assertEqual(self.facts(), [("hello", "dir", "sip/hello"),
                                        ("hello", "source", "sip/hello/main.c"),
                                        ("hello", "source", "sip/hello/util.c")])

    def test_folders_without_main_or_declaration_are_not(self):
        write(self.root, "sip/other/oob.c")
        write(self.root, "sip/tests/verify-gate/violation.c")
        write(self.root, "sip/init/tests/test_x.c")
        self.assertEqual({f[0] for f in self.facts()}, {"hello"})

    def test_corpus_folders_one_sip_per_file(self):
        write(self.root, "sip/attacks/oob.c")
        write(self.root, "sip/attacks/runner.c")
        write(self.root, "sip/attacks/runner_table.c")
        write(self.root, "sip/attacks/sips.toml",
              '[attack-runner]\nsources = ["runner.c", "runner_table.c"]\n')
        write(self.root, "sip/safe/sort.c")
        facts = [f for f in self.facts() if f[0] != "hello"]
        self.assertEqual(facts, [("attack-oob", "dir", "sip/attacks"),
                                 ("attack-oob", "source", "sip/attacks/oob.c"),
                                 ("attack-runner", "dir", "sip/attacks"),
                                 ("attack-runner", "source", "sip/attacks/runner.c"),
                                 ("attack-runner", "source", "sip/attacks/runner_table.c"),
                                 ("safe-sort", "dir", "sip/safe"),
                                 ("safe-sort", "source", "sip/safe/sort.c")])

    def test_corpus_group_takes_sources_only(self):
        write(self.root, "sip/attacks/a.c")
        write(self.root, "sip/attacks/sips.toml", '[attack-a]\nunverified = "no"\n')
        self.assertIn("sip/attacks/sips.toml:1:2: error: [SIP-DECL] [attack-a] takes one key",
                      self.error())

    def test_roots_and_prefixes(self):
        write(self.root, "sip/tests/ping/main.c")
        write(self.root, "drivers/blk/main.c")
        write(self.root, "bench/sips/micro/main.c")
        names = {f[0] for f in self.facts()}
        self.assertEqual(names, {"hello", "ping", "blk", "bench-micro"})

    def test_declaration_keys(self):
        write(self.root, "bench/sips/common/shared.c")
        write(self.root, "bench/sips/micro/raw.c")
        write(self.root, "bench/sips/micro/sip.toml", """\
            sources = ["../common/shared.c"]
            nochecks = true
            c_args = ["-DX"]
            [unverified_files]
            "raw.c" = "uses the raw ABI"
            """)
        facts = [f for f in self.facts() if f[0] == "bench-micro"]
        self.assertEqual(facts, [
            ("bench-micro", "dir", "bench/sips/micro"),
            ("bench-micro", "source", "bench/sips/common/shared.c"),
            ("bench-micro", "unverified_file", "bench/sips/micro/raw.c"),
            ("bench-micro", "nochecks", "true"),
            ("bench-micro", "c_arg", "-DX"),
        ])

    def test_unverified_needs_a_reason(self):
        write(self.root, "sip/hello/sip.toml", 'unverified = " "\n')
        self.assertIn("sip/hello/sip.toml:1:1: error: [SIP-DECL] 'unverified' needs its reason",
                      self.error())

    def test_unknown_key_is_placed(self):
        write(self.root, "sip/hello/sip.toml", '# x\n  sourcs = ["a.c"]\n')
        self.assertIn("sip/hello/sip.toml:2:3: error: [SIP-DECL] unknown key 'sourcs'",
                      self.error())

    def test_wrong_type(self):
        write(self.root, "sip/hello/sip.toml", 'nochecks = "yes"\n')
        self.assertIn("'nochecks' must be a bool", self.error())

    def test_toml_syntax_error(self):
        write(self.root, "sip/hello/sip.toml", 'name = \n')
        self.assertIn("sip/hello/sip.toml:1:", self.error())

    def test_missing_extra_source(self):
        write(self.root, "sip/hello/sip.toml", 'sources = ["../nowhere.c"]\n')
        self.assertIn("'../nowhere.c' is not a file", self.error())

    def test_bad_name(self):
        write(self.root, "sip/hello/sip.toml", 'name = "Hello World"\n')
        self.assertIn("SIP name 'Hello World' is not [a-z0-9_-]{1,31}", self.error())

    def test_two_sips_with_one_name(self):
        write(self.root, "sip/tests/hello/main.c")
        self.assertIn("a second SIP named 'hello' (the first is sip/hello/)", self.error())

    def test_declaration_without_sources(self):
        write(self.root, "sip/empty/sip.toml", "nochecks = true\n")
        self.assertIn("sip/empty/ has no sources", self.error())


class TestCheck(Tree):
    def run_check(self, listing):
        path = os.path.join(self.root, "listing.txt")
        with open(path, "w") as f:
            f.write(listing)
        return subprocess.run([sys.executable, os.path.join(ROOT, "tools", "discover.py"),
                               "check", self.root, path], capture_output=True, text=True)

    def test_unchanged_tree_passes(self):
        self.assertEqual(self.run_check(discover.listing(self.root)).returncode, 0)

    def test_new_folder_is_noticed(self):
        listing = discover.listing(self.root)
        write(self.root, "sip/kv/main.c")
        r = self.run_check(listing)
        self.assertEqual(r.returncode, 1)
        self.assertIn("./insula build", r.stderr)

    def test_new_contract_and_new_file_are_noticed(self):
        listing = discover.listing(self.root)
        write(self.root, "contracts/kv.contract")
        self.assertEqual(self.run_check(listing).returncode, 1)
        listing = discover.listing(self.root)
        write(self.root, "sip/hello/more.c")
        self.assertEqual(self.run_check(listing).returncode, 1)


class TestScenario(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def load(self, text, name="t.scenario"):
        write(self.tmp.name, name, text)
        return scenario.load(os.path.join(self.tmp.name, name))

    def error(self, text):
        with self.assertRaises(scenario.ScenarioError) as e:
            self.load(text)
        return str(e.exception)

    def test_statements_and_include(self):
        write(self.tmp.name, "common.inc", "image a.sip b.sip\nlog ^one\n")
        s = self.load("platform hosted\ninclude common.inc\nlog ^two # not a comment\n"
                      "cmdline x=1\ncmdline y=2\ntap\n")
        self.assertEqual(s["platform"], "hosted")
        self.assertEqual(s["image"], ["a.sip b.sip"])
        self.assertEqual(s["log"], ["^one", "^two # not a comment"])
        self.assertTrue(s["tap"])
        self.assertEqual(scenario.cmdline(s), "x=1 y=2")

    def test_config_sets_the_config_word(self):
        s = self.load("config boot/test-ns.conf\ncmdline insula.mode=page\n")
        self.assertEqual(scenario.cmdline(s), "insula.config=test-ns.conf insula.mode=page")
        s = self.load("config sip/init/boot.conf\n")
        self.assertEqual(scenario.cmdline(s), "")

    def test_errors_name_file_and_line(self):
        self.assertRegex(self.error("platform pc\nbogus 1\n"),
                         r"t\.scenario:2:1: error: \[SCENARIO\] unknown statement 'bogus'")
        self.assertIn("platform must be one of hosted, pc", self.error("platform arm\n"))
        self.assertIn("'expect' is given twice", self.error("expect pass\nexpect fail\n"))
        self.assertIn("bad pattern", self.error("log (\n"))
        self.assertIn("'tap' takes no value", self.error("tap yes\n"))
        self.assertIn("'log' needs a value", self.error("log\n"))
        self.assertIn("ISO carries its own", self.error("iso x.iso\ncmdline a\n"))

    def test_in_order(self):
        log = "a\nb\nc\n"
        self.assertEqual(scenario.in_order_problems(["^a", "^c"], log), [])
        self.assertEqual(scenario.in_order_problems(["^c", "^a"], log),
                         ["log has /^a/ only before the line expected before it"])
        self.assertEqual(scenario.in_order_problems(["^z"], log), ["log lacks /^z/"])


if __name__ == "__main__":
    unittest.main()
