/*
 * attack-driver — a would-be driver whose manifest asks for the CMOS
 * clock's ports (0x70+2) and line 8. attack-grant's `manifest` mode
 * starts it without a grant: the loader must refuse it (ERR_DENIED, "asks
 * for ports 0x70+0x2; not granted"). Were it ever started, it would touch
 * the ports and exit with 99.
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-driver", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024,
             .io_ranges = { { .base = 0x70, .count = 2 } }, .irqs = { 8, 0xff, 0xff, 0xff });

int main(const char *args)
{
    (void)args;
    (void)port_out(0x70, 1, 0);
    return 99;
}
