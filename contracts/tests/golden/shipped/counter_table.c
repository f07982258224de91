/* generated from counter.contract by contractc — do not edit */
#include "counter_table.h"

/* contract Counter extends Service */
static const uint32_t Counter_ancestors[] = {0xfc0f33c3u /* Counter */, 0xb643c704u /* Service */};
static const contract_message_t Counter_messages[] = {
    {.name = "Hello", .id = Counter_MSG_Hello, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Goodbye", .id = Counter_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckGoodbye", .id = Counter_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Add", .id = Counter_MSG_Add, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Get", .id = Counter_MSG_Get, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Value", .id = Counter_MSG_Value, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Counter_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Ready", .flags = 0, .first_transition = 1, .transition_count = 3},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 4, .transition_count = 0},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
    {.name = "Answering", .flags = 0, .first_transition = 5, .transition_count = 1},
};
static const contract_transition_t Counter_transitions[] = {
    {.state = 0, .msg_id = Counter_MSG_Hello, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Hello!-> Ready */
    {.state = 1, .msg_id = Counter_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Goodbye?-> Ready#3 */
    {.state = 1, .msg_id = Counter_MSG_Add, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -Add?-> Answering */
    {.state = 1, .msg_id = Counter_MSG_Get, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -Get?-> Answering */
    {.state = 3, .msg_id = Counter_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Ready#3 -AckGoodbye!-> Closed */
    {.state = 4, .msg_id = Counter_MSG_Value, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Answering -Value!-> Ready */
};
const contract_table_t contract_table_Counter = {
    .id = Counter_CONTRACT_ID,
    .name = "Counter",
    .ancestor_count = 2,
    .ancestors = Counter_ancestors,
    .message_count = 6,
    .messages = Counter_messages,
    .state_count = 5,
    .states = Counter_states,
    .transition_count = 6,
    .transitions = Counter_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
