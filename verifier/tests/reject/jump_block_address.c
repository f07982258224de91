/*
 * Attempt: move the program counter into another SIP's memory or kernel
 * data. A driver knows where its exchange-heap block is (xblock_phys: in
 * phys mode the physical address is the address); it writes machine code
 * into the block, sends it to a SIP, and jumps to the address, or jumps to
 * a kernel address it knows. Or it makes a code address from one of its own
 * functions plus an offset, to land mid-instruction.
 * Without SIP-CAST-INT2PTR, SIP-CAST-PTR2INT and SIP-CAST-FNPTR: each call
 * below leaves the SIP's own functions (CFI would trap only the first
 * kind, and only if the type's jump table is consulted).
 */
// expect: SIP-CAST-INT2PTR 30
// expect: SIP-CAST-INT2PTR 31
// expect: SIP-CAST-PTR2INT 32
// expect: SIP-CAST-INT2PTR 32
// expect: SIP-CAST-FNPTR 33
#include <sip/block.h>

typedef void (*code_t)(void);

static u64_result_t data;

static void own(void)
{
}

void jump(xblock_handle_t block)
{
    u64_result_t at = xblock_phys(block);
    code_t into_block = (code_t)at.value;
    code_t into_kernel = (code_t)0xffff800000100000ull;
    code_t mid_function = (code_t)((uintptr_t)own + 3);
    code_t from_data = (code_t)&data;
    into_block();
    into_kernel();
    mid_function();
    from_data();
}
