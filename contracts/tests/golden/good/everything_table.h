/* generated from everything.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_EVERYTHING_TABLE_H
#define INSULA_CONTRACTS_EVERYTHING_TABLE_H

#include <insula/contract_table.h>

/* contract Base */
#define Base_CONTRACT_ID 0xa4bc2bf8u
#define Base_MSG_Ready 0u
#define Base_MSG_Quit 1u
#define Base_MSG_Bye 2u
#define Base_MSG_COUNT 3u
#define Base_STATE_Start 0u
#define Base_STATE_Idle 1u
#define Base_STATE_Done 2u
extern const contract_table_t contract_table_Base;

/* contract Kitchen */
#define Kitchen_CONTRACT_ID 0xba872bcfu
#define Kitchen_MSG_Ready 0u
#define Kitchen_MSG_Quit 1u
#define Kitchen_MSG_Bye 2u
#define Kitchen_MSG_Mixed 3u
#define Kitchen_MSG_Buffers 4u
#define Kitchen_MSG_Pass 5u
#define Kitchen_MSG_AckPass 6u
#define Kitchen_MSG_Fail 7u
#define Kitchen_MSG_Done2 8u
#define Kitchen_MSG_COUNT 9u
#define Kitchen_STATE_Start 0u
#define Kitchen_STATE_Idle 1u
#define Kitchen_STATE_Done 2u
extern const contract_table_t contract_table_Kitchen;

/* contract Peer */
#define Peer_CONTRACT_ID 0x1ef4a669u
#define Peer_MSG_Hi 0u
#define Peer_MSG_Ho 1u
#define Peer_MSG_Again 2u
#define Peer_MSG_COUNT 3u
#define Peer_STATE_Start 0u
#define Peer_STATE_Talking 1u
#define Peer_STATE_Wait 2u
extern const contract_table_t contract_table_Peer;

#endif /* INSULA_CONTRACTS_EVERYTHING_TABLE_H */
