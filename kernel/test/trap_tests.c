/*
 * trap_tests.c — exceptions reach the trap handler with the right vector,
 * error code and fault address, on every platform. Each probe executes one
 * instruction of known length with the trap probe armed; the handler
 * records what it saw and resumes after the instruction.
 */
#include "ktest.h"
#include "platform.h"
#include "trap.h"

#define UD2_LENGTH 2           /* 0f 0b */
#define WRITE_BYTE_LENGTH 3    /* c6 07 01: movb $1, (%rdi) */
#define READ_BYTE_LENGTH 2     /* 8a 07:    movb (%rdi), %al */

static void exec_ud2(void)
{
    __asm__ volatile("ud2" ::: "memory");
}

static void exec_write_byte(uintptr_t addr)
{
    __asm__ volatile("movb $1, (%%rdi)" : : "D"(addr) : "memory");
}

static void exec_read_byte(uintptr_t addr)
{
    __asm__ volatile("movb (%%rdi), %%al" : : "D"(addr) : "rax", "memory");
}

typedef struct {
    uint64_t vector, error, addr;
} seen_t;

static const char *expect(bool fired, const seen_t *s, uint64_t vector, uint64_t error,
                          uint64_t addr)
{
    if (!fired)
        return ktest_fail("no trap reached the handler (expected vector %lu)",
                          (unsigned long)vector);
    if (s->vector != vector || s->error != error || s->addr != addr)
        return ktest_fail("saw vector %lu error %#lx addr %#lx; expected %lu %#lx %#lx",
                          (unsigned long)s->vector, (unsigned long)s->error,
                          (unsigned long)s->addr, (unsigned long)vector,
                          (unsigned long)error, (unsigned long)addr);
    return NULL;
}

static const char *test_trap_ud(void)
{
    seen_t s;
    trap_probe_arm(VEC_INVALID_OPCODE, UD2_LENGTH);
    exec_ud2();
    bool fired = trap_probe_fired(&s.vector, &s.error, &s.addr);
    return expect(fired, &s, VEC_INVALID_OPCODE, 0, 0);
}

static const char *test_trap_pf_not_present(void)
{
    seen_t s;
    uintptr_t page = platform_test_unmapped_page();
    trap_probe_arm(VEC_PAGE_FAULT, WRITE_BYTE_LENGTH);
    exec_write_byte(page + 8);
    bool fired = trap_probe_fired(&s.vector, &s.error, &s.addr);
    return expect(fired, &s, VEC_PAGE_FAULT, PF_WRITE, page + 8);
}

static const char *test_trap_pf_read_only(void)
{
    seen_t s;
    uintptr_t page = platform_test_readonly_page();
    trap_probe_arm(VEC_PAGE_FAULT, READ_BYTE_LENGTH);
    exec_read_byte(page);    /* reading is allowed: no trap */
    if (trap_probe_fired(&s.vector, &s.error, &s.addr))
        return ktest_fail("reading a read-only page trapped (error %#lx)", (unsigned long)s.error);
    trap_probe_arm(VEC_PAGE_FAULT, WRITE_BYTE_LENGTH);
    exec_write_byte(page + 16);
    bool fired = trap_probe_fired(&s.vector, &s.error, &s.addr);
    return expect(fired, &s, VEC_PAGE_FAULT, PF_PRESENT | PF_WRITE, page + 16);
}

const ktest_t trap_tests[] = {
    { "trap_ud", test_trap_ud },
    { "trap_pf_not_present", test_trap_pf_not_present },
    { "trap_pf_read_only", test_trap_pf_read_only },
};
const size_t trap_test_count = sizeof(trap_tests) / sizeof(trap_tests[0]);

/* Scenarios: a deliberate, unexpected fault must print a full report. */
void scenario_fault_ud(void)
{
    exec_ud2();
}

void scenario_fault_pf(void)
{
    exec_write_byte(platform_test_unmapped_page() + 0xbad);
}
