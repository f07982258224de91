/*
 * Attempt: two files of one SIP that disagree about a function's type. C
 * never compares declarations in different files, and the link (one LTO
 * unit) joins them by name: this file passes an integer where the other
 * file's definition reads a pointer (a forged pointer), and a struct of
 * integers where the other reads a struct holding a pointer (the same
 * struct tag, other members, also five structs deep). CFI does not check
 * direct calls.
 * Without SIP-DECL-CONFLICT: checksum(0x1000) dereferences address 0x1000.
 */
// with: helpers/decl_conflict_impl.c
// expect: SIP-DECL-CONFLICT helpers/decl_conflict_impl.c:4
// expect: SIP-DECL-CONFLICT helpers/decl_conflict_impl.c:9
// expect: SIP-DECL-CONFLICT helpers/decl_conflict_impl.c:22
// expect: SIP-DECL-CONFLICT helpers/decl_conflict_impl.c:32
#include <stddef.h>

struct record {
    long address;
    size_t count;
};

struct inner {
    long address;
};
struct l4 { struct inner in; };
struct l3 { struct l4 d; };
struct l2 { struct l3 c; };
struct l1 { struct l2 b; };

long checksum(long data);
long deep(const struct l1 *p);
long total(const struct record *r);
long limit(void);

long attempt(void)
{
    static struct record forged = { 0x1000, 1 };
    static struct l1 nested = { { { { { 0x2000 } } } } };
    return checksum(0x1000) + total(&forged) + limit() + deep(&nested);
}
