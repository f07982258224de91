"""Boot scenarios: one small file per boot test (boot/scenarios/NAME.scenario).

One statement per line, `KEY VALUE`; the value is the rest of the line,
verbatim (so patterns may hold spaces and `#`). Blank lines and lines
starting with `#` are ignored.

    platform pc|hosted        where it boots (default pc)
    iso NAME                  pc only: boot BUILD/boot/NAME through GRUB
    config FILE               a boot configuration (from the source root):
                              its modules are init, FILE and each image it
                              names, found by init's parser; the kernel gets
                              insula.config=BASENAME unless it is boot.conf
    config-errors N           FILE is expected to have exactly N errors
                              (it is booted anyway: init skips bad entries)
    module FILE[=ARGS]        one more module, a file from the source root
    image PATTERN...          more modules: BUILD/sip/PATTERN, globs allowed
                              (each pattern must match)
    cmdline WORDS             kernel command-line words (lines add up)
    expect pass|fail|panic|reached    the outcome (default pass)
    until REGEX               stop when the log matches (outcome `reached`)
    tap                       the log is TAP: the plan complete, all ok
    symbols                   symbolize kernel backtraces (BUILD/kernel/kernel.elf)
    sip-symbols               resolve NAME+0xOFF in SIP reports (BUILD/sip/NAME.elf)
    log REGEX                 must match a line after the previous `log` match:
                              the `log` lines are expected in this order
    log-anywhere REGEX        must match somewhere (lines whose order the
                              scheduler decides)
    reject REGEX              must match nowhere
    timeout SECONDS           (default 240)
    disk-sectors N            attach a virtio block device of N sectors, each
                              filled by boot/disk_pattern.py (virtio-blk-pci
                              on pc, the file-backed model on hosted)
    disk-fill SEED            the pattern's seed at boot (default 1)
    disk-expect SEED          the seed every sector must hold after the run
    disk-fault KIND@N         hosted: the model injects a fault at request N
    memory SIZE               pc: QEMU's memory (default 128M)
    config-set SIP KEY = VALUE    the configuration booted is a copy with
                              `KEY = VALUE` set in sip SIP's block (the
                              key's line replaced, or added: e.g. a
                              platform's kill-after times)
    include FILE              the statements of FILE (beside this one)

A disk with a file system (boot/disk_scenario.py): an ext2 image made on
the host by `mke2fs -t ext2 -d TREE` before the boot, checked after it.

    disk-ext2 TREE            TREE: a folder of the source tree, or
                              `SCRIPT.py ARGS...`, which writes the tree
                              (`python3 SCRIPT.py tree DIR ARGS...`)
    disk-size SIZE BLOCK      mke2fs's size and block size (default 4M 1024)
    disk-module NAME          give the image as boot module NAME (the RAM
                              disk reads it; its dump lines are written back
                              into it before the checks) instead of
                              attaching it as the virtio block device
    fsck clean|repair         after the run `e2fsck -fn` must find the image
                              clean (repair: `e2fsck -fy` first, exit 0 or 1)
    disk-file PATH SIZE SEED  after the run PATH holds what `files write PATH
                              SIZE SEED` writes (read by debugfs)
    disk-absent PATH          after the run debugfs finds no PATH
    sha256-lines N            every `HEX  PATH` line of the log is the
                              SHA-256 of PATH's content (the tree's file or
                              its `disk-file`), at least N of them, one for
                              each `disk-file`
    unpromised REGEX          paths (group 1 of each match in the log) whose
                              content is not promised: their `disk-file`
                              and sha256 checks are skipped (a failed write)

More checks of the log, and of a host program run after the boot:

    count-equal REGEX == REGEX    as many matches of the one as of the other
    host-run PROGRAM ARGS     after the boot, run BUILD/PROGRAM (`{tree}`:
                              the disk's tree); it must exit 0; its output
                              follows the log for `same`
    same REGEX == REGEX       group 1 of the first match of each is the same
                              (in the log and the host program's output)

One test per platform: a file per platform, the shared statements in an
`include`d `.inc` (tests keep the names NAME-pc, NAME-hosted).

Through a terminal, as a person types (boot/terminal_scenario.py): instead
of booting the kernel itself, the test runs `./insula WORDS` in a detached
tmux session and types into it; `platform` still picks the test's suite.

    tmux WORDS                run `./insula WORDS` (e.g. `run --hosted`); its
                              exit status is shown as INSULA-EXIT=N at the end
    disk-ext2 DIR             make an ext2 image of DIR (from the source root)
                              with mke2fs and add `--disk IMAGE` to WORDS
    type TEXT                 type TEXT as it stands (trailing spaces kept:
                              end it with a key from `keys`)
    keys KEY...               press tmux keys: Enter, Left, BSpace, Up, C-u ...
    screen REGEX              wait (up to `timeout`) until REGEX matches the
                              screen after the previous `screen` match
    reject REGEX              as above: the final screen must not match

`type`, `keys` and `screen` run in the order written.

Under a debugger (boot/gdb_scenario.py):

    debug                     run `./insula debug` (`--hosted` on hosted; on
                              pc QEMU waits for gdb on a free port) and drive
                              gdb in batch mode
    gdb-frame SIP FUNCTION FILE   stop at the kernel's console-write entry,
                              `insula-sips`, until FUNCTION of FILE is on the
                              stack; pass when its pc lies inside FUNCTION as
                              BUILD/sip/SIP.elf places it at the image base
                              the kernel logged for SIP (symbols loaded at
                              the right place, not merely loaded)

Errors: `FILE:LINE:COL: error: [SCENARIO] ...`.
"""
import glob
import os
import re

import config_modules

SINGLE = {"platform", "iso", "config", "config-errors", "expect", "until", "timeout",
          "disk-sectors", "disk-fill", "disk-expect", "disk-fault", "tmux", "disk-ext2",
          "gdb-frame", "memory", "disk-size", "disk-module", "fsck", "sha256-lines", "host-run"}
LISTS = {"module", "image", "cmdline", "log", "log-anywhere", "reject", "config-set",
         "disk-file", "disk-absent", "unpromised", "count-equal", "same"}
FLAGS = {"tap", "symbols", "sip-symbols", "debug"}
STEPS = {"type", "keys", "screen"}    # kept in order, in s["steps"]
CHOICES = {"platform": {"pc", "hosted"}, "expect": {"pass", "fail", "panic", "reached"},
           "fsck": {"clean", "repair"}}
SHAPES = {    # statement: (pattern of its value, what the error says it needs)
    "disk-size": (r"\S+ \d+", "disk-size needs SIZE BLOCK"),
    "disk-file": (r"/\S* \d+ \d+", "disk-file needs /PATH SIZE SEED"),
    "disk-absent": (r"/\S*", "disk-absent needs /PATH"),
    "disk-module": (r"[\w.-]+", "disk-module needs a module name"),
    "memory": (r"\d+[MG]", "memory needs SIZE (e.g. 256M)"),
    "config-set": (r"[\w-]+ [\w-]+ = .+", "config-set needs SIP KEY = VALUE"),
    "count-equal": (r".+ == .+", "count-equal needs REGEX == REGEX"),
    "same": (r".+ == .+", "same needs REGEX == REGEX"),
}


class ScenarioError(Exception):
    pass


def _error(path, number, column, message):
    return ScenarioError(f"{path}:{number}:{column}: error: [SCENARIO] {message}")


def _check_value(path, number, key, value):
    column = len(key) + 2
    if key in CHOICES and value not in CHOICES[key]:
        raise _error(path, number, column, f"{key} must be one of {', '.join(sorted(CHOICES[key]))}")
    if key in SHAPES and not re.fullmatch(SHAPES[key][0], value):
        raise _error(path, number, column, SHAPES[key][1])
    if key in ("config-errors", "timeout", "disk-sectors", "disk-fill", "disk-expect",
               "sha256-lines") and \
            not value.isdigit():
        raise _error(path, number, column, f"{key} must be a number")
    if key == "gdb-frame" and len(value.split()) != 3:
        raise _error(path, number, column, "gdb-frame needs SIP FUNCTION FILE")
    if key in ("until", "log", "log-anywhere", "reject", "screen", "unpromised",
               "count-equal", "same"):
        for pattern in value.split(" == ") if key in ("count-equal", "same") else [value]:
            try:
                groups = re.compile(pattern).groups
            except re.error as e:
                raise _error(path, number, column, f"bad pattern: {e}") from None
            if key in ("unpromised", "same") and groups < 1:
                raise _error(path, number, column, f"{key}: the pattern needs a group")


def _statements(path, depth=0):
    """(path, line number, key, value) of every statement, includes expanded."""
    if depth > 4:
        raise ScenarioError(f"{path}: error: [SCENARIO] includes nested too deep")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        key, _, value = text.partition(" ")
        # `type` keeps its text as written (spaces inside and at the end).
        value = line.lstrip().partition(" ")[2] if key == "type" else value.strip()
        if key == "include":
            yield from _statements(os.path.join(os.path.dirname(path), value), depth + 1)
            continue
        if key not in SINGLE | LISTS | FLAGS | STEPS:
            raise _error(path, number, 1, f"unknown statement '{key}'")
        if (key in FLAGS) != (value == ""):
            raise _error(path, number, 1, f"'{key}' " +
                         ("takes no value" if key in FLAGS else "needs a value"))
        _check_value(path, number, key, value)
        yield path, number, key, value


def load(path):
    """The scenario as a dict: single keys to str, list keys to lists, flags to bool."""
    s = {key: [] for key in LISTS}
    s.update({key: False for key in FLAGS})
    s["steps"] = []
    s.update({"platform": "pc", "expect": "pass", "timeout": "240"})
    seen = {}
    for where, number, key, value in _statements(path):
        if key in SINGLE:
            if key in seen:
                raise _error(where, number, 1, f"'{key}' is given twice (first at line {seen[key]})")
            seen[key] = number
            s[key] = value
        elif key in LISTS:
            s[key].append(value)
        elif key in STEPS:
            s["steps"].append((key, value))
        else:
            s[key] = True
    _check_kind(path, s)
    if s.get("iso") and s["platform"] != "pc":
        raise ScenarioError(f"{path}: error: [SCENARIO] 'iso' boots on pc only")
    if s.get("iso") and (s.get("config") or s["module"] or s["image"] or s["cmdline"]):
        raise ScenarioError(f"{path}: error: [SCENARIO] an ISO carries its own modules and "
                            "command line")
    return s


def _check_kind(path, s):
    """A scenario boots the kernel, drives a terminal (tmux) or a debugger
    (debug): each kind takes its own statements."""
    terminal, debugger = bool(s.get("tmux")), s["debug"]
    if terminal and debugger:
        raise ScenarioError(f"{path}: error: [SCENARIO] 'tmux' and 'debug' do not mix")
    if s["steps"] and not terminal:
        raise ScenarioError(f"{path}: error: [SCENARIO] 'type', 'keys' and 'screen' need 'tmux'")
    _check_disk(path, s)
    boot_only = [k for k in BOOT_ONLY if s.get(k)]
    if (terminal or debugger) and boot_only:
        raise ScenarioError(f"{path}: error: [SCENARIO] '{boot_only[0]}' is for scenarios "
                            "that boot the kernel themselves (no tmux, no debug)")
    if debugger != bool(s.get("gdb-frame")):
        raise ScenarioError(f"{path}: error: [SCENARIO] 'debug' and 'gdb-frame' go together")
    if (terminal or debugger) and (s.get("iso") or s["module"] or s["image"] or s["log"]
                                   or s["log-anywhere"] or s.get("until")):
        raise ScenarioError(f"{path}: error: [SCENARIO] a 'tmux' or 'debug' scenario boots "
                            "what ./insula boots: no iso, module, image, log or until")


BOOT_ONLY = ["disk-module", "fsck", "disk-file", "disk-absent", "sha256-lines", "unpromised",
             "count-equal", "same", "host-run", "config-set", "memory"]
NEED_DISK = ["disk-size", "disk-module", "fsck", "disk-file", "disk-absent"]


def _check_disk(path, s):
    """The disk statements: one kind of disk, and what needs an ext2 one."""
    if s.get("disk-ext2") and s.get("disk-sectors"):
        raise ScenarioError(f"{path}: error: [SCENARIO] 'disk-ext2' and 'disk-sectors' are "
                            "two disks: one only")
    needing = [k for k in NEED_DISK if s.get(k)]
    if needing and not s.get("disk-ext2"):
        raise ScenarioError(f"{path}: error: [SCENARIO] '{needing[0]}' needs 'disk-ext2'")
    if s["config-set"] and not s.get("config"):
        raise ScenarioError(f"{path}: error: [SCENARIO] 'config-set' needs 'config'")


def count_problems(s, text):
    """`count-equal`: as many matches of the one pattern as of the other."""
    problems = []
    for line in s["count-equal"]:
        one, other = line.split(" == ", 1)
        a, b = len(re.findall(one, text, re.M)), len(re.findall(other, text, re.M))
        print(f"--- {a} of /{one}/, {b} of /{other}/")
        if a != b:
            problems.append(f"{a} match(es) of /{one}/ but {b} of /{other}/")
    return problems


def same_problems(s, text):
    """`same`: group 1 of the first match of each pattern is the same."""
    problems = []
    for line in s["same"]:
        found = [re.search(p, text, re.M) for p in line.split(" == ", 1)]
        if not all(found) or found[0].group(1) != found[1].group(1):
            problems.append(f"not the same: {line} "
                            f"({' vs '.join(m.group(1) if m else 'no match' for m in found)})")
    return problems


def set_in_config(s, source, tmp):
    """The configuration to boot: the scenario's, or a copy in tmp (same
    name) with each `config-set SIP KEY = VALUE` set in sip SIP's block
    (its KEY line replaced, or the line added when the block has none)."""
    config = os.path.join(source, s["config"])
    if not s["config-set"]:
        return config
    if tmp is None:
        raise ScenarioError("config-set: no folder for the configuration's copy")
    with open(config, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for setting in s["config-set"]:
        sip, assignment = setting.split(" ", 1)
        start = [i for i, line in enumerate(lines)
                 if re.fullmatch(r"sip\s+%s\s*\{\s*" % re.escape(sip), line)]
        end = [i for i, line in enumerate(lines) if start and i > start[0] and line.strip() == "}"]
        if not end:
            raise ScenarioError(f"config-set {setting}: {s['config']} has no block 'sip {sip} {{'")
        key = assignment.split("=", 1)[0].strip()
        same = [i for i in range(start[0] + 1, end[0])
                if re.match(r"\s*%s\s*=" % re.escape(key), lines[i])]
        if same:
            lines[same[0]] = "    " + assignment
        else:
            lines.insert(end[0], "    " + assignment)
    copy = os.path.join(tmp, os.path.basename(config))
    with open(copy, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return copy


def in_order_problems(patterns, log):
    """Problems of the `log` lines: each must match after the previous match."""
    problems, position = [], 0
    for pattern in patterns:
        m = re.compile(pattern, re.M).search(log, position)
        if m:
            position = m.end()
        elif re.search(pattern, log, re.M):
            problems.append(f"log has /{pattern}/ only before the line expected before it")
        else:
            problems.append(f"log lacks /{pattern}/")
    return problems


def modules(s, build, source, tmp=None):
    """The modules of a scenario as paths: its configuration's (init, the
    configuration, its images), then its own `module` and `image` lines."""
    found = []
    if s.get("config"):
        config = set_in_config(s, source, tmp)
        found += config_modules.modules(build, config, "config-errors" in s, shown=s["config"])
    found += [os.path.join(source, m) for m in s["module"]]
    for pattern in " ".join(s["image"]).split():
        matches = sorted(glob.glob(os.path.join(build, "sip", pattern)))
        if not matches:
            raise ScenarioError(f"image {pattern}: no such image in {build}/sip")
        found += [m for m in matches if m not in found]
    return found


def cmdline(s):
    """The kernel command line: insula.config=NAME for a configuration other
    than boot.conf, then the `cmdline` words."""
    words = " ".join(s["cmdline"]).split()
    if s.get("config") and os.path.basename(s["config"]) != "boot.conf":
        words.insert(0, "insula.config=" + os.path.basename(s["config"]))
    return " ".join(words)
