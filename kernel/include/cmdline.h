/*
 * cmdline.h — the kernel command line.
 *
 * Options are `insula.KEY=VALUE` words separated by spaces. The first word is
 * skipped when it has no '=' (loaders put the kernel's path there). Anything
 * unknown or malformed is reported with its column and ignored; the option
 * keeps its default.
 *
 *   insula.mode=phys|page|domain|ring3|micro   protection mode (phys)
 *   insula.test=all|NAME[,NAME...]              run self-tests, then halt
 *   insula.hz=N                                 timer frequency, 10..10000 (100)
 *   insula.timer=auto|pit                       pc tick source (auto: LAPIC if present)
 *   insula.init=MODULE                          the first SIP (init.sip)
 *   insula.config=MODULE                        the boot configuration (boot.conf)
 *   insula.fuzz=CALLS[,SEED]                    the abi_fuzz self-test's run: calls
 *                                               1..10^10, seed (default 1)
 *   insula.debug=on|off                         log each SIP's image base, for the
 *                                               debugger's insula-sips (off)
 *   insula.isolate=all|MODULE[,MODULE...]       in domain mode, SIPs started from
 *                                               these images (all: every SIP) get
 *                                               their own address space (docs/modes.md)
 *   insula.pcid=on|off                          use PCID where the CPU has it (on)
 *   insula.costmodel=on|off                     pc: marks for the cost-model plugin
 *                                               (off; bench/costmodel/README.md)
 */
#ifndef INSULA_CMDLINE_H
#define INSULA_CMDLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    PROT_PHYS,
    PROT_PAGE,
    PROT_DOMAIN,
    PROT_RING3,
    PROT_MICRO,
    PROT__COUNT
} prot_mode_t;

typedef enum {
    TIMER_AUTO,
    TIMER_PIT,
} timer_choice_t;

#define CMDLINE_TEST_MAX 128
#define CMDLINE_NAME_MAX 64

typedef struct {
    prot_mode_t mode;
    char test[CMDLINE_TEST_MAX];    /* empty: normal boot */
    uint32_t hz;
    timer_choice_t timer;
    char init[CMDLINE_NAME_MAX];
    char config[CMDLINE_NAME_MAX];
    uint64_t fuzz_calls;            /* 0: the abi_fuzz self-test's short run */
    uint64_t fuzz_seed;
    bool debug;                     /* log SIP image bases (docs/hacking.md) */
    bool pcid_off;                  /* insula.pcid=off */
    char isolate[CMDLINE_TEST_MAX]; /* module names, ',' between; empty: none */
    bool costmodel;                 /* pc: marks for bench/costmodel's plugin */
} kernel_options_t;

/* Called for each problem; `column` is 1-based within the command line. */
typedef void (*cmdline_warn_t)(void *ctx, size_t column, const char *message);

/*
 * Parses `cmdline` into `out` (defaults first). Returns how many words were
 * rejected; each one was reported through `warn` (which may be NULL).
 */
unsigned cmdline_parse(const char *cmdline, kernel_options_t *out,
                       cmdline_warn_t warn, void *ctx);

const char *prot_mode_name(prot_mode_t mode);

#endif
