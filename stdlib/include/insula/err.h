/*
 * insula/err.h — the stdlib's one status type.
 *
 * Idiom: `err_t rc = f(); if (rc != OK) return rc;`.
 * The codes are Insula's one status list (abi/status.h): the kernel's,
 * the ABI's and the channel runtime's numbers are the same, so a status
 * that comes back from the kernel passes through the stdlib unchanged. Every function
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

/* ERR_*: Insula's one status list (abi/status.h; docs/errors.md says what
   each means and which travel back in a reply). */
#define STDLIB_STATUS_ENUMERATOR(name, value, text) name = value,
enum {
    ERROR_LIST(STDLIB_STATUS_ENUMERATOR)
};
#undef STDLIB_STATUS_ENUMERATOR

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

/* A stable name such as "ERR_RANGE" for every status in the list;
   "ERR_UNKNOWN" for any other number. */
SIP_CSTR const char *err_name(err_t rc);

#endif
