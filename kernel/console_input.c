/*
 * console_input.c — bytes typed on the console, for SIPs that may read
 * them (SIP_CAP_CONSOLE_INPUT; a shell).
 *
 * Nothing is read until the first console_read: from then on every timer
 * tick moves what the platform has received (the UART on pc, stdin on
 * hosted) into a ring and wakes the readers. A full ring leaves the bytes
 * with the platform (the UART's FIFO, QEMU's or the terminal's buffer).
 */
#include "console.h"

#include "platform.h"
#include "thread.h"
#include "timer.h"

#define INPUT_RING 512

static char ring[INPUT_RING];
static size_t ring_head, ring_count;
static bool input_open, input_ended;
static wait_queue_t readers;

void console_input_poll(void)
{
    if (!input_open || input_ended || ring_count == INPUT_RING)
        return;
    char chunk[64];
    size_t room = INPUT_RING - ring_count;
    size_t n = platform_console_read(chunk, room < sizeof(chunk) ? room : sizeof(chunk),
                                     &input_ended);
    for (size_t i = 0; i < n; i++)
        ring[(ring_head + ring_count++) % INPUT_RING] = chunk[i];
    if (n > 0 || input_ended)
        thread_wake_all(&readers);
}

err_t console_read(char *buf, size_t cap, uint64_t timeout_ns, size_t *got)
{
    bool enabled = irq_save();
    if (!input_open) {
        input_open = true;
        platform_console_input_open();
    }
    uint64_t deadline = timeout_ns == THREAD_FOREVER ? 0 : time_ns_after(timeout_ns);
    err_t rc = OK;
    while (ring_count == 0 && !input_ended && rc == OK) {
        uint64_t left = deadline == 0 ? THREAD_FOREVER : time_ns_until(deadline);
        rc = timeout_ns == 0 || left == 0 ? ERR_TIMEOUT : thread_block(&readers, left);
    }
    size_t n = 0;
    for (; n < cap && ring_count > 0; n++) {
        buf[n] = ring[ring_head];
        ring_head = (ring_head + 1) % INPUT_RING;
        ring_count--;
    }
    irq_restore(enabled);
    *got = n;
    if (n > 0)
        return OK;
    return input_ended ? ERR_CLOSED : ERR_TIMEOUT;
}
