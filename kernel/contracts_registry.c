/*
 * contracts_registry.c — the contracts the kernel can create channels of:
 * the tables contractc generated from the files in contracts/.
 */
#include "channel.h"

#include <stddef.h>

extern const contract_table_t contract_table_Bench;
extern const contract_table_t contract_table_Service;
extern const contract_table_t contract_table_PingPong;
extern const contract_table_t contract_table_ServiceProvider;
extern const contract_table_t contract_table_NameService;
extern const contract_table_t contract_table_NsAdmin;
extern const contract_table_t contract_table_Console;
extern const contract_table_t contract_table_File;
extern const contract_table_t contract_table_Fs;
extern const contract_table_t contract_table_Disk;
extern const contract_table_t contract_table_Irq;

static const contract_table_t *const known[] = {
    &contract_table_Service, &contract_table_PingPong, &contract_table_ServiceProvider,
    &contract_table_NameService, &contract_table_Console, &contract_table_File,
    &contract_table_Fs, &contract_table_Bench, &contract_table_NsAdmin, &contract_table_Disk,
    &contract_table_Irq,
};

const contract_table_t *contract_find(uint32_t id)
{
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        if (known[i]->id == id)
            return known[i];
    }
    return NULL;
}
