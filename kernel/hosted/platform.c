/*
 * platform.c — the hosted implementation of platform.h.
 *
 * Interrupts are virtual: `irq_on` is the interrupt flag. The timer signal
 * (SIGALRM) runs the tick only while the flag is on; otherwise it counts a
 * pending tick, which irq_restore()/irq_enable() deliver — the way a CPU
 * holds an interrupt while IF is clear. This costs no system call, so
 * masking interrupts is as cheap as cli/sti.
 */
#include "platform.h"

#include "cmdline.h"
#include "panic.h"
#include "sip.h"
#include "hosted.h"

#include "thread.h"
#include "timer.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

const char platform_name[] = "hosted";

static volatile sig_atomic_t irq_on;
static volatile sig_atomic_t ticks_pending;

void platform_console_write(const char *bytes, size_t len)
{
    while (len > 0) {
        ssize_t n = write(STDOUT_FILENO, bytes, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        bytes += n;
        len -= (size_t)n;
    }
}

void platform_halt(halt_reason_t reason)
{
    hosted_terminal_restore();
    _exit((int)reason);
}

/* Runs pending ticks with the virtual flag off, as an interrupt would. */
static void deliver_pending(void)
{
    while (ticks_pending > 0) {
        irq_on = 0;
        ticks_pending--;
        timer_tick();
        sched_preempt_point();
        irq_on = 1;
    }
}

bool irq_save(void)
{
    bool was = irq_on;
    irq_on = 0;
    return was;
}

void irq_restore(bool enabled)
{
    if (enabled)
        irq_enable();
}

void irq_enable(void)
{
    irq_on = 1;
    deliver_pending();
}

void platform_wait_for_interrupt(void)
{
    irq_enable();
    uint64_t before = timer_ticks();
    while (timer_ticks() == before)
        pause();
}

static void on_alarm(int sig, siginfo_t *info, void *context)
{
    (void)sig;
    (void)info;
    if (!irq_on) {
        ticks_pending++;
        return;
    }
    irq_on = 0;
    timer_tick();
    sched_preempt_point();
    const ucontext_t *uc = context;
    trap_frame_t interrupted = { .rip = (uint64_t)uc->uc_mcontext.gregs[REG_RIP],
                                 .rsp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP] };
    sip_interrupt_return(&interrupted);
    irq_on = 1;
}

void platform_timer_start(uint32_t hz)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_alarm;
    sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = { { 0, (suseconds_t)(1000000 / hz) }, { 0, (suseconds_t)(1000000 / hz) } };
    setitimer(ITIMER_REAL, &it, NULL);
}

const char *platform_timer_source(void)
{
    return "SIGALRM from setitimer(ITIMER_REAL)";
}

static uint64_t monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC_RAW, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t platform_tsc_calibrate(void)
{
    uint64_t t0 = monotonic_ns(), c0 = cpu_cycles();
    while (monotonic_ns() - t0 < 50000000u)
        ;
    uint64_t t1 = monotonic_ns(), c1 = cpu_cycles();
    return (uint64_t)((double)(c1 - c0) * 1e9 / (double)(t1 - t0));
}

bool platform_protects_pages(void)
{
    return true;
}

err_t platform_protect(uint64_t addr, uint64_t len, unsigned prot)
{
    /* PROTECT_NONE really is none: a guard page must fault on a read too
     * (the SafeStack probe in stdlib/src/safestack.c reads it). */
    int p = prot == PROTECT_NONE ? PROT_NONE : PROT_READ;
    if (prot & PROTECT_WRITE)
        p |= PROT_WRITE;
    if (prot & PROTECT_EXEC)
        p |= PROT_EXEC;
    return mprotect((void *)(uintptr_t)addr, len, p) == 0 ? OK : ERR_INVALID;
}

bool platform_mode_supported(int mode)
{
    return mode == PROT_PHYS || mode == PROT_PAGE;    /* page: as phys here; no domains */
}

err_t platform_space_create(platform_space_t **out, bool ring3)
{
    (void)out, (void)ring3;
    return ERR_UNSUPPORTED;
}

void platform_space_user(platform_space_t *space, uint64_t addr, uint64_t len, bool user)
{
    (void)space, (void)addr, (void)len, (void)user;
}

void platform_switch_to(platform_space_t *space, uint64_t kernel_stack_top)
{
    (void)space, (void)kernel_stack_top;
}

const struct insula_abi *platform_ring3_abi(void)
{
    return NULL;
}

const trap_frame_t *platform_ring3_frame(uint64_t kernel_stack_top)
{
    (void)kernel_stack_top;
    return NULL;
}

void platform_ring3_start(uint64_t rip, uint64_t stack_top, uint64_t arg0, uint64_t arg1)
{
    (void)rip, (void)stack_top, (void)arg0, (void)arg1;
    panic("hosted has no ring 3");
}

void platform_space_destroy(platform_space_t *space)
{
    (void)space;
}

void platform_space_enter(platform_space_t *space)
{
    (void)space;
}

void platform_space_take(platform_space_t *space, uint64_t addr, uint64_t len)
{
    (void)space, (void)addr, (void)len;
}

void platform_space_give_back(platform_space_t *space, uint64_t addr, uint64_t len)
{
    (void)space, (void)addr, (void)len;
}

void platform_interrupts_abandoned(void)
{
    /* a signal whose frame did not fit is simply lost; nothing stays blocked */
}

err_t platform_guard(uint64_t addr, uint64_t len, bool guarded)
{
    return platform_protect(addr, len, guarded ? PROTECT_NONE : PROTECT_READ | PROTECT_WRITE);
}

void platform_memory_init(const range_t *usable, size_t count)
{
    (void)usable;
    (void)count;
}
