/*
 * socket_pingpong — a payload there and back between two processes over a
 * connected pair of UNIX stream sockets:
 *   sip_pingpong/socket   payload= 1, 4, 64, 1024, 4096, 65536 bytes
 * A sample is one round trip, after a warm-up (stream_pingpong.c).
 */
#include "bench.h"
#include "stream_pingpong.h"

#include <sys/socket.h>

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0)
        bench_die("socketpair");
    stream_ends_t ends = { pair[0], pair[0], pair[1], pair[1] };
    stream_pingpong("sip_pingpong/socket", &ends, bench_count(&o, 2000, 20));
    return 0;
}
