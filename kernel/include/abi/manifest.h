/*
 * manifest.h — the manifest every SIP image carries (shared by the kernel,
 * the sealer and the stdlib; no kernel-only types).
 *
 * The manifest is an ELF note (section .note.insula, owner "Insula", type
 * SIP_NOTE_MANIFEST) whose descriptor is exactly one sip_manifest_t. The
 * stdlib's SIP_MANIFEST() macro emits it; the linker turns the note into a
 * PT_NOTE program header, which is how the loader finds it. All strings are
 * NUL-terminated within their arrays; unused slots are all zero.
 *
 * Device authority (docs/drivers.md): io_ranges, irqs and pci say what
 * hardware the SIP needs; the boot configuration grants it (abi_spawn_t's
 * `devices`) and the loader refuses a manifest that asks for more.
 */
#ifndef INSULA_ABI_MANIFEST_H
#define INSULA_ABI_MANIFEST_H

#include <stdint.h>

#define SIP_NOTE_OWNER "Insula"
#define SIP_NOTE_MANIFEST 0x4d414e31u       /* "MAN1" */
#define SIP_MANIFEST_MAGIC 0x5049534eu      /* "NSIP" */
#define SIP_MANIFEST_VERSION 1

#define SIP_NAME_MAX 32
#define SIP_MAX_CONTRACTS 8
#define SIP_MAX_IO_RANGES 4
#define SIP_MAX_IRQS 4

/* Capability bits a SIP may ask for (the boot configuration must grant them). */
enum {
    SIP_CAP_SPAWN = 1u << 0,        /* may start SIPs (init) */
    SIP_CAP_BOOT_CONFIG = 1u << 1,  /* may read the boot configuration */
    SIP_CAP_BROKER = 1u << 2,       /* may create, receive and be given endpoints of any
                                       contract, not only those its manifest declares (the
                                       name service; init grants it to the SIP it starts
                                       as `nameservice`) */
    SIP_CAP_CONSOLE_INPUT = 1u << 3, /* may read what is typed on the console (a shell) */
    SIP_CAP_INSPECT = 1u << 4,      /* may list every SIP, the system's memory, the log */
    SIP_CAP_POWER = 1u << 5,        /* may halt or reboot the machine */
    SIP_CAP_MODULE_READ = 1u << 6,  /* may read boot modules' bytes (a RAM disk) */
    SIP_CAP_DMA = 1u << 7,          /* may learn the physical address of its exchange-heap
                                       blocks (a DMA-capable driver: docs/drivers.md) */
    SIP_CAP_DEVICES = 1u << 8,      /* may grant device authority to SIPs it starts (init) */
};
#define SIP_CAP_ALL (SIP_CAP_SPAWN | SIP_CAP_BOOT_CONFIG | SIP_CAP_BROKER | \
                     SIP_CAP_CONSOLE_INPUT | SIP_CAP_INSPECT | SIP_CAP_POWER | \
                     SIP_CAP_MODULE_READ | SIP_CAP_DMA | SIP_CAP_DEVICES)

typedef struct {
    uint16_t base;
    uint16_t count;
} sip_io_range_t;

/* A PCI function by vendor and device id; 0:0 means none. */
typedef struct {
    uint16_t vendor;
    uint16_t device;
} sip_pci_id_t;

typedef struct {
    uint32_t magic;                 /* SIP_MANIFEST_MAGIC */
    uint16_t version;               /* SIP_MANIFEST_VERSION */
    uint16_t reserved0;
    char name[SIP_NAME_MAX];
    uint32_t caps;                  /* SIP_CAP_* */
    uint32_t stack_bytes;           /* each thread's unsafe stack (SafeStack) */
    uint64_t heap_bytes;            /* page-manager quota it asks for */
    char imports[SIP_MAX_CONTRACTS][SIP_NAME_MAX];    /* contracts it uses (imp ends) */
    char exports[SIP_MAX_CONTRACTS][SIP_NAME_MAX];    /* contracts it serves (exp ends);
                                                         the kernel enforces both
                                                         (kernel/sip_contracts.c) */
    sip_io_range_t io_ranges[SIP_MAX_IO_RANGES];      /* I/O ports */
    uint8_t irqs[SIP_MAX_IRQS];     /* 0xff: unused */
    sip_pci_id_t pci;               /* the PCI device it drives: its BARs and IRQ line */
} sip_manifest_t;

_Static_assert(sizeof(sip_manifest_t) == 592, "manifest layout is part of the image format");
_Static_assert(__builtin_offsetof(sip_manifest_t, heap_bytes) == 48, "manifest layout");
_Static_assert(__builtin_offsetof(sip_manifest_t, imports) == 56, "manifest layout");
_Static_assert(__builtin_offsetof(sip_manifest_t, io_ranges) == 568, "manifest layout");
_Static_assert(__builtin_offsetof(sip_manifest_t, pci) == 588, "manifest layout");

#endif
