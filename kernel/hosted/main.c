/*
 * main.c — the hosted platform's entry: Insula's core as a Linux process.
 *
 *   insula-hosted [--cmdline TEXT] [--memory MIB] [--module FILE[=ARGS]]... [--disk FILE]
 *                 [--disk-fault KIND@N]
 *
 * "Physical memory" is one mmap'ed arena, identity-mapped like phys mode
 * (an address is its own physical address). Modules are files mapped
 * outside the arena, as a loader would leave them. --disk attaches FILE
 * as the virtio block device (virtio_model.c).
 */
#include "hosted.h"

#include "kernel.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_MEMORY_MIB 128
#define ARENA_ALIGN (2u << 20)
/* Where the arena is asked to go: below 2^44, so that page numbers fit in
   32 bits like a real machine's (a legacy virtio queue address is one). */
#define ARENA_HINT ((void *)0x10000000000ull)

extern const char __ehdr_start[], _end[];

static void usage_exit(const char *why)
{
    fprintf(stderr, "insula-hosted: %s\n"
            "usage: insula-hosted [--cmdline TEXT] [--memory MIB] [--module FILE[=ARGS]]... "
                        "[--disk FILE] [--disk-fault KIND@N]\n", why);
    exit(2);
}

static void arena_create(boot_info_t *bi, size_t mib)
{
    size_t size = mib << 20;
    uint8_t *raw = mmap(ARENA_HINT, size + ARENA_ALIGN, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED) {
        fprintf(stderr, "insula-hosted: cannot map %zu MiB: %s\n", mib, strerror(errno));
        exit(1);
    }
    uintptr_t base = ((uintptr_t)raw + ARENA_ALIGN - 1) & ~(uintptr_t)(ARENA_ALIGN - 1);
    bi->regions[0] = (mem_region_t){ base, size, MEM_USABLE };
    bi->region_count = 1;
}

static void module_load(boot_info_t *bi, const char *spec)
{
    if (bi->module_count == BOOT_MAX_MODULES)
        usage_exit("too many modules");
    boot_module_t *m = &bi->modules[bi->module_count];
    char path[4096];
    const char *eq = strchr(spec, '=');
    snprintf(path, sizeof(path), "%.*s", eq ? (int)(eq - spec) : (int)strlen(spec), spec);
    snprintf(m->args, sizeof(m->args), "%s", eq ? eq + 1 : "");
    const char *slash = strrchr(path, '/');
    snprintf(m->name, sizeof(m->name), "%s", slash ? slash + 1 : path);
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || st.st_size == 0) {
        fprintf(stderr, "insula-hosted: module %s: %s\n", path,
                fd < 0 || st.st_size != 0 ? strerror(errno) : "empty file");
        exit(1);
    }
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        usage_exit("cannot map a module");
    m->start = (uintptr_t)p;
    m->end = m->start + (uint64_t)st.st_size;
    bi->module_count++;
}

static void parse_args(int argc, char **argv, boot_info_t *bi, size_t *mib)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (i + 1 >= argc)
            usage_exit(strcmp(a, "--help") == 0 ? "help requested" : "option needs a value");
        if (strcmp(a, "--cmdline") == 0)
            snprintf(bi->cmdline, sizeof(bi->cmdline), "%s", argv[++i]);
        else if (strcmp(a, "--memory") == 0)
            *mib = strtoul(argv[++i], NULL, 10);
        else if (strcmp(a, "--module") == 0)
            module_load(bi, argv[++i]);
        else if (strcmp(a, "--disk") == 0 && !virtio_model_attach(argv[++i]))
            usage_exit("--disk: cannot open the file read-write");
        else if (strcmp(a, "--disk") == 0)
            continue;
        else if (strcmp(a, "--disk-fault") == 0 && !virtio_model_fault(argv[++i]))
            usage_exit("--disk-fault: expected KIND@N, KIND one of bad-id, bad-length, "
                       "run-ahead, bad-status, io-error");
        else if (strcmp(a, "--disk-fault") == 0)
            continue;
        else
            usage_exit("unknown option");
    }
    if (*mib < 8 || *mib > 65536)
        usage_exit("--memory must be 8..65536 MiB");
}

int main(int argc, char **argv)
{
    static boot_info_t bi;
    size_t mib = DEFAULT_MEMORY_MIB;
    snprintf(bi.loader, sizeof(bi.loader), "Linux (hosted)");
    parse_args(argc, argv, &bi, &mib);
    hosted_save_argv(argv);
    arena_create(&bi, mib);
    bi.kernel_start = (uintptr_t)__ehdr_start;
    bi.kernel_end = (uintptr_t)_end;
    hosted_traps_init();
    kernel_main(&bi);
}
