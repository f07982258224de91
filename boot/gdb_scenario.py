"""gdb_scenario.py — a boot scenario under the debugger (the statements
`debug` and `gdb-frame SIP FUNCTION FILE`: boot/scenario.py), called by
boot/qemu-test.py: `./insula debug` end to end, without a person.

hosted: `./insula debug --hosted` with stdin not a terminal builds, writes
its gdb script and prints `gdb -x SCRIPT`; gdb runs the hosted kernel.
pc: `./insula debug` starts QEMU stopped, its gdb stub on a free port, and
prints the same line; gdb attaches. Then gdb in batch mode: a breakpoint on
the kernel's console-write ABI entry and, at each stop, `insula-sips` and a
walk of the stack, until a frame of FUNCTION from FILE is on it. Passes when
that frame's pc lies inside FUNCTION as BUILD/sip/SIP.elf's own symbol
table places it, moved by an image base the kernel logged for SIP.sip — so
the symbols are loaded at the right place, not merely loaded.
"""
import os
import re
import signal
import subprocess
import tempfile
import threading
import time

# Runs inside gdb (FUNCTION and FILE filled in): stops at the ABI entry
# until the frame is on the stack.
GDB_DRIVER = r'''
import gdb

def found():
    frame = gdb.newest_frame()
    while frame is not None:
        sal = frame.find_sal()
        if frame.name() == %(function)r and sal.symtab and sal.symtab.filename.endswith(%(file)r):
            return frame, sal
        frame = frame.older()
    return None, None

gdb.execute("break abi_console_write")
gdb.execute("%(start)s")
pc = None
for stop in range(60):
    gdb.execute("insula-sips")
    frame, sal = found()
    if frame is not None:
        pc = frame.pc()
        print("FOUND-FRAME pc=%%#x line=%%d" %% (pc, sal.line))
        print("INFO-SYMBOL " + gdb.execute("info symbol %%#x" %% pc, to_string=True).strip())
        break
    gdb.execute("continue")
# Once that SIP has ended, insula-sips drops its symbols: the pc is no
# longer inside it.
for stop in range(200):
    if pc is None:
        break
    gdb.execute("continue")
    said = gdb.execute("insula-sips", to_string=True)
    if said.strip():
        print(said.strip())
    if "ended; its symbols" in said:
        where = gdb.execute("info symbol %%#x" %% pc, to_string=True).strip()
        if not where.startswith(%(function)r):
            print("AFTER-END " + where)
            break
print("DRIVER-DONE" if pc is not None else "NO-FRAME")
gdb.execute("kill")
'''
GDB_SECONDS = 120    # a wrong offset fails clearly instead of timing the suite out


def symbol_range(elf, name, nm="llvm-nm-19"):
    """(start, size) of the function `name` in elf (under CFI the body is
    NAME.cfi), or None."""
    out = subprocess.run([nm, "--print-size", "--defined-only", elf], capture_output=True,
                         text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "Tt" and parts[3] in (name, name + ".cfi"):
            return int(parts[0], 16), int(parts[1], 16)
    return None


def start_debug(insula, build, hosted):
    """Starts `./insula debug`; returns (process or None, gdb script, its output)."""
    env = dict(os.environ, INSULA_BUILD=build, CI="true")
    command = [insula, "debug"] + (["--hosted"] if hosted else [])
    if hosted:
        r = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           env=env, timeout=600)
        m = re.search(r"gdb -x (\S+)", r.stdout)
        return None, m.group(1) if m else None, r.stdout + r.stderr
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True)
    seen = ""
    deadline = time.time() + 600
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen += line
        m = re.search(r"gdb -x (\S+)", line)
        if m:
            # The console goes on arriving here (it is logged to a file too):
            # keep reading, or QEMU blocks on a full pipe.
            threading.Thread(target=proc.stdout.read, daemon=True).start()
            return proc, m.group(1), seen
    return proc, None, seen


def stop_debug(proc):
    if proc is None:
        return
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def run_gdb(script, frame_function, frame_file, hosted):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(GDB_DRIVER % {"start": "run" if hosted else "continue",
                              "function": frame_function, "file": frame_file})
    try:
        r = subprocess.run(["gdb", "-nx", "-batch", "-x", script, "-x", f.name],
                           stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=GDB_SECONDS)
        return r.stdout + r.stderr, None
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else e.stdout or ""
        return out, f"gdb never stopped with {frame_function} on the stack ({GDB_SECONDS} s)"
    finally:
        os.unlink(f.name)


def judge(out, console, build, sip, function):
    """Problems of the stop gdb reported (empty: the frame is where it should be)."""
    frame = re.search(r"FOUND-FRAME pc=(0x[0-9a-f]+) line=(\d+)", out)
    if not frame:
        return [f"no stop with {function} of {sip} on the stack"]
    bases = [int(b, 16) for b in
             re.findall(r"loader: \S+ image " + re.escape(sip) + r"\.sip at (0x[0-9a-f]+)",
                        console)]
    if not bases:
        return [f"the console log has no load line for {sip}.sip"]
    elf = os.path.join(build, "sip", sip + ".elf")
    where = symbol_range(elf, function)
    if where is None:
        return [f"{elf}: no function {function}"]
    pc, (start, size) = int(frame.group(1), 16), where
    if not any(b + start <= pc < b + start + size for b in bases):
        return [f"pc {pc:#x} is inside {function} at no logged base "
                f"{[hex(b) for b in bases]} ({function} at +{start:#x}, {size:#x} bytes)"]
    named = r"(\.cfi|\[cfi\])? \+ \d+ in section \.text of \S*" + re.escape(sip) + r"\.elf"
    if not re.search(r"INFO-SYMBOL " + re.escape(function) + named, out):
        return [f"info symbol does not name {function} in {sip}.elf"]
    base = next(b for b in bases if b + start <= pc < b + start + size)
    if not re.search(rf"insula-sips: \S+: ended; its symbols at {base:#x} dropped", out):
        return [f"insula-sips never dropped the symbols at {base:#x} after {sip} ended"]
    after = re.search(r"AFTER-END (.*)", out)
    if not after or re.search(re.escape(function) + named, after.group(1)):
        return [f"after {sip} ended, gdb still places {pc:#x} in {function} of {sip}.elf"]
    return []


def run(s, insula, build):
    """Runs a debug scenario; returns (problems, text for the report)."""
    hosted = s["platform"] == "hosted"
    sip, function, frame_file = s["gdb-frame"].split()
    proc, script, prep = start_debug(insula, build, hosted)
    if script is None:
        stop_debug(proc)
        return [f"./insula debug named no gdb script"], prep
    try:
        out, problem = run_gdb(script, function, frame_file, hosted)
    finally:
        stop_debug(proc)
    log = os.path.join(os.path.dirname(script), "console.log")
    console = open(log, errors="replace").read() if os.path.exists(log) else ""
    text = f"{prep}--- gdb ---\n{out}--- console ---\n{console}"
    if problem:
        return [problem], text
    return judge(out, console, build, sip, function), text
