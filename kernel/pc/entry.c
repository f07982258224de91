/*
 * entry.c — pc_main(): from boot/multiboot.S to kernel_main().
 *
 * Console first (so every later problem can be reported), then the CPU
 * tables (so a fault during boot prints a report instead of a triple
 * fault), then the Multiboot information.
 */
#include "console.h"
#include "kernel.h"
#include "multiboot.h"
#include "panic.h"
#include "pc.h"

extern const char __kernel_start[], __kernel_end[];

/* The boot map covers [0, 4 GiB); address 0 is refused as a null pointer. */
static bool read_low_memory(void *ctx, uint64_t addr, void *dst, size_t len)
{
    (void)ctx;
    if (addr == 0 || addr >= (4ull << 30) || len > (4ull << 30) - addr)
        return false;
    const volatile uint8_t *src = (const volatile uint8_t *)(uintptr_t)addr;
    uint8_t *out = dst;
    for (size_t i = 0; i < len; i++)
        out[i] = src[i];
    return true;
}

static void warn_boot(void *ctx, const char *message)
{
    (void)ctx;
    kwarn("multiboot", "%s", message);
}

__attribute__((noreturn)) void pc_main(uint32_t magic, uint32_t info);

void pc_main(uint32_t magic, uint32_t info)
{
    static boot_info_t bi;
    serial_init();
    gdt_init();
    idt_init();
    fpu_init();
    pic_remap_and_mask();
    bi.kernel_start = (uint64_t)(uintptr_t)__kernel_start;
    bi.kernel_end = (uint64_t)(uintptr_t)__kernel_end;
    mb_source_t src = { read_low_memory, warn_boot, NULL };
    err_t rc = multiboot_parse(magic, info, &src, &bi);
    if (rc == ERR_INVALID)
        panic("not started by a Multiboot loader (EAX %#x)", magic);
    if (rc != OK)
        panic("Multiboot information unusable: %s", err_name(rc));
    kernel_main(&bi);
}
