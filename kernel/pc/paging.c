/*
 * paging.c — page-table construction and lookup (see vm.h).
 *
 * Levels are numbered 3 (PML4) down to 0 (PT); a "leaf" at level 2 is a
 * 1 GiB page and at level 1 a 2 MiB page (PS bit). The walk that maps one
 * page is `entry_for(space, va, level, create)`: it returns the entry at
 * `level` for `va`, creating (or splitting down to) tables on the way.
 */
#include "vm.h"

#include "cpu.h"
#include "memmap.h"

#define PTE_PRESENT (1ull << 0)
#define PTE_WRITE (1ull << 1)
#define PTE_USER (1ull << 2)
#define PTE_PWT (1ull << 3)
#define PTE_PCD (1ull << 4)
#define PTE_ACCESSED (1ull << 5)
#define PTE_DIRTY (1ull << 6)
#define PTE_LARGE (1ull << 7)
#define PTE_NX (1ull << 63)
#define PTE_ADDR 0x000FFFFFFFFFF000ull

static uint64_t level_size(int level)
{
    return PAGE_SIZE << (9 * level);
}

static unsigned level_index(uintptr_t va, int level)
{
    return (unsigned)((va >> (12 + 9 * level)) & 511);
}

/* CPU features, read once: 0 unknown, 1 absent, 2 present. */
static int has_1g, has_nx;

bool vm_has_1g_pages(void)
{
    if (has_1g == 0)
        has_1g = (cpuid(0x80000001u, 0).edx & (1u << 26)) ? 2 : 1;
    return has_1g == 2;
}

bool vm_has_nx(void)
{
    if (has_nx == 0)
        has_nx = (rdmsr(MSR_EFER) & EFER_NXE) ? 2 : 1;
    return has_nx == 2;
}

static uint64_t *table_alloc(void)
{
    paddr_t frame;
    /* From the run zone (low memory), which the boot map always covers. */
    if (frame_alloc_run(1, PAGE_SIZE, &frame) != OK)
        return NULL;
    uint64_t *t = (uint64_t *)(uintptr_t)frame;
    for (int i = 0; i < 512; i++)
        t[i] = 0;
    return t;
}

static uint64_t leaf_bits(unsigned flags, int level)
{
    uint64_t e = PTE_PRESENT;
    if (flags & VM_WRITE) e |= PTE_WRITE;
    if (flags & VM_USER) e |= PTE_USER;
    if (flags & VM_NOCACHE) e |= PTE_PCD | PTE_PWT;
    if (!(flags & VM_EXEC) && vm_has_nx()) e |= PTE_NX;
    if (level > 0) e |= PTE_LARGE;
    return e;
}

/* Table entries stay permissive; the leaf decides the page's rights. */
static uint64_t table_bits(void)
{
    return PTE_PRESENT | PTE_WRITE | PTE_USER;
}

/* Frees a table and every table below it (not the pages they map). */
static void table_free(uint64_t *t, int level)
{
    for (int i = 0; level > 1 && i < 512; i++) {
        if ((t[i] & PTE_PRESENT) && !(t[i] & PTE_LARGE))
            table_free((uint64_t *)(uintptr_t)(t[i] & PTE_ADDR), level - 1);
    }
    frame_free((paddr_t)(uintptr_t)t);
}

/* Replaces a large page at `level` by a table of 512 next-level pages. */
static err_t split_large(uint64_t *entry, int level)
{
    uint64_t *t = table_alloc();
    if (t == NULL)
        return ERR_NO_MEMORY;
    uint64_t base = *entry & PTE_ADDR & ~(level_size(level) - 1);
    uint64_t bits = *entry & ~PTE_ADDR;
    if (level - 1 == 0)
        bits &= ~PTE_LARGE;    /* 4 KiB entries: bit 7 means PAT there */
    for (int i = 0; i < 512; i++)
        t[i] = (base + (uint64_t)i * level_size(level - 1)) | bits;
    *entry = (uint64_t)(uintptr_t)t | table_bits();
    return OK;
}

/* Returns the entry for `va` at `level`, building tables above it. */
static err_t entry_for(vm_space_t *space, uintptr_t va, int level, bool create, uint64_t **out)
{
    uint64_t *table = space->pml4;
    for (int l = 3; l > level; l--) {
        uint64_t *e = &table[level_index(va, l)];
        if (!(*e & PTE_PRESENT)) {
            if (!create)
                return ERR_NOT_FOUND;
            uint64_t *t = table_alloc();
            if (t == NULL)
                return ERR_NO_MEMORY;
            *e = (uint64_t)(uintptr_t)t | table_bits();
        } else if (*e & PTE_LARGE) {
            err_t rc = split_large(e, l);
            if (rc != OK)
                return rc;
        }
        table = (uint64_t *)(uintptr_t)(*e & PTE_ADDR);
    }
    *out = &table[level_index(va, level)];
    return OK;
}

static bool canonical(uintptr_t va)
{
    return va < (1ull << 47) || va >= 0xFFFF800000000000ull;
}

/* Picks the largest level whose page fits at va/pa within `left` bytes. */
static int best_level(uintptr_t va, paddr_t pa, uint64_t left, unsigned flags)
{
    if (flags & VM_SMALL)
        return 0;
    for (int level = 2; level > 0; level--) {
        uint64_t sz = level_size(level);
        if (level == 2 && !vm_has_1g_pages())
            continue;
        if (va % sz == 0 && pa % sz == 0 && left >= sz)
            return level;
    }
    return 0;
}

static err_t map_one(vm_space_t *space, uintptr_t va, paddr_t pa, int level, unsigned flags)
{
    uint64_t *e;
    err_t rc = entry_for(space, va, level, true, &e);
    if (rc != OK)
        return rc;
    if (level > 0 && (*e & PTE_PRESENT) && !(*e & PTE_LARGE))
        table_free((uint64_t *)(uintptr_t)(*e & PTE_ADDR), level);
    *e = (pa & PTE_ADDR) | leaf_bits(flags, level);
    invlpg(va);
    return OK;
}

err_t vm_map(vm_space_t *space, uintptr_t va, paddr_t pa, size_t size, unsigned flags)
{
    if (va % PAGE_SIZE || pa % PAGE_SIZE || size % PAGE_SIZE)
        return ERR_ALIGN;
    if (!canonical(va) || !canonical(va + size - 1) || va + size < va)
        return ERR_RANGE;
    uint64_t done = 0;
    while (done < size) {
        int level = best_level(va + done, pa + done, size - done, flags);
        err_t rc = map_one(space, va + done, pa + done, level, flags);
        if (rc != OK)
            return rc;
        done += level_size(level);
    }
    return OK;
}

/* Finds the leaf mapping va: its entry and level; ERR_NOT_FOUND if none. */
static err_t find_leaf(const vm_space_t *space, uintptr_t va, uint64_t **entry, int *level)
{
    uint64_t *table = space->pml4;
    for (int l = 3; l >= 0; l--) {
        uint64_t *e = &table[level_index(va, l)];
        if (!(*e & PTE_PRESENT))
            return ERR_NOT_FOUND;
        if (l == 0 || (*e & PTE_LARGE)) {
            *entry = e;
            *level = l;
            return OK;
        }
        table = (uint64_t *)(uintptr_t)(*e & PTE_ADDR);
    }
    return ERR_NOT_FOUND;
}

err_t vm_unmap(vm_space_t *space, uintptr_t va, size_t size)
{
    if (va % PAGE_SIZE || size % PAGE_SIZE)
        return ERR_ALIGN;
    for (uint64_t off = 0; off < size;) {
        uint64_t *e;
        int level;
        if (find_leaf(space, va + off, &e, &level) != OK) {
            off += PAGE_SIZE;
            continue;
        }
        uint64_t sz = level_size(level);
        if (level > 0 && ((va + off) % sz != 0 || size - off < sz)) {
            err_t rc = entry_for(space, va + off, 0, true, &e);    /* split down */
            if (rc != OK)
                return rc;
            sz = PAGE_SIZE;
        }
        *e = 0;
        invlpg(va + off);
        off += sz;
    }
    return OK;
}

/* A leaf's rights, without the bits the CPU sets (accessed, dirty) or that
   mean page size (PS) or address. */
static uint64_t leaf_rights(uint64_t e)
{
    return e & ~(PTE_ADDR | PTE_ACCESSED | PTE_DIRTY | PTE_LARGE);
}

/* Whether table t (one level below `level`) maps one contiguous, uniform
   run of level_size(level) bytes, so one large page can replace it. */
static bool table_is_uniform(const uint64_t *t, int level)
{
    uint64_t step = level_size(level - 1);
    uint64_t base = t[0] & PTE_ADDR;
    if (!(t[0] & PTE_PRESENT) || base % level_size(level) != 0)
        return false;
    for (int i = 0; i < 512; i++) {
        bool leaf = (t[i] & PTE_PRESENT) && (level - 1 == 0 || (t[i] & PTE_LARGE));
        if (!leaf || (t[i] & PTE_ADDR) != base + (uint64_t)i * step ||
            leaf_rights(t[i]) != leaf_rights(t[0]))
            return false;
    }
    return true;
}

/* Replaces the table under *entry (at `level`) by one large page, when it
   maps a uniform run. Returns whether it did. */
static bool merge_table(uint64_t *entry, int level)
{
    if (!(*entry & PTE_PRESENT) || (*entry & PTE_LARGE))
        return false;
    uint64_t *t = (uint64_t *)(uintptr_t)(*entry & PTE_ADDR);
    if (!table_is_uniform(t, level))
        return false;
    *entry = (t[0] & PTE_ADDR) | leaf_rights(t[0]) | PTE_LARGE;
    write_cr3(read_cr3());    /* no TLB or paging-structure cache keeps the table */
    frame_free((paddr_t)(uintptr_t)t);
    return true;
}

void vm_coalesce(vm_space_t *space, uintptr_t va)
{
    uint64_t *pdpt_entry, *pd_entry;
    if (entry_for(space, va, 2, false, &pdpt_entry) != OK || (*pdpt_entry & PTE_LARGE))
        return;
    if (entry_for(space, va, 1, false, &pd_entry) != OK)
        return;
    if (merge_table(pd_entry, 1) && vm_has_1g_pages())
        (void)merge_table(pdpt_entry, 2);
}

void vm_set_user(vm_space_t *space, uintptr_t va, size_t size, bool user)
{
    for (uint64_t off = 0; off < size; off += PAGE_SIZE) {
        uint64_t *e;
        int level;
        if (find_leaf(space, va + off, &e, &level) != OK)
            continue;
        *e = user ? *e | PTE_USER : *e & ~PTE_USER;
        invlpg(va + off);
    }
}

err_t vm_translate(const vm_space_t *space, uintptr_t va, paddr_t *pa, unsigned *flags,
                   uint64_t *page_size)
{
    uint64_t *e;
    int level;
    err_t rc = find_leaf(space, va, &e, &level);
    if (rc != OK)
        return rc;
    uint64_t sz = level_size(level);
    *pa = (*e & PTE_ADDR & ~(sz - 1)) + (va & (sz - 1));
    *page_size = sz;
    *flags = (*e & PTE_WRITE ? VM_WRITE : 0) | (*e & PTE_USER ? VM_USER : 0) |
             (*e & PTE_NX ? 0 : VM_EXEC) | (*e & PTE_PCD ? VM_NOCACHE : 0);
    return OK;
}

err_t vm_space_create(vm_space_t *space)
{
    space->pml4 = table_alloc();
    return space->pml4 != NULL ? OK : ERR_NO_MEMORY;
}

/* A copy of the table `src` (pointed to by an entry at `level`, 4 for the
   PML4) and of every table below it; the pages they map are shared. */
static uint64_t *table_clone(const uint64_t *src, int level)
{
    uint64_t *t = table_alloc();
    for (int i = 0; t != NULL && i < 512; i++) {
        uint64_t e = src[i];
        if (level > 1 && (e & PTE_PRESENT) && !(e & PTE_LARGE)) {
            uint64_t *child = table_clone((const uint64_t *)(uintptr_t)(e & PTE_ADDR), level - 1);
            if (child == NULL) {
                table_free(t, level);
                return NULL;
            }
            e = (uint64_t)(uintptr_t)child | (e & ~PTE_ADDR);
        }
        t[i] = e;
    }
    return t;
}

err_t vm_space_clone(vm_space_t *space, const vm_space_t *from)
{
    space->pml4 = table_clone(from->pml4, 4);
    return space->pml4 != NULL ? OK : ERR_NO_MEMORY;
}

void vm_space_free(vm_space_t *space)
{
    table_free(space->pml4, 4);
    space->pml4 = NULL;
}

void vm_activate(const vm_space_t *space)
{
    write_cr3((uint64_t)(uintptr_t)space->pml4);
}
