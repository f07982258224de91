/*
 * runner.h — the attack runner's expectation table (runner_table.c).
 */
#ifndef INSULA_ATTACK_RUNNER_H
#define INSULA_ATTACK_RUNNER_H

#include <insula/stdlib.h>

typedef enum {
    OUTCOME_EXIT,      /* exits with `code` */
    OUTCOME_KILL,      /* killed; the kernel's reason starts with `reason` */
} outcome_kind_t;

typedef enum {
    GIVE_NOTHING,
    GIVE_PINGPONG_IMP,    /* the importing end of a fresh PingPong channel */
    GIVE_PINGPONG_EXP,    /* its exporting end */
    GIVE_VICTIM_HANDLE,   /* args get " <the runner's handle of the victim>" */
    GIVE_BENCH_DATA,      /* the exporting end of a Bench channel with a 64 KiB
                             Data block queued, sent (and paid for) by the runner */
    GIVE_SP_CONNECT,      /* the exporting end of a ServiceProvider channel with a
                             Connect queued, carrying a Service.exp end */
} handoff_t;

typedef struct {
    const char *image;
    const char *args;
    uint32_t caps;
    handoff_t give;
    bool spins;              /* check that the others run while it does */
    outcome_kind_t kind;
    int32_t code;
    const char *reason;
} attack_t;

typedef struct {
    const char *image;
    const char *args;
} safe_program_t;

/* The attacks, in the order they run; i < attack_count(). */
size_t attack_count(void);
attack_t attack_get(size_t i);

/* The safe programs; their output is judged by the boot test. */
size_t safe_count(void);
safe_program_t safe_get(size_t i);

#endif
