/* generated from inline.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_INLINE_TABLE_H
#define INSULA_CONTRACTS_INLINE_TABLE_H

#include <insula/contract_table.h>

/* contract Tags */
#define Tags_CONTRACT_ID 0x76bda0c0u
#define Tags_MSG_Put 0u
#define Tags_MSG_AckPut 1u
#define Tags_MSG_Find 2u
#define Tags_MSG_Found 3u
#define Tags_MSG_COUNT 4u
#define Tags_STATE_Ready 0u
extern const contract_table_t contract_table_Tags;

#endif /* INSULA_CONTRACTS_INLINE_TABLE_H */
