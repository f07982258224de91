/*
 * Attempt: call trusted code with argument types of the SIP's choosing by
 * declaring a stdlib function itself instead of including its header: a
 * look-alike struct as a result, a byte array where the stdlib reads a C
 * string (strnlen, which the stdlib defines but no public header
 * declares), a pointer where it takes a length. Or replace trusted code:
 * define a function the stdlib defines (its own callers would then run the
 * SIP's version, trusting its result), or declare the entry point without
 * the header that fixes its type.
 * Without SIP-DECL-TRUSTED: each call below passes what the callee does
 * not expect.
 */
// expect: SIP-DECL-TRUSTED 27
// expect: SIP-DECL-TRUSTED 28
// expect: SIP-DECL-TRUSTED 29
// expect: SIP-DECL-TRUSTED 31
// expect: SIP-DECL-TRUSTED 36
// expect: SIP-DECL-TRUSTED 41
#include <stdint.h>
#include <stddef.h>

typedef struct {
    const uint8_t (*bytes)[4];
    size_t len;
} fake_buf_t;

fake_buf_t *buf_new(const uint8_t (*data)[4]);
size_t strnlen(const uint8_t (*p)[4], size_t n);
int buf_slice(long a, long b);

int str_equal(const long *a, const long *b)
{
    return a == b;
}

int sip_main(void);

int attempt(void)
{
    static const uint8_t bytes[4] = { 1, 2, 3, 4 };
    extern int channel_send(long ep, long message);
    return (int)strnlen(&bytes, 4096) + (buf_new(&bytes) != NULL)
        + channel_send(0x1000, 0x2000) + buf_slice(1, 2);
}
