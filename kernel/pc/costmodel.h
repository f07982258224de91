/*
 * costmodel.h — marks for the cost-model plugin (bench/costmodel/README.md).
 *
 * With `insula.costmodel=on` the kernel stores one byte into
 * `costmodel_marks` at an offset that carries an event; the QEMU plugin
 * recognizes the store by its physical address (the harness reads the
 * array's address from the kernel's symbols) and decodes the offset. The
 * plugin sees addresses, not values: the offset is the message.
 *
 * This header holds only constants and declarations so that the plugin,
 * a host program, includes it too: one definition of the layout.
 */
#ifndef PC_COSTMODEL_H
#define PC_COSTMODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The layout: offsets into costmodel_marks. */
#define COSTMODEL_MARK_CR3_FLUSH    0x0000u /* + PCID: the next CR3 load flushes that PCID */
#define COSTMODEL_MARK_CR3_NOFLUSH  0x1000u /* + PCID: the next CR3 load keeps it (bit 63) */
#define COSTMODEL_MARK_CONSOLE      0x2000u /* + byte: one console byte written */
#define COSTMODEL_MARKS_SIZE        0x2100u
#define COSTMODEL_PCID_COUNT        0x1000u

#ifndef COSTMODEL_LAYOUT_ONLY
/* The plugin finds the array by this symbol. */
extern volatile uint8_t costmodel_marks[COSTMODEL_MARKS_SIZE];

/* Turns the marks on (insula.costmodel=on); until then every call is a no-op. */
void costmodel_marks_enable(void);

/* Each console byte, so the plugin can cut its counts at benchmark lines. */
void costmodel_mark_console(const char *bytes, size_t len);

/* Announces the next CR3 load's PCID and no-flush bit. A CR3 load without an
 * announcement is taken as one without PCIDs: PCID 0, every non-global entry flushed. */
void costmodel_mark_cr3(uint16_t pcid, bool noflush);

/* For the self-test (kernel/pc/pc_tests.c): turns the marks on or off and
   says whether they were on; how many CR3 marks were made, and the offset
   of the last. */
bool costmodel_marks_set(bool on);
uint64_t costmodel_cr3_marks_made(uint32_t *last_offset);
#endif

#endif
