/*
 * vm.h — x86-64 four-level page tables.
 *
 * One vm_space_t per address space (phys mode has one: the kernel's).
 * vm_map() uses the largest page size that the alignment, the length, the
 * CPU (1 GiB pages need CPUID pdpe1gb) and the flags allow; mapping a
 * smaller page inside a large one splits it first, mapping a large page over
 * a table frees that table. Page-table frames come from frame.c.
 */
#ifndef INSULA_PC_VM_H
#define INSULA_PC_VM_H

#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "frame.h"
#include "platform.h"

enum {
    VM_READ = 0,              /* every mapping is readable */
    VM_WRITE = 1u << 0,
    VM_EXEC = 1u << 1,        /* without it the page is NX (when NX exists) */
    VM_USER = 1u << 2,
    VM_NOCACHE = 1u << 3,     /* device memory */
    VM_SMALL = 1u << 4,       /* force 4 KiB pages */
};

#define PAGE_2M (2ull << 20)
#define PAGE_1G (1ull << 30)

typedef struct {
    uint64_t *pml4;
} vm_space_t;

/* Errors: ERR_NO_MEMORY (no frame for a table). */
err_t vm_space_create(vm_space_t *space);

/*
 * Maps [va, va+size) to [pa, pa+size). va, pa and size must be 4 KiB
 * aligned and va canonical. Errors: ERR_ALIGN, ERR_RANGE, ERR_NO_MEMORY.
 */
err_t vm_map(vm_space_t *space, uintptr_t va, paddr_t pa, size_t size, unsigned flags);

/* Removes mappings in [va, va+size), splitting large pages at the edges. */
err_t vm_unmap(vm_space_t *space, uintptr_t va, size_t size);

/*
 * Undoes splits around va: when the 4 KiB table holding va maps 2 MiB of
 * contiguous memory with the same rights, one 2 MiB page replaces it (and
 * then likewise 512 uniform 2 MiB pages by a 1 GiB one, where the CPU has
 * them). The freed tables return to the frame allocator.
 */
void vm_coalesce(vm_space_t *space, uintptr_t va);

/* Sets or clears the user bit of the pages mapped in [va, va+size). */
void vm_set_user(vm_space_t *space, uintptr_t va, size_t size, bool user);

/* ring3.c: maps the syscall stubs and their table for ring 3 in `space`. */
err_t ring3_space_prepare(vm_space_t *space);

/* Errors: ERR_NOT_FOUND (not mapped). */
err_t vm_translate(const vm_space_t *space, uintptr_t va, paddr_t *pa, unsigned *flags,
                   uint64_t *page_size);

/* A copy of `from`'s page tables (not of the pages they map): the same
   mappings, changed from now on independently. Errors: ERR_NO_MEMORY. */
err_t vm_space_clone(vm_space_t *space, const vm_space_t *from);

/* Frees the space's page tables (not the pages they map). Not the loaded one. */
void vm_space_free(vm_space_t *space);

/* Activates the space (loads CR3). */
void vm_activate(const vm_space_t *space);

bool vm_has_1g_pages(void);
bool vm_has_nx(void);

/* The kernel's identity map (built by platform_memory_init). */
vm_space_t *vm_kernel_space(void);

/* ---- every address space at once (space.c, docs/modes.md) ---- */

/* After the kernel's map is loaded: PCID (and ring 3 where the mode wants it). */
void space_init(vm_space_t *kernel_space);

/* vm_map / vm_unmap in every space; new rights only where a space maps the
   page. Errors: as vm_map, vm_unmap. */
err_t space_map_all(uintptr_t va, paddr_t pa, size_t size, unsigned flags);
err_t space_unmap_all(uintptr_t va, size_t size);
err_t space_protect_mapped(uintptr_t va, size_t size, unsigned flags);

/* The page tables of `space` (NULL: the kernel's), for self-tests. */
vm_space_t *space_tables(platform_space_t *space);

#endif
