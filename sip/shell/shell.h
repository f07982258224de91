/*
 * shell.h — what the shell's files share: the line editor (line.c) and
 * the commands (commands.c, commands_system.c).
 */
#ifndef INSULA_SHELL_H
#define INSULA_SHELL_H

#include <insula/naming.h>
#include <insula/stdlib.h>

#define LINE_MAX 120

/* Reads one edited line; its text is line_text(). Errors: ERR_CLOSED (the
   input ended), the console's other errors. */
err_t line_read(void);

/* The line line_read() returned (a view of the editor's buffer). */
str_t line_text(void);

/* Runs one command line; false once the shell should end. */
bool command_run(str_t line);

/* ---- children.c ---- */
/* Reports the SIPs `start` began that have ended since the last call. */
void children_poll(void);
/* `log`'s part about them: the last endings, and those still running. */
void children_log(void);
void cmd_start(str_t args);
void cmd_kill(str_t args);

/*
 * Starts boot module `module` ("files.sip") with `args`, priority 3 and
 * `quota` bytes of this shell's memory, no capabilities. Under a name
 * service it gets a NameService channel as its endpoint 0, on which it
 * speaks as "shell/STEM" (STEM: the module's name before its dot) with at
 * most this shell's rights (service_delegate). Errors: those of
 * sip_spawn_with and service_delegate.
 */
handle_result_t child_spawn(str_t module, str_t args, uint64_t quota);

/* Prints "COMMAND: IMAGE: ERR_...", and what to do about it. */
void spawn_failed(str_t command, str_t image, err_t err);

/* ---- commands_files.c ---- */
/* Whether `name` is a command of the files tool (ls, cat, sha256, ...). */
bool files_command(str_t name);
/* Runs it: the files tool started with "NAME ARGS", waited for. */
void cmd_files(str_t name, str_t args);

/* ---- commands_system.c ---- */
void cmd_ps(void);
void cmd_mem(void);
void cmd_bench(void);
void cmd_names(void);

#endif
