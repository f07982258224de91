#!/usr/bin/env python3
"""check_self_contained.py — fail if an archive needs symbols it does not
define itself, other than the ones named.

    check_self_contained.py NM ARCHIVE [ALLOWED ...]

The boot configuration parser runs inside a SIP with no libc, so its
freestanding build must not call anything outside its own objects but the
stdlib functions it is written against (ALLOWED): not even a memcpy or
memset that the compiler inserted for a struct copy or a zeroing loop.
Lists every other undefined symbol, with the object needing it.
"""
import subprocess
import sys


def symbols(nm, archive):
    """Yields (object, kind, name) for every symbol in the archive."""
    out = subprocess.run([nm, "--print-file-name", archive], check=True,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        where, _, rest = line.rpartition(": ")
        fields = rest.split()
        if len(fields) >= 2:
            yield where, fields[-2], fields[-1]


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    defined, needed = set(), []
    for where, kind, name in symbols(argv[1], argv[2]):
        if kind == "U":
            needed.append((where, name))
        else:
            defined.add(name)
    if not defined:
        print("check_self_contained: no symbols in %s" % argv[2], file=sys.stderr)
        return 1
    allowed = set(argv[3:])
    missing = [(w, n) for w, n in needed if n not in defined and n not in allowed]
    for where, name in missing:
        print("%s: needs undefined symbol %s" % (where, name))
    print("check_self_contained: %d symbols defined, %d missing"
          % (len(defined), len(missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
