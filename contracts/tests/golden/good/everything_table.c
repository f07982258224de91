/* generated from everything.contract by contractc — do not edit */
#include "everything_table.h"

/* contract Base */
static const uint32_t Base_ancestors[] = {0xa4bc2bf8u /* Base */};
static const contract_message_t Base_messages[] = {
    {.name = "Ready", .id = Base_MSG_Ready, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Quit", .id = Base_MSG_Quit, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Bye", .id = Base_MSG_Bye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Base_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Idle", .flags = 0, .first_transition = 1, .transition_count = 1},
    {.name = "Done", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 2, .transition_count = 0},
    {.name = "Idle#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 2, .transition_count = 1},
};
static const contract_transition_t Base_transitions[] = {
    {.state = 0, .msg_id = Base_MSG_Ready, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Ready!-> Idle */
    {.state = 1, .msg_id = Base_MSG_Quit, .dir = CONTRACT_DIR_IN, .next = 3}, /* Idle -Quit?-> Idle#3 */
    {.state = 3, .msg_id = Base_MSG_Bye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Idle#3 -Bye!-> Done */
};
const contract_table_t contract_table_Base = {
    .id = Base_CONTRACT_ID,
    .name = "Base",
    .ancestor_count = 1,
    .ancestors = Base_ancestors,
    .message_count = 3,
    .messages = Base_messages,
    .state_count = 4,
    .states = Base_states,
    .transition_count = 3,
    .transitions = Base_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Kitchen extends Base */
static const uint32_t Kitchen_ancestors[] = {0xba872bcfu /* Kitchen */, 0xa4bc2bf8u /* Base */};
static const contract_field_t Kitchen_Buffers_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* data */
    {.kind = CONTRACT_FIELD_STRING, .offset = 8, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* name */
};
static const contract_field_t Kitchen_Pass_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 0, .max_bytes = 0,
     .contract_id = 0xba872bcfu, .side = CONTRACT_SIDE_EXP, .state = 0}, /* child */
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 8, .max_bytes = 0,
     .contract_id = 0xa4bc2bf8u, .side = CONTRACT_SIDE_IMP, .state = 1}, /* base */
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 16, .max_bytes = 0,
     .contract_id = 0x1ef4a669u, .side = CONTRACT_SIDE_EXP, .state = 0}, /* peer */
};
static const contract_field_t Kitchen_AckPass_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 0, .max_bytes = 0,
     .contract_id = 0x1ef4a669u, .side = CONTRACT_SIDE_EXP, .state = 1}, /* peer */
};
static const contract_message_t Kitchen_messages[] = {
    {.name = "Ready", .id = Kitchen_MSG_Ready, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Quit", .id = Kitchen_MSG_Quit, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Bye", .id = Kitchen_MSG_Bye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Mixed", .id = Kitchen_MSG_Mixed, .dir = CONTRACT_DIR_IN, .wire_size = 48,
     .field_count = 0, .fields = NULL},
    {.name = "Buffers", .id = Kitchen_MSG_Buffers, .dir = CONTRACT_DIR_IN, .wire_size = 24,
     .field_count = 2, .fields = Kitchen_Buffers_fields},
    {.name = "Pass", .id = Kitchen_MSG_Pass, .dir = CONTRACT_DIR_IN, .wire_size = 24,
     .field_count = 3, .fields = Kitchen_Pass_fields},
    {.name = "AckPass", .id = Kitchen_MSG_AckPass, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = Kitchen_AckPass_fields},
    {.name = "Fail", .id = Kitchen_MSG_Fail, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Done2", .id = Kitchen_MSG_Done2, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Kitchen_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Idle", .flags = 0, .first_transition = 1, .transition_count = 4},
    {.name = "Done", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 5, .transition_count = 0},
    {.name = "Idle#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 5, .transition_count = 1},
    {.name = "Idle#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 6, .transition_count = 1},
    {.name = "Idle#5", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 7, .transition_count = 2},
    {.name = "Idle#6", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 9, .transition_count = 2},
};
static const contract_transition_t Kitchen_transitions[] = {
    {.state = 0, .msg_id = Kitchen_MSG_Ready, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Ready!-> Idle */
    {.state = 1, .msg_id = Kitchen_MSG_Quit, .dir = CONTRACT_DIR_IN, .next = 3}, /* Idle -Quit?-> Idle#3 */
    {.state = 1, .msg_id = Kitchen_MSG_Mixed, .dir = CONTRACT_DIR_IN, .next = 4}, /* Idle -Mixed?-> Idle#4 */
    {.state = 1, .msg_id = Kitchen_MSG_Buffers, .dir = CONTRACT_DIR_IN, .next = 5}, /* Idle -Buffers?-> Idle#5 */
    {.state = 1, .msg_id = Kitchen_MSG_Pass, .dir = CONTRACT_DIR_IN, .next = 6}, /* Idle -Pass?-> Idle#6 */
    {.state = 3, .msg_id = Kitchen_MSG_Bye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Idle#3 -Bye!-> Done */
    {.state = 4, .msg_id = Kitchen_MSG_Done2, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Idle#4 -Done2!-> Idle */
    {.state = 5, .msg_id = Kitchen_MSG_Done2, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Idle#5 -Done2!-> Idle */
    {.state = 5, .msg_id = Kitchen_MSG_Fail, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Idle#5 -Fail!-> Idle */
    {.state = 6, .msg_id = Kitchen_MSG_AckPass, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Idle#6 -AckPass!-> Idle */
    {.state = 6, .msg_id = Kitchen_MSG_Fail, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Idle#6 -Fail!-> Idle */
};
const contract_table_t contract_table_Kitchen = {
    .id = Kitchen_CONTRACT_ID,
    .name = "Kitchen",
    .ancestor_count = 2,
    .ancestors = Kitchen_ancestors,
    .message_count = 9,
    .messages = Kitchen_messages,
    .state_count = 7,
    .states = Kitchen_states,
    .transition_count = 11,
    .transitions = Kitchen_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Peer */
static const uint32_t Peer_ancestors[] = {0x1ef4a669u /* Peer */};
static const contract_message_t Peer_messages[] = {
    {.name = "Hi", .id = Peer_MSG_Hi, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Ho", .id = Peer_MSG_Ho, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Again", .id = Peer_MSG_Again, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Peer_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Talking", .flags = 0, .first_transition = 1, .transition_count = 1},
    {.name = "Wait", .flags = 0, .first_transition = 2, .transition_count = 2},
    {.name = "Wait#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
};
static const contract_transition_t Peer_transitions[] = {
    {.state = 0, .msg_id = Peer_MSG_Hi, .dir = CONTRACT_DIR_IN, .next = 1}, /* Start -Hi?-> Talking */
    {.state = 1, .msg_id = Peer_MSG_Ho, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Talking -Ho!-> Wait */
    {.state = 2, .msg_id = Peer_MSG_Again, .dir = CONTRACT_DIR_IN, .next = 0}, /* Wait -Again?-> Start */
    {.state = 2, .msg_id = Peer_MSG_Hi, .dir = CONTRACT_DIR_IN, .next = 3}, /* Wait -Hi?-> Wait#3 */
    {.state = 3, .msg_id = Peer_MSG_Ho, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Wait#3 -Ho!-> Wait */
};
const contract_table_t contract_table_Peer = {
    .id = Peer_CONTRACT_ID,
    .name = "Peer",
    .ancestor_count = 1,
    .ancestors = Peer_ancestors,
    .message_count = 3,
    .messages = Peer_messages,
    .state_count = 4,
    .states = Peer_states,
    .transition_count = 5,
    .transitions = Peer_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 2, [CONTRACT_DIR_OUT] = 1},
};
