/*
 * records.c — the plugin's output (records.h).
 */
#include "records.h"

#include <inttypes.h>

/* The order of every record's numbers. */
static const char *const field_names[] = {
    "insns", "cycles", "itlb_misses", "dtlb_misses", "stlb_misses", "walk_levels",
    "l1i_misses", "l1d_misses", "l2_misses", "cr3_loads", "tlb_flushes", "io_accesses",
    "cycles_tlb", "cycles_cache", "cycles_special", "cycles_io",
};

#define FIELD_COUNT (sizeof(field_names) / sizeof(field_names[0]))
_Static_assert(FIELD_COUNT == 16, "fields() fills every named field");

static void fields(const cm_counts_t *c, uint64_t out[FIELD_COUNT])
{
    out[0] = c->insns;
    out[1] = c->cycles;
    out[2] = c->itlb_misses;
    out[3] = c->dtlb_misses;
    out[4] = c->stlb_misses;
    out[5] = c->walk_levels;
    out[6] = c->l1i_misses;
    out[7] = c->l1d_misses;
    out[8] = c->l2_misses;
    out[9] = c->cr3_loads;
    out[10] = c->tlb_flushes;
    out[11] = c->io_accesses;
    out[12] = c->cycles_tlb;
    out[13] = c->cycles_cache;
    out[14] = c->cycles_special;
    out[15] = c->cycles_io;
}

void cm_write_header(FILE *f)
{
    fprintf(f, "# costmodel 1");
    for (size_t i = 0; i < FIELD_COUNT; i++)
        fprintf(f, " %s", field_names[i]);
    for (int k = 1; k < INSN_CLASS_COUNT; k++)
        fprintf(f, " %s", insn_class_name((insn_class_t)k));
    fprintf(f, "\n");
}

void cm_write_counts(FILE *f, const char *kind, const cm_counts_t *c)
{
    uint64_t v[FIELD_COUNT];
    fields(c, v);
    fprintf(f, "%s", kind);
    for (size_t i = 0; i < FIELD_COUNT; i++)
        fprintf(f, " %" PRIu64, v[i]);
    for (int k = 1; k < INSN_CLASS_COUNT; k++)
        fprintf(f, " %" PRIu64, c->special[k]);
}

void cm_lines_byte(cm_lines_t *l, uint8_t byte, const cm_counts_t *c, FILE *f)
{
    if (byte == '\n') {
        l->text[l->len] = '\0';
        cm_write_counts(f, "line", c);
        fprintf(f, "\t%s\n", l->text);
        fflush(f);      /* the harness may stop QEMU right after this line */
        l->len = 0;
        l->lines++;
        return;
    }
    if (byte < 0x20 || byte == 0x7F)
        return;
    if (l->len < CM_LINE_MAX - 1)
        l->text[l->len++] = (char)byte;
}
