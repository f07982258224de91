/*
 * Attempt: make up a view whose len is larger than its object, then let
 * the stdlib read it (span_at, print's "%.*s" trust len): store to a
 * member (directly, through a pointer, in an array, inside a SIP struct,
 * through a typedef and a macro), ++ and op=, take a member's address,
 * and build one with a braced initializer or compound literal: positional,
 * designated, nested in a SIP struct, by brace elision, and {0}.
 * A buffer-like type (const cap, counted_by data) made up by a braced list
 * or written through a union. Without SIP-LIB-READONLY: span_at(v, 1000)
 * reads far past "abc", data[999] writes past the object.
 */
// expect: SIP-LIB-READONLY 44
// expect: SIP-LIB-READONLY 45
// expect: SIP-LIB-READONLY 46
// expect: SIP-LIB-READONLY 47
// expect: SIP-LIB-READONLY 48
// expect: SIP-LIB-READONLY 49
// expect: SIP-LIB-READONLY 50
// expect: SIP-LIB-READONLY 51
// expect: SIP-LIB-READONLY 52
// expect: SIP-LIB-READONLY 53
// expect: SIP-LIB-READONLY 55
// expect: SIP-LIB-READONLY 56
// expect: SIP-LIB-READONLY 57
// expect: SIP-LIB-READONLY 58
// expect: SIP-LIB-READONLY 59
// expect: SIP-LIB-READONLY 60
// expect: SIP-LIB-READONLY 61
// expect: SIP-LIB-READONLY 62
// expect: SIP-LIB-READONLY 63
// expect: SIP-LIB-READONLY 71
// expect: SIP-LIB-READONLY 73
#include <sip/view.h>

typedef span_t name_t;
struct entry { name_t name; int uses; };
struct node { int id; struct entry entry; };
#define GROW(v) ((v).len = 1u << 30)

static span_t table[4];

int attempt(span_t v, struct entry *e, span_t *p, struct node *n)
{
    v.len = 1u << 30;
    v.len += 1000;
    v.len++;
    p->len = 1000;
    (*p).len = 1000;
    table[1].len = 1000;
    e->name.len = 1000;
    n->entry.name.len = 1000;
    GROW(v);
    span_fill(&v.len);
    span_result_t r = span_slice(v, 0, 1);
    r.span.len = 1000;
    span_t a = { "abc", 1000 };
    span_t b = (span_t){ .bytes = "abc", .len = 1000 };
    span_t c = { 0 };
    struct entry d = { "abc", 1000 };
    struct entry f = { .name = { "abc", 1000 } };
    struct entry g = { .name.len = 1000 };
    struct node h = { 1, "abc", 1000, 2 };
    span_t arr[2] = { "abc", 1000 };
    return span_at(v, 1000) + span_at(a, 999) + span_at(b, 999) + span_at(c, 0)
        + span_at(d.name, 999) + span_at(f.name, 999) + span_at(g.name, 999)
        + span_at(h.entry.name, 999) + span_at(arr[0], 999) + r.err;
}

/* A buffer's cap is const, but a braced list or a union makes one up. */
struct look_alike { size_t cap; size_t len; };
union pun { struct look_alike fake; bytes_t real; };
struct holder { int tag; bytes_t buffer; };
static struct holder hold = { 1, { 100, 100 } };

int overflow(union pun *u)
{
    u->fake.cap = 1000;
    u->real.data[999] = 1;
    hold.buffer.data[99] = 1;
    return hold.tag;
}
