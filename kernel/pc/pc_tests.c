/*
 * pc_tests.c — self-tests of the pc platform: page tables with 4 KiB,
 * 2 MiB and 1 GiB pages, splitting and merging, the trap test pages, and
 * (domain mode) address spaces of their own and the cost-model marks.
 */
#include "cpu.h"
#include "frame.h"
#include "kernel.h"
#include "ktest.h"
#include "platform.h"
#include "sip.h"
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

static bool mapped_in(platform_space_t *space, uintptr_t va)
{
    paddr_t pa;
    unsigned flags;
    uint64_t size;
    return vm_translate(space_tables(space), va, &pa, &flags, &size) == OK;
}

/* A page taken by a space is mapped there alone, readable once it is
   loaded, and everywhere again once given back. */
static const char *test_space_take_give_back(void)
{
    if (kernel_options()->mode <= PROT_PAGE)
        return ktest_skip("phys and page modes have one address space");
    platform_space_t *a, *b;
    paddr_t frame;
    KT_ASSERT(platform_space_create(&a, false) == OK);
    KT_ASSERT(platform_space_create(&b, false) == OK);
    KT_ASSERT(frame_alloc(&frame) == OK);
    *(volatile uint64_t *)(uintptr_t)frame = 0x5eedf00dull;
    bool before = mapped_in(NULL, frame) && mapped_in(a, frame) && mapped_in(b, frame);
    platform_space_take(a, frame, PAGE_SIZE);
    bool alone = mapped_in(a, frame) && !mapped_in(NULL, frame) && !mapped_in(b, frame);
    bool enabled = irq_save();
    platform_space_enter(a);
    uint64_t seen = *(volatile uint64_t *)(uintptr_t)frame;
    platform_space_enter(NULL);
    irq_restore(enabled);
    platform_space_give_back(a, frame, PAGE_SIZE);
    bool back = mapped_in(NULL, frame) && mapped_in(b, frame);
    platform_space_destroy(a);
    platform_space_destroy(b);
    frame_free(frame);
    KT_ASSERT(before && alone && back);
    KT_ASSERT(seen == 0x5eedf00dull);
    return NULL;
}

/* A SIP spawned with its own space: its image is in its space alone, the
   kernel's own code in both. */
static const char *test_space_sip_image_private(void)
{
    if (kernel_options()->mode <= PROT_PAGE)
        return ktest_skip("phys and page modes have one address space");
    sip_spawn_request_t req = { .image = "sleeper.sip", .args = "100", .priority = 3,
                                .quota_bytes = 1 << 20, .own_space = true };
    sip_t *s;
    KT_ASSERT(sip_spawn(&req, &s) == OK);
    bool enabled = irq_save();
    platform_space_t *space = s->space;
    uint64_t image = s->image_base;
    bool own = space != NULL && mapped_in(space, s->image_base) &&
               !mapped_in(NULL, s->image_base) && !mapped_in(NULL, s->start_page);
    bool kernel = space != NULL && mapped_in(space, (uintptr_t)&test_space_sip_image_private);
    irq_restore(enabled);
    KT_ASSERT(sip_wait(s, 10000000000ull) == OK);
    bool reclaimed = mapped_in(NULL, image);    /* freed: mapped everywhere again */
    sip_release(s);
    KT_ASSERT(own && kernel);
    KT_ASSERT(reclaimed);
    return NULL;
}

/* With the cost-model marks on, each CR3 load is announced first, once, as
   a flush for a space's first load and with the kernel's tag 0 for the
   kernel's space; no load, no mark (costmodel.h, docs/modes.md). */
static const char *test_space_marks(void)
{
    if (kernel_options()->mode <= PROT_PAGE)
        return ktest_skip("phys and page modes have one address space");
    platform_space_t *a;
    KT_ASSERT(platform_space_create(&a, false) == OK);
    uint32_t to_a, to_kernel, unused;
    bool enabled = irq_save(), was_on = costmodel_marks_set(true);
    uint64_t before = costmodel_cr3_marks_made(&unused);
    platform_space_enter(a);
    uint64_t after_a = costmodel_cr3_marks_made(&to_a);
    platform_space_enter(a);    /* already loaded: no CR3 load */
    uint64_t again = costmodel_cr3_marks_made(&unused);
    platform_space_enter(NULL);
    uint64_t after_kernel = costmodel_cr3_marks_made(&to_kernel);
    costmodel_marks_set(was_on);
    irq_restore(enabled);
    platform_space_destroy(a);
    KT_ASSERT(after_a == before + 1 && again == after_a && after_kernel == before + 2);
    KT_ASSERT(to_a >= COSTMODEL_MARK_CR3_FLUSH && to_a < COSTMODEL_MARK_CR3_NOFLUSH);
    KT_ASSERT(to_kernel < COSTMODEL_MARK_CONSOLE && to_kernel % COSTMODEL_PCID_COUNT == 0);
    return NULL;
}

const ktest_t platform_tests[] = {
    { "space_take_give_back", test_space_take_give_back },
    { "space_sip_image_private", test_space_sip_image_private },
    { "space_marks", test_space_marks },
    { "paging_4k", test_paging_4k },
    { "paging_2m_and_split", test_paging_2m_and_split },
    { "paging_identity_large", test_paging_identity_large },
    { "paging_guard_splits_and_merges", test_paging_guard_splits_and_merges },
    { "paging_bad_arguments", test_paging_bad_arguments },
};
const size_t platform_test_count = sizeof(platform_tests) / sizeof(platform_tests[0]);
