/* generated from shared.contract by contractc — do not edit */
#include "shared_table.h"

/* contract Catalog */
static const uint32_t Catalog_ancestors[] = {0xa6a0fbb8u /* Catalog */};
static const contract_field_t Catalog_Listing_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 24, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[0].name */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 32, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[0].extra */
    {.kind = CONTRACT_FIELD_STRING, .offset = 96, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[1].name */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 104, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[1].extra */
};
static const contract_field_t Catalog_Put_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 24, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* entry.name */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 32, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* entry.extra */
    {.kind = CONTRACT_FIELD_ENDPOINT | CONTRACT_FIELD_NULLABLE, .offset = 72, .max_bytes = 0,
     .contract_id = 0x16b28759u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* reply */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 80, .max_bytes = 512,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* parts[0] */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 88, .max_bytes = 512,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* parts[1] */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 96, .max_bytes = 512,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* parts[2] */
};
static const contract_field_t Catalog_AckPut_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT | CONTRACT_FIELD_NULLABLE, .offset = 8, .max_bytes = 0,
     .contract_id = 0x16b28759u, .side = CONTRACT_SIDE_EXP, .state = 0}, /* peer */
};
static const contract_message_t Catalog_messages[] = {
    {.name = "List", .id = Catalog_MSG_List, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Listing", .id = Catalog_MSG_Listing, .dir = CONTRACT_DIR_OUT, .wire_size = 160,
     .field_count = 4, .fields = Catalog_Listing_fields},
    {.name = "Put", .id = Catalog_MSG_Put, .dir = CONTRACT_DIR_IN, .wire_size = 104,
     .field_count = 6, .fields = Catalog_Put_fields},
    {.name = "AckPut", .id = Catalog_MSG_AckPut, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = Catalog_AckPut_fields},
    {.name = "Close", .id = Catalog_MSG_Close, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Catalog_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 3},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 3, .transition_count = 0},
    {.name = "Ready#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
};
static const contract_transition_t Catalog_transitions[] = {
    {.state = 0, .msg_id = Catalog_MSG_List, .dir = CONTRACT_DIR_IN, .next = 2}, /* Ready -List?-> Ready#2 */
    {.state = 0, .msg_id = Catalog_MSG_Put, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Put?-> Ready#3 */
    {.state = 0, .msg_id = Catalog_MSG_Close, .dir = CONTRACT_DIR_IN, .next = 1}, /* Ready -Close?-> Closed */
    {.state = 2, .msg_id = Catalog_MSG_Listing, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -Listing!-> Ready */
    {.state = 3, .msg_id = Catalog_MSG_AckPut, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#3 -AckPut!-> Ready */
};
const contract_table_t contract_table_Catalog = {
    .id = Catalog_CONTRACT_ID,
    .name = "Catalog",
    .ancestor_count = 1,
    .ancestors = Catalog_ancestors,
    .message_count = 5,
    .messages = Catalog_messages,
    .state_count = 4,
    .states = Catalog_states,
    .transition_count = 5,
    .transitions = Catalog_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Catalog2 extends Catalog */
static const uint32_t Catalog2_ancestors[] = {0xd96bfa3eu /* Catalog2 */, 0xa6a0fbb8u /* Catalog */};
static const contract_field_t Catalog2_Listing_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 24, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[0].name */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 32, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[0].extra */
    {.kind = CONTRACT_FIELD_STRING, .offset = 96, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[1].name */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 104, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[1].extra */
};
static const contract_field_t Catalog2_Put_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 24, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* entry.name */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 32, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* entry.extra */
    {.kind = CONTRACT_FIELD_ENDPOINT | CONTRACT_FIELD_NULLABLE, .offset = 72, .max_bytes = 0,
     .contract_id = 0x16b28759u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* reply */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 80, .max_bytes = 512,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* parts[0] */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 88, .max_bytes = 512,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* parts[1] */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 96, .max_bytes = 512,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* parts[2] */
};
static const contract_field_t Catalog2_AckPut_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT | CONTRACT_FIELD_NULLABLE, .offset = 8, .max_bytes = 0,
     .contract_id = 0x16b28759u, .side = CONTRACT_SIDE_EXP, .state = 0}, /* peer */
};
static const contract_field_t Catalog2_Stamped_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 24, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[0].name */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 32, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[0].extra */
    {.kind = CONTRACT_FIELD_STRING, .offset = 96, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[1].name */
    {.kind = CONTRACT_FIELD_BYTES | CONTRACT_FIELD_NULLABLE, .offset = 104, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* page.entries[1].extra */
};
static const contract_message_t Catalog2_messages[] = {
    {.name = "List", .id = Catalog2_MSG_List, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Listing", .id = Catalog2_MSG_Listing, .dir = CONTRACT_DIR_OUT, .wire_size = 160,
     .field_count = 4, .fields = Catalog2_Listing_fields},
    {.name = "Put", .id = Catalog2_MSG_Put, .dir = CONTRACT_DIR_IN, .wire_size = 104,
     .field_count = 6, .fields = Catalog2_Put_fields},
    {.name = "AckPut", .id = Catalog2_MSG_AckPut, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = Catalog2_AckPut_fields},
    {.name = "Close", .id = Catalog2_MSG_Close, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Stamped", .id = Catalog2_MSG_Stamped, .dir = CONTRACT_DIR_OUT, .wire_size = 168,
     .field_count = 4, .fields = Catalog2_Stamped_fields},
    {.name = "Stamp2", .id = Catalog2_MSG_Stamp2, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Catalog2_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 4},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 4, .transition_count = 0},
    {.name = "Ready#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 4, .transition_count = 1},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 5, .transition_count = 1},
    {.name = "Ready#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 6, .transition_count = 1},
};
static const contract_transition_t Catalog2_transitions[] = {
    {.state = 0, .msg_id = Catalog2_MSG_List, .dir = CONTRACT_DIR_IN, .next = 2}, /* Ready -List?-> Ready#2 */
    {.state = 0, .msg_id = Catalog2_MSG_Put, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Put?-> Ready#3 */
    {.state = 0, .msg_id = Catalog2_MSG_Close, .dir = CONTRACT_DIR_IN, .next = 1}, /* Ready -Close?-> Closed */
    {.state = 0, .msg_id = Catalog2_MSG_Stamp2, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -Stamp2?-> Ready#4 */
    {.state = 2, .msg_id = Catalog2_MSG_Listing, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -Listing!-> Ready */
    {.state = 3, .msg_id = Catalog2_MSG_AckPut, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#3 -AckPut!-> Ready */
    {.state = 4, .msg_id = Catalog2_MSG_Stamped, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#4 -Stamped!-> Ready */
};
const contract_table_t contract_table_Catalog2 = {
    .id = Catalog2_CONTRACT_ID,
    .name = "Catalog2",
    .ancestor_count = 2,
    .ancestors = Catalog2_ancestors,
    .message_count = 7,
    .messages = Catalog2_messages,
    .state_count = 5,
    .states = Catalog2_states,
    .transition_count = 7,
    .transitions = Catalog2_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Partner */
static const uint32_t Partner_ancestors[] = {0x16b28759u /* Partner */};
static const contract_message_t Partner_messages[] = {
    {.name = "Hello", .id = Partner_MSG_Hello, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Bye", .id = Partner_MSG_Bye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Partner_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Start#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 1, .transition_count = 1},
};
static const contract_transition_t Partner_transitions[] = {
    {.state = 0, .msg_id = Partner_MSG_Hello, .dir = CONTRACT_DIR_IN, .next = 1}, /* Start -Hello?-> Start#1 */
    {.state = 1, .msg_id = Partner_MSG_Bye, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Start#1 -Bye!-> Start */
};
const contract_table_t contract_table_Partner = {
    .id = Partner_CONTRACT_ID,
    .name = "Partner",
    .ancestor_count = 1,
    .ancestors = Partner_ancestors,
    .message_count = 2,
    .messages = Partner_messages,
    .state_count = 2,
    .states = Partner_states,
    .transition_count = 2,
    .transitions = Partner_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
