/*
 * kv-client — the tutorial's client (docs/tutorial.md): binds "kv", puts a
 * value, reads it back, asks for a key that is not there, then times
 * ROUNDS Get round trips.
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "kv.h"

SIP_MANIFEST("kv-client", .stack_bytes = 16 * 1024, .heap_bytes = 256 * 1024,
             .imports = { "NameService", "Kv" });

#define ROUNDS 1000

static err_t put(Kv_imp_t kv, str_t key, uint64_t value)
{
    xblock_result_t k = xblock_from_str(key);
    Kv_imp_msg_t reply;
    err_t rc = k.err == OK ? Kv_imp_send_Put(kv, k.block, value) : k.err;
    if (rc == OK)
        rc = Kv_imp_recv(kv, &reply);
    if (rc == OK && reply.id != Kv_MSG_AckPut)
        rc = ERR_QUOTA;    /* PutError: the store is full */
    return rc;
}

/* The value under `key`; ERR_NOT_FOUND when there is none. */
static u64_result_t get(Kv_imp_t kv, str_t key)
{
    u64_result_t r = { .err = OK, .value = 0 };
    xblock_result_t k = xblock_from_str(key);
    Kv_imp_msg_t reply;
    r.err = k.err == OK ? Kv_imp_send_Get(kv, k.block) : k.err;
    if (r.err == OK)
        r.err = Kv_imp_recv(kv, &reply);
    if (r.err == OK && reply.id == Kv_MSG_AckGet)
        r.value = reply.u.AckGet.value;
    else if (r.err == OK)
        r.err = ERR_NOT_FOUND;
    return r;
}

int main(const char *args)
{
    (void)args;
    service_result_t s = service_bind("kv", 2000);
    if (s.err != OK)
        return 1;
    Kv_imp_t kv = { s.h };
    if (put(kv, STR("answer"), 42) != OK)
        return 2;
    u64_result_t answer = get(kv, STR("answer"));
    u64_result_t missing = get(kv, STR("question"));
    print("kv-client: answer = %llu; question: %s\n", (unsigned long long)answer.value,
          err_name(missing.err));
    if (answer.err != OK || answer.value != 42 || missing.err != ERR_NOT_FOUND)
        return 3;
    uint64_t start = time_ns();
    for (int i = 0; i < ROUNDS; i++)
        if (get(kv, STR("answer")).value != 42)
            return 4;
    uint64_t ns = (time_ns() - start) / ROUNDS;
    print("kv-client: %d Get round trips, %llu ns each\n", ROUNDS, (unsigned long long)ns);
    return service_goodbye(s.h) == OK ? 0 : 5;
}
