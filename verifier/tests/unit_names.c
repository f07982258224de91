/*
 * Unit tests of the pure helpers in checker/names.c (built with ASan and
 * UBSan): reserved names, builtin and attribute allowlists, forbidden
 * functions, path containment, warning-to-rule mapping, JSON escaping.
 */
#include "../checker/sipcheck.h"

#include <stdio.h>
#include <string.h>

static int failures;
static int checks;

#define CHECK(cond)                                                         \
    do {                                                                    \
        checks++;                                                           \
        if (!(cond)) {                                                      \
            failures++;                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                 \
        }                                                                   \
    } while (0)

static bool rule_is(const char *got, const char *want)
{
    return got != NULL && want != NULL ? strcmp(got, want) == 0 : got == want;
}

static void test_names(void)
{
    CHECK(name_is_reserved("__insula_gc_alloc"));
    CHECK(name_is_reserved("_Exit_now"));
    CHECK(name_is_reserved("kernel_halt"));
    CHECK(name_is_reserved("abi_channel_send"));
    CHECK(!name_is_reserved("_lower_is_fine"));
    CHECK(!name_is_reserved("kernelish"));
    CHECK(!name_is_reserved("console_print"));
    CHECK(name_is_compiler_builtin("__builtin_frame_address"));
    CHECK(name_is_compiler_builtin("__sync_lock_test_and_set"));
    CHECK(!name_is_compiler_builtin("builtin_thing"));
    CHECK(name_is_allowed_builtin("__builtin_clzll"));
    CHECK(!name_is_allowed_builtin("__builtin_return_address"));
    CHECK(name_is_out_param_builtin("__builtin_add_overflow"));
    CHECK(!name_is_out_param_builtin("__builtin_clz"));
}

static void test_forbidden(void)
{
    CHECK(rule_is(name_forbidden_rule("free"), "SIP-MEM-DEALLOC"));
    CHECK(rule_is(name_forbidden_rule("__builtin_realloc"), "SIP-MEM-DEALLOC"));
    CHECK(rule_is(name_forbidden_rule("__builtin___memcpy_chk"), "SIP-MEM-RAWCOPY"));
    CHECK(rule_is(name_forbidden_rule("__builtin_alloca_with_align"), "SIP-STACK-ALLOCA"));
    CHECK(rule_is(name_forbidden_rule("__builtin_longjmp"), "SIP-CTRL-SETJMP"));
    CHECK(rule_is(name_forbidden_rule("calloc"), "SIP-MEM-RAWALLOC"));
    CHECK(rule_is(name_forbidden_rule("freedom"), NULL));
    CHECK(rule_is(name_forbidden_rule("buf_copy"), NULL));
    char longname[300];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    CHECK(rule_is(name_forbidden_rule(longname), NULL));
}

static void test_attrs_and_paths(void)
{
    CHECK(attr_is_allowed("noreturn"));
    CHECK(attr_is_allowed("__noreturn__"));
    CHECK(attr_is_allowed("counted_by"));
    CHECK(!attr_is_allowed("naked"));
    CHECK(!attr_is_allowed("__section__"));
    CHECK(!attr_is_allowed("____"));
    CHECK(!attr_is_allowed(""));
    CHECK(path_is_under("/a/b/c.h", "/a/b"));
    CHECK(path_is_under("/a/b/c.h", "/a/b/"));
    CHECK(path_is_under("/a/b", "/a/b"));
    CHECK(!path_is_under("/a/bc/d.h", "/a/b"));
    CHECK(path_is_under("/x.h", "/"));
    CHECK(header_is_freestanding("/usr/lib/clang/19/include/stdint.h"));
    CHECK(!header_is_freestanding("/usr/lib/clang/19/include/cpuid.h"));
}

static void test_diag_map(void)
{
    CHECK(rule_is(diag_option_rule("-Wint-conversion",
        "incompatible integer to pointer conversion"), "SIP-CAST-INT2PTR"));
    CHECK(rule_is(diag_option_rule("-Wint-conversion",
        "incompatible pointer to integer conversion"), "SIP-CAST-PTR2INT"));
    CHECK(rule_is(diag_option_rule("-Wincompatible-pointer-types-discards-qualifiers", ""),
                  "SIP-CAST-PTR"));
    CHECK(rule_is(diag_option_rule("-Wdeprecated-non-prototype",
        "a function definition without a prototype is deprecated"), "SIP-DECL-KR"));
    CHECK(rule_is(diag_option_rule("-Wdeprecated-non-prototype",
        "passing arguments to a function without a prototype"), NULL));
    CHECK(rule_is(diag_option_rule("-Wunused-variable", "unused"), NULL));
}

static void test_json(void)
{
    char out[64];
    CHECK(json_escape(out, sizeof out, "a\"b\\c\n\x01") == 15);
    CHECK(strcmp(out, "a\\\"b\\\\c\\n\\u0001") == 0);
    char small[4];
    CHECK(json_escape(small, sizeof small, "abcdef") == 6);
    CHECK(strcmp(small, "abc") == 0);
    CHECK(json_escape(NULL, 0, "\t") == 2);
    CHECK(json_escape(out, sizeof out, "caf\xc3\xa9") == 5);
    CHECK(strcmp(out, "caf\xc3\xa9") == 0);
    CHECK(json_escape(out, sizeof out, "x\xff\xc3") == 13);
    CHECK(strcmp(out, "x\\ufffd\\ufffd") == 0);
    CHECK(json_escape(out, sizeof out, "\xe2\x82") == 12);
}

int main(void)
{
    test_names();
    test_forbidden();
    test_attrs_and_paths();
    test_diag_map();
    test_json();
    printf("%d checks, %d failures\n", checks, failures);
    printf("%d passed, %d failed\n", checks - failures, failures);
    return failures != 0;
}
