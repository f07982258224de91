/*
 * Attempt: hide a pointer-to-integer round trip behind typedefs so that no
 * '*' or integer keyword appears in the casts.
 * Without canonical types: word_t and handle_ptr look like opaque names.
 */
// expect: SIP-CAST-PTR2INT 15
// expect: SIP-CAST-INT2PTR 16
#include <sip/stdlib.h>

typedef unsigned long word_t;
typedef struct endpoint *handle_ptr;

handle_ptr forge(buf_t *b)
{
    word_t w = (word_t)b;
    return (handle_ptr)w;
}
