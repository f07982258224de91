/*
 * sip_charge.h — a charge held by a kernel object on a SIP's account
 * (sip_account.c): an exchange-heap block in flight, a channel's queues.
 *
 * Such objects outlive the handle that made them: a block sent stays
 * charged to its sender until someone receives it (or it is destroyed in
 * its queue); a channel stays charged to the SIP that created it until
 * both ends are closed. If the payer ends first, the charge passes to its
 * parent, whose quota the payer's came from (to no one for SIPs the kernel
 * started). So no memory is ever charged to nobody while a SIP could still
 * make more of it.
 */
#ifndef INSULA_SIP_CHARGE_H
#define INSULA_SIP_CHARGE_H

#include <stdint.h>

struct sip;

typedef struct sip_charge {
    struct sip *payer;               /* NULL: nobody (the kernel's own) */
    uint64_t bytes;
    struct sip_charge *prev, *next;  /* in the payer's account.held */
} sip_charge_t;

/* Charges `bytes` (reserved by the caller) to `payer` (NULL: nobody) and
 * records it in `c`. Cannot fail. Interrupts off. */
void sip_charge_hold(struct sip *payer, sip_charge_t *c, uint64_t bytes);

/* Gives a held charge back to whoever holds it now. Cannot fail. */
void sip_charge_drop(sip_charge_t *c);

#endif
