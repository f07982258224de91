/*
 * attack-xview — tries to read or write an exchange-heap block after it has
 * left the SIP: sent to a receiver (the same memory, the receiver's now) or
 * closed (frames the kernel hands to anyone next). SIP code has no view of
 * a block (SIP-LIB-XBLOCK: `xblock_view`, whose view outlived the send, is
 * withdrawn); it names a block by its handle, and each copy in or out looks
 * the block up at its start and finishes under the exchange lock, which
 * sends and closes take too. The receiver here is the attack's own other
 * end of a Bench channel, so that it can check its block; a block sent to
 * another SIP is reached the same way (the handle is the same dead value).
 *
 * Modes (args) and the expected exit code:
 *   read-after-send   xblock_read, xblock_copy, xblock_size, xblock_load of a
 *                     block after sending it, also after the receiver wrote
 *                     it                                  -> ERR_BAD_HANDLE (-2)
 *   write-after-send  xblock_write and xblock_store after sending it; the
 *                     receiver's block must hold what was sent -> ERR_BAD_HANDLE
 *   after-close       every access after closing it; a new block of the same
 *                     size is zero, not the old bytes       -> ERR_BAD_HANDLE
 *   race-write-send   a second thread writes the block over and over (one
 *                     32 KiB copy per call) while the main thread, woken by
 *                     the timer in the middle of such a copy, sends the block
 *                     and the receiver fills it with its own bytes: a copy
 *                     that went on after the send would overwrite them
 *                     (32 rounds)                           -> ERR_BAD_HANDLE
 *   race-read-send    the same with a thread reading the block: a copy that
 *                     went on after the send would read the receiver's bytes
 *                                                           -> ERR_BAD_HANDLE
 *   race-write-close  the same, closing the block and taking a new one of the
 *                     same size (often the same frames)     -> ERR_BAD_HANDLE
 * A positive code names what went wrong: an access that worked or a
 * receiver's block that changed (99, ATTACK_SURVIVED), a step that should
 * work failed (10 and up).
 */
#include <insula/stdlib.h>

#include "bench.h"

SIP_MANIFEST("attack-xview", .stack_bytes = 16 * 1024, .heap_bytes = 192 * 1024,
             .imports = { "Bench" }, .exports = { "Bench" });

#define ATTACK_SURVIVED 99
#define BLOCK (32u * 1024)
#define PIECE 4096u
#define ROUNDS 32u

static Bench_imp_t sender_end;
static Bench_exp_t receiver_end;
static buf_t *sender_bytes;       /* BLOCK bytes of 'S' */
static buf_t *receiver_piece;     /* PIECE bytes of 'R' */
static buf_t *scratch;            /* BLOCK bytes: the main thread's checks */
static buf_t *seen;               /* BLOCK bytes: the reading thread's copies */

/* What the two threads of a race share. */
static volatile uint32_t round_no;       /* the round the main thread runs */
static volatile xblock_handle_t target;  /* the block of this round, as the sender named it */
static volatile uint32_t accessed;       /* the last round with an access that worked */
static volatile uint32_t refused;        /* the last round whose access was refused */
static volatile err_t refusal;           /* what it was refused with */
static volatile bool foreign;            /* the reader saw bytes that were not the sender's */

static buf_t *filled(uint8_t byte, size_t n)
{
    buf_t *b = buf_new(n);
    while (b != NULL && buf_len(b) < n)
        buf_append_byte(b, byte);
    return b;
}

static bool setup(void)
{
    chan_pair_t p = chan_create(Bench_CONTRACT_ID);
    sender_end = (Bench_imp_t){ p.imp };
    receiver_end = (Bench_exp_t){ p.exp };
    sender_bytes = filled('S', BLOCK);
    receiver_piece = filled('R', PIECE);
    scratch = buf_new(BLOCK);
    seen = buf_new(BLOCK);
    return p.err == OK && sender_bytes != NULL && receiver_piece != NULL && scratch != NULL &&
           seen != NULL;
}

static bool all_bytes(str_t v, int byte)
{
    for (size_t i = 0; i < v.len; i++)
        if (str_at(v, i) != byte)
            return false;
    return true;
}

/* True if the block we own holds BLOCK bytes, each `byte`. */
static bool block_holds(xblock_handle_t block, int byte)
{
    return xblock_read(block, 0, BLOCK, scratch, 0) == OK && buf_len(scratch) == BLOCK &&
           all_bytes(buf_view(scratch), byte);
}

/* The receiver writes its own bytes over the whole block. */
static bool receiver_fills(xblock_handle_t block)
{
    for (uint64_t at = 0; at < BLOCK; at += PIECE)
        if (xblock_write(block, at, buf_view(receiver_piece)) != OK)
            return false;
    return true;
}

/* A block of BLOCK bytes of 'S', or 0. */
static xblock_handle_t sender_block(void)
{
    xblock_result_t r = xblock_from_str(buf_view(sender_bytes));
    return r.err == OK ? r.block : 0;
}

/* Sends `block` to our own exporting end; the receiver's handle, or 0. */
static xblock_handle_t send_and_receive(xblock_handle_t block)
{
    Bench_Data_t got;
    if (Bench_imp_send_Data(sender_end, block) != OK || Bench_exp_recv_Data(receiver_end, &got) != OK)
        return 0;
    return got.block;
}

/* Every way to read `block`; OK if one worked (it should not), else its refusal. */
static err_t try_reads(xblock_handle_t block)
{
    err_t rc = xblock_read(block, 0, 1, scratch, 0);
    if (rc == OK || xblock_copy(block) != NULL || xblock_size(block) != 0)
        return OK;
    u64_result_t v = xblock_load(block, 0, 8);
    return v.err == OK ? OK : rc;
}

/* Every way to write `block`; OK if one worked, else its refusal. */
static err_t try_writes(xblock_handle_t block)
{
    err_t rc = xblock_write(block, 0, STR("forged"));
    if (rc == OK || xblock_store(block, 0, 8, 0x4242424242424242ull) == OK)
        return OK;
    return rc;
}

static int read_after_send(void)
{
    xblock_handle_t h = sender_block();
    if (h == 0)
        return 10;
    xblock_handle_t mine = send_and_receive(h);
    if (mine == 0)
        return 11;
    err_t before = try_reads(h);
    if (!receiver_fills(mine))
        return 12;
    err_t after = try_reads(h);
    print("attack-xview: reading a sent block: %s, after the receiver wrote it: %s\n",
          err_name(before), err_name(after));
    if (before == OK || after == OK)
        return ATTACK_SURVIVED;
    return before == after ? before : 13;
}

static int write_after_send(void)
{
    xblock_handle_t h = sender_block();
    if (h == 0)
        return 10;
    xblock_handle_t mine = send_and_receive(h);
    if (mine == 0)
        return 11;
    err_t rc = try_writes(h);
    print("attack-xview: writing a sent block: %s\n", err_name(rc));
    if (rc == OK || !block_holds(mine, 'S'))
        return ATTACK_SURVIVED;
    return rc;
}

static int after_close(void)
{
    xblock_handle_t h = sender_block();
    if (h == 0 || handle_close(h) != OK)
        return 10;
    err_t reads = try_reads(h);
    err_t writes = try_writes(h);
    xblock_result_t next = xblock_new(BLOCK);    /* perhaps the same slot, the same frames */
    if (next.err != OK)
        return 11;
    err_t again = try_reads(h);
    print("attack-xview: a closed block: read %s, written %s, read after a new one %s\n",
          err_name(reads), err_name(writes), err_name(again));
    if (reads == OK || writes == OK || again == OK || next.block == h || !block_holds(next.block, 0))
        return ATTACK_SURVIVED;
    return reads;
}

/* ---- races: a second thread copies while the main thread sends or closes ---- */

static void end_round(uint32_t r, err_t rc)
{
    refusal = rc;
    refused = r;
}

static void writer(uint64_t arg)
{
    (void)arg;
    for (uint32_t r = 1; r <= ROUNDS; r++) {
        while (round_no < r)
            sleep_ms(1);
        err_t rc;
        while ((rc = xblock_write(target, 0, buf_view(sender_bytes))) == OK)
            accessed = r;
        end_round(r, rc);
    }
}

static void reader(uint64_t arg)
{
    (void)arg;
    for (uint32_t r = 1; r <= ROUNDS; r++) {
        while (round_no < r)
            sleep_ms(1);
        err_t rc;
        while ((rc = xblock_read(target, 0, BLOCK, seen, 0)) == OK) {
            if (!all_bytes(buf_view(seen), 'S'))
                foreign = true;
            accessed = r;
        }
        end_round(r, rc);
    }
}

/* Takes `block` from the copying thread: sent (and received) or closed
   (and a new block taken). The block the main thread owns now, or 0. */
static xblock_handle_t take_away(xblock_handle_t block, bool closing)
{
    if (!closing)
        return send_and_receive(block);
    if (handle_close(block) != OK)
        return 0;
    xblock_result_t r = xblock_new(BLOCK);
    return r.err == OK ? r.block : 0;
}

/* The receiver's block back to the sender's end, for the next round. */
static xblock_handle_t give_back(xblock_handle_t mine, bool closing)
{
    Bench_DataBack_t back;
    if (closing)
        return mine;
    if (Bench_exp_send_DataBack(receiver_end, mine) != OK || Bench_imp_recv_DataBack(sender_end, &back) != OK)
        return 0;
    return back.block;
}

/* One round; 0 if the copying thread was refused and the receiver's block is intact. */
static int race_round(uint32_t r, SIP_OUT xblock_handle_t *block, bool closing)
{
    if (xblock_write(*block, 0, buf_view(sender_bytes)) != OK)
        return 14;
    target = *block;
    round_no = r;
    while (accessed < r && refused < r)
        sleep_ms(1);    /* woken by the timer: the other thread is most likely mid-copy */
    xblock_handle_t mine = take_away(*block, closing);
    if (mine == 0 || !receiver_fills(mine))
        return 15;
    while (refused < r)
        sleep_ms(1);
    if (foreign || !block_holds(mine, 'R'))
        return ATTACK_SURVIVED;
    *block = give_back(mine, closing);
    return *block != 0 ? 0 : 16;
}

static int race(thread_entry_t copier, bool closing)
{
    xblock_handle_t block = sender_block();
    if (block == 0)
        return 10;
    if (thread_start(copier, 0).err != OK)
        return 11;
    for (uint32_t r = 1; r <= ROUNDS; r++) {
        int step = race_round(r, &block, closing);
        if (step != 0) {
            print("attack-xview: round %u: %d\n", r, step);
            return step;
        }
        if (refusal != ERR_BAD_HANDLE)
            return 17;
    }
    print("attack-xview: %u rounds; each copy after the block left was refused, the "
          "receiver's bytes intact\n", ROUNDS);
    return refusal;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (!setup())
        return 13;
    if (str_equal(mode, STR("read-after-send")))
        return read_after_send();
    if (str_equal(mode, STR("write-after-send")))
        return write_after_send();
    if (str_equal(mode, STR("after-close")))
        return after_close();
    if (str_equal(mode, STR("race-write-send")))
        return race(writer, false);
    if (str_equal(mode, STR("race-read-send")))
        return race(reader, false);
    if (str_equal(mode, STR("race-write-close")))
        return race(writer, true);
    print("attack-xview: unknown mode '%s'\n", args);
    return 1;
}
