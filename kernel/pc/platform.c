/*
 * platform.c — the pc implementation of platform.h.
 */
#include "platform.h"

#include "console.h"
#include "costmodel.h"
#include "cpu.h"
#include "kernel.h"
#include "panic.h"
#include "pc.h"
#include "timer.h"
#include "vm.h"

const char platform_name[] = "pc";

static vm_space_t kernel_space;
static const char *timer_source = "none";

void platform_console_write(const char *bytes, size_t len)
{
    serial_write(bytes, len);
}

void platform_halt(halt_reason_t reason)
{
    /* QEMU's isa-debug-exit turns this into exit status 2*(0x10+reason)+1. */
    outl(DEBUG_EXIT_PORT, DEBUG_EXIT_BASE + (uint32_t)reason);
    for (;;)
        __asm__ volatile("cli; hlt");
}

void platform_console_input_open(void)
{
}

size_t platform_console_read(char *buf, size_t cap, bool *ended)
{
    (void)ended;    /* a serial line never ends */
    return serial_read(buf, cap);
}

#define KBC_COMMAND 0x64
#define KBC_PULSE_RESET 0xFE

void platform_reboot(void)
{
    /* The keyboard controller pulses the CPU's reset line; should that do
       nothing, a triple fault (no valid IDT) resets the machine too. */
    outb(KBC_COMMAND, KBC_PULSE_RESET);
    static const struct __attribute__((packed)) { uint16_t limit; uint64_t base; } no_idt = { 0, 0 };
    __asm__ volatile("lidt %0; int3" : : "m"(no_idt));
    for (;;)
        __asm__ volatile("cli; hlt");
}

void platform_wait_for_interrupt(void)
{
    __asm__ volatile("sti; hlt" ::: "memory");
}

bool irq_save(void)
{
    bool enabled = (read_rflags() & RFLAGS_IF) != 0;
    __asm__ volatile("cli" ::: "memory");
    return enabled;
}

void irq_restore(bool enabled)
{
    if (enabled)
        __asm__ volatile("sti" ::: "memory");
}

void irq_enable(void)
{
    __asm__ volatile("sti" ::: "memory");
}

void platform_timer_start(uint32_t hz)
{
    if (lapic_present() && kernel_options()->timer != TIMER_PIT) {
        lapic_init();
        lapic_timer_start(hz);
        timer_source = "LAPIC timer (calibrated against the PIT)";
        kprintf("lapic: timer runs at %u ticks/s\n", lapic_ticks_per_second());
        return;
    }
    pit_start_periodic(hz);
    pc_use_pic_timer();
    pic_unmask(0);
    timer_source = lapic_present() ? "PIT on IRQ 0 (requested)" : "PIT on IRQ 0 (no LAPIC)";
}

const char *platform_timer_source(void)
{
    return timer_source;
}

uint64_t platform_tsc_calibrate(void)
{
    uint64_t start = cpu_cycles();
    pit_wait_us(50000);
    return (cpu_cycles() - start) * 20;
}

/* Every mode but phys maps with 4 KiB pages and per-page rights. */
static bool page_mode(void)
{
    return kernel_options()->mode != PROT_PHYS;
}

bool platform_mode_supported(int mode)
{
    (void)mode;
    return true;    /* phys, page, domain, ring3, micro */
}

bool platform_protects_pages(void)
{
    return page_mode();
}

err_t platform_protect(uint64_t addr, uint64_t len, unsigned prot)
{
    if (!page_mode())
        return ERR_UNSUPPORTED;    /* phys mode: large pages, no per-SIP rights */
    if (prot == PROTECT_NONE)
        return space_unmap_all(addr, len);
    unsigned flags = VM_SMALL;
    if (prot & PROTECT_WRITE)
        flags |= VM_WRITE;
    if (prot & PROTECT_EXEC)
        flags |= VM_EXEC;
    return space_protect_mapped(addr, len, flags);
}

void platform_interrupts_abandoned(void)
{
    lapic_eoi_all_in_service();
    pic_eoi_all_in_service();
}

err_t platform_guard(uint64_t addr, uint64_t len, bool guarded)
{
    if (guarded)
        return space_unmap_all(addr, len);
    if (page_mode())
        return space_map_all(addr, addr, len, VM_WRITE | VM_SMALL);
    /* phys mode: the identity map's rights, so the large page can come back */
    err_t rc = vm_map(&kernel_space, addr, addr, len, VM_WRITE | VM_EXEC);
    for (uint64_t va = addr & ~(PAGE_2M - 1); rc == OK && va < addr + len; va += PAGE_2M)
        vm_coalesce(&kernel_space, va);
    return rc;
}

static uint64_t identity_top(const range_t *usable, size_t count)
{
    uint64_t top = 4ull << 30;    /* always cover the 32-bit MMIO hole */
    if (count > 0 && usable[count - 1].end > top)
        top = usable[count - 1].end;
    return (top + PAGE_1G - 1) & ~(PAGE_1G - 1);
}

/*
 * The phys-mode map: all of [0, top) identity-mapped with the largest
 * pages, except the null page (unmapped, so null dereferences fault) and
 * the LAPIC page (uncached).
 */
void platform_memory_init(const range_t *usable, size_t count)
{
    if (kernel_options()->costmodel)
        costmodel_marks_enable();   /* bench/costmodel/README.md */
    bool small = page_mode();
    /* page mode maps RAM only, with 4 KiB pages; devices get their own pages. */
    uint64_t top = small ? usable[count - 1].end : identity_top(usable, count);
    err_t rc = vm_space_create(&kernel_space);
    if (rc == OK)
        rc = vm_map(&kernel_space, 0, 0, top, VM_WRITE | VM_EXEC | (small ? VM_SMALL : 0));
    if (rc == OK)
        rc = vm_unmap(&kernel_space, 0, PAGE_SIZE);
    if (rc == OK && lapic_present())
        rc = vm_map(&kernel_space, lapic_base(), lapic_base(), PAGE_SIZE, VM_WRITE | VM_NOCACHE);
    if (rc != OK)
        panic("paging: cannot build the identity map: %s", err_name(rc));
    vm_activate(&kernel_space);
    space_init(&kernel_space);
    kprintf("paging: identity map 0-%#lx with %s pages, NX %s, null page unmapped\n",
            (unsigned long)top, small ? "4 KiB" : vm_has_1g_pages() ? "1 GiB" : "2 MiB",
            vm_has_nx() ? "on" : "unavailable");
}

vm_space_t *vm_kernel_space(void)
{
    return &kernel_space;
}
