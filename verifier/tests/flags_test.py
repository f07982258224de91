#!/usr/bin/env python3
"""The rules and the flags agree (test sip-flags-agree, suite verifier).

  flags_test.py SUBSET.md compile_commands.json SIP_CHECKS NOCHECKS-SIP...

SUBSET.md's table "Runtime checks each rule relies on" names, for every
rule, the compiler flags it relies on. Every file of SIP code, of the
stdlib and of the contract bindings (what the build actually compiles,
from Meson's compile_commands.json) must be compiled with exactly the
sanitizers the table declares (none missing, none that no rule needs) and
with every other flag it declares. SIPs built without checks on purpose
(the nochecks benchmark) are left out; with -Dsip_checks=false the test is
skipped. Finally the comparison is shown to fail on a command line with
one declared check removed.
"""
import json
import re
import shlex
import sys

ROW = re.compile(r'^\| (SIP-[A-Z0-9-]+) \| (.*) \|\s*$')
HEADING = re.compile(r'^### (SIP-[A-Z0-9-]+)', re.M)


def declared(subset):
    """{flag: [rules]} from the table (a rule not in it relies on no runtime
    check), and the rules it names that SUBSET.md does not define."""
    text = open(subset).read()
    flags, listed = {}, set()
    for line in text.splitlines():
        m = ROW.match(line)
        if not m:
            continue
        listed.add(m.group(1))
        for flag in re.findall(r'`([^`]+)`', m.group(2)):
            flags.setdefault(flag, []).append(m.group(1))
    missing = sorted(listed - set(HEADING.findall(text)))
    return flags, missing


def sanitizers(tokens):
    on = set()
    for t in tokens:
        if t.startswith('-fsanitize='):
            on |= set(t[len('-fsanitize='):].split(','))
        elif t.startswith('-fno-sanitize='):
            on -= set(t[len('-fno-sanitize='):].split(','))
    return on


def compare(want, tokens):
    """Errors for one command line."""
    want_san = {f.split('=', 1)[1] for f in want if f.startswith('-fsanitize=')}
    want_other = {f for f in want if not f.startswith('-fsanitize=')}
    have = sanitizers(tokens)
    errors = [f'check {s} ({", ".join(want["-fsanitize=" + s])}) is missing'
              for s in sorted(want_san - have)]
    errors += [f'check {s} is on but no rule of SUBSET.md relies on it'
               for s in sorted(have - want_san)]
    errors += [f'flag {f} ({", ".join(want[f])}) is missing'
               for f in sorted(want_other - set(tokens))]
    return errors


def kind_of(output, nochecks):
    m = re.match(r'^sip/([^/]+)\.elf\.p/', output)
    if m:
        return None if m.group(1) in nochecks else 'SIP code'
    if output.startswith('stdlib/libinsula_stdlib.a.p/'):
        return 'stdlib'
    if output.startswith('sip/libcontract-bindings-sip.a.p/'):
        return 'contract bindings'
    return None


def main():
    subset, commands, checks_on, nochecks = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    if checks_on != 'true':
        print('sip_checks is off: the nochecks variant has no checks to compare')
        return 77
    want, unlisted = declared(subset)
    errors = [f'the table names {r}, which has no "### {r}"' for r in unlisted]
    if not any(f.startswith('-fsanitize=') for f in want):
        errors.append('the table declares no checks at all')
    seen = {}
    first = None
    for c in json.load(open(commands)):
        kind = kind_of(c.get('output', ''), nochecks)
        if kind is None:
            continue
        tokens = shlex.split(c['command'])
        first = first or tokens
        seen[kind] = seen.get(kind, 0) + 1
        errors += [f'{c["file"]} ({kind}): {e}' for e in compare(want, tokens)]
    for kind in ['SIP code', 'stdlib', 'contract bindings']:
        if seen.get(kind, 0) == 0:
            errors.append(f'no {kind} compile command found: nothing compared')
    # The comparison can fail: drop each declared check in turn.
    for flag in (f for f in want if f.startswith('-fsanitize=') and first):
        name = flag.split('=', 1)[1]
        doctored = [t if not t.startswith('-fsanitize=') else
                    '-fsanitize=' + ','.join(s for s in t[len('-fsanitize='):].split(',')
                                             if s != name)
                    for t in first]
        if not any(name in e for e in compare(want, doctored)):
            errors.append(f'removing {name} from a command line goes unnoticed')
    for e in errors:
        print('FAIL:', e)
    print(f'{sum(seen.values())} compile commands ({seen}) against '
          f'{len(want)} declared flags')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
