/*
 * insula/err.h — the stdlib's one status type.
 *
 * Idiom: `err_t rc = f(); if (rc != OK) return rc;`.
 * The codes are the kernel ABI's own (abi/abi.h), so a status that comes
 * back from the kernel passes through the stdlib unchanged. Every function
 * comment in the stdlib lists the codes it can return.
 *
 * Functions that produce a value return it in one of three ways:
 *   - a non-negative integer, or a negative err_t (str_at, buf_get, str_find);
 *   - a small result struct whose first member is `err_t err` (str_slice,
 *     str_parse_i64...); its other members are valid only when err == OK;
 *   - a SIP_OUT parameter (boot_config_load's `err`, the contract bindings'
 *     receive functions): the only way a SIP may pass the address of a local.
 */
#ifndef INSULA_STDLIB_ERR_H
#define INSULA_STDLIB_ERR_H

#include "abi/abi.h"

#include <stdint.h>

/* Identical to the channel runtime's declaration (contracts/), so that
   generated bindings and the stdlib can be included in any order. */
typedef int32_t err_t;
#define OK 0

enum {
    ERR_INVALID = ABI_ERR_INVALID,         /* malformed argument (NULL object, bad base...) */
    ERR_BAD_HANDLE = ABI_ERR_BAD_HANDLE,   /* the kernel refused a handle */
    ERR_BAD_ADDRESS = ABI_ERR_BAD_ADDRESS, /* the kernel refused a buffer */
    ERR_NO_MEMORY = ABI_ERR_NO_MEMORY,     /* the kernel is out of pages */
    ERR_QUOTA = ABI_ERR_QUOTA,             /* the SIP's memory quota is used up */
    ERR_DENIED = ABI_ERR_DENIED,           /* the manifest does not allow it */
    ERR_NOT_FOUND = ABI_ERR_NOT_FOUND,     /* no match, no further token */
    ERR_TIMEOUT = ABI_ERR_TIMEOUT,         /* a wait timed out */
    ERR_CORRUPT = ABI_ERR_CORRUPT,         /* stdlib metadata failed a check */
    ERR_RANGE = ABI_ERR_RANGE,             /* index, length or number out of range */
    ERR_BUSY = ABI_ERR_BUSY,               /* state forbids it (e.g. ABI already bound) */
};

/* An out-parameter (verifier/SUBSET.md, SIP-PTR-OUT): the callee writes and
   reads through it during the call only and keeps nothing, so a SIP may pass
   &local. Defined identically in contracts/include/insula/chan_rt.h. */
#define SIP_OUT __attribute__((annotate("insula_out")))

/* A C string (verifier/SUBSET.md, SIP-STR-NUL): on a parameter, the callee
   reads it up to its NUL; on a function, variable or member, the `char *`
   it yields ends in a NUL inside its object (or is NULL). SIP_FORMAT marks
   a printf-style format: the verifier requires a literal and matches its
   conversions to the arguments. Defined identically in
   contracts/include/insula/chan_rt.h and contract_table.h. */
#ifdef __FRAMAC__
/* The proofs (verifier/prove) do not need them, and Frama-C would keep the
   attribute in the parameter's type and refuse the ACSL contracts. */
#define SIP_CSTR
#define SIP_FORMAT
#define SIP_READONLY
#define SIP_RETAINED
#else
#define SIP_CSTR __attribute__((annotate("insula_cstr")))
#define SIP_FORMAT __attribute__((annotate("insula_format")))
/* A struct type whose members only the stdlib sets (verifier/SUBSET.md,
   SIP-LIB-READONLY): SIP code copies such an object whole but never writes
   a member, takes a member's address or brace-initializes one (str_t: the
   stdlib trusts a view's len). Written `typedef struct SIP_READONLY {`. */
#define SIP_READONLY __attribute__((annotate("insula_readonly")))
/* A parameter whose pointer the function's result keeps (verifier/SUBSET.md,
   SIP-PTR-RETAINED): __insula_str_from_array's view points into its array,
   so the verifier refuses an argument with automatic storage (a local, a
   temporary, a compound literal) even when a trusted macro passes it. */
#define SIP_RETAINED __attribute__((annotate("insula_retained")))
#endif

_Static_assert(ABI_OK == OK, "stdlib statuses are the ABI's");

/* A stable name such as "ERR_RANGE"; "ERR_UNKNOWN" for codes not listed here. */
SIP_CSTR const char *err_name(err_t rc);

#endif
