/* generated from burst.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_BURST_TABLE_H
#define INSULA_CONTRACTS_BURST_TABLE_H

#include <insula/contract_table.h>

/* contract Burst */
#define Burst_CONTRACT_ID 0xd1aaec41u
#define Burst_MSG_A 0u
#define Burst_MSG_B 1u
#define Burst_MSG_C 2u
#define Burst_MSG_Done 3u
#define Burst_MSG_More 4u
#define Burst_MSG_COUNT 5u
#define Burst_STATE_S 0u
extern const contract_table_t contract_table_Burst;

#endif /* INSULA_CONTRACTS_BURST_TABLE_H */
