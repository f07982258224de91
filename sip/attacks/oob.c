/*
 * attack-oob — out-of-bounds reads and writes on the SIP's own arrays with
 * indices known only at run time. Every access passes the verifier: each
 * array has a length the compiler knows (SIP-PTR-INDEX allows exactly
 * those), so -fsanitize=bounds checks each index, and a bad one traps.
 *
 * Modes (args) and what must happen, each in the kernel's kill reason
 * "check failed: out-of-bounds access at image+0x...":
 *   global-write   table[16] written at index 16 (off by one)
 *   global-read    table[16] read at index 1000, e.g. to leak a neighbour
 *   local-write    a loop `i <= 8` over a local int[8] (the classic slip)
 *   local-read     a local array read at an index from a counter gone wrong
 *   heap-write     a heap object's member array written one past its end
 *   heap-array     a whole array allocated by new(), (*pa)[n] past its end
 *   negative       a signed index -1 (would reach the object before it)
 *   fn-table       a function-pointer table indexed past its end, to call
 *                  whatever lies after it (the index traps before the call)
 *   array-param    a 16-byte block passed the way the subset allows (a
 *                  parameter declared `uint8_t p[16]` is refused,
 *                  SIP-PTR-ARRAY-PARAM): as a pointer to the whole array,
 *                  `uint8_t (*block)[16]`, written at (*block)[16]
 *   wrap-index     an index whose scaled offset wraps the address space
 *                  (table[2^62 + 1]: 4 * i is 4 modulo 2^64, so the
 *                  element address lands one element past the start, in
 *                  bounds): the bounds check compares the index itself
 *                  with 16, not the address, so it traps; the
 *                  pointer-overflow check, which no longer exists
 *                  (verifier/SUBSET.md, "Checks left out"), is not needed
 * If the check were missing the attack would write into memory that is not
 * its object (another SIP's, in phys mode) and exit with ATTACK_SURVIVED.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-oob", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

typedef int row_t[8];

typedef struct {
    uint32_t tag;
    uint32_t cells[4];
    uint32_t after;
} record_t;

typedef int (*operation_t)(int);

/* Read through a volatile so that no index is a compile-time constant. */
static volatile int64_t opaque_zero;

static size_t at_run_time(size_t n)
{
    return n + (size_t)opaque_zero;
}

static int table[16];
static int neighbour[16] = { 0x5ec2e7 };

static uint8_t block[16];
static uint8_t after_block[16];

static void fill(uint8_t (*b)[16], size_t count, uint8_t value)
{
    for (size_t i = 0; i < count; i++)
        (*b)[i] = value;
}

static int twice(int x) { return 2 * x; }
static int negate(int x) { return -x; }
static const operation_t operations[2] = { twice, negate };

static int global_write(void)
{
    table[at_run_time(16)] = 0x41414141;
    return ATTACK_SURVIVED;
}

static int global_read(void)
{
    int leaked = table[at_run_time(1000)];
    print("attack-oob: read %d past table\n", leaked + neighbour[0]);
    return ATTACK_SURVIVED;
}

static int local_write(void)
{
    int local[8] = { 0 };
    int sum = 0;
    size_t limit = at_run_time(8);
    for (size_t i = 0; i <= limit; i++)
        local[i] = (int)i;
    for (size_t i = 0; i < 8; i++)
        sum += local[i];
    return sum > 0 ? ATTACK_SURVIVED : ATTACK_SURVIVED + 1;
}

static int local_read(void)
{
    int local[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    size_t count = at_run_time(12);
    int sum = 0;
    for (size_t i = 0; i < count; i++)
        sum += local[i];
    print("attack-oob: read %d\n", sum);
    return ATTACK_SURVIVED;
}

static int heap_write(void)
{
    record_t *r = new(record_t);
    if (r == NULL)
        return 2;
    r->cells[at_run_time(4)] = 0x41414141;
    return r->after == 0 ? ATTACK_SURVIVED : ATTACK_SURVIVED + 1;
}

static int heap_array(void)
{
    row_t *pa = new(row_t);
    if (pa == NULL)
        return 2;
    (*pa)[at_run_time(8)] = 0x41414141;
    return ATTACK_SURVIVED;
}

static int negative(void)
{
    int64_t i = -1 + opaque_zero;
    table[i] = 0x41414141;
    return ATTACK_SURVIVED;
}

static int fn_table(void)
{
    return operations[at_run_time(2)](21) == 0 ? ATTACK_SURVIVED : ATTACK_SURVIVED + 1;
}

static int array_param(void)
{
    fill(&block, at_run_time(17), 0x41);
    return after_block[0] == 0 ? ATTACK_SURVIVED : ATTACK_SURVIVED + 1;
}

static int wrap_index(void)
{
    size_t wrapping = at_run_time(((size_t)1 << 62) + 1);
    table[wrapping] = 0x41414141;
    return table[1] == 0x41414141 ? ATTACK_SURVIVED : ATTACK_SURVIVED + 1;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("global-write")))
        return global_write();
    if (str_equal(mode, STR("global-read")))
        return global_read();
    if (str_equal(mode, STR("local-write")))
        return local_write();
    if (str_equal(mode, STR("local-read")))
        return local_read();
    if (str_equal(mode, STR("heap-write")))
        return heap_write();
    if (str_equal(mode, STR("heap-array")))
        return heap_array();
    if (str_equal(mode, STR("negative")))
        return negative();
    if (str_equal(mode, STR("fn-table")))
        return fn_table();
    if (str_equal(mode, STR("array-param")))
        return array_param();
    if (str_equal(mode, STR("wrap-index")))
        return wrap_index();
    print("attack-oob: unknown mode '%s'\n", args);
    return 1;
}
