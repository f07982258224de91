/*
 * bench-disk — 4 KiB reads through the Disk service (the virtio-blk driver
 * SIP and the device: QEMU's on pc, the file-backed model on hosted), one
 * request in flight, each sample one request from send to reply:
 *   disk_read_seq    consecutive 4 KiB blocks from the start of the disk
 *   disk_read_rand   4 KiB blocks at pseudo-random places (a fixed LCG)
 * bench/README.md; the Linux side is bench-disk_pread on the same image.
 * Also prints each run's throughput from the wall clock (meaningful on
 * hosted; under QEMU -icount time is not real).
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "bench_sip.h"
#include "disk.h"
#include "nameservice.h"

SIP_MANIFEST("bench-disk", .stack_bytes = 16 * 1024, .heap_bytes = 1024 * 1024,
             .imports = { "NameService", "Disk" });

#define BLOCK 4096u
#define SECTORS_PER_BLOCK (BLOCK / 512u)
#define BIND_TIMEOUT_MS 10000u  /* the driver may take long to start under emulation */

static struct {
    Disk_imp_t disk;
    xblock_handle_t buf;
    uint64_t blocks;                  /* 4 KiB blocks on the disk */
    uint64_t lcg;
} b;

static err_t open_disk(void)
{
    service_result_t r = service_bind_patient("disk", BIND_TIMEOUT_MS);
    Disk_Geometry_t g;
    b.disk = (Disk_imp_t){ r.h };
    err_t rc = r.err;
    if (rc == OK)
        rc = Disk_imp_send_GetGeometry(b.disk);
    if (rc == OK)
        rc = Disk_imp_recv_Geometry(b.disk, &g);
    if (rc != OK)
        return rc;
    b.blocks = g.sectors / SECTORS_PER_BLOCK;
    xblock_result_t buf = xblock_new(BLOCK);
    b.buf = buf.block;
    return b.blocks == 0 ? ERR_RANGE : buf.err;
}

/* One 4 KiB read of block `block`: its cycles, or 0 on failure. */
static uint64_t read_block(uint64_t block)
{
    Disk_AckRead_t ack;
    uint64_t start = cycles();
    if (Disk_imp_send_Read(b.disk, b.buf, block * SECTORS_PER_BLOCK, SECTORS_PER_BLOCK) != OK ||
        Disk_imp_recv_AckRead(b.disk, &ack) != OK)
        return 0;
    uint64_t end = cycles();
    b.buf = ack.buf;
    return end - start;
}

static uint64_t next_random_block(void)
{
    b.lcg = b.lcg * 6364136223846793005ull + 1442695040888963407ull;
    return (b.lcg >> 33) % b.blocks;
}

/* n reads, sequential or random; prints the protocol line and the throughput. */
static err_t run(const char *name, size_t n, bool random)
{
    bench_t *samples = bench_begin(n);
    if (samples == NULL)
        return ERR_NO_MEMORY;
    uint64_t t0 = time_ns();
    for (size_t i = 0; i < n; i++) {
        uint64_t c = read_block(random ? next_random_block() : i % b.blocks);
        if (c == 0)
            return ERR_INVALID;
        bench_add(samples, c);
    }
    uint64_t ns = time_ns() - t0;
    bench_report(samples, name, BLOCK);
    print("bench-disk: %s: %llu KiB/s by the wall clock\n", name,
          (unsigned long long)(ns == 0 ? 0 : (uint64_t)n * BLOCK * 1000000000ull / 1024 / ns));
    return OK;
}

int main(const char *args)
{
    size_t n = bench_samples(args, 1024, 32);
    b.lcg = 0x1234567;
    err_t rc = open_disk();
    if (rc == OK)
        rc = run("disk_read_seq", n, false);
    if (rc == OK)
        rc = run("disk_read_rand", n, true);
    if (rc != OK) {
        print("bench-disk: cannot measure: %s\n", err_name(rc));
        return 1;
    }
    return Disk_imp_send_Goodbye(b.disk) == OK && Disk_imp_recv_AckGoodbye(b.disk) == OK ? 0 : 2;
}
