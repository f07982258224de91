#!/usr/bin/env python3
"""golden_check.py — run the bootconf_dump driver on one configuration and
compare what it prints with the expected file next to it.

    golden_check.py DRIVER CONFIG EXPECTED            check (the test)
    golden_check.py DRIVER CONFIG EXPECTED --update   rewrite EXPECTED

The compared text is the driver's standard output followed by a line
`exit status: N`. Anything on standard error (a sanitizer report, a usage
message) fails the check. Diagnostics name the configuration by its base
name, so the expected files do not depend on where the tree is.
"""
import difflib
import os
import subprocess
import sys


def run_driver(driver, config):
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "abort_on_error=1:detect_leaks=1")
    env.setdefault("UBSAN_OPTIONS", "halt_on_error=1:abort_on_error=1:print_stacktrace=1")
    result = subprocess.run([driver, config, os.path.basename(config)],
                            capture_output=True, env=env, check=False)
    actual = result.stdout + b"exit status: %d\n" % result.returncode
    return actual, result.stderr.decode("utf-8", "backslashreplace")


def lines(data):
    return data.decode("utf-8", "backslashreplace").splitlines(True)


def main(argv):
    if len(argv) not in (4, 5) or (len(argv) == 5 and argv[4] != "--update"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    driver, config, expected_path = argv[1:4]
    actual, stderr = run_driver(driver, config)
    if stderr:
        print("golden_check: the driver wrote to standard error:\n" + stderr,
              file=sys.stderr)
        return 1
    if len(argv) == 5:
        with open(expected_path, "wb") as f:
            f.write(actual)
        return 0
    with open(expected_path, "rb") as f:
        expected = f.read()
    if actual == expected:
        return 0
    sys.stdout.writelines(difflib.unified_diff(
        lines(expected), lines(actual), expected_path, "actual output"))
    print("golden_check: %s differs from the driver's output" % expected_path)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
