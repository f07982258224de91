/*
 * safe-json — a JSON tokenizer over a str_t: strings (with escapes),
 * numbers, true/false/null and punctuation; it checks that brackets
 * balance. Prints the token counts by kind and the deepest nesting:
 *   safe-json: tokens=<n> strings=<s> numbers=<d> literals=<l> punct=<p> depth=<max> valid=yes|no
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-json", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

typedef enum { T_STRING, T_NUMBER, T_LITERAL, T_PUNCT, T_KINDS } kind_t;

#define DEPTH_MAX 32

typedef struct {
    str_t text;
    size_t at;
    uint32_t counts[T_KINDS];
    char open[DEPTH_MAX];
    int depth;
    int max_depth;
    bool bad;
} lexer_t;

static int at(const lexer_t *l, size_t i)
{
    return i < str_len(l->text) ? str_at(l->text, i) : -1;
}

static void string_token(lexer_t *l)
{
    l->at++;
    for (int c = at(l, l->at); c != '"'; c = at(l, l->at)) {
        if (c < 0) {
            l->bad = true;
            return;
        }
        l->at += c == '\\' ? 2 : 1;
    }
    l->at++;
    l->counts[T_STRING]++;
}

static void number_token(lexer_t *l)
{
    int c = at(l, l->at);
    while (c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9'))
        c = at(l, ++l->at);
    l->counts[T_NUMBER]++;
}

static void literal_token(lexer_t *l)
{
    static const char *const words[3] = { "true", "false", "null" };
    str_result_t rest = str_slice(l->text, l->at, str_len(l->text) - l->at);
    for (int i = 0; i < 3; i++) {
        str_t w = str_from_cstr(words[i]);
        if (rest.err == OK && str_starts_with(rest.str, w)) {
            l->at += str_len(w);
            l->counts[T_LITERAL]++;
            return;
        }
    }
    l->bad = true;
}

static void punct_token(lexer_t *l, int c)
{
    l->at++;
    l->counts[T_PUNCT]++;
    if (c == '{' || c == '[') {
        if (l->depth == DEPTH_MAX) {
            l->bad = true;
            return;
        }
        l->open[l->depth++] = (char)c;
        l->max_depth = l->depth > l->max_depth ? l->depth : l->max_depth;
    } else if (c == '}' || c == ']') {
        char want = c == '}' ? '{' : '[';
        if (l->depth == 0 || l->open[l->depth - 1] != want)
            l->bad = true;
        else
            l->depth--;
    }
}

static void tokenize(lexer_t *l)
{
    for (int c = at(l, l->at); c >= 0 && !l->bad; c = at(l, l->at)) {
        if (c == ' ' || c == '\n' || c == '\t')
            l->at++;
        else if (c == '"')
            string_token(l);
        else if (c == '-' || (c >= '0' && c <= '9'))
            number_token(l);
        else if (c == 't' || c == 'f' || c == 'n')
            literal_token(l);
        else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',')
            punct_token(l, c);
        else
            l->bad = true;
    }
}

int main(const char *args)
{
    (void)args;
    lexer_t *l = new(lexer_t);
    if (l == NULL)
        return 2;
    l->text = STR("{\"name\": \"insula\", \"tags\": [\"os\", \"sip\", \"a \\\"quoted\\\" tag\"],\n"
                  " \"version\": 1, \"ratio\": -2.5e3, \"ok\": true, \"gc\": false,\n"
                  " \"parent\": null, \"nested\": {\"list\": [[1, 2], [3, [4]]], \"empty\": {}}}");
    tokenize(l);
    uint32_t total = 0;
    for (int k = 0; k < T_KINDS; k++)
        total += l->counts[k];
    bool valid = !l->bad && l->depth == 0;
    print("safe-json: tokens=%u strings=%u numbers=%u literals=%u punct=%u depth=%d valid=%s\n",
          total, l->counts[T_STRING], l->counts[T_NUMBER], l->counts[T_LITERAL],
          l->counts[T_PUNCT], l->max_depth, valid ? "yes" : "no");
    return valid ? 0 : 1;
}
