/* generated from vectors.contract by contractc — do not edit */
#include "vectors_table.h"

/* contract Spool */
static const uint32_t Spool_ancestors[] = {0xbddde230u /* Spool */};
static const contract_field_t Spool_Submit_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_VECTOR, .offset = 8, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 4, .index = 0}, /* pages[0] */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_VECTOR, .offset = 16, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 4, .index = 1}, /* pages[1] */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_VECTOR, .offset = 24, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 4, .index = 2}, /* pages[2] */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_VECTOR, .offset = 32, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 4, .index = 3}, /* pages[3] */
    {.kind = CONTRACT_FIELD_STRING | CONTRACT_FIELD_VECTOR, .offset = 48, .max_bytes = 64,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 40, .index = 0}, /* notes[0] */
    {.kind = CONTRACT_FIELD_STRING | CONTRACT_FIELD_VECTOR, .offset = 56, .max_bytes = 64,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 40, .index = 1}, /* notes[1] */
};
static const contract_field_t Spool_Share_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT | CONTRACT_FIELD_VECTOR, .offset = 8, .max_bytes = 0,
     .contract_id = 0xbddde230u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 0, .index = 0}, /* clients[0] */
    {.kind = CONTRACT_FIELD_ENDPOINT | CONTRACT_FIELD_VECTOR, .offset = 16, .max_bytes = 0,
     .contract_id = 0xbddde230u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 0, .index = 1}, /* clients[1] */
    {.kind = CONTRACT_FIELD_ENDPOINT | CONTRACT_FIELD_VECTOR, .offset = 24, .max_bytes = 0,
     .contract_id = 0xbddde230u, .side = CONTRACT_SIDE_IMP, .state = 0,
     .count_offset = 0, .index = 2}, /* clients[2] */
};
static const contract_message_t Spool_messages[] = {
    {.name = "Submit", .id = Spool_MSG_Submit, .dir = CONTRACT_DIR_IN, .wire_size = 64,
     .field_count = 6, .fields = Spool_Submit_fields},
    {.name = "AckSubmit", .id = Spool_MSG_AckSubmit, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Share", .id = Spool_MSG_Share, .dir = CONTRACT_DIR_IN, .wire_size = 32,
     .field_count = 3, .fields = Spool_Share_fields},
    {.name = "AckShare", .id = Spool_MSG_AckShare, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Spool_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 2},
    {.name = "Ready#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 2, .transition_count = 1},
    {.name = "Ready#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
};
static const contract_transition_t Spool_transitions[] = {
    {.state = 0, .msg_id = Spool_MSG_Submit, .dir = CONTRACT_DIR_IN, .next = 1}, /* Ready -Submit?-> Ready#1 */
    {.state = 0, .msg_id = Spool_MSG_Share, .dir = CONTRACT_DIR_IN, .next = 2}, /* Ready -Share?-> Ready#2 */
    {.state = 1, .msg_id = Spool_MSG_AckSubmit, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#1 -AckSubmit!-> Ready */
    {.state = 2, .msg_id = Spool_MSG_AckShare, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -AckShare!-> Ready */
};
const contract_table_t contract_table_Spool = {
    .id = Spool_CONTRACT_ID,
    .name = "Spool",
    .ancestor_count = 1,
    .ancestors = Spool_ancestors,
    .message_count = 4,
    .messages = Spool_messages,
    .state_count = 3,
    .states = Spool_states,
    .transition_count = 4,
    .transitions = Spool_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
