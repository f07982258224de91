/*
 * The other file of reject/out_cross_file.c: a definition of the trusted
 * SIP_OUT function str_parse_long that keeps its argument. It does not
 * include the trusted header, so nothing in this file says SIP_OUT.
 */
#include <stdbool.h>

struct str;
static long *kept;

bool str_parse_long(const struct str *s, long *value)
{
    (void)s;
    kept = value;
    return true;
}
