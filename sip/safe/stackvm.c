/*
 * safe-stackvm — a small stack machine with a bounded operand stack and a
 * bounded number of steps, running two programs from constant tables:
 * factorial(10) (a loop) and the 30th Fibonacci number. A bad program
 * (stack under- or overflow, bad variable or jump, arithmetic overflow)
 * stops the machine with an error instead of running off its arrays.
 * Prints:
 *   safe-stackvm: <name> = <value> in <steps> steps
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-stackvm", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

typedef enum { PUSH, LOAD, STORE, ADD, SUB, MUL, JNZ, HALT } opcode_t;

typedef struct {
    opcode_t op;
    int64_t arg;
} instruction_t;

#define CODE_MAX 24
#define STACK_MAX 16
#define VARS 4
#define STEP_MAX 100000

typedef struct {
    const char *name;
    size_t length;
    instruction_t code[CODE_MAX];
} program_t;

typedef struct {
    int64_t stack[STACK_MAX];
    int64_t vars[VARS];
    size_t depth;
    size_t pc;
    uint64_t steps;
    bool failed;
} machine_t;

/* n = 10, acc = 1; do { acc *= n; n -= 1 } while (n); acc */
static const program_t factorial = { "factorial(10)", 16, {
    { PUSH, 10 }, { STORE, 0 }, { PUSH, 1 }, { STORE, 1 },
    { LOAD, 1 }, { LOAD, 0 }, { MUL, 0 }, { STORE, 1 },
    { LOAD, 0 }, { PUSH, 1 }, { SUB, 0 }, { STORE, 0 },
    { LOAD, 0 }, { JNZ, 4 }, { LOAD, 1 }, { HALT, 0 },
} };

/* a = 0, b = 1, n = 30; do { t = a + b; a = b; b = t; n -= 1 } while (n); a */
static const program_t fibonacci = { "fib(30)", 20, {
    { PUSH, 0 }, { STORE, 0 }, { PUSH, 1 }, { STORE, 1 }, { PUSH, 30 }, { STORE, 2 },
    { LOAD, 0 }, { LOAD, 1 }, { ADD, 0 }, { LOAD, 1 }, { STORE, 0 }, { STORE, 1 },
    { LOAD, 2 }, { PUSH, 1 }, { SUB, 0 }, { STORE, 2 }, { LOAD, 2 }, { JNZ, 6 },
    { LOAD, 0 }, { HALT, 0 },
} };

static void push(machine_t *m, int64_t v)
{
    if (m->depth == STACK_MAX)
        m->failed = true;
    else
        m->stack[m->depth++] = v;
}

static int64_t pop(machine_t *m)
{
    if (m->depth == 0) {
        m->failed = true;
        return 0;
    }
    return m->stack[--m->depth];
}

static bool is_var(int64_t i)
{
    return i >= 0 && i < VARS;
}

static void arithmetic(machine_t *m, opcode_t op)
{
    int64_t b = pop(m), a = pop(m), r = 0;
    bool over = op == ADD ? __builtin_add_overflow(a, b, &r)
              : op == SUB ? __builtin_sub_overflow(a, b, &r)
                          : __builtin_mul_overflow(a, b, &r);
    m->failed |= over;
    push(m, r);
}

/* Executes one instruction; false when the machine stops. */
static bool step(machine_t *m, instruction_t in)
{
    m->pc++;
    m->steps++;
    switch (in.op) {
    case PUSH: push(m, in.arg); break;
    case LOAD: if (is_var(in.arg)) push(m, m->vars[in.arg]); else m->failed = true; break;
    case STORE: if (is_var(in.arg)) m->vars[in.arg] = pop(m); else m->failed = true; break;
    case ADD: case SUB: case MUL: arithmetic(m, in.op); break;
    case JNZ: if (pop(m) != 0) m->pc = (size_t)in.arg; break;
    case HALT: return false;
    }
    return !m->failed;
}

static bool run(const program_t *p)
{
    machine_t *m = new(machine_t);
    if (m == NULL)
        return false;
    while (m->steps < STEP_MAX && m->pc < p->length && m->pc < CODE_MAX &&
           step(m, p->code[m->pc]))
        ;
    bool ok = !m->failed && m->depth == 1 && m->steps < STEP_MAX;
    if (ok)
        print("safe-stackvm: %s = %lld in %llu steps\n", p->name, (long long)m->stack[0],
              (unsigned long long)m->steps);
    else
        print("safe-stackvm: %s failed after %llu steps\n", p->name,
              (unsigned long long)m->steps);
    return ok;
}

int main(const char *args)
{
    (void)args;
    bool ok = run(&factorial);
    ok &= run(&fibonacci);
    return ok ? 0 : 1;
}
