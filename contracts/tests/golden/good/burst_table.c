/* generated from burst.contract by contractc — do not edit */
#include "burst_table.h"

/* contract Burst */
static const uint32_t Burst_ancestors[] = {0xd1aaec41u /* Burst */};
static const contract_message_t Burst_messages[] = {
    {.name = "A", .id = Burst_MSG_A, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "B", .id = Burst_MSG_B, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "C", .id = Burst_MSG_C, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Done", .id = Burst_MSG_Done, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "More", .id = Burst_MSG_More, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Burst_states[] = {
    {.name = "S", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "S#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 1, .transition_count = 1},
    {.name = "S#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 2, .transition_count = 1},
    {.name = "S#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
    {.name = "S#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
};
static const contract_transition_t Burst_transitions[] = {
    {.state = 0, .msg_id = Burst_MSG_A, .dir = CONTRACT_DIR_IN, .next = 1}, /* S -A?-> S#1 */
    {.state = 1, .msg_id = Burst_MSG_B, .dir = CONTRACT_DIR_IN, .next = 2}, /* S#1 -B?-> S#2 */
    {.state = 2, .msg_id = Burst_MSG_C, .dir = CONTRACT_DIR_IN, .next = 3}, /* S#2 -C?-> S#3 */
    {.state = 3, .msg_id = Burst_MSG_Done, .dir = CONTRACT_DIR_OUT, .next = 4}, /* S#3 -Done!-> S#4 */
    {.state = 4, .msg_id = Burst_MSG_More, .dir = CONTRACT_DIR_OUT, .next = 0}, /* S#4 -More!-> S */
};
const contract_table_t contract_table_Burst = {
    .id = Burst_CONTRACT_ID,
    .name = "Burst",
    .ancestor_count = 1,
    .ancestors = Burst_ancestors,
    .message_count = 5,
    .messages = Burst_messages,
    .state_count = 5,
    .states = Burst_states,
    .transition_count = 5,
    .transitions = Burst_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 3, [CONTRACT_DIR_OUT] = 2},
};
