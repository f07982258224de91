/*
 * Attempt: a SIP_OUT parameter is used only through * and ->, but the
 * lvalue behind it is the caller's local: its address (&*out, &out->m) or
 * a member array decaying to a pointer escapes just as well.
 * Without treating *out as a local: pointers into the caller's frame.
 */
// expect: SIP-PTR-ADDR-LOCAL 23
// expect: SIP-PTR-ADDR-LOCAL 24
// expect: SIP-PTR-ADDR-LOCAL 25
// expect: SIP-PTR-ADDR-LOCAL 26
#include <sip/stdlib.h>

typedef struct {
    reply_t reply;
    long words[4];
} record_t;

static record_t *saved;
static long *word;

static void fill(SIP_OUT record_t *out)
{
    saved = &*out;
    word = &out->reply.value;
    word = out->words;
    saved = &(*out);
    str_parse_long(S("7"), &out->reply.value);   /* allowed: dies with the call */
}

long later(void)
{
    record_t r = { 0 };
    fill(&r);
    return *word + saved->reply.value;
}
