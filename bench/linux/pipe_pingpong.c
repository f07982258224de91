/*
 * pipe_pingpong — a payload there and back between two processes over two
 * pipes (one per direction):
 *   sip_pingpong/pipe   payload= 1, 4, 64, 1024, 4096, 65536 bytes
 * A sample is one round trip, after a warm-up (stream_pingpong.c).
 */
#include "bench.h"
#include "stream_pingpong.h"

#include <unistd.h>

int main(int argc, char **argv)
{
    bench_options_t o = bench_parse(argc, argv);
    int there[2], back[2];
    if (pipe(there) != 0 || pipe(back) != 0)
        bench_die("pipe");
    stream_ends_t ends = { there[1], back[0], there[0], back[1] };
    stream_pingpong("sip_pingpong/pipe", &ends, bench_count(&o, 2000, 20));
    return 0;
}
