/* generated from service.contract by contractc — do not edit */
#include "service_table.h"

/* contract Service */
static const uint32_t Service_ancestors[] = {0xb643c704u /* Service */};
static const contract_message_t Service_messages[] = {
    {.name = "Hello", .id = Service_MSG_Hello, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Goodbye", .id = Service_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckGoodbye", .id = Service_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Service_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Ready", .flags = 0, .first_transition = 1, .transition_count = 1},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 2, .transition_count = 0},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 2, .transition_count = 1},
};
static const contract_transition_t Service_transitions[] = {
    {.state = 0, .msg_id = Service_MSG_Hello, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Hello!-> Ready */
    {.state = 1, .msg_id = Service_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Goodbye?-> Ready#3 */
    {.state = 3, .msg_id = Service_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Ready#3 -AckGoodbye!-> Closed */
};
const contract_table_t contract_table_Service = {
    .id = Service_CONTRACT_ID,
    .name = "Service",
    .ancestor_count = 1,
    .ancestors = Service_ancestors,
    .message_count = 3,
    .messages = Service_messages,
    .state_count = 4,
    .states = Service_states,
    .transition_count = 3,
    .transitions = Service_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
