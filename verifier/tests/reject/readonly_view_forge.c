/*
 * Attempt: make up a view whose len is larger than its object, then let
 * the stdlib read it (span_at, print's "%.*s" trust len): store to a
 * member (directly, through a pointer, in an array, inside a SIP struct,
 * through a typedef and a macro), ++ and op=, take a member's address,
 * and build one with a braced initializer or compound literal: positional,
 * designated, nested in a SIP struct, by brace elision, and {0}.
 * Without SIP-LIB-READONLY: span_at(v, 1000) reads far past "abc".
 */
// expect: SIP-LIB-READONLY 40
// expect: SIP-LIB-READONLY 41
// expect: SIP-LIB-READONLY 42
// expect: SIP-LIB-READONLY 43
// expect: SIP-LIB-READONLY 44
// expect: SIP-LIB-READONLY 45
// expect: SIP-LIB-READONLY 46
// expect: SIP-LIB-READONLY 47
// expect: SIP-LIB-READONLY 48
// expect: SIP-LIB-READONLY 49
// expect: SIP-LIB-READONLY 51
// expect: SIP-LIB-READONLY 52
// expect: SIP-LIB-READONLY 53
// expect: SIP-LIB-READONLY 54
// expect: SIP-LIB-READONLY 55
// expect: SIP-LIB-READONLY 56
// expect: SIP-LIB-READONLY 57
// expect: SIP-LIB-READONLY 58
// expect: SIP-LIB-READONLY 59
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
