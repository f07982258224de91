/*
 * attack-stack — runs off the end of its stack. The subset has no VLAs and
 * no alloca (SIP-STACK-VLA, SIP-STACK-ALLOCA) but does not bound recursion
 * (SIP-STACK-OVERFLOW): the stack ends in an inaccessible guard page and
 * the thread's kernel data lies below it, so the first access past the
 * stack must fault there. Only where pages carry rights (page mode,
 * hosted): phys mode has no guard page and the runner skips these.
 *
 * Modes (args); each must be killed with a page fault in a guard page,
 * reason "#PF page fault (stack overflow) at attack-stack+0x..." for the
 * safe stack, "(unsafe stack overflow)" for SafeStack's unsafe one:
 *   recurse      unbounded recursion with small frames
 *   big-frames   recursion whose frames each hold a 1.5 KiB local array
 *                (under the SIP-STACK-FRAME limit), killed at the unsafe
 *                stack's guard page
 *   untouched-frames  the same frames left untouched on the way down, the
 *                deepest one written: SafeStack takes a frame without
 *                touching it, so without the probe in
 *                __safestack_pointer_address (stdlib/src/safestack.c) the
 *                unsafe stack pointer would creep past the guard page and
 *                the write land in foreign memory; the probe faults in the
 *                guard page on the first call made from inside it
 * (A single frame larger than the guard page is refused by the verifier,
 * SIP-STACK-FRAME: verifier/tests/reject/huge_frame.c.)
 * If the stack were unbounded it exits with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-stack", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

static volatile uint64_t opaque_zero;

/* Deep enough to overflow any stack; the run-time limit keeps the compiler
   from turning the recursion into a loop or refusing it as infinite. */
static uint64_t recurse(uint64_t depth, uint64_t limit)
{
    volatile uint64_t slot = depth;
    if (depth < limit)
        return recurse(depth + 1, limit) + slot;
    return slot;
}

static uint64_t big_frames(uint64_t depth, uint64_t limit)
{
    volatile uint8_t frame[1536];
    frame[opaque_zero] = (uint8_t)depth;
    if (depth < limit)
        return big_frames(depth + 1, limit) + frame[opaque_zero];
    return frame[opaque_zero];
}

/* 64 untouched frames of 1.5 KiB reach 96 KiB below the top of a 16 KiB
   unsafe stack: the write in the deepest would be far past the guard page.
   The read on the way back keeps the recursion from becoming a loop. */
static uint64_t untouched_frames(uint64_t depth, uint64_t limit)
{
    volatile uint8_t frame[1536];
    if (depth == limit) {
        frame[opaque_zero] = 0x41;
        return frame[opaque_zero];
    }
    return untouched_frames(depth + 1, limit) + frame[opaque_zero];
}

int main(const char *args)
{
    uint64_t endless = (1ull << 40) + opaque_zero;
    str_t mode = str_trim(str_from_cstr(args));
    uint64_t result;
    if (str_equal(mode, STR("recurse")))
        result = recurse(0, endless);
    else if (str_equal(mode, STR("big-frames")))
        result = big_frames(0, endless);
    else if (str_equal(mode, STR("untouched-frames")))
        result = untouched_frames(0, 64 + opaque_zero);
    else {
        print("attack-stack: unknown mode '%s'\n", args);
        return 1;
    }
    print("attack-stack: returned %llu\n", (unsigned long long)result);
    return ATTACK_SURVIVED;
}
