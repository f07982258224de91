/* generated from kv.contract by contractc — do not edit */
#include "kv_table.h"

/* contract Kv extends Service */
static const uint32_t Kv_ancestors[] = {0x58eefeb4u /* Kv */, 0xb643c704u /* Service */};
static const contract_field_t Kv_Put_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 63,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* key */
};
static const contract_field_t Kv_Get_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 63,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* key */
};
static const contract_message_t Kv_messages[] = {
    {.name = "Hello", .id = Kv_MSG_Hello, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Goodbye", .id = Kv_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckGoodbye", .id = Kv_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Put", .id = Kv_MSG_Put, .dir = CONTRACT_DIR_IN, .wire_size = 16,
     .field_count = 1, .fields = Kv_Put_fields},
    {.name = "AckPut", .id = Kv_MSG_AckPut, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "PutError", .id = Kv_MSG_PutError, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Get", .id = Kv_MSG_Get, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = Kv_Get_fields},
    {.name = "AckGet", .id = Kv_MSG_AckGet, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "GetError", .id = Kv_MSG_GetError, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Kv_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Ready", .flags = 0, .first_transition = 1, .transition_count = 3},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 4, .transition_count = 0},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
    {.name = "Ready#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 5, .transition_count = 2},
    {.name = "Ready#5", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 7, .transition_count = 2},
};
static const contract_transition_t Kv_transitions[] = {
    {.state = 0, .msg_id = Kv_MSG_Hello, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Hello!-> Ready */
    {.state = 1, .msg_id = Kv_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Goodbye?-> Ready#3 */
    {.state = 1, .msg_id = Kv_MSG_Put, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -Put?-> Ready#4 */
    {.state = 1, .msg_id = Kv_MSG_Get, .dir = CONTRACT_DIR_IN, .next = 5}, /* Ready -Get?-> Ready#5 */
    {.state = 3, .msg_id = Kv_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Ready#3 -AckGoodbye!-> Closed */
    {.state = 4, .msg_id = Kv_MSG_AckPut, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#4 -AckPut!-> Ready */
    {.state = 4, .msg_id = Kv_MSG_PutError, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#4 -PutError!-> Ready */
    {.state = 5, .msg_id = Kv_MSG_AckGet, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#5 -AckGet!-> Ready */
    {.state = 5, .msg_id = Kv_MSG_GetError, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#5 -GetError!-> Ready */
};
const contract_table_t contract_table_Kv = {
    .id = Kv_CONTRACT_ID,
    .name = "Kv",
    .ancestor_count = 2,
    .ancestors = Kv_ancestors,
    .message_count = 9,
    .messages = Kv_messages,
    .state_count = 6,
    .states = Kv_states,
    .transition_count = 9,
    .transitions = Kv_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
