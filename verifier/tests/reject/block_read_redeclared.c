/*
 * Attempt: bring back a view of a block by declaring the stdlib's copy
 * functions with the types of the SIP's choosing: xblock_read as a
 * function that returns a pointer (the stdlib's returns a status, so the
 * SIP would read a register as a pointer), xblock_copy as returning a
 * view struct instead of a buffer; or define xblock_copy itself, so that
 * the stdlib's own callers run the SIP's version.
 * Without SIP-DECL-TRUSTED: the SIP calls trusted code with a signature
 * it made up and believes what comes back.
 */
// expect: SIP-DECL-TRUSTED 23
// expect: SIP-DECL-TRUSTED 24
// expect: SIP-DECL-TRUSTED 26
#include <stdint.h>

typedef uint64_t handle_t;

typedef struct {
    const unsigned char *bytes;
    uint64_t len;
} my_view_t;

const unsigned char *xblock_read(handle_t block);
my_view_t xblock_copy(handle_t block, uint64_t len);

my_view_t xblock_copy(handle_t block, uint64_t len)
{
    my_view_t v = { xblock_read(block), len };
    return v;
}
