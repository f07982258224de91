#!/usr/bin/env python3
"""Copy a sealed SIP image and flip one byte inside its first executable
segment, leaving the seal as it was: a tampered image for the loader tests.

    tamper.py IN.sip OUT.sip
"""
import struct
import sys


def first_exec_segment(data):
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        p_type, p_flags, p_offset, _, _, p_filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize)
        if p_type == 1 and p_flags & 1 and p_filesz > 0:
            return p_offset, p_filesz
    raise SystemExit("tamper.py: no executable segment")


def main():
    src, dst = sys.argv[1:3]
    data = bytearray(open(src, "rb").read())
    offset, size = first_exec_segment(data)
    data[offset + size // 2] ^= 0x01
    open(dst, "wb").write(data)


if __name__ == "__main__":
    main()
