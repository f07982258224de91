/* arena.c: bump allocation in chunks, freed all together. */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK_SIZE (64u * 1024u)
#define ARENA_ALIGN 16u

struct arena_chunk {
    arena_chunk_t *next;
    size_t used;
    size_t size;
    _Alignas(16) unsigned char data[];
};

/* arena_chunk_new: a chunk with room for at least size bytes. */
static arena_chunk_t *arena_chunk_new(size_t size)
{
    size_t cap = size > ARENA_CHUNK_SIZE ? size : ARENA_CHUNK_SIZE;
    arena_chunk_t *c = malloc(sizeof *c + cap);

    if (c == NULL) {
        fputs("contractc: error: out of memory\n", stderr);
        exit(1);
    }
    c->next = NULL;
    c->used = 0;
    c->size = cap;
    return c;
}

void *arena_alloc(arena_t *a, size_t size)
{
    size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    arena_chunk_t *c = a->head;
    void *p;

    if (need == 0)
        need = ARENA_ALIGN;
    if (c == NULL || c->size - c->used < need) {
        c = arena_chunk_new(need);
        c->next = a->head;
        a->head = c;
    }
    p = c->data + c->used;
    c->used += need;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(arena_t *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);

    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void arena_free(arena_t *a)
{
    arena_chunk_t *c = a->head;

    while (c != NULL) {
        arena_chunk_t *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
}

void ptrvec_push(arena_t *a, ptrvec_t *v, void *item)
{
    if (v->count == v->cap) {
        size_t cap = v->cap == 0 ? 8 : v->cap * 2;
        void **items = arena_alloc(a, cap * sizeof *items);

        if (v->count > 0)
            memcpy(items, v->items, v->count * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->count++] = item;
}
