/* generated from vectors.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_VECTORS_TABLE_H
#define INSULA_CONTRACTS_VECTORS_TABLE_H

#include <insula/contract_table.h>

/* contract Spool */
#define Spool_CONTRACT_ID 0xbddde230u
#define Spool_MSG_Submit 0u
#define Spool_MSG_AckSubmit 1u
#define Spool_MSG_Share 2u
#define Spool_MSG_AckShare 3u
#define Spool_MSG_COUNT 4u
#define Spool_STATE_Ready 0u
extern const contract_table_t contract_table_Spool;

#endif /* INSULA_CONTRACTS_VECTORS_TABLE_H */
