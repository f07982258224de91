/*
 * serial.c — COM1 (16550 UART) at 115200 8N1, polled both ways. The
 * console of pc; input is read on timer ticks (kernel/console_input.c).
 */
#include "pc.h"

#include "costmodel.h"
#include "cpu.h"

#define COM1 0x3F8
#define REG_DATA 0
#define REG_IER 1
#define REG_FCR 2
#define REG_LCR 3
#define REG_MCR 4
#define REG_LSR 5
#define LSR_DATA_READY 0x01
#define LSR_THR_EMPTY 0x20
#define LCR_DLAB 0x80
#define LCR_8N1 0x03

void serial_init(void)
{
    outb(COM1 + REG_IER, 0x00);             /* no UART interrupts: we poll */
    outb(COM1 + REG_LCR, LCR_DLAB);
    outb(COM1 + REG_DATA, 1);               /* divisor 1: 115200 baud */
    outb(COM1 + REG_IER, 0);
    outb(COM1 + REG_LCR, LCR_8N1);
    outb(COM1 + REG_FCR, 0xC7);             /* enable and clear FIFOs */
    outb(COM1 + REG_MCR, 0x03);             /* DTR, RTS */
}

static void serial_put(char c)
{
    for (int spins = 0; spins < 100000 && !(inb(COM1 + REG_LSR) & LSR_THR_EMPTY); spins++)
        __asm__ volatile("pause");
    outb(COM1 + REG_DATA, (uint8_t)c);
}

void serial_write(const char *bytes, size_t len)
{
    costmodel_mark_console(bytes, len);
    for (size_t i = 0; i < len; i++) {
        if (bytes[i] == '\n')
            serial_put('\r');
        serial_put(bytes[i]);
    }
}

size_t serial_read(char *buf, size_t cap)
{
    size_t n = 0;
    while (n < cap && (inb(COM1 + REG_LSR) & LSR_DATA_READY))
        buf[n++] = (char)inb(COM1 + REG_DATA);
    return n;
}
