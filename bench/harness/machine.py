"""Facts about the machine and the tree a run used."""
import datetime
import os
import re
import socket
import subprocess


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
        return m.group(1).strip() if m else "unknown"
    except OSError:
        return "unknown"


def git_commit(source):
    """The commit of the source tree (with '-dirty' if changed), or None."""
    try:
        head = subprocess.run(["git", "-C", source, "rev-parse", "HEAD"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if head.returncode != 0:
            return None
        dirty = subprocess.run(["git", "-C", source, "status", "--porcelain",
                                "--untracked-files=no"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        return head.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")
    except OSError:
        return None


def host_name():
    return re.sub(r"[^A-Za-z0-9.-]", "_", socket.gethostname()) or "host"


def now():
    return datetime.datetime.now().astimezone()


def describe(source):
    return {"cpu_model": cpu_model(), "cpus": os.cpu_count(), "host": host_name(),
            "kernel": os.uname().release, "git_commit": git_commit(source)}
