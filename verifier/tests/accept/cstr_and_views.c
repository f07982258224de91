/*
 * C strings the subset allows (SIP-STR-NUL): literals (also through
 * variables, members, arrays of them and ?:), main's args, a trusted
 * function or member declared SIP_CSTR, a const array initialized by a
 * literal, and text in a char array read as a bounded view with "%.*s".
 */
#include <sip/text.h>

#define PREFIX "cstr: "

typedef struct {
    const char *label;
    int value;
} entry_t;

static const entry_t entries[] = { { "one", 1 }, { "two", 2 } };
static const char *const colours[3] = { "red", "green", "blue" };
static const char banner[] = "banner";
static char scratch[16];
static record_t rec;

static void show(const char *label, int value)
{
    print(PREFIX "%s=%d\n", label, value);
}

int main(const char *args)
{
    view_t a = view_from_cstr(args);
    print("args: %.*s (%zu bytes)\n", (int)a.len, a.bytes, a.len);
    for (int i = 0; i < 2; i++)
        show(entries[i].label, entries[i].value);
    const char *pick = a.len > 0 ? colours[1] : colours[2];
    console_puts(pick);
    console_puts(banner);
    print("%s %s %-8s|%5.2s|%c %p\n", status_name(3), rec.name, GREETING, "xyz", 'c', pick);
    scratch[0] = 'h';
    scratch[1] = 'i';
    view_t s = view_from_array(scratch);
    print("%*.*s|\n", 6, (int)s.len, s.bytes);
    view_t l = view_from_array(rec.label);
    print("%.*s %% %s\n", (int)l.len, l.bytes, (const char *)0);
    return 0;
}
