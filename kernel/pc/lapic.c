/*
 * lapic.c — the local APIC and its timer.
 *
 * The timer runs periodic on VEC_TIMER, divide-by-16, its rate calibrated
 * against a 10 ms wait on PIT channel 2. Registers are memory-mapped at the
 * base from IA32_APIC_BASE (identity-mapped, uncached: see paging.c).
 */
#include "pc.h"

#include "cpu.h"

#define REG_EOI 0x0B0
#define REG_ISR 0x100    /* 8 registers of 32 bits, 0x10 apart */
#define REG_SVR 0x0F0
#define REG_LVT_TIMER 0x320
#define REG_TIMER_INITIAL 0x380
#define REG_TIMER_CURRENT 0x390
#define REG_TIMER_DIVIDE 0x3E0
#define SVR_ENABLE 0x100
#define LVT_MASKED (1u << 16)
#define LVT_PERIODIC (1u << 17)
#define DIVIDE_BY_16 0x3
#define CALIBRATION_US 10000u
#define CPUID_APIC (1u << 9)

static volatile uint32_t *lapic;
static uint32_t ticks_per_second;

static uint32_t reg_read(uint32_t reg)
{
    return lapic[reg / 4];
}

static void reg_write(uint32_t reg, uint32_t v)
{
    lapic[reg / 4] = v;
}

bool lapic_present(void)
{
    return (cpuid(1, 0).edx & CPUID_APIC) != 0;
}

uintptr_t lapic_base(void)
{
    return (uintptr_t)(rdmsr(MSR_APIC_BASE) & ~0xFFFull);
}

void lapic_init(void)
{
    lapic = (volatile uint32_t *)lapic_base();
    reg_write(REG_SVR, SVR_ENABLE | VEC_SPURIOUS);
}

/* Counts LAPIC timer decrements during a PIT-timed 10 ms window. */
static uint32_t lapic_calibrate(void)
{
    reg_write(REG_TIMER_DIVIDE, DIVIDE_BY_16);
    reg_write(REG_LVT_TIMER, LVT_MASKED);
    reg_write(REG_TIMER_INITIAL, 0xFFFFFFFFu);
    pit_wait_us(CALIBRATION_US);
    uint32_t elapsed = 0xFFFFFFFFu - reg_read(REG_TIMER_CURRENT);
    reg_write(REG_TIMER_INITIAL, 0);
    return elapsed * (1000000u / CALIBRATION_US);
}

void lapic_timer_start(uint32_t hz)
{
    ticks_per_second = lapic_calibrate();
    uint32_t initial = ticks_per_second / hz;
    reg_write(REG_TIMER_DIVIDE, DIVIDE_BY_16);
    reg_write(REG_LVT_TIMER, VEC_TIMER | LVT_PERIODIC);
    reg_write(REG_TIMER_INITIAL, initial ? initial : 1);
}

void lapic_eoi(void)
{
    reg_write(REG_EOI, 0);
}

void lapic_eoi_all_in_service(void)
{
    if (lapic == NULL)
        return;
    for (uint32_t i = 0; i < 8; i++) {
        for (uint32_t bits = reg_read(REG_ISR + 0x10 * i); bits != 0; bits &= bits - 1)
            lapic_eoi();
    }
}

uint32_t lapic_ticks_per_second(void)
{
    return ticks_per_second;
}
