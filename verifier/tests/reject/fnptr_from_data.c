/*
 * Attempt: write machine code into a global array and call it.
 * Without SIP-CAST-FNPTR: a data pointer becomes a code pointer (and in
 * phys mode the data is executable).
 */
// expect: SIP-CAST-FNPTR 14
#include <sip/stdlib.h>

static unsigned char code[16] = { 0xfa, 0xf4 }; /* cli; hlt */
static unsigned char (*code_ptr)[16] = &code;

void run(void)
{
    void (*f)(void) = (void (*)(void))code_ptr;
    f();
}
