/*
 * attack-victim — holds data the attacks would like to damage and keeps
 * working while they run. Its initial endpoint 0 is the exporting end of
 * a PingPong channel to the runner. For every Ping(n) it checks all its
 * data, allocates and checks a fresh object (the allocator still works),
 * and answers Pong(n + 1) if everything is intact, Pong(0) if not. When the
 * runner closes the channel it checks once more, prints the result and
 * exits 0 (intact) or 1 (damaged).
 *
 * Its data: a constant table (the first 32 primes), a writable static
 * table filled at start, a linked list of 256 heap nodes and a counted_by
 * heap vector of 1024 words. The checksum is FNV-1a (64 bit) over all of
 * them, in that order; the boot test knows its value.
 */
#include <insula/stdlib.h>

#include "pingpong.h"

SIP_MANIFEST("attack-victim", .stack_bytes = 16 * 1024, .heap_bytes = 256 * 1024,
             .exports = { "PingPong" });

#define LIST_NODES 256
#define VECTOR_WORDS 1024
#define FNV_OFFSET 0xcbf29ce484222325u
#define FNV_PRIME 0x100000001b3u

typedef struct node {
    struct node *next;
    uint64_t value;
} node_t;

typedef struct {
    const uint32_t count;
    uint32_t words[] __attribute__((counted_by(count)));
} vector_t;

typedef struct {
    uint64_t cells[8];
} scratch_t;

static const uint32_t primes[32] = {
    2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53,
    59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131,
};
static uint64_t squares[128];
static node_t *list;
static vector_t *vector;
static uint64_t expected;
static PingPong_Ping_t ping;

static uint64_t fnv_word(uint64_t h, uint64_t word)
{
    for (int i = 0; i < 8; i++) {
        h ^= (word >> (8 * i)) & 0xff;
        h *= FNV_PRIME;
    }
    return h;
}

static uint64_t checksum(void)
{
    uint64_t h = FNV_OFFSET;
    for (size_t i = 0; i < 32; i++)
        h = fnv_word(h, primes[i]);
    for (size_t i = 0; i < 128; i++)
        h = fnv_word(h, squares[i]);
    for (node_t *n = list; n != NULL; n = n->next)
        h = fnv_word(h, n->value);
    for (uint32_t i = 0; i < vector->count; i++)
        h = fnv_word(h, vector->words[i]);
    return h;
}

static bool build(void)
{
    for (uint64_t i = 0; i < 128; i++)
        squares[i] = i * i + 7;
    for (uint64_t i = 0; i < LIST_NODES; i++) {
        node_t *n = new(node_t);
        if (n == NULL)
            return false;
        n->value = (i * 2654435761u) & 0xffffffffu;
        n->next = list;
        list = n;
    }
    vector = new_flex(vector_t, count, words, VECTOR_WORDS);
    if (vector == NULL)
        return false;
    for (uint32_t i = 0; i < vector->count; i++)
        vector->words[i] = i ^ 0xa5a5a5a5u;
    expected = checksum();
    return true;
}

/* The data is unchanged and the allocator still hands out zeroed objects. */
static bool intact(void)
{
    scratch_t *s = new(scratch_t);
    if (s == NULL)
        return false;
    for (size_t i = 0; i < 8; i++)
        if (s->cells[i] != 0)
            return false;
    return checksum() == expected;
}

int main(const char *args)
{
    (void)args;
    PingPong_exp_t runner = { sip_endpoint(0) };
    if (runner.h == 0 || !build())
        return 2;
    print("attack-victim: holding data with checksum %#llx\n", (unsigned long long)expected);
    uint64_t checks = 0;
    bool ok = true;
    while (PingPong_exp_recv_Ping(runner, &ping) == OK) {
        ok = ok && intact();
        checks++;
        if (PingPong_exp_send_Pong(runner, ok ? ping.data + 1 : 0) != OK)
            break;
    }
    ok = ok && intact();
    print("attack-victim: %s after %llu checks, checksum %#llx\n",
          ok ? "data intact" : "data DAMAGED", (unsigned long long)checks,
          (unsigned long long)checksum());
    return ok ? 0 : 1;
}
