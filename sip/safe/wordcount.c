/*
 * safe-wordcount — counts lines, words and bytes like wc(1), and the most
 * frequent letter, of a fixed text. Prints:
 *   safe-wordcount: lines=<l> words=<w> bytes=<b> top=<letter>:<count>
 */
#include <insula/stdlib.h>

SIP_MANIFEST("safe-wordcount", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

static uint32_t letters[26];

static bool is_space(int c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

int main(const char *args)
{
    (void)args;
    str_t text = STR("It was the best of times, it was the worst of times,\n"
                     "it was the age of wisdom, it was the age of foolishness,\n"
                     "it was the epoch of belief, it was the epoch of incredulity,\n"
                     "it was the season of Light, it was the season of Darkness.\n");
    size_t lines = 0, words = 0;
    bool in_word = false;
    for (size_t i = 0; i < str_len(text); i++) {
        int c = str_at(text, i);
        lines += c == '\n';
        if (!is_space(c) && !in_word)
            words++;
        in_word = !is_space(c);
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        if (c >= 'a' && c <= 'z')
            letters[c - 'a']++;
    }
    int top = 0;
    for (int i = 1; i < 26; i++)
        if (letters[i] > letters[top])
            top = i;
    print("safe-wordcount: lines=%zu words=%zu bytes=%zu top=%c:%u\n", lines, words,
          str_len(text), 'a' + top, letters[top]);
    return 0;
}
