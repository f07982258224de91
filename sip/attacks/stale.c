/*
 * attack-stale — what a SIP leaves behind must never show in the next one.
 * The kernel reuses memory between SIPs without a round trip to the page
 * manager (kernel/sip_image_spares.c, kernel/sip_stack_pool.c): the image
 * of the last instance of a module for the next instance (its writable
 * data written again from the sealed module), pooled unsafe stacks (zeroed
 * when pooled) and safe-stack windows (pooled only when their thread is
 * reaped). This SIP starts copies of itself, one after the other, so the
 * second gets what the first left:
 *
 * Modes (args) and the exit code:
 *   plant        (a child) writes SECRET over its initialized data, its
 *                zero-initialized data and a 1.5 KiB array on each of its
 *                stacks (safe and unsafe), then exits             -> 0
 *   plant-linger (a child) the same, and a second thread that fills its
 *                own unsafe stack and sleeps for good: the SIP ends with
 *                that thread still alive (it dies with its SIP, and its
 *                stacks are reused only after it is gone)         -> 0
 *   look         (a child) checks that its data has its initial values,
 *                and that its zero-initialized data and the same two
 *                stack arrays (not initialized) hold no SECRET (on the
 *                stacks: no run of SECRET_RUN such bytes)
 *                                    -> 0, or ATTACK_SURVIVED (99) if any does
 *   reuse        starts plant, then look                          -> look's code
 *   linger       starts plant-linger, then look                   -> look's code
 * A positive code below 99 names the step that went wrong.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-stale", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .caps = SIP_CAP_SPAWN);

#define SECRET 0xa5
/* On a stack a byte counts as the secret's only in a run of this many:
   the looking SIP's own earlier frames may hold a lone 0xa5. */
#define SECRET_RUN 8
#define ATTACK_SURVIVED 99
#define CHILD_QUOTA (256u * 1024)
#define STACK_BYTES 1536

static uint8_t seeded[16] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
static uint8_t zeroed[4096];

/* The same frame in plant and look, so the array lies at the same place;
   volatile: every byte is written and read (never assumed undefined). */
__attribute__((noinline)) static size_t stack_array(bool plant)
{
    volatile uint8_t local[STACK_BYTES];
    size_t found = 0, run = 0;
    for (size_t i = 0; i < STACK_BYTES; i++) {
        if (plant)
            local[i] = SECRET;
        run = !plant && local[i] == SECRET ? run + 1 : 0;
        found += run >= SECRET_RUN;
    }
    return found;
}

/* The same on the unsafe stack: its address goes to another function, so
   SafeStack places it there. */
typedef struct {
    uint8_t bytes[STACK_BYTES];
} blob_t;

__attribute__((noinline)) static size_t blob_scan(SIP_OUT blob_t *b, bool plant)
{
    size_t found = 0, run = 0;
    for (size_t i = 0; i < STACK_BYTES; i++) {
        if (plant)
            b->bytes[i] = SECRET;
        run = !plant && b->bytes[i] == SECRET ? run + 1 : 0;
        found += run >= SECRET_RUN;
    }
    return found;
}

__attribute__((noinline)) static size_t unsafe_array(bool plant)
{
    blob_t local;
    return blob_scan(&local, plant);
}

static void lingerer(uint64_t arg)
{
    (void)arg;
    (void)stack_array(true);
    (void)unsafe_array(true);
    sleep_ns(UINT64_MAX);
}

static int plant(bool linger)
{
    for (size_t i = 0; i < sizeof(seeded); i++)
        seeded[i] = SECRET;
    for (size_t i = 0; i < sizeof(zeroed); i++)
        zeroed[i] = SECRET;
    (void)stack_array(true);
    (void)unsafe_array(true);
    if (linger && thread_start(lingerer, 0).err != OK)
        return 2;
    if (linger)
        sleep_ms(20);    /* the thread has filled its stack and sleeps */
    return 0;
}

static int look(void)
{
    size_t found = stack_array(false) + unsafe_array(false);
    for (size_t i = 0; i < sizeof(seeded); i++)
        found += seeded[i] != i + 1;
    for (size_t i = 0; i < sizeof(zeroed); i++)
        found += zeroed[i] != 0;
    if (found != 0)
        print("attack-stale: %zu stale bytes seen\n", found);
    return found == 0 ? 0 : ATTACK_SURVIVED;
}

/* Starts a copy of this SIP with `args` and returns its exit code. */
static int run_child(const char *args, int step)
{
    handle_result_t r = sip_spawn("attack-stale.sip", args, 3, CHILD_QUOTA, SIP_CAP_SPAWN);
    if (r.err != OK)
        return step;
    sip_status_t st = sip_wait(r.handle, SIP_WAIT_FOREVER);
    handle_close(r.handle);
    if (st.err != OK || st.killed)
        return step + 1;
    return st.exit_code;
}

static int plant_then_look(const char *planter)
{
    int rc = run_child(planter, 10);
    return rc != 0 ? rc : run_child("look", 20);
}

int main(const char *args)
{
    str_t mode = str_from_cstr(args);
    if (str_equal(mode, STR("plant")))
        return plant(false);
    if (str_equal(mode, STR("plant-linger")))
        return plant(true);
    if (str_equal(mode, STR("look")))
        return look();
    if (str_equal(mode, STR("reuse")))
        return plant_then_look("plant");
    if (str_equal(mode, STR("linger")))
        return plant_then_look("plant-linger");
    return 3;
}
