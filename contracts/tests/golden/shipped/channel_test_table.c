/* generated from channel_test.contract by contractc — do not edit */
#include "channel_test_table.h"

/* contract ChannelTest */
static const uint32_t ChannelTest_ancestors[] = {0x4c183880u /* ChannelTest */};
static const contract_message_t ChannelTest_messages[] = {
    {.name = "Begin", .id = ChannelTest_MSG_Begin, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Ack", .id = ChannelTest_MSG_Ack, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Data", .id = ChannelTest_MSG_Data, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "End", .id = ChannelTest_MSG_End, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t ChannelTest_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Running", .flags = 0, .first_transition = 1, .transition_count = 2},
    {.name = "Done", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 3, .transition_count = 0},
    {.name = "Start#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
    {.name = "Running#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
    {.name = "Running#5", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 5, .transition_count = 1},
};
static const contract_transition_t ChannelTest_transitions[] = {
    {.state = 0, .msg_id = ChannelTest_MSG_Begin, .dir = CONTRACT_DIR_IN, .next = 3}, /* Start -Begin?-> Start#3 */
    {.state = 1, .msg_id = ChannelTest_MSG_Data, .dir = CONTRACT_DIR_IN, .next = 4}, /* Running -Data?-> Running#4 */
    {.state = 1, .msg_id = ChannelTest_MSG_End, .dir = CONTRACT_DIR_IN, .next = 5}, /* Running -End?-> Running#5 */
    {.state = 3, .msg_id = ChannelTest_MSG_Ack, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start#3 -Ack!-> Running */
    {.state = 4, .msg_id = ChannelTest_MSG_Ack, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Running#4 -Ack!-> Running */
    {.state = 5, .msg_id = ChannelTest_MSG_Ack, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Running#5 -Ack!-> Done */
};
const contract_table_t contract_table_ChannelTest = {
    .id = ChannelTest_CONTRACT_ID,
    .name = "ChannelTest",
    .ancestor_count = 1,
    .ancestors = ChannelTest_ancestors,
    .message_count = 4,
    .messages = ChannelTest_messages,
    .state_count = 6,
    .states = ChannelTest_states,
    .transition_count = 6,
    .transitions = ChannelTest_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract ChannelTest@Running: ChannelTest, created in state Running */
static const uint32_t ChannelTest_at_Running_ancestors[] = {0x2719d6bfu /* ChannelTest@Running */, 0x4c183880u /* ChannelTest */};
const contract_table_t contract_table_ChannelTest_at_Running = {
    .id = ChannelTest_CONTRACT_ID_AT_Running,
    .name = "ChannelTest@Running",
    .ancestor_count = 2,
    .ancestors = ChannelTest_at_Running_ancestors,
    .message_count = 4,
    .messages = ChannelTest_messages,
    .state_count = 6,
    .states = ChannelTest_states,
    .transition_count = 6,
    .transitions = ChannelTest_transitions,
    .start_state = 1,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
