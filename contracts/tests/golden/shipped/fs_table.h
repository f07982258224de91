/* generated from fs.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_FS_TABLE_H
#define INSULA_CONTRACTS_FS_TABLE_H

#include <insula/contract_table.h>

/* contract File */
#define File_CONTRACT_ID 0x2b183663u
#define File_MSG_Read 0u
#define File_MSG_AckRead 1u
#define File_MSG_ReadError 2u
#define File_MSG_Write 3u
#define File_MSG_AckWrite 4u
#define File_MSG_WriteError 5u
#define File_MSG_Close 6u
#define File_MSG_AckClose 7u
#define File_MSG_COUNT 8u
#define File_STATE_Ready 0u
#define File_STATE_Closed 1u
extern const contract_table_t contract_table_File;

/* contract Fs */
#define Fs_CONTRACT_ID 0x55d3237eu
#define Fs_MSG_Hello 0u
#define Fs_MSG_Goodbye 1u
#define Fs_MSG_AckGoodbye 2u
#define Fs_MSG_Open 3u
#define Fs_MSG_AckOpen 4u
#define Fs_MSG_OpenError 5u
#define Fs_MSG_Stat 6u
#define Fs_MSG_AckStat 7u
#define Fs_MSG_StatError 8u
#define Fs_MSG_List 9u
#define Fs_MSG_Entry 10u
#define Fs_MSG_NextEntry 11u
#define Fs_MSG_StopList 12u
#define Fs_MSG_EndList 13u
#define Fs_MSG_ListError 14u
#define Fs_MSG_Mkdir 15u
#define Fs_MSG_Unlink 16u
#define Fs_MSG_Rmdir 17u
#define Fs_MSG_Rename 18u
#define Fs_MSG_Truncate 19u
#define Fs_MSG_Sync 20u
#define Fs_MSG_Done 21u
#define Fs_MSG_Failed 22u
#define Fs_MSG_COUNT 23u
#define Fs_STATE_Start 0u
#define Fs_STATE_Ready 1u
#define Fs_STATE_Closed 2u
#define Fs_STATE_Listing 4u
#define Fs_STATE_ListPaused 5u
extern const contract_table_t contract_table_Fs;

#endif /* INSULA_CONTRACTS_FS_TABLE_H */
