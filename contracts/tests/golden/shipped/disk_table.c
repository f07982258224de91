/* generated from disk.contract by contractc — do not edit */
#include "disk_table.h"

/* contract Disk extends Service */
static const uint32_t Disk_ancestors[] = {0xaeba40c4u /* Disk */, 0xb643c704u /* Service */};
static const contract_field_t Disk_Read_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t Disk_AckRead_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t Disk_ReadError_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t Disk_Write_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t Disk_AckWrite_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t Disk_WriteError_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_message_t Disk_messages[] = {
    {.name = "Hello", .id = Disk_MSG_Hello, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Goodbye", .id = Disk_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckGoodbye", .id = Disk_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "GetGeometry", .id = Disk_MSG_GetGeometry, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Geometry", .id = Disk_MSG_Geometry, .dir = CONTRACT_DIR_OUT, .wire_size = 24,
     .field_count = 0, .fields = NULL},
    {.name = "Read", .id = Disk_MSG_Read, .dir = CONTRACT_DIR_IN, .wire_size = 24,
     .field_count = 1, .fields = Disk_Read_fields},
    {.name = "AckRead", .id = Disk_MSG_AckRead, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = Disk_AckRead_fields},
    {.name = "ReadError", .id = Disk_MSG_ReadError, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = Disk_ReadError_fields},
    {.name = "Write", .id = Disk_MSG_Write, .dir = CONTRACT_DIR_IN, .wire_size = 24,
     .field_count = 1, .fields = Disk_Write_fields},
    {.name = "AckWrite", .id = Disk_MSG_AckWrite, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = Disk_AckWrite_fields},
    {.name = "WriteError", .id = Disk_MSG_WriteError, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = Disk_WriteError_fields},
    {.name = "Flush", .id = Disk_MSG_Flush, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckFlush", .id = Disk_MSG_AckFlush, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "FlushError", .id = Disk_MSG_FlushError, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Disk_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Ready", .flags = 0, .first_transition = 1, .transition_count = 5},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 6, .transition_count = 0},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 6, .transition_count = 1},
    {.name = "Ready#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 7, .transition_count = 1},
    {.name = "Ready#5", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 8, .transition_count = 2},
    {.name = "Ready#6", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 10, .transition_count = 2},
    {.name = "Ready#7", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 12, .transition_count = 2},
};
static const contract_transition_t Disk_transitions[] = {
    {.state = 0, .msg_id = Disk_MSG_Hello, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Hello!-> Ready */
    {.state = 1, .msg_id = Disk_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Goodbye?-> Ready#3 */
    {.state = 1, .msg_id = Disk_MSG_GetGeometry, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -GetGeometry?-> Ready#4 */
    {.state = 1, .msg_id = Disk_MSG_Read, .dir = CONTRACT_DIR_IN, .next = 5}, /* Ready -Read?-> Ready#5 */
    {.state = 1, .msg_id = Disk_MSG_Write, .dir = CONTRACT_DIR_IN, .next = 6}, /* Ready -Write?-> Ready#6 */
    {.state = 1, .msg_id = Disk_MSG_Flush, .dir = CONTRACT_DIR_IN, .next = 7}, /* Ready -Flush?-> Ready#7 */
    {.state = 3, .msg_id = Disk_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Ready#3 -AckGoodbye!-> Closed */
    {.state = 4, .msg_id = Disk_MSG_Geometry, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#4 -Geometry!-> Ready */
    {.state = 5, .msg_id = Disk_MSG_AckRead, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#5 -AckRead!-> Ready */
    {.state = 5, .msg_id = Disk_MSG_ReadError, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#5 -ReadError!-> Ready */
    {.state = 6, .msg_id = Disk_MSG_AckWrite, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#6 -AckWrite!-> Ready */
    {.state = 6, .msg_id = Disk_MSG_WriteError, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#6 -WriteError!-> Ready */
    {.state = 7, .msg_id = Disk_MSG_AckFlush, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#7 -AckFlush!-> Ready */
    {.state = 7, .msg_id = Disk_MSG_FlushError, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#7 -FlushError!-> Ready */
};
const contract_table_t contract_table_Disk = {
    .id = Disk_CONTRACT_ID,
    .name = "Disk",
    .ancestor_count = 2,
    .ancestors = Disk_ancestors,
    .message_count = 14,
    .messages = Disk_messages,
    .state_count = 8,
    .states = Disk_states,
    .transition_count = 14,
    .transitions = Disk_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
