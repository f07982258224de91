#!/usr/bin/env python3
"""Every unsafe frame of a linked SIP image fits the guard (SIP-STACK-FRAME).

  unsafe_frames.py OBJDUMP IMAGE.elf STAMP [--limit BYTES]

SafeStack takes a function's whole unsafe frame at its entry: it calls
`__safestack_pointer_address` (which probes below the current pointer),
loads the unsafe stack pointer from the slot it returns, and stores the
pointer minus the frame back into the slot, with no probe of its own. The
guard below each unsafe stack is one 4 KiB page, so no frame may be larger
(verifier/SUBSET.md, SIP-STACK-FRAME). What the verifier counts is the
source; what runs is the image after LTO and inlining, which merge frames.
This check reads the image: for every call to `__safestack_pointer_address`
it follows the straight-line code after it to the first store into the
slot and computes the size of the frame taken there. A frame over the limit,
or a store whose value it cannot work out (or a branch, call or trap before the
store), fails the build with the function named (a return reached in
straight-line code before any store means no frame: the optimizer removed
it): the check knows every frame or it says no.
On success it writes STAMP (the largest frame, per function).
"""
import re
import subprocess
import sys

GUARD_BYTES = 4096
HELPER = '__safestack_pointer_address'
FUNC = re.compile(r'^[0-9a-f]+ <(.+)>:$')
INSN = re.compile(r'^\s*([0-9a-f]+):\s+(\S+)\s*(.*?)\s*(?:#.*)?$')
# 64-bit general registers and their 32-bit halves (a write to the half
# clobbers the whole register as far as this check is concerned).
REG64 = ['rax', 'rbx', 'rcx', 'rdx', 'rsi', 'rdi', 'rbp', 'rsp',
         'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15']
REG32 = {'eax': 'rax', 'ebx': 'rbx', 'ecx': 'rcx', 'edx': 'rdx', 'esi': 'rsi',
         'edi': 'rdi', 'ebp': 'rbp', 'esp': 'rsp'}
# How far after the call the frame must have been taken.
WINDOW = 40


class FrameError(Exception):
    pass


def reg(text):
    """'%r14' or '%r14d' -> 'r14'; None if not a register."""
    if not text.startswith('%'):
        return None
    name = text[1:]
    if name in REG64:
        return name
    if name in REG32:
        return REG32[name]
    m = re.fullmatch(r'(r\d+)[dwb]', name)
    return m.group(1) if m else ('?' + name)


def number(text):
    text = text.lstrip('$')
    neg = text.startswith('-')
    value = int(text.lstrip('-'), 0)
    return -value if neg else value


def split_operands(ops):
    """AT&T operands, commas inside parentheses kept."""
    out, depth, cur = [], 0, ''
    for ch in ops:
        if ch == ',' and depth == 0:
            out.append(cur.strip())
            cur = ''
            continue
        depth += ch == '('
        depth -= ch == ')'
        cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def memory(op):
    """'-0x40(%r14)' -> (-0x40, 'r14'); '(%rax)' -> (0, 'rax'); another
    memory operand (an index register, a segment) -> (None, None), which
    nothing below takes for a location it knows; a register or an
    immediate -> None."""
    m = re.fullmatch(r'(-?(?:0x)?[0-9a-f]*)\((%[a-z0-9]+)\)', op)
    if m:
        return (number(m.group(1)) if m.group(1) else 0), reg(m.group(2))
    return (None, None) if '(' in op or ':' in op else None


def registers_in(op):
    return {reg(r) for r in re.findall(r'%[a-z0-9]+', op)}


def trap_at(insns, target):
    """The instruction at `0x1329 <f+0x59>` is a trap (ud1/ud2): a branch
    there never comes back."""
    m = re.match(r'0x([0-9a-f]+)', target)
    if not m:
        return False
    where = m.group(1).lstrip('0')
    return any(addr.lstrip('0') == where and mnem.startswith('ud')
               for addr, mnem, _ in insns)


def frame_after_call(func, insns, start):
    """The size of the unsafe frame taken after the call at insns[start]:
    the pointer loaded from the slot minus the value stored back. 0 when no
    register holds the slot's address any more (nothing can store into it)
    or a return is reached first. Anything else it cannot follow is an
    error: the slot's address copied where it is not tracked (memory, an
    instruction it does not model), a branch that may come back, a call."""
    slot = {'rax'}            # registers holding the slot's address
    spilled = set()           # safe-stack locations holding it: (offset, base)
    usp = {}                  # register -> offset from the unsafe stack pointer

    def refuse(addr, why):
        raise FrameError(f'{func}+{addr}: {why}')

    for addr, mnem, ops in insns[start + 1:start + 1 + WINDOW]:
        operands = split_operands(ops)
        regs = set().union(*(registers_in(o) for o in operands)) if operands else set()
        base = 'lea' if mnem in ('lea', 'leaq') else mnem.rstrip('lqwb')
        if mnem.startswith('ret'):
            return 0    # straight to the return: no frame taken at all
        if mnem.startswith('j') and mnem != 'jmp' and trap_at(insns, ops):
            continue    # a check that traps; the code goes on after it
        if mnem.startswith(('j', 'call', 'ud')):
            break
        if spilled and (mnem.startswith(('push', 'pop', 'leave'))
                        or operands and operands[-1] in ('%rsp', '%rbp')):
            refuse(addr, 'the stack moves while it holds the slot address')
        if mnem.startswith('mov') and len(operands) == 2:
            src, dst = operands
            dst_mem, src_mem = memory(dst), memory(src)
            if dst_mem and (dst_mem[1] in slot or dst_mem[1] is None
                            and registers_in(dst) & slot):
                if dst_mem[0] != 0 or reg(src) not in usp:
                    refuse(addr, f'the value stored into the unsafe stack pointer ({src}) '
                                 'is not one this check can follow')
                return -usp[reg(src)]
            if dst_mem:
                if reg(src) in slot and dst_mem[1] in ('rbp', 'rsp') and mnem == 'movq':
                    spilled.add(dst_mem)      # kept on the safe stack for the exit
                elif reg(src) in slot:
                    refuse(addr, "the unsafe stack pointer's slot address is stored "
                                 'where this check cannot follow it')
                else:
                    spilled.discard(dst_mem)
                continue
            target = reg(dst)
            if target is None or target.startswith('?'):
                refuse(addr, f'unexpected {mnem} {ops}')
            if src_mem in spilled:
                slot.add(target)
                usp.pop(target, None)
            elif src_mem and (src_mem[1] in slot or registers_in(src) & slot):
                if src_mem[0] != 0 or mnem != 'movq':
                    refuse(addr, f'unexpected read {mnem} {ops} near the slot')
                usp[target] = 0
                slot.discard(target)
            elif reg(src) in slot and mnem == 'movq':
                slot.add(target)
                usp.pop(target, None)
            elif reg(src) in usp and mnem == 'movq':
                usp[target] = usp[reg(src)]
                slot.discard(target)
            elif reg(src) in slot:
                refuse(addr, f'the slot address is copied by {mnem} {ops}')
            else:
                slot.discard(target)
                usp.pop(target, None)
        elif base == 'lea' and len(operands) == 2:
            src_mem, target = memory(operands[0]), reg(operands[1])
            if (src_mem and src_mem[1] in slot) or target in slot and target not in usp \
                    and src_mem is None:
                refuse(addr, f'the slot address is used by {mnem} {ops}')
            slot.discard(target)
            if src_mem and src_mem[1] in usp:
                usp[target] = usp[src_mem[1]] + src_mem[0]
            else:
                usp.pop(target, None)
        elif base in ('add', 'sub', 'and') and len(operands) == 2 \
                and operands[0].startswith('$') and reg(operands[1]) in usp:
            target, imm = reg(operands[1]), number(operands[0])
            if base == 'add':
                usp[target] += imm
            elif base == 'sub':
                usp[target] -= imm
            elif imm < 0 and (-imm & (-imm - 1)) == 0:
                usp[target] -= -imm - 1     # realignment: at most align - 1 lower
            else:
                refuse(addr, f'unexpected {mnem} {ops} on the unsafe stack pointer')
        elif base in ('test', 'cmp', 'bt'):
            pass        # reads only
        elif base == 'xor' and len(operands) == 2 and operands[0] == operands[1] \
                and reg(operands[0]):
            slot.discard(reg(operands[0]))      # zeroed
            usp.pop(reg(operands[0]), None)
        elif any(r in slot for r in regs):
            refuse(addr, f'the slot address is used by {mnem} {ops}, which this '
                         'check does not model')
        elif operands:
            usp.pop(reg(operands[-1]), None)
        if not slot and not spilled:
            return 0    # the slot's address is gone: nothing can store into it
    raise FrameError(f'{func}: {HELPER} called at {insns[start][0]} but no unsafe '
                     'frame taken after it in straight-line code that this check '
                     'can follow')


def read_functions(objdump, image):
    text = subprocess.run([objdump, '-d', '--no-show-raw-insn', image],
                          check=True, capture_output=True, text=True).stdout
    funcs, current = {}, None
    for line in text.splitlines():
        m = FUNC.match(line)
        if m:
            current = m.group(1)
            funcs[current] = []
            continue
        m = INSN.match(line)
        if m and current is not None:
            funcs[current].append((m.group(1), m.group(2), m.group(3)))
    return funcs


def check(objdump, image, limit):
    frames, errors = {}, []
    for func, insns in read_functions(objdump, image).items():
        if func == HELPER:
            continue
        for i, (addr, mnem, ops) in enumerate(insns):
            if not mnem.startswith('call') or f'<{HELPER}>' not in ops:
                continue
            try:
                size = frame_after_call(func, insns, i)
            except FrameError as e:
                errors.append(f'{image}: error: [SIP-STACK-FRAME] {e}')
                continue
            frames[func] = max(frames.get(func, 0), size)
            if size > limit:
                errors.append(f'{image}: error: [SIP-STACK-FRAME] the unsafe frame of '
                              f'{func} is {size} bytes after linking, more than the '
                              f'{limit}-byte guard below the unsafe stack (inlining '
                              'merged frames: make a large local a heap object)')
            if size < 0:
                errors.append(f'{image}: error: [SIP-STACK-FRAME] {func} moves the '
                              'unsafe stack pointer up at entry')
    return frames, errors


def main(argv):
    if len(argv) not in (4, 6) or (len(argv) == 6 and argv[4] != '--limit'):
        print(__doc__, file=sys.stderr)
        return 2
    objdump, image, stamp = argv[1:4]
    limit = int(argv[5]) if len(argv) == 6 else GUARD_BYTES
    frames, errors = check(objdump, image, limit)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        return 1
    with open(stamp, 'w') as out:
        for func, size in sorted(frames.items(), key=lambda kv: -kv[1]):
            out.write(f'{size}\t{func}\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
