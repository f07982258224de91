/*
 * virtio-blk — the disk driver SIP (README.md). Drives the virtio block
 * device it was granted (PCI 1af4:1001, legacy interface), publishes the
 * Disk service under the name in its arguments (default "disk"), and
 * serves up to MAX_CLIENTS channels at once, each with one request in
 * flight, so a client binding several channels has several requests in
 * the device's queue together. Completions arrive by interrupt message.
 *
 * Arguments: [NAME] [exit-when-idle] [crash-after=N]. exit-when-idle ends
 * the driver (exit 0) when its last client says Goodbye, for boots that
 * must end (the benchmarks). crash-after is fault injection for the
 * restart test (docs/drivers.md, "Restart"): after N completed requests the
 * driver writes past the end of an array and is killed by the bounds check,
 * a real crash in the middle of a workload.
 */
#include "virtio_blk.h"

#include "disk.h"
#include "irq.h"
#include "nameservice.h"

SIP_MANIFEST("virtio-blk", .stack_bytes = 16 * 1024, .heap_bytes = 512 * 1024,
             .caps = SIP_CAP_DMA, .pci = { .vendor = 0x1af4, .device = 0x1001 },
             .imports = { "NameService", "Irq", "ServiceProvider" },
             .exports = { "Disk", "ServiceProvider" });

#define MAX_CLIENTS 14                /* + the interrupt and the provider: 16 waits */
#define WAIT_IRQ 0u
#define WAIT_PROVIDER 1u
#define WAIT_FIRST_CLIENT 2u
#define DISK_VERSION 1u

static device_t dev;
static Irq_imp_t irq;
static uint64_t completed, crash_after;
static bool exit_when_idle;
static uint64_t crash_table[4];
static ServiceProvider_exp_t provider;

static struct {
    Disk_exp_t ep;
    bool live;
} clients[MAX_CLIENTS];

static struct {
    chan_handle_t eps[WAIT_FIRST_CLIENT + MAX_CLIENTS];
    size_t client[WAIT_FIRST_CLIENT + MAX_CLIENTS];
    size_t ready;
} waiting;

_Noreturn void device_broken(const char *why)
{
    print("virtio-blk: device broke the protocol: %s; stopping\n", why);
    transport_fail(&dev);
    sip_exit(3);
}

/* ---- replies ---- */

static void reply_error(size_t c, uint32_t type, xblock_handle_t buf, Disk_Error_t error)
{
    Disk_exp_t ep = clients[c].ep;
    if (type == VIRTIO_BLK_T_IN)
        (void)Disk_exp_send_ReadError(ep, buf, error);
    else if (type == VIRTIO_BLK_T_OUT)
        (void)Disk_exp_send_WriteError(ep, buf, error);
    else
        (void)Disk_exp_send_FlushError(ep, error);
}

static void reply_done(size_t c, uint32_t type, xblock_handle_t buf)
{
    Disk_exp_t ep = clients[c].ep;
    if (type == VIRTIO_BLK_T_IN)
        (void)Disk_exp_send_AckRead(ep, buf);
    else if (type == VIRTIO_BLK_T_OUT)
        (void)Disk_exp_send_AckWrite(ep, buf);
    else
        (void)Disk_exp_send_AckFlush(ep);
}

/* ---- requests ---- */

/* Why a transfer cannot be done (0: it can). */
static Disk_Error_t transfer_refusal(uint32_t type, xblock_handle_t buf, uint64_t sector,
                                     uint32_t count)
{
    if (type == VIRTIO_BLK_T_OUT && dev.read_only)
        return Disk_Error_ReadOnly;
    if (count == 0 || count > MAX_SECTORS || sector > dev.capacity ||
        count > dev.capacity - sector)
        return Disk_Error_BadRange;
    if (xblock_size(buf) < (uint64_t)count * SECTOR_BYTES)
        return Disk_Error_BadRange;
    return 0;
}

/* Starts a request of client c in a free slot, or answers it with the refusal. */
static void request(size_t c, uint32_t type, xblock_handle_t buf, uint64_t sector, uint32_t count)
{
    Disk_Error_t refusal = type == VIRTIO_BLK_T_FLUSH ? 0 : transfer_refusal(type, buf, sector,
                                                                             count);
    int32_t s = queue_free_slot();
    if (refusal == 0 && s < 0)
        refusal = Disk_Error_Busy;
    if (refusal != 0) {
        reply_error(c, type, buf, refusal);
        return;
    }
    slot_t slot = { .state = SLOT_BUSY, .type = type, .client = c, .buf = buf,
                    .data_bytes = count * SECTOR_BYTES };
    queue_slot_put((uint32_t)s, slot);
    if (queue_submit(&dev, (uint32_t)s, sector) != OK) {
        queue_slot_put((uint32_t)s, (slot_t){ .state = SLOT_FREE });
        reply_error(c, type, buf, Disk_Error_Io);
    }
}

static void client_close(size_t c)
{
    (void)chan_close(clients[c].ep.h);
    clients[c].live = false;
    for (uint32_t s = 0; s < SLOTS; s++) {
        slot_t slot = queue_slot_get(s);
        if (slot.state == SLOT_BUSY && slot.client == c) {
            slot.state = SLOT_ORPHAN;    /* the device still owns the buffer */
            queue_slot_put(s, slot);
        }
    }
}

/* A client left politely; when none is left, say how busy the device was. */
static void client_goodbye(size_t c)
{
    client_close(c);
    for (size_t i = 0; i < MAX_CLIENTS; i++) {
        if (clients[i].live)
            return;
    }
    print("virtio-blk: no client left; at most %u requests were in the device at once\n",
          queue_most_in_flight());
    if (exit_when_idle)
        sip_exit(0);
}

static void client_message(size_t c)
{
    Disk_exp_msg_t m;
    if (Disk_exp_recv(clients[c].ep, &m) != OK) {
        client_close(c);    /* its SIP ended or closed the channel */
        return;
    }
    if (m.id == Disk_MSG_Read)
        request(c, VIRTIO_BLK_T_IN, m.u.Read.buf, m.u.Read.sector, m.u.Read.count);
    else if (m.id == Disk_MSG_Write)
        request(c, VIRTIO_BLK_T_OUT, m.u.Write.buf, m.u.Write.sector, m.u.Write.count);
    else if (m.id == Disk_MSG_Flush && dev.flush)
        request(c, VIRTIO_BLK_T_FLUSH, 0, 0, 0);
    else if (m.id == Disk_MSG_Flush)
        (void)Disk_exp_send_AckFlush(clients[c].ep);    /* no write cache to flush */
    else if (m.id == Disk_MSG_GetGeometry)
        (void)Disk_exp_send_Geometry(clients[c].ep, dev.capacity, SECTOR_BYTES, MAX_SECTORS,
                                     dev.read_only);
    else if (m.id == Disk_MSG_Goodbye && Disk_exp_send_AckGoodbye(clients[c].ep) == OK)
        client_goodbye(c);
}

/* ---- completions ---- */

/* crash-after: an out-of-bounds write, which the bounds check turns into a kill. */
static void maybe_crash(void)
{
    completed++;
    if (crash_after == 0 || completed < crash_after)
        return;
    print("virtio-blk: crash-after=%llu reached: crashing on purpose\n",
          (unsigned long long)crash_after);
    crash_table[completed % 4 + 4] = completed;
}

static void complete(completion_t done)
{
    maybe_crash();
    slot_t slot = queue_slot_get(done.slot);
    queue_slot_put(done.slot, (slot_t){ .state = SLOT_FREE });
    if (slot.state == SLOT_ORPHAN) {
        if (slot.buf != 0)
            (void)handle_close(slot.buf);
        return;
    }
    if (done.status == VIRTIO_BLK_S_OK)
        reply_done(slot.client, slot.type, slot.buf);
    else
        reply_error(slot.client, slot.type, slot.buf, Disk_Error_Io);
}

/* One Interrupt: clear the device's status, finish every completed request, Ack. */
static void interrupt(void)
{
    Irq_Interrupt_t m;
    if (Irq_imp_recv_Interrupt(irq, &m) != OK)
        device_broken("the interrupt channel closed");
    (void)transport_isr(&dev);
    for (;;) {
        completion_t done = queue_next_completion();
        if (done.err == ERR_NOT_FOUND)
            break;
        if (done.err != OK)
            device_broken(queue_breach());
        complete(done);
    }
    if (Irq_imp_send_Ack(irq) != OK)
        device_broken("the kernel refused the interrupt acknowledgement");
}

/* ---- clients ---- */

static void client_connect(void)
{
    ServiceProvider_Connect_t connect;
    if (ServiceProvider_exp_recv_Connect(provider, &connect) != OK)
        device_broken("the name service closed our provider channel");
    size_t c = 0;
    while (c < MAX_CLIENTS && clients[c].live)
        c++;
    Disk_exp_t ep;
    if (c == MAX_CLIENTS || Disk_exp_from_Service(connect.client, &ep) != OK) {
        (void)ServiceProvider_exp_send_NakConnect(provider, connect.client,
                                                  ServiceProvider_Refusal_Busy);
        return;
    }
    (void)ServiceProvider_exp_send_AckConnect(provider);
    clients[c].ep = ep;
    clients[c].live = Disk_exp_send_Hello(ep, DISK_VERSION) == OK;
}

/* Publishes the Disk service as `name`. */
static err_t publish(NameService_imp_t ns, str_t name)
{
    chan_pair_t sp = chan_create(ServiceProvider_CONTRACT_ID);
    xblock_result_t block = xblock_from_str(name);
    NameService_imp_msg_t reply;
    if (sp.err != OK || block.err != OK ||
        NameService_imp_send_Publish(ns, block.block, Disk_CONTRACT_ID,
                                     (ServiceProvider_imp_t){ sp.imp }) != OK ||
        NameService_imp_recv(ns, &reply) != OK)
        return ERR_INVALID;
    if (reply.id == NameService_MSG_NakPublish)
        return ERR_DENIED;
    provider.h = sp.exp;
    return OK;
}

static void serve_one(void)
{
    size_t n = WAIT_FIRST_CLIENT;
    waiting.eps[WAIT_IRQ] = irq.h;
    waiting.eps[WAIT_PROVIDER] = provider.h;
    for (size_t c = 0; c < MAX_CLIENTS; c++) {
        if (clients[c].live) {
            waiting.client[n] = c;
            waiting.eps[n++] = clients[c].ep.h;
        }
    }
    if (chan_rt_wait_any(waiting.eps, n, &waiting.ready) != OK)
        device_broken("waiting failed");
    if (waiting.ready == WAIT_IRQ)
        interrupt();
    else if (waiting.ready == WAIT_PROVIDER)
        client_connect();
    else
        client_message(waiting.client[waiting.ready]);
}

static err_t start(void)
{
    err_t rc = transport_init(&dev);
    if (rc == OK)
        rc = queue_init(&dev);
    handle_result_t line = rc == OK ? irq_line_bind(dev.irq) : (handle_result_t){ .err = rc };
    if (line.err != OK)
        return line.err;
    irq.h = line.handle;
    return transport_queue_start(&dev, queue_pfn());
}

/* [NAME] [crash-after=N]; the name, or "" when not given. */
static str_t parse_args(str_t args)
{
    str_t name = str_empty();
    str_token_t t = str_next_token(args, STR(" "));
    for (; t.err == OK; t = str_next_token(t.rest, STR(" "))) {
        if (str_equal(t.token, STR("exit-when-idle"))) {
            exit_when_idle = true;
            continue;
        }
        if (!str_starts_with(t.token, STR("crash-after="))) {
            name = t.token;
            continue;
        }
        str_result_t n = str_slice(t.token, 12, str_len(t.token) - 12);
        u64_result_t v = str_parse_u64(n.str, 10);
        crash_after = n.err == OK && v.err == OK ? v.value : 0;
    }
    return name;
}

int main(const char *args)
{
    str_t name = parse_args(str_from_cstr(args));
    err_t rc = start();
    if (rc != OK) {
        print("virtio-blk: cannot start the device: %s\n", err_name(rc));
        return 1;
    }
    if (str_len(name) == 0)
        name = STR("disk");
    rc = publish((NameService_imp_t){ sip_endpoint(0) }, name);
    if (rc != OK) {
        print("virtio-blk: cannot publish '%.*s': %s\n", (int)name.len, name.bytes, err_name(rc));
        return 2;
    }
    print("virtio-blk: %llu sectors%s, queue of %u, irq %u; serving '%.*s'\n",
          (unsigned long long)dev.capacity, dev.read_only ? " (read-only)" : "", dev.queue_size,
          dev.irq, (int)name.len, name.bytes);
    u64_result_t modern = transport_modern_queues();
    if (modern.err == OK)
        print("virtio-blk: its modern interface (memory BAR 4, read by MMIO) has %llu queue(s)\n",
              (unsigned long long)modern.value);
    for (;;)
        serve_one();
}
