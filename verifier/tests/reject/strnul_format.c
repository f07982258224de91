/*
 * Attempt: make the trusted formatter read memory through arguments the
 * format does not describe: a format held in a variable (from a filled
 * array), a va_list, fewer arguments than conversions, an integer or a
 * whole view where %s reads a pointer, a precision that is another view's
 * length, print called through a pointer.
 * Without SIP-STR-NUL: the formatter reads registers or stack slots as
 * pointers, or reads a view past its end.
 */
// expect: SIP-STR-NUL 29
// expect: SIP-STR-NUL 30
// expect: SIP-STR-NUL 31
// expect: SIP-STR-NUL 32
// expect: SIP-STR-NUL 33
// expect: SIP-STR-NUL 34
// expect: SIP-STR-NUL 35
// expect: SIP-STR-NUL 36
// expect: SIP-PTR-ARRAY-PARAM 26
#include <sip/text.h>

#define SHOW(x) print("%s\n", x)

static const char *format = "%s %s\n";
static int (*printer)(const char *, ...);

int attempt(__builtin_va_list ap, long secret_address)
{
    view_t a = view_from_cstr("short"), b = view_from_cstr("a much longer text");
    print(format, "x", "y");
    vprint("%s\n", ap);
    print("%s %s\n", "only one");
    print("%s\n", secret_address);
    print("%.*s\n", (int)b.len, a.bytes);
    printer = print;
    SHOW(a);
    print("%d %p %s\n", "x", 1, "z");
    return 0;
}
