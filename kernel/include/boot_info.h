/*
 * boot_info.h — what the platform tells the core about the machine.
 *
 * On pc it is parsed from the Multiboot information (kernel/pc/multiboot.c);
 * on hosted it is built from the command line and an mmap'ed arena. Every
 * address is physical, and the core runs identity-mapped (phys == virt).
 */
#ifndef INSULA_BOOT_INFO_H
#define INSULA_BOOT_INFO_H

#include <stddef.h>
#include <stdint.h>

#define BOOT_MAX_REGIONS 64
#define BOOT_MAX_MODULES 64
#define BOOT_CMDLINE_MAX 512
#define BOOT_MODULE_NAME_MAX 64

typedef enum {
    MEM_USABLE = 1,
    MEM_RESERVED = 2,
    MEM_ACPI_RECLAIMABLE = 3,
    MEM_ACPI_NVS = 4,
    MEM_BAD = 5,
} mem_type_t;

typedef struct {
    uint64_t base;
    uint64_t length;
    mem_type_t type;
} mem_region_t;

typedef struct {
    uint64_t start;    /* physical address of the first byte */
    uint64_t end;      /* one past the last byte */
    char name[BOOT_MODULE_NAME_MAX];    /* the module string's first word */
    char args[BOOT_CMDLINE_MAX];        /* the rest of the module string */
} boot_module_t;

typedef struct {
    char loader[32];                    /* e.g. "GRUB 2.06", "qemu", "linux" */
    char cmdline[BOOT_CMDLINE_MAX];
    mem_region_t regions[BOOT_MAX_REGIONS];
    size_t region_count;
    boot_module_t modules[BOOT_MAX_MODULES];
    size_t module_count;
    uint64_t kernel_start;              /* physical extent of the kernel image */
    uint64_t kernel_end;
    unsigned warnings;                  /* malformed items skipped while parsing */
} boot_info_t;

#endif
