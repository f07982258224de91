/*
 * pc.h — internal interfaces of the pc platform (bare-metal x86-64).
 */
#ifndef INSULA_PC_H
#define INSULA_PC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "trap.h"

/* Interrupt vectors: 0-31 exceptions, then ours. */
#define VEC_PIC_BASE 0x20       /* legacy PIC remapped here (IRQ 0-15) */
#define VEC_TIMER 0x30          /* LAPIC timer */
#define VEC_SPURIOUS 0xFF

/* Ports of QEMU's isa-debug-exit device (see boot/qemu-test.py). */
#define DEBUG_EXIT_PORT 0xF4
#define DEBUG_EXIT_BASE 0x10

void serial_init(void);
void serial_write(const char *bytes, size_t len);
/* Copies up to cap bytes the UART has received, without waiting. */
size_t serial_read(char *buf, size_t cap);

void gdt_init(void);
/* The stack an interrupt from ring 3 switches to (TSS.RSP0). */
void tss_set_kernel_stack(uint64_t top);

/* ring3.c: the syscall MSRs and the stub table (ring3 and micro modes);
   the kernel stack of the ring-3 thread about to run. */
void ring3_init(void);
void ring3_kernel_stack_set(uint64_t top);
void idt_init(void);
void fpu_init(void);

void pic_remap_and_mask(void);
void pic_unmask(unsigned irq);
void pic_mask(unsigned irq);
void pic_eoi(unsigned irq);
/* Ends every interrupt of the master PIC still in service. */
void pic_eoi_all_in_service(void);

/* Busy-waits `us` microseconds on PIT channel 2 (max 50000). */
void pit_wait_us(uint32_t us);
void pit_start_periodic(uint32_t hz);

bool lapic_present(void);
void lapic_init(void);
/* Calibrates and starts the periodic LAPIC timer at `hz` on VEC_TIMER. */
void lapic_timer_start(uint32_t hz);
void lapic_eoi(void);
/* Ends every interrupt still in service (none if the LAPIC is not in use). */
void lapic_eoi_all_in_service(void);
uintptr_t lapic_base(void);
uint32_t lapic_ticks_per_second(void);

/* Called from isr.S with the saved frame. */
void trap_entry(trap_frame_t *frame);

/* Finds the PCI functions and prints them (pci.c). */
void pci_enumerate(void);

/* Makes IRQ 0 (PIT) drive timer_tick() instead of the LAPIC timer. */
void pc_use_pic_timer(void);

#endif
