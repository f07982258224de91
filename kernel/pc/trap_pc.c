/*
 * trap_pc.c — route each vector: exceptions to the core's trap policy,
 * the timer to timer_tick(), legacy PIC lines to their handlers.
 */
#include "pc.h"

#include "console.h"
#include "irq_channel.h"
#include "cpu.h"
#include "sip.h"
#include "thread.h"
#include "timer.h"

static bool using_pic_timer;

extern const char __kernel_start[], __kernel_text_end[];    /* boot/kernel.ld */

bool platform_is_kernel_code(uint64_t rip)
{
    return rip >= (uint64_t)(uintptr_t)__kernel_start &&
           rip < (uint64_t)(uintptr_t)__kernel_text_end;
}

void pc_use_pic_timer(void)
{
    using_pic_timer = true;
}

/* The timer ticks; a device line is masked and delivered as a message (irq.c). */
static void pic_irq(unsigned irq)
{
    bool tick = irq == 0 && using_pic_timer;
    if (tick)
        timer_tick();
    else if (irq != 0 && irq != 2)
        pic_mask(irq);
    pic_eoi(irq);
    if (!tick && irq != 0 && irq != 2)
        irq_raise(irq);
    sched_preempt_point();
}

static void interrupt(uint64_t v)
{
    if (v >= VEC_PIC_BASE && v < VEC_PIC_BASE + 16) {
        pic_irq((unsigned)(v - VEC_PIC_BASE));
        return;
    }
    if (v == VEC_TIMER) {
        timer_tick();
        lapic_eoi();
        sched_preempt_point();
        return;
    }
    if (v != VEC_SPURIOUS)
        kprintf("trap: unexpected interrupt vector %lu ignored\n", (unsigned long)v);
}

void trap_entry(trap_frame_t *frame)
{
    uint64_t v = frame->vector;
    if (v < VEC_EXCEPTION_LIMIT) {
        trap_exception(frame, v == VEC_PAGE_FAULT ? read_cr2() : 0);
        return;
    }
    interrupt(v);
    sip_test_kernel_stack_burn(frame);
    sip_interrupt_return(frame);
}
