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

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    void *start = dst;
    __asm__ volatile("rep movsb" : "+D"(dst), "+S"(src), "+c"(n) : : "memory");
    return start;
}

void *memset(void *dst, int c, size_t n)
{
    void *start = dst;
    __asm__ volatile("rep stosb" : "+D"(dst), "+c"(n) : "a"(c) : "memory");
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
