/* The other file of decl_conflict.c's SIP: the definitions. */
#include <stddef.h>

struct record {
    long *items;
    size_t count;
};

long checksum(const long *data)
{
    return *data;
}

long total(const struct record *r)
{
    return r->items != NULL ? *r->items + (long)r->count : 0;
}

int limit = 4;
