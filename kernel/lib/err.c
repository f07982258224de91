/* err.c — names for err_t values, from the one status list (abi/status.h). */
#include "err.h"

const char *err_name(err_t rc)
{
#define ERR_NAME_CASE(name, value, text) case name: return #name;
    switch (rc) {
    case OK: return "OK";
    ERROR_LIST(ERR_NAME_CASE)
    }
#undef ERR_NAME_CASE
    return "ERR_UNKNOWN";
}
