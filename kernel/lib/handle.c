/*
 * handle.c — handle tables (see handle.h, whose ACSL contracts this file is
 * proved against: docs/proofs.md). Pure code; unit-tested on the host.
 */
#include "handle.h"

#include <stddef.h>

/*@ requires index < HANDLE_TABLE_SIZE;
    assigns \nothing;
    ensures handle_slot_of(\result) == index && handle_generation_of(\result) == generation;
*/
static uint64_t handle_make(uint32_t index, uint32_t generation)
{
    return (uint64_t)generation * HANDLE_INDEX_SPAN + (uint64_t)(index + 1);
}

/* Decodes `h` to its slot; NULL for a forged or stale value. */
/*@ requires handle_table_ok(t);
    assigns \nothing;
    ensures handle_live(t, h) ==> \result == &t->slots[handle_slot_of(h)];
    ensures !handle_live(t, h) ==> \result == \null;
*/
static handle_slot_t *handle_slot(const handle_table_t *t, uint64_t h)
{
    uint64_t low = h % HANDLE_INDEX_SPAN;
    if (low == 0 || low > HANDLE_TABLE_SIZE)
        return NULL;
    handle_slot_t *s = (handle_slot_t *)&t->slots[low - 1];
    if (s->type == HANDLE_FREE || s->generation != h / HANDLE_INDEX_SPAN)
        return NULL;
    return s;
}

/* Takes the first free slot that is not retired (HANDLE_GENERATION_LAST). */
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
      ensures t->slots[handle_slot_of(*out)].id == id;
      ensures \let i = handle_slot_of(*out);
              t->slots[i].generation == \at(t->slots[i].generation, Pre);
      ensures \let i = handle_slot_of(*out); \at(t->slots[i].type, Pre) == HANDLE_FREE;
      ensures handle_others_unchanged{Pre, Post}(t, handle_slot_of(*out));
    behavior full:
      assumes \forall integer i; 0 <= i < HANDLE_TABLE_SIZE ==>
        t->slots[i].type != HANDLE_FREE || t->slots[i].generation == HANDLE_GENERATION_LAST;
      assigns \nothing;
      ensures \result == ERR_QUOTA;
    complete behaviors;
    disjoint behaviors;
*/
static err_t slot_fill(handle_table_t *t, handle_type_t type, void *object, uint64_t id,
                       uint64_t *out)
{
    /*@ loop invariant 0 <= i <= HANDLE_TABLE_SIZE;
        loop invariant \forall integer k; 0 <= k < i ==>
          t->slots[k].type != HANDLE_FREE || t->slots[k].generation == HANDLE_GENERATION_LAST;
        loop assigns i;
        loop variant HANDLE_TABLE_SIZE - i;
    */
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE; i++) {
        handle_slot_t *s = &t->slots[i];
        if (s->type != HANDLE_FREE || s->generation == HANDLE_GENERATION_LAST)
            continue;
        s->type = type;
        s->object = object;
        s->id = id;
        if (t->used < HANDLE_TABLE_SIZE)
            t->used++;
        *out = handle_make(i, s->generation);
        return OK;
    }
    return ERR_QUOTA;
}

err_t handle_insert(handle_table_t *t, handle_type_t type, void *object, uint64_t *out)
{
    return slot_fill(t, type, object, 0, out);
}

err_t handle_insert_id(handle_table_t *t, handle_type_t type, uint64_t id, uint64_t *out)
{
    return slot_fill(t, type, NULL, id, out);
}

err_t handle_lookup_id(const handle_table_t *t, uint64_t h, handle_type_t type, uint64_t *id)
{
    handle_slot_t *s = handle_slot(t, h);
    if (s == NULL || s->type != type)
        return ERR_BAD_HANDLE;
    *id = s->id;
    return OK;
}

/* Frees live slot i: a later handle to it is stale. */
/*@ requires handle_table_ok(t) && i < HANDLE_TABLE_SIZE;
    requires t->slots[i].type != HANDLE_FREE;
    assigns t->slots[i], t->used;
    ensures handle_table_ok(t);
    ensures handle_generations_grow{Pre, Post}(t);
    ensures t->slots[i].type == HANDLE_FREE && t->slots[i].object == \null;
    ensures t->slots[i].id == 0;
    ensures t->slots[i].generation == \old(t->slots[i].generation) + 1;
*/
static void slot_clear(handle_table_t *t, uint32_t i)
{
    handle_slot_t *s = &t->slots[i];
    s->type = HANDLE_FREE;
    s->object = NULL;
    s->id = 0;
    s->generation++;
    if (t->used > 0)
        t->used--;
}

err_t handle_lookup(const handle_table_t *t, uint64_t h, handle_type_t type, void **object)
{
    handle_slot_t *s = handle_slot(t, h);
    if (s == NULL || s->type != type)
        return ERR_BAD_HANDLE;
    *object = s->object;
    return OK;
}

err_t handle_remove(handle_table_t *t, uint64_t h, handle_type_t *type, void **object)
{
    handle_slot_t *s = handle_slot(t, h);
    if (s == NULL)
        return ERR_BAD_HANDLE;
    *type = s->type;
    *object = s->object;
    slot_clear(t, (uint32_t)(h % HANDLE_INDEX_SPAN - 1));
    return OK;
}

bool handle_take_any(handle_table_t *t, handle_type_t *type, void **object)
{
    /*@ loop invariant 0 <= i <= HANDLE_TABLE_SIZE;
        loop invariant \forall integer k; 0 <= k < i ==> t->slots[k].type == HANDLE_FREE;
        loop assigns i;
        loop variant HANDLE_TABLE_SIZE - i;
    */
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE; i++) {
        handle_slot_t *s = &t->slots[i];
        if (s->type == HANDLE_FREE)
            continue;
        *type = s->type;
        *object = s->object;
        slot_clear(t, i);
        return true;
    }
    return false;
}

uint32_t handle_free_count(const handle_table_t *t)
{
    return HANDLE_TABLE_SIZE - t->used;
}
