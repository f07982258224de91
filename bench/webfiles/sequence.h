/*
 * sequence.h — the WebFiles request sequence, shared by the client SIP
 * (in the SIP subset) and the Linux program that serves the same reads
 * from the host: the Park-Miller minimal-standard generator seeded with 2
 * (x = 16807 x mod 2^31 - 1); per request a directory by Zipf(1.0) over
 * the directories, a class by the mix 35/50/14/1 %, a file by Zipf(1.0)
 * over the ranks {4,3,5,2,6,1,7,8,0}. Class c's file n holds
 * base[c] * (n + 1) / 10 bytes, base = 1, 10, 100, 1000 KiB.
 */
#ifndef INSULA_WEBFILES_SEQUENCE_H
#define INSULA_WEBFILES_SEQUENCE_H

#include <stdint.h>

#define WEBFILES_MAX_DIRS 10000u

typedef struct {
    uint64_t state;
    uint32_t dirs;
    uint64_t dir_weights[WEBFILES_MAX_DIRS];   /* cumulative 1/k */
    uint64_t rank_weights[9];
} webfiles_seq_t;

typedef struct {
    uint32_t dir, class_id, file;
    uint64_t size;
} webfiles_pick_t;

/* dirs: 1..WEBFILES_MAX_DIRS (clamped). */
void webfiles_seq_init(webfiles_seq_t *s, uint32_t dirs);
webfiles_pick_t webfiles_seq_next(webfiles_seq_t *s);

/* The content generator: state = FNV-1a of the path, then per byte
   state = state * 1103515245 + 12345, byte = state >> 24. */
uint32_t webfiles_fnv1a_step(uint32_t h, uint8_t byte);
#define WEBFILES_FNV_BASIS 0x811c9dc5u

#endif
