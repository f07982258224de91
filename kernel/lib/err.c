/* err.c — names for err_t values. */
#include "err.h"

#include <stddef.h>

static const char *const err_names[ERR__COUNT] = {
    [OK] = "OK",
    [ERR_NO_MEMORY] = "ERR_NO_MEMORY",
    [ERR_INVALID] = "ERR_INVALID",
    [ERR_ALIGN] = "ERR_ALIGN",
    [ERR_RANGE] = "ERR_RANGE",
    [ERR_NOT_FOUND] = "ERR_NOT_FOUND",
    [ERR_EXISTS] = "ERR_EXISTS",
    [ERR_BUSY] = "ERR_BUSY",
    [ERR_UNSUPPORTED] = "ERR_UNSUPPORTED",
    [ERR_CORRUPT] = "ERR_CORRUPT",
    [ERR_TRUNCATED] = "ERR_TRUNCATED",
    [ERR_TIMEOUT] = "ERR_TIMEOUT",
    [ERR_BAD_HANDLE] = "ERR_BAD_HANDLE",
    [ERR_BAD_ADDRESS] = "ERR_BAD_ADDRESS",
    [ERR_QUOTA] = "ERR_QUOTA",
    [ERR_DENIED] = "ERR_DENIED",
};

const char *err_name(err_t rc)
{
    if ((unsigned)rc >= ERR__COUNT || err_names[rc] == NULL)
        return "ERR_UNKNOWN";
    return err_names[rc];
}
