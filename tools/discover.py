#!/usr/bin/env python3
"""Find the contracts and SIPs of the tree, for Meson (which cannot glob).

    discover.py contracts ROOT     one line per contracts/STEM.contract
    discover.py scenarios ROOT     one line per boot/scenarios/NAME.scenario
    discover.py sips ROOT          one `sip<TAB>NAME<TAB>KEY<TAB>VALUE` line per fact
    discover.py all ROOT [--depfile FILE --target NAME]
                                   both, the listing the build was configured
                                   from (build/discovered.txt); --depfile
                                   also writes the declaration files it read
    discover.py check ROOT LISTING exit 1, saying what changed, if the tree's
                                   listing is no longer LISTING

A SIP is a folder holding main.c or a declaration file sip.toml, in one of
the SIP roots below; its sources are the folder's *.c files plus what the
declaration adds. docs/hacking.md describes the declaration's keys. In the
corpus folders (CORPUS_ROOTS: sip/attacks, sip/safe) each .c file is a SIP,
unless FOLDER/sips.toml puts it in a SIP of several files.

Contract lines are `contract<TAB>STEM`, scenario lines (boot tests)
`scenario<TAB>NAME<TAB>PLATFORM<TAB>SECONDS` (Meson's time limit); SIP
lines (paths relative to ROOT):
    sip  NAME  dir              FOLDER
    sip  NAME  source           FILE       (one line each, compiled and verified)
    sip  NAME  unverified       REASON     (the whole SIP skips the verifier)
    sip  NAME  unverified_file  FILE       (compiled, not verified)
    sip  NAME  nochecks         true       (built without the runtime checks)
    sip  NAME  c_arg            ARG
    sip  NAME  contract_tables  true       (links the kernel's contract tables, unverified)
Errors are `FILE:LINE:COL: error: [SIP-DECL] ...` on stderr, exit status 1.
"""
import os
import re
import sys
import tomllib

# (folder whose subfolders are SIPs, prefix of their names)
SIP_ROOTS = [("sip", ""), ("sip/tests", ""), ("sip/tutorial", ""), ("bench/webfiles", ""), ("drivers", ""), ("bench/sips", "bench-")]
DECLARATION = "sip.toml"
# (folder, prefix): one SIP per .c file, PREFIX + its stem (the attack
# corpus and the safe programs); FOLDER/sips.toml groups several files into
# one SIP (`[NAME]` with `sources = [...]`). None of them may skip the
# verifier: a corpus SIP has no declaration that could say so.
CORPUS_ROOTS = [("sip/attacks", "attack-"), ("sip/safe", "safe-")]
CORPUS_DECLARATION = "sips.toml"
NAME = re.compile(r"^[a-z0-9_-]{1,31}$")
KEYS = {"name": str, "sources": list, "unverified": str, "unverified_files": dict,
        "nochecks": bool, "c_args": list, "contract_tables": bool}


class DeclarationError(Exception):
    pass


def contracts(root):
    folder = os.path.join(root, "contracts")
    return sorted(f[:-len(".contract")] for f in os.listdir(folder)
                  if f.endswith(".contract") and not f.startswith("."))


def scenario_text(path, depth=0):
    """A scenario's text with its includes (boot/scenario.py reads it fully)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return ""
    included = re.findall(r"^\s*include\s+(\S+)", text, re.M) if depth < 4 else []
    return text + "".join("\n" + scenario_text(os.path.join(os.path.dirname(path), name),
                                                depth + 1) for name in included)


def scenarios(root):
    """(name, platform, limit) of each boot/scenarios/*.scenario: its
    `platform`, and Meson's time limit for it (its `timeout` + 100 s, at
    least 300 s)."""
    folder = os.path.join(root, "boot", "scenarios")
    found = []
    for f in sorted(os.listdir(folder)):
        if f.endswith(".scenario") and not f.startswith("."):
            text = scenario_text(os.path.join(folder, f))
            m = re.search(r"^\s*platform\s+(\S+)", text, re.M)
            t = re.search(r"^\s*timeout\s+(\d+)", text, re.M)
            limit = max(300, int(t.group(1)) + 100) if t else 300
            found.append((f[:-len(".scenario")], m.group(1) if m else "pc", limit))
    return found


def where(path, text, key):
    """FILE:LINE:COL of `key` in a declaration (its first mention)."""
    for number, line in enumerate(text.splitlines(), 1):
        column = line.find(key)
        if column >= 0 and key:
            return f"{path}:{number}:{column + 1}"
    return f"{path}:1:1"


def fail(path, text, key, message):
    raise DeclarationError(f"{where(path, text, key)}: error: [SIP-DECL] {message}")


def read_declaration(root, folder):
    path = os.path.join(folder, DECLARATION)
    full = os.path.join(root, path)
    if not os.path.exists(full):
        return {}, None
    with open(full, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    try:
        decl = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(e))
        place = f"{path}:{m.group(1)}:{m.group(2)}" if m else f"{path}:1:1"
        raise DeclarationError(f"{place}: error: [SIP-DECL] {e}") from None
    for key, value in decl.items():
        if key not in KEYS:
            fail(path, text, key, f"unknown key '{key}' (known: {', '.join(KEYS)})")
        if not isinstance(value, KEYS[key]):
            fail(path, text, key, f"'{key}' must be a {KEYS[key].__name__}")
    return decl, (path, text)


def source_path(root, folder, relative, decl_where, key):
    path = os.path.normpath(os.path.join(folder, relative))
    if not isinstance(relative, str) or not os.path.isfile(os.path.join(root, path)):
        fail(*decl_where, key, f"'{relative}' is not a file (paths are relative to {folder}/)")
    return path


def sip_facts(root, folder, name, decl, decl_where):
    """The lines of one SIP."""
    own = sorted(f for f in os.listdir(os.path.join(root, folder)) if f.endswith(".c"))
    unverified_files = decl.get("unverified_files", {})
    for f, reason in unverified_files.items():
        if f not in own or not isinstance(reason, str) or not reason:
            fail(*decl_where, f, f"unverified_files: '{f}' must be a .c file of {folder}/ "
                 "with its reason")
    facts = [(name, "dir", folder)]
    facts += [(name, "source", os.path.join(folder, f)) for f in own if f not in unverified_files]
    facts += [(name, "source", source_path(root, folder, s, decl_where, s))
              for s in decl.get("sources", [])]
    facts += [(name, "unverified_file", os.path.join(folder, f)) for f in sorted(unverified_files)]
    if "unverified" in decl:
        if not decl["unverified"].strip():
            fail(*decl_where, "unverified", "'unverified' needs its reason")
        facts.append((name, "unverified", decl["unverified"]))
    if decl.get("nochecks"):
        facts.append((name, "nochecks", "true"))
    facts += [(name, "c_arg", str(a)) for a in decl.get("c_args", [])]
    if decl.get("contract_tables"):
        facts.append((name, "contract_tables", "true"))
    if not any(key == "source" for _, key, _ in facts):
        fail(*(decl_where or (os.path.join(folder, "main.c"), "")), "sources",
             f"{folder}/ has no sources")
    return facts


def sip_folders(root):
    """(folder, default name) of every SIP folder, in root order."""
    containers = {r for r, _ in SIP_ROOTS}
    for base, prefix in SIP_ROOTS:
        if not os.path.isdir(os.path.join(root, base)):
            continue
        for entry in sorted(os.listdir(os.path.join(root, base))):
            folder = os.path.join(base, entry)
            full = os.path.join(root, folder)
            if folder in containers or entry.startswith(".") or not os.path.isdir(full):
                continue
            if os.path.exists(os.path.join(full, "main.c")) or \
               os.path.exists(os.path.join(full, DECLARATION)):
                yield folder, prefix + entry


def corpus_groups(root, folder):
    """`FOLDER/sips.toml`: {name: [sources]} of the SIPs of more than one
    file (every other .c file of a corpus folder is a SIP of its own)."""
    path = os.path.join(folder, CORPUS_DECLARATION)
    if not os.path.exists(os.path.join(root, path)):
        return {}
    with open(os.path.join(root, path), "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    try:
        decl = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise DeclarationError(f"{path}:1:1: error: [SIP-DECL] {e}") from None
    groups = {}
    for name, table in decl.items():
        if not isinstance(table, dict) or set(table) != {"sources"} or \
                not isinstance(table["sources"], list) or not table["sources"]:
            fail(path, text, name, f"[{name}] takes one key, sources = [FILE, ...]")
        groups[name] = [source_path(root, folder, s, (path, text), name) for s in table["sources"]]
    return groups


def corpus_sips(root):
    """(name, folder, sources) of the corpus folders' SIPs: each .c file is
    PREFIX + its stem, unless a group of sips.toml names it."""
    for folder, prefix in CORPUS_ROOTS:
        if not os.path.isdir(os.path.join(root, folder)):
            continue
        groups = corpus_groups(root, folder)
        grouped = {s for sources in groups.values() for s in sources}
        for f in sorted(os.listdir(os.path.join(root, folder))):
            path = os.path.join(folder, f)
            if f.endswith(".c") and path not in grouped:
                yield prefix + f[:-2], folder, [path]
        for name, sources in sorted(groups.items()):
            yield name, folder, sources


def sips(root):
    facts, seen = [], {}
    for name, folder, sources in corpus_sips(root):
        if not NAME.match(name) or name in seen:
            raise DeclarationError(f"{folder}: error: [SIP-DECL] SIP name '{name}' is not "
                                   "[a-z0-9_-]{1,31} or given twice")
        seen[name] = folder
        facts += [(name, "dir", folder)] + [(name, "source", s) for s in sources]
    for folder, default_name in sip_folders(root):
        decl, decl_where = read_declaration(root, folder)
        name = decl.get("name", default_name)
        if not NAME.match(name):
            fail(*(decl_where or (folder, "")), "name",
                 f"SIP name '{name}' is not [a-z0-9_-]{{1,31}}")
        if name in seen:
            raise DeclarationError(f"{folder}: error: [SIP-DECL] a second SIP named '{name}' "
                                   f"(the first is {seen[name]}/)")
        seen[name] = folder
        facts += sip_facts(root, folder, name, decl, decl_where)
    return facts


def declarations(root):
    files = [os.path.join(root, folder, DECLARATION) for folder, _ in sip_folders(root)]
    files += [os.path.join(root, folder, CORPUS_DECLARATION) for folder, _ in CORPUS_ROOTS]
    return [f for f in files if os.path.exists(f)]


def listing(root):
    lines = [f"contract\t{stem}" for stem in contracts(root)]
    lines += [f"scenario\t{n}\t{p}\t{limit}" for n, p, limit in scenarios(root)]
    lines += ["sip\t" + "\t".join(fact) for fact in sips(root)]
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) < 3 or argv[1] not in ("contracts", "scenarios", "sips", "all", "check"):
        sys.stderr.write(__doc__)
        return 2
    mode, root = argv[1], argv[2]
    try:
        if mode == "contracts":
            sys.stdout.write("".join(f"contract\t{stem}\n" for stem in contracts(root)))
        elif mode == "scenarios":
            sys.stdout.write("".join(f"scenario\t{n}\t{p}\t{limit}\n"
                                     for n, p, limit in scenarios(root)))
        elif mode == "sips":
            sys.stdout.write("".join("sip\t" + "\t".join(fact) + "\n" for fact in sips(root)))
        elif mode == "all":
            sys.stdout.write(listing(root))
            if "--depfile" in argv:
                depfile = argv[argv.index("--depfile") + 1]
                target = argv[argv.index("--target") + 1]
                with open(depfile, "w") as f:
                    f.write(f"{target}: " + " ".join(declarations(root)) + "\n")
        else:
            with open(argv[3]) as f:
                if f.read() != listing(root):
                    sys.stderr.write("insula: contracts or SIP folders were added, removed or "
                                     "changed since Meson configured the build: run "
                                     "`./insula build` (it reconfigures) or "
                                     "`meson setup --reconfigure BUILD`\n")
                    return 1
    except DeclarationError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
