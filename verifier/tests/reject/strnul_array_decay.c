/*
 * Attempt: hand trusted code that reads up to a NUL a char array the SIP
 * filled completely: a global, a member, through a typedef and a macro, in
 * one arm of ?:, stored in a `const char *` first.
 * Without SIP-STR-NUL: str_from_cstr / console_puts / print's %s read past
 * the array into whatever follows it (the SIP's own secrets, or in phys
 * mode a neighbour's memory).
 */
// expect: SIP-STR-NUL 33
// expect: SIP-STR-NUL 34
// expect: SIP-STR-NUL 35
// expect: SIP-STR-NUL 36
// expect: SIP-STR-NUL 37
// (kept holds a literal or the array: the store at line 37 is the violation,
// its later use is not reported again)
#include <sip/text.h>

typedef char name_t[8];
#define AS_TEXT(a) (a)

static char name[8];
static name_t alias;
static struct {
    char tag[4];
    long secret;
} holder;
static const char *kept;

int attempt(int which)
{
    for (int i = 0; i < 8; i++)
        name[i] = 'A';
    console_puts(name);
    view_t v = view_from_cstr(holder.tag);
    print("%s\n", alias);
    print("%s\n", AS_TEXT(name));
    kept = which ? "literal" : name;
    print("%s\n", kept);
    return (int)v.len;
}
