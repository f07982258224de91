/*
 * Safe idiom: a small bytecode interpreter. The operand stack is a struct
 * member of fixed size, reached through a pointer to the struct; the
 * program is a constant global array; dispatch uses a switch.
 */
#include <sip/stdlib.h>

enum opcode { OP_PUSH, OP_ADD, OP_MUL, OP_PRINT, OP_HALT };

struct vm {
    long stack[32];
    int top;
    size_t pc;
};

static const long program[] = { OP_PUSH, 6, OP_PUSH, 7, OP_MUL, OP_PUSH, 1,
                                OP_ADD, OP_PRINT, OP_HALT };

static bool vm_step(struct vm *m)
{
    long op = program[m->pc++];
    switch (op) {
    case OP_PUSH:
        m->stack[++m->top] = program[m->pc++];
        return true;
    case OP_ADD:
        m->stack[m->top - 1] += m->stack[m->top];
        m->top--;
        return true;
    case OP_MUL:
        m->stack[m->top - 1] *= m->stack[m->top];
        m->top--;
        return true;
    case OP_PRINT:
        console_print_int(m->stack[m->top]);
        return true;
    default:
        return false;
    }
}

int sip_main(void)
{
    struct vm *m = new(struct vm);
    m->top = -1;
    while (vm_step(m)) {
    }
    return 0;
}
