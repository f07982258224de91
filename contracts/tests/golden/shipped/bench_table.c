/* generated from bench.contract by contractc — do not edit */
#include "bench_table.h"

/* contract Bench */
static const uint32_t Bench_ancestors[] = {0x346ad459u /* Bench */};
static const contract_field_t Bench_Data_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* block */
};
static const contract_field_t Bench_DataBack_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* block */
};
static const contract_message_t Bench_messages[] = {
    {.name = "Ping", .id = Bench_MSG_Ping, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Pong", .id = Bench_MSG_Pong, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Data", .id = Bench_MSG_Data, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = Bench_Data_fields},
    {.name = "DataBack", .id = Bench_MSG_DataBack, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = Bench_DataBack_fields},
};
static const contract_state_t Bench_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 2},
    {.name = "Ready#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 2, .transition_count = 1},
    {.name = "Ready#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
};
static const contract_transition_t Bench_transitions[] = {
    {.state = 0, .msg_id = Bench_MSG_Ping, .dir = CONTRACT_DIR_IN, .next = 1}, /* Ready -Ping?-> Ready#1 */
    {.state = 0, .msg_id = Bench_MSG_Data, .dir = CONTRACT_DIR_IN, .next = 2}, /* Ready -Data?-> Ready#2 */
    {.state = 1, .msg_id = Bench_MSG_Pong, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#1 -Pong!-> Ready */
    {.state = 2, .msg_id = Bench_MSG_DataBack, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -DataBack!-> Ready */
};
const contract_table_t contract_table_Bench = {
    .id = Bench_CONTRACT_ID,
    .name = "Bench",
    .ancestor_count = 1,
    .ancestors = Bench_ancestors,
    .message_count = 4,
    .messages = Bench_messages,
    .state_count = 3,
    .states = Bench_states,
    .transition_count = 4,
    .transitions = Bench_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
