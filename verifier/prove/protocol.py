#!/usr/bin/env python3
"""protocol.py — check statically that a SIP sends only what its contracts allow.

    protocol.py --generated DIR [--include DIR]... [--define NAME[=VALUE]]...
                [--timeout SECONDS] [--jobs N] [--session DIR] [--json] FILE...

FILE... are the C sources of one SIP, checked together. contractc's
<stem>_acsl.h files in DIR (the ACSL of the bindings: a ghost state per
endpoint, a precondition per state where a message is not allowed) are
force-included, and Frama-C's WP proves, without runtime-error guards, every
precondition at every call of a generated send or receive, and every ACSL
annotation the SIP's own sources carry (loop invariants, function contracts
about ghost states). Output, one line each:

    FILE:LINE: error: [PROTOCOL-STATE] Contract.side: Msg! (send) is not allowed in state S
    FILE:LINE: error: [PROTOCOL-UNKNOWN] Contract.side: Msg! (send): the endpoint's state is not known here ...
    FILE:LINE: error: [PROTOCOL-SWITCH] ... / [PROTOCOL-ANNOTATION] ...
    FILE:LINE: assumed: <a ghost_assume: what the system guarantees>

Preconditions of other callees (the stdlib's) are outside this check and
listed as notes only. Exit status: 0 every protocol goal proved; 1 an error
above; 2 usage error, tool missing, a file Frama-C cannot parse.
"""
import argparse
import csv
import glob
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prove  # noqa: E402  (its tool checks and Frama-C runner)

CLAUSE = re.compile(r'insula_protocol: ([A-Za-z0-9]+)_(imp|exp)_'
                    r'(send_[A-Za-z0-9]+|call_[A-Za-z0-9]+|recv_[A-Za-z0-9]+|recv|case)__'
                    r'(known|switch_receive|in__[A-Za-z0-9_]+):')
ASSUME = re.compile(r'\b[A-Za-z0-9]+_(imp|exp)_ghost_assume\s*\(')


def parse_args(argv):
    p = argparse.ArgumentParser(prog='insula verify --protocol',
                                description='Check a SIP\'s sends and receives against its contracts.')
    p.add_argument('--generated', required=True, metavar='DIR',
                   help='where contractc wrote <stem>.h and <stem>_acsl.h')
    p.add_argument('--include', '-I', action='append', default=[], metavar='DIR')
    p.add_argument('--define', '-D', action='append', default=[], metavar='NAME[=VALUE]')
    p.add_argument('--timeout', type=int, default=10)
    p.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    p.add_argument('--provers', default=prove.PROVERS)
    p.add_argument('--frama-c', default='frama-c', dest='frama_c')
    p.add_argument('--session', metavar='DIR')
    p.add_argument('--json', action='store_true')
    p.add_argument('files', nargs='*', metavar='FILE')
    args = p.parse_args(argv)
    if not args.files:
        p.print_usage(sys.stderr)
        raise prove.ToolError('no FILE given')
    for path in args.files + args.include + [args.generated]:
        if not os.path.exists(path):
            raise prove.ToolError(f'{path}: no such file or directory')
    return args


def frama_c_command(args, outdir, specs):
    cpp = ['-include', prove.COMPAT]
    for spec in specs:
        cpp += ['-include', spec]
    cpp += [f'-I{os.path.abspath(d)}' for d in args.include + [args.generated]]
    cpp += [f'-D{d}' for d in args.define]
    cmd = [args.frama_c, '-c11', '-machdep', 'x86_64', '-cpp-extra-args=' + ','.join(cpp)]
    cmd += [os.path.abspath(f) for f in args.files]
    cmd += ['-wp', '-wp-model', 'Typed+cast', '-wp-prover', args.provers,
            '-wp-timeout', str(args.timeout), '-wp-par', str(max(1, args.jobs)),
            '-wp-report-json', os.path.join(outdir, 'wp.json')]
    if args.session:
        cmd += ['-wp-cache', 'update', '-wp-cache-dir', os.path.abspath(args.session)]
    return cmd + ['-then', '-no-wp', '-report-csv', os.path.join(outdir, 'report.csv')]


def read_rows(csv_path, files):
    """The properties located in the SIP's own files: [{file, line, function, kind, status, property}]."""
    wanted = {os.path.realpath(f) for f in files}
    rows = []
    with open(csv_path, newline='', encoding='utf-8', errors='replace') as f:
        for row in csv.reader(f, delimiter='\t'):
            if len(row) != 7 or row[0] == 'directory':
                continue
            directory, name, line, fct, kind, status, prop = row
            path = os.path.realpath(os.path.join(directory, name))
            if path not in wanted:
                continue
            rows.append({'file': os.path.relpath(path), 'line': int(line) if line.isdigit() else 0,
                         'function': fct, 'kind': kind, 'status': status, 'property': prop})
    return rows


def state_name(acsl):
    """Start_1 -> Start#1 (the table's name of an anonymous state)."""
    m = re.fullmatch(r'([A-Za-z0-9]+)_(\d+)', acsl)
    return f'{m.group(1)}#{m.group(2)}' if m else acsl


def describe(contract, side, fn, what):
    if fn == 'case':
        return f'{contract}.{side}'
    if fn.startswith('send_'):
        event = f'{fn[5:]}! (send)'
    elif fn.startswith('call_'):
        event = f'{fn[5:]}! (call: send, then receive)'
    elif fn == 'recv':
        event = 'a receive'
    else:
        event = f'{fn[5:]}? (receive)'
    return f'{contract}.{side}: {event}'


def written_here(row, cache={}):
    """Whether an ACSL comment stands in the 10 lines up to row's line: else
    the clause is one Frama-C generated for a function without a contract
    (e.g. `assigns \\nothing` for a _Noreturn one), not the SIP's."""
    if row['file'] not in cache:
        with open(row['file'], encoding='utf-8', errors='replace') as f:
            cache[row['file']] = f.read().splitlines()
    lines = cache[row['file']][max(0, row['line'] - 11):row['line']]
    return any('/*@' in line or '//@' in line for line in lines)


def classify(rows):
    """(errors, notes, checked): one error per unproved protocol clause or
    SIP annotation, at its line; notes for other callees' preconditions."""
    errors, notes, checked = [], [], set()
    # Functions whose preconditions the SIP wrote: checked at every call.
    own = {r['function'] for r in rows if r['kind'] == 'precondition'}
    for r in rows:
        ok = r['status'] in ('Valid', 'Considered valid')
        m = CLAUSE.search(r['property'])
        where = f"{r['file']}:{r['line']}"
        if m and r['kind'].startswith('precondition of'):
            contract, side, fn, what = m.groups()
            checked.add((r['file'], r['line'], r['kind']))
            if ok:
                continue
            head = describe(contract, side, fn, what)
            if what == 'switch_receive':
                errors.append((r, f'{where}: error: [PROTOCOL-SWITCH] {head}: switch receive '
                                  'runs handlers out of the checker\'s sight; use recv'))
            elif what == 'known':
                errors.append((r, f'{where}: error: [PROTOCOL-UNKNOWN] {head}: the endpoint\'s '
                                  'state is not known here (assume it where the endpoint comes '
                                  'from, or state it in a loop invariant or the function\'s '
                                  'requires)'))
            else:
                state = state_name(what[len('in__'):])
                verb = 'is not allowed' if fn.startswith(('send_', 'call_')) else 'cannot be done'
                errors.append((r, f'{where}: error: [PROTOCOL-STATE] {head} {verb} in state '
                                  f'{state} of {contract}'))
            continue
        if ok or r['kind'] == 'precondition':
            continue   # a SIP function's own requires: checked at its calls
        if r['kind'].startswith('precondition of') and \
                r['kind'][len('precondition of '):] not in own:
            notes.append(f"{where}: note: {r['kind']} not checked here: {r['property']}")
        elif r['kind'] in ('assigns clause', 'from clause') and not written_here(r):
            notes.append(f"{where}: note: {r['function']} has no contract; Frama-C's "
                         f"generated {r['kind']} is not proved: {r['property']}")
        else:
            errors.append((r, f"{where}: error: [PROTOCOL-ANNOTATION] {r['kind']} "
                              f"({r['status']}): {r['property']}"))
    # An unknown state makes every clause of its call fail: say it once.
    unknown = {(r['file'], r['line'], r['kind']) for r, e in errors if '[PROTOCOL-UNKNOWN]' in e}
    errors = [(r, e) for r, e in errors if '[PROTOCOL-STATE]' not in e
              or (r['file'], r['line'], r['kind']) not in unknown]
    return errors, notes, checked


ANNOTATION = re.compile(r'/\*@.*?\*/|//@[^\n]*', re.S)
FORBIDDEN = [
    (re.compile(r'\b(axiom|admit|axiomatic)\b'), 'an axiom or admit would be assumed, not proved'),
    (re.compile(r'_ghost_state\b'), 'ghost states change only through the bindings\' contracts'),
    (re.compile(r'\bghost\b(?![^;]*_ghost_assume\s*\()'),
     'the only ghost code a SIP may hold is a <Contract>_<side>_ghost_assume call'),
]


def forbidden(files):
    """ACSL in the SIP's files that could make the check pass without a
    proof: each is an error at its line."""
    found = []
    for path in files:
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        for m in ANNOTATION.finditer(text):
            for pattern, why in FORBIDDEN:
                hit = pattern.search(m.group(0))
                if hit:
                    line = text.count('\n', 0, m.start() + hit.start()) + 1
                    found.append(f'{os.path.relpath(path)}:{line}: error: [PROTOCOL-GHOST] '
                                 f'"{hit.group(0)}": {why}')
    return found


def unchecked_contracts(rows, files):
    """Contracts the SIP wrote that nothing would check: on a function
    without code here (assumed at its calls), or a precondition of a
    function never called directly or whose address is taken (main, a
    thread's entry: run by the system, which proves nothing)."""
    text = ''
    for path in files:
        with open(path, encoding='utf-8', errors='replace') as f:
            text += f.read() + '\n'
    # code only: comments (ACSL too) and string literals name no function
    text = re.sub(r'/\*.*?\*/|//[^\n]*|"(\\.|[^"\\\n])*"', ' ', text, flags=re.S)
    found = []
    for r in rows:
        where = f"{r['file']}:{r['line']}"
        if r['status'] == 'Considered valid' and r['kind'] in (
                'postcondition', 'assigns clause', 'from clause', 'exits clause'):
            found.append(f"{where}: error: [PROTOCOL-ANNOTATION] {r['function']} has no code "
                         f"here: its {r['kind']} would be assumed, not proved")
    own = {r['function']: r for r in rows if r['kind'] == 'precondition'}
    called = {r['kind'][len('precondition of '):] for r in rows
              if r['kind'].startswith('precondition of ')}
    for fct, r in sorted(own.items()):
        pointer = re.search(r'\b' + re.escape(fct) + r'\b(?!\s*\()', text)
        if fct not in called or pointer:
            found.append(f"{r['file']}:{r['line']}: error: [PROTOCOL-ANNOTATION] {fct}: its "
                         'precondition is never checked (no direct call, or its address is taken)')
    return found


def assumptions(files):
    found = []
    for path in files:
        with open(path, encoding='utf-8', errors='replace') as f:
            for n, line in enumerate(f, 1):
                if ASSUME.search(line):
                    found.append(f'{os.path.relpath(path)}:{n}: assumed: {line.strip()}')
    return found


def check(args):
    specs = sorted(glob.glob(os.path.join(os.path.abspath(args.generated), '*_acsl.h')))
    if not specs:
        raise prove.ToolError(f'{args.generated}: no <stem>_acsl.h from contractc')
    with tempfile.TemporaryDirectory(prefix='insula-protocol-') as outdir:
        prove.run_frama_c(frama_c_command(args, outdir, specs), outdir, ' '.join(args.files))
        rows = read_rows(os.path.join(outdir, 'report.csv'), args.files)
    errors, notes, checked = classify(rows)
    errors = [e for _, e in errors] + unchecked_contracts(rows, args.files) + forbidden(args.files)
    return {'files': args.files, 'errors': errors, 'notes': notes,
            'assumed': assumptions(args.files), 'calls_checked': len(checked)}


def main(argv):
    try:
        args = parse_args(argv)
        prove.check_tools(args)
        if args.session:
            os.makedirs(args.session, exist_ok=True)
        result = check(args)
        if args.session:
            prove.prune_session(args.session)
    except prove.ToolError as e:
        print(f'protocol: error: {e}', file=sys.stderr)
        return 2
    ok = not result['errors']
    if args.json:
        json.dump(dict(result, ok=ok), sys.stdout, indent=2)
        print()
    else:
        for line in result['errors'] + result['assumed'] + result['notes']:
            print(line)
        verdict = 'follows its contracts' if ok else 'does NOT follow its contracts'
        print(f"protocol: {' '.join(args.files)}: {result['calls_checked']} channel call(s) "
              f"checked, {len(result['assumed'])} assumption(s): {verdict}")
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
