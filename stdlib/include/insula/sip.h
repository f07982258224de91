/*
 * insula/sip.h — start-up, exit, scheduling and time for a SIP.
 *
 * Start-up contract (see README.md):
 *   1. The loader calls the image's entry `_start(abi, info)` (sip_entry_t in
 *      abi/abi.h) on the SIP's first thread.
 *   2. The stdlib checks abi->version == INSULA_ABI_VERSION, abi->entry_count
 *      >= INSULA_ABI_ENTRY_COUNT and info->abi_version; on a mismatch it
 *      prints "stdlib: ABI mismatch ..." on the console (if it can) and exits
 *      with SIP_EXIT_BAD_ABI.
 *   3. It binds the ABI table (once; it is never replaced), sets up the heap
 *      and copies the argument string into it, NUL-terminated.
 *   4. It calls the SIP's
 *
 *          int main(const char *args);
 *
 *      `args` is never NULL (an empty string when the SIP got none) and stays
 *      valid for the SIP's whole life; sip_args() gives the same bytes as a
 *      bounded str_t.
 *   5. main's return value becomes the exit code, exactly as sip_exit().
 */
#ifndef INSULA_STDLIB_SIP_H
#define INSULA_STDLIB_SIP_H

#include "insula/str.h"

#include <stdint.h>

/* Exit code when the kernel's ABI is not the one the stdlib was built for. */
#define SIP_EXIT_BAD_ABI (-1001)
/* Exit code when the start-up could not set up the heap or the arguments. */
#define SIP_EXIT_START_FAILED (-1002)

/* Every SIP defines this; see the start-up contract above. */
int main(SIP_CSTR const char *args);

/* Flushes console output and ends the SIP (all its threads) with `code`. */
_Noreturn void sip_exit(int code);

/* Gives up the CPU to another runnable thread. */
void sip_yield(void);

/* Nanoseconds since boot (monotonic). */
uint64_t time_ns(void);

/* The time-stamp counter, for measurements (under QEMU -icount it counts
   instructions). lfence keeps earlier instructions from drifting past it. */
static inline uint64_t cycles(void)
{
    uint32_t lo, hi;
    __asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
    return ((uint64_t)hi << 32) | lo;
}

/* Sleeps at least `ns` nanoseconds. */
void sleep_ns(uint64_t ns);

/* Sleeps at least `ms` milliseconds; values too large for nanoseconds
   saturate to the longest sleep the ABI can express. */
void sleep_ms(uint64_t ms);

/* The argument string given to main, as a bounded view (empty before start-up). */
str_t sip_args(void);

#endif
