/* generated from bench.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_BENCH_TABLE_H
#define INSULA_CONTRACTS_BENCH_TABLE_H

#include <insula/contract_table.h>

/* contract Bench */
#define Bench_CONTRACT_ID 0x346ad459u
#define Bench_MSG_Ping 0u
#define Bench_MSG_Pong 1u
#define Bench_MSG_Data 2u
#define Bench_MSG_DataBack 3u
#define Bench_MSG_COUNT 4u
#define Bench_STATE_Ready 0u
extern const contract_table_t contract_table_Bench;

#endif /* INSULA_CONTRACTS_BENCH_TABLE_H */
