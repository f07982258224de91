#!/usr/bin/env python3
"""prove.py — run Frama-C WP with runtime-error guards and report per function.

    prove.py [--json] [--include DIR]... [--define NAME[=VALUE]]... [--skip FUNC]...
             [--timeout SECONDS] [--jobs N] [--provers LIST] [--session DIR] FILE...

Each FILE is proved on its own: parsed once (`-save`), then `frama-c -wp
-wp-rte` once per function on the saved AST (frama_c_args()), with the
prove-only header frama_c_compat.h force-included and callees taken at their
contracts. Output: a table, one row per function (goals proved / total,
seconds), then each unproved goal and each property WP left unproved, with
its location. --session DIR keeps WP's cache of proved goals there: a re-run
replays them instead of calling the provers (goals a prover failed are not
kept, so they are tried again).

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
import time

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
    p.add_argument('--only', action='append', default=[], metavar='FUNC',
                   help='prove only FUNC (and the lemmas); may be repeated')
    p.add_argument('--timeout', type=int, default=10, help='seconds per goal and prover (10)')
    p.add_argument('--jobs', type=int, default=os.cpu_count() or 2, help='parallel prover runs')
    p.add_argument('--provers', default=PROVERS, help='why3 provers, in order (cvc4,z3)')
    p.add_argument('--frama-c', default='frama-c', dest='frama_c', help='the frama-c executable')
    p.add_argument('--session', metavar='DIR',
                   help='keep proved goals in DIR and replay them on the next run')
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


def parse_args_of(args):
    cpp = ['-include', COMPAT] + [f'-I{os.path.abspath(d)}' for d in args.include] + \
          [f'-D{d}' for d in args.define]
    return [args.frama_c, '-c11', '-machdep', 'x86_64', '-cpp-extra-args=' + ','.join(cpp)]


LEMMAS = 'lemmas'


def frama_c_args(args, saved, outdir, fct):
    """WP on one function of a saved AST; fct LEMMAS: the ACSL lemmas (which
    -wp-fct leaves out); None: generate goals only, to list them."""
    cmd = [args.frama_c, '-load', saved,
           '-wp', '-wp-rte', '-warn-unsigned-overflow', '-wp-model', 'Typed+cast',
           '-wp-timeout', str(args.timeout), '-wp-par', str(max(1, args.jobs)),
           '-wp-report-json', os.path.join(outdir, 'wp.json')]
    if fct is None:
        return cmd + ['-wp-prover', 'none']
    cmd += ['-wp-prover', args.provers]
    cmd += ['-wp-prop=@lemma'] if fct == LEMMAS else ['-wp-fct', fct]
    if args.session:
        cmd += ['-wp-cache', 'update', '-wp-cache-dir', os.path.abspath(args.session)]
    # The csv is written after a -then so that it sees WP's statuses; -no-wp
    # keeps WP from running a second time there.
    return cmd + ['-then', '-no-wp', '-report-csv', os.path.join(outdir, 'report.csv')]


def prune_session(session):
    """Keep only proved goals in the session: a failure is retried next time."""
    for name in os.listdir(session):
        path = os.path.join(session, name)
        try:
            with open(path, encoding='utf-8') as f:
                verdict = json.load(f).get('verdict')
        except (OSError, ValueError, AttributeError):
            verdict = None
        if verdict != 'valid':
            os.remove(path)


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
        lemmas = result.setdefault(LEMMAS, {})
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


def run_frama_c(cmd, cwd, path):
    run = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    log = run.stdout + run.stderr
    if run.returncode != 0:
        tail = '\n'.join(log.strip().splitlines()[-15:])
        raise ToolError(f'{path}: frama-c failed (status {run.returncode}):\n{tail}')
    return log


def read_counts(outdir, path):
    report_path = os.path.join(outdir, 'wp.json')
    if not os.path.exists(report_path):
        raise ToolError(f'{path}: frama-c wrote no WP report')
    with open(report_path, encoding='utf-8') as f:
        return goal_counts(json.load(f))


def prove_function(args, path, saved, fct):
    """{goals, props, warnings, seconds} for one function."""
    with tempfile.TemporaryDirectory(prefix='insula-prove-') as outdir:
        start = time.monotonic()
        log = run_frama_c(frama_c_args(args, saved, outdir, fct), outdir, path)
        seconds = time.monotonic() - start
        counts = read_counts(outdir, path)
        props = unproved_properties(os.path.join(outdir, 'report.csv'))
    return {'counts': counts, 'props': props, 'warnings': wp_warnings(log), 'seconds': seconds}


def prove_file(args, path):
    skip = skipped_in(args, path)
    with tempfile.TemporaryDirectory(prefix='insula-prove-') as outdir:
        saved = os.path.join(outdir, 'ast.sav')
        run_frama_c(parse_args_of(args) + [os.path.abspath(path), '-save', saved], outdir, path)
        run_frama_c(frama_c_args(args, saved, outdir, None), outdir, path)
        listed = read_counts(outdir, path)
        names = sorted(n for n in listed if n != LEMMAS and n not in skip
                       and (not args.only or n in args.only))
        if LEMMAS in listed:
            names.append(LEMMAS)
        runs = {fct: prove_function(args, path, saved, fct) for fct in names}
    functions, props, log_warnings = [], [], []
    for fct, run in runs.items():
        goals = run['counts'].get(fct, {})
        props += run['props']
        log_warnings += run['warnings']
        functions.append({
            'function': fct,
            'proved': sum(v for v, _ in goals.values()),
            'total': sum(t for _, t in goals.values()),
            'seconds': round(run['seconds'], 1),
            'unproved_goals': sorted(g for g, (v, t) in goals.items() if v < t),
            'unproved_properties': [p for p in run['props'] if p['function'] == fct],
        })
    named = {f['function'] for f in functions}
    warnings = sorted({w for w in log_warnings
                       if not any(b in w for b in BENIGN_WP_WARNINGS)})
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
    width = max([len(f"{r['file']}: {f['function']}") for r in results for f in r['functions']]
                + [len('FUNCTION')])
    print(f"{'FUNCTION':<{width}}  {'GOALS':>9}  {'TIME':>7}")
    for r in results:
        for f in r['functions']:
            name = f"{r['file']}: {f['function']}"
            mark = '' if f['proved'] == f['total'] else '  NOT PROVED'
            print(f"{name:<{width}}  {f['proved']:>4}/{f['total']:<4}  {f['seconds']:>6.1f}s{mark}")
    for r in results:
        for f in r['functions']:
            if f['proved'] == f['total']:
                continue
            print(f"{r['file']}: {f['function']}: {f['proved']}/{f['total']} proved")
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
    seconds = sum(f['seconds'] for r in results for f in r['functions'])
    verdict = 'all proved' if all(file_ok(r) for r in results) else 'NOT all proved'
    print(f'prove: {proved}/{total} goals proved in {len(results)} file(s), {seconds:.0f} s: {verdict}')


def main(argv):
    try:
        args = parse_args(argv)
        check_tools(args)
        if args.session:
            os.makedirs(args.session, exist_ok=True)
        results = [prove_file(args, path) for path in args.files]
        if args.session:
            prune_session(args.session)
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
