#!/usr/bin/env python3
"""scenario_test.py — unit test of boot/scenario.py: every scenario of the
tree loads, the terminal and debugger statements keep their order and
text, and each misuse is refused with its FILE:LINE:COL or FILE message.

    scenario_test.py SCENARIO_DIR
"""
import glob
import os
import sys
import tempfile
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenario  # noqa: E402

failures = []


def load_text(text):
    with tempfile.NamedTemporaryFile("w", suffix=".scenario", delete=False) as f:
        f.write(text)
    try:
        return scenario.load(f.name), f.name
    finally:
        os.unlink(f.name)


def expect_error(text, fragment):
    try:
        load_text(text)
        failures.append(f"no error for {text!r} (wanted {fragment!r})")
    except scenario.ScenarioError as e:
        if fragment not in str(e):
            failures.append(f"{text!r}: error {e} lacks {fragment!r}")


def config_set_test():
    """config-set adds its line to the named block of a copy, same name."""
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "copy"))
        with open(os.path.join(tmp, "k.conf"), "w") as f:
            f.write("sip a {\n    image = \"a.sip\"\n}\nsip b {\n    image = \"b.sip\"\n}\n")
        s = {"config": "k.conf", "config-set": ["b kill-after = [5]"]}
        copy = scenario.set_in_config(s, tmp, os.path.join(tmp, "copy"))
        with open(copy) as f:
            text = f.read()
        if os.path.basename(copy) != "k.conf" or \
                "sip b {\n    image = \"b.sip\"\n    kill-after = [5]\n}" not in text or \
                text.count("kill-after") != 1:
            failures.append(f"config-set wrote {copy}: {text!r}")
        s = {"config": "k.conf", "config-set": ["b image = \"c.sip\"", "b kill-after = [6]"]}
        copy = scenario.set_in_config(s, tmp, os.path.join(tmp, "copy"))
        with open(copy) as f:
            text = f.read()
        if "sip b {\n    image = \"c.sip\"\n    kill-after = [6]\n}" not in text or \
                text.count("image") != 2:
            failures.append(f"config-set did not replace image: {text!r}")
        try:
            scenario.set_in_config({"config": "k.conf", "config-set": ["c x = 1"]}, tmp, tmp)
            failures.append("config-set on a missing block was accepted")
        except scenario.ScenarioError as e:
            if "has no block 'sip c {'" not in str(e):
                failures.append(f"config-set error: {e}")


def count_and_same_test():
    log = "killed a\nrestart a\nkilled a\nbytes 10\n"
    if not scenario.count_problems({"count-equal": ["^killed == ^restart"]}, log):
        failures.append("count-equal passed 2 against 1")
    if scenario.count_problems({"count-equal": ["^killed == ^(restart|bytes)"]}, log):
        failures.append("count-equal failed on 2 against 2")
    if scenario.same_problems({"same": ["^bytes (\\d+) == ^bytes (1\\d)"]}, log):
        failures.append("same failed on equal groups")
    if not scenario.same_problems({"same": ["^bytes (\\d+) == ^other (\\d+)"]}, log):
        failures.append("same passed with a pattern that does not match")


def main():
    warnings.simplefilter("ignore", FutureWarning)
    folder = sys.argv[1]
    for path in glob.glob(os.path.join(folder, "*.scenario")):
        try:
            scenario.load(path)
        except scenario.ScenarioError as e:
            failures.append(str(e))
    s, _ = load_text("platform hosted\ntmux run --hosted\nscreen ^a\ntype ls / \n"
                     "keys Left Enter\nscreen ^b\n")
    if s["steps"] != [("screen", "^a"), ("type", "ls / "), ("keys", "Left Enter"),
                      ("screen", "^b")]:
        failures.append(f"steps out of order or changed: {s['steps']}")
    if s["tmux"] != "run --hosted":
        failures.append(f"tmux is {s['tmux']!r}")
    s, _ = load_text("debug\ngdb-frame hello main hello/main.c\n")
    if not s["debug"] or s["gdb-frame"] != "hello main hello/main.c":
        failures.append("debug / gdb-frame not kept")
    expect_error("type hi\n", "need 'tmux'")
    expect_error("keys Enter\n", "need 'tmux'")
    expect_error("disk-ext2 x\ndisk-sectors 8\n", "two disks: one only")
    expect_error("fsck clean\n", "'fsck' needs 'disk-ext2'")
    expect_error("fsck maybe\n", ":1:6: error: [SCENARIO] fsck must be one of clean, repair")
    expect_error("disk-ext2 x\ndisk-file /a 1\n", ":2:11: error: [SCENARIO] disk-file needs")
    expect_error("same ^a (b)\n", "same needs REGEX == REGEX")
    expect_error("same ^a == ^(b)\n", "same: the pattern needs a group")
    expect_error("unpromised ^x\n", "unpromised: the pattern needs a group")
    expect_error("config-set fs quota = 1M\n", "'config-set' needs 'config'")
    expect_error("tmux run\nhost-run x\n", "'host-run' is for scenarios that boot")
    s, _ = load_text("disk-ext2 t.py 2\ndisk-file /a 10 3\ncount-equal ^a == ^b c\n"
                     "config set-me\nconfig-set x kill-after = [1, 2]\n")
    if s["disk-file"] != ["/a 10 3"] or s["count-equal"] != ["^a == ^b c"] or \
            s["config-set"] != ["x kill-after = [1, 2]"]:
        failures.append(f"disk and count statements not kept: {s}")
    config_set_test()
    count_and_same_test()
    expect_error("debug\n", "'debug' and 'gdb-frame' go together")
    expect_error("gdb-frame a b c\n", "'debug' and 'gdb-frame' go together")
    expect_error("debug\ngdb-frame a b\n", ":2:11: error: [SCENARIO] gdb-frame needs")
    expect_error("tmux run\ndebug\ngdb-frame a b c\n", "do not mix")
    expect_error("tmux run\nlog x\n", "no iso, module, image, log or until")
    expect_error("tmux run\nscreen (\n", ":2:8: error: [SCENARIO] bad pattern")
    expect_error("tmux run\ntmux run\n", "'tmux' is given twice")
    for f in failures:
        print(f"FAIL: {f}")
    print("scenario_test:", "ok" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
