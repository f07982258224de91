/*
 * safe-primes — the sieve of Eratosthenes up to 10000 in a bit array of
 * fixed size, then a few facts about the primes. Prints:
 *   safe-primes: below 10000: count=<n> sum=<s> largest=<p> twin-pairs=<t>
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-primes", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define LIMIT 10000

static uint64_t composite[LIMIT / 64 + 1];

static bool is_composite(uint32_t n)
{
    return (composite[n / 64] >> (n % 64)) & 1;
}

static void mark(uint32_t n)
{
    composite[n / 64] |= 1ull << (n % 64);
}

int main(const char *args)
{
    (void)args;
    mark(0);
    mark(1);
    for (uint32_t i = 2; i * i < LIMIT; i++)
        if (!is_composite(i))
            for (uint32_t j = i * i; j < LIMIT; j += i)
                mark(j);
    uint32_t count = 0, largest = 0, twins = 0;
    uint64_t sum = 0;
    for (uint32_t n = 2; n < LIMIT; n++) {
        if (is_composite(n))
            continue;
        count++;
        sum += n;
        largest = n;
        twins += n >= 5 && !is_composite(n - 2);
    }
    print("safe-primes: below %d: count=%u sum=%llu largest=%u twin-pairs=%u\n", LIMIT, count,
          (unsigned long long)sum, largest, twins);
    return 0;
}
