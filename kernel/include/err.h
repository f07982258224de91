/*
 * err.h — the one status type of the kernel core.
 *
 * Idiom everywhere: `err_t rc = f(); if (rc != OK) return rc;`.
 * Each function's comment lists the errors it can return.
 */
#ifndef INSULA_ERR_H
#define INSULA_ERR_H

typedef enum {
    OK = 0,
    ERR_NO_MEMORY,     /* allocator or quota exhausted */
    ERR_INVALID,       /* malformed argument */
    ERR_ALIGN,         /* address or size not suitably aligned */
    ERR_RANGE,         /* value outside the permitted range */
    ERR_NOT_FOUND,     /* named object does not exist */
    ERR_EXISTS,        /* object already present */
    ERR_BUSY,          /* resource in use */
    ERR_UNSUPPORTED,   /* the platform or CPU cannot do this */
    ERR_CORRUPT,       /* input failed an integrity check */
    ERR_TRUNCATED,     /* input ends before its declared length */
    ERR_TIMEOUT,       /* a wait ran out of time */
    ERR_BAD_HANDLE,    /* not a live handle of the expected type */
    ERR_BAD_ADDRESS,   /* a buffer not wholly inside the caller's memory */
    ERR_QUOTA,         /* a per-SIP quota would be exceeded */
    ERR_DENIED,        /* not permitted by the manifest or configuration */
    ERR__COUNT
} err_t;

/* Returns a stable, human-readable name such as "ERR_NO_MEMORY". */
const char *err_name(err_t rc);

#endif
