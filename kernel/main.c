/*
 * main.c — the portable kernel entry: kernel_main() runs on both platforms
 * once the platform has filled in a boot_info_t.
 *
 * Order: banner, command line, memory map, frame allocator, heap, timer,
 * then either the self-tests (insula.test=...) or a normal boot.
 */
#include "kernel.h"

#include "cmdline.h"
#include "console.h"
#include "frame.h"
#include "heap.h"
#include "memmap.h"
#include "panic.h"
#include "platform.h"
#include "platform_device.h"
#include "sip.h"
#include "thread.h"
#include "timer.h"

#define LOW_MEMORY_END (1ull << 20)
#define HEARTBEAT_SECONDS 3
#define INIT_PRIORITY 5
/* init's quota is all the memory SIPs may have charged at once: the frames
 * free when it starts. The quotas in the boot configuration are carved out
 * of it (docs/sips.md, "Memory and quotas"), so their sum never exceeds
 * the memory there is. */
static uint64_t init_quota_bytes(void)
{
    return frame_free_count() * PAGE_SIZE;
}

static kernel_options_t options;

const kernel_options_t *kernel_options(void)
{
    return &options;
}

const char *kernel_boot_config_name(void)
{
    return options.config;
}

const char *kernel_init_name(void)
{
    return options.init;
}

static void warn_cmdline(void *ctx, size_t column, const char *message)
{
    (void)ctx;
    kprintf("cmdline:%zu: warning: %s\n", column, message);
}

static void warn_memmap(void *ctx, const char *message)
{
    (void)ctx;
    kwarn("memmap", "%s", message);
}

static const char *const region_type_names[] = {
    "?", "usable", "reserved", "ACPI reclaimable", "ACPI NVS", "bad",
};

static void print_boot_info(const boot_info_t *bi)
{
    kprintf("memory map (%zu regions from %s):\n", bi->region_count, bi->loader);
    for (size_t i = 0; i < bi->region_count; i++) {
        const mem_region_t *r = &bi->regions[i];
        unsigned type = r->type <= MEM_BAD ? r->type : 0;
        kprintf("  0x%012llx-0x%012llx %s\n", (unsigned long long)r->base,
                (unsigned long long)(r->base + r->length), region_type_names[type]);
    }
    kprintf("kernel image %#lx-%#lx; %zu module(s)\n", (unsigned long)bi->kernel_start,
            (unsigned long)bi->kernel_end, bi->module_count);
    for (size_t i = 0; i < bi->module_count; i++) {
        const boot_module_t *m = &bi->modules[i];
        kprintf("  module %zu: %s %#lx-%#lx (%lu bytes)%s%s\n", i, m->name,
                (unsigned long)m->start, (unsigned long)m->end,
                (unsigned long)(m->end - m->start), m->args[0] ? " args: " : "", m->args);
    }
}

/* Reserved: the first MiB, the kernel image and every module. */
static size_t collect_reserved(const boot_info_t *bi, range_t *out)
{
    size_t n = 0;
    out[n++] = (range_t){ 0, LOW_MEMORY_END };
    out[n++] = (range_t){ bi->kernel_start, bi->kernel_end };
    for (size_t i = 0; i < bi->module_count; i++)
        out[n++] = (range_t){ bi->modules[i].start, bi->modules[i].end };
    return n;
}

static void memory_init(const boot_info_t *bi)
{
    static range_t usable[MEMMAP_MAX_RANGES];
    range_t reserved[BOOT_MAX_MODULES + 2];
    size_t nres = collect_reserved(bi, reserved);
    size_t n = memmap_usable(bi->regions, bi->region_count, reserved, nres, usable,
                             MEMMAP_MAX_RANGES, warn_memmap, NULL);
    if (n == 0)
        panic("no usable memory in the boot memory map");
    err_t rc = frame_init(usable, n);
    if (rc != OK)
        panic("frame allocator: %s", err_name(rc));
    platform_memory_init(usable, n);
    kprintf("memory: %llu KiB usable in %zu ranges, %llu frames free\n",
            (unsigned long long)(memmap_total(usable, n) / 1024), n,
            (unsigned long long)frame_free_count());
}

/* Shows the timer running for the first seconds of a normal boot. */
static void heartbeat(void *arg)
{
    (void)arg;
    for (unsigned s = 1; s <= HEARTBEAT_SECONDS; s++) {
        thread_sleep_ns(1000000000ull);
        kprintf("timer: %llu ticks, uptime %u s\n", (unsigned long long)timer_ticks(), s);
    }
}

/* Starts init (with every capability) and reports when it ends. */
static void start_init(void)
{
    const uint8_t *data;
    uint64_t size;
    if (boot_module_find(options.init, &data, &size) != OK) {
        kprintf("kernel: no module '%s'; nothing to start\n", options.init);
        return;
    }
    /* init's argument: the name of the configuration module, for its reports. */
    sip_spawn_request_t req = { .image = options.init, .args = options.config,
                                .priority = INIT_PRIORITY,
                                .quota_bytes = init_quota_bytes(),
                                .caps = SIP_CAP_ALL };
    sip_t *init;
    err_t rc = sip_spawn(&req, &init);
    if (rc != OK) {
        kprintf("kernel: cannot start '%s': %s\n", options.init, err_name(rc));
        return;
    }
    sip_wait(init, THREAD_FOREVER);
    kprintf("kernel: init ended (%s, code %d)\n",
            init->state == SIP_EXITED ? "exited" : "killed", init->exit_code);
    sip_release(init);
}

void kernel_main(const boot_info_t *bi)
{
    kprintf("\nInsula %s on %s, booted by %s\n", INSULA_VERSION, platform_name, bi->loader);
    kprintf("command line: %s\n", bi->cmdline);
    unsigned rejected = cmdline_parse(bi->cmdline, &options, warn_cmdline, NULL);
    kprintf("options: mode=%s hz=%u test=%s (%u word(s) ignored)\n",
            prot_mode_name(options.mode), options.hz, options.test[0] ? options.test : "-",
            rejected);
    if (!platform_mode_supported(options.mode)) {
        kwarn("mode", "insula.mode=%s is not implemented on %s yet; running in phys mode",
              prot_mode_name(options.mode), platform_name);
        options.mode = PROT_PHYS;
    }
    print_boot_info(bi);
    memory_init(bi);
    kprintf("tsc: %llu kHz\n", (unsigned long long)(tsc_hz() / 1000));
    timer_start(options.hz);
    kprintf("timer: %s at %u Hz\n", platform_timer_source(), options.hz);
    sched_init();
    sip_boot_modules_set(bi);
    sip_space_check_isolate(bi->cmdline);
    platform_devices_init();
    if (options.test[0] != '\0')
        ktest_run(options.test);
    irq_enable();
    thread_create("heartbeat", heartbeat, NULL, THREAD_PRIORITY_DEFAULT, 0, NULL);
    start_init();
    thread_sleep_ns((HEARTBEAT_SECONDS + 1) * 1000000000ull);
    kprintf("kernel idle\n");
    for (;;)
        thread_sleep_ns(THREAD_FOREVER - 1);
}
