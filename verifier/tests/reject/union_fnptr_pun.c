/*
 * Attempt: make a code address without a cast: a union of a function
 * pointer and an integer (or a struct holding one); the integer member is
 * set to an address in the kernel or another SIP, the function pointer
 * member called.
 * Without SIP-DECL-UNION-PTR: the call jumps wherever the integer says.
 */
// expect: SIP-DECL-UNION-PTR 16
// expect: SIP-DECL-UNION-PTR 24
#include <stdint.h>

typedef int (*op_t)(int);

union pun {
    uint64_t address;
    op_t call;
};

typedef struct {
    op_t op;
} holder_t;
union nested {
    uint64_t words[1];
    holder_t holder;
};

int jump(uint64_t where)
{
    union pun p = { 0 };
    union nested n = { { 0 } };
    p.address = where;
    n.words[0] = where;
    return p.call(1) + n.holder.op(2);
}
