#!/usr/bin/env python3
"""The post-link frame check can fail (test sip-unsafe-frames, suite verifier).

  unsafe_frames_test.py unsafe_frames.py CLANG LLD OBJDUMP

Three functions, each with a local array the verifier would accept (1,900
bytes, under its 2,048-byte limit), call one another; compiled and
LTO-linked like SIP code (SafeStack with the pointer-address hook, no inline
limit), the inliner merges them into one unsafe frame of more than 4 KiB.
unsafe_frames.py must refuse that image naming the function, and accept the
same program with 600-byte arrays. Then its reading of the code is shown to
fail closed: a store into the unsafe-stack slot it cannot follow is an
error, not a pass, and so are a branch before the store and the slot's
address stored where the check cannot follow it.
"""
import importlib.util
import os
import subprocess
import sys
import tempfile

PROGRAM = r'''
#include <stdint.h>
extern void consume(uint8_t (*p)[SIZE]);
static void inner(uint8_t v) { uint8_t c[SIZE]; c[0] = v; consume(&c); }
static void middle(uint8_t v) { uint8_t b[SIZE]; b[0] = v; consume(&b); inner(v); consume(&b); }
__attribute__((visibility("default"))) void outer(uint8_t v) { uint8_t a[SIZE]; a[0] = v; consume(&a); middle(v); consume(&a); }
'''
HELPER = r'''
#include <stdint.h>
static void *slot;
void **__safestack_pointer_address(void) { return &slot; }
void consume(uint8_t (*p)[SIZE]) { __asm__ volatile("" :: "r"(p) : "memory"); }
'''
SIP_C = ['--target=x86_64-unknown-linux-gnu', '-O2', '-fPIC', '-fvisibility=hidden',
         '-ffreestanding', '-fno-builtin']
SAFESTACK = ['-flto', '-Xclang', '-fsanitize=safe-stack',
             '-mllvm', '-safestack-use-pointer-address']


def build(tmp, clang, lld, size):
    def compile_(name, text, extra):
        src = os.path.join(tmp, name + '.c')
        obj = os.path.join(tmp, name + f'{size}.o')
        with open(src, 'w') as f:
            f.write(text)
        subprocess.run([clang] + SIP_C + extra + [f'-DSIZE={size}', '-c', src, '-o', obj],
                       check=True)
        return obj
    objs = [compile_('program', PROGRAM, SAFESTACK), compile_('helper', HELPER, [])]
    image = os.path.join(tmp, f'image{size}.elf')
    subprocess.run([lld, '-shared', '--lto-O2', '-mllvm', '-safestack-use-pointer-address',
                    '-o', image] + objs, check=True)
    return image


def main():
    checker, clang, lld, objdump = sys.argv[1:5]
    spec = importlib.util.spec_from_file_location('unsafe_frames', checker)
    frames = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(frames)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        big = build(tmp, clang, lld, 1900)
        run = subprocess.run([sys.executable, checker, objdump, big, os.path.join(tmp, 'big')],
                             capture_output=True, text=True)
        print(run.stderr, end='')
        if run.returncode != 1 or '[SIP-STACK-FRAME] the unsafe frame of outer' not in run.stderr:
            failures.append('merged frames over the guard were not refused')
        small = build(tmp, clang, lld, 600)
        stamp = os.path.join(tmp, 'small')
        run = subprocess.run([sys.executable, checker, objdump, small, stamp],
                             capture_output=True, text=True)
        if run.returncode != 0:
            failures.append('a program within the guard was refused: ' + run.stderr)
        else:
            sizes = dict((f, int(s)) for s, f in
                         (line.split('\t') for line in open(stamp).read().splitlines()))
            print('accepted, frames:', sizes)
            if not 1800 <= sizes.get('outer', 0) <= frames.GUARD_BYTES:
                failures.append(f'outer\'s merged frame read as {sizes.get("outer")} bytes, '
                                'not the three 600-byte arrays')
    # Fail closed: a store into the slot of a value the check cannot follow.
    unknown = [('0', 'callq', '0x0 <__safestack_pointer_address>'),
               ('5', 'movq', '(%rax), %rcx'),
               ('8', 'imulq', '%rdx, %rcx'),
               ('c', 'movq', '%rcx, (%rax)')]
    branch = [('0', 'callq', '0x0 <__safestack_pointer_address>'),
              ('5', 'movq', '(%rax), %rcx'),
              ('8', 'je', '0x20 <f+0x20>'),
              ('a', 'leaq', '-0x40(%rcx), %rdx'),
              ('e', 'movq', '%rdx, (%rax)')]
    escape = [('0', 'callq', '0x0 <__safestack_pointer_address>'),
              ('5', 'movq', '%rax, 0x10(%rbx)'),
              ('9', 'xorl', '%eax, %eax'),
              ('b', 'retq', '')]
    indexed = [('0', 'callq', '0x0 <__safestack_pointer_address>'),
               ('5', 'movq', '(%rax), %rcx'),
               ('8', 'leaq', '-0x40(%rcx), %rdx'),
               ('c', 'movq', '%rdx, (%rax,%rsi)')]
    for name, insns in [('unknown value', unknown), ('branch before the store', branch),
                        ('slot address stored to the heap', escape),
                        ('store through the slot with an index', indexed)]:
        try:
            frames.frame_after_call('f', insns, 0)
            failures.append(f'{name}: accepted a frame it cannot read')
        except frames.FrameError as e:
            print(f'{name}: refused: {e}')
    for f in failures:
        print('FAIL:', f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
