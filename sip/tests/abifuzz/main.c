/*
 * abifuzz — test SIP: calls every kernel ABI entry with random handles,
 * lengths, addresses and message bodies (sip/tests/abifuzz/README.md).
 *
 *   args: seed=N calls=N [victim=ADDRESS] [end=big-id] [race=K]
 *
 * Makes at most `calls` raw ABI calls drawn from the seed, reports how many
 * it made on its first initial endpoint (a PingPong Ping, which the
 * harness reads after the instance has ended), then ends with one more
 * call chosen by the seed: exit, thread_exit, a message that breaks its
 * channel's contract (the kernel kills it), or a return from main. An
 * answer the ABI's rules forbid is a finding: printed, and the instance
 * exits with REPORT_EXIT_FINDING + their number instead. `end=big-id`
 * makes the ending a message id past 16 bits, and `race=K` makes the first
 * step race K of race.c (regression tests of the kernel bugs it found).
 * Not verifiable code: it forges pointers and handles on purpose.
 */
#include "fuzz.h"

#include "pingpong_table.h"

/* Both ends of every contract it fuzzes (contracts.c; `Service` admits the
   contracts that extend it, Fs and Disk), so the kernel's manifest check
   admits its channels and the fuzzing reaches past it. */
#define FUZZED_CONTRACTS { "Service", "PingPong", "ServiceProvider", "NameService", \
                           "Console", "File", "Bench", "NsAdmin" }
SIP_MANIFEST("abifuzz", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .caps = SIP_CAP_SPAWN | SIP_CAP_BOOT_CONFIG,
             .imports = FUZZED_CONTRACTS, .exports = FUZZED_CONTRACTS);

#define STEP_CALLS_MAX 108  /* calls one step makes at most (fuzz_race: 7 + its join) */
#define FINAL_CALLS_MAX 5   /* calls the ending makes at most, report included */

fuzz_t fz;
uint8_t scratch[SCRATCH_BYTES] __attribute__((aligned(4096)));

/* Channels need a few calls in a row to reach their states (create, send,
   receive): a third of the steps are drawn among these entries alone. */
#define CHANNEL_ENTRIES 5
static const size_t channel_entries[CHANNEL_ENTRIES] = {
    __builtin_offsetof(insula_abi_t, chan_create), __builtin_offsetof(insula_abi_t, chan_send),
    __builtin_offsetof(insula_abi_t, chan_send), __builtin_offsetof(insula_abi_t, chan_recv),
    __builtin_offsetof(insula_abi_t, xblock_alloc),
};

static const entry_fuzzer_t *entry_at(size_t offset)
{
    for (uint32_t i = 0; i < entry_fuzzer_count; i++) {
        if (entry_fuzzers[i].offset == offset)
            return &entry_fuzzers[i];
    }
    return &entry_fuzzers[0];
}

typedef enum { END_RETURN, END_EXIT, END_THREAD_EXIT, END_VIOLATION, END_KINDS } end_t;

/* "key=N" in args (decimal, or hex after 0x); false when absent. */
static bool arg_u64(const char *args, const char *key, uint64_t *out)
{
    for (const char *p = args; *p != '\0'; p++) {
        size_t k = 0;
        while (key[k] != '\0' && p[k] == key[k])
            k++;
        if (key[k] != '\0' || p[k] != '=' || (p != args && p[-1] != ' '))
            continue;
        const char *v = p + k + 1;
        uint64_t base = v[0] == '0' && v[1] == 'x' ? 16 : 10, n = 0;
        for (v += base == 16 ? 2 : 0; *v != '\0' && *v != ' '; v++) {
            uint64_t d = *v >= '0' && *v <= '9' ? (uint64_t)(*v - '0')
                       : *v >= 'a' && *v <= 'f' ? (uint64_t)(*v - 'a' + 10) : 99;
            if (d >= base)
                return false;
            n = n * base + d;
        }
        *out = n;
        return true;
    }
    return false;
}

/* The table's rows name every field of insula_abi_t exactly once. */
static bool table_matches_header(void)
{
    uint64_t seen = 0;
    for (uint32_t i = 0; i < entry_fuzzer_count; i++) {
        size_t slot = (entry_fuzzers[i].offset - __builtin_offsetof(insula_abi_t, exit)) / 8;
        if (slot >= INSULA_ABI_ENTRY_COUNT || (seen & (1ull << slot)))
            return false;
        seen |= 1ull << slot;
    }
    return seen == (1ull << INSULA_ABI_ENTRY_COUNT) - 1;
}

ABI_DIRECT static void report(uint32_t calls)
{
    static uint8_t body[8];
    __builtin_memcpy(body, &calls, sizeof(calls));
    if (fz.abi->chan_send(fz.report, PingPong_MSG_Ping, body, sizeof(body)) != ABI_OK)
        print("abifuzz: the report could not be sent\n");
}

/* The exit code that reports findings: REPORT_EXIT_FINDING plus their number (at most 50). */
static int32_t finding_code(void)
{
    return REPORT_EXIT_FINDING + (int32_t)(fz.findings < 50 ? fz.findings : 50);
}

ABI_DIRECT static int finish(bool big_id)
{
    end_t end = fz.findings > 0 || fz.calls >= fz.budget ? END_EXIT
              : big_id ? END_VIOLATION : (end_t)rng_below(END_KINDS);
    int32_t code = fz.findings > 0 ? finding_code() : (int32_t)rng_below(100);
    bool final_call = end != END_RETURN;
    count_call();    /* the report */
    if (end == END_VIOLATION && !fuzz_send_violation_prepare(big_id))
        end = END_EXIT;    /* no channel to break (its handle table is full) */
    report((uint32_t)(fz.calls + final_call));
    switch (end) {
    case END_EXIT:
        count_call();
        fz.abi->exit(code);
        break;
    case END_THREAD_EXIT:
        count_call();
        fz.abi->thread_exit();
        break;
    case END_VIOLATION:
        fuzz_send_violation();
        break;
    default:
        break;
    }
    return fz.findings > 0 ? finding_code() : 0;
}

int main(const char *args)
{
    const abi_start_info_t *info = __insula_start_info();
    fz.abi = __insula_abi();
    if (!table_matches_header()) {
        print("abifuzz: the entry table does not match insula_abi_t\n");
        return 2;
    }
    uint64_t seed = 0;
    if (!arg_u64(args, "seed", &seed) || !arg_u64(args, "calls", &fz.budget) ||
        fz.budget < FINAL_CALLS_MAX || info->endpoint_count < 1) {
        print("abifuzz: usage: seed=N calls=N [victim=ADDRESS], with a report endpoint\n");
        return 2;
    }
    (void)arg_u64(args, "victim", &fz.victim);
    fz.rng = seed;
    fz.report = info->endpoints[0];
    uint64_t race_first;
    if (arg_u64(args, "race", &race_first))
        fuzz_race_kind((uint32_t)race_first);
    while (fz.calls + STEP_CALLS_MAX + FINAL_CALLS_MAX <= fz.budget) {
        const entry_fuzzer_t *e = &entry_fuzzers[rng_below(entry_fuzzer_count)];
        if (rng_chance(3))
            e = entry_at(channel_entries[rng_below(CHANNEL_ENTRIES)]);
        good_reset();
        if (rng_chance(64))
            fuzz_race();
        else if (e->fuzz != NULL)
            e->fuzz();
    }
    const char *big = "end=big-id";
    bool big_id = false;
    for (const char *p = args; *p != '\0' && !big_id; p++) {
        size_t k = 0;
        while (big[k] != '\0' && p[k] == big[k])
            k++;
        big_id = big[k] == '\0';
    }
    return finish(big_id);
}
