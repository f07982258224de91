/*
 * stacks — test SIP: its threads really run with SafeStack (docs/threads.md,
 * "SIP thread stacks"). Exits 0 when every check holds, else with the number
 * of the first that failed:
 *   1  an array indexed by a run-time value (SafeStack moves such arrays to
 *      the unsafe stack) lies in the first thread's unsafe stack, the
 *      STACK_BYTES below the start info's unsafe_stack_top;
 *   2  ... and not in the window of the safe stack (%rbp's);
 *   3  the thread's unsafe stack pointer (its slot) points into that unsafe
 *      stack (or just past it, when nothing is on it);
 *   4  thread_create starts a second thread;
 *   5  ... which ends within 5 s;
 *   6  the second thread's unsafe stack (the kernel's slot value when it
 *      starts) is not the first's: the two ranges are disjoint;
 *   7  the second thread's array lies in its own unsafe stack.
 * Not verifiable code: it reads the start info, the SafeStack slot, the frame
 * address and the ABI table, which SIP code cannot name.
 */
#include <insula/stdlib.h>

#include "tests/raw_abi.h"

#include "abi/abi.h"

#define STACK_BYTES (16 * 1024)

SIP_MANIFEST("stacks", .stack_bytes = STACK_BYTES, .heap_bytes = 64 * 1024);

void **__safestack_pointer_address(void);

typedef struct {
    uintptr_t lo, hi;
} span_t;

static bool span_has(span_t s, uintptr_t addr)
{
    return addr >= s.lo && addr < s.hi;
}

static span_t unsafe_span_below(uintptr_t top)
{
    return (span_t){ .lo = top - STACK_BYTES, .hi = top };
}

static uintptr_t safe_window(uintptr_t addr)
{
    return addr & ~(uintptr_t)(ABI_SAFE_STACK_WINDOW - 1);
}

static volatile uintptr_t element_seen;

/* Where an element of a local array, indexed by a run-time value, lives. */
__attribute__((noinline)) static uintptr_t array_element_address(uint64_t seed)
{
    volatile char local[64];
    size_t i = (size_t)(seed % sizeof(local));
    local[i] = (char)seed;
    element_seen = (uintptr_t)&local[i];
    return element_seen;
}

static volatile uintptr_t second_top, second_element;
static volatile bool second_done;

/* No array of its own: when it starts, its slot still holds what the kernel
   put there, the top of this thread's unsafe stack. */
static void second_thread(void *arg)
{
    (void)arg;
    second_top = (uintptr_t)*__safestack_pointer_address();
    second_element = array_element_address(time_ns());
    second_done = true;
}

/* thread_create has no stdlib wrapper yet: the table's entry is outside the
   LTO unit, so CFI's indirect-call check is off here (and only here). */
__attribute__((no_sanitize("cfi-icall"))) static bool start_second_thread(void)
{
    static abi_handle_t handle;
    return __insula_abi()->thread_create(second_thread, NULL, &handle) == ABI_OK;
}

static bool wait_for_second(void)
{
    for (int i = 0; i < 5000 && !second_done; i++)
        sleep_ms(1);
    return second_done;
}

static int first_failed_check(void)
{
    span_t first = unsafe_span_below((uintptr_t)__insula_start_info()->unsafe_stack_top);
    uintptr_t element = array_element_address(time_ns());
    print("stacks: first thread: unsafe stack %#lx-%#lx, array at %#lx, frame at %#lx\n",
          (unsigned long)first.lo, (unsigned long)first.hi, (unsigned long)element,
          (unsigned long)(uintptr_t)__builtin_frame_address(0));
    if (!span_has(first, element))
        return 1;
    if (safe_window(element) == safe_window((uintptr_t)__builtin_frame_address(0)))
        return 2;
    uintptr_t unsafe_sp = (uintptr_t)*__safestack_pointer_address();
    if (unsafe_sp < first.lo || unsafe_sp > first.hi)    /* == hi: nothing on it now */
        return 3;
    if (!start_second_thread())
        return 4;
    if (!wait_for_second())
        return 5;
    span_t second = unsafe_span_below(second_top);
    print("stacks: second thread: unsafe stack %#lx-%#lx, array at %#lx\n",
          (unsigned long)second.lo, (unsigned long)second.hi,
          (unsigned long)second_element);
    if (second.lo < first.hi && first.lo < second.hi)
        return 6;
    if (!span_has(second, second_element))
        return 7;
    return 0;
}

int main(const char *args)
{
    (void)args;
    int failed = first_failed_check();
    if (failed != 0)
        print("stacks: check %d failed\n", failed);
    return failed;
}
