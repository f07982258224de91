/*
 * costmodel.c — the kernel's side of the cost-model marks (costmodel.h,
 * bench/costmodel/README.md). Off unless insula.costmodel=on.
 */
#include "costmodel.h"

volatile uint8_t costmodel_marks[COSTMODEL_MARKS_SIZE] __attribute__((aligned(4096)));

static bool marks_on;

void costmodel_marks_enable(void)
{
    marks_on = true;
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
    costmodel_marks[base + pcid % COSTMODEL_PCID_COUNT] = 1;
}
