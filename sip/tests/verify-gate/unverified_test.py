#!/usr/bin/env python3
"""sip-unverified-refused: every SIP (or file) the build exempts from the
verifier really is outside the subset, so no exemption is left standing
once its reason is gone.

  unverified_test.py NAME SOURCE... -- SIPCHECK ARGS... @INPUT@ ...

Runs the build's sipcheck command line on NAME's sources (in place of
'@INPUT@'); it must refuse them: status 1 and at least one SIP-* finding.
"""
import subprocess
import sys


def main():
    if '--' not in sys.argv:
        print('usage: unverified_test.py NAME SOURCE... -- SIPCHECK ARGS... @INPUT@ ...')
        return 2
    sep = sys.argv.index('--')
    name, sources, command = sys.argv[1], sys.argv[2:sep], sys.argv[sep + 1:]
    if not sources or '@INPUT@' not in command:
        print('usage: unverified_test.py NAME SOURCE... -- SIPCHECK ARGS... @INPUT@ ...')
        return 2
    at = command.index('@INPUT@')
    args = command[:at] + sources + command[at + 1:]
    r = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if r.returncode == 1 and ': error: [SIP-' in r.stderr:
        rules = sorted({line.split('[', 1)[1].split(']', 1)[0]
                        for line in r.stderr.splitlines() if ': error: [SIP-' in line})
        print(f'{name}: refused by the verifier ({", ".join(rules)}): its exemption stands')
        return 0
    print(f'FAIL: {name}: sipcheck status {r.returncode}, want 1 with SIP-* findings: '
          'if it is now in the subset, take it off the exemption list')
    print(r.stdout + r.stderr)
    return 1


if __name__ == '__main__':
    sys.exit(main())
