/* generated from versioning.contract by contractc — do not edit */
#include "versioning_table.h"

/* contract Link */
static const uint32_t Link_ancestors[] = {0x8e08e589u /* Link */};
static const contract_message_t Link_messages[] = {
    {.name = "Connect", .id = Link_MSG_Connect, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Connected", .id = Link_MSG_Connected, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Send", .id = Link_MSG_Send, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Sent", .id = Link_MSG_Sent, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Link_states[] = {
    {.name = "Idle", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Up", .flags = 0, .first_transition = 1, .transition_count = 1},
    {.name = "Idle#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 2, .transition_count = 1},
    {.name = "Up#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
};
static const contract_transition_t Link_transitions[] = {
    {.state = 0, .msg_id = Link_MSG_Connect, .dir = CONTRACT_DIR_IN, .next = 2}, /* Idle -Connect?-> Idle#2 */
    {.state = 1, .msg_id = Link_MSG_Send, .dir = CONTRACT_DIR_IN, .next = 3}, /* Up -Send?-> Up#3 */
    {.state = 2, .msg_id = Link_MSG_Connected, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Idle#2 -Connected!-> Up */
    {.state = 3, .msg_id = Link_MSG_Sent, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Up#3 -Sent!-> Up */
};
const contract_table_t contract_table_Link = {
    .id = Link_CONTRACT_ID,
    .name = "Link",
    .ancestor_count = 1,
    .ancestors = Link_ancestors,
    .message_count = 4,
    .messages = Link_messages,
    .state_count = 4,
    .states = Link_states,
    .transition_count = 4,
    .transitions = Link_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Link@Up: Link, created in state Up */
static const uint32_t Link_at_Up_ancestors[] = {0x976dd65eu /* Link@Up */, 0x8e08e589u /* Link */};
const contract_table_t contract_table_Link_at_Up = {
    .id = Link_CONTRACT_ID_AT_Up,
    .name = "Link@Up",
    .ancestor_count = 2,
    .ancestors = Link_at_Up_ancestors,
    .message_count = 4,
    .messages = Link_messages,
    .state_count = 4,
    .states = Link_states,
    .transition_count = 4,
    .transitions = Link_transitions,
    .start_state = 1,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Link2 extends Link */
static const uint32_t Link2_ancestors[] = {0x5301a561u /* Link2 */, 0x8e08e589u /* Link */};
static const contract_message_t Link2_messages[] = {
    {.name = "Connect", .id = Link2_MSG_Connect, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Connected", .id = Link2_MSG_Connected, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Send", .id = Link2_MSG_Send, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Sent", .id = Link2_MSG_Sent, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Drain", .id = Link2_MSG_Drain, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Drained", .id = Link2_MSG_Drained, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Busy", .id = Link2_MSG_Busy, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Link2_states[] = {
    {.name = "Idle", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Up", .flags = 0, .first_transition = 1, .transition_count = 2},
    {.name = "Idle#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
    {.name = "Up#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
    {.name = "Draining", .flags = 0, .first_transition = 5, .transition_count = 1},
    {.name = "Up#5", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 6, .transition_count = 2},
    {.name = "Draining#6", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 8, .transition_count = 2},
};
static const contract_transition_t Link2_transitions[] = {
    {.state = 0, .msg_id = Link2_MSG_Connect, .dir = CONTRACT_DIR_IN, .next = 2}, /* Idle -Connect?-> Idle#2 */
    {.state = 1, .msg_id = Link2_MSG_Send, .dir = CONTRACT_DIR_IN, .next = 3}, /* Up -Send?-> Up#3 */
    {.state = 1, .msg_id = Link2_MSG_Drain, .dir = CONTRACT_DIR_IN, .next = 5}, /* Up -Drain?-> Up#5 */
    {.state = 2, .msg_id = Link2_MSG_Connected, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Idle#2 -Connected!-> Up */
    {.state = 3, .msg_id = Link2_MSG_Sent, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Up#3 -Sent!-> Up */
    {.state = 4, .msg_id = Link2_MSG_Send, .dir = CONTRACT_DIR_IN, .next = 6}, /* Draining -Send?-> Draining#6 */
    {.state = 5, .msg_id = Link2_MSG_Drained, .dir = CONTRACT_DIR_OUT, .next = 4}, /* Up#5 -Drained!-> Draining */
    {.state = 5, .msg_id = Link2_MSG_Busy, .dir = CONTRACT_DIR_OUT, .next = 4}, /* Up#5 -Busy!-> Draining */
    {.state = 6, .msg_id = Link2_MSG_Sent, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Draining#6 -Sent!-> Up */
    {.state = 6, .msg_id = Link2_MSG_Busy, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Draining#6 -Busy!-> Up */
};
const contract_table_t contract_table_Link2 = {
    .id = Link2_CONTRACT_ID,
    .name = "Link2",
    .ancestor_count = 2,
    .ancestors = Link2_ancestors,
    .message_count = 7,
    .messages = Link2_messages,
    .state_count = 7,
    .states = Link2_states,
    .transition_count = 10,
    .transitions = Link2_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Link2@Up: Link2, created in state Up */
static const uint32_t Link2_at_Up_ancestors[] = {0x32d85686u /* Link2@Up */, 0x5301a561u /* Link2 */, 0x8e08e589u /* Link */};
const contract_table_t contract_table_Link2_at_Up = {
    .id = Link2_CONTRACT_ID_AT_Up,
    .name = "Link2@Up",
    .ancestor_count = 3,
    .ancestors = Link2_at_Up_ancestors,
    .message_count = 7,
    .messages = Link2_messages,
    .state_count = 7,
    .states = Link2_states,
    .transition_count = 10,
    .transitions = Link2_transitions,
    .start_state = 1,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Link2@Draining: Link2, created in state Draining */
static const uint32_t Link2_at_Draining_ancestors[] = {0x34076795u /* Link2@Draining */, 0x5301a561u /* Link2 */, 0x8e08e589u /* Link */};
const contract_table_t contract_table_Link2_at_Draining = {
    .id = Link2_CONTRACT_ID_AT_Draining,
    .name = "Link2@Draining",
    .ancestor_count = 3,
    .ancestors = Link2_at_Draining_ancestors,
    .message_count = 7,
    .messages = Link2_messages,
    .state_count = 7,
    .states = Link2_states,
    .transition_count = 10,
    .transitions = Link2_transitions,
    .start_state = 4,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
