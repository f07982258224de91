/* unit_fmt.c — fmt_snprintf agrees with the C library's snprintf. */
#include "fmt.h"
#include "unit.h"

#include <stdint.h>
#include <string.h>

#define SAME(...)                                                          \
    do {                                                                   \
        char a[128], b[128];                                               \
        size_t na = fmt_snprintf(a, sizeof(a), __VA_ARGS__);               \
        int nb = snprintf(b, sizeof(b), __VA_ARGS__);                      \
        CHECK(strcmp(a, b) == 0 && na == (size_t)nb);                      \
        if (strcmp(a, b) != 0)                                             \
            fprintf(stderr, "  ours '%s' libc '%s'\n", a, b);              \
    } while (0)

static void test_integers(void)
{
    SAME("%d %i %u", -42, 17, 4000000000u);
    SAME("%x %X %o %#x %#o %#X", 0xbeefu, 0xbeefu, 8u, 255u, 8u, 0xabcu);
    SAME("%5d|%-5d|%05d|%+d|% d", 42, 42, -42, 7, 7);
    SAME("%.3d|%8.3d|%-8.3d|%.0d", 5, -5, 5, 0);
    SAME("%ld %lu %lld %llu", -1L, ~0UL, (long long)INT64_MIN, ~0ULL);
    SAME("%zu %zd %td %jd", (size_t)123, (ssize_t)-1, (ptrdiff_t)-9, (intmax_t)INT64_MAX);
    SAME("%hhd %hhu %hd %hu", 300, 300, 70000, 70000);
    SAME("%#018lx %016llx", 0x1234ul, 0xdeadull);
    SAME("%*d|%-*d|%.*d", 6, 1, 6, 2, 3, 4);
}

static void test_strings(void)
{
    SAME("%s|%10s|%-10s|%.2s|%c%c", "abc", "right", "left", "truncate", 'x', 'y');
    SAME("100%% sure");
    char small[4];
    size_t n = fmt_snprintf(small, sizeof(small), "%s", "overflowing");
    CHECK(n == 11 && strcmp(small, "ove") == 0);
    CHECK(fmt_snprintf(NULL, 0, "%d", 12345) == 5);
    char s[32];
    fmt_snprintf(s, sizeof(s), "%s", (char *)NULL);
    CHECK(strcmp(s, "(null)") == 0);
    fmt_snprintf(s, sizeof(s), "%q%");
    CHECK(strcmp(s, "%q%") == 0);    /* unknown conversions print as written */
}

static void test_pointer(void)
{
    char s[32];
    fmt_snprintf(s, sizeof(s), "%p", (void *)0x1000);
    CHECK(strcmp(s, "0x1000") == 0);
}

int main(void)
{
    test_integers();
    test_strings();
    test_pointer();
    return unit_summary("unit_fmt");
}
