#!/usr/bin/env python3
"""trusted_symbols.py NM OUTPUT ARCHIVE...: the symbols the archives define
with linkage, one a line (sipcheck --trusted-symbols, SIP-DECL-TRUSTED)."""
import subprocess
import sys


def main():
    nm, output, archives = sys.argv[1], sys.argv[2], sys.argv[3:]
    names = set()
    for archive in archives:
        out = subprocess.run([nm, '--defined-only', '--extern-only', archive],
                             check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            fields = line.split()
            if len(fields) >= 3:
                names.add(fields[-1])
    if not names:
        sys.exit(f'trusted_symbols.py: no symbols in {archives}')
    with open(output, 'w') as f:
        f.write(''.join(n + '\n' for n in sorted(names)))


if __name__ == '__main__':
    main()
