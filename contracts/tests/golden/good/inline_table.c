/* generated from inline.contract by contractc — do not edit */
#include "inline_table.h"

/* contract Tags */
static const uint32_t Tags_ancestors[] = {0x76bda0c0u /* Tags */};
static const contract_field_t Tags_Put_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 32, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* blob */
};
static const contract_message_t Tags_messages[] = {
    {.name = "Put", .id = Tags_MSG_Put, .dir = CONTRACT_DIR_IN, .wire_size = 40,
     .field_count = 1, .fields = Tags_Put_fields},
    {.name = "AckPut", .id = Tags_MSG_AckPut, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 0, .fields = NULL},
    {.name = "Find", .id = Tags_MSG_Find, .dir = CONTRACT_DIR_IN, .wire_size = 32,
     .field_count = 0, .fields = NULL},
    {.name = "Found", .id = Tags_MSG_Found, .dir = CONTRACT_DIR_OUT, .wire_size = 56,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Tags_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 2},
    {.name = "Ready#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 2, .transition_count = 1},
    {.name = "Ready#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
};
static const contract_transition_t Tags_transitions[] = {
    {.state = 0, .msg_id = Tags_MSG_Put, .dir = CONTRACT_DIR_IN, .next = 1}, /* Ready -Put?-> Ready#1 */
    {.state = 0, .msg_id = Tags_MSG_Find, .dir = CONTRACT_DIR_IN, .next = 2}, /* Ready -Find?-> Ready#2 */
    {.state = 1, .msg_id = Tags_MSG_AckPut, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#1 -AckPut!-> Ready */
    {.state = 2, .msg_id = Tags_MSG_Found, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -Found!-> Ready */
};
const contract_table_t contract_table_Tags = {
    .id = Tags_CONTRACT_ID,
    .name = "Tags",
    .ancestor_count = 1,
    .ancestors = Tags_ancestors,
    .message_count = 4,
    .messages = Tags_messages,
    .state_count = 3,
    .states = Tags_states,
    .transition_count = 4,
    .transitions = Tags_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
