/*
 * console.c — kprintf and friends over platform_console_write().
 *
 * Each call formats into a local line buffer and writes it in one piece with
 * interrupts masked, so concurrent log lines never interleave mid-line.
 */
#include "console.h"

#include "fmt.h"
#include "platform.h"

#define LINE_MAX 512

typedef struct {
    char buf[LINE_MAX];
    size_t used;
} line_t;

static void line_flush(line_t *line)
{
    platform_console_write(line->buf, line->used);
    line->used = 0;
}

static void line_put(void *ctx, const char *bytes, size_t len)
{
    line_t *line = ctx;
    for (size_t i = 0; i < len; i++) {
        if (line->used == LINE_MAX)
            line_flush(line);
        line->buf[line->used++] = bytes[i];
    }
}

void kvprintf(const char *format, va_list ap)
{
    line_t line;
    line.used = 0;
    bool enabled = irq_save();
    fmt_vformat(line_put, &line, format, ap);
    line_flush(&line);
    irq_restore(enabled);
}

void kprintf(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    kvprintf(format, ap);
    va_end(ap);
}

void kwarn(const char *subsystem, const char *format, ...)
{
    char msg[LINE_MAX];
    va_list ap;
    va_start(ap, format);
    fmt_vsnprintf(msg, sizeof(msg), format, ap);
    va_end(ap);
    kprintf("%s: warning: %s\n", subsystem, msg);
}
