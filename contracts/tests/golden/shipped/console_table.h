/* generated from console.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_CONSOLE_TABLE_H
#define INSULA_CONTRACTS_CONSOLE_TABLE_H

#include <insula/contract_table.h>

/* contract Console */
#define Console_CONTRACT_ID 0x5edb76cau
#define Console_MSG_Hello 0u
#define Console_MSG_Goodbye 1u
#define Console_MSG_AckGoodbye 2u
#define Console_MSG_Write 3u
#define Console_MSG_AckWrite 4u
#define Console_MSG_ReadLine 5u
#define Console_MSG_AckReadLine 6u
#define Console_MSG_EndOfInput 7u
#define Console_MSG_COUNT 8u
#define Console_STATE_Start 0u
#define Console_STATE_Ready 1u
#define Console_STATE_Closed 2u
extern const contract_table_t contract_table_Console;

#endif /* INSULA_CONTRACTS_CONSOLE_TABLE_H */
