/*
 * kv-server — the tutorial's service (docs/tutorial.md): a key-value store
 * published as "kv" (contracts/kv.contract). Args: how many clients to
 * serve before it exits (none or 0: serve for ever).
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "kv.h"

SIP_MANIFEST("kv-server", .stack_bytes = 16 * 1024, .heap_bytes = 256 * 1024,
             .imports = { "NameService", "ServiceProvider" },
             .exports = { "Kv", "ServiceProvider" });

#define KV_MAX 32

static struct {
    buf_t *key;
    uint64_t value;
} store[KV_MAX];

/* The slot holding `key`, or the first free one, or -1 when full. */
//@ assigns \nothing;
static int64_t slot_of(str_t key)
{
    int64_t free_slot = -1;
    //@ loop assigns i, free_slot;
    for (int64_t i = 0; i < KV_MAX; i++) {
        if (store[i].key != NULL && str_equal(buf_view(store[i].key), key))
            return i;
        if (store[i].key == NULL && free_slot < 0)
            free_slot = i;
    }
    return free_slot;
}

/* The ACSL comments are for the static protocol check (docs/proofs.md):
   a Put was received, so the client waits for AckPut or PutError. */
/*@ requires Kv_exp_in(client.h, Kv_S_Ready_4);
    ensures \result == OK ==> Kv_exp_in(client.h, Kv_S_Ready); */
static err_t put(Kv_exp_t client, Kv_Put_t m)
{
    buf_t *key = xblock_copy(m.key);
    chan_close(m.key);
    int64_t i = key != NULL ? slot_of(buf_view(key)) : -1;
    if (i >= 0 && store[i].key == NULL)
        store[i].key = key;
    if (i < 0)
        return Kv_exp_send_PutError(client, Kv_Error_Full);
    store[i].value = m.value;
    return Kv_exp_send_AckPut(client);
}

/*@ requires Kv_exp_in(client.h, Kv_S_Ready_5);
    ensures \result == OK ==> Kv_exp_in(client.h, Kv_S_Ready); */
static err_t get(Kv_exp_t client, Kv_Get_t m)
{
    buf_t *key = xblock_copy(m.key);
    chan_close(m.key);
    int64_t i = key != NULL ? slot_of(buf_view(key)) : -1;
    if (i < 0 || store[i].key == NULL)
        return Kv_exp_send_GetError(client, Kv_Error_NotFound);
    return Kv_exp_send_AckGet(client, store[i].value);
}

/* Answers one client until it says Goodbye or goes away. */
/*@ requires Kv_exp_in(client.h, Kv_S_Ready); */
static void serve(Kv_exp_t client)
{
    Kv_exp_msg_t m;
    err_t rc = OK;
    //@ loop invariant rc == OK ==> Kv_exp_in(client.h, Kv_S_Ready);
    while (rc == OK && Kv_exp_recv(client, &m) == OK) {
        if (m.id == Kv_MSG_Put)
            rc = put(client, m.u.Put);
        else if (m.id == Kv_MSG_Get)
            rc = get(client, m.u.Get);
        else {
            Kv_exp_send_AckGoodbye(client);
            break;
        }
    }
    chan_close(client.h);
}

int main(const char *args)
{
    u64_result_t clients = str_parse_u64(str_trim(str_from_cstr(args)), 10);
    service_result_t provider = service_publish("kv", Kv_CONTRACT_ID);
    if (provider.err != OK)
        return 1;
    print("kv-server: serving 'kv'\n");
    for (uint64_t served = 0; clients.err != OK || clients.value == 0 || served < clients.value;
         served++) {
        service_result_t client = service_accept(provider.h, 1);
        if (client.err != OK)
            return 2;
        /* service_accept greets the client: its channel is in Ready */
        //@ ghost Kv_exp_ghost_assume(client.h, Kv_S_Ready);
        serve((Kv_exp_t){ client.h });
    }
    return 0;
}
