/*
 * test_manifest.c — the bytes SIP_MANIFEST() emits: the ELF note header,
 * the owner, and the manifest with its defaults and overrides.
 * (check_sip_image.py checks the same note in a linked SIP image.)
 */
#include "check.h"
#include "insula/manifest.h"

#include <stdint.h>

SIP_MANIFEST("unit-test",
             .stack_bytes = 8192,
             .heap_bytes = 1u << 20,
             .caps = SIP_CAP_SPAWN | SIP_CAP_BOOT_CONFIG,
             .imports = { "console", "fs" },
             .exports = { "echo" },
             .io_ranges = { { .base = 0x3f8, .count = 8 } },
             .irqs[0] = 4);

static void test_note_header(void)
{
    const sip_manifest_note_t *n = &__insula_manifest;
    CHECK_UINT(n->namesz, 7);
    CHECK_UINT(n->descsz, 592);
    CHECK_UINT(n->type, SIP_NOTE_MANIFEST);
    CHECK(memcmp(n->owner, "Insula\0\0", 8) == 0);
    CHECK_UINT(sizeof(*n), 612);
    CHECK_UINT((uintptr_t)n % 4, 0);
}

static void test_manifest_fields(void)
{
    /* A copy: inside the packed note the manifest is only 4-byte aligned. */
    const sip_manifest_t copy = __insula_manifest.manifest;
    const sip_manifest_t *m = &copy;
    CHECK_UINT(m->magic, SIP_MANIFEST_MAGIC);
    CHECK_UINT(m->version, SIP_MANIFEST_VERSION);
    CHECK(strcmp(m->name, "unit-test") == 0);
    CHECK_UINT(m->stack_bytes, 8192);
    CHECK_UINT(m->heap_bytes, 1u << 20);
    CHECK_UINT(m->caps, SIP_CAP_SPAWN | SIP_CAP_BOOT_CONFIG);
    CHECK(strcmp(m->imports[0], "console") == 0);
    CHECK(strcmp(m->imports[1], "fs") == 0);
    CHECK(m->imports[2][0] == '\0');
    CHECK(strcmp(m->exports[0], "echo") == 0);
    CHECK_UINT(m->io_ranges[0].base, 0x3f8);
    CHECK_UINT(m->io_ranges[0].count, 8);
    CHECK_UINT(m->io_ranges[1].count, 0);
    CHECK_UINT(m->irqs[0], 4);
    for (int i = 1; i < SIP_MAX_IRQS; i++)
        CHECK_UINT(m->irqs[i], 0xff);   /* unused slots say so */
    CHECK_UINT(m->reserved0, 0);
}

int main(void)
{
    test_note_header();
    test_manifest_fields();
    return check_exit_status("test_manifest");
}
