/* sequence.c — see sequence.h (written in the SIP subset). */
#include "sequence.h"

#define PM_MODULUS 2147483647u
#define ZIPF_SCALE (1u << 20)

static const uint32_t class_base[4] = { 1024, 10 * 1024, 100 * 1024, 1000 * 1024 };
static const uint32_t rank_order[9] = { 4, 3, 5, 2, 6, 1, 7, 8, 0 };

void webfiles_seq_init(webfiles_seq_t *s, uint32_t dirs)
{
    s->state = 2;
    s->dirs = dirs == 0 ? 1 : dirs > WEBFILES_MAX_DIRS ? WEBFILES_MAX_DIRS : dirs;
    uint64_t sum = 0;
    for (uint32_t k = 0; k < s->dirs; k++) {
        sum += ZIPF_SCALE / (k + 1);
        s->dir_weights[k] = sum;
    }
    sum = 0;
    for (uint32_t k = 0; k < 9; k++) {
        sum += ZIPF_SCALE / (k + 1);
        s->rank_weights[k] = sum;
    }
}

static uint64_t next_random(webfiles_seq_t *s)
{
    s->state = s->state * 16807u % PM_MODULUS;
    return s->state;
}

webfiles_pick_t webfiles_seq_next(webfiles_seq_t *s)
{
    webfiles_pick_t p = { 0, 0, 0, 0 };
    uint64_t x = next_random(s) * s->dir_weights[s->dirs - 1] / PM_MODULUS;
    while (p.dir + 1 < s->dirs && s->dir_weights[p.dir] <= x)
        p.dir++;
    uint64_t r = next_random(s) % 100;
    p.class_id = r < 35 ? 0 : r < 85 ? 1 : r < 99 ? 2 : 3;
    x = next_random(s) * s->rank_weights[8] / PM_MODULUS;
    uint32_t rank = 0;
    while (rank < 8 && s->rank_weights[rank] <= x)
        rank++;
    p.file = rank_order[rank];
    p.size = (uint64_t)class_base[p.class_id] * (p.file + 1) / 10;
    return p;
}

uint32_t webfiles_fnv1a_step(uint32_t h, uint8_t byte)
{
    return (h ^ byte) * 0x01000193u;
}
