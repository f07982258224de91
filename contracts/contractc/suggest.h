/* suggest.h: "did you mean 'X'?" for unknown names. */
#ifndef CONTRACTC_SUGGEST_H
#define CONTRACTC_SUGGEST_H

#include "arena.h"

typedef struct suggest {
    const char *want;  /* the unknown name */
    const char *best;  /* nearest candidate so far, or NULL */
    unsigned dist;     /* its distance */
    unsigned limit;    /* the farthest a suggestion may be */
} suggest_t;

void suggest_init(suggest_t *s, const char *want);
/* suggest_offer: consider one candidate (NULL is ignored). */
void suggest_offer(suggest_t *s, const char *candidate);
/* suggest_text: " (did you mean 'X'?)", or "" with no near candidate. */
const char *suggest_text(arena_t *a, const suggest_t *s);

#endif
