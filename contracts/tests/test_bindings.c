/*
 * test_bindings.c: the generated bindings and tables at work, on the host
 * (ASan + UBSan), over the in-memory runtime of mock_chan_rt.c.
 *   1. a ping-pong exchange: typed sends, switch receive on the service
 *      side, typed receive on the client side;
 *   2. messages the contract does not allow are refused (and the channel
 *      closed), as the kernel will refuse them;
 *   3. decoding rejects bad field values before any handler runs;
 *   4. the request/reply calls (one chan_rt_call each) on both sides;
 *   5. contract_step over the PingPong and Fs tables, and the layout
 *      guarantees of the shipped tables.
 */
#include <stdio.h>
#include <string.h>

#include "fs.h"
#include "fs_table.h"
#include "mock_chan_rt.h"
#include "nameservice_table.h"
#include "pingpong.h"
#include "pingpong_table.h"
#include "service_table.h"
#include "console_table.h"

static int test_failures;

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,          \
                    __LINE__, #cond);                                       \
            test_failures++;                                                \
        }                                                                   \
    } while (0)

/* The handlers' typed state. */
struct PingPong_exp_ctx {
    unsigned served;
};

/* The service's handler: answer Ping(n) with Pong(n + 1). */
static err_t test_on_ping(PingPong_exp_ctx_t *ctx, PingPong_exp_t ep,
                          PingPong_Ping_t msg)
{
    ctx->served++;
    return PingPong_exp_send_Pong(ep, msg.data + 1);
}

static void test_pingpong_exchange(void)
{
    PingPong_imp_t client;
    PingPong_exp_t server;
    PingPong_exp_ctx_t served = {0};
    PingPong_exp_handlers_t h = {.ctx = &served, .on_Ping = test_on_ping};

    mock_reset();
    CHECK(mock_chan_create(&contract_table_PingPong, &client.h, &server.h) ==
          OK);
    for (uint32_t i = 0; i < 100; i++) {
        chan_case_t cases[1] = {PingPong_exp_case(server, &h)};
        PingPong_Pong_t pong;
        size_t which = 99;

        CHECK(PingPong_imp_send_Ping(client, i * 7) == OK);
        CHECK(chan_switch_receive(cases, 1, &which) == OK);
        CHECK(which == 0);
        CHECK(PingPong_imp_recv_Pong(client, &pong) == OK);
        CHECK(pong.data == i * 7 + 1);
    }
    CHECK(served.served == 100);
    CHECK(mock_violation == 0);
    CHECK(mock_bound_exceeded == 0);
    CHECK(mock_chan_state(client.h) == PingPong_STATE_Start);
}

static PingPong_imp_t call_client;
static PingPong_exp_t call_server;

/* The service's turn inside a client's call: Ping(n) answered Pong(n + 1). */
static void test_serve_one(void)
{
    PingPong_Ping_t ping;

    CHECK(PingPong_exp_recv_Ping(call_server, &ping) == OK);
    CHECK(PingPong_exp_send_Pong(call_server, ping.data + 1) == OK);
}

/* The client's turn inside a service's call: Pong(n) answered Ping(n + 1). */
static void test_client_one(void)
{
    PingPong_Pong_t pong;

    CHECK(PingPong_imp_recv_Pong(call_client, &pong) == OK);
    CHECK(PingPong_imp_send_Ping(call_client, pong.data + 1) == OK);
}

static void test_pingpong_call(void)
{
    PingPong_imp_msg_t reply;
    PingPong_exp_msg_t next;

    mock_reset();
    CHECK(mock_chan_create(&contract_table_PingPong, &call_client.h,
                           &call_server.h) == OK);
    mock_on_wait = test_serve_one;
    for (uint32_t i = 0; i < 10; i++) {
        CHECK(PingPong_imp_call_Ping(call_client, i, &reply) == OK);
        CHECK(reply.id == PingPong_MSG_Pong && reply.u.Pong.data == i + 1);
    }
    /* The service's reply-and-wait: Pong(6) sent, Ping(7) received. */
    CHECK(PingPong_imp_send_Ping(call_client, 5) == OK);
    CHECK(PingPong_exp_recv(call_server, &next) == OK);
    mock_on_wait = test_client_one;
    CHECK(PingPong_exp_call_Pong(call_server, 6, &next) == OK);
    CHECK(next.id == PingPong_MSG_Ping && next.u.Ping.data == 7);
    /* Nobody answers: the request went and the wait would block; then a
       call the contract refuses sends nothing and waits for nothing. */
    mock_on_wait = NULL;
    CHECK(PingPong_exp_call_Pong(call_server, 8, &next) == MOCK_ERR_WOULD_BLOCK);
    CHECK(mock_violation == 0);
    CHECK(PingPong_exp_call_Pong(call_server, 9, &next) == CHAN_RT_ERR_CLOSED);
    CHECK(mock_violation != 0);
    CHECK(mock_bound_exceeded == 0);
}

/* A count beyond the array is refused before anything is read past it. */
static void test_counts_bounded_by_arrays(void)
{
    PingPong_imp_t client;
    PingPong_exp_t server;
    PingPong_exp_ctx_t served = {0};
    PingPong_exp_handlers_t h = {.ctx = &served, .on_Ping = test_on_ping};
    size_t which = 99, ready = 99;

    mock_reset();
    CHECK(mock_chan_create(&contract_table_PingPong, &client.h, &server.h) ==
          OK);
    CHECK(PingPong_imp_send_Ping(client, 1) == OK);
    chan_case_t cases[1] = {PingPong_exp_case(server, &h)};
    chan_handle_t eps[2] = {server.h, client.h};
    CHECK(chan_switch_receive(cases, 2, &which) == CHAN_RT_ERR_RANGE);
    CHECK(chan_switch_receive(cases, 0, &which) == CHAN_RT_ERR_RANGE);
    CHECK(chan_rt_wait_any(eps, 3, &ready) == CHAN_RT_ERR_RANGE);
    CHECK(chan_rt_wait_any(eps, 0, &ready) == CHAN_RT_ERR_RANGE);
    CHECK(ready == 99 && served.served == 0);
    CHECK(chan_rt_wait_any(eps, 2, &ready) == OK && ready == 0);
    CHECK(chan_switch_receive(cases, 1, &which) == OK && which == 0);
    CHECK(served.served == 1);
}

/* Two Pings in a row: the second is refused and the channel closes. */
static void test_pingpong_violations(void)
{
    PingPong_imp_t client;
    PingPong_exp_t server;
    PingPong_exp_msg_t any;

    mock_reset();
    CHECK(mock_chan_create(&contract_table_PingPong, &client.h, &server.h) ==
          OK);
    CHECK(PingPong_exp_send_Pong(server, 1) == CHAN_RT_ERR_CLOSED);
    CHECK(mock_violation == CONTRACT_STEP_NOT_ALLOWED);

    mock_reset();
    CHECK(mock_chan_create(&contract_table_PingPong, &client.h, &server.h) ==
          OK);
    CHECK(PingPong_imp_send_Ping(client, 1) == OK);
    CHECK(PingPong_imp_send_Ping(client, 2) == CHAN_RT_ERR_CLOSED);
    CHECK(mock_violation == CONTRACT_STEP_NOT_ALLOWED);
    /* The first Ping is still delivered; then the peer sees "closed". */
    CHECK(PingPong_exp_recv(server, &any) == OK && any.id == PingPong_MSG_Ping);
    CHECK(PingPong_exp_recv(server, &any) == CHAN_RT_ERR_CLOSED);

    mock_reset();
    CHECK(mock_chan_create(&contract_table_PingPong, &client.h, &server.h) ==
          OK);
    CHECK(chan_rt_send(client.h, PingPong_MSG_Ping, "abc", 3) ==
          CHAN_RT_ERR_CLOSED);
    CHECK(mock_violation == MOCK_BAD_SIZE);
}

/* A bool that is neither 0 nor 1 is rejected by the decoder. */
static void test_decode_rejects(void)
{
    Fs_imp_t client;
    Fs_exp_t server;
    Fs_Open_t open;
    Fs_exp_msg_t any;

    mock_reset();
    CHECK(mock_chan_create(&contract_table_Fs, &client.h, &server.h) == OK);
    CHECK(Fs_exp_send_Hello(server, 1) == OK);
    CHECK(Fs_imp_recv_Hello(client, &(Fs_Hello_t){0}) == OK);
    memset(&open, 0, sizeof open);
    open.path = 0x10; /* a handle: the runtime refuses 0 where required */
    open.write = 2;
    CHECK(chan_rt_send(client.h, Fs_MSG_Open, &open, sizeof open) == OK);
    CHECK(Fs_exp_recv(server, &any) == CHAN_RT_ERR_DECODE);
    CHECK(mock_violation == 0); /* the kernel admits it; decoding refuses */
}

/* Typed casts between a derived contract and its base. */
static void test_casts(void)
{
    Fs_imp_t fs;
    Fs_exp_t fs_exp;
    PingPong_imp_t pp;
    PingPong_exp_t pp_exp;
    Service_imp_t up;

    mock_reset();
    CHECK(mock_chan_create(&contract_table_Fs, &fs.h, &fs_exp.h) == OK);
    CHECK(mock_chan_create(&contract_table_PingPong, &pp.h, &pp_exp.h) == OK);
    up = Fs_imp_to_Service(fs);
    CHECK(Fs_imp_from_Service(up, &fs) == OK);
    up.h = pp.h;
    CHECK(Fs_imp_from_Service(up, &fs) == CHAN_RT_ERR_WRONG_CONTRACT);
}

typedef struct step {
    uint16_t msg;
    contract_dir_t dir;
    int expect;    /* contract_step result */
} step_t;

/* test_walk: run steps from the start state; each must give its result. */
static uint16_t test_walk(const contract_table_t *t, const step_t *steps,
                          size_t n)
{
    uint16_t state = t->start_state;

    for (size_t i = 0; i < n; i++) {
        uint16_t next = 0xffff;
        int rc = contract_step(t, state, steps[i].msg, steps[i].dir, &next);

        if (rc != steps[i].expect)
            fprintf(stderr, "%s step %zu: got %s, expected %s\n", t->name, i,
                    contract_step_error_name(rc),
                    contract_step_error_name(steps[i].expect));
        CHECK(rc == steps[i].expect);
        if (rc == CONTRACT_STEP_OK)
            state = next;
        else
            CHECK(next == 0xffff); /* untouched on refusal */
    }
    return state;
}

#define IN CONTRACT_DIR_IN
#define OUT CONTRACT_DIR_OUT
#define OK_ CONTRACT_STEP_OK
#define NOT_ALLOWED CONTRACT_STEP_NOT_ALLOWED

static void test_step_pingpong(void)
{
    const contract_table_t *t = &contract_table_PingPong;
    const step_t steps[] = {
        {PingPong_MSG_Pong, OUT, NOT_ALLOWED},
        {PingPong_MSG_Ping, OUT, CONTRACT_STEP_WRONG_DIRECTION},
        {7, IN, CONTRACT_STEP_UNKNOWN_MESSAGE},
        {PingPong_MSG_Ping, IN, OK_},
        {PingPong_MSG_Ping, IN, NOT_ALLOWED},
        {PingPong_MSG_Pong, OUT, OK_},
        {PingPong_MSG_Ping, IN, OK_},
        {PingPong_MSG_Pong, OUT, OK_},
    };
    uint16_t next;

    CHECK(test_walk(t, steps, sizeof steps / sizeof steps[0]) ==
          PingPong_STATE_Start);
    CHECK(contract_step(t, 99, PingPong_MSG_Ping, IN, &next) ==
          CONTRACT_STEP_BAD_STATE);
    CHECK(t->queue_bound[IN] == 1 && t->queue_bound[OUT] == 1);
}

static void test_step_fs(void)
{
    const contract_table_t *t = &contract_table_Fs;
    const step_t steps[] = {
        {Fs_MSG_Open, IN, NOT_ALLOWED}, /* before Hello */
        {Fs_MSG_Hello, OUT, OK_},
        {Fs_MSG_Entry, OUT, NOT_ALLOWED}, /* not listing */
        {Fs_MSG_Open, IN, OK_},
        {Fs_MSG_Stat, IN, NOT_ALLOWED}, /* waiting for the reply */
        {Fs_MSG_OpenError, OUT, OK_},
        {Fs_MSG_List, IN, OK_},
        {Fs_MSG_Entry, OUT, OK_},
        {Fs_MSG_Entry, OUT, NOT_ALLOWED}, /* must wait for NextEntry */
        {Fs_MSG_NextEntry, IN, OK_},
        {Fs_MSG_EndList, OUT, OK_},
        {Fs_MSG_Stat, IN, OK_},
        {Fs_MSG_AckStat, OUT, OK_},
        {Fs_MSG_Goodbye, IN, OK_},
        {Fs_MSG_AckGoodbye, OUT, OK_},
        {Fs_MSG_Open, IN, NOT_ALLOWED}, /* closed: terminal */
    };
    uint16_t end = test_walk(t, steps, sizeof steps / sizeof steps[0]);

    CHECK(end == Fs_STATE_Closed);
    CHECK(t->states[end].flags & CONTRACT_STATE_TERMINAL);
    /* StopList? then List? at once: two sends before a receive. */
    CHECK(t->queue_bound[IN] == 2 && t->queue_bound[OUT] == 1);
}

/* The fields the kernel acts on, and extension. */
static void test_fs_table_fields(void)
{
    const contract_table_t *t = &contract_table_Fs;
    const contract_message_t *ack = contract_message_get(t, Fs_MSG_AckOpen);
    const contract_message_t *open = contract_message_get(t, Fs_MSG_Open);

    CHECK(contract_is_a(t, Service_CONTRACT_ID));
    CHECK(contract_is_a(t, Fs_CONTRACT_ID));
    CHECK(!contract_is_a(&contract_table_PingPong, Service_CONTRACT_ID));
    CHECK(open != NULL && open->field_count == 1);
    CHECK(open->fields[0].kind == CONTRACT_FIELD_STRING);
    CHECK(open->fields[0].max_bytes == 1024);
    CHECK(ack != NULL && ack->field_count == 1);
    CHECK(ack->fields[0].kind == CONTRACT_FIELD_ENDPOINT);
    CHECK(ack->fields[0].contract_id == File_CONTRACT_ID);
    CHECK(ack->fields[0].side == CONTRACT_SIDE_IMP);
    CHECK(ack->fields[0].state == File_STATE_Ready);
    CHECK(ack->fields[0].offset == offsetof(Fs_AckOpen_t, file));
}

/* test_table_shape: the guarantees contract_table.h promises. */
static void test_table_shape(const contract_table_t *t,
                             const contract_table_t *base)
{
    uint32_t expect_first = 0;

    for (uint16_t i = 0; i < t->message_count; i++)
        CHECK(t->messages[i].id == i && t->messages[i].wire_size % 8 == 0);
    for (uint16_t s = 0; s < t->state_count; s++) {
        const contract_state_t *st = &t->states[s];
        CHECK(st->first_transition == expect_first);
        expect_first += st->transition_count;
        for (uint16_t i = 0; i < st->transition_count; i++) {
            const contract_transition_t *tr =
                &t->transitions[st->first_transition + i];
            CHECK(tr->state == s && tr->next < t->state_count);
            CHECK(tr->dir == t->messages[tr->msg_id].dir);
        }
    }
    CHECK(expect_first == t->transition_count);
    CHECK(t->ancestors[0] == t->id);
    for (uint16_t i = 0; base != NULL && i < base->message_count; i++)
        CHECK(strcmp(base->messages[i].name, t->messages[i].name) == 0);
    for (uint16_t i = 0; base != NULL && i < base->state_count; i++)
        CHECK(strcmp(base->states[i].name, t->states[i].name) == 0);
}

int main(void)
{
    test_pingpong_exchange();
    test_pingpong_call();
    test_counts_bounded_by_arrays();
    test_pingpong_violations();
    test_decode_rejects();
    test_casts();
    test_step_pingpong();
    test_step_fs();
    test_fs_table_fields();
    test_table_shape(&contract_table_PingPong, NULL);
    test_table_shape(&contract_table_Service, NULL);
    test_table_shape(&contract_table_Fs, &contract_table_Service);
    test_table_shape(&contract_table_File, NULL);
    test_table_shape(&contract_table_Console, &contract_table_Service);
    test_table_shape(&contract_table_NameService, NULL);
    test_table_shape(&contract_table_ServiceProvider, NULL);
    if (test_failures != 0) {
        fprintf(stderr, "test_bindings: %d checks failed\n", test_failures);
        return 1;
    }
    puts("test_bindings: all checks passed");
    return 0;
}
