/* generated from kv.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_KV_TABLE_H
#define INSULA_CONTRACTS_KV_TABLE_H

#include <insula/contract_table.h>

/* contract Kv */
#define Kv_CONTRACT_ID 0x58eefeb4u
#define Kv_MSG_Hello 0u
#define Kv_MSG_Goodbye 1u
#define Kv_MSG_AckGoodbye 2u
#define Kv_MSG_Put 3u
#define Kv_MSG_AckPut 4u
#define Kv_MSG_PutError 5u
#define Kv_MSG_Get 6u
#define Kv_MSG_AckGet 7u
#define Kv_MSG_GetError 8u
#define Kv_MSG_COUNT 9u
#define Kv_STATE_Start 0u
#define Kv_STATE_Ready 1u
#define Kv_STATE_Closed 2u
extern const contract_table_t contract_table_Kv;

#endif /* INSULA_CONTRACTS_KV_TABLE_H */
