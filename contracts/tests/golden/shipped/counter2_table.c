/* generated from counter2.contract by contractc — do not edit */
#include "counter2_table.h"

/* contract Counter2 extends Counter */
static const uint32_t Counter2_ancestors[] = {0xbceec463u /* Counter2 */, 0xfc0f33c3u /* Counter */, 0xb643c704u /* Service */};
static const contract_message_t Counter2_messages[] = {
    {.name = "Hello", .id = Counter2_MSG_Hello, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Goodbye", .id = Counter2_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckGoodbye", .id = Counter2_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Add", .id = Counter2_MSG_Add, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Get", .id = Counter2_MSG_Get, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Value", .id = Counter2_MSG_Value, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Reset", .id = Counter2_MSG_Reset, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckReset", .id = Counter2_MSG_AckReset, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Saturated", .id = Counter2_MSG_Saturated, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Counter2_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Ready", .flags = 0, .first_transition = 1, .transition_count = 4},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 5, .transition_count = 0},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 5, .transition_count = 1},
    {.name = "Answering", .flags = 0, .first_transition = 6, .transition_count = 2},
    {.name = "Ready#5", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 8, .transition_count = 1},
};
static const contract_transition_t Counter2_transitions[] = {
    {.state = 0, .msg_id = Counter2_MSG_Hello, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Hello!-> Ready */
    {.state = 1, .msg_id = Counter2_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Goodbye?-> Ready#3 */
    {.state = 1, .msg_id = Counter2_MSG_Add, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -Add?-> Answering */
    {.state = 1, .msg_id = Counter2_MSG_Get, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -Get?-> Answering */
    {.state = 1, .msg_id = Counter2_MSG_Reset, .dir = CONTRACT_DIR_IN, .next = 5}, /* Ready -Reset?-> Ready#5 */
    {.state = 3, .msg_id = Counter2_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Ready#3 -AckGoodbye!-> Closed */
    {.state = 4, .msg_id = Counter2_MSG_Value, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Answering -Value!-> Ready */
    {.state = 4, .msg_id = Counter2_MSG_Saturated, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Answering -Saturated!-> Ready */
    {.state = 5, .msg_id = Counter2_MSG_AckReset, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#5 -AckReset!-> Ready */
};
const contract_table_t contract_table_Counter2 = {
    .id = Counter2_CONTRACT_ID,
    .name = "Counter2",
    .ancestor_count = 3,
    .ancestors = Counter2_ancestors,
    .message_count = 9,
    .messages = Counter2_messages,
    .state_count = 6,
    .states = Counter2_states,
    .transition_count = 9,
    .transitions = Counter2_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
