/*
 * pc_tests.c — self-tests of the pc platform: page tables with 4 KiB,
 * 2 MiB and 1 GiB pages, splitting and merging, and the trap test pages.
 */
#include "frame.h"
#include "ktest.h"
#include "platform.h"
#include "vm.h"

/* Far above RAM, canonical, never used by the identity map. */
#define TEST_VA 0x0000400000000000ull
#define READONLY_VA (TEST_VA + 0x40000000ull)

uintptr_t platform_test_unmapped_page(void)
{
    return 0;    /* the null page is unmapped by platform_memory_init() */
}

uintptr_t platform_test_readonly_page(void)
{
    static paddr_t frame;
    if (frame == 0 && frame_alloc(&frame) == OK &&
        vm_map(vm_kernel_space(), READONLY_VA, frame, PAGE_SIZE, 0) != OK)
        return 0;
    return READONLY_VA;
}

static const char *check_translation(uintptr_t va, paddr_t want_pa, uint64_t want_size,
                                     unsigned want_flags)
{
    paddr_t pa;
    unsigned flags;
    uint64_t size;
    err_t rc = vm_translate(vm_kernel_space(), va, &pa, &flags, &size);
    if (rc != OK)
        return ktest_fail("translate %#lx: %s", (unsigned long)va, err_name(rc));
    if (pa != want_pa || size != want_size || flags != want_flags)
        return ktest_fail("%#lx -> pa %#lx size %#lx flags %#x; expected %#lx %#lx %#x",
                          (unsigned long)va, (unsigned long)pa, (unsigned long)size, flags,
                          (unsigned long)want_pa, (unsigned long)want_size, want_flags);
    return NULL;
}

static const char *test_paging_4k(void)
{
    paddr_t frame;
    KT_ASSERT(frame_alloc(&frame) == OK);
    vm_space_t *k = vm_kernel_space();
    KT_ASSERT(vm_map(k, TEST_VA, frame, PAGE_SIZE, VM_WRITE) == OK);
    const char *why = check_translation(TEST_VA + 0x123, frame + 0x123, PAGE_SIZE, VM_WRITE);
    *(volatile uint64_t *)TEST_VA = 0x1234567890abcdefull;
    uint64_t seen = *(volatile uint64_t *)(uintptr_t)frame;
    KT_ASSERT(vm_unmap(k, TEST_VA, PAGE_SIZE) == OK);
    paddr_t pa;
    unsigned flags;
    uint64_t size;
    KT_ASSERT(vm_translate(k, TEST_VA, &pa, &flags, &size) == ERR_NOT_FOUND);
    frame_free(frame);
    if (why != NULL)
        return why;
    KT_ASSERT(seen == 0x1234567890abcdefull);
    return NULL;
}

static const char *test_paging_2m_and_split(void)
{
    paddr_t run;
    KT_ASSERT(frame_alloc_run(512, PAGE_2M, &run) == OK);
    vm_space_t *k = vm_kernel_space();
    KT_ASSERT(vm_map(k, TEST_VA, run, PAGE_2M, VM_WRITE | VM_EXEC) == OK);
    const char *why = check_translation(TEST_VA + 0x12345, run + 0x12345, PAGE_2M,
                                        VM_WRITE | VM_EXEC);
    /* Remap one 4 KiB page read-only inside it: the 2 MiB page splits. */
    if (why == NULL && vm_map(k, TEST_VA + 5 * PAGE_SIZE, run, PAGE_SIZE, 0) != OK)
        why = "remapping a 4 KiB page inside a 2 MiB page failed";
    if (why == NULL)
        why = check_translation(TEST_VA + 5 * PAGE_SIZE, run, PAGE_SIZE, 0);
    if (why == NULL)
        why = check_translation(TEST_VA + 6 * PAGE_SIZE + 8, run + 6 * PAGE_SIZE + 8, PAGE_SIZE,
                                VM_WRITE | VM_EXEC);
    KT_ASSERT(vm_unmap(k, TEST_VA, PAGE_2M) == OK);
    frame_free_run(run, 512);
    return why;
}

/* The identity map uses 1 GiB pages where the CPU has them, else 2 MiB. */
static const char *test_paging_identity_large(void)
{
    if (platform_protects_pages())
        return ktest_skip("page mode maps everything with 4 KiB pages");
    uint64_t want = vm_has_1g_pages() ? PAGE_1G : PAGE_2M;
    uintptr_t va = 0x40000000u + 0x5000;
    return check_translation(va, va, want, VM_WRITE | VM_EXEC);
}

/* A guard page splits the identity map's large page around it, in phys
   mode too; reopening it merges the 2 MiB page back (vm_coalesce). */
static const char *test_paging_guard_splits_and_merges(void)
{
    if (platform_protects_pages())
        return ktest_skip("page mode maps everything with 4 KiB pages");
    paddr_t run, pa;
    unsigned flags;
    uint64_t size = 0;
    KT_ASSERT(frame_alloc_run(512, PAGE_2M, &run) == OK);    /* no other guard in it */
    vm_space_t *k = vm_kernel_space();
    uintptr_t guard = run + 7 * PAGE_SIZE;
    KT_ASSERT(platform_guard(guard, PAGE_SIZE, true) == OK);
    bool unmapped = vm_translate(k, guard, &pa, &flags, &size) == ERR_NOT_FOUND;
    const char *why = check_translation(guard + PAGE_SIZE + 8, guard + PAGE_SIZE + 8, PAGE_SIZE,
                                        VM_WRITE | VM_EXEC);
    KT_ASSERT(platform_guard(guard, PAGE_SIZE, false) == OK);
    err_t rc = vm_translate(k, guard + 16, &pa, &flags, &size);
    frame_free_run(run, 512);
    KT_ASSERT(unmapped);
    if (why != NULL)
        return why;
    KT_ASSERT(rc == OK && pa == guard + 16 && flags == (VM_WRITE | VM_EXEC));
    if (size < PAGE_2M)
        return ktest_fail("the guard's 2 MiB page stayed split (%#lx pages)", (unsigned long)size);
    return NULL;
}

static const char *test_paging_bad_arguments(void)
{
    vm_space_t *k = vm_kernel_space();
    KT_ASSERT(vm_map(k, TEST_VA + 1, 0, PAGE_SIZE, 0) == ERR_ALIGN);
    KT_ASSERT(vm_map(k, 0x0000800000000000ull, 0, PAGE_SIZE, 0) == ERR_RANGE);
    return NULL;
}

const ktest_t platform_tests[] = {
    { "paging_4k", test_paging_4k },
    { "paging_2m_and_split", test_paging_2m_and_split },
    { "paging_identity_large", test_paging_identity_large },
    { "paging_guard_splits_and_merges", test_paging_guard_splits_and_merges },
    { "paging_bad_arguments", test_paging_bad_arguments },
};
const size_t platform_test_count = sizeof(platform_tests) / sizeof(platform_tests[0]);
