#!/usr/bin/env python3
"""tmux-shell-test.py — types into `./insula run` as a person would and
judges the screen.

    tmux-shell-test.py --insula ./insula --build BUILD [--hosted] [--timeout S]

Starts `./insula run [--hosted]` in a detached tmux session on a private
server (its own socket), waits for the shell's prompt, then types commands
— with line editing (Left, Backspace, Ctrl-U) and history (Up) — and checks
what each prints. Near the end `reboot` must boot the machine again, and the
last command, `halt`, must end the run with exit status 0. Every step has a deadline; on a failure the whole screen
history is printed.
"""
import argparse
import os
import re
import subprocess
import sys
import time

PROMPT = "insula> "


class Screen:
    def __init__(self, socket, session):
        self.socket, self.session = socket, session

    def tmux(self, *args, check=True):
        return subprocess.run(["tmux", "-L", self.socket] + list(args), check=check,
                              capture_output=True, text=True)

    def text(self):
        r = self.tmux("capture-pane", "-p", "-J", "-S", "-5000", "-t", self.session, check=False)
        return r.stdout

    def keys(self, *keys):
        self.tmux("send-keys", "-t", self.session, *keys)

    def literal(self, text):
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def wait_for(self, pattern, timeout, count=1):
        """Waits until `pattern` occurs `count` times on the screen."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if len(re.findall(pattern, self.text(), re.M)) >= count:
                return True
            time.sleep(0.3)
        return False


def run_steps(screen, timeout):
    """Each step: keys to type, then a pattern and how often it must appear."""
    checks = []

    def step(keys, pattern, count=1, literal=None):
        if literal is not None:
            screen.literal(literal)
        if keys:
            screen.keys(*keys)
        if not screen.wait_for(pattern, timeout, count):
            raise AssertionError(f"after typing {literal or ''!r} {keys}: "
                                 f"expected {pattern!r} {count} time(s)")
        checks.append(pattern)

    if not screen.wait_for(r"insula: booting .*quit with 'halt' in the shell", timeout):
        raise AssertionError("./insula run did not say how to quit before booting")
    step([], r"^shell: type 'help'")
    step([], re.escape(PROMPT))
    # help, typed with a mistake fixed by Left and Backspace: "hxelp" -> "help".
    step(["Left", "Left", "Left", "BSpace", "Enter"], r"^  halt +stop the machine",
         literal="hxelp")
    step(["Enter"], r"^ +\d+ init +running .*\n +\d+ nameservice +running .*\n"
         r"(?: +\d+ .*\n)* +\d+ shell +running", literal="ps")
    # Ctrl-U drops what was typed.
    screen.literal("garbage")
    screen.keys("C-u")
    step(["Enter"], r"^frames: \d+ free of \d+", literal="mem")
    if "garbage: unknown command" in screen.text():
        raise AssertionError("Ctrl-U did not clear the line")
    # History: Up twice brings back "ps".
    step(["Up", "Up", "Enter"], r"^ +ID NAME +STATE", count=2)
    step(["Enter"], r"^start: hello started as SIP \d+$", literal="start hello typed in tmux")
    # hello writes while the prompt waits: its line may follow the prompt.
    step([], r"hello: Hello from a sealed SIP: typed in tmux$")
    step(["Enter"], r"^names: nothing is published", literal="names")
    step(["Enter"], r"^log: hello\.sip exited with code 0", literal="log")
    # The log holds what the kernel and the SIPs wrote: "start" again.
    step([], r"^start: hello started as SIP \d+$", count=2)
    step(["Enter"], r"^bench: channel round trip between two threads .*: \d+ ns",
         literal="bench")
    step(["Enter"], r"^nosuch: unknown command; 'help' lists them", literal="nosuch")
    step(["Enter"], r"^kill: SIP 1 was not started by this shell", literal="kill 1")
    # reboot starts the machine again: a second boot, a second prompt.
    step(["Enter"], r"^kernel: reboot requested by shell\[\d+\]", literal="reboot")
    step([], r"^Insula \S+ on ", count=2)
    step([], r"^shell: type 'help'", count=2)
    step(["Enter"], r"^kernel: halt requested by shell\[\d+\]", literal="halt")
    step([], r"^INSULA-EXIT=0$")
    return checks


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--insula", required=True)
    p.add_argument("--build", required=True)
    p.add_argument("--hosted", action="store_true")
    p.add_argument("--timeout", type=float, default=120)
    a = p.parse_args()
    socket = f"insula-test-{os.getpid()}"
    session = "shell"
    screen = Screen(socket, session)
    run = f"{a.insula} run" + (" --hosted" if a.hosted else "")
    command = (f"INSULA_BUILD={a.build} CI=true {run}; echo INSULA-EXIT=$?; sleep 600")
    screen.tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50", command)
    try:
        checks = run_steps(screen, a.timeout)
        print(f"ok: {len(checks)} screen checks passed")
        return 0
    except AssertionError as e:
        print(f"FAIL: {e}\n--- screen ---\n{screen.text()}")
        return 1
    finally:
        screen.tmux("kill-server", check=False)


if __name__ == "__main__":
    sys.exit(main())
