/*
 * panic.c — stop the kernel with a message and a backtrace.
 *
 * A panic while panicking (a fault inside the report) halts at once, so a
 * broken report can never loop or reboot the machine.
 */
#include "panic.h"

#include "console.h"
#include "platform.h"

#include <stdbool.h>

#define BACKTRACE_MAX_DEPTH 24
#define BACKTRACE_MAX_SPAN (1u << 20)

static volatile bool panicking;

/*
 * Walks saved frame pointers: [rbp] = caller's rbp, [rbp+8] = return address.
 * Stops at a null, misaligned or non-increasing frame, or one implausibly far
 * from the first, so a corrupt chain ends the walk instead of faulting.
 */
void backtrace_print(uintptr_t frame, uintptr_t first_pc)
{
    kprintf("backtrace:\n");
    if (first_pc != 0)
        kprintf("  #0  %#018lx\n", (unsigned long)first_pc);
    uintptr_t start = frame;
    for (int depth = 1; depth <= BACKTRACE_MAX_DEPTH; depth++) {
        if (frame == 0 || (frame & 7) != 0 || frame - start > BACKTRACE_MAX_SPAN)
            break;
        const uintptr_t *slot = (const uintptr_t *)frame;
        uintptr_t ret = slot[1];
        if (ret == 0)
            break;
        kprintf("  #%-2d %#018lx\n", depth, (unsigned long)ret);
        if (slot[0] <= frame)
            break;
        frame = slot[0];
    }
}

void panic(const char *format, ...)
{
    irq_save();
    if (panicking) {
        platform_console_write("\nnested panic: halting\n", 23);
        platform_halt(HALT_PANIC);
    }
    panicking = true;
    va_list ap;
    va_start(ap, format);
    kprintf("\n*** PANIC: ");
    kvprintf(format, ap);
    kprintf("\n");
    va_end(ap);
    backtrace_print((uintptr_t)__builtin_frame_address(0), 0);
    kprintf("*** system halted\n");
    platform_halt(HALT_PANIC);
}

/* Exposed for the trap path, which reports through the same guard. */
bool panic_enter(void)
{
    bool first = !panicking;
    panicking = true;
    return first;
}
