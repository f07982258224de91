/* generated from counter.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_COUNTER_TABLE_H
#define INSULA_CONTRACTS_COUNTER_TABLE_H

#include <insula/contract_table.h>

/* contract Counter */
#define Counter_CONTRACT_ID 0xfc0f33c3u
#define Counter_MSG_Hello 0u
#define Counter_MSG_Goodbye 1u
#define Counter_MSG_AckGoodbye 2u
#define Counter_MSG_Add 3u
#define Counter_MSG_Get 4u
#define Counter_MSG_Value 5u
#define Counter_MSG_COUNT 6u
#define Counter_STATE_Start 0u
#define Counter_STATE_Ready 1u
#define Counter_STATE_Closed 2u
#define Counter_STATE_Answering 4u
extern const contract_table_t contract_table_Counter;

#endif /* INSULA_CONTRACTS_COUNTER_TABLE_H */
