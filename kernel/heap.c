/*
 * heap.c — slab and run allocator over frame.c (see heap.h).
 *
 * Layout of a slab frame: a 64-byte slab_t header, then slots of 2^k bytes
 * starting at the first multiple of the slot size past the header (or 64).
 * A run allocation: a 64-byte run_t header at the start of the first frame,
 * the object right after it. Both headers start with a magic word at the
 * start of the frame, which is how kfree() tells them apart.
 *
 * Locking: interrupts masked around every operation.
 */
#include "heap.h"

#include "frame.h"
#include "panic.h"
#include "platform.h"

#include <stdbool.h>

#define SLAB_MAGIC 0x42414c53u     /* "SLAB" */
#define RUN_MAGIC 0x004e5552u      /* "RUN" */
#define HEADER_SIZE 64
#define MIN_SHIFT 4                /* 16-byte slots */
#define MAX_SHIFT 11               /* 2048-byte slots */
#define CLASS_COUNT (MAX_SHIFT - MIN_SHIFT + 1)

typedef struct slab {
    uint32_t magic;
    uint16_t shift;          /* slot size = 1 << shift */
    uint16_t free_slots;
    struct slab *next;       /* in its class's partial list */
    struct slab *prev;
    uint64_t used[4];        /* bit i: slot i handed out (max 256 slots) */
} slab_t;

typedef struct {
    uint32_t magic;
    uint32_t reserved;
    uint64_t frames;
    uint64_t size;
    uint8_t pad[HEADER_SIZE - 24];
} run_t;

_Static_assert(sizeof(slab_t) <= HEADER_SIZE, "slab header fits its prefix");
_Static_assert(sizeof(run_t) == HEADER_SIZE, "run header is exactly the prefix");

static slab_t *partial[CLASS_COUNT];
static uint64_t bytes_in_use;

static unsigned class_shift(size_t size)
{
    unsigned shift = MIN_SHIFT;
    while (((size_t)1 << shift) < size)
        shift++;
    return shift;
}

static uintptr_t slot_base(unsigned shift)
{
    size_t slot = (size_t)1 << shift;
    return slot > HEADER_SIZE ? slot : HEADER_SIZE;
}

static unsigned slot_count(unsigned shift)
{
    return (unsigned)((PAGE_SIZE - slot_base(shift)) >> shift);
}

static void list_remove(slab_t **head, slab_t *s)
{
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        *head = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
}

static void list_push(slab_t **head, slab_t *s)
{
    s->prev = NULL;
    s->next = *head;
    if (*head != NULL)
        (*head)->prev = s;
    *head = s;
}

static slab_t *slab_create(unsigned shift)
{
    paddr_t frame;
    if (frame_alloc(&frame) != OK)
        return NULL;
    slab_t *s = (slab_t *)(uintptr_t)frame;
    *s = (slab_t){ .magic = SLAB_MAGIC, .shift = (uint16_t)shift,
                   .free_slots = (uint16_t)slot_count(shift) };
    return s;
}

static void *slab_take(slab_t *s)
{
    unsigned n = slot_count(s->shift);
    for (unsigned i = 0; i < n; i++) {
        if (s->used[i / 64] & (1ull << (i % 64)))
            continue;
        s->used[i / 64] |= 1ull << (i % 64);
        s->free_slots--;
        return (uint8_t *)s + slot_base(s->shift) + ((uintptr_t)i << s->shift);
    }
    panic("heap: slab %p claims %u free slots but has none", (void *)s, s->free_slots);
}

static void *slab_alloc(size_t size)
{
    unsigned shift = class_shift(size);
    slab_t **head = &partial[shift - MIN_SHIFT];
    if (*head == NULL) {
        slab_t *s = slab_create(shift);
        if (s == NULL)
            return NULL;
        list_push(head, s);
    }
    slab_t *s = *head;
    void *p = slab_take(s);
    if (s->free_slots == 0)
        list_remove(head, s);
    bytes_in_use += (size_t)1 << shift;
    return p;
}

static void *run_alloc(size_t size)
{
    if (size > (1ull << 40))
        return NULL;
    uint64_t frames = (size + HEADER_SIZE + PAGE_SIZE - 1) / PAGE_SIZE;
    paddr_t first;
    if (frame_alloc_run(frames, PAGE_SIZE, &first) != OK)
        return NULL;
    run_t *r = (run_t *)(uintptr_t)first;
    *r = (run_t){ .magic = RUN_MAGIC, .frames = frames, .size = size };
    bytes_in_use += frames * PAGE_SIZE;
    return (uint8_t *)r + HEADER_SIZE;
}

void *kmalloc(size_t size)
{
    if (size == 0)
        return NULL;
    bool enabled = irq_save();
    void *p = size <= HEAP_SLAB_MAX ? slab_alloc(size) : run_alloc(size);
    irq_restore(enabled);
    return p;
}

void *kzalloc(size_t size)
{
    uint8_t *p = kmalloc(size);
    if (p != NULL)
        __builtin_memset(p, 0, size);    /* by words (kernel/pc/fpu_string.c) */
    return p;
}

static void slab_release(slab_t *s, uintptr_t offset)
{
    uintptr_t base = slot_base(s->shift);
    uintptr_t i = (offset - base) >> s->shift;
    if (offset < base || ((offset - base) & (((uintptr_t)1 << s->shift) - 1)) != 0 ||
        i >= slot_count(s->shift) || !(s->used[i / 64] & (1ull << (i % 64))))
        panic("heap: kfree of %p: not a live object", (void *)((uintptr_t)s + offset));
    s->used[i / 64] &= ~(1ull << (i % 64));
    slab_t **head = &partial[s->shift - MIN_SHIFT];
    if (s->free_slots++ == 0)
        list_push(head, s);
    bytes_in_use -= (size_t)1 << s->shift;
    if (s->free_slots == slot_count(s->shift)) {
        list_remove(head, s);
        s->magic = 0;
        frame_free((paddr_t)(uintptr_t)s);
    }
}

static void run_release(run_t *r)
{
    uint64_t frames = r->frames;
    r->magic = 0;
    bytes_in_use -= frames * PAGE_SIZE;
    frame_free_run((paddr_t)(uintptr_t)r, frames);
}

void kfree(void *ptr)
{
    if (ptr == NULL)
        return;
    uintptr_t addr = (uintptr_t)ptr;
    uintptr_t page = addr & ~(uintptr_t)(PAGE_SIZE - 1);
    bool enabled = irq_save();
    const uint32_t magic = *(const uint32_t *)page;
    if (addr - page == HEADER_SIZE && magic == RUN_MAGIC)
        run_release((run_t *)page);
    else if (magic == SLAB_MAGIC)
        slab_release((slab_t *)page, addr - page);
    else
        panic("heap: kfree of %p: not a heap pointer (or freed twice)", ptr);
    irq_restore(enabled);
}

uint64_t heap_bytes_in_use(void)
{
    return bytes_in_use;
}
