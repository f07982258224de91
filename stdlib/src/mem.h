/*
 * mem.h — the C memory and string functions (mem.c).
 *
 * The compiler emits calls to memcpy, memmove, memset and memcmp for
 * struct copies and initializers, so a freestanding image must define them.
 * They are for the stdlib's own code: the SIP subset forbids SIP code to
 * call them (SIP-MEM-RAWCOPY) and offers buf_t and str_t instead.
 * Host builds get these from the C library; mem.c is SIP-only.
 */
#ifndef INSULA_STDLIB_MEM_H
#define INSULA_STDLIB_MEM_H

#include <stddef.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);

#endif
