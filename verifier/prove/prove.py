#!/usr/bin/env python3
"""prove.py — run Frama-C WP with runtime-error guards and report per function.

    prove.py [--json] [--include DIR]... [--define NAME[=VALUE]]... [--skip FUNC]...
             [--timeout SECONDS] [--jobs N] [--provers LIST] FILE...

Each FILE is proved on its own: `frama-c -wp -wp-rte` with the options in
frama_c_args(), the prove-only header frama_c_compat.h force-included, and
callees from other files taken at their contracts. Output, one line per
function: `FILE: FUNCTION: PROVED/TOTAL proved`, then each unproved goal and
each property WP left unproved, with its location.

Exit status: 0 every goal proved; 1 a goal unproved (or WP warned that its
memory model dropped something); 2 usage error, frama-c missing, a prover
missing, or a file Frama-C cannot parse.
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
COMPAT = os.path.join(HERE, 'frama_c_compat.h')
PROVERS = 'cvc4,z3'
# Cast warnings are expected: +cast takes char* <-> uint8_t* casts as the
# same address (README.md, "Proofs"). Any other WP warning is a problem.
BENIGN_WP_WARNINGS = ('Cast with incompatible pointers types',)


class ToolError(Exception):
    """A usage or tool failure: exit status 2."""


def parse_args(argv):
    p = argparse.ArgumentParser(prog='insula verify --prove',
                                description='Prove C files free of runtime errors with Frama-C WP.')
    p.add_argument('--json', action='store_true', help='print one JSON object on stdout')
    p.add_argument('--include', '-I', action='append', default=[], metavar='DIR')
    p.add_argument('--define', '-D', action='append', default=[], metavar='NAME[=VALUE]')
    p.add_argument('--skip', action='append', default=[], metavar='FUNC',
                   help='do not prove FUNC (reported as skipped)')
    p.add_argument('--timeout', type=int, default=10, help='seconds per goal and prover (10)')
    p.add_argument('--jobs', type=int, default=os.cpu_count() or 2, help='parallel prover runs')
    p.add_argument('--provers', default=PROVERS, help='why3 provers, in order (cvc4,z3)')
    p.add_argument('--frama-c', default='frama-c', dest='frama_c', help='the frama-c executable')
    p.add_argument('files', nargs='*', metavar='FILE')
    args = p.parse_args(argv)
    if not args.files:
        p.print_usage(sys.stderr)
        raise ToolError('no FILE given')
    for path in args.files + args.include:
        if not os.path.exists(path):
            raise ToolError(f'{path}: no such file or directory')
    for path in args.files + args.include + [COMPAT]:
        if any(c in path for c in ', '):
            raise ToolError(f'{path}: Frama-C cannot take a path with a space or comma')
    return args


def skipped_in(args, path):
    """The --skip functions that FILE mentions (WP refuses unknown names)."""
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    return sorted(n for n in set(args.skip) if re.search(r'\b' + re.escape(n) + r'\s*\(', text))


def frama_c_args(args, path, outdir, skip):
    cpp = ['-include', COMPAT] + [f'-I{os.path.abspath(d)}' for d in args.include] + \
          [f'-D{d}' for d in args.define]
    cmd = [args.frama_c, '-c11', '-machdep', 'x86_64',
           '-cpp-extra-args=' + ','.join(cpp),
           '-wp', '-wp-rte', '-warn-unsigned-overflow', '-wp-model', 'Typed+cast',
           '-wp-prover', args.provers, '-wp-timeout', str(args.timeout),
           '-wp-par', str(max(1, args.jobs)),
           '-wp-report-json', os.path.join(outdir, 'wp.json')]
    if skip:
        cmd += ['-wp-skip-fct', ','.join(skip)]
    # The csv is written after a -then so that it sees WP's statuses; -no-wp
    # keeps WP from running a second time there.
    return cmd + [path, '-then', '-no-wp', '-report-csv', os.path.join(outdir, 'report.csv')]


def check_tools(args):
    if shutil.which(args.frama_c) is None:
        raise ToolError(f'{args.frama_c} not found: install Debian\'s frama-c-base why3 z3 cvc4 '
                        '(./insula installs them)')
    out = subprocess.run([args.frama_c, '-wp-detect'], capture_output=True, text=True).stdout
    known = {line.rsplit('[', 1)[1].split('|', 1)[0]
             for line in out.splitlines() if line.count('[') >= 2}
    missing = [p for p in args.provers.split(',') if p not in known]
    if missing:
        raise ToolError(f'why3 does not know prover(s) {", ".join(missing)}: '
                        'install them and run `why3 config detect`')


def wp_warnings(log):
    """WP's own warnings, one string each (message lines joined)."""
    found, current = [], None
    for line in log.splitlines():
        if line.startswith('['):
            current = None
            if line.startswith('[wp]') and 'Warning' in line:
                current = [line[len('[wp]'):].strip()]
                found.append(current)
        elif current is not None:
            current.append(line.strip())
    return [' '.join(w) for w in found]


def goal_counts(report):
    """{function: {goal: (valid, total)}}, lemmas under 'lemmas'."""
    result = {}
    for fct, goals in report.get('wp:functions', {}).items():
        result[fct] = {g: (s['wp:main'].get('valid', 0), s['wp:main']['total'])
                       for g, s in goals.items() if g != 'wp:section' and 'wp:main' in s}
    for section in report.get('wp:axiomatics', {}).values():
        lemmas = result.setdefault('lemmas', {})
        for g, s in section.items():
            if g != 'wp:section' and 'wp:main' in s:
                lemmas[g] = (s['wp:main'].get('valid', 0), s['wp:main']['total'])
    return result


def unproved_properties(csv_path):
    """Properties WP tried and did not prove: [{function, file, line, kind, status, property}]."""
    rows = []
    with open(csv_path, newline='', encoding='utf-8', errors='replace') as f:
        for row in csv.reader(f, delimiter='\t'):
            if len(row) != 7 or row[0] == 'directory':
                continue
            directory, name, line, fct, kind, status, prop = row
            if status in ('Valid', 'Considered valid'):
                continue
            path = os.path.relpath(os.path.join(directory, name))
            rows.append({'function': fct, 'file': path, 'line': int(line) if line.isdigit() else 0,
                         'kind': kind, 'status': status, 'property': prop})
    return rows


def prove_file(args, path):
    skip = skipped_in(args, path)
    with tempfile.TemporaryDirectory(prefix='insula-prove-') as outdir:
        run = subprocess.run(frama_c_args(args, os.path.abspath(path), outdir, skip), cwd=outdir,
                             capture_output=True, text=True)
        log = run.stdout + run.stderr
        report_path = os.path.join(outdir, 'wp.json')
        if run.returncode != 0 or not os.path.exists(report_path):
            tail = '\n'.join(log.strip().splitlines()[-15:])
            raise ToolError(f'{path}: frama-c failed (status {run.returncode}):\n{tail}')
        with open(report_path, encoding='utf-8') as f:
            counts = goal_counts(json.load(f))
        props = unproved_properties(os.path.join(outdir, 'report.csv'))
    functions = []
    for fct in sorted(counts, key=lambda name: (name == 'lemmas', name)):
        goals = counts[fct]
        functions.append({
            'function': fct,
            'proved': sum(v for v, _ in goals.values()),
            'total': sum(t for _, t in goals.values()),
            'unproved_goals': sorted(g for g, (v, t) in goals.items() if v < t),
            'unproved_properties': [p for p in props if p['function'] == fct],
        })
    named = {f['function'] for f in functions}
    warnings = [w for w in wp_warnings(log) if not any(b in w for b in BENIGN_WP_WARNINGS)]
    # Functions with neither code nor contract: Frama-C made up an assigns
    # clause for them, which the proof assumes.
    assumed = sorted({p['function'] for p in props if p['function'] not in named
                      and p['function'] not in skip
                      and p['kind'] in ('assigns clause', 'from clause')})
    return {'file': path, 'functions': functions, 'skipped': skip,
            'assumed_without_contract': assumed, 'model_warnings': warnings}


def file_ok(result):
    return (all(f['proved'] == f['total'] for f in result['functions'])
            and not result['model_warnings'])


def print_property(prefix, p):
    print(f"{prefix}{p['file']}:{p['line']}: {p['kind']} ({p['status']}): {p['property']}")


def print_text(results):
    for r in results:
        for f in r['functions']:
            print(f"{r['file']}: {f['function']}: {f['proved']}/{f['total']} proved")
            if f['proved'] == f['total']:
                continue
            for goal in f['unproved_goals']:
                print(f'    unproved goal: {goal}')
            for p in f['unproved_properties']:
                print_property('    at ', p)
        for fct in r['skipped']:
            print(f"{r['file']}: {fct}: skipped (--skip)")
        for fct in r['assumed_without_contract']:
            print(f"{r['file']}: note: {fct} has neither code nor contract here; "
                  'Frama-C\'s generated assigns clause is assumed')
        for w in r['model_warnings']:
            print(f"{r['file']}: WP memory-model warning (counts as unproved): {w}")
    proved = sum(f['proved'] for r in results for f in r['functions'])
    total = sum(f['total'] for r in results for f in r['functions'])
    verdict = 'all proved' if all(file_ok(r) for r in results) else 'NOT all proved'
    print(f'prove: {proved}/{total} goals proved in {len(results)} file(s): {verdict}')


def main(argv):
    try:
        args = parse_args(argv)
        check_tools(args)
        results = [prove_file(args, path) for path in args.files]
    except ToolError as e:
        print(f'prove: error: {e}', file=sys.stderr)
        return 2
    ok = all(file_ok(r) for r in results)
    if args.json:
        json.dump({'ok': ok, 'files': results}, sys.stdout, indent=2)
        print()
    else:
        print_text(results)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
