/*
 * sip_fixture.c — a minimal SIP image for the tests of the image code,
 * built with the SIP recipe (kernel/tools/README.md) by the cross compiler.
 *
 * It has what the loader must handle: code, read-only data, initialized
 * pointers (R_X86_64_RELATIVE relocations into .data and .data.rel.ro),
 * a writable global, bss, and the manifest note. The tests find
 * fixture_data in the loaded image by its marker.
 */
#include "abi/manifest.h"

#include <stdint.h>

/* The ELF note that carries the manifest: 4-byte aligned, so packed. */
typedef struct __attribute__((packed, aligned(4))) {
    uint32_t namesz;
    uint32_t descsz;
    uint32_t type;
    char name[8];               /* "Insula\0" padded to 8 */
    sip_manifest_t desc;
} fixture_note_t;

_Static_assert(sizeof(fixture_note_t) == 12 + 8 + sizeof(sip_manifest_t), "note layout");

__attribute__((section(".note.insula"), used)) static const fixture_note_t fixture_note = {
    .namesz = sizeof(SIP_NOTE_OWNER),
    .descsz = sizeof(sip_manifest_t),
    .type = SIP_NOTE_MANIFEST,
    .name = SIP_NOTE_OWNER,
    .desc = {
        .magic = SIP_MANIFEST_MAGIC,
        .version = SIP_MANIFEST_VERSION,
        .name = "fixture",
        .caps = SIP_CAP_BOOT_CONFIG,
        .stack_bytes = 16384,
        .heap_bytes = 1u << 20,
        .imports = { "Console", "Fs" },
        .exports = { "Fixture" },
        .io_ranges = { { 0x3f8, 8 } },
        .irqs = { 4, 0xff, 0xff, 0xff },
    },
};

const char fixture_greeting[] = "insula fixture greeting";

void _start(void);

/* Writable data with two pointers the loader must relocate. */
struct fixture_data {
    char marker[16];
    const char *greeting;       /* -> fixture_greeting (.rodata) */
    void (*entry)(void);        /* -> _start (.text) */
    uint64_t counter;
} fixture_data = { "FIXTURE-DATA-V1", fixture_greeting, _start, 7 };

/* Read-only after relocation (.data.rel.ro, inside the RELRO range). */
const char *const fixture_relro[2] = { "FIXTURE-RELRO-V1", fixture_greeting };

uint8_t fixture_bss[3 * 4096 + 100];

void _start(void)
{
    fixture_bss[fixture_data.counter] = (uint8_t)fixture_relro[1][0];
    fixture_data.counter++;
    for (;;)
        __asm__ volatile("hlt");
}
