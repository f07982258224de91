/*
 * safe-bsearch — binary search in a constant sorted table (the primes
 * below 200). Prints the index of each key, or -1:
 *   safe-bsearch: <key>=<index> ...
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-bsearch", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

static const int primes[46] = {
    2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83,
    89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179,
    181, 191, 193, 197, 199,
};

static int find(int key)
{
    int lo = 0, hi = 46;    /* the answer is in [lo, hi) */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (primes[mid] == key)
            return mid;
        if (primes[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

int main(const char *args)
{
    (void)args;
    static const int keys[8] = { 2, 199, 97, 100, 1, 200, 131, 61 };
    buf_t *line = buf_new(128);
    if (line == NULL)
        return 2;
    for (int i = 0; i < 8; i++)
        buf_format(line, " %d=%d", keys[i], find(keys[i]));
    if (buf_append_byte(line, 0) != OK)
        return 3;
    str_t v = buf_view(line); /* %.*s stops at the NUL appended above */
    print("safe-bsearch:%.*s\n", (int)v.len, v.bytes);
    return 0;
}
