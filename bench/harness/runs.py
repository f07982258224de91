"""One run of one benchmark program on one platform, as a record.

A record holds the exact command, how the run ended, its protocol lines
and the problems that make the harness fail: a crash, no protocol line,
a malformed line, an Insula run that never ended.
"""
import os
import re

from console import run_console, run_program, tsc_khz
from protocol import parse_output
import platforms
import tax


def record(platform, program, repetition, cmd):
    return {"platform": platform, "program": program, "repetition": repetition,
            "command": cmd, "status": None, "lines": [], "problems": [], "tsc_khz": None}


def judge(rec, ok_status, output, detail=""):
    lines, problems = parse_output(output)
    rec["lines"] = lines
    if rec["status"] != ok_status:
        problems.insert(0, f"{rec['status']}{detail}")
    if not lines and rec["status"] == ok_status:
        problems.append("printed no protocol line" + detail)
    rec["problems"] = [f"{rec['platform']} {rec['program']}: {p}" for p in problems]
    return rec


def run_linux(program, repetition, cpu, quick, samples, timeout):
    name = os.path.basename(program)
    rec = record("linux", name, repetition,
                 platforms.linux_command(program, cpu, quick, samples))
    rec["status"], out, err = run_program(rec["command"], timeout)
    tail = err.strip().splitlines()[-3:]
    return judge(rec, "ok", out, f" ({' / '.join(tail)})" if tail else "")


def run_insula(platform, cmd, repetition, timeout, serial_log=None):
    status, console = run_console(cmd, timeout, serial_log)
    return run_record_of(platform, cmd, status, console, repetition)


def run_record_of(platform, cmd, status, console, repetition=0):
    """The record of an Insula boot that ended with `status` and printed `console`."""
    rec = record(platform, "insula", repetition, cmd)
    rec["status"] = status
    rec["tsc_khz"] = tsc_khz(console)
    detail = _console_tail(console) if rec["status"] != "ended" else _trouble(console)
    judge(rec, "ended", console, detail)
    rec["compute_results"] = {f"{k}/{v}": r for (k, v), r in tax.parse_results(console).items()}
    rec["problems"] += [f"{platform} insula: {p}"
                        for p in tax.result_problems(tax.parse_results(console))]
    if platform == "pc/tcg-icount" or platform.startswith("pc/costmodel"):
        relabel_instructions(rec)
    return rec


def relabel_instructions(rec):
    """Under -icount rdtsc counts guest instructions: say so in the unit."""
    for line in rec["lines"]:
        line["reported_unit"] = line["unit"]
        line["unit"] = "instructions"


TROUBLE = re.compile(r"cannot|error|FAULT|PANIC|killed", re.I)


def _trouble(console):
    """Console lines that say what went wrong (the first three)."""
    found = [line.strip() for line in console.splitlines()
             if TROUBLE.search(line) and not line.startswith("bench: ")][:3]
    return "; console says: " + " / ".join(found) if found else ""


def _console_tail(console):
    tail = [line for line in console.strip().splitlines() if line.strip()][-5:]
    return "; console ends: " + " / ".join(tail) if tail else "; console is empty"
