/* The other file of decl_conflict.c's SIP: the definitions. */
#include <stddef.h>

struct record {
    long *items;
    size_t count;
};

struct inner {
    long *address;
};
struct l4 { struct inner in; };
struct l3 { struct l4 d; };
struct l2 { struct l3 c; };
struct l1 { struct l2 b; };

long deep(const struct l1 *p)
{
    return *p->b.c.d.in.address;
}

long checksum(const long *data)
{
    return *data;
}

long total(const struct record *r)
{
    return r->items != NULL ? *r->items + (long)r->count : 0;
}

int limit = 4;
