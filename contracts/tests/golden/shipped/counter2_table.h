/* generated from counter2.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_COUNTER2_TABLE_H
#define INSULA_CONTRACTS_COUNTER2_TABLE_H

#include <insula/contract_table.h>

/* contract Counter2 */
#define Counter2_CONTRACT_ID 0xbceec463u
#define Counter2_MSG_Hello 0u
#define Counter2_MSG_Goodbye 1u
#define Counter2_MSG_AckGoodbye 2u
#define Counter2_MSG_Add 3u
#define Counter2_MSG_Get 4u
#define Counter2_MSG_Value 5u
#define Counter2_MSG_Reset 6u
#define Counter2_MSG_AckReset 7u
#define Counter2_MSG_Saturated 8u
#define Counter2_MSG_COUNT 9u
#define Counter2_STATE_Start 0u
#define Counter2_STATE_Ready 1u
#define Counter2_STATE_Closed 2u
#define Counter2_STATE_Answering 4u
extern const contract_table_t contract_table_Counter2;

#endif /* INSULA_CONTRACTS_COUNTER2_TABLE_H */
