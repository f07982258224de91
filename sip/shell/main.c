/*
 * shell — the console shell: reads a line (with editing and history,
 * line.c) and runs it (commands.c). It needs the boot configuration to
 * grant it `console-input` (to read keys) and, for its commands, `inspect`
 * (ps, mem), `spawn` (start) and `power` (halt, reboot).
 */
#include "shell.h"

SIP_MANIFEST("shell", .stack_bytes = 32 * 1024, .heap_bytes = 512 * 1024,
             .caps = SIP_CAP_SPAWN | SIP_CAP_CONSOLE_INPUT | SIP_CAP_INSPECT | SIP_CAP_POWER,
             .imports = { "NameService", "PingPong" }, .exports = { "PingPong" });

int main(const char *args)
{
    (void)args;
    print("shell: type 'help' for the commands, 'halt' to stop the machine\n");
    for (;;) {
        err_t rc = line_read();
        if (rc == ERR_CLOSED) {
            print("\nshell: the console input has ended\n");
            return 0;
        }
        if (rc != OK) {
            print("shell: cannot read the console: %s%s\n", err_name(rc),
                  rc == ERR_DENIED ? " (the boot configuration grants no 'console-input')" : "");
            return 1;
        }
        if (!command_run(line_text()))
            return 0;
        children_poll();
    }
}
