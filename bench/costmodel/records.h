/*
 * records.h — what the plugin writes (README.md, "Records"): a header
 * naming the fields, then one record per console line with the counts so
 * far and the line's text, and one at the end.
 *
 *   # costmodel 1 insns cycles itlb_misses ...
 *   line <counts...>\t<text>
 *   end <counts...>
 */
#ifndef COSTMODEL_RECORDS_H
#define COSTMODEL_RECORDS_H

#include <stdint.h>
#include <stdio.h>

#include "model.h"

#define CM_LINE_MAX 512

typedef struct {
    char text[CM_LINE_MAX];
    size_t len;
    uint64_t lines;             /* records written */
} cm_lines_t;

void cm_write_header(FILE *f);
void cm_write_counts(FILE *f, const char *kind, const cm_counts_t *c);

/* One console byte: '\n' writes a record with the line (cut at
 * CM_LINE_MAX - 1 bytes; '\r' and other control bytes are dropped). */
void cm_lines_byte(cm_lines_t *l, uint8_t byte, const cm_counts_t *c, FILE *f);

#endif
