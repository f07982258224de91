/*
 * Helper of untrusted_header.c: a header that sits next to a SIP is SIP
 * code, checked like the .c file that includes it. The asm below must be
 * reported here, in this file.
 */
#ifndef EVIL_INLINE_H
#define EVIL_INLINE_H

static inline int read_cr3_low(void)
{
    unsigned long cr3 = 0;
    __asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
    return (int)cr3;
}

#endif
