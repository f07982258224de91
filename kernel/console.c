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
#define LOG_RING (16u * 1024)

/* The last LOG_RING bytes written to the console (kernel lines and SIP
   output alike), for console_log_tail. */
static char log_ring[LOG_RING];
static uint64_t log_written;

void console_log_record(const char *bytes, size_t len)
{
    for (size_t i = 0; i < len; i++)
        log_ring[(log_written + i) % LOG_RING] = bytes[i];
    log_written += len;
}

size_t console_log_tail(char *buf, size_t cap)
{
    bool enabled = irq_save();
    uint64_t held = log_written < LOG_RING ? log_written : LOG_RING;
    size_t n = cap < held ? cap : (size_t)held;
    for (size_t i = 0; i < n; i++)
        buf[i] = log_ring[(log_written - n + i) % LOG_RING];
    irq_restore(enabled);
    return n;
}

typedef struct {
    char buf[LINE_MAX];
    size_t used;
} line_t;

static void line_flush(line_t *line)
{
    console_log_record(line->buf, line->used);
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
