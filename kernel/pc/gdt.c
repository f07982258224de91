/*
 * gdt.c — the GDT and TSS.
 *
 * Selectors (the order syscall/sysret will need in ring-3 modes):
 *   0x08 kernel code, 0x10 kernel data, 0x18 user code (32-bit, unused),
 *   0x20 user data, 0x28 user code (64-bit), 0x30 the TSS (two slots).
 * The TSS gives the double fault, NMI, machine check and page fault their
 * own stacks (IST 1-4), so a stack overflow — the kernel's, or a SIP's into
 * its guard page — still reaches a readable report instead of a triple fault.
 */
#include "pc.h"

#define IST_STACK_SIZE 16384

typedef struct __attribute__((packed)) {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
} tss_t;

_Static_assert(sizeof(tss_t) == 104, "TSS layout (Intel SDM 8.7)");

typedef struct __attribute__((packed)) {
    uint16_t limit;
    uint64_t base;
} descriptor_pointer_t;

static uint64_t gdt[8];
static tss_t tss;
static uint8_t ist_stacks[4][IST_STACK_SIZE] __attribute__((aligned(16)));

static void tss_descriptor(uint64_t *slot)
{
    uint64_t base = (uint64_t)(uintptr_t)&tss, limit = sizeof(tss) - 1;
    slot[0] = (limit & 0xFFFF) | ((base & 0xFFFFFF) << 16) | (0x89ull << 40) |
              ((limit >> 16 & 0xF) << 48) | ((base >> 24 & 0xFF) << 56);
    slot[1] = base >> 32;
}

static void gdt_load(void)
{
    descriptor_pointer_t ptr = { sizeof(gdt) - 1, (uint64_t)(uintptr_t)gdt };
    __asm__ volatile(
        "lgdt %0\n\t"
        "pushq $0x08\n\t"
        "leaq 1f(%%rip), %%rax\n\t"
        "pushq %%rax\n\t"
        "lretq\n"
        "1:\n\t"
        "movw $0x10, %%ax\n\t"
        "movw %%ax, %%ds\n\t"
        "movw %%ax, %%es\n\t"
        "movw %%ax, %%ss\n\t"
        "movw $0x30, %%ax\n\t"
        "ltr %%ax"
        : : "m"(ptr) : "rax", "memory");
}

void tss_set_kernel_stack(uint64_t top)
{
    tss.rsp[0] = top;    /* where an interrupt from ring 3 lands */
}

void gdt_init(void)
{
    gdt[1] = 0x00209A0000000000ull;    /* kernel code, 64-bit */
    gdt[2] = 0x0000920000000000ull;    /* kernel data */
    gdt[3] = 0x00CFFA000000FFFFull;    /* user code, 32-bit */
    gdt[4] = 0x0000F20000000000ull;    /* user data */
    gdt[5] = 0x0020FA0000000000ull;    /* user code, 64-bit */
    for (int i = 0; i < 4; i++)
        tss.ist[i] = (uint64_t)(uintptr_t)(ist_stacks[i] + IST_STACK_SIZE);
    tss.iomap_base = sizeof(tss);
    tss_descriptor(&gdt[6]);
    gdt_load();
}
