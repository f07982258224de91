/*
 * Attempt: hide the pointer one level down, in a struct inside the union.
 * Without SIP-DECL-UNION-PTR looking through members: the pun still works.
 */
// expect: SIP-DECL-UNION-PTR 12
#include <sip/stdlib.h>

struct wrapped { int tag; endpoint_t *ep; };

union hidden {
    long words[2];
    struct wrapped w;
};

endpoint_t *forge_endpoint(long value)
{
    union hidden h = { .words = { 0, value } };
    return h.w.ep;
}
