#!/usr/bin/env python3
"""Tests of sipcheck, run by meson (suite 'verifier').

  sipcheck_test.py reject    SIPCHECK TESTS_DIR   every tests/reject/*.c (with
      the files its '// with:' lines name, checked in the same run) gives
      exactly the diagnostics its '// expect:' lines name, exit status 1, and
      clang-style text output with the source line and a caret
  sipcheck_test.py accept    SIPCHECK TESTS_DIR   every tests/accept/*.c is clean
  sipcheck_test.py json      SIPCHECK TESTS_DIR   --json output parses and matches
  sipcheck_test.py malformed SIPCHECK TESTS_DIR   garbage gives status 2, no crash
  sipcheck_test.py usage     SIPCHECK TESTS_DIR   command-line errors give status 2
  sipcheck_test.py rules     SIPCHECK VERIFIER_DIR every rule is in SUBSET.md
"""
import json
import os
import re
import subprocess
import sys

EXPECT = re.compile(r'^// expect: (SIP-[A-Z0-9-]+) (?:(\S+):)?(\d+)\s*$')
# Further files of the same SIP, checked in the same run ('// with: FILE').
WITH = re.compile(r'^// with: (\S+)\s*$')


def run(sipcheck, args, timeout=60):
    p = subprocess.run([sipcheck] + args, capture_output=True, text=True,
                       errors='replace', timeout=timeout)
    if p.returncode < 0:
        raise AssertionError(f'sipcheck died with signal {-p.returncode}: {args}')
    return p


def trusted(tests):
    """The stand-in stdlib: its headers and the symbols it 'defines'."""
    return ['--trusted-dir', os.path.join(tests, 'include'),
            '--trusted-symbols', os.path.join(tests, 'trusted-symbols.txt')]


def expectations(path):
    """{(rule, file, line)} from the '// expect:' lines of a test file."""
    found = set()
    base = os.path.dirname(path)
    with open(path) as f:
        for line in f:
            m = EXPECT.match(line)
            if m:
                where = os.path.normpath(os.path.join(base, m.group(2))) if m.group(2) else path
                found.add((m.group(1), os.path.realpath(where), int(m.group(3))))
    return found


def companions(path):
    """The files named by '// with:' lines, relative to the test file."""
    base = os.path.dirname(path)
    with open(path) as f:
        return [os.path.join(base, m.group(1)) for m in map(WITH.match, f) if m]


def reported(items):
    return {(v['rule'], os.path.realpath(v['file']), v['line']) for v in items}


def check_text(sipcheck, tests, path, want):
    """Each expected diagnostic is printed like clang: header, line, caret."""
    p = run(sipcheck, trusted(tests) + [path] + companions(path))
    lines = p.stderr.splitlines()
    errors = []
    for rule, file, line in want:
        hdr = re.compile(r'^(\S+):%d:(\d+): error: \[%s\] .+' % (line, re.escape(rule)))
        hits = [i for i, l in enumerate(lines) if hdr.match(l)
                and os.path.realpath(hdr.match(l).group(1)) == file]
        ok = any(i + 2 < len(lines) and lines[i + 1].startswith('%5d | ' % line)
                 and lines[i + 2].rstrip().endswith('^') for i in hits)
        if not ok:
            errors.append(f'{path}: no clang-style text diagnostic for {rule} at line {line}')
    if p.returncode != 1:
        errors.append(f'{path}: text mode exit status {p.returncode}, want 1')
    return errors


def check_reject_file(sipcheck, tests, path):
    want = expectations(path)
    if not want:
        return [f'{path}: no "// expect:" line']
    p = run(sipcheck, ['--json'] + trusted(tests) + [path] + companions(path))
    errors = []
    if p.returncode != 1:
        errors.append(f'{path}: exit status {p.returncode}, want 1\n{p.stderr}')
    got = reported(json.loads(p.stdout))
    for rule, file, line in sorted(want - got):
        errors.append(f'{path}: missing {rule} at {file}:{line}')
    for rule, file, line in sorted(got - want):
        errors.append(f'{path}: unexpected {rule} at {file}:{line}')
    return errors + check_text(sipcheck, tests, path, want)


def c_files(directory):
    return sorted(os.path.join(directory, f) for f in os.listdir(directory)
                  if f.endswith('.c'))


def test_reject(sipcheck, tests):
    files = c_files(os.path.join(tests, 'reject'))
    errors = []
    for path in files:
        errors += check_reject_file(sipcheck, tests, path)
    rules = {r for f in files for r, _, _ in expectations(f)}
    return errors, len(files), f'{len(files)} attack programs, {len(rules)} rules'


def test_accept(sipcheck, tests):
    files = c_files(os.path.join(tests, 'accept'))
    errors = []
    for path in files:
        p = run(sipcheck, trusted(tests) + [path])
        if p.returncode != 0 or p.stderr or p.stdout:
            errors.append(f'{path}: exit {p.returncode}\n{p.stderr}{p.stdout}')
    if len(files) < 10:
        errors.append(f'only {len(files)} accept programs')
    return errors, len(files), f'{len(files)} safe programs'


def test_json(sipcheck, tests):
    """Two files in one run: one array, exact objects, sorted, escaped."""
    a = os.path.join(tests, 'reject', 'uintptr_roundtrip.c')
    b = os.path.join(tests, 'accept', 'hash_fnv.c')
    p = run(sipcheck, ['--json'] + trusted(tests) + [b, a])
    items = json.loads(p.stdout)
    errors = []
    if p.returncode != 1:
        errors.append(f'exit status {p.returncode}, want 1')
    keys = [sorted(v.keys()) for v in items]
    if any(k != ['column', 'file', 'line', 'message', 'rule'] for k in keys):
        errors.append(f'wrong keys: {keys}')
    got = [(v['file'], v['line'], v['column'], v['rule']) for v in items]
    want = [(a, 13, 21, 'SIP-CAST-PTR2INT'), (a, 15, 12, 'SIP-CAST-INT2PTR')]
    if got != want:
        errors.append(f'got {got}, want {want}')
    if not all(isinstance(v['message'], str) and "'int *'" in v['message'] for v in items):
        errors.append(f'messages do not name the pointer type: {items}')
    clean = run(sipcheck, ['--json'] + trusted(tests) + [b])
    if clean.returncode != 0 or json.loads(clean.stdout) != []:
        errors.append(f'clean file: {clean.returncode} {clean.stdout!r}')
    return errors, 3, 'json output'


def test_malformed(sipcheck, tests):
    files = c_files(os.path.join(tests, 'malformed'))
    errors = []
    for path in files:
        p = run(sipcheck, trusted(tests) + [path])
        if p.returncode != 2 or ': error: ' not in p.stderr:
            errors.append(f'{path}: exit {p.returncode}, want 2 with an error\n{p.stderr}')
        j = run(sipcheck, ['--json'] + trusted(tests) + [path])
        if j.returncode != 2 or not any(v['rule'] == 'clang-error' for v in json.loads(j.stdout)):
            errors.append(f'{path}: --json exit {j.returncode}: {j.stdout}')
    return errors, len(files), f'{len(files)} malformed files'


def test_usage(sipcheck, tests):
    ok_file = os.path.join(tests, 'accept', 'hash_fnv.c')
    cases = [[], ['--bogus', 'x.c'], ['--trusted-dir', '/nonexistent/dir', 'x.c'],
             [os.path.join(tests, 'no_such_file.c')],
             ['--trusted-dir', os.path.join(tests, 'broken-trusted'), ok_file],
             trusted(tests)[:2] + ['--trusted-symbols', '/nonexistent/symbols', ok_file]]
    errors = []
    for args in cases:
        p = run(sipcheck, args)
        if p.returncode != 2 or not p.stderr:
            errors.append(f'{args}: exit {p.returncode}, want 2 with a message')
    ok = os.path.join(tests, 'accept', 'hash_fnv.c')
    p = run(sipcheck, ['--trusted-dir=' + os.path.join(tests, 'include'), '--',
                       '-DUNUSED_MACRO=1', '-I', tests, ok])
    if p.returncode != 0:
        errors.append(f'files after "--": exit {p.returncode}\n{p.stderr}')
    return errors, len(cases) + 1, 'usage errors'


def test_rules(sipcheck, verifier):
    p = run(sipcheck, ['--list-rules'])
    ids = [l.split()[0] for l in p.stdout.splitlines()]
    with open(os.path.join(verifier, 'SUBSET.md')) as f:
        doc = f.read()
    documented = set(re.findall(r'^### (SIP-[A-Z0-9-]+)', doc, re.M))
    errors = [f'{r} is reported by sipcheck but has no "### {r}" in SUBSET.md'
              for r in ids if r not in documented]
    used = set()
    for path in c_files(os.path.join(verifier, 'tests', 'reject')):
        used |= {r for r, _, _ in expectations(path)}
    errors += [f'reject tests expect unknown rule {r}' for r in used if r not in ids]
    errors += [f'rule {r} has no reject test' for r in ids if r not in used]
    if p.returncode != 0 or len(ids) < 20:
        errors.append(f'--list-rules: exit {p.returncode}, {len(ids)} rules')
    return errors, len(ids), f'{len(ids)} rules documented and tested'


def main():
    mode, sipcheck, directory = sys.argv[1], sys.argv[2], sys.argv[3]
    tests = {'reject': test_reject, 'accept': test_accept, 'json': test_json,
             'malformed': test_malformed, 'usage': test_usage, 'rules': test_rules}
    errors, count, what = tests[mode](sipcheck, directory)
    for e in errors:
        print('FAIL:', e)
    print(f'{mode}: {what}')
    failed = 1 if errors else 0
    print(f'{1 - failed} passed, {failed} failed')
    return failed


if __name__ == '__main__':
    sys.exit(main())
