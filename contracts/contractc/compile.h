/* compile.h: one run of the compiler over a set of sources. */
#ifndef CONTRACTC_COMPILE_H
#define CONTRACTC_COMPILE_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

typedef enum compile_outputs {
    COMPILE_ALL,        /* bindings and tables */
    COMPILE_TABLES,     /* --table-only */
    COMPILE_NONE,       /* --check: validate only */
} compile_outputs_t;

typedef struct compile_opts {
    const char *outdir;        /* where <stem>.h etc. go */
    compile_outputs_t outputs;
    const char *registry;      /* if set, the kernel's registry of every
                                  contract is written to this file */
    FILE *diag_out;            /* diagnostics */
    bool json;                 /* diagnostics as a JSON array (--json) */
    FILE *sink;                /* if set, every output is written here
                                  instead of to files (the fuzzer) */
} compile_opts_t;

/*
 * compile_run: parse and check all sources together (contracts may refer to
 * each other across files), then, only if there was no error, generate the
 * outputs for each source. Returns the number of errors.
 */
unsigned compile_run(const source_t *srcs, size_t count,
                     const compile_opts_t *o);

#endif
