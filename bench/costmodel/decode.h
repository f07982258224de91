/*
 * decode.h — the few x86-64 instructions the cost model treats apart from
 * the rest: each costs more than an ordinary instruction, and some of them
 * change the TLBs (README.md, "Special instructions").
 */
#ifndef COSTMODEL_DECODE_H
#define COSTMODEL_DECODE_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    INSN_ORDINARY,
    INSN_RDTSC,         /* rdtsc, rdtscp */
    INSN_FENCE,         /* lfence, mfence, sfence */
    INSN_MOV_CR3,       /* mov to CR3: an address-space switch */
    INSN_MOV_CR4,       /* mov to CR4: treated as a full TLB flush (PGE/PCIDE may change) */
    INSN_MOV_CR0,       /* mov to CR0: costs, no TLB effect */
    INSN_SYSCALL,       /* syscall, sysret */
    INSN_IRET,          /* iret, iretq */
    INSN_INT,           /* int n, int3 */
    INSN_CPUID,
    INSN_MSR,           /* rdmsr, wrmsr */
    INSN_PORT_IO,       /* in, out, ins, outs */
    INSN_INVLPG,        /* invlpg (its address is not visible: no TLB effect) */
    INSN_SWAPGS,
    INSN_DIV,           /* div, idiv */
    INSN_HLT,
    INSN_CLASS_COUNT
} insn_class_t;

/* The class of the instruction in `bytes` (`len` of them: what QEMU gives). */
insn_class_t insn_classify(const uint8_t *bytes, size_t len);

/* A short name for reports: "rdtsc", "mov_cr3", ... */
const char *insn_class_name(insn_class_t c);

#endif
