/*
 * Out-parameters the subset allows (SIP-PTR-OUT): &local and &local.member
 * passed directly to SIP_OUT parameters of trusted and of the SIP's own
 * static functions, which only write and read through them and pass them
 * on to further SIP_OUT parameters.
 */
#include <sip/stdlib.h>

typedef struct {
    reply_t reply;
    long total;
    long *seen;
} tally_t;

static long counter;

/* Fills *t from one reply; forwards its members to trusted SIP_OUT
   parameters. */
static int tally_one(endpoint_t *ep, SIP_OUT tally_t *t)
{
    int rc = channel_receive_reply(ep, &t->reply);
    if (rc != 0)
        return rc;
    t->total += t->reply.value;
    (*t).seen = &counter;
    long copy = t->total;
    swap_longs(&copy, &t->total);
    return 0;
}

static void tally_twice(endpoint_t *ep, SIP_OUT tally_t *t)
{
    if (tally_one(ep, t) == 0)
        tally_one(ep, (t));
}

long sum_replies(endpoint_t *ep)
{
    tally_t t = { 0 };
    long a = 1, b = 2;
    tally_twice(ep, &t);
    swap_longs(&a, &b);
    if (!str_parse_long(S("42"), &a))
        return -1;
    read_values(&b);
    return t.total + a + b + *t.seen;
}
