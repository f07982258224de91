/*
 * traps.c — CPU exceptions on the hosted platform arrive as signals.
 *
 * The handler rebuilds the trap_frame_t the pc stubs would have pushed,
 * from the signal's ucontext: Linux reports the hardware vector (trapno)
 * and error code (err) of the fault. The core then decides (trap.c); if it
 * resumes, the possibly changed RIP goes back into the ucontext.
 * Hosted code really runs in ring 3 but stands for ring-0 code, so the
 * page-fault error code's user bit is cleared.
 */
#include "hosted.h"

#include "platform.h"
#include "trap.h"

#include <link.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define ALT_STACK_SIZE (64 * 1024)
#define MAX_CODE_RANGES 64

/* The process's executable segments (kernel, C library, vDSO), read once at
 * start: SIP images are mapped later by the loader, never by the dynamic
 * linker, so none of them is here. */
static struct { uint64_t start, end; } code_ranges[MAX_CODE_RANGES];
static size_t code_range_count;

static int note_code(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    for (size_t i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_X))
            continue;
        if (code_range_count == MAX_CODE_RANGES)
            abort();    /* cannot tell kernel code from a SIP's: refuse to run */
        uint64_t start = info->dlpi_addr + ph->p_vaddr;
        code_ranges[code_range_count].start = start;
        code_ranges[code_range_count].end = start + ph->p_memsz;
        code_range_count++;
    }
    return 0;
}

bool platform_is_kernel_code(uint64_t rip)
{
    for (size_t i = 0; i < code_range_count; i++) {
        if (rip >= code_ranges[i].start && rip < code_ranges[i].end)
            return true;
    }
    return false;
}

static void frame_from_context(trap_frame_t *f, const mcontext_t *mc, int sig)
{
    const greg_t *g = mc->gregs;
    *f = (trap_frame_t){
        .r15 = (uint64_t)g[REG_R15], .r14 = (uint64_t)g[REG_R14], .r13 = (uint64_t)g[REG_R13],
        .r12 = (uint64_t)g[REG_R12], .r11 = (uint64_t)g[REG_R11], .r10 = (uint64_t)g[REG_R10],
        .r9 = (uint64_t)g[REG_R9], .r8 = (uint64_t)g[REG_R8], .rbp = (uint64_t)g[REG_RBP],
        .rdi = (uint64_t)g[REG_RDI], .rsi = (uint64_t)g[REG_RSI], .rdx = (uint64_t)g[REG_RDX],
        .rcx = (uint64_t)g[REG_RCX], .rbx = (uint64_t)g[REG_RBX], .rax = (uint64_t)g[REG_RAX],
        .vector = (uint64_t)g[REG_TRAPNO], .error_code = (uint64_t)g[REG_ERR],
        .rip = (uint64_t)g[REG_RIP], .cs = (uint64_t)g[REG_CSGSFS] & 0xFFFF,
        .rflags = (uint64_t)g[REG_EFL], .rsp = (uint64_t)g[REG_RSP],
    };
    if (sig == SIGILL)
        f->vector = VEC_INVALID_OPCODE;
    if (f->vector == VEC_PAGE_FAULT)
        f->error_code &= ~(uint64_t)PF_USER;
    if (f->vector != VEC_PAGE_FAULT && f->vector != VEC_GP && f->vector != VEC_DOUBLE_FAULT)
        f->error_code = 0;
}

static void on_fault(int sig, siginfo_t *info, void *context)
{
    ucontext_t *uc = context;
    trap_frame_t frame;
    frame_from_context(&frame, &uc->uc_mcontext, sig);
    uint64_t addr = frame.vector == VEC_PAGE_FAULT ? (uint64_t)(uintptr_t)info->si_addr : 0;
    if (sig == SIGSEGV && info->si_code == SI_KERNEL && frame.rsp != 0) {
        /* Linux could not push a signal frame (the timer's) below RSP: the
           stack ran out there, as a page fault just below RSP would say. */
        frame.vector = VEC_PAGE_FAULT;
        frame.error_code = PF_WRITE;
        addr = frame.rsp - 1;
    }
    trap_exception(&frame, addr);
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)frame.rip;
}

void hosted_traps_init(void)
{
    dl_iterate_phdr(note_code, NULL);
    stack_t ss = { .ss_sp = malloc(ALT_STACK_SIZE), .ss_size = ALT_STACK_SIZE };
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    const int signals[] = { SIGILL, SIGSEGV, SIGBUS, SIGFPE };
    for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
        sigaction(signals[i], &sa, NULL);
}

uintptr_t platform_test_unmapped_page(void)
{
    static void *page;
    if (page == NULL)
        page = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return (uintptr_t)page;
}

uintptr_t platform_test_readonly_page(void)
{
    static void *page;
    if (page == NULL)
        page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return (uintptr_t)page;
}
