/* generated from nameservice.contract by contractc — do not edit */
#include "nameservice_table.h"

/* contract ServiceProvider */
static const uint32_t ServiceProvider_ancestors[] = {0x06c5e211u /* ServiceProvider */};
static const contract_field_t ServiceProvider_Connect_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 0, .max_bytes = 0,
     .contract_id = 0xb643c704u, .side = CONTRACT_SIDE_EXP, .state = 0}, /* client */
};
static const contract_field_t ServiceProvider_NakConnect_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 0, .max_bytes = 0,
     .contract_id = 0xb643c704u, .side = CONTRACT_SIDE_EXP, .state = 0}, /* client */
};
static const contract_message_t ServiceProvider_messages[] = {
    {.name = "Connect", .id = ServiceProvider_MSG_Connect, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = ServiceProvider_Connect_fields},
    {.name = "AckConnect", .id = ServiceProvider_MSG_AckConnect, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "NakConnect", .id = ServiceProvider_MSG_NakConnect, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = ServiceProvider_NakConnect_fields},
};
static const contract_state_t ServiceProvider_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Ready#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 1, .transition_count = 2},
};
static const contract_transition_t ServiceProvider_transitions[] = {
    {.state = 0, .msg_id = ServiceProvider_MSG_Connect, .dir = CONTRACT_DIR_IN, .next = 1}, /* Ready -Connect?-> Ready#1 */
    {.state = 1, .msg_id = ServiceProvider_MSG_AckConnect, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#1 -AckConnect!-> Ready */
    {.state = 1, .msg_id = ServiceProvider_MSG_NakConnect, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#1 -NakConnect!-> Ready */
};
const contract_table_t contract_table_ServiceProvider = {
    .id = ServiceProvider_CONTRACT_ID,
    .name = "ServiceProvider",
    .ancestor_count = 1,
    .ancestors = ServiceProvider_ancestors,
    .message_count = 3,
    .messages = ServiceProvider_messages,
    .state_count = 2,
    .states = ServiceProvider_states,
    .transition_count = 3,
    .transitions = ServiceProvider_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract NameService */
static const uint32_t NameService_ancestors[] = {0xf5966f9du /* NameService */};
static const contract_field_t NameService_Publish_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* name */
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 16, .max_bytes = 0,
     .contract_id = 0x06c5e211u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* provider */
};
static const contract_field_t NameService_NakPublish_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 8, .max_bytes = 0,
     .contract_id = 0x06c5e211u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* provider */
};
static const contract_field_t NameService_Bind_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* name */
};
static const contract_field_t NameService_AckBind_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 0, .max_bytes = 0,
     .contract_id = 0xb643c704u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* service */
};
static const contract_field_t NameService_AckList_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 4096,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* names */
};
static const contract_field_t NameService_Unpublish_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* name */
};
static const contract_field_t NameService_Delegate_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 31,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* sip */
};
static const contract_field_t NameService_AckDelegate_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 0, .max_bytes = 0,
     .contract_id = 0xf5966f9du, .side = CONTRACT_SIDE_IMP, .state = 0}, /* child */
};
static const contract_message_t NameService_messages[] = {
    {.name = "Publish", .id = NameService_MSG_Publish, .dir = CONTRACT_DIR_IN, .wire_size = 24,
     .field_count = 2, .fields = NameService_Publish_fields},
    {.name = "AckPublish", .id = NameService_MSG_AckPublish, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "NakPublish", .id = NameService_MSG_NakPublish, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = NameService_NakPublish_fields},
    {.name = "Bind", .id = NameService_MSG_Bind, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = NameService_Bind_fields},
    {.name = "AckBind", .id = NameService_MSG_AckBind, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = NameService_AckBind_fields},
    {.name = "NakBind", .id = NameService_MSG_NakBind, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "List", .id = NameService_MSG_List, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckList", .id = NameService_MSG_AckList, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = NameService_AckList_fields},
    {.name = "Unpublish", .id = NameService_MSG_Unpublish, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = NameService_Unpublish_fields},
    {.name = "AckUnpublish", .id = NameService_MSG_AckUnpublish, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "NakUnpublish", .id = NameService_MSG_NakUnpublish, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Delegate", .id = NameService_MSG_Delegate, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = NameService_Delegate_fields},
    {.name = "AckDelegate", .id = NameService_MSG_AckDelegate, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 1, .fields = NameService_AckDelegate_fields},
    {.name = "NakDelegate", .id = NameService_MSG_NakDelegate, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t NameService_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 5},
    {.name = "Ready#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 5, .transition_count = 2},
    {.name = "Ready#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 7, .transition_count = 2},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 9, .transition_count = 2},
    {.name = "Ready#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 11, .transition_count = 1},
    {.name = "Ready#5", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 12, .transition_count = 2},
};
static const contract_transition_t NameService_transitions[] = {
    {.state = 0, .msg_id = NameService_MSG_Publish, .dir = CONTRACT_DIR_IN, .next = 1}, /* Ready -Publish?-> Ready#1 */
    {.state = 0, .msg_id = NameService_MSG_Bind, .dir = CONTRACT_DIR_IN, .next = 2}, /* Ready -Bind?-> Ready#2 */
    {.state = 0, .msg_id = NameService_MSG_Unpublish, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Unpublish?-> Ready#3 */
    {.state = 0, .msg_id = NameService_MSG_List, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -List?-> Ready#4 */
    {.state = 0, .msg_id = NameService_MSG_Delegate, .dir = CONTRACT_DIR_IN, .next = 5}, /* Ready -Delegate?-> Ready#5 */
    {.state = 1, .msg_id = NameService_MSG_AckPublish, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#1 -AckPublish!-> Ready */
    {.state = 1, .msg_id = NameService_MSG_NakPublish, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#1 -NakPublish!-> Ready */
    {.state = 2, .msg_id = NameService_MSG_AckBind, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -AckBind!-> Ready */
    {.state = 2, .msg_id = NameService_MSG_NakBind, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -NakBind!-> Ready */
    {.state = 3, .msg_id = NameService_MSG_AckUnpublish, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#3 -AckUnpublish!-> Ready */
    {.state = 3, .msg_id = NameService_MSG_NakUnpublish, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#3 -NakUnpublish!-> Ready */
    {.state = 4, .msg_id = NameService_MSG_AckList, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#4 -AckList!-> Ready */
    {.state = 5, .msg_id = NameService_MSG_AckDelegate, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#5 -AckDelegate!-> Ready */
    {.state = 5, .msg_id = NameService_MSG_NakDelegate, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#5 -NakDelegate!-> Ready */
};
const contract_table_t contract_table_NameService = {
    .id = NameService_CONTRACT_ID,
    .name = "NameService",
    .ancestor_count = 1,
    .ancestors = NameService_ancestors,
    .message_count = 14,
    .messages = NameService_messages,
    .state_count = 6,
    .states = NameService_states,
    .transition_count = 14,
    .transitions = NameService_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract NsAdmin */
static const uint32_t NsAdmin_ancestors[] = {0xb2efda45u /* NsAdmin */};
static const contract_field_t NsAdmin_Register_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 31,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* sip */
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 8, .max_bytes = 0,
     .contract_id = 0xf5966f9du, .side = CONTRACT_SIDE_EXP, .state = 0}, /* client */
};
static const contract_field_t NsAdmin_Allow_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 31,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* sip */
    {.kind = CONTRACT_FIELD_STRING, .offset = 16, .max_bytes = 63,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* service */
};
static const contract_message_t NsAdmin_messages[] = {
    {.name = "Register", .id = NsAdmin_MSG_Register, .dir = CONTRACT_DIR_IN, .wire_size = 16,
     .field_count = 2, .fields = NsAdmin_Register_fields},
    {.name = "AckRegister", .id = NsAdmin_MSG_AckRegister, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Allow", .id = NsAdmin_MSG_Allow, .dir = CONTRACT_DIR_IN, .wire_size = 24,
     .field_count = 2, .fields = NsAdmin_Allow_fields},
    {.name = "AckAllow", .id = NsAdmin_MSG_AckAllow, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t NsAdmin_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 2},
    {.name = "Ready#1", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 2, .transition_count = 1},
    {.name = "Ready#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 1},
};
static const contract_transition_t NsAdmin_transitions[] = {
    {.state = 0, .msg_id = NsAdmin_MSG_Register, .dir = CONTRACT_DIR_IN, .next = 1}, /* Ready -Register?-> Ready#1 */
    {.state = 0, .msg_id = NsAdmin_MSG_Allow, .dir = CONTRACT_DIR_IN, .next = 2}, /* Ready -Allow?-> Ready#2 */
    {.state = 1, .msg_id = NsAdmin_MSG_AckRegister, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#1 -AckRegister!-> Ready */
    {.state = 2, .msg_id = NsAdmin_MSG_AckAllow, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -AckAllow!-> Ready */
};
const contract_table_t contract_table_NsAdmin = {
    .id = NsAdmin_CONTRACT_ID,
    .name = "NsAdmin",
    .ancestor_count = 1,
    .ancestors = NsAdmin_ancestors,
    .message_count = 4,
    .messages = NsAdmin_messages,
    .state_count = 3,
    .states = NsAdmin_states,
    .transition_count = 4,
    .transitions = NsAdmin_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};
