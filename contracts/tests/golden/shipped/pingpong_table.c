/* generated from pingpong.contract by contractc — do not edit */
#include "pingpong_table.h"

/* contract PingPong */
static const uint32_t PingPong_ancestors[] = {0xc9773aa3u /* PingPong */};
static const contract_message_t PingPong_messages[] = {
    {.name = "Ping", .id = PingPong_MSG_Ping, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Pong", .id = PingPong_MSG_Pong, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t PingPong_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Start#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 1, .transition_count = 1},
};
static const contract_transition_t PingPong_transitions[] = {
    {.state = 0, .msg_id = PingPong_MSG_Ping, .dir = CONTRACT_DIR_IN, .next = 1}, /* Start -Ping?-> Start#1 */
    {.state = 1, .msg_id = PingPong_MSG_Pong, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Start#1 -Pong!-> Start */
};
const contract_table_t contract_table_PingPong = {
    .id = PingPong_CONTRACT_ID,
    .name = "PingPong",
    .ancestor_count = 1,
    .ancestors = PingPong_ancestors,
    .message_count = 2,
    .messages = PingPong_messages,
    .state_count = 2,
    .states = PingPong_states,
    .transition_count = 2,
    .transitions = PingPong_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
