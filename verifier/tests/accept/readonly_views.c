/*
 * Read-only views (SIP-LIB-READONLY) used as the subset allows: made by
 * the trusted SPAN() macro and functions, copied whole (assigned, passed,
 * returned, kept in arrays and in the SIP's own structs), read member by
 * member, and SIP structs holding a view brace-initialized with whole
 * views, designators that name the view whole, {} and {0}.
 */
#include <sip/view.h>

struct entry {
    span_t name;
    int uses;
};

struct node {
    int id;
    struct entry entry;
};

static const struct entry commands[] = {
    { SPAN("help"), 0 },
    { .uses = 2, .name = SPAN("quit") },
};

static span_t names[3] = { SPAN("a"), SPAN("b") };

static span_t pick(span_t a, span_t b, int first)
{
    return first ? a : b;
}

static struct entry rename_entry(struct entry e, span_t name)
{
    e.name = name;
    e.uses++;
    return e;
}

int use_views(span_t text, struct entry *out)
{
    span_t word = SPAN("word");
    span_t empty = span_empty();
    span_result_t r = span_slice(text, 1, 2);
    struct entry zero = { 0 };
    struct entry none = {};
    struct node node = { 7, { SPAN("node"), 1 } };
    struct node other = { .id = 8, .entry = { .name = SPAN("x") } };
    span_t copy = word;
    copy = pick(copy, text, r.err == 0);
    if (r.err == 0)
        word = r.span;
    *out = rename_entry(zero, word);
    out->name = names[1];
    node.entry.name = commands[1].name;
    names[2] = copy;
    r.err = 1;
    return span_at(copy, 0) + (int)empty.len + (int)word.len + none.uses
        + node.id + other.id + (int)node.entry.name.len + r.err;
}

/* A buffer's data elements are the SIP's; its cap and len are only read. */
int fill_bytes(size_t n)
{
    bytes_t *b = bytes_new(n);
    if (b == NULL)
        return 0;
    for (size_t i = 0; i < b->cap; i++)
        b->data[i] = (unsigned char)i;
    return (int)b->len;
}
