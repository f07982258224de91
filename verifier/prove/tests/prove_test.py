#!/usr/bin/env python3
"""prove_test.py — the proof driver's tests (meson test --suite prove).

    prove_test.py MODE SOURCE_ROOT

MODE stdlib SESSION: the stdlib's buffer, string and parsing code must be
proved in full. MODE wrong: a deliberately wrong copy must be reported unproved (1).
MODE malformed: a file that is not C must be an error (2), never a pass.
MODE kernel SESSION: the channel core (KERNEL_FILES) must be proved in full,
with its functional contracts; SESSION keeps proved goals between runs.
MODE mutants SESSION: each known bug in MUTANTS, put into a copy of its file,
must leave the function it breaks unproved (1): no proof is vacuous.
Skipped (77) only when frama-c is not installed.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
STDLIB_FILES = ['stdlib/src/buf.c', 'stdlib/src/str.c', 'stdlib/src/str_parse.c']
# buf_format/buf_vformat hand a callback to fmt_vformat, which WP cannot follow
# (verifier/README.md, "Proofs"); buf_format_sink, which writes, is proved.
STDLIB_SKIP = ['buf_format', 'buf_vformat']


# The channel core (docs/proofs.md) and the functions that must carry goals.
KERNEL_FILES = ['contracts/runtime/contract_step.c', 'kernel/lib/msg_queue.c',
                'kernel/lib/handle.c']
KERNEL_FUNCTIONS = {'contract_step', 'contract_transition_find', 'contract_message_get',
                    'msg_queue_init', 'msg_queue_reserve', 'msg_queue_commit',
                    'msg_queue_pop', 'msg_queue_front',
                    'handle_insert', 'handle_lookup', 'handle_remove', 'handle_slot',
                    'slot_fill', 'slot_clear', 'handle_take_any'}

# (file, function, text, replacement, the bug): each must break its proof.
MUTANTS = [
    ('kernel/lib/msg_queue.c', 'msg_queue_commit',
     'if (q->count >= q->capacity ||', 'if (q->count > q->capacity ||',
     'queue: a commit into a full queue (off by one)'),
    ('kernel/lib/msg_queue.c', 'msg_queue_reserve',
     'q->count < q->capacity ?', 'q->count <= q->capacity ?',
     'queue: a full queue still reserves a slot (off by one)'),
    ('kernel/lib/msg_queue.c', 'msg_queue_commit',
     'slot->next_state = next_state;', 'slot->next_state = 0;',
     'queue: the sender\'s next state is not kept for the receiver'),
    ('kernel/lib/msg_queue.c', 'msg_queue_slot',
     'at < q->capacity ? at : at - q->capacity', 'at <= q->capacity ? at : at - q->capacity',
     'queue: the ring wraps one slot late (off by one)'),
    ('kernel/lib/msg_queue.c', 'msg_queue_pop',
     'q->head = msg_queue_slot(q, 1);', 'q->head = msg_queue_slot(q, 0);',
     'queue: pop forgets to move the head (a message delivered twice, one lost)'),
    ('kernel/lib/handle.c', 'handle_slot',
     'if (s->type == HANDLE_FREE || s->generation != h / HANDLE_INDEX_SPAN)',
     'if (s->type == HANDLE_FREE)',
     'handles: the generation check is missing (a stale handle accepted)'),
    ('kernel/lib/handle.c', 'slot_clear',
     's->generation++;', '',
     'handles: a removed slot keeps its generation (its old handles come back)'),
    ('contracts/runtime/contract_step.c', 'contract_step',
     '*next = tr->next;', '*next = state;',
     'contract step: the wrong next state'),
    ('contracts/runtime/contract_step.c', 'contract_step',
     'if (tr == NULL || tr->dir != (uint16_t)dir ||', 'if (tr == NULL ||',
     'contract step: the transition\'s direction is not checked'),
]


def driver(root, *args):
    cmd = [sys.executable, os.path.join(root, 'verifier/prove/prove.py'),
           '--include', 'stdlib/include', '--include', 'kernel/include',
           '--include', 'contracts/include', '--jobs', '2', *args]
    run = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    return run


def test_stdlib(root, session):
    skips = [a for f in STDLIB_SKIP for a in ('--skip', f)]
    run = driver(root, '--json', '--session', session, *skips, *STDLIB_FILES)
    report = json.loads(run.stdout)
    names = {f['function'] for r in report['files'] for f in r['functions']}
    expected = {'buf_copy', 'buf_append', 'buf_set', 'buf_get', 'buf_format_sink',
                'str_slice', 'str_find', 'str_next_token', 'parse_magnitude',
                'str_parse_i64', 'str_parse_u64'}
    missing = expected - names
    if missing:
        print(f'FAIL: no goals for {sorted(missing)}')
        return 1
    if run.returncode != 0 or not report['ok']:
        print(f'FAIL: stdlib proof not complete (status {run.returncode})')
        return 1
    return 0


def test_kernel(root, session):
    # 120 s per goal (the driver's default is 10). The provers' limit is
    # wall-clock time: on a 2-core machine loaded ~15 deep, a
    # msg_queue_commit goal that takes a few seconds alone ran out of 30 s
    # (its provers got a few percent of a core). A longer limit costs time
    # only on a goal that does not prove, and every goal here proves.
    run = driver(root, '--json', '--session', session, '--timeout', '120', *KERNEL_FILES)
    if run.returncode == 2:
        print('FAIL: the driver could not run')
        return 1
    report = json.loads(run.stdout)
    rows = {f['function']: f for r in report['files'] for f in r['functions']}
    for name, f in sorted(rows.items()):
        print(f"{name}: {f['proved']}/{f['total']} ({f['seconds']} s)")
    missing = sorted(n for n in KERNEL_FUNCTIONS if rows.get(n, {}).get('total', 0) == 0)
    if missing:
        print(f'FAIL: no goals for {missing}')
        return 1
    if run.returncode != 0 or not report['ok']:
        print(f'FAIL: the channel core is not proved in full (status {run.returncode})')
        return 1
    return 0


def mutant_caught(root, session, path, function, text, replacement, bug):
    with open(os.path.join(root, path), encoding='utf-8') as f:
        source = f.read()
    if source.count(text) != 1:
        print(f'FAIL: {path}: the mutant text for "{bug}" is not there exactly once')
        return False
    with tempfile.TemporaryDirectory(prefix='insula-mutant-') as tmp:
        mutant = os.path.join(tmp, os.path.basename(path))
        with open(mutant, 'w', encoding='utf-8') as f:
            f.write(source.replace(text, replacement))
        run = driver(root, '--json', '--session', session, '--timeout', '5',
                     '--only', function, mutant)
    if run.returncode != 1:
        print(f'FAIL: {bug}: status {run.returncode}, expected 1 (unproved)')
        return False
    report = json.loads(run.stdout)
    broken = [f['function'] for r in report['files'] for f in r['functions']
              if f['proved'] < f['total']]
    if function not in broken:
        print(f'FAIL: {bug}: {function} still proved (unproved: {broken})')
        return False
    print(f'caught: {bug} ({function} unproved)')
    return True


def test_mutants(root, session):
    caught = [mutant_caught(root, session, *m) for m in MUTANTS]
    return 0 if all(caught) else 1


def expect_status(root, path, status):
    run = driver(root, '--timeout', '3', path)
    if run.returncode != status:
        print(f'FAIL: {path}: status {run.returncode}, expected {status}')
        return 1
    return 0


def main():
    mode, root = sys.argv[1], os.path.abspath(sys.argv[2])
    if shutil.which('frama-c') is None:
        print('frama-c is not installed: skipped')
        return SKIP
    if mode == 'stdlib':
        return test_stdlib(root, sys.argv[3])
    if mode == 'wrong':
        return expect_status(root, 'verifier/prove/tests/wrong_copy.c', 1)
    if mode == 'kernel':
        return test_kernel(root, sys.argv[3])
    if mode == 'mutants':
        return test_mutants(root, sys.argv[3])
    if mode == 'malformed':
        return expect_status(root, 'verifier/prove/tests/not_c.c', 2)
    print(f'unknown mode {mode}')
    return 2


if __name__ == '__main__':
    sys.exit(main())
