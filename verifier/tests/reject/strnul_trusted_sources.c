/*
 * Attempt: obtain a `char *` that need not end in NUL from somewhere the
 * verifier cannot see into, then hand it to a C-string reader:
 * new_array(char, n) filled completely, a trusted function or member that
 * hands out raw bytes, a view's bytes printed with %s, &c of one char,
 * a trusted char array member, and writing over a literal's NUL.
 * Without SIP-STR-NUL: the reader runs past the object.
 */
// expect: SIP-STR-NUL 31
// expect: SIP-STR-NUL 34
// expect: SIP-STR-NUL 35
// expect: SIP-STR-NUL 36
// expect: SIP-STR-NUL 37
// expect: SIP-STR-NUL 38
// expect: SIP-STR-NUL 39
// (line 40 stores a literal, which is fine; line 41 writes over its NUL)
// expect: SIP-STR-NUL 41
// expect: SIP-STR-NUL 42
#include <sip/text.h>

typedef unsigned char byte_t;

static char one;
static char *shared;
static record_t rec;
static byte_t raw[4];
static const char *(*getter)(int);

int attempt(void)
{
    char *p = new_array(char, 4);
    for (int i = 0; i < 4; i++)
        p = "AAAA";
    view_t v = view_from_cstr(raw_bytes(1));
    print("%s\n", rec.data);
    print("%s\n", v.bytes);
    console_puts(&one);
    print("%s\n", rec.label);
    getter = raw_bytes;
    shared = "";
    *shared = 'A';
    print("%s\n", raw);
    return (int)v.len + (getter != 0);
}
