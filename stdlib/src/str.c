/*
 * str.c — bounded string views (insula/str.h).
 *
 * Invariant of every str_t the stdlib makes: bytes != NULL and
 * bytes[0..len) lies inside one object. Every function here only ever
 * narrows a view, so the invariant carries over to its results. A view
 * with bytes == NULL (a zero-initialized str_t) is read as the empty view.
 */
#include "insula/str.h"
#include "mem.h"

/* What a normalized view reads is what the view reads (proved by WP). */
/*@ lemma str_match_norm{L}: \forall str_t s, t, n, m, integer at;
      str_norm_of(t, s) ==> str_norm_of(m, n) ==>
      (str_match_at(t, m, at) <==> str_match_at(s, n, at));
    lemma str_same_norm{L}: \forall str_t a, t, b, u;
      str_norm_of(t, a) ==> str_norm_of(u, b) ==> (str_same(t, u) <==> str_same(a, b));
    lemma str_has_byte_norm{L}: \forall str_t s, t, char c;
      str_norm_of(t, s) ==> (str_has_byte(t, c) <==> str_has_byte(s, c));
 */

/*@ assigns \nothing;
    ensures \result.bytes == bytes && \result.len == len;
    ensures \forall integer i; \result.bytes[i] == bytes[i]; */
static str_t str_make(const char *bytes, size_t len)
{
    return (str_t){ .bytes = bytes, .len = len };
}

str_t str_empty(void)
{
    return str_make("", 0);
}

/* The view itself, or the empty view for a zero-initialized one. */
/*@ requires str_valid(s);
    assigns \nothing;
    ensures str_made(\result) && str_norm_of(\result, s); */
static str_t str_norm(str_t s)
{
    return s.bytes != NULL ? s : str_empty();
}

str_t str_from_cstr(const char *s)
{
    return s != NULL ? str_make(s, strlen(s)) : str_empty();
}

str_t __insula_str_from_array(const char *a, size_t size)
{
    size_t n = 0;
    /*@ loop invariant 0 <= n <= size;
        loop assigns n;
        loop variant size - n; */
    while (n < size && a[n] != '\0')
        n++;
    return str_make(a, n);
}

size_t str_len(str_t s)
{
    s = str_norm(s);
    return s.len;
}

int str_at(str_t s, size_t i)
{
    s = str_norm(s);
    if (i >= s.len)
        return ERR_RANGE;
    return (unsigned char)s.bytes[i];
}

str_result_t str_slice(str_t s, size_t offset, size_t len)
{
    s = str_norm(s);
    if (offset > s.len || len > s.len - offset)
        return (str_result_t){ .err = ERR_RANGE, .str = str_empty() };
    return (str_result_t){ .err = OK, .str = str_make(s.bytes + offset, len) };
}

int str_compare(str_t a, str_t b)
{
    a = str_norm(a);
    b = str_norm(b);
    size_t common = a.len < b.len ? a.len : b.len;
    int rc = memcmp(a.bytes, b.bytes, common);
    if (rc != 0)
        return rc < 0 ? -1 : 1;
    if (a.len == b.len)
        return 0;
    return a.len < b.len ? -1 : 1;
}

bool str_equal(str_t a, str_t b)
{
    a = str_norm(a);
    b = str_norm(b);
    return a.len == b.len && memcmp(a.bytes, b.bytes, a.len) == 0;
}

bool str_starts_with(str_t s, str_t prefix)
{
    s = str_norm(s);
    prefix = str_norm(prefix);
    return prefix.len <= s.len && memcmp(s.bytes, prefix.bytes, prefix.len) == 0;
}

int64_t str_find(str_t s, str_t needle)
{
    s = str_norm(s);
    needle = str_norm(needle);
    if (needle.len > s.len)
        return ERR_NOT_FOUND;
    /*@ loop invariant 0 <= i <= s.len - needle.len + 1;
        loop invariant \forall integer j; 0 <= j < i ==> !str_match_at(s, needle, j);
        loop assigns i;
        loop variant s.len - needle.len - i; */
    for (size_t i = 0; i <= s.len - needle.len; i++) {
        if (memcmp(s.bytes + i, needle.bytes, needle.len) == 0)
            return (int64_t)i;
    }
    return ERR_NOT_FOUND;
}

int64_t str_find_byte(str_t s, char c)
{
    s = str_norm(s);
    /*@ loop invariant 0 <= i <= s.len;
        loop invariant \forall integer j; 0 <= j < i ==> s.bytes[j] != c;
        loop assigns i;
        loop variant s.len - i; */
    for (size_t i = 0; i < s.len; i++) {
        if (s.bytes[i] == c)
            return (int64_t)i;
    }
    return ERR_NOT_FOUND;
}

/*@ assigns \nothing;
    ensures \result <==> str_space(c); */
static bool str_is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

str_t str_trim(str_t s)
{
    s = str_norm(s);
    size_t start = 0;
    size_t end = s.len;
    /*@ loop invariant 0 <= start <= end && end == s.len;
        loop assigns start;
        loop variant end - start; */
    while (start < end && str_is_space(s.bytes[start]))
        start++;
    /*@ loop invariant start <= end <= s.len;
        loop invariant start < end ==> !str_space(s.bytes[start]);
        loop assigns end;
        loop variant end; */
    while (end > start && str_is_space(s.bytes[end - 1]))
        end--;
    return str_make(s.bytes + start, end - start);
}

/*@ requires str_valid(seps);
    assigns \nothing;
    ensures \result <==> str_has_byte(seps, c); */
static bool str_is_sep(char c, str_t seps)
{
    return str_find_byte(seps, c) >= 0;
}

str_token_t str_next_token(str_t s, str_t seps)
{
    s = str_norm(s);
    size_t start = 0;
    /*@ loop invariant 0 <= start <= s.len;
        loop invariant \forall integer k; 0 <= k < start ==> str_has_byte(seps, s.bytes[k]);
        loop assigns start;
        loop variant s.len - start; */
    while (start < s.len && str_is_sep(s.bytes[start], seps))
        start++;
    if (start == s.len)
        return (str_token_t){ .err = ERR_NOT_FOUND, .token = str_empty(), .rest = str_empty() };
    size_t end = start;
    /*@ loop invariant start <= end <= s.len;
        loop invariant \forall integer k; start <= k < end ==> !str_has_byte(seps, s.bytes[k]);
        loop assigns end;
        loop variant s.len - end; */
    while (end < s.len && !str_is_sep(s.bytes[end], seps))
        end++;
    size_t next = end < s.len ? end + 1 : end;
    return (str_token_t){
        .err = OK,
        .token = str_make(s.bytes + start, end - start),
        .rest = str_make(s.bytes + next, s.len - next),
    };
}
