#!/usr/bin/env python3
"""protocol_test.py — the static protocol check's tests (meson test --suite prove).

    protocol_test.py MODE SOURCE_ROOT GENERATED SESSION

GENERATED is where contractc wrote the bindings and their <stem>_acsl.h.
MODE sips: every SIP in SIPS must be proved to follow its contracts.
MODE bad: every file or mutant in BAD must be refused (status 1) with
exactly its expected diagnostics, no other error.
Skipped (77) only when frama-c is not installed.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
INCLUDES = ['stdlib/include', 'kernel/include', 'contracts/include']

# The shipped SIPs whose channel calls are proved (docs/proofs.md lists the
# ones that are not yet, and why).
SIPS = [
    ['sip/tests/pong/main.c'],
    ['bench/sips/pong/main.c'],
    ['sip/tests/echo-server/main.c'],
    ['sip/tutorial/kv-server/main.c'],
]

# (file, (text, replacement) or None, expected error lines): refused with
# exactly these errors. FILE is put in a temporary copy when mutated; the
# expected lines then name that copy's base name.
BAD = [
    ('verifier/prove/tests/protocol/bad_send.c', None,
     ['bad_send.c:23: error: [PROTOCOL-STATE] PingPong.imp: Ping! (send) is not allowed '
      'in state Start#1 of PingPong']),
    ('verifier/prove/tests/protocol/bad_loop.c', None,
     ['bad_loop.c:24: error: [PROTOCOL-STATE] PingPong.exp: Pong! (send) is not allowed '
      'in state Start of PingPong']),
    ('verifier/prove/tests/protocol/bad_helper.c', None,
     ['bad_helper.c:29: error: [PROTOCOL-ANNOTATION] precondition of ping_once (Unknown): '
      'PingPong_imp_in(ep.h, 0)']),
    # every way around the proof the checker knows of, each at its line
    ('verifier/prove/tests/protocol/bad_forge.c', None,
     ['bad_forge.c:16: error: [PROTOCOL-ANNOTATION] assigns clause (Unknown): assigns \\nothing;',
      'bad_forge.c:15: error: [PROTOCOL-ANNOTATION] forge_start has no code here: its '
      'postcondition would be assumed, not proved',
      'bad_forge.c:20: error: [PROTOCOL-ANNOTATION] main: its precondition is never checked '
      '(no direct call, or its address is taken)',
      'bad_forge.c:18: error: [PROTOCOL-GHOST] "axiomatic": an axiom or admit would be '
      'assumed, not proved',
      'bad_forge.c:25: error: [PROTOCOL-GHOST] "_ghost_state": ghost states change only '
      'through the bindings\' contracts',
      'bad_forge.c:25: error: [PROTOCOL-GHOST] "ghost": the only ghost code a SIP may hold '
      'is a <Contract>_<side>_ghost_assume call']),
    # ping's "violate" mode breaks its contract on purpose (the kernel's
    # run-time check is tested with it): a second Ping before the Pong.
    ('sip/tests/ping/main.c', None,
     ['main.c:49: error: [PROTOCOL-STATE] PingPong.imp: Ping! (send) is not allowed '
      'in state Start#1 of PingPong']),
    # bench-pong answering Data with Pong and Ping with DataBack.
    ('bench/sips/pong/main.c', ('msg.id == Bench_MSG_Ping ?', 'msg.id != Bench_MSG_Ping ?'),
     ['main.c:26: error: [PROTOCOL-STATE] Bench.exp: Pong! (call: send, then receive) is not '
      'allowed in state Ready#2 of Bench',
      'main.c:27: error: [PROTOCOL-STATE] Bench.exp: DataBack! (call: send, then receive) is '
      'not allowed in state Ready#1 of Bench']),
    # pong without its loop invariant: the state at the loop head is unknown.
    ('sip/tests/pong/main.c',
     ('    //@ loop invariant PingPong_exp_in(ep.h, PingPong_S_Start);\n', ''),
     ['main.c:21: error: [PROTOCOL-UNKNOWN] PingPong.exp: Ping? (receive): the endpoint\'s '
      'state is not known here (assume it where the endpoint comes from, or state it in '
      'a loop invariant or the function\'s requires)']),
]


def check(root, generated, session, files):
    cmd = [sys.executable, os.path.join(root, 'verifier/prove/protocol.py'),
           '--generated', generated, '--session', session, '--jobs', '2', '--timeout', '10']
    for d in INCLUDES:
        cmd += ['-I', os.path.join(root, d)]
    run = subprocess.run(cmd + files, cwd=root, capture_output=True, text=True)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    return run


def goldens_parse(root):
    """Frama-C accepts the ACSL contractc emits for the test contracts too
    (arrays and records of endpoints, extends, shared types): an ACSL error
    is fatal (annot-error)."""
    good = os.path.join(root, 'contracts/tests/golden/good')
    ok = True
    with tempfile.TemporaryDirectory(prefix='insula-protocol-') as tmp:
        empty = os.path.join(tmp, 'empty.c')
        with open(empty, 'w', encoding='utf-8') as f:
            f.write('int main(void) { return 0; }\n')
        for spec in sorted(glob.glob(os.path.join(good, '*_acsl.h'))):
            cpp = ['-include', os.path.join(root, 'verifier/prove/frama_c_compat.h'),
                   '-include', spec, '-I' + os.path.join(root, 'contracts/include'), '-I' + good]
            run = subprocess.run(['frama-c', '-c11', '-machdep', 'x86_64',
                                  '-cpp-extra-args=' + ','.join(cpp), empty],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f'FAIL: Frama-C refuses {spec}:\n{run.stdout}{run.stderr}')
                ok = False
    return ok


def test_sips(root, generated, session):
    if not goldens_parse(root):
        return 1
    failed = [f for f in SIPS if check(root, generated, session, f).returncode != 0]
    for f in failed:
        print(f'FAIL: {" ".join(f)} is not proved to follow its contracts')
    return 1 if failed else 0


def refused(root, generated, session, path, mutation, expected):
    with tempfile.TemporaryDirectory(prefix='insula-protocol-') as tmp:
        target = os.path.join(root, path)
        if mutation is not None:
            with open(target, encoding='utf-8') as f:
                source = f.read()
            if source.count(mutation[0]) != 1:
                print(f'FAIL: {path}: the mutation text is not there exactly once')
                return False
            target = os.path.join(tmp, os.path.basename(path))
            with open(target, 'w', encoding='utf-8') as f:
                f.write(source.replace(*mutation))
        run = check(root, generated, session, [target])
    errors = sorted(line.split('/')[-1] for line in run.stdout.splitlines() if ': error: ' in line)
    if run.returncode != 1 or errors != sorted(expected):
        print(f'FAIL: {path} {mutation}: status {run.returncode} (expected 1), errors:')
        print('\n'.join(errors) or '(none)')
        print('expected:\n' + '\n'.join(expected))
        return False
    print(f'refused as expected: {path}' + (' (mutated)' if mutation else ''))
    return True


def test_bad(root, generated, session):
    results = [refused(root, generated, session, *b) for b in BAD]
    return 0 if all(results) else 1


def main():
    mode, root, generated, session = sys.argv[1], os.path.abspath(sys.argv[2]), \
        os.path.abspath(sys.argv[3]), os.path.abspath(sys.argv[4])
    if shutil.which('frama-c') is None:
        print('frama-c is not installed: skipped')
        return SKIP
    if mode == 'sips':
        return test_sips(root, generated, session)
    if mode == 'bad':
        return test_bad(root, generated, session)
    print(f'unknown mode {mode}')
    return 2


if __name__ == '__main__':
    sys.exit(main())
