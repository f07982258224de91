/*
 * entries_system.c — fuzzers of the entries that need a capability or a
 * device grant the fuzzer never holds (the system, module and device
 * entries): each call must be refused, whatever its arguments.
 */
#include "fuzz.h"

/* The system entries need capabilities the fuzzer is never granted
   (console-input, inspect, power): each must be refused, whatever its
   arguments, so a call can never halt the machine or read the log. */
ABI_DIRECT void fuzz_console_read(void)
{
    uint64_t cap = gen_length();
    addr_t buf = gen_arg(cap, true);
    addr_t got = gen_arg(sizeof(uint64_t), true);
    count_call();
    abi_status_t st = fz.abi->console_read((void *)(uintptr_t)buf.value, cap, gen_timeout(false),
                                           (uint64_t *)(uintptr_t)got.value);
    must_refuse("console_read", true, st);
}

ABI_DIRECT void fuzz_sip_list(void)
{
    uint32_t cap = (uint32_t)gen_number();
    addr_t out = gen_arg(sizeof(abi_sip_info_t), true);
    addr_t count = gen_arg(sizeof(uint32_t), true);
    count_call();
    abi_status_t st = fz.abi->sip_list((abi_sip_info_t *)(uintptr_t)out.value, cap,
                                       (uint32_t *)(uintptr_t)count.value);
    must_refuse("sip_list", true, st);
}

ABI_DIRECT void fuzz_system_info(void)
{
    addr_t out = gen_arg(sizeof(abi_system_info_t), true);
    count_call();
    abi_status_t st = fz.abi->system_info((abi_system_info_t *)(uintptr_t)out.value);
    must_refuse("system_info", true, st);
}

ABI_DIRECT void fuzz_system_power(void)
{
    count_call();
    abi_status_t st = fz.abi->system_power((uint32_t)gen_number());
    must_refuse("system_power", true, st);
}

ABI_DIRECT void fuzz_log_read(void)
{
    uint64_t cap = gen_length();
    addr_t buf = gen_arg(cap, true);
    addr_t got = gen_arg(sizeof(uint64_t), true);
    count_call();
    abi_status_t st = fz.abi->log_read((void *)(uintptr_t)buf.value, cap,
                                       (uint64_t *)(uintptr_t)got.value);
    must_refuse("log_read", true, st);
}

/* The fuzzer has no module-read right: every call must be refused, so it
   never learns a module's bytes (a RAM disk's image). */
ABI_DIRECT void fuzz_module_read(void)
{
    static const char names[][16] = { "disk.img", "hello.sip", "boot.conf", "" };
    addr_t name = rng_chance(2)
        ? (addr_t){ (uint64_t)(uintptr_t)names[rng_below(4)], ADDR_OWN_READONLY }
        : gen_arg(16, false);
    uint64_t len = gen_length();
    addr_t buf = gen_arg(len, true);
    addr_t copied = gen_arg(sizeof(uint64_t), true);
    count_call();
    abi_status_t st = fz.abi->module_read((const char *)(uintptr_t)name.value, gen_number(),
                                          (void *)(uintptr_t)buf.value, len,
                                          (uint64_t *)(uintptr_t)copied.value);
    must_refuse("module_read", true, st);
}

/* The fuzzer is granted no device authority (no ports, lines, PCI device
   or DMA right): every device entry must refuse, whatever it is asked. */
ABI_DIRECT void fuzz_port_read(void)
{
    addr_t value = gen_arg(sizeof(uint32_t), true);
    count_call();
    abi_status_t st = fz.abi->port_read((uint32_t)gen_number(), (uint32_t)rng_below(6),
                                        (uint32_t *)(uintptr_t)value.value);
    must_refuse("port_read", true, st);
}

ABI_DIRECT void fuzz_port_write(void)
{
    count_call();
    abi_status_t st = fz.abi->port_write((uint32_t)gen_number(), (uint32_t)rng_below(6),
                                         (uint32_t)gen_number());
    must_refuse("port_write", true, st);
}

ABI_DIRECT void fuzz_device_info(void)
{
    addr_t info = gen_arg(sizeof(abi_device_info_t), true);
    count_call();
    abi_status_t st = fz.abi->device_info((abi_device_info_t *)(uintptr_t)info.value);
    must_refuse("device_info", true, st);
}

ABI_DIRECT void fuzz_irq_bind(void)
{
    addr_t ep = gen_arg(sizeof(abi_handle_t), true);
    count_call();
    abi_status_t st = fz.abi->irq_bind((uint32_t)(rng_chance(2) ? rng_below(24) : gen_number()),
                                       (abi_handle_t *)(uintptr_t)ep.value);
    must_refuse("irq_bind", true, st);
}

ABI_DIRECT void fuzz_xblock_phys(void)
{
    abi_handle_t h = gen_handle();
    addr_t phys = gen_arg(sizeof(uint64_t), true);
    count_call();
    abi_status_t st = fz.abi->xblock_phys(h, (uint64_t *)(uintptr_t)phys.value);
    must_refuse("xblock_phys", true, st);
}

ABI_DIRECT void fuzz_mmio_map(void)
{
    addr_t base = gen_arg(sizeof(uint64_t), true);
    addr_t size = gen_arg(sizeof(uint64_t), true);
    count_call();
    abi_status_t st = fz.abi->mmio_map((uint32_t)rng_below(8), (void **)(uintptr_t)base.value,
                                       (uint64_t *)(uintptr_t)size.value);
    must_refuse("mmio_map", true, st);
}

