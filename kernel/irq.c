/*
 * irq.c — interrupt lines delivered as Irq messages (see irq_channel.h).
 */
#include "irq_channel.h"

#include "channel.h"
#include "console.h"
#include "device.h"
#include "platform_device.h"
#include "sip.h"

#include "irq_table.h"

typedef struct {
    endpoint_t *kernel_end;    /* the exporting end we send Interrupt on, or NULL */
    uint64_t delivered;
} irq_line_t;

static irq_line_t lines[DEVICE_IRQ_LINES];

static bool line_held(const irq_line_t *line)
{
    return line->kernel_end != NULL && !endpoint_peer_closed(line->kernel_end);
}

/* The driver sent Ack: the Interrupt is answered, the line may fire again. */
static void irq_acked(endpoint_t *kernel_end)
{
    for (uint32_t irq = 0; irq < DEVICE_IRQ_LINES; irq++) {
        if (lines[irq].kernel_end == kernel_end) {
            endpoint_pop(kernel_end);
            platform_irq_unmask(irq);
            return;
        }
    }
}

err_t irq_bind(sip_t *sip, uint32_t irq, endpoint_t **driver_end)
{
    irq_line_t *line = &lines[irq];
    if (line_held(line))
        return ERR_BUSY;
    endpoint_t *imp, *exp;
    err_t rc = channel_create(Irq_CONTRACT_ID, sip, &imp, &exp);
    if (rc != OK)
        return rc;
    if (line->kernel_end != NULL)
        endpoint_close(line->kernel_end, "the line was bound again");
    exp->owner = NULL;
    exp->kernel_receive = irq_acked;
    line->kernel_end = exp;
    *driver_end = imp;
    platform_irq_unmask(irq);
    return OK;
}

void irq_raise(uint32_t irq)
{
    if (irq >= DEVICE_IRQ_LINES)
        return;
    irq_line_t *line = &lines[irq];
    char why[96];
    uint8_t body[8];
    if (!line_held(line))
        return;    /* nobody serves it: it stays masked */
    if (channel_check_send(line->kernel_end, Irq_MSG_Interrupt, sizeof(body), why,
                           sizeof(why)) != OK)
        return;    /* Interrupt still unanswered: stays masked until Ack */
    line->delivered++;
    for (uint32_t i = 0; i < sizeof(body); i++)
        body[i] = (uint8_t)(line->delivered >> (8 * i));
    channel_deliver(line->kernel_end, Irq_MSG_Interrupt, body, sizeof(body), NULL, 0);
    endpoint_wake_owner(endpoint_peer(line->kernel_end));
}

uint64_t irq_delivered(uint32_t irq)
{
    return irq < DEVICE_IRQ_LINES ? lines[irq].delivered : 0;
}
