#!/usr/bin/env python3
"""errors_doc_test.py STATUS_H ERRORS_MD — docs/errors.md lists exactly the
statuses of the one status list (kernel/include/abi/status.h), each with
its number, in the list's order."""
import re
import sys


def main():
    status_h, errors_md = sys.argv[1], sys.argv[2]
    listed = [("OK", 0)] + [(n, int(v)) for n, v in re.findall(
        r"X\((ERR_\w+),\s*(-?\d+),", open(status_h).read())]
    documented = [(n, int(v)) for n, v in re.findall(
        r"^\| `(OK|ERR_\w+)` \| (-?\d+) \|", open(errors_md).read(), re.M)]
    numbers = [v for _, v in listed]
    problems = []
    if len(listed) < 10:
        problems.append(f"{status_h}: found only {len(listed)} statuses")
    if len(set(numbers)) != len(numbers):
        problems.append(f"{status_h}: two statuses share a number")
    if documented != listed:
        missing = [s for s in listed if s not in documented]
        extra = [s for s in documented if s not in listed]
        problems.append(f"{errors_md} does not match {status_h}: "
                        f"missing {missing}, not in the list {extra}"
                        + ("" if missing or extra else ", order differs"))
    for p in problems:
        print(f"FAIL: {p}")
    if not problems:
        print(f"ok: {len(listed)} statuses, each documented with its number")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
