/*
 * costmodel.c — the kernel's side of the cost-model marks (costmodel.h,
 * bench/costmodel/README.md). Off unless insula.costmodel=on.
 */
#include "costmodel.h"

volatile uint8_t costmodel_marks[COSTMODEL_MARKS_SIZE] __attribute__((aligned(4096)));

static bool marks_on;
static uint64_t cr3_marks_made;
static uint32_t cr3_mark_last;

void costmodel_marks_enable(void)
{
    marks_on = true;
}

bool costmodel_marks_set(bool on)
{
    bool was = marks_on;
    marks_on = on;
    return was;
}

uint64_t costmodel_cr3_marks_made(uint32_t *last_offset)
{
    *last_offset = cr3_mark_last;
    return cr3_marks_made;
}

void costmodel_mark_console(const char *bytes, size_t len)
{
    if (!marks_on)
        return;
    for (size_t i = 0; i < len; i++)
        costmodel_marks[COSTMODEL_MARK_CONSOLE + (uint8_t)bytes[i]] = 1;
}

void costmodel_mark_cr3(uint16_t pcid, bool noflush)
{
    if (!marks_on)
        return;
    uint32_t base = noflush ? COSTMODEL_MARK_CR3_NOFLUSH : COSTMODEL_MARK_CR3_FLUSH;
    cr3_mark_last = base + pcid % COSTMODEL_PCID_COUNT;
    cr3_marks_made++;
    costmodel_marks[cr3_mark_last] = 1;
}
