#!/usr/bin/env python3
"""Checks a linked SIP image: a static PIE whose entry is _start and which
carries exactly one Insula manifest note of the right size and type.

usage: check_sip_image.py READELF IMAGE
"""
import re
import subprocess
import sys


def readelf(tool, *args):
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True).stdout


def main():
    tool, image = sys.argv[1], sys.argv[2]
    problems = []
    header = readelf(tool, '--file-header', image)
    if not re.search(r'Type:\s+DYN', header):
        problems.append('not a position-independent (ET_DYN) image')
    entry = int(re.search(r'Entry point address:\s+(0x[0-9a-fA-F]+)', header).group(1), 16)
    symbols = readelf(tool, '--symbols', image)
    start = [int(m.group(1), 16) for m in re.finditer(r':\s+([0-9a-f]+)\s+\d+\s+FUNC.*\s_start$',
                                                       symbols, re.M)]
    if start != [entry]:
        problems.append(f'entry {entry:#x} is not _start ({start})')
    notes = readelf(tool, '--notes', image)
    owners = re.findall(r'^\s+Insula\s+(0x[0-9a-fA-F]+)\s+(.*)$', notes, re.M)
    if len(owners) != 1:
        problems.append(f'expected one Insula note, found {len(owners)}')
    elif int(owners[0][0], 16) != 592 or '0x4d414e31' not in owners[0][1]:
        problems.append(f'Insula note has size/type {owners[0]}, expected 0x250 / 0x4d414e31')
    if '.note.insula' not in readelf(tool, '--sections', image):
        problems.append('no .note.insula section')
    for p in problems:
        print(f'{image}: {p}', file=sys.stderr)
    print('check_sip_image:', 'FAILED' if problems else 'ok')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
