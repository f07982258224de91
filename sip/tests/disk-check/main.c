/*
 * disk-check — test SIP: binds the Disk service "disk" on CHANNELS
 * channels, so CHANNELS requests are in the driver's queue together, and
 * goes over the whole disk three times, CHUNK sectors per request:
 *   1. reads every sector and checks it holds the pattern of seed A;
 *   2. writes the pattern of seed A + 1 to every sector, then flushes;
 *   3. reads every sector back and checks the new pattern.
 * The patterns are boot/disk_pattern.py's: the host fills the image with
 * seed A before the boot and checks every byte for seed A + 1 after it.
 * Also checks that a read past the end is refused (BadRange).
 *
 * If the driver dies meanwhile (the restart test starts it with
 * crash-after=N), every channel closes with the kernel's reason: each
 * request in flight has failed (reported as Disk error Restarted), so the
 * client binds "disk" again — init restarts the driver, which publishes
 * the name again — and sends the same request once more. It reports how
 * long after the channel closed the first request was served again.
 * Arguments: "SEED".
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "disk.h"
#include "nameservice.h"

SIP_MANIFEST("disk-check", .stack_bytes = 16 * 1024, .heap_bytes = 512 * 1024,
             .imports = { "NameService", "Disk" });

#define CHANNELS 8u
#define CHUNK 8u                      /* sectors per request */
#define SECTOR 512u
#define BIND_TIMEOUT_MS 10000u  /* the driver may take long to start under emulation */

typedef enum { PASS_READ_A, PASS_WRITE_B, PASS_READ_B } pass_t;

static struct {
    Disk_imp_t ch[CHANNELS];
    chan_handle_t eps[CHANNELS];      /* the busy channels, for wait_any */
    size_t which[CHANNELS];           /* eps[k] is channel which[k] */
    uint64_t sector[CHANNELS];        /* first sector of its request in flight */
    bool busy[CHANNELS];
    size_t ready;
    uint64_t sectors;                 /* the disk's */
    uint64_t next;                    /* next sector to ask for */
    uint64_t done;                    /* sectors finished in this pass */
    uint64_t seed;
    uint64_t lost_at;                 /* when a channel closed; 0 when all is well */
    uint32_t restarts;                /* driver restarts seen */
} s;

static chan_status_result_t closed;    /* why a channel closed (static: its reason is read) */

static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/* Word k of sector `sector` under `seed` (boot/disk_pattern.py). */
static uint64_t pattern_word(uint64_t seed, uint64_t sector, uint64_t k)
{
    return mix(seed * 0x9E3779B97F4A7C15ull + sector * 64 + 1 + k);
}

/* Binds channel i (past its Hello): the stdlib's bind, tried again while
   "disk" is not published or refuses us (a driver restarting). */
static err_t channel_open(size_t i)
{
    service_result_t r = service_bind_patient("disk", BIND_TIMEOUT_MS);
    s.ch[i] = (Disk_imp_t){ r.h };
    return r.err;
}

/* Fills `buf` with the pattern of sectors [first, first + count). */
static err_t buffer_fill(xblock_handle_t buf, uint64_t first, uint64_t count)
{
    for (uint64_t w = 0; w < count * SECTOR / 8; w++) {
        err_t rc = xblock_store(buf, 8 * w, 8, pattern_word(s.seed, first + w / 64, w % 64));
        if (rc != OK)
            return rc;
    }
    return OK;
}

/* Checks that `buf` holds the pattern of sectors [first, first + count). */
static bool buffer_check(xblock_handle_t buf, uint64_t first, uint64_t count)
{
    for (uint64_t w = 0; w < count * SECTOR / 8; w++) {
        u64_result_t got = xblock_load(buf, 8 * w, 8);
        if (got.err != OK || got.value != pattern_word(s.seed, first + w / 64, w % 64)) {
            print("disk-check: sector %llu does not hold the pattern of seed %llu "
                  "(word %llu is %#llx)\n", (unsigned long long)(first + w / 64),
                  (unsigned long long)s.seed, (unsigned long long)(w % 64),
                  (unsigned long long)got.value);
            return false;
        }
    }
    return true;
}

static uint64_t chunk_at(uint64_t first)
{
    return s.sectors - first < CHUNK ? s.sectors - first : CHUNK;
}

/* Sends channel i the next request of the pass, if any is left. */
static err_t issue(size_t i, pass_t pass, xblock_handle_t buf)
{
    if (s.next >= s.sectors) {
        s.busy[i] = false;
        return handle_close(buf);
    }
    uint64_t count = chunk_at(s.next);
    s.sector[i] = s.next;
    s.next += count;
    s.busy[i] = true;
    err_t rc = OK;
    if (pass != PASS_WRITE_B)
        rc = Disk_imp_send_Read(s.ch[i], buf, s.sector[i], (uint32_t)count);
    else if ((rc = buffer_fill(buf, s.sector[i], count)) == OK)
        rc = Disk_imp_send_Write(s.ch[i], buf, s.sector[i], (uint32_t)count);
    if (rc != OK)
        (void)handle_close(buf);    /* not sent: still ours */
    return rc;
}

/* Sends channel i's request again, in a fresh buffer (the old one died with the driver). */
static err_t reissue(size_t i, pass_t pass)
{
    xblock_result_t buf = xblock_new(CHUNK * SECTOR);
    if (buf.err != OK)
        return buf.err;
    uint64_t count = chunk_at(s.sector[i]);
    if (pass != PASS_WRITE_B)
        return Disk_imp_send_Read(s.ch[i], buf.block, s.sector[i], (uint32_t)count);
    err_t rc = buffer_fill(buf.block, s.sector[i], count);
    return rc != OK ? rc : Disk_imp_send_Write(s.ch[i], buf.block, s.sector[i], (uint32_t)count);
}

/*
 * Channel i closed under a request: the driver is gone, and with it every
 * request in flight (each failed: Restarted). Binds every busy channel
 * again (the restarted driver publishes the name again) and retries its
 * request; a reply that was queued before the close is lost with the old
 * channel and the request is simply done again.
 */
static err_t channel_lost(size_t i, pass_t pass)
{
    closed = chan_status(s.ch[i].h);
    str_t why = str_from_array(closed.status.reason);
    s.lost_at = time_ns();
    s.restarts++;
    print("disk-check: channel closed (%.*s): the requests in flight failed (Restarted); "
          "binding 'disk' again\n", (int)why.len, why.bytes);
    for (size_t k = 0; k < CHANNELS; k++) {
        if (!s.busy[k])
            continue;
        (void)chan_close(s.ch[k].h);
        err_t rc = channel_open(k);
        if (rc == OK)
            rc = reissue(k, pass);
        if (rc != OK)
            return rc;
    }
    return OK;
}

/* The first request served after a restart: report how long it took. */
static void restart_measured(void)
{
    if (s.lost_at == 0)
        return;
    print("disk-check: first request served again %llu ms after the channel closed\n",
          (unsigned long long)((time_ns() - s.lost_at) / 1000000));
    s.lost_at = 0;
}

/* The reply on channel i: checks it, counts it, issues the next request. */
static err_t reply(size_t i, pass_t pass)
{
    Disk_imp_msg_t m;
    err_t rc = Disk_imp_recv(s.ch[i], &m);
    if (rc != OK)
        return channel_lost(i, pass);
    restart_measured();
    uint64_t count = chunk_at(s.sector[i]);
    xblock_handle_t buf = m.id == Disk_MSG_AckRead ? m.u.AckRead.buf : m.u.AckWrite.buf;
    if (m.id != Disk_MSG_AckRead && m.id != Disk_MSG_AckWrite) {
        print("disk-check: request at sector %llu failed (message %u)\n",
              (unsigned long long)s.sector[i], m.id);
        return ERR_INVALID;
    }
    if (pass != PASS_WRITE_B && !buffer_check(buf, s.sector[i], count))
        return ERR_CORRUPT;
    s.done += count;
    rc = issue(i, pass, buf);
    if (rc != OK && s.busy[i] && chan_status(s.ch[i].h).status.closed != 0)
        return channel_lost(i, pass);    /* the driver died after the reply */
    return rc;
}

static err_t run_pass(pass_t pass)
{
    s.next = 0;
    s.done = 0;
    for (size_t i = 0; i < CHANNELS; i++) {
        xblock_result_t buf = xblock_new(CHUNK * SECTOR);
        err_t rc = buf.err != OK ? buf.err : issue(i, pass, buf.block);
        if (rc != OK)
            return rc;
    }
    while (s.done < s.sectors) {
        size_t n = 0;
        for (size_t i = 0; i < CHANNELS; i++) {
            if (s.busy[i]) {
                s.which[n] = i;
                s.eps[n++] = s.ch[i].h;
            }
        }
        if (n == 0 || chan_rt_wait_any(s.eps, n, &s.ready) != OK)
            return ERR_INVALID;
        err_t rc = reply(s.which[s.ready], pass);
        if (rc != OK)
            return rc;
    }
    return OK;
}

/* A read past the end must come back as ReadError(BadRange), buffer and all. */
static err_t check_bad_range(void)
{
    xblock_result_t buf = xblock_new(SECTOR);
    Disk_imp_msg_t m;
    if (buf.err != OK || Disk_imp_send_Read(s.ch[0], buf.block, s.sectors, 1) != OK ||
        Disk_imp_recv(s.ch[0], &m) != OK)
        return ERR_INVALID;
    if (m.id != Disk_MSG_ReadError || m.u.ReadError.error != Disk_Error_BadRange)
        return ERR_INVALID;
    print("disk-check: a read past the end was refused (BadRange)\n");
    return handle_close(m.u.ReadError.buf);
}

static err_t geometry(void)
{
    Disk_Geometry_t g;
    err_t rc = Disk_imp_send_GetGeometry(s.ch[0]);
    if (rc == OK)
        rc = Disk_imp_recv_Geometry(s.ch[0], &g);
    if (rc != OK || g.sector_bytes != SECTOR || g.sectors == 0)
        return rc != OK ? rc : ERR_INVALID;
    s.sectors = g.sectors;
    return OK;
}

static err_t flush(void)
{
    err_t rc = Disk_imp_send_Flush(s.ch[0]);
    return rc != OK ? rc : Disk_imp_recv_AckFlush(s.ch[0]);
}

static err_t check_disk(uint64_t seed)
{
    s.seed = seed;
    err_t rc = geometry();
    if (rc == OK)
        rc = check_bad_range();
    if (rc == OK)
        rc = run_pass(PASS_READ_A);
    if (rc != OK)
        return rc;
    print("disk-check: read %llu sectors: pattern of seed %llu\n",
          (unsigned long long)s.sectors, (unsigned long long)seed);
    s.seed = seed + 1;
    rc = run_pass(PASS_WRITE_B);
    if (rc == OK)
        rc = flush();
    if (rc == OK)
        rc = run_pass(PASS_READ_B);
    if (rc == OK)
        print("disk-check: wrote and flushed %llu sectors, read back: pattern of seed %llu\n",
              (unsigned long long)s.sectors, (unsigned long long)s.seed);
    return rc;
}

int main(const char *args)
{
    u64_result_t seed = str_parse_u64(str_trim(str_from_cstr(args)), 10);
    if (seed.err != OK) {
        print("disk-check: expected the seed as argument\n");
        return 1;
    }
    for (size_t i = 0; i < CHANNELS; i++) {
        if (channel_open(i) != OK) {
            print("disk-check: cannot bind 'disk'\n");
            return 2;
        }
    }
    print("disk-check: %u channels bound to 'disk'\n", CHANNELS);
    err_t rc = check_disk(seed.value);
    if (rc != OK) {
        print("disk-check: failed: %s\n", err_name(rc));
        return 3;
    }
    for (size_t i = 0; i < CHANNELS; i++) {
        if (Disk_imp_send_Goodbye(s.ch[i]) != OK || Disk_imp_recv_AckGoodbye(s.ch[i]) != OK)
            return 4;
    }
    print("disk-check: done; the driver restarted %u time(s)\n", s.restarts);
    return 0;
}
