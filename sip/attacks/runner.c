/*
 * attack-runner — runs the runtime half of the attack corpus and the safe
 * programs, and reports one TAP line each (boot/scenarios/attacks-*.scenario).
 *
 * It starts the victim first (a PingPong channel to it), then each attack
 * of runner_table.c in turn: spawns it with the capabilities and endpoint
 * the table says, waits for it and compares how it ended — exit code, or
 * kill and the start of the kernel's reason — with the table. After every
 * attack the victim must still answer a Ping with its data intact. Then
 * each safe program must exit 0 (the boot test checks what they print).
 * Last, the runner closes the victim's channel and the victim must report
 * its data intact and exit 0.
 *
 * Args: none (every attack runs in every mode: phys, page, hosted).
 * Exit code: the number of failed TAP lines.
 */
#include <insula/stdlib.h>

#include "bench.h"
#include "nameservice.h"
#include "pingpong.h"
#include "runner.h"

SIP_MANIFEST("attack-runner", .stack_bytes = 32 * 1024, .heap_bytes = 256 * 1024,
             .caps = SIP_CAP_SPAWN,
             .imports = { "PingPong", "Bench", "ServiceProvider", "Service" },
             .exports = { "PingPong" });

#define CHILD_PRIORITY 3
#define CHILD_QUOTA (512u * 1024)
#define VICTIM_QUOTA (1024u * 1024)
#define WAIT_NS (20ull * 1000 * 1000 * 1000)
#define SPIN_CHECK_MS 100
#define BENCH_BLOCK (64u * 1024)

static handle_t victim;
static PingPong_imp_t victim_channel;
static uint32_t victim_pings;
static handle_t give[1];
static sip_status_t status;
static chan_status_result_t peer;
static PingPong_Pong_t pong;
static unsigned tap_number;
static unsigned failures;

/* A NUL-terminated copy of "args handle" for GIVE_VICTIM_HANDLE. */
static const char *args_with_handle(const char *args, handle_t h)
{
    buf_t *b = buf_new(96);
    if (b == NULL || buf_format(b, "%s %llu", args, (unsigned long long)h) != OK)
        return args;
    const char *copy = str_to_cstr(buf_view(b));
    return copy != NULL ? copy : args;
}

static void tap(bool ok, const char *image, const char *args, const char *what)
{
    tap_number++;
    failures += ok ? 0 : 1;
    print("%s %u - %s %s: %s\n", ok ? "ok" : "not ok", tap_number, image, args, what);
}

/* The victim answers Ping(n) with Pong(n + 1) only while its data is intact. */
static bool victim_answers(void)
{
    victim_pings++;
    return PingPong_imp_send_Ping(victim_channel, victim_pings) == OK &&
           PingPong_imp_recv_Pong(victim_channel, &pong) == OK && pong.data == victim_pings + 1;
}

static bool start_victim(void)
{
    chan_pair_t pair = chan_create(PingPong_CONTRACT_ID);
    if (pair.err != OK)
        return false;
    give[0] = pair.exp;
    handle_result_t r = sip_spawn_with("attack-victim.sip", "", CHILD_PRIORITY, VICTIM_QUOTA, 0,
                                       give, 1);
    if (r.err != OK) {
        print("attack-runner: cannot start the victim: %s\n", err_name(r.err));
        return false;
    }
    victim = r.handle;
    victim_channel.h = pair.imp;
    return victim_answers();
}

/* While a spinner runs: we get the CPU back after sleeping, and so does the victim. */
static bool others_run_while_spinning(handle_t spinner)
{
    sleep_ms(SPIN_CHECK_MS);
    bool still_spinning = sip_wait(spinner, 0).err == ERR_TIMEOUT;
    bool victim_ok = victim_answers();
    return still_spinning && victim_ok && sip_wait(spinner, 0).err == ERR_TIMEOUT;
}

static bool outcome_matches(attack_t a)
{
    if (status.err != OK)
        return false;
    if (a.kind == OUTCOME_EXIT)
        return !status.killed && status.exit_code == a.code;
    return status.killed && str_starts_with(str_from_array(status.reason), str_from_cstr(a.reason));
}

/* For channel attacks: the runner's end saw the peer close, with the kill reason. */
/* The runner's end of a channel the attack held: closed, and after a kill
   with the kill's reason. */
static bool peer_learned_reason(handle_t kept)
{
    peer = chan_status(kept);
    bool reason_ok = !status.killed ||
                     str_equal(str_from_array(peer.status.reason), str_from_array(status.reason));
    return peer.err == OK && peer.status.closed == 1 && reason_ok;
}

static void report_attack(attack_t a, bool matched, bool others_ran, bool peer_ok,
                          bool victim_ok)
{
    buf_t *what = buf_new(256);
    str_t reason = str_from_array(status.reason);
    if (what == NULL) {
        tap(false, a.image, a.args, "out of memory");
        return;
    }
    if (status.err != OK)
        buf_format(what, "wait failed: %s", err_name(status.err));
    else if (status.killed)
        buf_format(what, "killed: %.*s", (int)reason.len, reason.bytes);
    else
        buf_format(what, "exited with code %d (%s)", status.exit_code,
                   status.exit_code < 0 ? err_name(status.exit_code) : "-");
    if (!matched && a.kind == OUTCOME_EXIT)
        buf_format(what, "; expected exit code %d", a.code);
    if (!matched && a.kind == OUTCOME_KILL)
        buf_format(what, "; expected a kill: %s", a.reason);
    if (!others_ran)
        buf_format(what, "; the others did not run while it spun");
    if (!peer_ok)
        buf_format(what, "; the peer did not learn the reason");
    if (!victim_ok)
        buf_format(what, "; the victim did not answer intact");
    tap(matched && others_ran && peer_ok && victim_ok, a.image, a.args,
        str_to_cstr(buf_view(what)));
}

/* GIVE_BENCH_DATA: a Bench channel whose exporting end has a block queued. */
static chan_pair_t bench_with_data(void)
{
    chan_pair_t pair = chan_create(Bench_CONTRACT_ID);
    xblock_result_t block = pair.err == OK ? xblock_new(BENCH_BLOCK)
                                           : (xblock_result_t){ .err = pair.err };
    if (block.err == OK)
        block.err = Bench_imp_send_Data((Bench_imp_t){ pair.imp }, block.block);
    if (block.err != OK)
        pair.err = block.err;
    return pair;
}

static handle_t service;    /* GIVE_SP_CONNECT: the Service end the runner keeps */

/* GIVE_SP_CONNECT: a ServiceProvider channel whose exporting end has a
 * Connect queued, carrying the exporting end of a Service channel. */
static chan_pair_t provider_with_connect(void)
{
    chan_pair_t pair = chan_create(ServiceProvider_CONTRACT_ID);
    chan_pair_t client = pair.err == OK ? chan_create(Service_CONTRACT_ID) : pair;
    if (client.err == OK)
        client.err = ServiceProvider_imp_send_Connect((ServiceProvider_imp_t){ pair.imp },
                                                      (Service_exp_t){ client.exp });
    if (client.err != OK)
        pair.err = client.err;
    service = client.imp;
    return pair;
}

static void run_attack(attack_t a)
{
    chan_pair_t pair = { .err = OK };
    uint32_t count = 0;
    const char *args = a.args;
    if (a.give == GIVE_PINGPONG_IMP || a.give == GIVE_PINGPONG_EXP) {
        pair = chan_create(PingPong_CONTRACT_ID);
        give[0] = a.give == GIVE_PINGPONG_IMP ? pair.imp : pair.exp;
        count = 1;
    }
    if (a.give == GIVE_VICTIM_HANDLE)
        args = args_with_handle(a.args, victim);
    if (a.give == GIVE_BENCH_DATA) {
        pair = bench_with_data();
        give[0] = pair.exp;
        count = 1;
    }
    service = 0;
    if (a.give == GIVE_SP_CONNECT) {
        pair = provider_with_connect();
        give[0] = pair.exp;
        count = 1;
    }
    handle_result_t r = pair.err == OK
                            ? sip_spawn_with(a.image, args, CHILD_PRIORITY, CHILD_QUOTA, a.caps,
                                             give, count)
                            : (handle_result_t){ .err = pair.err };
    if (r.err != OK) {
        tap(false, a.image, a.args, err_name(r.err));
        return;
    }
    bool others_ran = !a.spins || others_run_while_spinning(r.handle);
    status = sip_wait(r.handle, WAIT_NS);
    handle_close(r.handle);
    bool matched = outcome_matches(a);
    bool peer_ok = true;
    if (a.give == GIVE_BENCH_DATA || a.give == GIVE_SP_CONNECT) {
        chan_close(pair.imp);    /* an exit, not a kill: no reason to compare */
        if (service != 0)
            chan_close(service);
    } else if (count == 1) {
        handle_t kept = a.give == GIVE_PINGPONG_IMP ? pair.exp : pair.imp;
        peer_ok = peer_learned_reason(kept);
        chan_close(kept);
    }
    report_attack(a, matched, others_ran, peer_ok, victim_answers());
}

static void run_safe(safe_program_t p)
{
    handle_result_t r = sip_spawn(p.image, p.args, CHILD_PRIORITY, CHILD_QUOTA, 0);
    if (r.err != OK) {
        tap(false, p.image, p.args, err_name(r.err));
        return;
    }
    status = sip_wait(r.handle, WAIT_NS);
    handle_close(r.handle);
    bool ok = status.err == OK && !status.killed && status.exit_code == 0;
    if (ok)
        tap(true, p.image, p.args, "exited with code 0");
    else if (status.err != OK)
        tap(false, p.image, p.args, err_name(status.err));
    else
        tap(false, p.image, p.args,
            status.killed ? str_to_cstr(str_from_array(status.reason)) : "exited with an error");
}

static void finish_victim(void)
{
    chan_close(victim_channel.h);
    status = sip_wait(victim, WAIT_NS);
    bool ok = status.err == OK && !status.killed && status.exit_code == 0;
    tap(ok, "attack-victim.sip", "", ok ? "data intact after every attack"
                                        : "its data was damaged or it did not end");
}

int main(const char *args)
{
    (void)args;
    print("1..%zu\n", attack_count() + safe_count() + 1);
    if (!start_victim()) {
        print("attack-runner: the victim did not start\n");
        return 1;
    }
    for (size_t i = 0; i < attack_count(); i++)
        run_attack(attack_get(i));
    for (size_t i = 0; i < safe_count(); i++)
        run_safe(safe_get(i));
    finish_victim();
    print("attack-runner: %u of %u failed\n", failures, tap_number);
    return (int)failures;
}
