/*
 * rtc-tick — test SIP: a small driver of the CMOS real-time clock, through
 * ports and a line granted by the boot configuration (`ports = [0x70+2]`,
 * `irqs = [8]`), not by a PCI id. It reads the clock's seconds, turns on
 * the periodic interrupt, takes TICKS interrupts as Irq messages (reading
 * register C makes the clock drop its line; then Ack unmasks it), turns the
 * interrupt off again, and checks that a port just outside its grant is
 * refused. docs/drivers.md.
 */
#include <insula/stdlib.h>

#include "irq.h"

SIP_MANIFEST("rtc-tick", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "Irq" }, .io_ranges = { { .base = 0x70, .count = 2 } },
             .irqs = { 8, 0xff, 0xff, 0xff });

#define RTC_INDEX 0x70u
#define RTC_DATA 0x71u
#define RTC_LINE 8u
#define REG_SECONDS 0x00u
#define REG_B 0x0Bu
#define REG_C 0x0Cu
#define B_PERIODIC 0x40u
#define TICKS 3

static u64_result_t rtc_read(uint32_t reg)
{
    err_t rc = port_out(RTC_INDEX, 1, reg);
    return rc != OK ? (u64_result_t){ .err = rc, .value = 0 } : port_in(RTC_DATA, 1);
}

static err_t rtc_write(uint32_t reg, uint32_t value)
{
    err_t rc = port_out(RTC_INDEX, 1, reg);
    return rc != OK ? rc : port_out(RTC_DATA, 1, value);
}

static err_t periodic(bool on)
{
    u64_result_t b = rtc_read(REG_B);
    if (b.err != OK)
        return b.err;
    uint32_t value = on ? (uint32_t)b.value | B_PERIODIC : (uint32_t)b.value & ~B_PERIODIC;
    return rtc_write(REG_B, value);
}

static err_t take_ticks(Irq_imp_t line)
{
    for (int i = 0; i < TICKS; i++) {
        Irq_Interrupt_t m;
        err_t rc = Irq_imp_recv_Interrupt(line, &m);
        u64_result_t c = rc == OK ? rtc_read(REG_C) : (u64_result_t){ .err = rc };
        if (c.err != OK)
            return c.err;
        print("rtc-tick: interrupt %llu (register C %#llx)\n", (unsigned long long)m.count,
              (unsigned long long)c.value);
        rc = Irq_imp_send_Ack(line);
        if (rc != OK)
            return rc;
    }
    return OK;
}

int main(const char *args)
{
    (void)args;
    u64_result_t seconds = rtc_read(REG_SECONDS);
    handle_result_t bound = irq_line_bind(RTC_LINE);
    if (seconds.err != OK || bound.err != OK) {
        print("rtc-tick: ports or line refused: %s\n",
              err_name(seconds.err != OK ? seconds.err : bound.err));
        return 1;
    }
    print("rtc-tick: the clock's seconds register reads %#llx\n", (unsigned long long)seconds.value);
    Irq_imp_t line = { bound.handle };
    (void)rtc_read(REG_C);    /* clear anything pending before we start */
    err_t rc = periodic(true);
    if (rc == OK)
        rc = take_ticks(line);
    err_t off = periodic(false);
    (void)rtc_read(REG_C);
    if (rc != OK || off != OK) {
        print("rtc-tick: failed: %s\n", err_name(rc != OK ? rc : off));
        return 2;
    }
    err_t outside = port_in(0x72, 1).err;
    print("rtc-tick: port 0x72, outside the grant: %s\n", err_name(outside));
    return outside == ERR_DENIED ? 0 : 3;
}
