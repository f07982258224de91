/*
 * Safe idiom: searching a constant global table through a pointer to the
 * whole array (long (*)[8]), so the element access keeps the array type
 * and its bounds check; a string is built with the stdlib.
 */
#include <sip/stdlib.h>

static const long primes[8] = { 2, 3, 5, 7, 11, 13, 17, 19 };

static long find(const long (*table)[8], long key)
{
    size_t lo = 0, hi = 8;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((*table)[mid] == key)
            return (long)mid;
        if ((*table)[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

int sip_main(void)
{
    str_t *msg = str_concat(S("index of 13: "), str_from_int(find(&primes, 13)));
    console_print(msg);
    return str_equal(msg, msg) ? 0 : 1;
}
