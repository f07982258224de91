/* generated from service.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_SERVICE_TABLE_H
#define INSULA_CONTRACTS_SERVICE_TABLE_H

#include <insula/contract_table.h>

/* contract Service */
#define Service_CONTRACT_ID 0xb643c704u
#define Service_MSG_Hello 0u
#define Service_MSG_Goodbye 1u
#define Service_MSG_AckGoodbye 2u
#define Service_MSG_COUNT 3u
#define Service_STATE_Start 0u
#define Service_STATE_Ready 1u
#define Service_STATE_Closed 2u
extern const contract_table_t contract_table_Service;

#endif /* INSULA_CONTRACTS_SERVICE_TABLE_H */
