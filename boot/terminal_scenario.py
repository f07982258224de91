"""terminal_scenario.py — a boot scenario typed into `./insula` through tmux
(the statements `tmux`, `disk-ext2`, `type`, `keys`, `screen`, `reject`:
boot/scenario.py), called by boot/qemu-test.py.

`./insula WORDS` runs in the source root in a detached tmux session on a
private server (its own socket) with INSULA_BUILD set to the build under
test; after it ends,
the session shows INSULA-EXIT=STATUS. The steps run in order: `type` and
`keys` press keys, `screen` waits until its pattern matches the screen
(the pane with its history) after the previous `screen` match. On a
failure the whole screen is returned for the report.
"""
import os
import re
import shlex
import subprocess
import tempfile
import time

import disk_scenario


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

    def wait_for(self, pattern, position, timeout):
        """The end of the first match of `pattern` at or after `position`,
        waiting up to `timeout` seconds; None if there is none by then."""
        deadline = time.time() + timeout
        regex = re.compile(pattern, re.M)
        while True:
            text = self.text()
            m = regex.search(text, position)
            if m:
                return m.end()
            if time.time() >= deadline or re.search(r"^INSULA-EXIT=\d+$", text, re.M):
                return None    # waited long enough, or ./insula has ended
            time.sleep(0.3)


def run_steps(screen, steps, timeout):
    """Problems of the steps (an empty list: all passed)."""
    position = 0
    typed = []
    for key, value in steps:
        if key == "type":
            screen.literal(value)
            typed.append(repr(value))
        elif key == "keys":
            screen.keys(*value.split())
            typed.append(value)
        else:
            end = screen.wait_for(value, position, timeout)
            if end is None:
                return [f"after typing {' '.join(typed) or 'nothing'}: the screen lacks "
                        f"/{value}/ after the previous match (./insula ended, or "
                        f"{timeout:.0f} s passed)"]
            position, typed = end, []
    return []


def run(s, insula, build, source, timeout):
    """Runs a tmux scenario; returns (problems, screen text)."""
    socket = f"insula-test-{os.getpid()}"
    screen = Screen(socket, "test")
    with tempfile.TemporaryDirectory(prefix="insula-tmux-") as tmp:
        words = s["tmux"]
        if s.get("disk-ext2"):
            tree = disk_scenario.make_tree(source, s["disk-ext2"], tmp)
            image = disk_scenario.make_image(tree, os.path.join(tmp, "disk.img"),
                                             *(s.get("disk-size") or "4M 1024").split())
            words += " --disk " + shlex.quote(image)
        command = (f"INSULA_BUILD={shlex.quote(build)} CI=true {shlex.quote(insula)} {words}; "
                   "echo INSULA-EXIT=$?; sleep 600")
        screen.tmux("new-session", "-d", "-s", "test", "-x", "200", "-y", "50", "-c", source,
                    command)
        try:
            problems = run_steps(screen, s["steps"], timeout)
            text = screen.text()
            for pattern in s["reject"]:
                m = re.search(pattern, text, re.M)
                if m:
                    problems.append(f"screen has /{pattern}/: {m.group(0)!r}")
            return problems, text
        finally:
            screen.tmux("kill-server", check=False)
