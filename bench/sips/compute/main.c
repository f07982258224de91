/*
 * bench-compute — the safe-code tax: the same compute kernels, built twice
 * from this one file (sip/meson.build): bench-compute.sip with the SIP
 * runtime checks (array bounds, null, shift, division, signed overflow,
 * bool, builtin) and bench-compute-nochecks.sip without them. Both are verified
 * code. Each kernel prints
 *   bench: name=compute_<kernel>/<variant> unit=cycles ...
 *   compute: <kernel>/<variant> result=<hex>
 * and the harness checks that both variants computed the same results.
 *
 *   sort    insertion sort of 512 pseudo-random 32-bit numbers
 *   sieve   the primes below 16384 (Eratosthenes)
 *   matmul  a 24×24 integer matrix product
 *   crc32   table-driven CRC-32 of 4 KiB
 *   vm      a stack-machine interpreter summing 1..2000 (bytecode loop)
 *
 * Every kernel indexes arrays of constant size with run-time indices: the
 * pattern the bounds checks guard. Argument "quick": few samples.
 */
#include "bench_sip.h"

SIP_MANIFEST("bench-compute", .stack_bytes = 16 * 1024, .heap_bytes = 256 * 1024);

#ifdef BENCH_COMPUTE_NOCHECKS
#define VARIANT "nochecks"
#else
#define VARIANT "checks"
#endif

#define SORT_N 512
#define SIEVE_N 16384
#define MAT_N 24
#define CRC_BYTES 4096
#define VM_CODE 16

static uint32_t sort_data[SORT_N];
static bool composite[SIEVE_N];
static int32_t mat_a[MAT_N][MAT_N];
static int32_t mat_b[MAT_N][MAT_N];
static int32_t mat_c[MAT_N][MAT_N];
static uint32_t crc_table[256];
static uint8_t crc_input[CRC_BYTES];

/* The xorshift32 generator: the same inputs in both variants. */
static uint32_t next_random(uint32_t x)
{
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
}

static uint64_t run_sort(void)
{
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < SORT_N; i++) {
        x = next_random(x);
        sort_data[i] = x;
    }
    for (size_t i = 1; i < SORT_N; i++) {
        uint32_t key = sort_data[i];
        size_t j = i;
        for (; j > 0 && sort_data[j - 1] > key; j--)
            sort_data[j] = sort_data[j - 1];
        sort_data[j] = key;
    }
    return (uint64_t)sort_data[0] ^ ((uint64_t)sort_data[SORT_N / 2] << 32);
}

static uint64_t run_sieve(void)
{
    uint64_t primes = 0;
    for (size_t i = 0; i < SIEVE_N; i++)
        composite[i] = false;
    for (size_t i = 2; i < SIEVE_N; i++) {
        if (composite[i])
            continue;
        primes++;
        for (size_t j = i * i; j < SIEVE_N; j += i)
            composite[j] = true;
    }
    return primes;
}

static uint64_t run_matmul(void)
{
    for (int32_t i = 0; i < MAT_N; i++) {
        for (int32_t j = 0; j < MAT_N; j++) {
            mat_a[i][j] = i * 3 - j;
            mat_b[i][j] = j * 7 - i * 2;
        }
    }
    for (size_t i = 0; i < MAT_N; i++) {
        for (size_t j = 0; j < MAT_N; j++) {
            int32_t sum = 0;
            for (size_t k = 0; k < MAT_N; k++)
                sum += mat_a[i][k] * mat_b[k][j];
            mat_c[i][j] = sum;
        }
    }
    uint64_t digest = 0;
    for (size_t i = 0; i < MAT_N; i++)
        digest = digest * 31 + (uint32_t)mat_c[i][(i * 5) % MAT_N];
    return digest;
}

static void crc_setup(void)
{
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
    for (size_t i = 0; i < CRC_BYTES; i++)
        crc_input[i] = (uint8_t)(i * 131 + 7);
}

static uint64_t run_crc32(void)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < CRC_BYTES; i++)
        crc = crc_table[(crc ^ crc_input[i]) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

/* A tiny stack machine: the loop `while (n) { acc += n; n -= 1; }`. */
enum { OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_JZ, OP_JMP, OP_HALT };

typedef struct {
    uint8_t op;
    int32_t arg;
} vm_insn_t;

static const vm_insn_t vm_program[VM_CODE] = {
    {OP_LOAD, 1}, {OP_JZ, 11},                   /* 0: if n == 0 goto 11 */
    {OP_LOAD, 0}, {OP_LOAD, 1}, {OP_ADD, 0},     /* 2: acc + n */
    {OP_STORE, 0},                               /* 5: acc = ... */
    {OP_LOAD, 1}, {OP_PUSH, 1}, {OP_SUB, 0},     /* 6: n - 1 */
    {OP_STORE, 1}, {OP_JMP, 0},                  /* 9: n = ...; loop */
    {OP_HALT, 0},                                /* 11 */
};

static int64_t vm_stack[16];
static int64_t vm_vars[2];

static uint64_t run_vm(void)
{
    size_t pc = 0, sp = 0;
    vm_vars[0] = 0;
    vm_vars[1] = 2000;
    for (;;) {
        vm_insn_t in = vm_program[pc++];
        switch (in.op) {
        case OP_PUSH: vm_stack[sp++] = in.arg; break;
        case OP_LOAD: vm_stack[sp++] = vm_vars[in.arg]; break;
        case OP_STORE: vm_vars[in.arg] = vm_stack[--sp]; break;
        case OP_ADD: sp--; vm_stack[sp - 1] += vm_stack[sp]; break;
        case OP_SUB: sp--; vm_stack[sp - 1] -= vm_stack[sp]; break;
        case OP_JZ: if (vm_stack[--sp] == 0) pc = (size_t)in.arg; break;
        case OP_JMP: pc = (size_t)in.arg; break;
        default: return (uint64_t)vm_vars[0];
        }
    }
}

typedef uint64_t (*kernel_fn)(void);

static void measure(const char *name, kernel_fn kernel, size_t n)
{
    bench_t *b = bench_begin(n);
    if (b == NULL)
        return;
    uint64_t result = kernel();    /* warm-up, and the result to report */
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = cycles();
        uint64_t again = kernel();
        uint64_t t1 = cycles();
        if (again != result) {
            print("bench: error: compute_%s/" VARIANT " gave two results\n", name);
            return;
        }
        bench_add(b, t1 - t0);
    }
    print("compute: %s/" VARIANT " result=%llx\n", name, (unsigned long long)result);
    bench_report_named(b, "compute_", name, "/" VARIANT);
}

int main(const char *args)
{
    size_t n = bench_samples(args, 300, 5);
    crc_setup();
    measure("sort", run_sort, n);
    measure("sieve", run_sieve, n);
    measure("matmul", run_matmul, n);
    measure("crc32", run_crc32, n);
    measure("vm", run_vm, n);
    return 0;
}
