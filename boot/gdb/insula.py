"""insula.py — gdb commands for debugging Insula (docs/hacking.md, "Debugging").

Loaded by the script `./insula debug` writes (gdb -x FILE). A SIP image is a
static PIE linked at 0 and placed by the kernel at an image base of its
choosing; booted with insula.debug=on the kernel logs each one:

    loader: NAME image IMAGE at 0xBASE
    loader: NAME image at 0xBASE freed          (when the SIP has ended)

`insula-sips [LOG [DIR]]` reads those lines from the console log LOG; for
each SIP that runs and whose symbols are not loaded yet it runs
`add-symbol-file DIR/STEM.elf -o BASE` (STEM.elf is the image's unstripped
debug copy), and it drops (`remove-symbol-file`) the symbols of each SIP
that has ended since, whose memory another SIP may now hold. The defaults
are the ones `./insula debug` set.
"""
import os
import re
import struct

import gdb

EVENT_LINE = re.compile(r"loader: (\S+) image (?:(\S+) )?at (0x[0-9a-fA-F]+)( freed)?")
settings = {"log": None, "elf_dir": None}
_added = {}    # base -> (name, image, elf) whose symbols gdb holds


def configure(log, elf_dir):
    settings["log"] = log
    settings["elf_dir"] = elf_dir


def sip_loads(text):
    """{base: (name, image)} of the SIPs a console log shows loaded and not
    yet freed (an image base is reused only after its SIP was freed)."""
    live = {}
    for m in EVENT_LINE.finditer(text):
        base = int(m.group(3), 16)
        if m.group(4):
            live.pop(base, None)
        elif m.group(2):
            live[base] = (m.group(1), m.group(2))
    return live


def elf_entry(elf):
    """The entry point of an ELF64 file (e_entry): an address in its .text."""
    with open(elf, "rb") as f:
        return struct.unpack_from("<Q", f.read(32), 24)[0]


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
        if not loads and not _added:
            print(f"insula-sips: no SIP load lines in {log} "
                  "(was the kernel booted with insula.debug=on?)")
        for base, (name, image, elf) in list(_added.items()):
            if loads.get(base) != (name, image):
                gdb.execute(f"remove-symbol-file -a {base + elf_entry(elf):#x}", to_string=True)
                del _added[base]
                print(f"insula-sips: {name}: ended; its symbols at {base:#x} dropped")
        for base, (name, image) in sorted(loads.items()):
            if base in _added:
                continue
            elf = elf_for(image, elf_dir)
            if not os.path.exists(elf):
                print(f"insula-sips: {name}: no {elf}; skipped")
                continue
            gdb.execute(f"add-symbol-file {elf} -o {base:#x}", to_string=True)
            _added[base] = (name, image, elf)
            print(f"insula-sips: {name}: {elf} at {base:#x}")


InsulaSips()
