/*
 * commands.c — the shell's commands: parsing a line and running it;
 * help, log, halt and reboot (the others: commands_system.c, children.c,
 * commands_files.c).
 */
#include "shell.h"

static void cmd_help(void)
{
    print("commands:\n"
          "  help               this list\n"
          "  ps                 SIPs: id, name, state, threads, memory/quota, endpoints, waits\n"
          "  mem                the system's memory and this shell's heap\n"
          "  names              what is published in the name service\n"
          "  start [-q SIZE] IMAGE [ARGS]\n"
          "                     start boot module IMAGE (IMAGE.sip if it has no dot), priority 3,\n"
          "                     SIZE of memory (bytes, or with K or M; default 256K) taken from\n"
          "                     this shell's; it speaks to the name service as shell/IMAGE\n"
          "  kill ID            end SIP ID, one this shell started\n"
          "  ls PATH, cat PATH, sha256 PATH..., stat PATH, mkdir PATH, rm PATH, mv FROM TO\n"
          "                     the file system (the service 'fs'), through the files tool\n"
          "  bench              time a channel round trip and an ABI call\n"
          "  log                the end of the console log, and the SIPs started here\n"
          "  halt               stop the machine (QEMU / the hosted process exits with 0)\n"
          "  reboot             start again\n"
          "keys: Left/Right, Up/Down (history), Backspace, Ctrl-U (clear), Ctrl-A/E, Ctrl-C\n");
}

#define LOG_SHOWN 2048

/* Prints text without its terminal controls (the prompt's redraws are in
   the log too): printable bytes and newlines only, escape sequences and
   carriage returns dropped. */
static void print_plain(str_t text)
{
    bool in_escape = false;
    for (size_t i = 0; i < str_len(text); i++) {
        int c = str_at(text, i);
        if (in_escape) {
            in_escape = !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
            continue;
        }
        if (c == 0x1b)
            in_escape = true;
        else if (c == '\n' || (c >= 0x20 && c < 0x7f))
            print("%c", c);
    }
}

/* The end of the console log (`log`), then the SIPs `start` began. */
static void cmd_log(void)
{
    buf_t *tail = buf_new(LOG_SHOWN);
    err_t rc = tail != NULL ? log_tail(tail) : ERR_NO_MEMORY;
    if (rc != OK)
        print("log: %s\n", err_name(rc));
    else {
        str_t text = buf_view(tail);
        int64_t first_line = str_find_byte(text, '\n');
        if (str_len(text) == LOG_SHOWN && first_line >= 0)    /* drop a cut first line */
            text = str_slice(text, (size_t)first_line + 1, text.len - (size_t)first_line - 1).str;
        print_plain(text);
    }
    children_log();
}

static void cmd_power(bool reboot)
{
    err_t rc = reboot ? system_reboot() : system_halt();
    print("%s: %s%s\n", reboot ? "reboot" : "halt", err_name(rc),
          rc == ERR_DENIED ? " (the boot configuration grants this shell no 'power' capability)"
                           : "");
}

bool command_run(str_t text)
{
    str_token_t cmd = str_next_token(text, STR(" "));
    if (cmd.err != OK)
        return true;
    str_t name = cmd.token;
    if (str_equal(name, STR("help")))
        cmd_help();
    else if (str_equal(name, STR("ps")))
        cmd_ps();
    else if (str_equal(name, STR("mem")))
        cmd_mem();
    else if (str_equal(name, STR("names")))
        cmd_names();
    else if (str_equal(name, STR("start")))
        cmd_start(cmd.rest);
    else if (str_equal(name, STR("kill")))
        cmd_kill(cmd.rest);
    else if (files_command(name))
        cmd_files(name, cmd.rest);
    else if (str_equal(name, STR("bench")))
        cmd_bench();
    else if (str_equal(name, STR("log")))
        cmd_log();
    else if (str_equal(name, STR("halt")) || str_equal(name, STR("reboot")))
        cmd_power(str_equal(name, STR("reboot")));
    else if (str_equal(name, STR("exit")))
        return false;
    else
        print("%.*s: unknown command; 'help' lists them\n", (int)name.len, name.bytes);
    return true;
}
