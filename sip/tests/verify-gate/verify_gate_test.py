#!/usr/bin/env python3
"""sip-verify-gate: the SIP build's sipcheck command line works as a gate.

  verify_gate_test.py CLEAN.c VIOLATION.c -- SIPCHECK ARGS...

Runs SIPCHECK ARGS with CLEAN.c (a SIP the build verifies: must pass with
status 0) and with VIOLATION.c (must fail with status 1 and a clang-style
SIP-PTR-ADDR-LOCAL diagnostic). ARGS is the build's command line with
'@INPUT@' where the sources go.
"""
import subprocess
import sys


def run(command, source):
    args = [source if a == '@INPUT@' else a for a in command]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


def main():
    clean, violation, sep, *command = sys.argv[1:]
    if sep != '--' or '@INPUT@' not in command:
        print('usage: verify_gate_test.py CLEAN.c VIOLATION.c -- SIPCHECK ARGS... @INPUT@ ...')
        return 2
    errors = []
    ok = run(command, clean)
    if ok.returncode != 0:
        errors.append(f'{clean}: status {ok.returncode}, want 0\n{ok.stderr}')
    bad = run(command, violation)
    if bad.returncode != 1 or ': error: [SIP-PTR-ADDR-LOCAL]' not in bad.stderr:
        errors.append(f'{violation}: status {bad.returncode}, want 1 with '
                      f'SIP-PTR-ADDR-LOCAL\n{bad.stderr}')
    for e in errors:
        print('FAIL:', e)
    print('the build\'s sipcheck command line passes a clean SIP and refuses a violation'
          if not errors else 'the verifier gate does not work')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
