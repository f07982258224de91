#!/usr/bin/env python3
"""listings_test.py ROOT — every listing in docs/tutorial.md marked
```LANG file=PATH is exactly the file PATH of the tree, and every file of
the tutorial is listed."""
import re
import sys

EXPECTED = {"contracts/kv.contract", "sip/tutorial/kv-server/main.c",
            "sip/tutorial/kv-client/main.c", "sip/tutorial/tutorial.conf"}


def main():
    root = sys.argv[1]
    text = open(f"{root}/docs/tutorial.md").read()
    listings = re.findall(r"^```\w+ file=(\S+)\n(.*?)^```$", text, re.M | re.S)
    problems = []
    for path, body in listings:
        if open(f"{root}/{path}").read() != body:
            problems.append(f"docs/tutorial.md: the listing of {path} differs from the file")
    missing = EXPECTED - {p for p, _ in listings}
    if missing:
        problems.append(f"docs/tutorial.md does not list {sorted(missing)}")
    for p in problems:
        print(f"FAIL: {p}")
    if not problems:
        print(f"ok: {len(listings)} listings match their files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
