/*
 * suggest.c: "did you mean" for names that refer to nothing. The candidate
 * nearest in edit distance wins, if it is near enough to be a slip
 * (a third of the name's length, at least one edit).
 */
#include <stdio.h>
#include <string.h>

#include "suggest.h"

#define SUGGEST_MAX_NAME 64u

/* suggest_cost: 0 for the same letter, 1 for another case, 2 else. */
static unsigned suggest_cost(char x, char y)
{
    return x == y ? 0 : (x | 0x20) == (y | 0x20) ? 1 : 2;
}

/* suggest_distance: edit distance with swaps of neighbours (each edit
   costs 2, a change of case 1), halved. */
static unsigned suggest_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    unsigned d[SUGGEST_MAX_NAME + 1][SUGGEST_MAX_NAME + 1];

    if (la > SUGGEST_MAX_NAME || lb > SUGGEST_MAX_NAME)
        return ~0u;
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (unsigned)i * 2;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (unsigned)j * 2;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            unsigned best = d[i - 1][j - 1] + suggest_cost(a[i - 1], b[j - 1]);
            if (d[i - 1][j] + 2 < best)
                best = d[i - 1][j] + 2;
            if (d[i][j - 1] + 2 < best)
                best = d[i][j - 1] + 2;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
                a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 2 < best)
                best = d[i - 2][j - 2] + 2;
            d[i][j] = best;
        }
    }
    return d[la][lb] / 2;
}

void suggest_init(suggest_t *s, const char *want)
{
    size_t n = strlen(want);

    s->want = want;
    s->best = NULL;
    s->limit = n < 3 ? 1u : (unsigned)(n + 2) / 3;
}

void suggest_offer(suggest_t *s, const char *candidate)
{
    unsigned d;

    if (candidate == NULL || strcmp(candidate, s->want) == 0)
        return;
    d = suggest_distance(s->want, candidate);
    if (d <= s->limit && (s->best == NULL || d < s->dist)) {
        s->best = candidate;
        s->dist = d;
    }
}

const char *suggest_text(arena_t *a, const suggest_t *s)
{
    char buf[SUGGEST_MAX_NAME + 32];

    if (s->best == NULL)
        return "";
    snprintf(buf, sizeof buf, " (did you mean '%s'?)", s->best);
    return arena_strndup(a, buf, strlen(buf));
}
