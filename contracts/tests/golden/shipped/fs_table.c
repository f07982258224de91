/* generated from fs.contract by contractc — do not edit */
#include "fs_table.h"

/* contract File */
static const uint32_t File_ancestors[] = {0x2b183663u /* File */};
static const contract_field_t File_Read_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t File_AckRead_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t File_ReadError_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t File_Write_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t File_AckWrite_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_field_t File_WriteError_fields[] = {
    {.kind = CONTRACT_FIELD_BYTES, .offset = 0, .max_bytes = 65536,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* buf */
};
static const contract_message_t File_messages[] = {
    {.name = "Read", .id = File_MSG_Read, .dir = CONTRACT_DIR_IN, .wire_size = 24,
     .field_count = 1, .fields = File_Read_fields},
    {.name = "AckRead", .id = File_MSG_AckRead, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = File_AckRead_fields},
    {.name = "ReadError", .id = File_MSG_ReadError, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = File_ReadError_fields},
    {.name = "Write", .id = File_MSG_Write, .dir = CONTRACT_DIR_IN, .wire_size = 24,
     .field_count = 1, .fields = File_Write_fields},
    {.name = "AckWrite", .id = File_MSG_AckWrite, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = File_AckWrite_fields},
    {.name = "WriteError", .id = File_MSG_WriteError, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = File_WriteError_fields},
    {.name = "Close", .id = File_MSG_Close, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckClose", .id = File_MSG_AckClose, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t File_states[] = {
    {.name = "Ready", .flags = 0, .first_transition = 0, .transition_count = 3},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 3, .transition_count = 0},
    {.name = "Ready#2", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 3, .transition_count = 2},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 5, .transition_count = 2},
    {.name = "Ready#4", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 7, .transition_count = 1},
};
static const contract_transition_t File_transitions[] = {
    {.state = 0, .msg_id = File_MSG_Read, .dir = CONTRACT_DIR_IN, .next = 2}, /* Ready -Read?-> Ready#2 */
    {.state = 0, .msg_id = File_MSG_Write, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Write?-> Ready#3 */
    {.state = 0, .msg_id = File_MSG_Close, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -Close?-> Ready#4 */
    {.state = 2, .msg_id = File_MSG_AckRead, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -AckRead!-> Ready */
    {.state = 2, .msg_id = File_MSG_ReadError, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#2 -ReadError!-> Ready */
    {.state = 3, .msg_id = File_MSG_AckWrite, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#3 -AckWrite!-> Ready */
    {.state = 3, .msg_id = File_MSG_WriteError, .dir = CONTRACT_DIR_OUT, .next = 0}, /* Ready#3 -WriteError!-> Ready */
    {.state = 4, .msg_id = File_MSG_AckClose, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#4 -AckClose!-> Closed */
};
const contract_table_t contract_table_File = {
    .id = File_CONTRACT_ID,
    .name = "File",
    .ancestor_count = 1,
    .ancestors = File_ancestors,
    .message_count = 8,
    .messages = File_messages,
    .state_count = 5,
    .states = File_states,
    .transition_count = 8,
    .transitions = File_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 1, [CONTRACT_DIR_OUT] = 1},
};

/* contract Fs extends Service */
static const uint32_t Fs_ancestors[] = {0x55d3237eu /* Fs */, 0xb643c704u /* Service */};
static const contract_field_t Fs_Open_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* path */
};
static const contract_field_t Fs_AckOpen_fields[] = {
    {.kind = CONTRACT_FIELD_ENDPOINT, .offset = 0, .max_bytes = 0,
     .contract_id = 0x2b183663u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* file */
};
static const contract_field_t Fs_Stat_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* path */
};
static const contract_field_t Fs_List_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* path */
};
static const contract_field_t Fs_Entry_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 255,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* name */
};
static const contract_field_t Fs_Mkdir_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* path */
};
static const contract_field_t Fs_Unlink_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* path */
};
static const contract_field_t Fs_Rmdir_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* path */
};
static const contract_field_t Fs_Rename_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* from */
    {.kind = CONTRACT_FIELD_STRING, .offset = 8, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* to */
};
static const contract_field_t Fs_Truncate_fields[] = {
    {.kind = CONTRACT_FIELD_STRING, .offset = 0, .max_bytes = 1024,
     .contract_id = 0x00000000u, .side = CONTRACT_SIDE_IMP, .state = 0}, /* path */
};
static const contract_message_t Fs_messages[] = {
    {.name = "Hello", .id = Fs_MSG_Hello, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Goodbye", .id = Fs_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "AckGoodbye", .id = Fs_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Open", .id = Fs_MSG_Open, .dir = CONTRACT_DIR_IN, .wire_size = 16,
     .field_count = 1, .fields = Fs_Open_fields},
    {.name = "AckOpen", .id = Fs_MSG_AckOpen, .dir = CONTRACT_DIR_OUT, .wire_size = 16,
     .field_count = 1, .fields = Fs_AckOpen_fields},
    {.name = "OpenError", .id = Fs_MSG_OpenError, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Stat", .id = Fs_MSG_Stat, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = Fs_Stat_fields},
    {.name = "AckStat", .id = Fs_MSG_AckStat, .dir = CONTRACT_DIR_OUT, .wire_size = 24,
     .field_count = 0, .fields = NULL},
    {.name = "StatError", .id = Fs_MSG_StatError, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "List", .id = Fs_MSG_List, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = Fs_List_fields},
    {.name = "Entry", .id = Fs_MSG_Entry, .dir = CONTRACT_DIR_OUT, .wire_size = 24,
     .field_count = 1, .fields = Fs_Entry_fields},
    {.name = "NextEntry", .id = Fs_MSG_NextEntry, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "StopList", .id = Fs_MSG_StopList, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "EndList", .id = Fs_MSG_EndList, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "ListError", .id = Fs_MSG_ListError, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
    {.name = "Mkdir", .id = Fs_MSG_Mkdir, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = Fs_Mkdir_fields},
    {.name = "Unlink", .id = Fs_MSG_Unlink, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = Fs_Unlink_fields},
    {.name = "Rmdir", .id = Fs_MSG_Rmdir, .dir = CONTRACT_DIR_IN, .wire_size = 8,
     .field_count = 1, .fields = Fs_Rmdir_fields},
    {.name = "Rename", .id = Fs_MSG_Rename, .dir = CONTRACT_DIR_IN, .wire_size = 16,
     .field_count = 2, .fields = Fs_Rename_fields},
    {.name = "Truncate", .id = Fs_MSG_Truncate, .dir = CONTRACT_DIR_IN, .wire_size = 16,
     .field_count = 1, .fields = Fs_Truncate_fields},
    {.name = "Sync", .id = Fs_MSG_Sync, .dir = CONTRACT_DIR_IN, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Done", .id = Fs_MSG_Done, .dir = CONTRACT_DIR_OUT, .wire_size = 0,
     .field_count = 0, .fields = NULL},
    {.name = "Failed", .id = Fs_MSG_Failed, .dir = CONTRACT_DIR_OUT, .wire_size = 8,
     .field_count = 0, .fields = NULL},
};
static const contract_state_t Fs_states[] = {
    {.name = "Start", .flags = 0, .first_transition = 0, .transition_count = 1},
    {.name = "Ready", .flags = 0, .first_transition = 1, .transition_count = 10},
    {.name = "Closed", .flags = CONTRACT_STATE_TERMINAL, .first_transition = 11, .transition_count = 0},
    {.name = "Ready#3", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 11, .transition_count = 1},
    {.name = "Listing", .flags = 0, .first_transition = 12, .transition_count = 3},
    {.name = "ListPaused", .flags = 0, .first_transition = 15, .transition_count = 2},
    {.name = "Ready#6", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 17, .transition_count = 2},
    {.name = "Ready#7", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 19, .transition_count = 2},
    {.name = "Ready#8", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 21, .transition_count = 2},
    {.name = "Ready#9", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 23, .transition_count = 2},
    {.name = "Ready#10", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 25, .transition_count = 2},
    {.name = "Ready#11", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 27, .transition_count = 2},
    {.name = "Ready#12", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 29, .transition_count = 2},
    {.name = "Ready#13", .flags = CONTRACT_STATE_ANONYMOUS, .first_transition = 31, .transition_count = 2},
};
static const contract_transition_t Fs_transitions[] = {
    {.state = 0, .msg_id = Fs_MSG_Hello, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Start -Hello!-> Ready */
    {.state = 1, .msg_id = Fs_MSG_Goodbye, .dir = CONTRACT_DIR_IN, .next = 3}, /* Ready -Goodbye?-> Ready#3 */
    {.state = 1, .msg_id = Fs_MSG_Open, .dir = CONTRACT_DIR_IN, .next = 6}, /* Ready -Open?-> Ready#6 */
    {.state = 1, .msg_id = Fs_MSG_Stat, .dir = CONTRACT_DIR_IN, .next = 7}, /* Ready -Stat?-> Ready#7 */
    {.state = 1, .msg_id = Fs_MSG_List, .dir = CONTRACT_DIR_IN, .next = 4}, /* Ready -List?-> Listing */
    {.state = 1, .msg_id = Fs_MSG_Mkdir, .dir = CONTRACT_DIR_IN, .next = 8}, /* Ready -Mkdir?-> Ready#8 */
    {.state = 1, .msg_id = Fs_MSG_Unlink, .dir = CONTRACT_DIR_IN, .next = 9}, /* Ready -Unlink?-> Ready#9 */
    {.state = 1, .msg_id = Fs_MSG_Rmdir, .dir = CONTRACT_DIR_IN, .next = 10}, /* Ready -Rmdir?-> Ready#10 */
    {.state = 1, .msg_id = Fs_MSG_Rename, .dir = CONTRACT_DIR_IN, .next = 11}, /* Ready -Rename?-> Ready#11 */
    {.state = 1, .msg_id = Fs_MSG_Truncate, .dir = CONTRACT_DIR_IN, .next = 12}, /* Ready -Truncate?-> Ready#12 */
    {.state = 1, .msg_id = Fs_MSG_Sync, .dir = CONTRACT_DIR_IN, .next = 13}, /* Ready -Sync?-> Ready#13 */
    {.state = 3, .msg_id = Fs_MSG_AckGoodbye, .dir = CONTRACT_DIR_OUT, .next = 2}, /* Ready#3 -AckGoodbye!-> Closed */
    {.state = 4, .msg_id = Fs_MSG_Entry, .dir = CONTRACT_DIR_OUT, .next = 5}, /* Listing -Entry!-> ListPaused */
    {.state = 4, .msg_id = Fs_MSG_EndList, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Listing -EndList!-> Ready */
    {.state = 4, .msg_id = Fs_MSG_ListError, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Listing -ListError!-> Ready */
    {.state = 5, .msg_id = Fs_MSG_NextEntry, .dir = CONTRACT_DIR_IN, .next = 4}, /* ListPaused -NextEntry?-> Listing */
    {.state = 5, .msg_id = Fs_MSG_StopList, .dir = CONTRACT_DIR_IN, .next = 1}, /* ListPaused -StopList?-> Ready */
    {.state = 6, .msg_id = Fs_MSG_AckOpen, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#6 -AckOpen!-> Ready */
    {.state = 6, .msg_id = Fs_MSG_OpenError, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#6 -OpenError!-> Ready */
    {.state = 7, .msg_id = Fs_MSG_AckStat, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#7 -AckStat!-> Ready */
    {.state = 7, .msg_id = Fs_MSG_StatError, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#7 -StatError!-> Ready */
    {.state = 8, .msg_id = Fs_MSG_Done, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#8 -Done!-> Ready */
    {.state = 8, .msg_id = Fs_MSG_Failed, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#8 -Failed!-> Ready */
    {.state = 9, .msg_id = Fs_MSG_Done, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#9 -Done!-> Ready */
    {.state = 9, .msg_id = Fs_MSG_Failed, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#9 -Failed!-> Ready */
    {.state = 10, .msg_id = Fs_MSG_Done, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#10 -Done!-> Ready */
    {.state = 10, .msg_id = Fs_MSG_Failed, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#10 -Failed!-> Ready */
    {.state = 11, .msg_id = Fs_MSG_Done, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#11 -Done!-> Ready */
    {.state = 11, .msg_id = Fs_MSG_Failed, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#11 -Failed!-> Ready */
    {.state = 12, .msg_id = Fs_MSG_Done, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#12 -Done!-> Ready */
    {.state = 12, .msg_id = Fs_MSG_Failed, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#12 -Failed!-> Ready */
    {.state = 13, .msg_id = Fs_MSG_Done, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#13 -Done!-> Ready */
    {.state = 13, .msg_id = Fs_MSG_Failed, .dir = CONTRACT_DIR_OUT, .next = 1}, /* Ready#13 -Failed!-> Ready */
};
const contract_table_t contract_table_Fs = {
    .id = Fs_CONTRACT_ID,
    .name = "Fs",
    .ancestor_count = 2,
    .ancestors = Fs_ancestors,
    .message_count = 23,
    .messages = Fs_messages,
    .state_count = 14,
    .states = Fs_states,
    .transition_count = 33,
    .transitions = Fs_transitions,
    .start_state = 0,
    .queue_bound = {[CONTRACT_DIR_IN] = 2, [CONTRACT_DIR_OUT] = 1},
};
