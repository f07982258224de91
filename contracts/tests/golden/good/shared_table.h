/* generated from shared.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_SHARED_TABLE_H
#define INSULA_CONTRACTS_SHARED_TABLE_H

#include <insula/contract_table.h>

/* contract Catalog */
#define Catalog_CONTRACT_ID 0xa6a0fbb8u
#define Catalog_MSG_List 0u
#define Catalog_MSG_Listing 1u
#define Catalog_MSG_Put 2u
#define Catalog_MSG_AckPut 3u
#define Catalog_MSG_Close 4u
#define Catalog_MSG_COUNT 5u
#define Catalog_STATE_Ready 0u
#define Catalog_STATE_Closed 1u
extern const contract_table_t contract_table_Catalog;

/* contract Catalog2 */
#define Catalog2_CONTRACT_ID 0xd96bfa3eu
#define Catalog2_MSG_List 0u
#define Catalog2_MSG_Listing 1u
#define Catalog2_MSG_Put 2u
#define Catalog2_MSG_AckPut 3u
#define Catalog2_MSG_Close 4u
#define Catalog2_MSG_Stamped 5u
#define Catalog2_MSG_Stamp2 6u
#define Catalog2_MSG_COUNT 7u
#define Catalog2_STATE_Ready 0u
#define Catalog2_STATE_Closed 1u
extern const contract_table_t contract_table_Catalog2;

/* contract Partner */
#define Partner_CONTRACT_ID 0x16b28759u
#define Partner_MSG_Hello 0u
#define Partner_MSG_Bye 1u
#define Partner_MSG_COUNT 2u
#define Partner_STATE_Start 0u
extern const contract_table_t contract_table_Partner;

#endif /* INSULA_CONTRACTS_SHARED_TABLE_H */
