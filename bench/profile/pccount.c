/*
 * pccount.c — a QEMU TCG plugin that counts the guest instructions executed
 * at every address, for `./insula bench --profile` (bench/README.md,
 * "Where the instructions go"). Argument out=PATH: where the counts go, one
 * "address count" line (hex, decimal) per executed instruction address,
 * written when QEMU exits. Single vCPU (the harness boots -smp 1), so the
 * counters need no atomics.
 *
 * QEMU's header qemu-plugin.h is not packaged: the API functions used here
 * are declared once for both our plugins, in bench/costmodel/qemu_api.h.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../costmodel/qemu_api.h"

__attribute__((visibility("default"))) int qemu_plugin_version = 1;

/* One counter per instruction address: an open-addressing hash table. */
typedef struct {
    uint64_t addr;
    uint64_t count;
    bool used;
} counter_t;

static counter_t *table;
static size_t table_size = 1u << 22;    /* 4 Mi addresses: far more than a boot runs */
static size_t table_used;
static char out_path[4096];

static counter_t *counter_find(uint64_t addr)
{
    size_t i = (size_t)((addr * 0x9E3779B97F4A7C15ull) >> 20) & (table_size - 1);
    while (table[i].used && table[i].addr != addr)
        i = (i + 1) & (table_size - 1);
    return &table[i];
}


static void insn_executed(unsigned int vcpu, void *userdata)
{
    (void)vcpu;
    ((counter_t *)userdata)->count++;
}

/* The table never grows: translated code holds its counters' addresses. */
static void tb_translated(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t addr = qemu_plugin_insn_vaddr(insn);
        counter_t *c = counter_find(addr);
        if (!c->used) {
            if (2 * (table_used + 1) > table_size) {
                fprintf(stderr, "pccount: more than %zu instruction addresses\n",
                        table_size / 2);
                abort();
            }
            *c = (counter_t){ .addr = addr, .used = true };
            table_used++;
        }
        qemu_plugin_register_vcpu_insn_exec_cb(insn, insn_executed, QEMU_PLUGIN_CB_NO_REGS, c);
    }
}

static void write_counts(qemu_plugin_id_t id, void *userdata)
{
    (void)id;
    (void)userdata;
    FILE *f = fopen(out_path, "w");
    if (f == NULL) {
        perror(out_path);
        return;
    }
    for (size_t i = 0; i < table_size; i++) {
        if (table[i].used && table[i].count > 0)
            fprintf(f, "%" PRIx64 " %" PRIu64 "\n", table[i].addr, table[i].count);
    }
    fclose(f);
}

__attribute__((visibility("default"))) int qemu_plugin_install(qemu_plugin_id_t id,
                                                               const qemu_info_t *info,
                                                               int argc, char **argv)
{
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "out=", 4) == 0 && strlen(argv[i] + 4) < sizeof(out_path))
            strcpy(out_path, argv[i] + 4);
    }
    if (out_path[0] == '\0') {
        fprintf(stderr, "pccount: needs out=PATH\n");
        return -1;
    }
    table = calloc(table_size, sizeof(*table));
    if (table == NULL)
        return -1;
    qemu_plugin_register_vcpu_tb_trans_cb(id, tb_translated);
    qemu_plugin_register_atexit_cb(id, write_counts, NULL);
    return 0;
}
