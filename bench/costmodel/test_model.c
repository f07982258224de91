/*
 * test_model.c — host unit tests of the cost model's pure parts (assoc,
 * model, decode, options, records), under ASan + UBSan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assoc.h"
#include "decode.h"
#include "intervals.h"
#include "model.h"
#include "options.h"
#include "records.h"

static int failures;

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                     \
        }                                                                   \
    } while (0)

static void test_assoc_lru(void)
{
    assoc_t a;
    CHECK(!assoc_init(&a, 3, 2));           /* sets must be a power of two */
    CHECK(!assoc_init(&a, 4, 0));
    CHECK(assoc_init(&a, 2, 2));
    /* Keys 0, 2, 4 share set 0 (two ways). */
    CHECK(!assoc_access(&a, 0, 0, false));
    CHECK(!assoc_access(&a, 2, 0, false));
    CHECK(assoc_access(&a, 0, 0, false));   /* 0 becomes most recent */
    CHECK(!assoc_access(&a, 4, 0, false));  /* evicts 2, the least recent */
    CHECK(assoc_lookup(&a, 0, 0));
    CHECK(!assoc_lookup(&a, 2, 0));
    CHECK(assoc_lookup(&a, 4, 0));
    CHECK(!assoc_access(&a, 1, 0, false));  /* set 1 is independent */
    CHECK(assoc_count(&a) == 3);
    assoc_free(&a);
}

static void test_assoc_tags(void)
{
    assoc_t a;
    CHECK(assoc_init(&a, 1, 8));
    assoc_insert(&a, 10, 1, false);
    assoc_insert(&a, 11, 2, false);
    assoc_insert(&a, 12, 1, true);
    CHECK(assoc_lookup(&a, 10, 1));
    CHECK(!assoc_lookup(&a, 10, 2));        /* another address space misses */
    CHECK(assoc_lookup(&a, 12, 2));         /* a global entry hits in any */
    assoc_flush_asid(&a, 1);
    CHECK(!assoc_lookup(&a, 10, 1));
    CHECK(assoc_lookup(&a, 11, 2));
    CHECK(assoc_lookup(&a, 12, 1));         /* global entries survive */
    assoc_flush_nonglobal(&a);
    CHECK(!assoc_lookup(&a, 11, 2));
    CHECK(assoc_lookup(&a, 12, 1));
    assoc_flush_all(&a);
    CHECK(assoc_count(&a) == 0);
    assoc_free(&a);
}

static cm_model_t fresh(unsigned page_shift)
{
    cm_config_t c;
    cm_config_default(&c);
    c.page_shift = page_shift;
    cm_model_t m;
    CHECK(cm_model_init(&m, &c));
    return m;
}

/* Touches `pages` distinct 4 KiB pages `rounds` times, one load each. */
static void touch_pages(cm_model_t *m, unsigned pages, unsigned rounds)
{
    for (unsigned r = 0; r < rounds; r++)
        for (unsigned p = 0; p < pages; p++)
            cm_data(m, 0x400000 + (uint64_t)p * 4096, 0x400000 + (uint64_t)p * 4096, false);
}

static void test_tlb_capacity(void)
{
    cm_model_t m = fresh(12);
    touch_pages(&m, 64, 3);                 /* 64 pages fit the L1 d-TLB */
    CHECK(m.counts.dtlb_misses == 64);
    CHECK(m.counts.stlb_misses == 64);
    cm_model_free(&m);

    m = fresh(12);
    touch_pages(&m, 65, 3);                 /* 65 thrash a 64-entry LRU TLB */
    CHECK(m.counts.dtlb_misses == 65 * 3);
    CHECK(m.counts.stlb_misses == 65);      /* the second level holds them */
    cm_model_free(&m);

    m = fresh(21);                          /* 2 MiB pages: one entry covers all 65 */
    touch_pages(&m, 65, 3);
    CHECK(m.counts.dtlb_misses == 1);
    CHECK(m.counts.walk_levels == 3);
    cm_model_free(&m);
}

static void test_walk_levels(void)
{
    cm_model_t m = fresh(12);
    cm_data(&m, 0x1000, 0x1000, false);
    CHECK(m.counts.walk_levels == 4);       /* cold: every level */
    cm_data(&m, 0x2000, 0x2000, false);
    CHECK(m.counts.walk_levels == 5);       /* the upper levels are cached: the leaf */
    cm_model_free(&m);
}

static void test_cr3(void)
{
    cm_model_t m = fresh(12);
    touch_pages(&m, 4, 1);
    cm_special(&m, INSN_MOV_CR3);           /* no mark: flush as without PCIDs */
    touch_pages(&m, 4, 1);
    CHECK(m.counts.dtlb_misses == 8);
    CHECK(m.counts.tlb_flushes == 1 && m.counts.cr3_loads == 1);

    cm_announce_cr3(&m, 7, false);          /* to PCID 7, flushing 7 */
    cm_special(&m, INSN_MOV_CR3);
    touch_pages(&m, 4, 1);
    CHECK(m.counts.dtlb_misses == 12);
    cm_announce_cr3(&m, 0, true);           /* back to PCID 0, no flush: still there */
    cm_special(&m, INSN_MOV_CR3);
    touch_pages(&m, 4, 1);
    CHECK(m.counts.dtlb_misses == 12);
    CHECK(m.counts.tlb_flushes == 2 && m.counts.cr3_loads == 3);
    cm_announce_cr3(&m, 7, true);
    cm_special(&m, INSN_MOV_CR3);
    touch_pages(&m, 4, 1);
    CHECK(m.counts.dtlb_misses == 12);
    cm_model_free(&m);
}

static void test_global_pages(void)
{
    cm_config_t c;
    cm_config_default(&c);
    c.global_lo = 0x400000;
    c.global_hi = 0x402000;                 /* the first two pages are global */
    cm_model_t m;
    CHECK(cm_model_init(&m, &c));
    touch_pages(&m, 4, 1);
    cm_special(&m, INSN_MOV_CR3);
    touch_pages(&m, 4, 1);
    CHECK(m.counts.dtlb_misses == 6);
    cm_special(&m, INSN_MOV_CR4);           /* flushes global entries too */
    touch_pages(&m, 4, 1);
    CHECK(m.counts.dtlb_misses == 10);
    cm_model_free(&m);
}

static void test_caches(void)
{
    cm_model_t m = fresh(12);
    /* 9 lines 4 KiB apart share one set of the 8-way, 64-set L1d. */
    for (int r = 0; r < 2; r++)
        for (uint64_t i = 0; i < 9; i++)
            cm_data(&m, i * 4096, i * 4096, false);
    CHECK(m.counts.l1d_misses == 18);
    CHECK(m.counts.l2_misses == 9);         /* L2 has room */
    cm_fetch(&m, 0x100000, 0x100000);
    cm_fetch(&m, 0x100000, 0x100000);
    CHECK(m.counts.l1i_misses == 1);
    CHECK(m.counts.itlb_misses == 1);
    cm_data(&m, 0xfee00000, 0xfee00000, true);
    CHECK(m.counts.io_accesses == 1);
    CHECK(m.counts.l1d_misses == 18);       /* device memory is not cached */
    cm_model_free(&m);
}

static void test_cycles(void)
{
    cm_model_t m = fresh(12);
    cm_insns(&m, 3);
    CHECK(m.counts.cycles == 3 && m.counts.insns == 3);
    cm_data(&m, 0x5000, 0x5000, false);     /* TLB walk (4 levels) + L1 and L2 miss */
    const cm_costs_t *k = &m.config.costs;
    CHECK(m.counts.cycles == 3 + k->walk_base + 4 * k->walk_level + k->l2_hit + k->l2_miss);
    CHECK(m.counts.cycles_tlb == k->walk_base + 4 * k->walk_level);
    CHECK(m.counts.cycles_cache == k->l2_hit + k->l2_miss);
    uint64_t before = m.counts.cycles;
    cm_special(&m, INSN_RDTSC);
    CHECK(m.counts.cycles == before + k->special[INSN_RDTSC]);
    CHECK(m.counts.special[INSN_RDTSC] == 1);
    CHECK(m.counts.cycles_special == k->special[INSN_RDTSC]);
    cm_model_free(&m);

    cm_config_t c;
    cm_config_default(&c);
    c.costs.insn_milli = 400;               /* fractions carry over */
    CHECK(cm_model_init(&m, &c));
    for (int i = 0; i < 5; i++)
        cm_insns(&m, 1);
    CHECK(m.counts.cycles == 2);
    cm_model_free(&m);
}

/* The same sequence gives the same counts: the model has no hidden state. */
static void test_deterministic(void)
{
    cm_counts_t first;
    for (int run = 0; run < 2; run++) {
        cm_model_t m = fresh(12);
        uint64_t x = 12345;
        for (int i = 0; i < 100000; i++) {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            uint64_t a = (x >> 20) & 0xffffff;
            cm_data(&m, a, a, false);
            if (i % 1000 == 0)
                cm_special(&m, INSN_MOV_CR3);
        }
        if (run == 0)
            first = m.counts;
        else
            CHECK(memcmp(&first, &m.counts, sizeof(first)) == 0);
        cm_model_free(&m);
    }
}

static insn_class_t classify(const char *hex)
{
    uint8_t b[16];
    size_t n = 0;
    while (hex[0] && hex[1] && n < sizeof(b)) {
        unsigned v;
        sscanf(hex, "%2x", &v);
        b[n++] = (uint8_t)v;
        hex += 2;
    }
    return insn_classify(b, n);
}

static void test_decode(void)
{
    CHECK(classify("0f31") == INSN_RDTSC);
    CHECK(classify("0f01f9") == INSN_RDTSC);
    CHECK(classify("0faee8") == INSN_FENCE);
    CHECK(classify("0fae38") == INSN_ORDINARY);     /* clflush [rax]: memory form */
    CHECK(classify("0f22d8") == INSN_MOV_CR3);      /* mov cr3, rax */
    CHECK(classify("410f22d8") == INSN_MOV_CR3);    /* mov cr3, r8 */
    CHECK(classify("0f22e0") == INSN_MOV_CR4);
    CHECK(classify("0f22c0") == INSN_MOV_CR0);
    CHECK(classify("0f20d8") == INSN_ORDINARY);     /* mov rax, cr3: a read */
    CHECK(classify("0f05") == INSN_SYSCALL);
    CHECK(classify("480f07") == INSN_SYSCALL);      /* sysretq */
    CHECK(classify("48cf") == INSN_IRET);
    CHECK(classify("cd80") == INSN_INT);
    CHECK(classify("0f0138") == INSN_INVLPG);       /* invlpg [rax] */
    CHECK(classify("0f01f8") == INSN_SWAPGS);
    CHECK(classify("48f7f1") == INSN_DIV);          /* div rcx */
    CHECK(classify("48f7e1") == INSN_ORDINARY);     /* mul rcx */
    CHECK(classify("ee") == INSN_PORT_IO);
    CHECK(classify("66ed") == INSN_PORT_IO);
    CHECK(classify("f4") == INSN_HLT);
    CHECK(classify("0fa2") == INSN_CPUID);
    CHECK(classify("0f30") == INSN_MSR);
    CHECK(classify("90") == INSN_ORDINARY);
    CHECK(classify("66666666") == INSN_ORDINARY);   /* prefixes only */
    CHECK(classify("0f") == INSN_ORDINARY);         /* cut short */
    CHECK(classify("") == INSN_ORDINARY);
    CHECK(strcmp(insn_class_name(INSN_MOV_CR3), "mov_cr3") == 0);
    CHECK(strcmp(insn_class_name(INSN_CLASS_COUNT), "?") == 0);
}

static bool parse(cm_options_t *o, int argc, const char **argv)
{
    char why[256];
    return cm_options_parse(argc, (char **)argv, o, why, sizeof(why));
}

static void test_options(void)
{
    cm_options_t o;
    const char *good[] = { "out=/tmp/x", "marks=1ff000", "pages=2m", "global=100000-200000",
                           "cpi=750", "kernel=100000-161000" };
    CHECK(parse(&o, 6, good));
    CHECK(o.kernel_lo == 0x100000 && o.kernel_hi == 0x161000);
    CHECK(strcmp(o.out, "/tmp/x") == 0 && o.marks == 0x1ff000);
    CHECK(o.config.page_shift == 21 && o.config.costs.insn_milli == 750);
    CHECK(o.config.global_lo == 0x100000 && o.config.global_hi == 0x200000);
    const char *missing_out[] = { "pages=4k" };
    CHECK(!parse(&o, 1, missing_out));
    const char *bad[][2] = {
        { "out=/x", "pages=8k" }, { "out=/x", "marks=zz" }, { "out=/x", "marks=-1" },
        { "out=/x", "global=200-100" }, { "out=/x", "global=100" }, { "out=/x", "cpi=0" },
        { "out=/x", "nonsense" }, { "out=/x", "colour=red" }, { "out=", "pages=4k" },
        { "out=/x", "marks=" }, { "out=/x", "kernel=5-" },
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        CHECK(!parse(&o, 2, bad[i]));
    const char *defaults[] = { "out=/x" };
    CHECK(parse(&o, 1, defaults) && o.config.page_shift == 12 && o.marks == 0);
}

static void test_records(void)
{
    FILE *f = tmpfile();
    CHECK(f != NULL);
    if (f == NULL)
        return;
    cm_lines_t l = { 0 };
    cm_counts_t c = { 0 };
    c.insns = 42;
    const char *text = "bench: name=x\r\nsecond\n";
    for (const char *p = text; *p; p++)
        cm_lines_byte(&l, (uint8_t)*p, &c, f);
    for (int i = 0; i < CM_LINE_MAX * 2; i++)   /* an overlong line is cut */
        cm_lines_byte(&l, 'a', &c, f);
    cm_lines_byte(&l, '\n', &c, f);
    CHECK(l.lines == 3);
    rewind(f);
    char buf[2048];
    CHECK(fgets(buf, sizeof(buf), f) && strncmp(buf, "line 42 0 ", 10) == 0 &&
          strstr(buf, "\tbench: name=x\n") != NULL);
    CHECK(fgets(buf, sizeof(buf), f) && strstr(buf, "\tsecond\n") != NULL);
    CHECK(fgets(buf, sizeof(buf), f) && strlen(strchr(buf, '\t') + 1) == CM_LINE_MAX);
    fclose(f);
}

static void test_intervals(void)
{
    static cm_intervals_t t;
    cm_counts_t c = { 0 };
    cm_intervals_cut(&t, &c);               /* the first read starts the first interval */
    for (int i = 0; i < 3; i++) {
        c.insns += 10;
        c.cycles += 25;
        c.dtlb_misses += 1;
        cm_intervals_cut(&t, &c);
        c.insns += 4;
        c.cycles += 4;
        cm_intervals_cut(&t, &c);
    }
    FILE *f = tmpfile();
    CHECK(f != NULL);
    if (f == NULL)
        return;
    cm_intervals_flush(&t, f);
    c.insns += 10;                          /* measured from the last cut, not from 0 */
    cm_intervals_cut(&t, &c);
    cm_intervals_flush(&t, f);
    rewind(f);
    char buf[1024];
    int tens = 0, fours = 0, lines = 0;
    while (fgets(buf, sizeof(buf), f)) {
        unsigned long long count, insns, cycles, itlb, dtlb;
        lines++;
        CHECK(sscanf(buf, "interval %llu %llu %llu %llu %llu", &count, &insns, &cycles,
                     &itlb, &dtlb) == 5);
        if (insns == 30 && count == 3 && cycles == 75 && dtlb == 3)
            tens++;
        else if (insns == 12 && count == 3 && cycles == 12 && dtlb == 0)
            fours++;
        else if (insns == 10 && count == 1)
            tens++;
    }
    CHECK(lines == 3 && tens == 2 && fours == 1);
    fclose(f);
}

int main(void)
{
    test_intervals();
    test_assoc_lru();
    test_assoc_tags();
    test_tlb_capacity();
    test_walk_levels();
    test_cr3();
    test_global_pages();
    test_caches();
    test_cycles();
    test_deterministic();
    test_decode();
    test_options();
    test_records();
    if (failures) {
        fprintf(stderr, "test_costmodel: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_costmodel: all passed\n");
    return 0;
}
