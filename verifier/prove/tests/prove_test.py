#!/usr/bin/env python3
"""prove_test.py — the proof driver's tests (meson test --suite prove).

    prove_test.py MODE SOURCE_ROOT

MODE stdlib: the stdlib's buffer, string and parsing code must be proved in
full. MODE wrong: a deliberately wrong copy must be reported unproved (1).
MODE malformed: a file that is not C must be an error (2), never a pass.
Skipped (77) only when frama-c is not installed.
"""
import json
import os
import shutil
import subprocess
import sys

SKIP = 77
STDLIB_FILES = ['stdlib/src/buf.c', 'stdlib/src/str.c', 'stdlib/src/str_parse.c']
# buf_format/buf_vformat hand a callback to fmt_vformat, which WP cannot follow
# (verifier/README.md, "Proofs"); buf_format_sink, which writes, is proved.
STDLIB_SKIP = ['buf_format', 'buf_vformat']


def driver(root, *args):
    cmd = [sys.executable, os.path.join(root, 'verifier/prove/prove.py'),
           '--include', 'stdlib/include', '--include', 'kernel/include',
           '--include', 'contracts/include', '--jobs', '2', *args]
    run = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    return run


def test_stdlib(root):
    skips = [a for f in STDLIB_SKIP for a in ('--skip', f)]
    run = driver(root, '--json', *skips, *STDLIB_FILES)
    report = json.loads(run.stdout)
    names = {f['function'] for r in report['files'] for f in r['functions']}
    expected = {'buf_copy', 'buf_append', 'buf_set', 'buf_get', 'buf_format_sink',
                'str_slice', 'str_find', 'str_next_token', 'parse_magnitude',
                'str_parse_i64', 'str_parse_u64'}
    missing = expected - names
    if missing:
        print(f'FAIL: no goals for {sorted(missing)}')
        return 1
    if run.returncode != 0 or not report['ok']:
        print(f'FAIL: stdlib proof not complete (status {run.returncode})')
        return 1
    return 0


def expect_status(root, path, status):
    run = driver(root, '--timeout', '3', path)
    if run.returncode != status:
        print(f'FAIL: {path}: status {run.returncode}, expected {status}')
        return 1
    return 0


def main():
    mode, root = sys.argv[1], os.path.abspath(sys.argv[2])
    if shutil.which('frama-c') is None:
        print('frama-c is not installed: skipped')
        return SKIP
    if mode == 'stdlib':
        return test_stdlib(root)
    if mode == 'wrong':
        return expect_status(root, 'verifier/prove/tests/wrong_copy.c', 1)
    if mode == 'malformed':
        return expect_status(root, 'verifier/prove/tests/not_c.c', 2)
    print(f'unknown mode {mode}')
    return 2


if __name__ == '__main__':
    sys.exit(main())
