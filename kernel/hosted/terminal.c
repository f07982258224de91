/*
 * terminal.c — console input on hosted (stdin) and the process-level halt
 * and reboot.
 *
 * Input starts when a SIP first reads it: if stdin is a terminal it goes
 * into raw mode (no echo, no line editing: the reading SIP does both; ^C
 * still interrupts), and the old mode comes back whenever the process
 * ends — halt, reboot, or a signal that ends it.
 */
#include "hosted.h"

#include "platform.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <termios.h>
#include <unistd.h>

static char *const *saved_argv;
static struct termios saved_mode;
static volatile sig_atomic_t mode_changed;

void hosted_save_argv(char *const *argv)
{
    saved_argv = argv;
}

void hosted_terminal_restore(void)
{
    if (mode_changed) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_mode);
        mode_changed = 0;
    }
}

static void on_end_signal(int sig)
{
    hosted_terminal_restore();
    signal(sig, SIG_DFL);
    raise(sig);
}

void platform_console_input_open(void)
{
    struct termios raw;
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_mode) != 0)
        return;
    raw = saved_mode;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | IEXTEN);
    raw.c_iflag &= ~(tcflag_t)(ICRNL | IXON);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    signal(SIGINT, on_end_signal);
    signal(SIGTERM, on_end_signal);
    signal(SIGHUP, on_end_signal);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0)
        mode_changed = 1;
}

size_t platform_console_read(char *buf, size_t cap, bool *ended)
{
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
    if (cap == 0 || poll(&p, 1, 0) != 1)
        return 0;
    ssize_t n = read(STDIN_FILENO, buf, cap);
    if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
        *ended = true;
    return n > 0 ? (size_t)n : 0;
}

void platform_reboot(void)
{
    hosted_terminal_restore();
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    struct itimerval off;
    memset(&off, 0, sizeof(off));
    setitimer(ITIMER_REAL, &off, NULL);
    if (saved_argv != NULL)
        execv("/proc/self/exe", saved_argv);
    platform_halt(HALT_PANIC);    /* exec failed */
}
