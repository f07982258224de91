/*
 * str_cstr.c — str_to_cstr (insula/str.h): a view copied into a new,
 * NUL-terminated heap string. Apart from str.c, which is proved and does
 * not allocate.
 */
#include "insula/heap.h"
#include "insula/str.h"

#include <stdint.h>

SIP_CSTR const char *str_to_cstr(str_t s)
{
    size_t n = str_len(s);
    if (n == SIZE_MAX)
        return NULL;
    char *c = new_array(char, n + 1);
    if (c == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++)
        c[i] = (char)str_at(s, i);
    c[n] = '\0';
    return c;
}
