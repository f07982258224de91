/* generated from every contract by contractc — do not edit */
/*
 * contracts_registry.c — the contracts the kernel can create channels of.
 */
#include "channel.h"

#include <stddef.h>

#include "bench_table.h"
#include "channel_test_table.h"
#include "console_table.h"
#include "counter_table.h"
#include "counter2_table.h"
#include "disk_table.h"
#include "fs_table.h"
#include "irq_table.h"
#include "kv_table.h"
#include "nameservice_table.h"
#include "pingpong_table.h"
#include "service_table.h"

static const contract_table_t *const known[] = {
    &contract_table_Bench,
    &contract_table_ChannelTest,
    &contract_table_ChannelTest_at_Running,
    &contract_table_Console,
    &contract_table_Counter,
    &contract_table_Counter2,
    &contract_table_Disk,
    &contract_table_File,
    &contract_table_Fs,
    &contract_table_Irq,
    &contract_table_Kv,
    &contract_table_ServiceProvider,
    &contract_table_NameService,
    &contract_table_NsAdmin,
    &contract_table_PingPong,
    &contract_table_Service,
};

const contract_table_t *contract_find(uint32_t id)
{
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        if (known[i]->id == id)
            return known[i];
    }
    return NULL;
}

const contract_table_t *contract_known(size_t i)
{
    return i < sizeof(known) / sizeof(known[0]) ? known[i] : NULL;
}
