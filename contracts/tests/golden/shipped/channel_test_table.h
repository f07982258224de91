/* generated from channel_test.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_CHANNEL_TEST_TABLE_H
#define INSULA_CONTRACTS_CHANNEL_TEST_TABLE_H

#include <insula/contract_table.h>

/* contract ChannelTest */
#define ChannelTest_CONTRACT_ID 0x4c183880u
#define ChannelTest_MSG_Begin 0u
#define ChannelTest_MSG_Ack 1u
#define ChannelTest_MSG_Data 2u
#define ChannelTest_MSG_End 3u
#define ChannelTest_MSG_COUNT 4u
#define ChannelTest_STATE_Start 0u
#define ChannelTest_STATE_Running 1u
#define ChannelTest_STATE_Done 2u
extern const contract_table_t contract_table_ChannelTest;
/* ChannelTest created in state Running (the contract "ChannelTest@Running"). */
#define ChannelTest_CONTRACT_ID_AT_Running 0x2719d6bfu
extern const contract_table_t contract_table_ChannelTest_at_Running;

#endif /* INSULA_CONTRACTS_CHANNEL_TEST_TABLE_H */
