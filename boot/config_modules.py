#!/usr/bin/env python3
"""The boot modules a boot configuration needs: init, the configuration, and
each image its `sip` blocks name, once each, in order.

    config_modules.py --build BUILD [--allow-errors] CONFIG

prints one module path per line. The images come from the configuration
itself, read by init's own parser built for this machine
(BUILD/sip/check-config --list-images, sip/init/host/check_config.c), and
each must be a SIP the build makes (BUILD/sip/images.txt). Its diagnostics go to
stderr; with errors the exit status is 1 and nothing is printed, unless
--allow-errors (a boot test of a bad configuration), which lists the
images of the good entries. Used by ./insula run, boot/mkiso.py and
boot/qemu-test.py.
"""
import argparse
import os
import subprocess
import sys


class ConfigError(Exception):
    pass


def modules(build, config, allow_errors=False, shown=None):
    """[init.sip, config, image...] as paths; raises ConfigError."""
    tool = os.path.join(build, "sip", "check-config")
    listing = os.path.join(build, "sip", "images.txt")
    r = subprocess.run([tool, "--images", listing, "--list-images",
                        "--name", shown or config, config],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode == 2 or (r.returncode != 0 and not allow_errors):
        raise ConfigError(r.stderr.rstrip("\n"))
    sys.stderr.write(r.stderr)
    found = [os.path.join(build, "sip", "init.sip"), config]
    for image in r.stdout.split():
        path = os.path.join(build, "sip", image)
        if os.path.exists(path):
            found.append(path)
        elif not allow_errors:
            raise ConfigError(f"{shown or config}: error: image {image} is not built ({path})")
    return found


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", required=True)
    p.add_argument("--allow-errors", action="store_true")
    p.add_argument("config")
    a = p.parse_args()
    try:
        paths = modules(a.build, a.config, a.allow_errors)
    except ConfigError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    sys.stdout.write("".join(path + "\n" for path in paths))
    return 0


if __name__ == "__main__":
    sys.exit(main())
