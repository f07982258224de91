/* generated from nameservice.contract by contractc — do not edit */
#ifndef INSULA_CONTRACTS_NAMESERVICE_TABLE_H
#define INSULA_CONTRACTS_NAMESERVICE_TABLE_H

#include <insula/contract_table.h>

/* contract ServiceProvider */
#define ServiceProvider_CONTRACT_ID 0x06c5e211u
#define ServiceProvider_MSG_Connect 0u
#define ServiceProvider_MSG_AckConnect 1u
#define ServiceProvider_MSG_NakConnect 2u
#define ServiceProvider_MSG_COUNT 3u
#define ServiceProvider_STATE_Ready 0u
extern const contract_table_t contract_table_ServiceProvider;

/* contract NameService */
#define NameService_CONTRACT_ID 0xf5966f9du
#define NameService_MSG_Publish 0u
#define NameService_MSG_AckPublish 1u
#define NameService_MSG_NakPublish 2u
#define NameService_MSG_Bind 3u
#define NameService_MSG_AckBind 4u
#define NameService_MSG_NakBind 5u
#define NameService_MSG_List 6u
#define NameService_MSG_AckList 7u
#define NameService_MSG_Unpublish 8u
#define NameService_MSG_AckUnpublish 9u
#define NameService_MSG_NakUnpublish 10u
#define NameService_MSG_Delegate 11u
#define NameService_MSG_AckDelegate 12u
#define NameService_MSG_NakDelegate 13u
#define NameService_MSG_COUNT 14u
#define NameService_STATE_Ready 0u
extern const contract_table_t contract_table_NameService;

/* contract NsAdmin */
#define NsAdmin_CONTRACT_ID 0xb2efda45u
#define NsAdmin_MSG_Register 0u
#define NsAdmin_MSG_AckRegister 1u
#define NsAdmin_MSG_Allow 2u
#define NsAdmin_MSG_AckAllow 3u
#define NsAdmin_MSG_COUNT 4u
#define NsAdmin_STATE_Ready 0u
extern const contract_table_t contract_table_NsAdmin;

#endif /* INSULA_CONTRACTS_NAMESERVICE_TABLE_H */
