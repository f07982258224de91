/* names.c: what names may be, so that the generated C always compiles. */
#include <string.h>

#include "sema.h"

/* C keywords and standard macros a field name would collide with in the
   generated structs and parameter lists. */
static const char *const names_reserved[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do",
    "double", "else", "enum", "extern", "float", "for", "goto", "if",
    "inline", "int", "long", "register", "restrict", "return", "short",
    "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
    "unsigned", "void", "volatile", "while", "bool", "true", "false",
    "asm", "typeof", "alignas", "alignof", "static_assert", "offsetof",
    "errno", "assert", "NULL", "OK",
};

/* Type-level names the generated macros use themselves: Fs_MSG_COUNT,
   Fs_CONTRACT_ID, Fs_STATE_Ready, Fs_MSG_Open. */
static const char *const names_reserved_types[] = {"COUNT", "CONTRACT",
                                                   "MSG", "STATE"};

static bool names_in(const char *const *list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++) {
        if (strcmp(list[i], s) == 0)
            return true;
    }
    return false;
}

uint32_t names_fnv1a(const char *s)
{
    uint32_t h = 2166136261u;

    for (; *s != '\0'; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

bool names_check_type_name(program_t *p, contract_t *c, const ident_t *id,
                           const char *what)
{
    const char *s = id->text;
    bool ok = s[0] >= 'A' && s[0] <= 'Z';

    for (; ok && *s != '\0'; s++)
        ok = (*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
             (*s >= '0' && *s <= '9');
    if (!ok) {
        sema_error(p, c, id->loc, "CONTRACT-BAD-NAME",
                   "%s name '%s' must start with a capital letter and hold "
                   "only letters and digits",
                   what, id->text);
    } else if (names_in(names_reserved_types,
                        sizeof names_reserved_types / sizeof names_reserved_types[0],
                        id->text)) {
        sema_error(p, c, id->loc, "CONTRACT-BAD-NAME",
                   "%s name '%s' is reserved for generated names", what,
                   id->text);
        ok = false;
    }
    return ok;
}

bool names_check_field_name(program_t *p, contract_t *c, const ident_t *id)
{
    if (!names_in(names_reserved,
                  sizeof names_reserved / sizeof names_reserved[0], id->text))
        return true;
    sema_error(p, c, id->loc, "CONTRACT-BAD-NAME",
               "field name '%s' is reserved in C", id->text);
    return false;
}
