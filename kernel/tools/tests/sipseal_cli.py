#!/usr/bin/env python3
"""sipseal_cli.py — sipseal behaves like a compiler: exit 0/1/2, precise messages.

Usage: sipseal_cli.py SIPSEAL FIXTURE.elf FIXTURE.sip
"""
import os
import subprocess
import sys
import tempfile

failures = 0


def check(cond, what):
    global failures
    if not cond:
        failures += 1
        print(f"FAIL: {what}", file=sys.stderr)


def run(*args):
    p = subprocess.run([SIPSEAL, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def tampered(data, at):
    b = bytearray(data)
    b[at] ^= 0x01
    return bytes(b)


def main():
    global SIPSEAL
    SIPSEAL, elf_path, sip_path = sys.argv[1:4]
    elf = open(elf_path, "rb").read()
    sip = open(sip_path, "rb").read()
    with tempfile.TemporaryDirectory() as tmp:
        def write(name, data):
            path = os.path.join(tmp, name)
            open(path, "wb").write(data)
            return path

        rc, out, err = run("--check", sip_path)
        check(rc == 0 and err == "", f"--check on the good image: rc {rc}, {err!r}")

        bad = write("tampered.sip", tampered(sip, len(elf) // 2))
        rc, out, err = run("--check", bad)
        check(rc == 1, f"--check on a tampered image exits 1 (got {rc})")
        check(err.startswith(bad + ": error: [SIP-IMAGE-SEAL-DIGEST] seal digest mismatch"),
              f"tampered message: {err!r}")

        out_path = os.path.join(tmp, "resealed.sip")
        rc, out, err = run(elf_path, "-o", out_path)
        check(rc == 0, f"sealing the fixture: rc {rc}, {err!r}")
        check(os.path.exists(out_path) and open(out_path, "rb").read() == sip,
              "sealing is deterministic and matches the build's seal")

        rc, out, err = run(sip_path, "-o", os.path.join(tmp, "twice.sip"))
        check(rc == 1 and "already sealed" in err, f"sealing a sealed image: {rc} {err!r}")

        text = write("notelf.elf", b"this is not an ELF file at all, just some text\n" * 4)
        never = os.path.join(tmp, "never.sip")
        rc, out, err = run(text, "-o", never)
        check(rc == 1 and "[SIP-IMAGE-ELF-MAGIC]" in err, f"sealing text: {rc} {err!r}")
        check(not os.path.exists(never), "no output written for a refused image")

        rc, out, err = run("--print", sip_path)
        check(rc == 0 and "fixture" in out and "Console, Fs" in out and "R-X" in out,
              f"--print output: {out!r}")

        rc, out, err = run("--print", bad)
        check(rc == 1 and out == "", "--print refuses a tampered image")

        rc, out, err = run("--check", os.path.join(tmp, "missing.sip"))
        check(rc == 1 and "cannot open" in err, f"missing file: {rc} {err!r}")

        for args in [(), ("--bogus",), ("--check",), (elf_path, "-o"), (elf_path, "-x", "y")]:
            rc, out, err = run(*args)
            check(rc == 2 and "usage:" in err, f"usage error for {args}: rc {rc}")

    print(f"sipseal_cli: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
