/*
 * plugin.c — the QEMU 7.2 TCG plugin: feeds the cost model (model.h) with
 * every translated block's instruction fetches, every memory access and
 * every special instruction, decodes the kernel's marks, and writes the
 * records (records.h). README.md describes what it models and where it is
 * blind. One vCPU (the benchmarks boot with -smp 1).
 */
#include <stdlib.h>
#include <string.h>

#define COSTMODEL_LAYOUT_ONLY
#include "costmodel.h"
#include "decode.h"
#include "intervals.h"
#include "model.h"
#include "options.h"
#include "qemu_api.h"
#include "records.h"

__attribute__((visibility("default"))) int qemu_plugin_version = 1;

#define LINE_SHIFT 6
#define KERNEL_LOAD_MIN (1ull << 20)    /* the kernel runs identity-mapped above 1 MiB */
#define KERNEL_LOAD_MAX (1ull << 30)

static cm_options_t options;
static cm_model_t model;
static cm_lines_t lines;
static cm_intervals_t intervals;
static FILE *out;
/* Host address of guest physical 0, learnt from the kernel's first block. */
static uintptr_t ram_host_base;
static bool ram_host_base_known;

typedef struct {
    uint64_t vaddr, paddr;
} fetch_line_t;

typedef struct {
    uint32_t insns;
    uint32_t nlines;
    fetch_line_t lines[];
} block_t;

static uint64_t insn_paddr(const struct qemu_plugin_insn *insn, uint64_t vaddr)
{
    uintptr_t host = (uintptr_t)qemu_plugin_insn_haddr(insn);
    if (!ram_host_base_known && host != 0 && vaddr >= KERNEL_LOAD_MIN &&
        vaddr < KERNEL_LOAD_MAX) {
        ram_host_base = host - (uintptr_t)vaddr;
        ram_host_base_known = true;
    }
    if (!ram_host_base_known || host < ram_host_base)
        return vaddr;
    return (uint64_t)(host - ram_host_base);
}

static void block_exec(unsigned int vcpu, void *userdata)
{
    (void)vcpu;
    const block_t *b = userdata;
    cm_insns(&model, b->insns);
    for (uint32_t i = 0; i < b->nlines; i++)
        cm_fetch(&model, b->lines[i].vaddr, b->lines[i].paddr);
}

static void special_exec(unsigned int vcpu, void *userdata)
{
    (void)vcpu;
    cm_special(&model, (insn_class_t)(uintptr_t)userdata);
}

/* A benchmark's cycle-counter read (not the kernel's): an interval ends. */
static void benchmark_rdtsc_exec(unsigned int vcpu, void *userdata)
{
    special_exec(vcpu, userdata);
    cm_intervals_cut(&intervals, &model.counts);
}

static bool in_kernel(uint64_t vaddr)
{
    return vaddr >= options.kernel_lo && vaddr < options.kernel_hi;
}

/* A console byte; at the end of a benchmark's line, its intervals first. */
static void console_byte(uint8_t byte)
{
    if (byte == '\n' && lines.len >= 5 && memcmp(lines.text, "bench", 5) == 0)
        cm_intervals_flush(&intervals, out);
    cm_lines_byte(&lines, byte, &model.counts, out);
}

static bool handle_mark(uint64_t paddr)
{
    if (options.marks == 0 || paddr < options.marks ||
        paddr >= options.marks + COSTMODEL_MARKS_SIZE)
        return false;
    uint64_t at = paddr - options.marks;
    if (at >= COSTMODEL_MARK_CONSOLE)
        console_byte((uint8_t)(at - COSTMODEL_MARK_CONSOLE));
    else if (at >= COSTMODEL_MARK_CR3_NOFLUSH)
        cm_announce_cr3(&model, (uint16_t)(at - COSTMODEL_MARK_CR3_NOFLUSH), true);
    else
        cm_announce_cr3(&model, (uint16_t)at, false);
    return true;
}

static void mem_access(unsigned int vcpu, qemu_plugin_meminfo_t info, uint64_t vaddr,
                       void *userdata)
{
    (void)vcpu;
    (void)userdata;
    struct qemu_plugin_hwaddr *hw = qemu_plugin_get_hwaddr(info, vaddr);
    bool io = hw != NULL && qemu_plugin_hwaddr_is_io(hw);
    uint64_t paddr = hw != NULL ? qemu_plugin_hwaddr_phys_addr(hw) : vaddr;
    if (!io && handle_mark(paddr))
        return;     /* the marks are the plugin's, not the program's, traffic */
    cm_data(&model, vaddr, paddr, io);
}

static void add_fetch_line(block_t *b, uint64_t vaddr, uint64_t paddr)
{
    uint64_t line = vaddr >> LINE_SHIFT;
    if (b->nlines > 0 && (b->lines[b->nlines - 1].vaddr >> LINE_SHIFT) == line)
        return;
    b->lines[b->nlines].vaddr = line << LINE_SHIFT;
    b->lines[b->nlines].paddr = paddr & ~((1ull << LINE_SHIFT) - 1);
    b->nlines++;
}

static void instrument_insn(struct qemu_plugin_insn *insn)
{
    insn_class_t c = insn_classify(qemu_plugin_insn_data(insn), qemu_plugin_insn_size(insn));
    bool cuts = c == INSN_RDTSC && !in_kernel(qemu_plugin_insn_vaddr(insn));
    if (c != INSN_ORDINARY)
        qemu_plugin_register_vcpu_insn_exec_cb(insn, cuts ? benchmark_rdtsc_exec : special_exec,
                                               QEMU_PLUGIN_CB_NO_REGS, (void *)(uintptr_t)c);
    qemu_plugin_register_vcpu_mem_cb(insn, mem_access, QEMU_PLUGIN_CB_NO_REGS,
                                     QEMU_PLUGIN_MEM_RW, NULL);
}

/* Blocks are kept for the whole run: QEMU may execute a translation until it exits. */
static void block_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    /* An instruction spans at most two lines. */
    block_t *b = calloc(1, sizeof(block_t) + 2 * n * sizeof(fetch_line_t));
    if (b == NULL)
        abort();
    b->insns = (uint32_t)n;
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t vaddr = qemu_plugin_insn_vaddr(insn);
        uint64_t paddr = insn_paddr(insn, vaddr);
        uint64_t last = vaddr + qemu_plugin_insn_size(insn) - 1;
        add_fetch_line(b, vaddr, paddr);
        add_fetch_line(b, last, paddr + (last - vaddr));
        instrument_insn(insn);
    }
    qemu_plugin_register_vcpu_tb_exec_cb(tb, block_exec, QEMU_PLUGIN_CB_NO_REGS, b);
}

static void at_exit(qemu_plugin_id_t id, void *userdata)
{
    (void)id;
    (void)userdata;
    cm_write_counts(out, "end", &model.counts);
    fprintf(out, "\n");
    fclose(out);
    cm_model_free(&model);
}

static int fail(const char *why)
{
    qemu_plugin_outs("costmodel: ");
    qemu_plugin_outs(why);
    qemu_plugin_outs("\n");
    return -1;
}

__attribute__((visibility("default")))
int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv)
{
    (void)info;
    char why[256];
    if (!cm_options_parse(argc, argv, &options, why, sizeof(why)))
        return fail(why);
    if (!cm_model_init(&model, &options.config))
        return fail("out of memory");
    out = fopen(options.out, "w");
    if (out == NULL)
        return fail("cannot write the out= file");
    cm_write_header(out);
    qemu_plugin_register_vcpu_tb_trans_cb(id, block_translate);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
