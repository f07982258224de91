/*
 * model.c — TLBs, caches, page walks and costs (model.h, README.md).
 */
#include "model.h"

#include <string.h>

#define LINE_SHIFT 6            /* 64-byte cache lines */
#define TABLE_INDEX_BITS 9      /* 512 entries per page-table level */

/* Sizes: README.md, "What is modelled". */
#define L1_TLB_ENTRIES 64
#define STLB_SETS 256
#define STLB_WAYS 8
#define UPPER_ENTRIES 32
#define L1_SETS 64
#define L1_WAYS 8
#define L2_SETS 1024
#define L2_WAYS 8

void cm_config_default(cm_config_t *c)
{
    memset(c, 0, sizeof(*c));
    c->page_shift = 12;
    cm_costs_t *k = &c->costs;
    k->insn_milli = 1000;
    k->l2_hit = 12;
    k->l2_miss = 40;
    k->stlb_hit = 7;
    k->walk_base = 20;
    k->walk_level = 10;
    k->io_access = 200;
    k->special[INSN_RDTSC] = 20;
    k->special[INSN_FENCE] = 4;
    k->special[INSN_MOV_CR3] = 30;
    k->special[INSN_MOV_CR4] = 30;
    k->special[INSN_MOV_CR0] = 10;
    k->special[INSN_SYSCALL] = 25;
    k->special[INSN_IRET] = 40;
    k->special[INSN_INT] = 40;
    k->special[INSN_CPUID] = 100;
    k->special[INSN_MSR] = 40;
    k->special[INSN_PORT_IO] = 100;
    k->special[INSN_INVLPG] = 40;
    k->special[INSN_SWAPGS] = 8;
    k->special[INSN_DIV] = 20;
}

bool cm_model_init(cm_model_t *m, const cm_config_t *config)
{
    memset(m, 0, sizeof(*m));
    m->config = *config;
    m->pending_pcid = -1;
    bool ok = assoc_init(&m->itlb, 1, L1_TLB_ENTRIES) &&
              assoc_init(&m->dtlb, 1, L1_TLB_ENTRIES) &&
              assoc_init(&m->stlb, STLB_SETS, STLB_WAYS) &&
              assoc_init(&m->upper, 1, UPPER_ENTRIES) &&
              assoc_init(&m->l1i, L1_SETS, L1_WAYS) &&
              assoc_init(&m->l1d, L1_SETS, L1_WAYS) &&
              assoc_init(&m->l2, L2_SETS, L2_WAYS);
    if (!ok)
        cm_model_free(m);
    return ok;
}

void cm_model_free(cm_model_t *m)
{
    assoc_free(&m->itlb);
    assoc_free(&m->dtlb);
    assoc_free(&m->stlb);
    assoc_free(&m->upper);
    assoc_free(&m->l1i);
    assoc_free(&m->l1d);
    assoc_free(&m->l2);
}

void cm_insns(cm_model_t *m, uint64_t n)
{
    m->counts.insns += n;
    uint64_t milli = n * m->config.costs.insn_milli + m->insn_milli_rest;
    m->counts.cycles += milli / 1000;
    m->insn_milli_rest = milli % 1000;
}

/* Adds `cycles` to the estimate and to the part `part` of it. */
static void charge(uint64_t *part, cm_model_t *m, uint64_t cycles)
{
    *part += cycles;
    m->counts.cycles += cycles;
}

/* Levels a walk fetches for a page of this size: 4 for 4 KiB, 3 for 2 MiB, 2 for 1 GiB. */
static unsigned walk_levels(unsigned page_shift)
{
    return 4 - (page_shift - 12) / TABLE_INDEX_BITS;
}

static void page_walk(cm_model_t *m, uint64_t vaddr, bool global)
{
    const cm_costs_t *k = &m->config.costs;
    unsigned shift = m->config.page_shift;
    /* The entry above the leaf: if cached, only the leaf is fetched. */
    bool upper_hit = assoc_access(&m->upper, vaddr >> (shift + TABLE_INDEX_BITS), m->pcid,
                                  global);
    unsigned levels = upper_hit ? 1 : walk_levels(shift);
    m->counts.stlb_misses++;
    m->counts.walk_levels += levels;
    charge(&m->counts.cycles_tlb, m, k->walk_base + (uint64_t)levels * k->walk_level);
}

/* Translates through an L1 TLB and the shared second-level TLB. */
static void translate(cm_model_t *m, assoc_t *l1, uint64_t *l1_misses, uint64_t vaddr)
{
    uint64_t vpn = vaddr >> m->config.page_shift;
    bool global = vaddr >= m->config.global_lo && vaddr < m->config.global_hi;
    if (assoc_access(l1, vpn, m->pcid, global))
        return;
    (*l1_misses)++;
    if (assoc_access(&m->stlb, vpn, m->pcid, global))
        charge(&m->counts.cycles_tlb, m, m->config.costs.stlb_hit);
    else
        page_walk(m, vaddr, global);
}

/* Caches are physically tagged: no address-space tag, nothing flushes them. */
static void cache_access(cm_model_t *m, assoc_t *l1, uint64_t *l1_misses, uint64_t paddr)
{
    uint64_t line = paddr >> LINE_SHIFT;
    if (assoc_access(l1, line, 0, true))
        return;
    (*l1_misses)++;
    if (assoc_access(&m->l2, line, 0, true)) {
        charge(&m->counts.cycles_cache, m, m->config.costs.l2_hit);
        return;
    }
    m->counts.l2_misses++;
    charge(&m->counts.cycles_cache, m, m->config.costs.l2_hit + m->config.costs.l2_miss);
}

void cm_fetch(cm_model_t *m, uint64_t vaddr, uint64_t paddr)
{
    translate(m, &m->itlb, &m->counts.itlb_misses, vaddr);
    cache_access(m, &m->l1i, &m->counts.l1i_misses, paddr);
}

void cm_data(cm_model_t *m, uint64_t vaddr, uint64_t paddr, bool io)
{
    translate(m, &m->dtlb, &m->counts.dtlb_misses, vaddr);
    if (io) {
        m->counts.io_accesses++;
        charge(&m->counts.cycles_io, m, m->config.costs.io_access);
        return;
    }
    cache_access(m, &m->l1d, &m->counts.l1d_misses, paddr);
}

void cm_announce_cr3(cm_model_t *m, uint16_t pcid, bool noflush)
{
    m->pending_pcid = pcid;
    m->pending_noflush = noflush;
}

static void flush_tlbs_asid(cm_model_t *m, uint16_t asid)
{
    assoc_flush_asid(&m->itlb, asid);
    assoc_flush_asid(&m->dtlb, asid);
    assoc_flush_asid(&m->stlb, asid);
    assoc_flush_asid(&m->upper, asid);
}

static void flush_tlbs_nonglobal(cm_model_t *m)
{
    assoc_flush_nonglobal(&m->itlb);
    assoc_flush_nonglobal(&m->dtlb);
    assoc_flush_nonglobal(&m->stlb);
    assoc_flush_nonglobal(&m->upper);
}

static void flush_tlbs_all(cm_model_t *m)
{
    assoc_flush_all(&m->itlb);
    assoc_flush_all(&m->dtlb);
    assoc_flush_all(&m->stlb);
    assoc_flush_all(&m->upper);
}

/* A CR3 load: as announced by a mark, else as without PCIDs (everything
 * non-global goes, the address space is PCID 0). */
static void load_cr3(cm_model_t *m)
{
    m->counts.cr3_loads++;
    if (m->pending_pcid < 0) {
        m->pcid = 0;
        flush_tlbs_nonglobal(m);
        m->counts.tlb_flushes++;
        return;
    }
    m->pcid = (uint16_t)m->pending_pcid;
    if (!m->pending_noflush) {
        flush_tlbs_asid(m, m->pcid);
        m->counts.tlb_flushes++;
    }
    m->pending_pcid = -1;
}

void cm_special(cm_model_t *m, insn_class_t c)
{
    if (c >= INSN_CLASS_COUNT)
        return;
    m->counts.special[c]++;
    charge(&m->counts.cycles_special, m, m->config.costs.special[c]);
    if (c == INSN_MOV_CR3) {
        load_cr3(m);
    } else if (c == INSN_MOV_CR4) {
        flush_tlbs_all(m);
        m->counts.tlb_flushes++;
    }
}
