/*
 * attack-stack — runs off the end of its stack. The subset has no VLAs and
 * no alloca (SIP-STACK-VLA, SIP-STACK-ALLOCA) but does not bound recursion
 * (SIP-STACK-OVERFLOW): the stack ends in an inaccessible guard page and
 * the thread's kernel data lies below it, so the first access past the
 * stack must fault there.
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
 *   safe-big-frames  recursion passing a 512-byte structure by value: the
 *                copies (the parameter and the argument area, about 1.5 KiB a
 *                level) are what SafeStack moves to the unsafe stack, so it
 *                is killed at the unsafe stack's guard page. No verified
 *                construct puts a large object on the safe stack: it keeps
 *                only scalars whose address never escapes and spills, and
 *                SIP-STACK-FRAME bounds all automatic storage at 2048 bytes
 *                (-fstack-clash-protection would probe a larger frame)
 *   abi-recurse  recursion that makes an ABI call (time_ns) at every level:
 *                the kernel's code would run on whatever safe stack is
 *                left; the stdlib makes no ABI call with less than the
 *                kernel's reserve left and stops the SIP, "check failed:
 *                safe stack exhausted at an ABI call"
 * All in every mode: phys mode guards the stacks with 4 KiB pages too.
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

typedef struct {
    uint64_t words[64];
} bulky_t;

static volatile uint64_t opaque_word;

static uint64_t safe_big_frames(bulky_t b, uint64_t depth, uint64_t limit)
{
    b.words[0] = depth + opaque_word;
    if (depth < limit)
        return safe_big_frames(b, depth + 1, limit) + b.words[0];
    return b.words[0];
}

static uint64_t start_safe_big_frames(uint64_t limit)
{
    bulky_t b = { .words = { 1 } };
    return safe_big_frames(b, 0, limit);
}

static uint64_t recurse_calling_time(uint64_t depth, uint64_t limit)
{
    volatile uint64_t now = time_ns();
    if (depth < limit)
        return recurse_calling_time(depth + 1, limit) + now;
    return now;
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
    else if (str_equal(mode, STR("safe-big-frames")))
        result = start_safe_big_frames(endless);
    else if (str_equal(mode, STR("abi-recurse")))
        result = recurse_calling_time(0, endless);
    else {
        print("attack-stack: unknown mode '%s'\n", args);
        return 1;
    }
    print("attack-stack: returned %llu\n", (unsigned long long)result);
    return ATTACK_SURVIVED;
}
