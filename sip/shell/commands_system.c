/*
 * commands_system.c — the shell's views of the system: ps, mem, names,
 * bench.
 */
#include "shell.h"

#include "nameservice.h"
#include "pingpong.h"

#define BENCH_ROUNDS 2000

static const char *state_name(uint32_t state)
{
    return state == 0 ? "running" : state == 1 ? "exited" : "killed";
}

static void ps_line(const sip_list_t *list, size_t i)
{
    abi_sip_info_t s = list->sips[i];
    str_t name = str_from_array(list->sips[i].name);    /* views of the heap list */
    str_t waits = str_from_array(list->sips[i].waits_on);
    print("%3u %-16.*s %-7s %3u %3u/%-3u %6llu/%-6llu %3u %3u  %.*s\n", s.id, (int)name.len,
          name.bytes, state_name(s.state), s.priority, s.threads,
          s.blocked_on_channel + s.blocked_other,
          (unsigned long long)(s.memory_bytes / 1024), (unsigned long long)(s.quota_bytes / 1024),
          s.handles, s.endpoints, (int)waits.len, waits.bytes);
}

void cmd_ps(void)
{
    sip_list_t *list = new(sip_list_t);
    err_t rc = list != NULL ? sip_list(list) : ERR_NO_MEMORY;
    if (rc != OK) {
        print("ps: %s%s\n", err_name(rc),
              rc == ERR_DENIED ? " (the boot configuration grants this shell no 'inspect' capability)"
                               : "");
        return;
    }
    print(" ID NAME             STATE   PRI THR/BLK    KiB/QUOTA  HND EPS  IDLE ENDPOINTS "
          "(contract.side@state<-peer)\n");
    for (size_t i = 0; i < list->count && i < SIP_LIST_MAX; i++)
        ps_line(list, i);
    if (list->count > SIP_LIST_MAX)
        print("(%u more not shown)\n", list->count - SIP_LIST_MAX);
}

void cmd_mem(void)
{
    /* static: the platform's name is viewed below (a view of a local would
       outlive its frame: SIP-PTR-RETAINED); the shell has one thread. */
    static system_info_result_t r;
    r = system_info();
    if (r.err != OK) {
        print("mem: %s\n", err_name(r.err));
        return;
    }
    str_t platform = str_from_array(r.info.platform);
    heap_stats_t h = heap_stats();
    print("platform %.*s, up %llu ms, %u SIP(s), %u thread(s)\n", (int)platform.len,
          platform.bytes, (unsigned long long)(r.info.uptime_ns / 1000000), r.info.sip_count,
          r.info.thread_count);
    print("frames: %llu free of %llu (%llu KiB free); kernel heap %llu bytes in use\n",
          (unsigned long long)r.info.frames_free, (unsigned long long)r.info.frames_total,
          (unsigned long long)(r.info.frames_free * 4), (unsigned long long)r.info.kernel_heap_bytes);
    print("this shell's heap: %llu bytes in %llu objects, %llu pages, %llu collections\n",
          (unsigned long long)h.bytes_in_use, (unsigned long long)h.objects,
          (unsigned long long)h.pages, (unsigned long long)h.collections);
}

void cmd_names(void)
{
    NameService_imp_t ns = { sip_endpoint(0) };
    NameService_AckList_t reply;
    if (ns.h == 0) {
        print("names: no name service (the boot configuration starts none)\n");
        return;
    }
    err_t rc = NameService_imp_send_List(ns);
    if (rc == OK)
        rc = NameService_imp_recv_AckList(ns, &reply);
    if (rc != OK) {
        print("names: %s\n", err_name(rc));
        return;
    }
    str_t text = buf_view(xblock_copy(reply.names));
    if (str_len(str_trim(text)) == 0)
        print("names: nothing is published\n");
    else
        print("%.*s", (int)text.len, text.bytes);
    chan_close(reply.names);
}

/* The other side of the bench: answers every Ping with a Pong. */
static void bench_echo(uint64_t exp)
{
    PingPong_exp_t ep = { exp };
    PingPong_Ping_t ping;
    while (PingPong_exp_recv_Ping(ep, &ping) == OK)
        if (PingPong_exp_send_Pong(ep, ping.data + 1) != OK)
            break;
    chan_close(exp);
    thread_exit();
}

void cmd_bench(void)
{
    chan_pair_t pair = chan_create(PingPong_CONTRACT_ID);
    if (pair.err != OK || thread_start(bench_echo, pair.exp).err != OK) {
        print("bench: cannot set up: %s\n", err_name(pair.err != OK ? pair.err : ERR_NO_MEMORY));
        return;
    }
    PingPong_imp_t ep = { pair.imp };
    PingPong_Pong_t pong;
    uint64_t start = time_ns();
    uint32_t rounds = 0;
    for (; rounds < BENCH_ROUNDS; rounds++) {
        if (PingPong_imp_send_Ping(ep, rounds) != OK || PingPong_imp_recv_Pong(ep, &pong) != OK ||
            pong.data != rounds + 1)
            break;
    }
    uint64_t channel_ns = time_ns() - start;
    chan_close(pair.imp);
    start = time_ns();
    for (uint32_t i = 0; i < BENCH_ROUNDS; i++)
        (void)thread_id();
    uint64_t abi_ns = time_ns() - start;
    if (rounds < BENCH_ROUNDS) {
        print("bench: the round trip failed after %u rounds\n", rounds);
        return;
    }
    print("bench: channel round trip between two threads (Ping, Pong): %llu ns (mean of %u)\n",
          (unsigned long long)(channel_ns / BENCH_ROUNDS), BENCH_ROUNDS);
    print("bench: ABI call (thread_id): %llu ns (mean of %u)\n",
          (unsigned long long)(abi_ns / BENCH_ROUNDS), BENCH_ROUNDS);
}
