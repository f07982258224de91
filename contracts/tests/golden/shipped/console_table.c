/* generated from console.contract by contractc — do not edit */
#include "console_table.h"

/* contract Console extends Service */
static const uint32_t Console_ancestors[] = {0x5edb76cau /* Console */, 0xb643c704u /* Service */};
static const contract_field_t Console_Write_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* text */
};
static const contract_field_t Console_AckWrite_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* text */
};
static const contract_field_t Console_ReadLine_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t Console_AckReadLine_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t Console_EndOfInput_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_message_t Console_messages[] = {
    {.name = "Hello", .id = Console_MSG_Hello, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Goodbye", .id = Console_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckGoodbye", .id = Console_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Write", .id = Console_MSG_Write, .dir = CONTRACT_DIR_IN, .wire_size = 16,
     .field_count = 1, .fields = Console_Write_fields},
    {.name = "AckWrite", .id = Console_MSG_AckWrite, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = Console_AckWrite_fields},
    {.name = "ReadLine", .id = Console_MSG_ReadLine, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = Console_ReadLine_fields},
    {.name = "AckReadLine", .id = Console_MSG_AckReadLine, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = Console_AckReadLine_fields},
    {.name = "EndOfInput", .id = Console_MSG_EndOfInput, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = Console_EndOfInput_fields},
};
static const contract_state_t Console_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Ready", .flags = 0, .first_transition = 1, .transition_count = 3},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 4, .transition_count = 0},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
    {.name = "Ready#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 5, .transition_count = 1},
    {.name = "Ready#5", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 6, .transition_count = 2},
};
static const contract_transition_t Console_transitions[] = {
    {.state = 0, .msg_id = Console_MSG_Hello, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Hello!-> Ready */
    {.state = 1, .msg_id = Console_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Goodbye?-> Ready#3 */
    {.state = 1, .msg_id = Console_MSG_Write, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -Write?-> Ready#4 */
    {.state = 1, .msg_id = Console_MSG_ReadLine, .dir = CONTRACT_DIR_IN, .next = 5}, /* Ready -ReadLine?-> Ready#5 */
    {.state = 3, .msg_id = Console_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Ready#3 -AckGoodbye!-> Closed */
    {.state = 4, .msg_id = Console_MSG_AckWrite, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#4 -AckWrite!-> Ready */
    {.state = 5, .msg_id = Console_MSG_AckReadLine, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#5 -AckReadLine!-> Ready */
    {.state = 5, .msg_id = Console_MSG_EndOfInput, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#5 -EndOfInput!-> Ready */
};
const contract_table_t contract_table_Console = {
    .id = Console_CONTRACT_ID,
    .name = "Console",
    .ancestor_count = 2,
    .ancestors = Console_ancestors,
    .message_count = 8,
    .messages = Console_messages,
    .state_count = 6,
    .states = Console_states,
    .transition_count = 8,
    .transitions = Console_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
