/*
 * hosted.h — internal interfaces of the hosted platform.
 */
#ifndef INSULA_HOSTED_H
#define INSULA_HOSTED_H

/* Installs the SIGILL/SIGSEGV/SIGBUS/SIGFPE handlers on an alternate stack. */
void hosted_traps_init(void);

/* --disk IMAGE (main.c): the file a file-backed block device will serve, or
 * NULL. No driver uses it yet. */
extern const char *hosted_disk_path;

/* Remembers the process's arguments, for platform_reboot. */
void hosted_save_argv(char *const *argv);

/* Puts back the terminal mode console input changed (terminal.c). */
void hosted_terminal_restore(void);

#endif
