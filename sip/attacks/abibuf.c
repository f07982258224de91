/*
 * attack-abibuf — hands out a buffer larger than the object it starts in.
 * The SIP cannot forge a pointer, but it chooses the length it passes with
 * one: console_write(secret, 65535) on a 16-byte global asks for the bytes
 * after the object too — the SIP's other data, or past its memory.
 * console_write writes a C string, at most `len` bytes of it, and every
 * char * in verified code is a C string (SIP-STR-NUL): the stdlib stops at
 * the object's NUL. (Past the SIP's memory the kernel would refuse the
 * buffer anyway, ERR_BAD_ADDRESS: kernel/sip_memory.c, sip_owns; the
 * self-test sip_abi_abuse shows that through the raw ABI.)
 *
 * Expected: console_write returns OK having written the object's 15
 * characters and nothing after them: the boot tests require the line
 * "attack-abibuf: [0123456789abcde]". The SIP exits 0; any other answer
 * exits 10.
 *
 * Mode "sent-block" (R97): a buffer in an exchange-heap block it has sent
 * away. The kernel's ownership check remembers, per thread, the region
 * where it last found a buffer (kernel/sip_memory.c); here that is the
 * block's, found by a first console_write_str of the block's view. The
 * block is then sent on a Bench channel of its own (in flight, owned by
 * the message) and the same view written again: the remembered region is
 * gone, so the kernel must refuse -> exits ERR_BAD_ADDRESS (-3); 99 if the
 * bytes were written.
 */
#include <insula/stdlib.h>

#include "bench.h"

SIP_MANIFEST("attack-abibuf", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .imports = { "Bench" }, .exports = { "Bench" });

#define ATTACK_SURVIVED 99

/* const and NUL-terminated: the only char array a SIP may pass as a
   pointer (SIP-STR-NUL); the length below is what the attack forges. */
static const char secret[16] = "0123456789abcde";

static int console(void)
{
    print("attack-abibuf: [");
    console_flush();
    err_t rc = console_write(secret, 65535);
    print("]\n");
    print("attack-abibuf: console_write of 65535 bytes from a 16-byte object: %s\n",
          err_name(rc));
    return rc == OK ? 0 : 10;
}

static int sent_block(void)
{
    chan_pair_t p = chan_create(Bench_CONTRACT_ID);
    xblock_result_t made = xblock_new(64);
    if (p.err != OK || made.err != OK)
        return 11;
    if (xblock_write(made.block, 0, STR("attack-abibuf: block\n")) != OK)
        return 12;
    str_result_t line = str_slice(xblock_view(made.block), 0, 21);
    if (line.err != OK || console_write_str(line.str) != OK)
        return 13;    /* its own block: written */
    if (Bench_imp_send_Data((Bench_imp_t){ p.imp }, made.block) != OK)
        return 14;
    err_t rc = console_write_str(line.str);
    print("attack-abibuf: writing a block it sent away: %s\n", err_name(rc));
    return rc == OK ? ATTACK_SURVIVED : rc;
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("sent-block")))
        return sent_block();
    return console();
}
