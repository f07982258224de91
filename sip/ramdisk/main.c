/*
 * ramdisk — a block device in memory that speaks the Disk contract, so
 * the file system runs without a disk driver.
 *
 * args: "MODULE [dump] [exit-when-idle]". The image is the boot module MODULE, copied into
 * the SIP's heap at start (module_read: the SIP needs the `module-read`
 * capability in the boot configuration); the module itself is never
 * written. Sectors are 512 bytes. It publishes "disk" and serves one
 * client at a time; another is refused Busy until that one closes its
 * channel (the client of a restarted file system is the next).
 *
 * With `dump`, every Flush prints the 1 KiB units written since the last
 * Flush as lines `ramdisk: unit N HEX` (2048 hex digits), then
 * `ramdisk: flushed K unit(s)`: the image's changes leave the machine in
 * the console log, where the boot test rebuilds the written image from
 * the original and checks it with e2fsck and debugfs
 * (sip/fs/tests/fs_boot_test.py).
 *
 * With `exit-when-idle`, it ends when its client says Goodbye (a
 * benchmark boot ends when everything in it has).
 */
#include <insula/naming.h>
#include <insula/stdlib.h>

#include "disk.h"
#include "nameservice.h"

/* heap_bytes: the least it needs; the image it serves must fit in the
   quota the configuration grants (a refused allocation is reported). */
SIP_MANIFEST("ramdisk", .stack_bytes = 16 * 1024, .heap_bytes = 1024 * 1024,
             .caps = SIP_CAP_MODULE_READ,
             .imports = { "NameService", "ServiceProvider" },
             .exports = { "Disk", "ServiceProvider" });

#define SECTOR 512u
/* 1 MiB pieces: every heap object this large is a kernel memory region of
   its own, and a SIP has at most 128 (SIP_MAX_REGIONS). */
#define CHUNK (1024u * 1024)
#define MAX_CHUNKS 40u                  /* 40 MiB */
#define UNIT 1024u                      /* the dump's granularity */
#define UNITS_PER_CHUNK (CHUNK / UNIT)
#define MAX_SECTORS (65536u / SECTOR)   /* one request: the contract's 64 KiB buffer */

static struct {
    buf_t *chunks[MAX_CHUNKS];
    buf_t *dirty[MAX_CHUNKS];           /* one byte per unit: written since the last dump */
    uint32_t chunk_count;
    uint64_t bytes;
    bool dump;
    bool exit_when_idle;
    bool goodbye;                       /* the client said Goodbye */
} disk;

/* Copies the module into chunks; false (and a report) if it cannot. */
static bool load(const char *module)
{
    for (uint64_t offset = 0;; offset += CHUNK) {
        if (disk.chunk_count == MAX_CHUNKS) {
            print("ramdisk: %s is larger than %u MiB\n", module, MAX_CHUNKS * CHUNK >> 20);
            return false;
        }
        buf_t *chunk = buf_new(CHUNK);
        buf_t *dirty = buf_new(UNITS_PER_CHUNK);
        err_t rc = chunk != NULL && dirty != NULL ? module_read(module, offset, chunk)
                                                  : ERR_NO_MEMORY;
        if (rc != OK) {
            print("ramdisk: cannot read module %s: %s\n", module, err_name(rc));
            return false;
        }
        size_t got = buf_len(chunk);
        if (got == 0)
            return disk.bytes > 0;
        while (buf_len(chunk) < CHUNK)
            buf_append_byte(chunk, 0);       /* the tail past the module reads as zeros */
        while (buf_len(dirty) < UNITS_PER_CHUNK)
            buf_append_byte(dirty, 0);
        disk.chunks[disk.chunk_count] = chunk;
        disk.dirty[disk.chunk_count] = dirty;
        disk.chunk_count++;
        disk.bytes += got;
        if (got < CHUNK)
            return true;
    }
}

static bool in_range(uint64_t sector, uint32_t count, xblock_handle_t buf)
{
    uint64_t sectors = disk.bytes / SECTOR;
    return count > 0 && count <= MAX_SECTORS && sector <= sectors && count <= sectors - sector &&
           (uint64_t)count * SECTOR <= xblock_size(buf);
}

/* Copies `len` bytes at disk byte `at` into the client's block, chunk by chunk. */
static err_t copy_out(xblock_handle_t block, uint64_t at, uint32_t len)
{
    for (uint32_t done = 0; done < len;) {
        uint32_t index = (uint32_t)((at + done) / CHUNK);
        uint32_t off = (uint32_t)((at + done) % CHUNK);
        uint32_t n = CHUNK - off < len - done ? CHUNK - off : len - done;
        err_t rc = xblock_write(block, done, buf_slice(disk.chunks[index], off, n).str);
        if (rc != OK)
            return rc;
        done += n;
    }
    return OK;
}

/* Copies `len` bytes of the client's block into the disk at byte `at`, chunk by chunk. */
static err_t copy_in(xblock_handle_t block, uint64_t at, uint32_t len)
{
    for (uint32_t done = 0; done < len;) {
        uint32_t index = (uint32_t)((at + done) / CHUNK);
        uint32_t off = (uint32_t)((at + done) % CHUNK);
        uint32_t n = CHUNK - off < len - done ? CHUNK - off : len - done;
        err_t rc = xblock_read(block, done, n, disk.chunks[index], off);
        if (rc != OK)
            return rc;
        for (uint32_t u = off / UNIT; u <= (off + n - 1) / UNIT; u++)
            buf_set(disk.dirty[index], u, 1);
        done += n;
    }
    return OK;
}

static err_t serve_read(Disk_exp_t ep, Disk_Read_t r)
{
    if (!in_range(r.sector, r.count, r.buf))
        return Disk_exp_send_ReadError(ep, r.buf, Disk_Error_BadRange);
    err_t rc = copy_out(r.buf, r.sector * SECTOR, r.count * SECTOR);
    if (rc != OK)
        return Disk_exp_send_ReadError(ep, r.buf, Disk_Error_Io);
    return Disk_exp_send_AckRead(ep, r.buf);
}

static err_t serve_write(Disk_exp_t ep, Disk_Write_t w)
{
    if (!in_range(w.sector, w.count, w.buf))
        return Disk_exp_send_WriteError(ep, w.buf, Disk_Error_BadRange);
    err_t rc = copy_in(w.buf, w.sector * SECTOR, w.count * SECTOR);
    if (rc != OK)
        return Disk_exp_send_WriteError(ep, w.buf, Disk_Error_Io);
    return Disk_exp_send_AckWrite(ep, w.buf);
}

static const char hex_digits[] = "0123456789abcdef";

/* Prints one unit as a line of hex. */
static void dump_unit(buf_t *line, uint32_t index, uint32_t u)
{
    buf_truncate(line, 0);
    buf_format(line, "ramdisk: unit %u ", index * UNITS_PER_CHUNK + u);
    const buf_t *chunk = disk.chunks[index];
    for (uint32_t i = 0; i < UNIT; i++) {
        uint8_t byte = chunk->data[u * UNIT + i];
        buf_append_byte(line, (uint8_t)hex_digits[byte >> 4]);
        buf_append_byte(line, (uint8_t)hex_digits[byte & 15]);
    }
    buf_append_byte(line, '\n');
    console_write_str(buf_view(line));
}

static void dump_dirty(void)
{
    static buf_t *line;
    if (line == NULL)
        line = buf_new(2 * UNIT + 64);
    uint32_t units = 0;
    for (uint32_t index = 0; index < disk.chunk_count && line != NULL; index++) {
        for (uint32_t u = 0; u < UNITS_PER_CHUNK; u++) {
            if (disk.dirty[index]->data[u] == 0)
                continue;
            disk.dirty[index]->data[u] = 0;
            dump_unit(line, index, u);
            units++;
        }
    }
    print("ramdisk: flushed %u unit(s)\n", units);
}

/* One request of the client; false when it said Goodbye or went away. */
static bool serve_request(Disk_exp_t ep)
{
    Disk_exp_msg_t m;
    if (Disk_exp_recv(ep, &m) != OK)
        return false;
    err_t rc = OK;
    if (m.id == Disk_MSG_GetGeometry) {
        rc = Disk_exp_send_Geometry(ep, disk.bytes / SECTOR, SECTOR, MAX_SECTORS, false);
    } else if (m.id == Disk_MSG_Read) {
        rc = serve_read(ep, m.u.Read);
    } else if (m.id == Disk_MSG_Write) {
        rc = serve_write(ep, m.u.Write);
    } else if (m.id == Disk_MSG_Flush) {
        if (disk.dump)
            dump_dirty();
        rc = Disk_exp_send_AckFlush(ep);
    } else if (m.id == Disk_MSG_Goodbye) {
        Disk_exp_send_AckGoodbye(ep);
        disk.goodbye = true;
        return false;
    }
    return rc == OK;
}

static struct {
    handle_t provider;
    Disk_exp_t client;                 /* {0}: none */
    chan_handle_t eps[2];
    size_t ready;
} loop;

/* A new client: taken if there is none, else refused Busy (the name
   service is never kept waiting). */
static void provider_request(void)
{
    ServiceProvider_exp_t sp = { loop.provider };
    ServiceProvider_Connect_t connect;
    if (ServiceProvider_exp_recv_Connect(sp, &connect) != OK) {
        loop.provider = 0;
        return;
    }
    if (loop.client.h != 0) {
        ServiceProvider_exp_send_NakConnect(sp, connect.client, ServiceProvider_Refusal_Busy);
        return;
    }
    Disk_exp_t ep = { connect.client.h };
    if (ServiceProvider_exp_send_AckConnect(sp) != OK || Disk_exp_send_Hello(ep, 1) != OK) {
        chan_close(ep.h);
        return;
    }
    loop.client = ep;
}

int main(const char *args)
{
    str_t all = str_from_cstr(args);
    str_token_t module = str_next_token(all, STR(" "));
    for (str_token_t option = str_next_token(module.rest, STR(" ")); option.err == OK;
         option = str_next_token(option.rest, STR(" "))) {
        disk.dump = disk.dump || str_equal(option.token, STR("dump"));
        disk.exit_when_idle = disk.exit_when_idle || str_equal(option.token, STR("exit-when-idle"));
    }
    const char *name = module.err == OK ? str_to_cstr(module.token) : NULL;
    if (name == NULL) {
        print("ramdisk: usage: ramdisk MODULE [dump] [exit-when-idle]\n");
        return 1;
    }
    if (!load(name))
        return 2;
    if (disk.bytes % SECTOR != 0) {
        print("ramdisk: %s is %u bytes, not a whole number of %u-byte sectors\n", name,
              (uint32_t)disk.bytes, SECTOR);
        return 2;
    }
    service_result_t provider = service_publish("disk", Disk_CONTRACT_ID);
    if (provider.err != OK)
        return 3;
    loop.provider = provider.h;
    print("ramdisk: serving %s, %u sectors, as 'disk'\n", name, (uint32_t)(disk.bytes / SECTOR));
    while (loop.provider != 0 || loop.client.h != 0) {
        size_t n = 0;
        if (loop.provider != 0)
            loop.eps[n++] = loop.provider;
        if (loop.client.h != 0)
            loop.eps[n++] = loop.client.h;
        if (chan_rt_wait_any(loop.eps, n, &loop.ready) != OK)
            return 4;
        if (loop.eps[loop.ready] == loop.provider) {
            provider_request();
        } else if (!serve_request(loop.client)) {
            chan_close(loop.client.h);
            loop.client = (Disk_exp_t){ 0 };
            if (disk.exit_when_idle && disk.goodbye)
                return 0;
        }
    }
    return 0;
}
