/*
 * The sanctioned forms for what SIP-PTR-ARRAY-PARAM, SIP-PTR-ARRAY-ARG,
 * SIP-PTR-RETAINED and SIP-DECL-TRUSTED refuse: a pointer to a whole array
 * as a parameter (indexed (*block)[i], checked against its length), a
 * struct holding an array, a binding's fixed array given an array of its
 * length or longer, views of static arrays and of heap objects, and the
 * stdlib reached through its header only.
 */
#include <sip/contract_echo.h>
#include <sip/text.h>

typedef struct {
    uint8_t bytes[16];
} digest_t;

typedef struct {
    char name[8];
} label_t;

static uint8_t block[16];
static char title[8] = "title";

static uint32_t sum_block(const uint8_t (*b)[16])
{
    uint32_t sum = 0;
    for (size_t i = 0; i < 16; i++)
        sum += (*b)[i];
    return sum;
}

static uint32_t sum_digest(const digest_t *d)
{
    uint32_t sum = 0;
    for (size_t i = 0; i < 16; i++)
        sum += d->bytes[i];
    return sum;
}

static view_t label_view(const label_t *l)
{
    return view_from_array(l->name);
}

int send_all(endpoint_t *ep)
{
    static digest_t digest;
    label_t *heap = new(label_t);
    view_t a = view_from_array(title);
    view_t b = heap != NULL ? label_view(heap) : a;
    int rc = echo_send_digest(ep, block) + echo_send_digest(ep, digest.bytes);
    return rc + (int)(sum_block(&block) + sum_digest(&digest) + a.len + b.len);
}
