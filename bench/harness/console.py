"""Run a program or an Insula boot and capture what it prints.

Linux programs print protocol lines on stdout and end. Insula (hosted on
stdout, pc through QEMU's serial port into a file) keeps running after its
benchmarks: a run is over when the console shows END_MARK.
"""
import os
import re
import subprocess
import tempfile
import time

END_MARK = re.compile(r"^init: every SIP has ended", re.M)
TSC_LINE = re.compile(r"^tsc: ([0-9]+) kHz", re.M)


def run_program(cmd, timeout):
    """Runs a program to its end; returns (status, stdout, stderr)."""
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return f"timeout after {timeout:.1f} s", _text(e.stdout), _text(e.stderr)
    except OSError as e:
        return f"cannot start: {e}", "", ""
    status = "ok" if r.returncode == 0 else describe_status(r.returncode)
    return status, _text(r.stdout), _text(r.stderr)


def describe_status(code):
    if code < 0:
        return f"killed by signal {-code}"
    return f"exit status {code}"


def run_console(cmd, timeout, serial_log=None, give_up=None):
    """Boots Insula; returns (status, console text).

    status is "ended" when END_MARK appeared (the process is then stopped),
    else why not. `serial_log` is the file QEMU writes the serial port to;
    without it the console is the process's stdout. `give_up(text)`, when
    given, may return a reason to stop the boot early ("gave up: REASON").
    """
    with tempfile.TemporaryDirectory(prefix="insula-bench-") as tmp:
        out_path = os.path.join(tmp, "stdout.log")
        log_path = serial_log or out_path
        with open(out_path, "wb") as out:
            try:
                proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
            except OSError as e:
                return f"cannot start: {e}", ""
            status = _wait_for_end(proc, log_path, timeout, give_up)
        text = read_text(log_path)
        if serial_log and status != "ended":
            text += read_text(out_path)
    return status, text


def _wait_for_end(proc, log_path, timeout, give_up=None):
    deadline = time.monotonic() + timeout
    status = f"timeout after {timeout:g} s without 'init: every SIP has ended'"
    while time.monotonic() < deadline:
        text = read_text(log_path)
        if END_MARK.search(text):
            status = "ended"
            break
        reason = give_up(text) if give_up else None
        if reason:
            status = f"gave up: {reason}"
            break
        if proc.poll() is not None:
            if END_MARK.search(read_text(log_path)):
                return "ended"
            return f"{describe_status(proc.returncode)} before 'init: every SIP has ended'"
        time.sleep(0.02)
    proc.kill()
    proc.wait()
    return status


def tsc_khz(text):
    """The TSC rate the kernel reports in its boot log, or None."""
    m = TSC_LINE.search(text)
    return int(m.group(1)) if m else None


def read_text(path):
    try:
        with open(path, "rb") as f:
            return _text(f.read())
    except FileNotFoundError:
        return ""


def _text(data):
    if data is None:
        return ""
    return data.decode(errors="replace").replace("\r\n", "\n")
