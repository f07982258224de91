/*
 * Safe idiom: a tokenizer over a str_t with a local fixed-size histogram
 * that is indexed in place and never escapes the function.
 */
#include <sip/stdlib.h>

static bool is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

static long count_words(const str_t *s)
{
    long lengths[16] = { 0 };
    long words = 0;
    size_t run = 0;
    for (size_t i = 0; i <= s->len; i++) {
        bool end = i == s->len || is_space(s->bytes[i]);
        if (end && run > 0) {
            lengths[run < 15 ? run : 15]++;
            words++;
        }
        run = end ? 0 : run + 1;
    }
    return words + lengths[0];
}

int sip_main(void)
{
    console_print_int(count_words(S("the quick brown fox")));
    return 0;
}
