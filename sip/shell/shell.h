/*
 * shell.h — what the shell's files share: the line editor (line.c) and
 * the commands (commands.c, commands_system.c).
 */
#ifndef INSULA_SHELL_H
#define INSULA_SHELL_H

#include <insula/stdlib.h>

#define LINE_MAX 120

/* Reads one edited line; its text is line_text(). Errors: ERR_CLOSED (the
   input ended), the console's other errors. */
err_t line_read(void);

/* The line line_read() returned (a view of the editor's buffer). */
str_t line_text(void);

/* Runs one command line; false once the shell should end. */
bool command_run(str_t line);

/* Reports the SIPs `start` began that have ended since the last call. */
void children_poll(void);

/* ---- commands_system.c ---- */
void cmd_ps(void);
void cmd_mem(void);
void cmd_bench(void);
void cmd_names(void);

#endif
