/*
 * pic_pit.c — the legacy 8259 PICs and the 8254 PIT.
 *
 * The PICs are remapped to VEC_PIC_BASE and masked: the LAPIC timer is the
 * normal tick source. Without a LAPIC, PIT channel 0 drives IRQ 0 instead.
 * PIT channel 2 (gated through port 0x61) is the stopwatch that calibrates
 * the TSC and the LAPIC timer.
 */
#include "pc.h"

#include "cpu.h"

#define PIC1_CMD 0x20
#define PIC1_DATA 0x21
#define PIC2_CMD 0xA0
#define PIC2_DATA 0xA1
#define PIC_READ_ISR 0x0B    /* OCW3: the next read of the command port is the ISR */
#define PIC_EOI 0x20
#define PIC_CASCADE 2
#define PIT_CH0 0x40
#define PIT_CH2 0x42
#define PIT_MODE 0x43
#define PIT_GATE 0x61
#define PIT_HZ 1193182u

static uint8_t pic_masks[2] = { 0xFF, 0xFF };

void pic_remap_and_mask(void)
{
    outb(PIC1_CMD, 0x11);              /* ICW1: init, expect ICW4 */
    outb(PIC2_CMD, 0x11);
    outb(PIC1_DATA, VEC_PIC_BASE);     /* ICW2: vector offsets */
    outb(PIC2_DATA, VEC_PIC_BASE + 8);
    outb(PIC1_DATA, 0x04);             /* ICW3: slave on IRQ 2 */
    outb(PIC2_DATA, 0x02);
    outb(PIC1_DATA, 0x01);             /* ICW4: 8086 mode */
    outb(PIC2_DATA, 0x01);
    outb(PIC1_DATA, pic_masks[0]);
    outb(PIC2_DATA, pic_masks[1]);
}

/* A line of the slave PIC also needs the cascade (master line 2) open. */
void pic_unmask(unsigned irq)
{
    unsigned chip = irq >= 8;
    pic_masks[chip] &= (uint8_t)~(1u << (irq % 8));
    outb(chip ? PIC2_DATA : PIC1_DATA, pic_masks[chip]);
    if (chip && (pic_masks[0] & (1u << PIC_CASCADE))) {
        pic_masks[0] &= (uint8_t)~(1u << PIC_CASCADE);
        outb(PIC1_DATA, pic_masks[0]);
    }
}

void pic_mask(unsigned irq)
{
    unsigned chip = irq >= 8;
    pic_masks[chip] |= (uint8_t)(1u << (irq % 8));
    outb(chip ? PIC2_DATA : PIC1_DATA, pic_masks[chip]);
}

void pic_eoi(unsigned irq)
{
    if (irq >= 8)
        outb(PIC2_CMD, PIC_EOI);
    outb(PIC1_CMD, PIC_EOI);
}

void pic_eoi_all_in_service(void)
{
    outb(PIC1_CMD, PIC_READ_ISR);
    for (uint8_t bits = inb(PIC1_CMD); bits != 0; bits &= (uint8_t)(bits - 1))
        outb(PIC1_CMD, PIC_EOI);    /* non-specific: the highest in service */
}

void pit_wait_us(uint32_t us)
{
    uint32_t count = (uint32_t)((uint64_t)PIT_HZ * us / 1000000u);
    if (count > 0xFFFF)
        count = 0xFFFF;
    uint8_t gate = inb(PIT_GATE);
    outb(PIT_GATE, (uint8_t)((gate & ~0x02) & ~0x01));    /* gate low, speaker off */
    outb(PIT_MODE, 0xB0);                                  /* ch 2, lo/hi, mode 0 */
    outb(PIT_CH2, (uint8_t)count);
    outb(PIT_CH2, (uint8_t)(count >> 8));
    outb(PIT_GATE, (uint8_t)((gate & ~0x02) | 0x01));     /* gate high: count */
    while (!(inb(PIT_GATE) & 0x20))
        __asm__ volatile("pause");
}

void pit_start_periodic(uint32_t hz)
{
    uint32_t divisor = PIT_HZ / hz;
    if (divisor > 0xFFFF)
        divisor = 0xFFFF;
    outb(PIT_MODE, 0x34);                                  /* ch 0, lo/hi, mode 2 */
    outb(PIT_CH0, (uint8_t)divisor);
    outb(PIT_CH0, (uint8_t)(divisor >> 8));
}
