/*
 * frama_c_compat.h — what Frama-C 25 needs to read the stdlib as clang does.
 *
 * Used only by the proof driver (prove.py passes it with -include); the
 * stdlib is never compiled with it. It does two things:
 *
 * 1. Spells clang-only syntax in a form Frama-C 25 parses:
 *    _Alignof (C11; Frama-C 25 rejects it) becomes GCC's __alignof__.
 *    counted_by and other unknown attributes need nothing: Frama-C ignores
 *    them.
 *
 * 2. Gives ACSL contracts to the C memory functions the proved code calls.
 *    Their bodies (stdlib/src/mem.c in a SIP, the C library on the host)
 *    are not proved here: these contracts are assumptions, kept to what
 *    the C standard promises. The declarations match stdlib/src/mem.h, so
 *    Frama-C merges the two.
 */
#ifndef INSULA_FRAMA_C_COMPAT_H
#define INSULA_FRAMA_C_COMPAT_H

#ifndef __FRAMAC__
#error "frama_c_compat.h is for Frama-C only"
#endif

#define _Alignof(T) __alignof__(T)

#include <stddef.h>
#include <stdint.h>

/*@ requires \valid((char *)dst + (0 .. n - 1));
    requires \valid_read((char *)src + (0 .. n - 1));
    requires \separated((char *)dst + (0 .. n - 1), (char *)src + (0 .. n - 1));
    assigns ((char *)dst)[0 .. n - 1] \from ((char *)src)[0 .. n - 1];
    assigns \result \from dst;
    ensures \forall integer i; 0 <= i < n ==>
      ((char *)dst)[i] == \old(((char *)src)[i]);
    ensures \result == dst;
 */
void *memcpy(void *restrict dst, const void *restrict src, size_t n);

/*@ requires \valid((char *)dst + (0 .. n - 1));
    requires \valid_read((char *)src + (0 .. n - 1));
    assigns ((char *)dst)[0 .. n - 1] \from ((char *)src)[0 .. n - 1];
    assigns \result \from dst;
    ensures \forall integer i; 0 <= i < n ==>
      ((char *)dst)[i] == \old(((char *)src)[i]);
    ensures \result == dst;
 */
void *memmove(void *dst, const void *src, size_t n);

/*@ requires \valid_read((char *)a + (0 .. n - 1));
    requires \valid_read((char *)b + (0 .. n - 1));
    assigns \result \from ((char *)a)[0 .. n - 1], ((char *)b)[0 .. n - 1];
    ensures \result == 0 <==>
      (\forall integer i; 0 <= i < n ==> ((char *)a)[i] == ((char *)b)[i]);
 */
int memcmp(const void *a, const void *b, size_t n);

/*@ requires \exists integer n; 0 <= n && \valid_read(s + (0 .. n)) && s[n] == '\0';
    assigns \result \from s[0 ..];
    ensures \valid_read(s + (0 .. \result)) && s[\result] == '\0';
    ensures \forall integer i; 0 <= i < \result ==> s[i] != '\0';
 */
size_t strlen(const char *s);

#endif
