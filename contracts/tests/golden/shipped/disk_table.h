/* generated from disk.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_DISK_TABLE_H
#define INSULA_CONTRACTS_DISK_TABLE_H

#include <insula/contract_table.h>

/* contract Disk */
#define Disk_CONTRACT_ID 0xaeba40c4u
#define Disk_MSG_Hello 0u
#define Disk_MSG_Goodbye 1u
#define Disk_MSG_AckGoodbye 2u
#define Disk_MSG_GetGeometry 3u
#define Disk_MSG_Geometry 4u
#define Disk_MSG_Read 5u
#define Disk_MSG_AckRead 6u
#define Disk_MSG_ReadError 7u
#define Disk_MSG_Write 8u
#define Disk_MSG_AckWrite 9u
#define Disk_MSG_WriteError 10u
#define Disk_MSG_Flush 11u
#define Disk_MSG_AckFlush 12u
#define Disk_MSG_FlushError 13u
#define Disk_MSG_COUNT 14u
#define Disk_STATE_Start 0u
#define Disk_STATE_Ready 1u
#define Disk_STATE_Closed 2u
extern const contract_table_t contract_table_Disk;

#endif /* INSULA_CONTRACTS_DISK_TABLE_H */
