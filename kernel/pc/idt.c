/*
 * idt.c — the interrupt descriptor table: 256 interrupt gates to the stubs
 * of isr.S. The double fault, NMI and machine check run on IST stacks.
 */
#include "pc.h"

typedef struct __attribute__((packed)) {
    uint16_t offset_low;
    uint16_t selector;
    uint8_t ist;
    uint8_t type_attr;
    uint16_t offset_mid;
    uint32_t offset_high;
    uint32_t reserved;
} idt_gate_t;

_Static_assert(sizeof(idt_gate_t) == 16, "IDT gate layout (Intel SDM 6.14.1)");

typedef struct __attribute__((packed)) {
    uint16_t limit;
    uint64_t base;
} idt_pointer_t;

#define GATE_INTERRUPT 0x8E    /* present, DPL 0, 64-bit interrupt gate */

extern const char isr_stubs[];    /* 256 stubs, 16 bytes apart */
static idt_gate_t idt[256];

static uint8_t ist_for(unsigned vector)
{
    switch (vector) {
    case VEC_DOUBLE_FAULT: return 1;
    case VEC_NMI: return 2;
    case 18: return 3;    /* machine check */
    case VEC_PAGE_FAULT: return 4;    /* a SIP running off its stack into the guard page */
    default: return 0;
    }
}

void idt_init(void)
{
    for (unsigned v = 0; v < 256; v++) {
        uint64_t a = (uint64_t)(uintptr_t)(isr_stubs + 16 * v);
        idt[v] = (idt_gate_t){
            .offset_low = (uint16_t)a, .selector = 0x08, .ist = ist_for(v),
            .type_attr = GATE_INTERRUPT, .offset_mid = (uint16_t)(a >> 16),
            .offset_high = (uint32_t)(a >> 32),
        };
    }
    idt_pointer_t ptr = { sizeof(idt) - 1, (uint64_t)(uintptr_t)idt };
    __asm__ volatile("lidt %0" : : "m"(ptr));
}
