/*
 * kernel.h — the portable kernel's entry and global options.
 */
#ifndef INSULA_KERNEL_H
#define INSULA_KERNEL_H

#include "boot_info.h"
#include "cmdline.h"

#define INSULA_VERSION "0.1.0"

/* Entered by the platform with interrupts off; never returns. */
__attribute__((noreturn)) void kernel_main(const boot_info_t *bi);

/* The parsed command line (valid once kernel_main has started). */
const kernel_options_t *kernel_options(void);

/* Boot modules named by the command line (insula.config=, insula.init=). */
const char *kernel_boot_config_name(void);
const char *kernel_init_name(void);

#endif
