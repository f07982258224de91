/*
 * multiboot.h — parse the Multiboot (v1) information into a boot_info_t.
 *
 * The parser never touches memory directly: every read goes through a
 * `mb_read_t`, which refuses addresses outside what the caller can read.
 * So a malformed structure (bad pointers, lengths, sizes) costs a warning,
 * never a fault. Pure code; unit-tested and fuzzed on the host.
 */
#ifndef INSULA_PC_MULTIBOOT_H
#define INSULA_PC_MULTIBOOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "boot_info.h"
#include "err.h"

#define MULTIBOOT_LOADER_MAGIC 0x2BADB002u

/* Copies `len` bytes at physical `addr` into `dst`; false if unreadable. */
typedef bool (*mb_read_t)(void *ctx, uint64_t addr, void *dst, size_t len);
typedef void (*mb_warn_t)(void *ctx, const char *message);

typedef struct {
    mb_read_t read;
    mb_warn_t warn;     /* may be NULL */
    void *ctx;
} mb_source_t;

/*
 * Fills `out` (whose kernel_start/kernel_end the caller has set).
 * Errors: ERR_INVALID (wrong magic), ERR_NOT_FOUND (no memory information
 * at all), ERR_CORRUPT (the information structure itself is unreadable).
 * Everything else malformed is skipped with a warning and counted in
 * out->warnings.
 */
err_t multiboot_parse(uint32_t magic, uint64_t info_addr, const mb_source_t *src,
                      boot_info_t *out);

#endif
