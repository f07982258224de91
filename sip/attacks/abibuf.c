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
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-abibuf", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

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

int main(const char *args)
{
    (void)args;
    return console();
}
