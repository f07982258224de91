/*
 * err.h — the one status type of the kernel core.
 *
 * Idiom everywhere: `err_t rc = f(); if (rc != OK) return rc;`.
 * Each function's comment lists the errors it can return. The names and
 * numbers are Insula's one status list (abi/status.h, docs/errors.md): the
 * same status has the same number in the kernel, the ABI, the stdlib and
 * the channel runtime.
 */
#ifndef INSULA_ERR_H
#define INSULA_ERR_H

#include "abi/status.h"

#define KERNEL_STATUS_ENUMERATOR(name, value, text) name = value,
typedef enum {
    OK = 0,
    ERROR_LIST(KERNEL_STATUS_ENUMERATOR)
} err_t;
#undef KERNEL_STATUS_ENUMERATOR

/* Returns a stable, human-readable name such as "ERR_NO_MEMORY";
   "ERR_UNKNOWN" for a number not in the list. */
const char *err_name(err_t rc);

#endif
