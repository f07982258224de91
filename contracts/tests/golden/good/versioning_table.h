/* generated from versioning.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_VERSIONING_TABLE_H
#define INSULA_CONTRACTS_VERSIONING_TABLE_H

#include <insula/contract_table.h>

/* contract Link */
#define Link_CONTRACT_ID 0x8e08e589u
#define Link_MSG_Connect 0u
#define Link_MSG_Connected 1u
#define Link_MSG_Send 2u
#define Link_MSG_Sent 3u
#define Link_MSG_COUNT 4u
#define Link_STATE_Idle 0u
#define Link_STATE_Up 1u
extern const contract_table_t contract_table_Link;
/* Link created in state Up (the contract "Link@Up"). */
#define Link_CONTRACT_ID_AT_Up 0x976dd65eu
extern const contract_table_t contract_table_Link_at_Up;

/* contract Link2 */
#define Link2_CONTRACT_ID 0x5301a561u
#define Link2_MSG_Connect 0u
#define Link2_MSG_Connected 1u
#define Link2_MSG_Send 2u
#define Link2_MSG_Sent 3u
#define Link2_MSG_Drain 4u
#define Link2_MSG_Drained 5u
#define Link2_MSG_Busy 6u
#define Link2_MSG_COUNT 7u
#define Link2_STATE_Idle 0u
#define Link2_STATE_Up 1u
#define Link2_STATE_Draining 4u
extern const contract_table_t contract_table_Link2;
/* Link2 created in state Up (the contract "Link2@Up"). */
#define Link2_CONTRACT_ID_AT_Up 0x32d85686u
extern const contract_table_t contract_table_Link2_at_Up;
/* Link2 created in state Draining (the contract "Link2@Draining"). */
#define Link2_CONTRACT_ID_AT_Draining 0x34076795u
extern const contract_table_t contract_table_Link2_at_Draining;

#endif /* INSULA_CONTRACTS_VERSIONING_TABLE_H */
