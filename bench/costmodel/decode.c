/*
 * decode.c — classifies x86-64 instructions by their opcode bytes
 * (decode.h). Only what the cost model needs: legacy and REX prefixes are
 * skipped, then the opcode (and the ModRM reg field where it selects the
 * instruction) is matched.
 */
#include "decode.h"

#include <stdbool.h>

static bool is_legacy_prefix(uint8_t b)
{
    switch (b) {
    case 0x66: case 0x67: case 0xF0: case 0xF2: case 0xF3:
    case 0x2E: case 0x36: case 0x3E: case 0x26: case 0x64: case 0x65:
        return true;
    default:
        return false;
    }
}

static size_t skip_prefixes(const uint8_t *b, size_t len)
{
    size_t i = 0;
    while (i < len && is_legacy_prefix(b[i]))
        i++;
    if (i < len && (b[i] & 0xF0) == 0x40)
        i++;                                    /* REX */
    return i;
}

static unsigned modrm_reg(uint8_t modrm)
{
    return (modrm >> 3) & 7;
}

static insn_class_t classify_0f01(const uint8_t *op, size_t n)
{
    if (n < 3)
        return INSN_ORDINARY;
    if (op[2] == 0xF8)
        return INSN_SWAPGS;
    if (op[2] == 0xF9)
        return INSN_RDTSC;                      /* rdtscp */
    if ((op[2] >> 6) != 3 && modrm_reg(op[2]) == 7)
        return INSN_INVLPG;
    return INSN_ORDINARY;
}

static insn_class_t classify_0fae(const uint8_t *op, size_t n)
{
    if (n < 3 || (op[2] >> 6) != 3)
        return INSN_ORDINARY;
    unsigned reg = modrm_reg(op[2]);
    return reg >= 5 ? INSN_FENCE : INSN_ORDINARY;   /* lfence, mfence, sfence */
}

static insn_class_t classify_mov_cr(const uint8_t *op, size_t n)
{
    if (n < 3)
        return INSN_ORDINARY;
    unsigned reg = modrm_reg(op[2]);
    if (reg == 3)
        return INSN_MOV_CR3;
    if (reg == 4)
        return INSN_MOV_CR4;
    return reg == 0 ? INSN_MOV_CR0 : INSN_ORDINARY;
}

static insn_class_t classify_two_byte(const uint8_t *op, size_t n)
{
    if (n < 2)
        return INSN_ORDINARY;
    switch (op[1]) {
    case 0x31: return INSN_RDTSC;
    case 0x05: case 0x07: return INSN_SYSCALL;
    case 0xA2: return INSN_CPUID;
    case 0x30: case 0x32: return INSN_MSR;
    case 0x01: return classify_0f01(op, n);
    case 0xAE: return classify_0fae(op, n);
    case 0x22: return classify_mov_cr(op, n);
    default: return INSN_ORDINARY;
    }
}

static insn_class_t classify_group3(const uint8_t *op, size_t n)
{
    if (n < 2)
        return INSN_ORDINARY;
    unsigned reg = modrm_reg(op[1]);
    return reg == 6 || reg == 7 ? INSN_DIV : INSN_ORDINARY;
}

insn_class_t insn_classify(const uint8_t *bytes, size_t len)
{
    size_t skip = skip_prefixes(bytes, len);
    const uint8_t *op = bytes + skip;
    size_t n = len - skip;
    if (n == 0)
        return INSN_ORDINARY;
    switch (op[0]) {
    case 0x0F: return classify_two_byte(op, n);
    case 0xCF: return INSN_IRET;
    case 0xCC: case 0xCD: return INSN_INT;
    case 0xF4: return INSN_HLT;
    case 0xF6: case 0xF7: return classify_group3(op, n);
    case 0xE4: case 0xE5: case 0xE6: case 0xE7:
    case 0xEC: case 0xED: case 0xEE: case 0xEF:
    case 0x6C: case 0x6D: case 0x6E: case 0x6F:
        return INSN_PORT_IO;
    default: return INSN_ORDINARY;
    }
}

const char *insn_class_name(insn_class_t c)
{
    static const char *const names[INSN_CLASS_COUNT] = {
        [INSN_ORDINARY] = "ordinary", [INSN_RDTSC] = "rdtsc", [INSN_FENCE] = "fence",
        [INSN_MOV_CR3] = "mov_cr3", [INSN_MOV_CR4] = "mov_cr4",
        [INSN_MOV_CR0] = "mov_cr0", [INSN_SYSCALL] = "syscall",
        [INSN_IRET] = "iret", [INSN_INT] = "int", [INSN_CPUID] = "cpuid", [INSN_MSR] = "msr",
        [INSN_PORT_IO] = "port_io", [INSN_INVLPG] = "invlpg", [INSN_SWAPGS] = "swapgs",
        [INSN_DIV] = "div", [INSN_HLT] = "hlt",
    };
    return c < INSN_CLASS_COUNT ? names[c] : "?";
}
