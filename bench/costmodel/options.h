/*
 * options.h — the plugin's arguments (README.md, "Running it"):
 *   out=PATH      where the records go (required)
 *   marks=ADDR    physical address of the kernel's costmodel_marks (hex)
 *   pages=4k|2m|1g  the page size the mode maps with (default 4k)
 *   global=LO-HI  virtual range mapped with global pages (hex, default none)
 *   cpi=MILLI     cost of an ordinary instruction in thousandths of a cycle
 *   kernel=LO-HI  the kernel image (hex): its own cycle-counter reads do not
 *                 cut intervals (intervals.h), only the benchmarks' do
 */
#ifndef COSTMODEL_OPTIONS_H
#define COSTMODEL_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"

#define CM_PATH_MAX 1024

typedef struct {
    char out[CM_PATH_MAX];
    uint64_t marks;             /* 0: no marks (no regions, no PCIDs) */
    uint64_t kernel_lo, kernel_hi;  /* [lo,hi): the kernel image; empty by default */
    cm_config_t config;
} cm_options_t;

/* Parses the arguments over the defaults; false with a message naming the
 * bad argument in `why`. */
bool cm_options_parse(int argc, char **argv, cm_options_t *o, char *why, size_t why_len);

#endif
