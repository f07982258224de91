/*
 * safe-expr — a recursive-descent parser and evaluator of integer
 * expressions (+ - * / %, unary minus, parentheses; C semantics, division
 * truncates). Division by zero and overflow are reported as errors, never
 * executed. Prints one line per expression:
 *   safe-expr: <expression> = <value>     or     safe-expr: <expression> error <what>
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-expr", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

typedef struct {
    str_t text;
    size_t at;
    const char *error;    /* NULL while all is well */
} parser_t;

static int64_t parse_sum(parser_t *p);

static int peek(parser_t *p)
{
    while (p->at < str_len(p->text) && str_at(p->text, p->at) == ' ')
        p->at++;
    return p->at < str_len(p->text) ? str_at(p->text, p->at) : -1;
}

static int64_t fail(parser_t *p, const char *what)
{
    if (p->error == NULL)
        p->error = what;
    return 0;
}

static int64_t parse_number(parser_t *p)
{
    int64_t v = 0;
    if (peek(p) < '0' || peek(p) > '9')
        return fail(p, "expected a number");
    while (peek(p) >= '0' && peek(p) <= '9') {
        int digit = str_at(p->text, p->at++) - '0';
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, digit, &v))
            return fail(p, "number too large");
    }
    return v;
}

static int64_t parse_unary(parser_t *p)
{
    int c = peek(p);
    if (c == '-') {
        p->at++;
        int64_t v = parse_unary(p);
        return v == INT64_MIN ? fail(p, "overflow") : -v;
    }
    if (c == '(') {
        p->at++;
        int64_t v = parse_sum(p);
        if (peek(p) != ')')
            return fail(p, "expected ')'");
        p->at++;
        return v;
    }
    return parse_number(p);
}

static int64_t parse_product(parser_t *p)
{
    int64_t v = parse_unary(p);
    for (int c = peek(p); p->error == NULL && (c == '*' || c == '/' || c == '%'); c = peek(p)) {
        p->at++;
        int64_t r = parse_unary(p);
        if (c == '*' && __builtin_mul_overflow(v, r, &v))
            return fail(p, "overflow");
        if (c != '*' && r == 0)
            return fail(p, "division by zero");
        if (c != '*' && v == INT64_MIN && r == -1)
            return fail(p, "overflow");
        if (c == '/')
            v /= r;
        if (c == '%')
            v %= r;
    }
    return v;
}

static int64_t parse_sum(parser_t *p)
{
    int64_t v = parse_product(p);
    for (int c = peek(p); p->error == NULL && (c == '+' || c == '-'); c = peek(p)) {
        p->at++;
        int64_t r = parse_product(p);
        bool over = c == '+' ? __builtin_add_overflow(v, r, &v) : __builtin_sub_overflow(v, r, &v);
        if (over)
            return fail(p, "overflow");
    }
    return v;
}

static void show(const char *expression)
{
    parser_t *p = new(parser_t);
    if (p == NULL)
        return;
    p->text = str_from_cstr(expression);
    int64_t v = parse_sum(p);
    if (p->error == NULL && peek(p) != -1)
        fail(p, "trailing text");
    if (p->error != NULL)
        print("safe-expr: %s error %s\n", expression, p->error);
    else
        print("safe-expr: %s = %lld\n", expression, (long long)v);
}

int main(const char *args)
{
    (void)args;
    show("2*(3+4)-10/3");
    show("-(-7 % 3) + 100 * (2 - 5) * -4");
    show("((((1+2)*3)+4)*5)-6");
    show("9223372036854775807 + 1");
    show("1/(2-2)");
    return 0;
}
