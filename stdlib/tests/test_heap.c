/*
 * test_heap.c — the SIP heap over the mock page allocator: alignment,
 * zeroing, overflow and quota refusals, chunk growth, enumeration and
 * address-to-object lookup (the collector: test_gc.c).
 */
#include "check.h"
#include "heap_internal.h"
#include "insula/heap.h"
#include "insula/str.h"
#include "mock_abi.h"

#include <stdint.h>

typedef struct { char c; } tiny_t;
typedef struct { _Alignas(64) char line[64]; } line_t;
typedef struct { _Alignas(4096) char page[16]; } paged_t;
typedef struct { const int32_t count; uint16_t items[] __attribute__((counted_by(count))); } list_t;
typedef struct { const int8_t count; uint8_t bytes[] __attribute__((counted_by(count))); } small_t;

static void heap_fresh(uint64_t quota_pages)
{
    mock_reset();
    mock_quota_pages = quota_pages;
    __insula_heap_reset();
}

static void test_without_abi(void)
{
    CHECK(new(int) == NULL);
    CHECK_INT(heap_last_error(), ERR_INVALID);
}

static void test_alignment_and_zeroing(void)
{
    heap_fresh(1024);
    mock_dirty_pages = true;   /* the stdlib must zero, whatever the kernel gives */
    tiny_t *t = new(tiny_t);
    line_t *l = new(line_t);
    paged_t *p = new(paged_t);
    long double *ld = new(long double);
    CHECK(t != NULL && l != NULL && p != NULL && ld != NULL);
    CHECK_UINT((uintptr_t)t % 16, 0);
    CHECK_UINT((uintptr_t)l % 64, 0);
    CHECK_UINT((uintptr_t)p % 4096, 0);
    CHECK_UINT((uintptr_t)ld % _Alignof(long double), 0);
    for (size_t i = 0; i < sizeof(l->line); i++)
        CHECK_INT(l->line[i], 0);
    uint64_t *words = new_array(uint64_t, 100);
    CHECK(words != NULL);
    int dirty = 0;
    for (int i = 0; i < 100; i++)
        dirty += words[i] != 0;
    CHECK_INT(dirty, 0);
    CHECK(t != (tiny_t *)(void *)l && new(tiny_t) != t);
}

static void test_refusals(void)
{
    heap_fresh(1024);
    CHECK(new_array(uint32_t, SIZE_MAX / 2) == NULL);   /* n * 4 overflows */
    CHECK_INT(heap_last_error(), ERR_RANGE);
    int negative = -1;
    CHECK(new_array(uint8_t, negative) == NULL);
    CHECK_INT(heap_last_error(), ERR_RANGE);
    CHECK(new_array(uint8_t, HEAP_OBJECT_MAX + 1) == NULL);
    CHECK_INT(heap_last_error(), ERR_RANGE);
    CHECK(__insula_gc_alloc(16, 3) == NULL);
    CHECK_INT(heap_last_error(), ERR_INVALID);
    CHECK(__insula_gc_alloc(16, 8192) == NULL);
    CHECK_INT(heap_last_error(), ERR_INVALID);
    CHECK_INT(mock_page_alloc_calls, 0);   /* refused before asking the kernel */
    char *a = new_array(char, 0);
    char *b = new_array(char, 0);
    CHECK(a != NULL && b != NULL && a != b);
}

static void test_quota_exhaustion(void)
{
    heap_fresh(3);   /* less than one full chunk: the heap asks for less */
    uint8_t *objects[64] = { 0 };
    int made = 0;
    while (made < 64 && (objects[made] = new_array(uint8_t, 1000)) != NULL) {
        for (int i = 0; i < 1000; i++)
            objects[made][i] = (uint8_t)made;
        made++;
    }
    CHECK(made > 0 && made < 64);
    CHECK_INT(heap_last_error(), ERR_QUOTA);
    CHECK_UINT(mock_pages_used, 3);
    for (int k = 0; k < made; k++)
        CHECK_INT(objects[k][999], k);   /* earlier objects intact */
    heap_stats_t s = heap_stats();
    CHECK_UINT(s.pages, 3);
    CHECK_UINT(s.chunks, 3);
    CHECK_UINT(s.objects, (uint64_t)made);
    CHECK_UINT(s.bytes_in_use, (uint64_t)made * 1008);
    CHECK(new(int) != NULL);   /* small objects still fit in what is left */
    CHECK_UINT(heap_stats().pages, 3);
    heap_fresh(0);
    CHECK(new(int) == NULL);
    CHECK_INT(heap_last_error(), ERR_QUOTA);
}

static void test_growth(void)
{
    heap_fresh(1024);
    int *first = new(int);
    heap_stats_t s = heap_stats();
    CHECK_UINT(s.chunks, 1);
    CHECK_UINT(s.pages, HEAP_FIRST_CHUNK_PAGES);
    uint8_t *big = new_array(uint8_t, 200 * 1024);   /* larger than a chunk */
    CHECK(big != NULL);
    s = heap_stats();
    CHECK_UINT(s.chunks, 2);
    CHECK_UINT(s.pages, HEAP_FIRST_CHUNK_PAGES + 51);    /* 32+16+16+200 KiB -> 51 pages */
    int *next = new(int);   /* still placed in the first chunk */
    CHECK(__insula_heap_object_of(next) == next);
    CHECK((uintptr_t)next - (uintptr_t)first < HEAP_CHUNK_PAGES * 4096);
    CHECK_UINT(heap_stats().chunks, 2);
    mock_misaligned_pages = true;
    CHECK(new_array(uint8_t, 100 * 1024) == NULL);
    CHECK_INT(heap_last_error(), ERR_CORRUPT);
}

typedef struct {
    int count;
    uint64_t bytes;
    void *seen[8];
} walk_log_t;

static void walk_record(void *ctx, void *object, size_t size)
{
    walk_log_t *log = ctx;
    if (log->count < 8)
        log->seen[log->count] = object;
    log->count++;
    log->bytes += size;
}

static void test_walk_and_lookup(void)
{
    heap_fresh(1024);
    uint64_t *a = new_array(uint64_t, 4);    /* 32 bytes: with the first chunk's */
    line_t *l = new(line_t);           /* header, l is preceded by a filler block */
    char *c = new_array(char, 40);
    walk_log_t log = { 0 };
    CHECK_INT(__insula_heap_walk(walk_record, &log), OK);
    CHECK_INT(log.count, 3);
    CHECK_UINT(log.bytes, 32 + 64 + 48);
    CHECK_UINT(log.bytes, heap_stats().bytes_in_use);
    CHECK(log.seen[0] == a && log.seen[1] == l && log.seen[2] == c);
    CHECK(__insula_heap_object_of(c + 39) == c);        /* interior pointer */
    CHECK(__insula_heap_object_of(&l->line[63]) == l);
    CHECK(__insula_heap_object_of(c + 48) == NULL);     /* past the last object */
    CHECK(__insula_heap_object_of((char *)a - 1) == NULL);   /* in a header */
    CHECK(__insula_heap_object_of((char *)l - 17) == NULL);  /* in the filler */
    CHECK(__insula_heap_object_of(&log) == NULL);
    heap_header_t *h = (heap_header_t *)(void *)c - 1;
    h->magic = 0;   /* damage a header: reported, never followed */
    log = (walk_log_t){ 0 };
    CHECK_INT(__insula_heap_walk(walk_record, &log), ERR_CORRUPT);
    CHECK(__insula_heap_object_of(c) == NULL);
}

static void test_flex(void)
{
    heap_fresh(1024);
    list_t *list = new_flex(list_t, count, items, 5);
    CHECK(list != NULL);
    CHECK_INT(list->count, 5);
    list->items[4] = 7;
    CHECK(__insula_heap_object_of(list) == list);
    CHECK(new_flex(list_t, count, items, (size_t)INT32_MAX + 1) == NULL);
    CHECK_INT(heap_last_error(), ERR_RANGE);
    small_t *small = new_flex(small_t, count, bytes, 127);   /* INT8_MAX fits */
    CHECK(small != NULL && small->count == 127);
    CHECK(new_flex(small_t, count, bytes, 128) == NULL);
    CHECK_INT(heap_last_error(), ERR_RANGE);
    CHECK(new_flex(list_t, count, items, SIZE_MAX) == NULL);
    CHECK_INT(heap_last_error(), ERR_RANGE);
    CHECK(__insula_gc_alloc_flex(8, 8, 1, 1, 8, 8, 3) == NULL);   /* odd width */
    CHECK_INT(heap_last_error(), ERR_INVALID);
    CHECK(__insula_gc_alloc_flex(8, 4, 1, 1, 8, 2, 8) == NULL);   /* count overlaps array */
    CHECK_INT(heap_last_error(), ERR_INVALID);
}

/* str_to_cstr (insula/str.h): a NUL-terminated copy on this heap. */
static void test_str_to_cstr(void)
{
    heap_fresh(64);
    const char *c = str_to_cstr(STR("ab\0cd"));
    CHECK(c != NULL);
    CHECK(c != NULL && c[0] == 'a' && c[1] == 'b' && c[2] == '\0');
    const char *e = str_to_cstr(str_empty());
    CHECK(e != NULL && e[0] == '\0');
    str_t v = str_from_cstr(str_to_cstr(STR("view")));
    CHECK(str_equal(v, STR("view")));
}

int main(void)
{
    mock_reset();
    test_without_abi();
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    test_alignment_and_zeroing();
    test_refusals();
    test_quota_exhaustion();
    test_growth();
    test_walk_and_lookup();
    test_flex();
    test_str_to_cstr();
    mock_reset();
    return check_exit_status("test_heap");
}
