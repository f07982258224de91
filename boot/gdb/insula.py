"""insula.py — gdb commands for debugging Insula (docs/hacking.md, "Debugging").

Loaded by the script `./insula debug` writes (gdb -x FILE). A SIP image is a
static PIE linked at 0 and placed by the kernel at an image base of its
choosing; booted with insula.debug=on the kernel logs each one:

    loader: NAME image IMAGE at 0xBASE

`insula-sips [LOG [DIR]]` reads those lines from the console log LOG and, for
each SIP started so far and not yet added, runs
`add-symbol-file DIR/STEM.elf -o BASE` (STEM.elf is the image's unstripped
debug copy). The defaults are the ones `./insula debug` set.
"""
import os
import re

import gdb

LOAD_LINE = re.compile(r"loader: (\S+) image (\S+) at (0x[0-9a-fA-F]+)")
settings = {"log": None, "elf_dir": None}
_added = set()


def configure(log, elf_dir):
    settings["log"] = log
    settings["elf_dir"] = elf_dir


def sip_loads(text):
    """(name, image, base) for each load line of a console log."""
    return [(m.group(1), m.group(2), int(m.group(3), 16))
            for m in LOAD_LINE.finditer(text)]


def elf_for(image, elf_dir):
    stem = image[:-4] if image.endswith(".sip") else image
    return os.path.join(elf_dir, stem + ".elf")


class InsulaSips(gdb.Command):
    """Load the symbols of every SIP started so far at its image base.
Usage: insula-sips [LOG [DIR]]   (defaults: the console log and build/sip)"""

    def __init__(self):
        super().__init__("insula-sips", gdb.COMMAND_FILES)

    def invoke(self, arg, from_tty):
        words = gdb.string_to_argv(arg)
        log = words[0] if words else settings["log"]
        elf_dir = words[1] if len(words) > 1 else settings["elf_dir"]
        if not log or not elf_dir:
            raise gdb.GdbError("insula-sips: usage: insula-sips LOG DIR")
        try:
            with open(log, errors="replace") as f:
                loads = sip_loads(f.read())
        except OSError as e:
            raise gdb.GdbError(f"insula-sips: {log}: {e.strerror}")
        if not loads:
            print(f"insula-sips: no SIP load lines in {log} "
                  "(was the kernel booted with insula.debug=on?)")
        for name, image, base in loads:
            if (image, base) in _added:
                continue
            elf = elf_for(image, elf_dir)
            if not os.path.exists(elf):
                print(f"insula-sips: {name}: no {elf}; skipped")
                continue
            gdb.execute(f"add-symbol-file {elf} -o {base:#x}", to_string=True)
            _added.add((image, base))
            print(f"insula-sips: {name}: {elf} at {base:#x}")


InsulaSips()
