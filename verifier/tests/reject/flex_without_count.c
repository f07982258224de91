/*
 * Attempt: a flexible array member with no length the compiler knows, so
 * msg->data[i] is never bounds-checked.
 * Without SIP-PTR-FLEX: any index reads past the allocation.
 */
// expect: SIP-PTR-FLEX 11
#include <sip/stdlib.h>

struct message {
    size_t len;
    char data[];
};
