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
    expect_error("disk-ext2 x\n", "need 'tmux'")
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
