/*
 * attack-stack — runs off the end of its stack. The subset has no VLAs and
 * no alloca (SIP-STACK-VLA, SIP-STACK-ALLOCA) but does not bound recursion
 * (SIP-STACK-OVERFLOW): the stack ends in an inaccessible guard page and
 * the thread's kernel data lies below it, so the first access past the
 * stack must fault there. Only where pages carry rights (page mode,
 * hosted): phys mode has no guard page and the runner skips these.
 *
 * Modes (args); each must be killed with a page fault in the guard page,
 * reason "#PF page fault at image+0x... touching 0x...":
 *   recurse      unbounded recursion with small frames
 *   big-frames   recursion whose frames each hold a 3 KiB local array
 *   huge-frame   one frame holding a 64 KiB local array, its lowest
 *                element written first: without stack-clash probing the
 *                frame would jump over the guard page into kernel memory
 *                (the SIP build probes every page of a large frame)
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
    volatile uint8_t frame[3 * 1024];
    frame[opaque_zero] = (uint8_t)depth;
    if (depth < limit)
        return big_frames(depth + 1, limit) + frame[opaque_zero];
    return frame[opaque_zero];
}

/* Kept out of main, so that only this mode has the large frame. */
__attribute__((noinline)) static uint64_t huge_frame(void)
{
    volatile uint8_t frame[64 * 1024];
    frame[opaque_zero] = 0x41;    /* the lowest byte of the frame, first */
    return frame[opaque_zero];
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
    else if (str_equal(mode, STR("huge-frame")))
        result = huge_frame();
    else {
        print("attack-stack: unknown mode '%s'\n", args);
        return 1;
    }
    print("attack-stack: returned %llu\n", (unsigned long long)result);
    return ATTACK_SURVIVED;
}
