/*
 * handle.h — per-SIP handle tables.
 *
 * A handle given to a SIP is (generation << 32) | (index + 1): an index
 * into that SIP's table plus the slot's generation, never a pointer. Closing
 * a slot bumps its generation, so a stale handle (closed, or reused for
 * another object) is refused, as is any forged value and a handle of the
 * wrong type. Handle 0 is never valid.
 *
 * A slot names its object by pointer when the object lives at least as long
 * as the slot (endpoints, blocks, SIPs: the slot holds a reference), and by
 * number when it may die first (threads: by id, never a thread_t pointer
 * that could dangle once the thread is reaped). Only handle.c writes slots.
 */
#ifndef INSULA_HANDLE_H
#define INSULA_HANDLE_H

#include <stdbool.h>
#include <stdint.h>

#include "err.h"

#define HANDLE_TABLE_SIZE 64

typedef enum {
    HANDLE_FREE = 0,
    HANDLE_SIP,
    HANDLE_THREAD,
    HANDLE_ENDPOINT,
    HANDLE_XBLOCK,
} handle_type_t;

typedef struct {
    handle_type_t type;
    uint32_t generation;
    void *object;              /* HANDLE_SIP, HANDLE_ENDPOINT, HANDLE_XBLOCK */
    uint64_t id;               /* HANDLE_THREAD: the thread's id */
} handle_slot_t;

typedef struct {
    handle_slot_t slots[HANDLE_TABLE_SIZE];
    uint32_t used;
} handle_table_t;

/* Errors: ERR_QUOTA (table full). */
err_t handle_insert(handle_table_t *t, handle_type_t type, void *object, uint64_t *out);

/* Errors: ERR_BAD_HANDLE (forged, stale, or not of `type`). */
err_t handle_lookup(const handle_table_t *t, uint64_t h, handle_type_t type, void **object);

/* Errors: ERR_BAD_HANDLE. The slot's object is returned in *object. */
err_t handle_remove(handle_table_t *t, uint64_t h, handle_type_t *type, void **object);

/* A handle naming an object by number (threads). Errors: ERR_QUOTA. */
err_t handle_insert_id(handle_table_t *t, handle_type_t type, uint64_t id, uint64_t *out);

/* Errors: ERR_BAD_HANDLE (forged, stale, or not of `type`). */
err_t handle_lookup_id(const handle_table_t *t, uint64_t h, handle_type_t type, uint64_t *id);

/*
 * Removes one live slot, any, and returns its type and object: call until
 * it returns false to empty the table (a SIP that ends). The slot's
 * generation moves on, as for handle_remove.
 */
bool handle_take_any(handle_table_t *t, handle_type_t *type, void **object);

/* Free slots left. */
uint32_t handle_free_count(const handle_table_t *t);

#endif
