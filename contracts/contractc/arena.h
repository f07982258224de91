/*
 * arena.h: the compiler's memory. Everything a compilation allocates (the
 * syntax tree, the model, names) lives in one arena and is freed at once.
 */
#ifndef CONTRACTC_ARENA_H
#define CONTRACTC_ARENA_H

#include <stddef.h>

typedef struct arena_chunk arena_chunk_t;

typedef struct arena {
    arena_chunk_t *head;
} arena_t;

/* A growable array of pointers whose storage lives in an arena. */
typedef struct ptrvec {
    void **items;
    size_t count;
    size_t cap;
} ptrvec_t;

/* arena_alloc: size zeroed bytes, aligned for any type. Exits on OOM. */
void *arena_alloc(arena_t *a, size_t size);

/* arena_strndup: a NUL-terminated copy of s[0..n). */
char *arena_strndup(arena_t *a, const char *s, size_t n);

/* arena_free: release everything allocated from a. */
void arena_free(arena_t *a);

/* ptrvec_push: append item, growing the storage from a. */
void ptrvec_push(arena_t *a, ptrvec_t *v, void *item);

#endif
