/*
 * fault — test SIP: faults on purpose; the kernel must kill it alone.
 *   ud2         executes an invalid opcode
 *   null        writes through a null pointer (the null page is unmapped)
 *   write-code  writes into its own code (refused by page permissions in
 *               page mode; phys mode relies on the verifier instead)
 *   oob         writes past the end of an array (the compiler's bounds
 *               check traps; in the nochecks build nothing stops it)
 *   recurse     recurses without end: the stack runs into its guard page
 *   unsafe-recurse  recurses with an array per frame that SafeStack puts on
 *               the unsafe stack, which runs into its own guard page first
 *   kernel-on-stack  moves its stack pointer 64 bytes above the guard pages
 *               and spins until an interrupt comes: the interrupt's frame
 *               fits, its handler runs into the soft guard page (pc; on
 *               hosted the signal frame does not fit)
 *   irq-at-guard  the same 16 bytes above the guards: the interrupt's own
 *               frame does not fit, its delivery faults in SIP code
 *   cfi         calls a function through a pointer of another type: CFI's
 *               check at the call traps
 *   call-null   calls a function pointer forged to 0, with CFI's check
 *               turned off (as raw_abi.h does): the fetch at 0 faults
 *               outside its image
 *   call-unmapped  the same to 64 TiB, mapped in no mode (above RAM's
 *               identity map on pc, far from every mapping on hosted)
 *   call-at N   the same to address N (the self-test passes a neighbour
 *               SIP's data, which is not executable where pages have rights)
 *   cli         executes a privileged instruction: in ring 3 (ring3 and micro
 *               modes) a general protection fault; in ring 0 it just runs
 *   kernel-read reads the kernel's first page (1 MiB, boot/kernel.ld): in
 *               ring 3 a page fault (supervisor-only); in ring 0 it reads
 * Not verifiable code: it exists to be killed.
 */
#include <insula/stdlib.h>

#include "tests/raw_abi.h"

SIP_MANIFEST("fault", .stack_bytes = 8 * 1024, .heap_bytes = 64 * 1024);

/* Deep enough to overflow any stack; `limit` keeps the compiler from
   seeing (and refusing) an infinite recursion. */
static int recurse(uint64_t depth, uint64_t limit)
{
    volatile char frame[256];
    frame[0] = (char)depth;
    if (depth < limit)
        return recurse(depth + 1, limit) + frame[0];
    return frame[0];
}

/* Each frame holds an array indexed by a run-time value SafeStack cannot
   prove in bounds (the mask is read at run time; `depth % 1024` it would
   prove): the array goes on the unsafe stack (8 KiB here), which overflows
   after a few frames while the safe stack holds only a few words per frame.
   The array is smaller than a page, so no frame can step over the guard. */
static volatile size_t frame_mask = 1023;

static int recurse_unsafe(uint64_t depth, uint64_t limit)
{
    volatile char frame[1024];
    size_t i = (size_t)depth & frame_mask;
    frame[i] = (char)depth;
    if (depth < limit)
        return recurse_unsafe(depth + 1, limit) + frame[i];
    return frame[i];
}

/* Puts the stack pointer `above` bytes over the guard pages at the bottom
   of this thread's safe-stack window (abi/abi.h) and waits there for an
   interrupt; never returns (the kernel kills the SIP). */
#define SPIN_AT_STACK_BOTTOM(above)                                          \
    __asm__ volatile("mov %%rsp, %%rax\n\t"                                 \
                     "and %0, %%rax\n\t"                                    \
                     "add %1, %%rax\n\t"                                    \
                     "mov %%rax, %%rsp\n\t"                                 \
                     "1: pause\n\t"                                         \
                     "jmp 1b"                                               \
                     : : "i"(-(int64_t)ABI_SAFE_STACK_WINDOW),              \
                       "i"(ABI_SAFE_STACK_HEADER_BYTES + (above)) : "rax", "memory")

static int add_one(int x)
{
    return x + 1;
}

/* add_one is an int(int); calling it as a long(const char *) is what CFI
   exists to stop. The pointer goes through a volatile so that the compiler
   cannot see the target and must emit the check. */
static void call_wrong_type(void)
{
    static long (*volatile wrong)(const char *);
    wrong = (long (*)(const char *))(uintptr_t)&add_one;
    print("fault: wrong-type call returned %ld\n", wrong("x"));
}

/* Calls `target` as a function, the check CFI would make turned off: what
   code that escaped CFI could do. The volatile hides the forged value. */
ABI_DIRECT static void call_forged(uintptr_t target)
{
    static void (*volatile forged)(void);
    forged = (void (*)(void))target;
    forged();
}

int main(const char *args)
{
    str_t what = str_trim(str_from_cstr(args));
    if (str_equal(what, STR("ud2")))
        __builtin_trap();
    if (str_equal(what, STR("null")))
        *(volatile int *)(uintptr_t)0 = 1;
    if (str_equal(what, STR("write-code")))
        *(volatile uint8_t *)(uintptr_t)&main = 0xC3;
    if (str_equal(what, STR("recurse")))
        print("fault: recursion returned %d\n", recurse(0, time_ns() | (1ull << 40)));
    if (str_equal(what, STR("unsafe-recurse")))
        print("fault: recursion returned %d\n", recurse_unsafe(0, time_ns() | (1ull << 40)));
    if (str_equal(what, STR("kernel-on-stack")))
        SPIN_AT_STACK_BOTTOM(64);
    if (str_equal(what, STR("irq-at-guard")))
        SPIN_AT_STACK_BOTTOM(16);
    if (str_equal(what, STR("cfi")))
        call_wrong_type();
    if (str_equal(what, STR("call-null")))
        call_forged(0);
    if (str_equal(what, STR("call-unmapped")))
        call_forged((uintptr_t)1 << 46);
    str_result_t at = str_slice(what, 0, 8);
    if (at.err == OK && str_equal(at.str, STR("call-at "))) {
        u64_result_t target = str_parse_u64(str_trim(str_slice(what, 8, str_len(what) - 8).str), 0);
        if (target.err == OK)
            call_forged((uintptr_t)target.value);
    }
    if (str_equal(what, STR("cli")))
        __asm__ volatile("cli; sti");
    if (str_equal(what, STR("kernel-read")))
        print("fault: kernel word %#lx\n", (unsigned long)*(volatile uint64_t *)(uintptr_t)0x100000);
    if (str_equal(what, STR("oob"))) {
        static int table[4];
        volatile size_t index = 4 + (size_t)(time_ns() & 0);
        table[index] = 1;
    }
    print("fault: still alive after '%s'\n", args);
    return 1;
}
