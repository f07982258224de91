#!/usr/bin/env python3
"""Assemble a bootable GRUB ISO: the kernel, its modules and grub.cfg.

    mkiso.py --grub-mkrescue PATH --kernel ELF --output ISO
             [--module FILE[=ARGS]]... [--cmdline TEXT]
             [--build BUILD --config FILE] [--build BUILD --source ROOT --scenario FILE]

Each module is copied to /boot/NAME and loaded with the module string
"NAME ARGS". With --config, the modules are also those the boot
configuration FILE needs (init, FILE, the images it names:
boot/config_modules.py), after checking FILE. With --scenario, the
modules and command line are those of a boot scenario (boot/scenario.py).
grub.cfg comes from boot/grub.cfg.in.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import config_modules
import scenario

HERE = os.path.dirname(os.path.abspath(__file__))


def render_config(cmdline, modules):
    with open(os.path.join(HERE, "grub.cfg.in"), encoding="utf-8") as f:
        template = f.read()
    lines = []
    for name, args in modules:
        lines.append(f"    module /boot/{name} {name} {args}".rstrip())
    return template.replace("@CMDLINE@", cmdline).replace("@MODULES@", "\n".join(lines))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--grub-mkrescue", required=True)
    p.add_argument("--kernel", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--module", action="append", default=[])
    p.add_argument("--cmdline", default="")
    p.add_argument("--build")
    p.add_argument("--config")
    p.add_argument("--source")
    p.add_argument("--scenario")
    a = p.parse_args()
    try:
        if a.config:
            # Diagnostics name the file from the source root when it is given.
            shown = os.path.relpath(os.path.abspath(a.config), a.source) if a.source else None
            a.module += config_modules.modules(a.build, a.config, shown=shown)
        if a.scenario:
            s = scenario.load(a.scenario)
            a.module += scenario.modules(s, a.build, a.source)
            a.cmdline = scenario.cmdline(s)
    except (config_modules.ConfigError, scenario.ScenarioError) as e:
        sys.stderr.write(f"{e}\nmkiso.py: no ISO made\n")
        return 1
    with tempfile.TemporaryDirectory(prefix="insula-iso-") as root:
        boot = os.path.join(root, "boot")
        os.makedirs(os.path.join(boot, "grub"))
        shutil.copy(a.kernel, os.path.join(boot, "kernel.elf"))
        modules = []
        for spec in a.module:
            path, _, args = spec.partition("=")
            name = os.path.basename(path)
            shutil.copy(path, os.path.join(boot, name))
            modules.append((name, args))
        with open(os.path.join(boot, "grub", "grub.cfg"), "w", encoding="utf-8") as f:
            f.write(render_config(a.cmdline, modules))
        r = subprocess.run([a.grub_mkrescue, "-o", a.output, root],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stdout)
            sys.stderr.write(f"mkiso.py: grub-mkrescue failed with status {r.returncode}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
