/*
 * platform.h — what the portable core asks of the platform it runs on.
 *
 * Exactly one platform folder is linked into a kernel image: kernel/pc/
 * (bare-metal x86-64) or kernel/hosted/ (a Linux process). The core never
 * tests which one it is; the build chooses.
 */
#ifndef INSULA_PLATFORM_H
#define INSULA_PLATFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "boot_info.h"
#include "err.h"
#include "ktest.h"
#include "memmap.h"
#include "trap.h"

/* Why the kernel stops; the exit code a test harness sees. */
typedef enum {
    HALT_PASS = 0,    /* test mode: every test passed; or a clean shutdown */
    HALT_FAIL = 1,    /* test mode: at least one test failed */
    HALT_PANIC = 2,   /* a panic or an unexpected fault */
} halt_reason_t;

/* Short platform name for logs and benchmark labels: "pc" or "hosted". */
extern const char platform_name[];

/* Writes raw bytes to the console (serial on pc, stdout on hosted). */
void platform_console_write(const char *bytes, size_t len);

/* Console input: called once, when a SIP first reads it (hosted: puts a
   terminal on stdin into raw mode, restored when the process ends). */
void platform_console_input_open(void);

/* Copies up to `cap` bytes already received, without waiting; returns the
   count. Sets *ended once no more input can come (hosted: end of stdin). */
size_t platform_console_read(char *buf, size_t cap, bool *ended);

/* Starts the machine again (pc: a reset through the keyboard controller;
   hosted: the process executes itself again with its arguments). */
__attribute__((noreturn)) void platform_reboot(void);

/* Stops the machine for good; under a test harness, reports `reason`. */
__attribute__((noreturn)) void platform_halt(halt_reason_t reason);

/* Waits for the next interrupt (hlt on pc, a signal on hosted). */
void platform_wait_for_interrupt(void);

/*
 * Interrupt state. irq_save() disables interrupts and returns whether they
 * were enabled; irq_restore() puts that state back.
 */
bool irq_save(void);
void irq_restore(bool enabled);
void irq_enable(void);

/* Reads the time-stamp counter. */
static inline uint64_t cpu_cycles(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

/* Starts the periodic timer at `hz`; each tick calls timer_tick(). */
void platform_timer_start(uint32_t hz);

/* Human description of the timer source, e.g. "LAPIC timer (calibrated)". */
const char *platform_timer_source(void);

/* Measures the TSC rate in cycles per second. */
uint64_t platform_tsc_calibrate(void);

/*
 * Called once the frame allocator is up, with the usable ranges: pc builds
 * the final identity map over all RAM; hosted has nothing to do.
 */
void platform_memory_init(const range_t *usable, size_t count);

/*
 * Page permissions for [addr, addr+len) (page aligned): pc applies them in
 * modes with 4 KiB pages (phys mode's large pages carry none: there the
 * verifier and compiler checks are what keep code unchanged); hosted uses
 * mprotect. Returns OK or ERR_UNSUPPORTED where permissions do not exist.
 */
enum { PROTECT_NONE = 0, PROTECT_READ = 1, PROTECT_WRITE = 2, PROTECT_EXEC = 4 };
err_t platform_protect(uint64_t addr, uint64_t len, unsigned prot);

/*
 * Guard pages, in every mode: guarded, [addr, addr+len) (page aligned)
 * faults on any access; unguarded, it is ordinary kernel read-write memory
 * again. pc phys mode splits the large page around a guard into 4 KiB pages
 * and merges it back when its last guard goes. Used for the pages below SIP
 * thread stacks (docs/threads.md). Errors: ERR_NO_MEMORY (no page table),
 * ERR_INVALID.
 */
err_t platform_guard(uint64_t addr, uint64_t len, bool guarded);

/*
 * A fault in SIP code may have cut short the delivery of an interrupt (its
 * frame did not fit on the SIP's stack): the interrupt is in service but
 * its handler never ran. Ends every interrupt still in service so that
 * none stays blocked. Called only where no interrupt handler is running.
 */
void platform_interrupts_abandoned(void);

/* Whether `rip` lies in the kernel's own code: its text on pc; on hosted
 * every executable segment of the process (the kernel's and its C
 * library's), none of which is a SIP's. */
bool platform_is_kernel_code(uint64_t rip);

/*
 * Address spaces of their own (domain mode, docs/modes.md). NULL stands for
 * the kernel's space, where everything runs that has none of its own. A new
 * space maps what the kernel's maps; platform_space_take(s, ...) makes pages
 * (page aligned) s's alone, platform_space_give_back(s, ...) maps them in
 * every space again (readable and writable, as free frames are). Changes
 * the platform makes to the rest (guards, rights) reach every space.
 * hosted has none: create fails with ERR_UNSUPPORTED, enter(NULL) is a no-op.
 */
typedef struct platform_space platform_space_t;
/* ring3: its SIP runs in ring 3 (ring3 and micro modes): what it takes is
   user memory there, the syscall stubs too, the kernel supervisor-only.
   Errors: ERR_UNSUPPORTED (not in this mode or platform), ERR_NO_MEMORY. */
err_t platform_space_create(platform_space_t **out, bool ring3);
/* Frees it; if it is loaded, loads the kernel's first. */
void platform_space_destroy(platform_space_t *space);
/* Loads `space` (NULL: the kernel's) unless it is loaded already. */
void platform_space_enter(platform_space_t *space);
void platform_space_take(platform_space_t *space, uint64_t addr, uint64_t len);
void platform_space_give_back(platform_space_t *space, uint64_t addr, uint64_t len);
/* Ring-3 spaces: makes [addr, addr+len) user memory there, or not (an
   exchange-heap block it gains or loses, its threads' safe stacks). */
void platform_space_user(platform_space_t *space, uint64_t addr, uint64_t len, bool user);
/* At every thread switch: loads `space` (platform_space_enter) and, for a
   ring-3 thread (kernel_stack_top != 0), the stack the CPU enters the
   kernel on from ring 3. */
void platform_switch_to(platform_space_t *space, uint64_t kernel_stack_top);

/* Ring 3 (pc): the ABI table of syscall stubs a ring-3 SIP is handed; its
   registers as it entered the kernel (syscall or interrupt) on the kernel
   stack whose top is given; starting SIP code in ring 3 at `rip` on the
   stack below stack_top with two arguments (never returns; when that
   function returns, its thread exits). hosted has none (NULL, and the
   others are never called). */
const struct insula_abi *platform_ring3_abi(void);
const trap_frame_t *platform_ring3_frame(uint64_t kernel_stack_top);
__attribute__((noreturn)) void platform_ring3_start(uint64_t rip, uint64_t stack_top,
                                                    uint64_t arg0, uint64_t arg1);

/* Whether this platform runs `mode` (others fall back to phys). */
bool platform_mode_supported(int mode);

/* Whether platform_protect() takes effect in the running mode. */
bool platform_protects_pages(void);

/* For trap self-tests: a page that is not mapped, and one mapped read-only. */
uintptr_t platform_test_unmapped_page(void);
uintptr_t platform_test_readonly_page(void);

/* Platform-specific kernel self-tests (paging, traps...). */
extern const ktest_t platform_tests[];
extern const size_t platform_test_count;

#endif
