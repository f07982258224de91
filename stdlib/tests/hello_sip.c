/*
 * hello_sip.c — a whole SIP, linked against stdlib_sip by the build to
 * prove that an image links with nothing but the stdlib (no undefined
 * symbols) and carries its manifest note (check_sip_image.py).
 */
#include "insula/stdlib.h"

SIP_MANIFEST("hello", .stack_bytes = 16 * 1024, .heap_bytes = 256 * 1024,
             .imports = { "console" });

int main(const char *args)
{
    str_t who = str_trim(str_from_cstr(args));
    buf_t *line = buf_new(64);
    if (line == NULL)
        return 1;
    err_t rc = buf_append(line, STR("hello, "));
    if (rc == OK)
        rc = buf_append(line, who.len > 0 ? who : STR("world"));
    if (rc == OK)
        rc = buf_append_byte(line, '\n');
    if (rc != OK)
        return 2;
    return console_write_str(buf_view(line)) == OK ? 0 : 3;
}
