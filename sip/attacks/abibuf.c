/*
 * attack-abibuf — hands the kernel a buffer larger than the object it
 * starts in. The SIP cannot forge a pointer, but it chooses the length it
 * passes with one: console_write(secret, 64 KiB) on a 16-byte global asks
 * the kernel to read far past the SIP's data, into memory that is not its
 * own. Every ABI buffer must lie wholly inside one region the caller owns
 * (kernel/sip_memory.c: sip_owns), so the kernel refuses without reading.
 *
 * Expected: console_write(16-byte global, 65535 bytes) is refused with
 * ERR_BAD_ADDRESS and nothing is printed; the SIP exits with that status
 * (-3). Any other answer exits with a positive code.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-abibuf", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

/* const and NUL-terminated: the only char array a SIP may pass as a
   pointer (SIP-STR-NUL); the length below is what the attack forges. */
static const char secret[16] = "0123456789abcde";

static int console(void)
{
    err_t rc = console_write(secret, 65535);
    print("attack-abibuf: console_write of 65535 bytes from a 16-byte object: %s\n",
          err_name(rc));
    return rc == OK ? 10 : rc;
}

int main(const char *args)
{
    (void)args;
    return console();
}
