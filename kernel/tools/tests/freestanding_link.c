/*
 * freestanding_link.c — proves the SIP image code links into a freestanding
 * program that has nothing but memcpy/memset (the kernel provides both):
 * the build fails on any other undefined symbol. Never run.
 */
#include "sip_image.h"

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
void freestanding_start(void);

void *memcpy(void *dst, const void *src, size_t n)
{
    volatile uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    volatile uint8_t *d = dst;
    while (n--)
        *d++ = (uint8_t)c;
    return dst;
}

static uint8_t image[8192] __attribute__((aligned(4096)));
static uint8_t memory[8192] __attribute__((aligned(4096)));

void freestanding_start(void)
{
    sip_image_t img;
    sip_image_problem_t why;
    char line[128];
    if (sip_image_parse(image, sizeof(image), &img, &why) == OK)
        sip_image_load(&img, image, memory, sizeof(memory));
    else
        sip_image_describe(&why, line, sizeof(line));
    for (;;)
        __asm__ volatile("hlt");
}
