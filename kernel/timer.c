/*
 * timer.c — tick counting and TSC time (platform-independent part).
 */
#include "timer.h"

#include "console.h"
#include "platform.h"
#include "thread.h"

static volatile uint64_t ticks;
static uint32_t hz;
static uint64_t cycles_per_second;
static uint64_t boot_cycles;

void timer_tick(void)
{
    ticks++;
    console_input_poll();
    wait_expire(time_ns());
    sched_tick();
}

uint64_t timer_ticks(void)
{
    return ticks;
}

uint32_t timer_hz(void)
{
    return hz;
}

void timer_start(uint32_t rate)
{
    hz = rate;
    platform_timer_start(rate);
}

void tsc_set_hz(uint64_t rate)
{
    cycles_per_second = rate;
    boot_cycles = cpu_cycles();
}

uint64_t tsc_hz(void)
{
    if (cycles_per_second == 0)
        tsc_set_hz(platform_tsc_calibrate());
    return cycles_per_second;
}

uint64_t time_ns(void)
{
    uint64_t rate = tsc_hz();
    uint64_t elapsed = cpu_cycles() - boot_cycles;
    /* Split so no 128-bit division is needed (rate < 1.8e10 Hz). */
    return elapsed / rate * 1000000000u + elapsed % rate * 1000000000u / rate;
}

uint64_t time_ns_after(uint64_t ns)
{
    uint64_t now = time_ns();
    return ns > UINT64_MAX - now ? UINT64_MAX : now + ns;
}

uint64_t time_ns_until(uint64_t deadline)
{
    uint64_t now = time_ns();
    return deadline > now ? deadline - now : 0;
}
