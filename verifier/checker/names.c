/*
 * Pure helpers on identifiers, attribute names, paths and clang warning
 * options. Nothing here touches libclang, so verifier/tests/unit_names.c
 * tests it under ASan + UBSan.
 */
#include "sipcheck.h"

#include <string.h>

static bool in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i] != NULL; i++) {
        if (strcmp(s, list[i]) == 0)
            return true;
    }
    return false;
}

bool name_has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Identifiers reserved to the implementation (C11 7.1.3) and to the TCB:
 * the kernel's and the ABI table's prefixes. */
bool name_is_reserved(const char *name)
{
    if (name[0] == '_' && (name[1] == '_' || (name[1] >= 'A' && name[1] <= 'Z')))
        return true;
    return name_has_prefix(name, "kernel_") || name_has_prefix(name, "abi_");
}

/* Names the compiler itself provides (no declaration in any header). */
bool name_is_compiler_builtin(const char *name)
{
    static const char *const prefixes[] = {
        "__builtin", "__sync_", "__atomic_", "__c11_atomic_",
        "__scoped_atomic_", "__arithmetic_fence", "__va_", NULL,
    };
    for (size_t i = 0; prefixes[i] != NULL; i++) {
        if (name_has_prefix(name, prefixes[i]))
            return true;
    }
    return false;
}

/* Builtins a SIP may call: pure arithmetic on values, or a trap. */
bool name_is_allowed_builtin(const char *name)
{
    static const char *const allowed[] = {
        "__builtin_expect", "__builtin_expect_with_probability",
        "__builtin_constant_p", "__builtin_trap",
        "__builtin_clz", "__builtin_clzl", "__builtin_clzll",
        "__builtin_ctz", "__builtin_ctzl", "__builtin_ctzll",
        "__builtin_popcount", "__builtin_popcountl", "__builtin_popcountll",
        "__builtin_parity", "__builtin_parityl", "__builtin_parityll",
        "__builtin_ffs", "__builtin_ffsl", "__builtin_ffsll",
        "__builtin_bswap16", "__builtin_bswap32", "__builtin_bswap64",
        "__builtin_add_overflow", "__builtin_sub_overflow",
        "__builtin_mul_overflow", NULL,
    };
    return in_list(name, allowed);
}

/* Allowed builtins whose pointer argument is an out-parameter written
 * once, during the call; the pointer cannot outlive the call. */
bool name_is_out_param_builtin(const char *name)
{
    static const char *const out_param[] = {
        "__builtin_add_overflow", "__builtin_sub_overflow",
        "__builtin_mul_overflow", NULL,
    };
    return in_list(name, out_param);
}

/* "__builtin___memcpy_chk" -> "memcpy", "__builtin_alloca" -> "alloca". */
static void base_name(const char *name, char *out, size_t size)
{
    if (name_has_prefix(name, "__builtin___"))
        name += strlen("__builtin___");
    else if (name_has_prefix(name, "__builtin_"))
        name += strlen("__builtin_");
    size_t n = strlen(name);
    if (n > 4 && strcmp(name + n - 4, "_chk") == 0)
        n -= 4;
    if (n >= size)
        n = size - 1;
    memcpy(out, name, n);
    out[n] = '\0';
}

/* Functions whose mere use breaks a guarantee; returns the rule or NULL. */
const char *name_forbidden_rule(const char *name)
{
    static const char *const dealloc[] = { "free", "cfree", "realloc",
        "reallocarray", "reallocf", "free_sized", "free_aligned_sized",
        "kfree", "vfree", NULL };
    static const char *const rawalloc[] = { "malloc", "calloc",
        "aligned_alloc", "memalign", "posix_memalign", "valloc", "pvalloc",
        "kmalloc", "mmap", "sbrk", "brk", NULL };
    static const char *const rawcopy[] = { "memcpy", "memmove", "memset",
        "memcmp", "memccpy", "mempcpy", "bcopy", "bzero", "explicit_bzero",
        "memcpy_inline", "memset_inline", NULL };
    static const char *const alloca_names[] = { "alloca", "alloca_with_align",
        "alloca_with_align_uninitialized", "alloca_uninitialized", NULL };
    static const char *const jumps[] = { "setjmp", "longjmp", "_setjmp",
        "_longjmp", "sigsetjmp", "siglongjmp", "__sigsetjmp", "getcontext",
        "setcontext", "swapcontext", "makecontext", NULL };
    char base[128];
    base_name(name, base, sizeof base);
    if (in_list(base, dealloc))
        return "SIP-MEM-DEALLOC";
    if (in_list(base, rawalloc))
        return "SIP-MEM-RAWALLOC";
    if (in_list(base, rawcopy))
        return "SIP-MEM-RAWCOPY";
    if (in_list(base, alloca_names))
        return "SIP-STACK-ALLOCA";
    if (in_list(base, jumps))
        return "SIP-CTRL-SETJMP";
    return NULL;
}

/* Attributes allowed in SIP code: hints and checks that change neither
 * code placement, linkage, instrumentation nor calling convention.
 * The token may be spelled __name__. */
bool attr_is_allowed(const char *token)
{
    static const char *const allowed[] = {
        "aligned", "alignas", "_Alignas", "packed", "unused", "maybe_unused",
        "noreturn", "_Noreturn", "const", "pure", "warn_unused_result",
        "nodiscard", "deprecated", "unavailable", "cold", "hot", "noinline",
        "fallthrough", "nonnull", "returns_nonnull",
        "counted_by", "designated_init", "flag_enum", "enum_extensibility",
        "warn_unused", "nothrow", "leaf", NULL,
    };
    char name[64];
    size_t n = strlen(token);
    if (n > 4 && name_has_prefix(token, "__") && strcmp(token + n - 2, "__") == 0) {
        token += 2;
        n -= 4;
    }
    if (n >= sizeof name)
        return false;
    memcpy(name, token, n);
    name[n] = '\0';
    return in_list(name, allowed);
}

/* True when path is dir itself or lies below it (both real paths). */
bool path_is_under(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/')
        n--;
    if (strncmp(path, dir, n) != 0)
        return false;
    return path[n] == '/' || path[n] == '\0' || (n == 1 && dir[0] == '/');
}

/* Compiler headers that declare only types and constants. */
bool header_is_freestanding(const char *path)
{
    static const char *const names[] = { "stddef.h", "stdint.h", "stdbool.h",
        "stdalign.h", "stdnoreturn.h", "limits.h", "float.h", NULL };
    const char *slash = strrchr(path, '/');
    return in_list(slash != NULL ? slash + 1 : path, names);
}

/* clang warnings that are the same violation as a subset rule. */
const char *diag_option_rule(const char *option, const char *message)
{
    if (strcmp(option, "-Wint-conversion") == 0)
        return strstr(message, "integer to pointer") != NULL
            ? "SIP-CAST-INT2PTR" : "SIP-CAST-PTR2INT";
    if (strcmp(option, "-Wincompatible-function-pointer-types") == 0)
        return "SIP-CAST-FNPTR";
    if (name_has_prefix(option, "-Wincompatible-pointer-types"))
        return "SIP-CAST-PTR";
    if (strcmp(option, "-Wimplicit-function-declaration") == 0
        || strcmp(option, "-Wimplicit-int") == 0)
        return "SIP-DECL-IMPLICIT";
    if (strcmp(option, "-Wdeprecated-non-prototype") == 0
        && strstr(message, "definition without a prototype") != NULL)
        return "SIP-DECL-KR";
    if (strcmp(option, "-Wreturn-stack-address") == 0)
        return "SIP-PTR-ADDR-LOCAL";
    return NULL;
}

/* Length of the valid UTF-8 sequence at s, or 0 if it is not one. */
static size_t utf8_length(const unsigned char *s)
{
    size_t n = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4
        : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 && s[0] <= 0xdf ? 2 : 0;
    if (s[0] >= 0xf8)
        n = 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    }
    return n;
}

/* One character of s as JSON into esc; returns the bytes of s it used. */
static size_t json_char(const unsigned char *s, char esc[8])
{
    static const char hex[] = "0123456789abcdef";
    memset(esc, 0, 8);
    if (*s == '"' || *s == '\\')
        esc[0] = '\\', esc[1] = (char)*s;
    else if (*s == '\n')
        esc[0] = '\\', esc[1] = 'n';
    else if (*s == '\t')
        esc[0] = '\\', esc[1] = 't';
    else if (*s < 0x20)
        memcpy(esc, "\\u00", 4), esc[4] = hex[*s >> 4], esc[5] = hex[*s & 15];
    else if (*s < 0x80)
        esc[0] = (char)*s;
    else if (utf8_length(s) == 0)
        memcpy(esc, "\\ufffd", 6); /* not UTF-8: the replacement character */
    else
        memcpy(esc, s, utf8_length(s));
    return *s >= 0x80 && utf8_length(s) > 0 ? utf8_length(s) : 1;
}

/* JSON string body for s (without quotes); returns the length it needs.
 * Writes at most size bytes including the terminating NUL. Bytes that are
 * not UTF-8 (clang may quote a binary file) become U+FFFD. */
size_t json_escape(char *out, size_t size, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    while (*p != '\0') {
        char esc[8];
        p += json_char(p, esc);
        for (size_t i = 0; esc[i] != '\0'; i++, n++) {
            if (n + 1 < size)
                out[n] = esc[i];
        }
    }
    if (size > 0)
        out[n < size ? n : size - 1] = '\0';
    return n;
}
