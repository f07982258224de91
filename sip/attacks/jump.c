/*
 * attack-jump — tries to move the program counter out of the SIP's own
 * code: into kernel data or another SIP's memory. The subset leaves one
 * function pointer value that is not a function of the SIP: null (a zeroed
 * global, a member of a zero-filled heap object), and address 0 is the
 * kernel's low memory in phys mode. A call through it must not jump: CFI
 * (`cfi-icall`) checks every indirect call against the SIP's own functions
 * of the pointer's type and traps first. Every other way to make a code
 * address is refused by the verifier (SIP-CAST-INT2PTR: an address as an
 * integer, S21, S99; SIP-CAST-FNPTR: a data pointer or another type, S19,
 * S20; SIP-DECL-UNION-PTR: a union, S100; SIP-CTRL-GOTO-COMPUTED,
 * SIP-CTRL-SETJMP, SIP-BUILTIN: labels, saved contexts, return addresses;
 * no contract or block carries a pointer, S101); an index past a table of
 * pointers traps on its bounds (R8).
 *
 * Modes (args) and the expected outcome:
 *   null-global   call through a global function pointer left null
 *                 -> killed: check failed: control-flow integrity
 *   null-heap     call through a member of a zero-filled heap object
 *                 -> killed: check failed: control-flow integrity
 * Surviving the call exits 99 (ATTACK_SURVIVED).
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-jump", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

typedef int (*op_t)(int);

typedef struct {
    uint64_t tag;
    op_t op;
} handler_t;

static int twice(int x)
{
    return 2 * x;
}

/* Set only when the arguments ask for it, so the compiler cannot fold the
   null away and emit a trap of its own instead of the call. */
static op_t chosen;

static int call(op_t op)
{
    return op(21);
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("twice")))
        chosen = twice;
    if (str_equal(mode, STR("null-global")))
        call(chosen);
    else if (str_equal(mode, STR("null-heap"))) {
        handler_t *h = new(handler_t);
        if (h == NULL)
            return 10;
        if (str_len(mode) == 0)
            h->op = twice;
        call(h->op);
    } else {
        print("attack-jump: unknown mode '%s'\n", args);
        return 1;
    }
    return ATTACK_SURVIVED;
}
