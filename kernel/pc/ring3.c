/*
 * ring3.c — what SIPs in ring 3 need from the pc platform (ring3 and micro
 * modes; docs/modes.md): the syscall MSRs, the ABI table of syscall stubs
 * they are handed instead of kernel_abi, their kernel stacks, and starting
 * them in ring 3 (ring3.S).
 *
 * The stub page and the table page are kernel frames, filled once at boot;
 * every ring-3 space maps them user-readable (the stubs also executable),
 * every other space as plain kernel memory.
 */
#include "platform.h"

#include "cpu.h"
#include "frame.h"
#include "panic.h"
#include "pc.h"
#include "sip.h"
#include "vm.h"

#include <stddef.h>

#define MSR_STAR 0xC0000081u
#define MSR_LSTAR 0xC0000082u
#define MSR_FMASK 0xC0000084u
#define EFER_SCE (1u << 0)
#define CR4_SMEP (1ull << 20)
#define CPUID7_EBX_SMEP (1u << 7)
#define RFLAGS_TF (1u << 8)
#define RFLAGS_DF (1u << 10)
#define STUB_BYTES 16
#define ENTRY_SLOTS ((sizeof(insula_abi_t) - offsetof(insula_abi_t, exit)) / sizeof(void *))

_Static_assert(offsetof(insula_abi_t, exit) == 8, "ring3.S: ABI_FIRST_ENTRY");
_Static_assert(ENTRY_SLOTS * STUB_BYTES + STUB_BYTES <= PAGE_SIZE, "the stubs fit one page");

void syscall_entry(void);
__attribute__((noreturn)) void ring3_enter(uint64_t rip, uint64_t rsp, uint64_t arg0,
                                           uint64_t arg1);

uint64_t ring3_kernel_rsp, ring3_scratch_rsp;    /* ring3.S */
static uint8_t *stub_page;
static insula_abi_t *table_page;

/* mov %rcx,%r10; mov $index,%eax; syscall; ret */
static void stub_write(uint8_t *p, uint32_t index, bool returns)
{
    static const uint8_t head[] = { 0x49, 0x89, 0xCA, 0xB8 };
    for (size_t i = 0; i < sizeof(head); i++)
        p[i] = head[i];
    for (int i = 0; i < 4; i++)
        p[4 + i] = (uint8_t)(index >> (8 * i));
    p[8] = 0x0F, p[9] = 0x05;    /* syscall */
    p[10] = returns ? 0xC3 : 0x0F, p[11] = 0x0B;    /* ret, or ud2 */
}

static uint32_t index_of(const void *slot)
{
    return (uint32_t)(((const uint8_t *)slot - (const uint8_t *)&kernel_abi.exit) / sizeof(void *));
}

/* The table: kernel_abi's layout, every entry a stub; the last stub (not in
   the table) is where a ring-3 thread's first function returns to. */
static void table_build(void)
{
    void **entries = (void **)&table_page->exit;
    *table_page = (insula_abi_t){ .version = kernel_abi.version,
                                  .entry_count = kernel_abi.entry_count };
    for (uint32_t i = 0; i < ENTRY_SLOTS; i++) {
        stub_write(stub_page + i * STUB_BYTES, i, true);
        entries[i] = stub_page + i * STUB_BYTES;
    }
    stub_write(stub_page + ENTRY_SLOTS * STUB_BYTES, index_of(&kernel_abi.thread_exit), false);
}

void ring3_init(void)
{
    paddr_t stubs, table;
    if (frame_alloc(&stubs) != OK || frame_alloc(&table) != OK)
        panic("ring3: no frame for the syscall stubs");
    stub_page = (uint8_t *)(uintptr_t)stubs;
    table_page = (insula_abi_t *)(uintptr_t)table;
    __builtin_memset(stub_page, 0xCC, PAGE_SIZE);    /* int3 between stubs */
    table_build();
    wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_SCE);
    /* syscall: CS 0x08, SS 0x10; sysret: CS 0x18+16 = 0x28|3, SS 0x18+8 = 0x20|3 (gdt.c) */
    wrmsr(MSR_STAR, (0x18ull << 48) | (0x08ull << 32));
    wrmsr(MSR_LSTAR, (uint64_t)(uintptr_t)syscall_entry);
    wrmsr(MSR_FMASK, RFLAGS_IF | RFLAGS_TF | RFLAGS_DF);
    if (cpuid(7, 0).ebx & CPUID7_EBX_SMEP)
        write_cr4(read_cr4() | CR4_SMEP);    /* the kernel never runs SIP code */
}

err_t ring3_space_prepare(vm_space_t *space)
{
    err_t rc = vm_map(space, (uintptr_t)stub_page, (uintptr_t)stub_page, PAGE_SIZE,
                      VM_USER | VM_EXEC | VM_SMALL);
    if (rc == OK)
        rc = vm_map(space, (uintptr_t)table_page, (uintptr_t)table_page, PAGE_SIZE,
                    VM_USER | VM_SMALL);
    return rc;
}

const insula_abi_t *platform_ring3_abi(void)
{
    return table_page;
}

void ring3_kernel_stack_set(uint64_t top)
{
    ring3_kernel_rsp = top;
    tss_set_kernel_stack(top);
}

const trap_frame_t *platform_ring3_frame(uint64_t kernel_stack_top)
{
    return (const trap_frame_t *)(uintptr_t)(kernel_stack_top - sizeof(trap_frame_t));
}

void platform_ring3_start(uint64_t rip, uint64_t stack_top, uint64_t arg0, uint64_t arg1)
{
    uint64_t rsp = (stack_top & ~15ull) - 8;    /* as after a call */
    *(uint64_t *)(uintptr_t)rsp = (uint64_t)(uintptr_t)(stub_page + ENTRY_SLOTS * STUB_BYTES);
    ring3_enter(rip, rsp, arg0, arg1);
}

void ring3_syscall_exit_check(void)
{
    thread_t *t = thread_current();
    trap_frame_t *frame = (trap_frame_t *)(uintptr_t)(t->kernel_stack_top - sizeof(trap_frame_t));
    sip_interrupt_return(frame);    /* kills the SIP if its kernel stack ran into the guard */
}
