/* generated from irq.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_IRQ_TABLE_H
#define INSULA_CONTRACTS_IRQ_TABLE_H

#include <insula/contract_table.h>

/* contract Irq */
#define Irq_CONTRACT_ID 0xe5920d29u
#define Irq_MSG_Interrupt 0u
#define Irq_MSG_Ack 1u
#define Irq_MSG_COUNT 2u
#define Irq_STATE_Idle 0u
extern const contract_table_t contract_table_Irq;

#endif /* INSULA_CONTRACTS_IRQ_TABLE_H */
