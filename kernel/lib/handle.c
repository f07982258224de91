/*
 * handle.c — handle tables (see handle.h). Pure code; unit-tested on the host.
 */
#include "handle.h"

#include <stddef.h>

static uint64_t handle_make(uint32_t index, uint32_t generation)
{
    return ((uint64_t)generation << 32) | (uint64_t)(index + 1);
}

/* Decodes `h` to its slot; NULL for a forged or stale value. */
static handle_slot_t *handle_slot(const handle_table_t *t, uint64_t h)
{
    uint64_t low = h & 0xFFFFFFFFu;
    if (low == 0 || low > HANDLE_TABLE_SIZE)
        return NULL;
    handle_slot_t *s = (handle_slot_t *)&t->slots[low - 1];
    if (s->type == HANDLE_FREE || s->generation != (uint32_t)(h >> 32))
        return NULL;
    return s;
}

static err_t slot_fill(handle_table_t *t, handle_type_t type, void *object, uint64_t id,
                       uint64_t *out)
{
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE; i++) {
        handle_slot_t *s = &t->slots[i];
        if (s->type != HANDLE_FREE)
            continue;
        s->type = type;
        s->object = object;
        s->id = id;
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

/* Frees a live slot: a later handle to it is stale. */
static void slot_clear(handle_table_t *t, handle_slot_t *s)
{
    s->type = HANDLE_FREE;
    s->object = NULL;
    s->id = 0;
    s->generation++;
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
    slot_clear(t, s);
    return OK;
}

bool handle_take_any(handle_table_t *t, handle_type_t *type, void **object)
{
    for (uint32_t i = 0; i < HANDLE_TABLE_SIZE; i++) {
        handle_slot_t *s = &t->slots[i];
        if (s->type == HANDLE_FREE)
            continue;
        *type = s->type;
        *object = s->object;
        slot_clear(t, s);
        return true;
    }
    return false;
}

uint32_t handle_free_count(const handle_table_t *t)
{
    return HANDLE_TABLE_SIZE - t->used;
}
