/*
 * irq_channel.h — interrupts as messages (docs/drivers.md, contracts/irq.contract).
 *
 * A driver binds a line it was granted and gets the importing end of an
 * Irq channel; the kernel keeps the exporting end. When the line fires,
 * the platform masks it and calls irq_raise, which sends Interrupt; the
 * line stays masked until the driver's Ack arrives. A driver that never
 * acknowledges keeps only its own line masked; when it ends, its end is
 * closed and the line stays masked until a new binder takes it over.
 *
 * Locking: single CPU, interrupts off (irq_raise runs in interrupt context).
 */
#ifndef INSULA_IRQ_CHANNEL_H
#define INSULA_IRQ_CHANNEL_H

#include <stdbool.h>
#include <stdint.h>

#include "err.h"

struct sip;
struct endpoint;

/*
 * Binds `irq` for `sip` (the caller checked its authority) and unmasks it;
 * *driver_end is the importing end, owned by `sip` (no handle yet).
 * Errors: ERR_BUSY (a live binder holds it), ERR_NO_MEMORY.
 */
err_t irq_bind(struct sip *sip, uint32_t irq, struct endpoint **driver_end);

/* The platform saw line `irq` fire and masked it. Interrupt context. */
void irq_raise(uint32_t irq);

/* Interrupts delivered on `irq` so far (for tests and reports). */
uint64_t irq_delivered(uint32_t irq);

#endif
