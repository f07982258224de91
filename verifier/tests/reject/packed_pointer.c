/*
 * Attempt: pack a struct so a pointer member is misaligned; the collector
 * scans aligned words and would miss it, then reuse the object.
 * Without SIP-DECL-PACKED: a live pointer is invisible to the collector.
 */
// expect: SIP-DECL-PACKED 12
#include <sip/stdlib.h>

#pragma pack(push, 1)
struct record {
    char tag;
    buf_t *payload;
};
#pragma pack(pop)

static struct record r;

long use(void)
{
    return (long)r.tag;
}
