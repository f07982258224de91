/*
 * fpu_string.c — enable SSE for SIP code, and the memory functions the
 * compiler may call in a freestanding build (struct copies, zeroing).
 *
 * FPU/SSE policy: the kernel itself is built -mgeneral-regs-only and never
 * touches FPU/SSE state; the state a thread needs is saved on context
 * switches by the thread code (see docs/threads.md once it lands).
 */
#include "pc.h"

#include "cpu.h"

#define CR0_MP (1u << 1)
#define CR0_EM (1u << 2)
#define CR0_NE (1u << 5)
#define CR4_OSFXSR (1u << 9)
#define CR4_OSXMMEXCPT (1u << 10)

void fpu_init(void)
{
    write_cr0((read_cr0() & ~(uint64_t)CR0_EM) | CR0_MP | CR0_NE);
    write_cr4(read_cr4() | CR4_OSFXSR | CR4_OSXMMEXCPT);
    __asm__ volatile("fninit");
}

/* Both move 8 bytes per step where they can (a page is 512 steps, not
   4,096: under TCG every step of a rep is an instruction), then bytes. */
void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    void *start = dst;
    size_t words = n / 8, rest = n % 8;
    __asm__ volatile("rep movsq" : "+D"(dst), "+S"(src), "+c"(words) : : "memory");
    __asm__ volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(rest) : : "memory");
    return start;
}

void *memset(void *dst, int c, size_t n)
{
    void *start = dst;
    size_t words = n / 8, rest = n % 8;
    uint64_t pattern = (uint8_t)c * 0x0101010101010101ull;
    __asm__ volatile("rep stosq" : "+D"(dst), "+c"(words) : "a"(pattern) : "memory");
    __asm__ volatile("rep stosb" : "+D"(dst), "+c"(rest) : "a"(pattern) : "memory");
    return start;
}

void *memmove(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    if (d <= s || d >= s + n) {
        for (size_t i = 0; i < n; i++)
            d[i] = s[i];
    } else {
        for (size_t i = n; i-- > 0;)
            d[i] = s[i];
    }
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *x = a, *y = b;
    for (size_t i = 0; i < n; i++) {
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    }
    return 0;
}
