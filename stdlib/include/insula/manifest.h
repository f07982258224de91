/*
 * insula/manifest.h — SIP_MANIFEST(): the manifest note of a SIP image.
 *
 * Every SIP writes exactly one, at file scope in one of its .c files:
 *
 *     SIP_MANIFEST("hello",
 *                  .stack_bytes = 16 * 1024,
 *                  .heap_bytes = 256 * 1024,
 *                  .caps = SIP_CAP_SPAWN,
 *                  .imports = { "console" },
 *                  .exports = { "echo" },
 *                  .io_ranges = { { .base = 0x3f8, .count = 8 } },
 *                  .irqs[0] = 4);
 *
 * The first argument is the name (a string literal, at most
 * SIP_NAME_MAX - 1 bytes, checked at compile time); the rest are
 * designated initializers of sip_manifest_t (abi/manifest.h), all optional.
 * magic and version are filled in; irqs slots default to 0xff ("unused"):
 * name IRQs one slot at a time (.irqs[0] = 4, .irqs[1] = 11), since
 * `.irqs = { 4 }` would reset the other slots to 0, which is IRQ 0.
 * Everything else not named is zero. A contract name must fit in
 * SIP_NAME_MAX - 1 bytes: the compiler refuses longer literals, except one of
 * exactly SIP_NAME_MAX bytes, which C stores without its NUL (the loader
 * refuses such a manifest). The kernel enforces .imports and .exports: a
 * SIP may create, receive or be handed only endpoints of the contracts they
 * name (or of contracts extending them), imports for importing ends,
 * exports for exporting ones (docs/sips.md, "Contracts a SIP may use").
 *
 * It emits one ELF note in section .note.insula: namesz 7, descsz
 * sizeof(sip_manifest_t), type SIP_NOTE_MANIFEST, owner "Insula\0" padded to
 * 8 bytes, then the manifest. The symbol is global, so a second
 * SIP_MANIFEST() in the same image fails to link.
 */
#ifndef INSULA_STDLIB_MANIFEST_H
#define INSULA_STDLIB_MANIFEST_H

#include "abi/manifest.h"

#include <stddef.h>
#include <stdint.h>

/* An ELF note header (Elf64_Nhdr), the owner name and the manifest, packed
   so that the descriptor follows the 4-byte-padded name directly. */
typedef struct __attribute__((packed, aligned(4))) {
    uint32_t namesz;
    uint32_t descsz;
    uint32_t type;
    char owner[8];
    sip_manifest_t manifest;
} sip_manifest_note_t;

_Static_assert(sizeof(SIP_NOTE_OWNER) == 7, "note owner is \"Insula\\0\"");
_Static_assert(offsetof(sip_manifest_note_t, owner) == 12, "Elf64_Nhdr is 12 bytes");
_Static_assert(offsetof(sip_manifest_note_t, manifest) == 20, "desc follows the padded name");
_Static_assert(sizeof(sip_manifest_note_t) == 20 + sizeof(sip_manifest_t), "no tail padding");
_Static_assert(sizeof(sip_manifest_note_t) % 4 == 0, "notes are 4-byte aligned");

#define SIP_MANIFEST(sip_name, ...)                                              \
    _Static_assert(sizeof(sip_name) <= SIP_NAME_MAX, "SIP name too long");        \
    _Pragma("clang diagnostic push")                                              \
    _Pragma("clang diagnostic ignored \"-Winitializer-overrides\"")               \
    __attribute__((used, section(".note.insula"), aligned(4)))                    \
    const sip_manifest_note_t __insula_manifest = {                               \
        .namesz = sizeof(SIP_NOTE_OWNER),                                         \
        .descsz = sizeof(sip_manifest_t),                                         \
        .type = SIP_NOTE_MANIFEST,                                                \
        .owner = SIP_NOTE_OWNER,                                                  \
        .manifest = {                                                             \
            .magic = SIP_MANIFEST_MAGIC,                                          \
            .version = SIP_MANIFEST_VERSION,                                      \
            .name = "" sip_name "",                                               \
            .irqs = { 0xff, 0xff, 0xff, 0xff },                                   \
            __VA_ARGS__                                                           \
        },                                                                        \
    };                                                                            \
    _Pragma("clang diagnostic pop")

#endif
