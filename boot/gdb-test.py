#!/usr/bin/env python3
"""gdb-test.py — `./insula debug --hosted` end to end, without a person.

Runs `./insula debug --hosted` (stdin not a terminal: it builds, writes its
gdb script and prints `gdb -x FILE`), then gdb in batch mode on that script:
a breakpoint on the kernel's console-write ABI entry, `run`, and at each stop
`insula-sips` and a backtrace, until a backtrace passes through a frame in
the hello SIP's main. Passes when that frame is named `main` from
sip/hello/main.c, and its pc lies inside main as hello.elf's own symbol
table places it, moved by the image base the kernel logged for hello —
so the symbols are loaded at the right place, not merely loaded.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

# Runs inside gdb: stops at the ABI entry until hello's main is on the stack.
GDB_DRIVER = r'''
import gdb
gdb.execute("break abi_console_write")
gdb.execute("run")
for stop in range(40):
    gdb.execute("insula-sips")
    frame = gdb.newest_frame()
    while frame is not None:
        sal = frame.find_sal()
        if frame.name() == "main" and sal.symtab and sal.symtab.filename.endswith("hello/main.c"):
            print("HELLO-FRAME pc=%#x line=%d" % (frame.pc(), sal.line))
            print("INFO-SYMBOL " + gdb.execute("info symbol %#x" % frame.pc(), to_string=True).strip())
            gdb.execute("kill")
            raise SystemExit
        frame = frame.older()
    gdb.execute("continue")
print("NO-HELLO-FRAME")
gdb.execute("kill")
'''


def fail(msg, *logs):
    print(f"gdb-test: FAIL: {msg}")
    for log in logs:
        print(log)
    sys.exit(1)


def symbol_range(elf, name, nm):
    """(start, size) of the function `name` in elf, from its symbol table
    (under CFI the body is NAME.cfi)."""
    out = subprocess.run([nm, "--print-size", "--defined-only", elf], capture_output=True,
                         text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "Tt" and parts[3] in (name, name + ".cfi"):
            return int(parts[0], 16), int(parts[1], 16)
    fail(f"{elf}: no function {name}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--insula", required=True)
    p.add_argument("--build", required=True)
    p.add_argument("--nm", default="llvm-nm-19")
    a = p.parse_args()
    env = dict(os.environ, INSULA_BUILD=a.build, CI="true")
    prep = subprocess.run([a.insula, "debug", "--hosted"], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, timeout=600)
    m = re.search(r"gdb -x (\S+)", prep.stdout)
    if prep.returncode != 0 or not m:
        fail(f"./insula debug --hosted: status {prep.returncode}, no gdb script named",
             prep.stdout, prep.stderr)
    script = m.group(1)
    log = os.path.join(os.path.dirname(script), "console.log")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(GDB_DRIVER)
    try:
        # Without hello's main on the stack by its last console write, the
        # boot idles in the shell and `continue` never returns: a timeout.
        run = subprocess.run(["gdb", "-nx", "-batch", "-x", script, "-x", f.name],
                             stdin=subprocess.DEVNULL, capture_output=True, text=True,
                             timeout=60)
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else e.stdout or ""
        fail("gdb never stopped with hello's main on the stack (60 s)", out)
    finally:
        os.unlink(f.name)
    out = run.stdout + run.stderr
    console = open(log, errors="replace").read() if os.path.exists(log) else ""
    frame = re.search(r"HELLO-FRAME pc=(0x[0-9a-f]+) line=(\d+)", out)
    if not frame:
        fail("no stop with hello's main on the stack", out, console)
    bases = [int(b, 16) for b in
             re.findall(r"loader: \S+ image hello\.sip at (0x[0-9a-f]+)", console)]
    if not bases:
        fail("the console log has no load line for hello.sip", console)
    pc = int(frame.group(1), 16)
    start, size = symbol_range(os.path.join(a.build, "sip", "hello.elf"), "main", a.nm)
    inside = [b for b in bases if b + start <= pc < b + start + size]
    if not inside:
        fail(f"pc {pc:#x} is inside main at no logged base {[hex(b) for b in bases]} "
             f"(main at +{start:#x}, {size:#x} bytes)", out)
    base = inside[0]
    if not re.search(r"INFO-SYMBOL main(\.cfi|\[cfi\])? \+ \d+ in section \.text of \S*hello\.elf", out):
        fail("info symbol does not name main in hello.elf", out)
    print(f"gdb-test: ok: hello's main at {pc:#x} (image base {base:#x}, "
          f"main at +{start:#x}), line {frame.group(2)} of sip/hello/main.c")


if __name__ == "__main__":
    main()
