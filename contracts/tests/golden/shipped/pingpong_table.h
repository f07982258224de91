/* generated from pingpong.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_PINGPONG_TABLE_H
#define INSULA_CONTRACTS_PINGPONG_TABLE_H

#include <insula/contract_table.h>

/* contract PingPong */
#define PingPong_CONTRACT_ID 0xc9773aa3u
#define PingPong_MSG_Ping 0u
#define PingPong_MSG_Pong 1u
#define PingPong_MSG_COUNT 2u
#define PingPong_STATE_Start 0u
extern const contract_table_t contract_table_PingPong;

#endif /* INSULA_CONTRACTS_PINGPONG_TABLE_H */
