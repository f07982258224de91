/*
 * Attempt: hide a large frame in a structure: a local struct, a compound
 * literal and the temporary of a call returning the structure (its address
 * is passed to the callee, so it can land on the unsafe stack) each count.
 */
// expect: SIP-STACK-FRAME 18
// expect: SIP-STACK-FRAME 24
#include <sip/stdlib.h>

struct block {
    unsigned long words[300];
};

struct block make_block(unsigned long seed);

unsigned long struct_local(unsigned long seed)
{
    struct block b = make_block(seed);
    return b.words[seed % 300];
}

unsigned long struct_temporaries(unsigned long seed)
{
    unsigned long first = make_block(seed).words[0];
    return first + (struct block){ { seed } }.words[1];
}
