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
 *
 * A slot whose generation reaches HANDLE_GENERATION_LAST is retired, never
 * reused: generations never wrap, so a stale handle stays stale forever.
 * The ACSL below is the specification handle.c is proved against
 * (docs/proofs.md); clang reads it as comments.
 */
#ifndef INSULA_HANDLE_H
#define INSULA_HANDLE_H

#include <stdbool.h>
#include <stdint.h>

#include "err.h"

#define HANDLE_TABLE_SIZE 64
#define HANDLE_GENERATION_LAST UINT32_MAX
#define HANDLE_INDEX_SPAN 0x100000000ull   /* a handle is generation * span + index + 1 */

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

/*@ predicate handle_table_ok(handle_table_t *t) =
      \valid(t) && t->used <= HANDLE_TABLE_SIZE &&
      \forall integer i; 0 <= i < HANDLE_TABLE_SIZE && t->slots[i].type != HANDLE_FREE ==>
        t->slots[i].generation < HANDLE_GENERATION_LAST;

    logic integer handle_slot_of(integer h) = h % HANDLE_INDEX_SPAN - 1;
    logic integer handle_generation_of(integer h) = h / HANDLE_INDEX_SPAN;

    // h names a live slot of t at the slot's current generation.
    predicate handle_live(handle_table_t *t, integer h) =
      0 <= handle_slot_of(h) < HANDLE_TABLE_SIZE &&
      t->slots[handle_slot_of(h)].type != HANDLE_FREE &&
      t->slots[handle_slot_of(h)].generation == handle_generation_of(h);

    // Every slot but i is as it was at L1.
    predicate handle_others_unchanged{L1, L2}(handle_table_t *t, integer i) =
      \forall integer k; 0 <= k < HANDLE_TABLE_SIZE && k != i ==>
        \at(t->slots[k].type, L1) == \at(t->slots[k].type, L2) &&
        \at(t->slots[k].generation, L1) == \at(t->slots[k].generation, L2) &&
        \at(t->slots[k].object, L1) == \at(t->slots[k].object, L2) &&
        \at(t->slots[k].id, L1) == \at(t->slots[k].id, L2);

    // Generations never go down.
    predicate handle_generations_grow{L1, L2}(handle_table_t *t) =
      \forall integer k; 0 <= k < HANDLE_TABLE_SIZE ==>
        \at(t->slots[k].generation, L1) <= \at(t->slots[k].generation, L2);
*/

/*@ requires handle_table_ok(t) && \valid(out) && \separated(out, t);
    requires type != HANDLE_FREE;
    ensures handle_table_ok(t);
    ensures handle_generations_grow{Pre, Here}(t);
    assigns t->slots[0 .. HANDLE_TABLE_SIZE - 1], t->used, *out;
    behavior inserted:
      assumes \exists integer i; 0 <= i < HANDLE_TABLE_SIZE &&
        t->slots[i].type == HANDLE_FREE && t->slots[i].generation < HANDLE_GENERATION_LAST;
      assigns t->slots[0 .. HANDLE_TABLE_SIZE - 1], t->used, *out;
      ensures \result == OK && handle_live(t, *out);
      ensures t->slots[handle_slot_of(*out)].type == type;
      ensures t->slots[handle_slot_of(*out)].object == object;
      ensures \let i = handle_slot_of(*out);
              t->slots[i].generation == \at(t->slots[i].generation, Pre);
      ensures \let i = handle_slot_of(*out); \at(t->slots[i].type, Pre) == HANDLE_FREE;
      ensures handle_others_unchanged{Pre, Post}(t, handle_slot_of(*out));
    behavior full:
      assumes \forall integer i; 0 <= i < HANDLE_TABLE_SIZE ==>
        t->slots[i].type != HANDLE_FREE || t->slots[i].generation == HANDLE_GENERATION_LAST;
      ensures \result == ERR_QUOTA;
    complete behaviors;
    disjoint behaviors;
*/
/* Errors: ERR_QUOTA (table full). */
err_t handle_insert(handle_table_t *t, handle_type_t type, void *object, uint64_t *out);

/*@ requires handle_table_ok(t) && \valid(object) && \separated(object, t);
    assigns *object;
    behavior found:
      assumes handle_live(t, h) && t->slots[handle_slot_of(h)].type == type;
      assigns *object;
      ensures \result == OK && *object == t->slots[handle_slot_of(h)].object;
    behavior refused:
      assumes !(handle_live(t, h) && t->slots[handle_slot_of(h)].type == type);
      assigns \nothing;
      ensures \result == ERR_BAD_HANDLE;
    complete behaviors;
    disjoint behaviors;
*/
/* Errors: ERR_BAD_HANDLE (forged, stale, or not of `type`). */
err_t handle_lookup(const handle_table_t *t, uint64_t h, handle_type_t type, void **object);

/*@ requires handle_table_ok(t) && \valid(type) && \valid(object);
    requires \separated(type, object, t);
    assigns t->slots[0 .. HANDLE_TABLE_SIZE - 1], t->used, *type, *object;
    ensures handle_table_ok(t);
    ensures handle_generations_grow{Pre, Here}(t);
    behavior removed:
      assumes handle_live(t, h);
      assigns t->slots[handle_slot_of(h)], t->used, *type, *object;
      ensures \result == OK;
      ensures *type == \old(t->slots[handle_slot_of(h)].type);
      ensures *object == \old(t->slots[handle_slot_of(h)].object);
      ensures t->slots[handle_slot_of(h)].type == HANDLE_FREE;
      ensures t->slots[handle_slot_of(h)].generation ==
              \old(t->slots[handle_slot_of(h)].generation) + 1;
      ensures !handle_live(t, h);
    behavior refused:
      assumes !handle_live(t, h);
      assigns \nothing;
      ensures \result == ERR_BAD_HANDLE;
    complete behaviors;
    disjoint behaviors;
*/
/* Errors: ERR_BAD_HANDLE. The slot's object is returned in *object. */
err_t handle_remove(handle_table_t *t, uint64_t h, handle_type_t *type, void **object);

/*@ requires handle_table_ok(t) && \valid(out) && \separated(out, t);
    requires type != HANDLE_FREE;
    assigns t->slots[0 .. HANDLE_TABLE_SIZE - 1], t->used, *out;
    ensures handle_table_ok(t);
    ensures handle_generations_grow{Pre, Here}(t);
    ensures \result == OK ==> handle_live(t, *out) &&
      t->slots[handle_slot_of(*out)].type == type && t->slots[handle_slot_of(*out)].id == id;
    ensures \result == OK || \result == ERR_QUOTA;
*/
/* A handle naming an object by number (threads). Errors: ERR_QUOTA. */
err_t handle_insert_id(handle_table_t *t, handle_type_t type, uint64_t id, uint64_t *out);

/*@ requires handle_table_ok(t) && \valid(id) && \separated(id, t);
    assigns *id;
    ensures \result == OK <==> handle_live(t, h) && t->slots[handle_slot_of(h)].type == type;
    ensures \result == OK ==> *id == t->slots[handle_slot_of(h)].id;
    ensures \result == OK || \result == ERR_BAD_HANDLE;
*/
/* Errors: ERR_BAD_HANDLE (forged, stale, or not of `type`). */
err_t handle_lookup_id(const handle_table_t *t, uint64_t h, handle_type_t type, uint64_t *id);

/*
 * Removes one live slot, any, and returns its type and object: call until
 * it returns false to empty the table (a SIP that ends). The slot's
 * generation moves on, as for handle_remove.
 */
/*@ requires handle_table_ok(t) && \valid(type) && \valid(object);
    requires \separated(type, object, t);
    assigns t->slots[0 .. HANDLE_TABLE_SIZE - 1], t->used, *type, *object;
    ensures handle_table_ok(t);
    ensures handle_generations_grow{Pre, Here}(t);
    ensures \result == false <==>
      \forall integer i; 0 <= i < HANDLE_TABLE_SIZE ==> \old(t->slots[i].type) == HANDLE_FREE;
*/
bool handle_take_any(handle_table_t *t, handle_type_t *type, void **object);

/* Free slots left. */
/*@ requires \valid_read(t) && t->used <= HANDLE_TABLE_SIZE;
    assigns \nothing;
    ensures \result == HANDLE_TABLE_SIZE - t->used;
*/
uint32_t handle_free_count(const handle_table_t *t);

#endif
