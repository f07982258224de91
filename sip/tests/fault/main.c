/*
 * fault — test SIP: faults on purpose; the kernel must kill it alone.
 *   ud2         executes an invalid opcode
 *   null        writes through a null pointer (the null page is unmapped)
 *   write-code  writes into its own code (refused by page permissions in
 *               page mode; phys mode relies on the verifier instead)
 *   oob         writes past the end of an array (the compiler's bounds
 *               check traps; in the nochecks build nothing stops it)
 *   recurse     recurses without end: the stack runs into its guard page
 *               (only where pages carry rights: never run it in phys mode)
 * Not verifiable code: it exists to be killed.
 */
#include <insula/stdlib.h>

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
    if (str_equal(what, STR("oob"))) {
        static int table[4];
        volatile size_t index = 4 + (size_t)(time_ns() & 0);
        table[index] = 1;
    }
    print("fault: still alive after '%s'\n", args);
    return 1;
}
