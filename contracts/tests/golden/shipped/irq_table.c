/* generated from irq.contract by contractc — do not edit */
#include "irq_table.h"

/* contract Irq */
static const uint32_t Irq_ancestors[] = {0xe5920d29u /* Irq */};
static const contract_message_t Irq_messages[] = {
    {.name = "Interrupt", .id = Irq_MSG_Interrupt, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Ack", .id = Irq_MSG_Ack, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Irq_states[] = {
    {.name = "Idle", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Idle#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 1, .transition_count = 1},
};
static const contract_transition_t Irq_transitions[] = {
    {.state = 0, .msg_id = Irq_MSG_Interrupt, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Idle -Interrupt!-> Idle#1 */
    {.state = 1, .msg_id = Irq_MSG_Ack, .dir = CONTRACT_DIR_IN, .next = 0}, /* Idle#1 -Ack?-> Idle */
};
const contract_table_t contract_table_Irq = {
    .id = Irq_CONTRACT_ID,
    .name = "Irq",
    .ancestor_count = 1,
    .ancestors = Irq_ancestors,
    .message_count = 2,
    .messages = Irq_messages,
    .state_count = 2,
    .states = Irq_states,
    .transition_count = 2,
    .transitions = Irq_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
