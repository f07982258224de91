/*
 * wrong_copy.c — a copy with an off-by-one loop bound: it writes dst[n],
 * one byte past what its contract allows. The driver must report it
 * unproved (exit status 1). Not built; read only by the prove tests.
 */
#include <stddef.h>

/*@ requires \valid(dst + (0 .. n - 1));
    requires \valid_read(src + (0 .. n - 1));
    requires \separated(dst + (0 .. n - 1), src + (0 .. n - 1));
    assigns dst[0 .. n - 1];
    ensures \forall integer i; 0 <= i < n ==> dst[i] == src[i]; */
void wrong_copy(char *dst, const char *src, size_t n)
{
    /*@ loop invariant 0 <= i <= n + 1;
        loop assigns i, dst[0 .. n];
        loop variant n + 1 - i; */
    for (size_t i = 0; i <= n; i++)
        dst[i] = src[i];
}
