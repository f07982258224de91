/*
 * heap_flex.c — new_flex(): objects with a counted flexible array member.
 *
 * The allocator, not the SIP, writes the element count into the member
 * that the array's counted_by names; that member is const to the SIP, so
 * the bounds the compiler checks data[i] against cannot be enlarged.
 */
#include "heap_internal.h"
#include "mem.h"

/* Stores n in the count member (1, 2, 4 or 8 bytes wide). n has already
   been checked to fit the signed type of that width. */
static void flex_store_count(void *object, size_t offset, size_t width, size_t n)
{
    uint8_t *at = (uint8_t *)object + offset;
    uint8_t v8 = (uint8_t)n;
    uint16_t v16 = (uint16_t)n;
    uint32_t v32 = (uint32_t)n;
    uint64_t v64 = (uint64_t)n;
    switch (width) {
    case 1: memcpy(at, &v8, 1); break;
    case 2: memcpy(at, &v16, 2); break;
    case 4: memcpy(at, &v32, 4); break;
    default: memcpy(at, &v64, 8); break;
    }
}

/* Errors: ERR_INVALID (count member of an odd width or not before the
   array), ERR_RANGE (n does not fit it, or the size overflows). */
static err_t flex_check(size_t array_offset, size_t count, size_t count_offset,
                        size_t count_size)
{
    if (count_size != 1 && count_size != 2 && count_size != 4 && count_size != 8)
        return ERR_INVALID;
    if (count_offset > array_offset || count_size > array_offset - count_offset)
        return ERR_INVALID;
    uint64_t limit = ((uint64_t)1 << (count_size * 8 - 1)) - 1;
    if ((uint64_t)count > limit)
        return ERR_RANGE;
    return OK;
}

void *__insula_gc_alloc_flex(size_t type_size, size_t array_offset, size_t elem_size,
                             size_t count, size_t align, size_t count_offset,
                             size_t count_size)
{
    err_t rc = flex_check(array_offset, count, count_offset, count_size);
    size_t bytes = 0;
    if (rc == OK && (__builtin_mul_overflow(count, elem_size, &bytes) ||
                     __builtin_add_overflow(bytes, array_offset, &bytes)))
        rc = ERR_RANGE;
    if (rc != OK) {
        __insula_heap_refuse(rc);
        return NULL;
    }
    void *object = __insula_gc_alloc(bytes > type_size ? bytes : type_size, align);
    if (object != NULL)
        flex_store_count(object, count_offset, count_size, count);
    return object;
}
