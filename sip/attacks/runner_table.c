/*
 * runner_table.c — what each attack must run into (sip/attacks/README.md
 * lists the same table). A kill is judged by the start of the kernel's
 * reason, which names the check (kernel/sip.c: check_name) or the fault.
 */
#include "runner.h"

#include <insula/chan_rt.h>

#define OOB "check failed: out-of-bounds access at "
#define DIVISION "check failed: division overflow or by zero at "
#define SHIFT "check failed: shift out of bounds at "
/* A check the kernel reports without a name of its own yet (invalid bool
   load, invalid builtin argument): any named check kill. */
#define NULL_POINTER "check failed: null or misaligned pointer at "
#define INVALID_BOOL "check failed: invalid bool value at "
#define INVALID_BUILTIN "check failed: invalid builtin argument at "
#define OVERFLOW(op) "check failed: integer overflow (" op ") at "
#define GUARD_PAGE "#PF page fault (stack overflow) at "
#define UNSAFE_GUARD_PAGE "#PF page fault (unsafe stack overflow) at "
#define ABI_STACK "check failed: safe stack exhausted at an ABI call at "
#define CFI "check failed: control-flow integrity at "
#define VIOLATION(msg) "contract violation: " msg " message not allowed in this state"

#define KILLED(image_, args_, why) \
    { .image = image_, .args = args_, .kind = OUTCOME_KILL, .reason = why }
#define EXITS(image_, args_, status) \
    { .image = image_, .args = args_, .kind = OUTCOME_EXIT, .code = status }

static const attack_t attacks[] = {
    KILLED("attack-oob.sip", "global-write", OOB),
    KILLED("attack-oob.sip", "global-read", OOB),
    KILLED("attack-oob.sip", "local-write", OOB),
    KILLED("attack-oob.sip", "local-read", OOB),
    KILLED("attack-oob.sip", "heap-write", OOB),
    KILLED("attack-oob.sip", "heap-array", OOB),
    KILLED("attack-oob.sip", "negative", OOB),
    KILLED("attack-oob.sip", "fn-table", OOB),
    KILLED("attack-oob.sip", "array-param", OOB),
    KILLED("attack-oob.sip", "wrap-index", OOB),
    KILLED("attack-flex.sip", "flex-write", OOB),
    KILLED("attack-flex.sip", "flex-read", OOB),
    KILLED("attack-flex.sip", "buf-data", OOB),
    KILLED("attack-flex.sip", "trailing-heap", OOB),
    KILLED("attack-flex.sip", "trailing-static", OOB),
    KILLED("attack-flex.sip", "trailing-one", OOB),
    KILLED("attack-arith.sip", "div-zero", DIVISION),
    KILLED("attack-arith.sip", "rem-zero", DIVISION),
    KILLED("attack-arith.sip", "div-overflow", DIVISION),
    KILLED("attack-arith.sip", "shift-wide", SHIFT),
    KILLED("attack-arith.sip", "shift-negative", SHIFT),
    KILLED("attack-arith.sip", "add-overflow", OVERFLOW("addition")),
    KILLED("attack-arith.sip", "sub-overflow", OVERFLOW("subtraction")),
    KILLED("attack-arith.sip", "mul-overflow", OVERFLOW("multiplication")),
    KILLED("attack-arith.sip", "neg-overflow", OVERFLOW("negation")),
    KILLED("attack-ub.sip", "bool-pun", INVALID_BOOL),
    KILLED("attack-ub.sip", "clz-zero", INVALID_BUILTIN),
    KILLED("attack-ub.sip", "null-array", NULL_POINTER),
    KILLED("attack-nullref.sip", "", NULL_POINTER),
    KILLED("attack-stack.sip", "recurse", GUARD_PAGE),
    KILLED("attack-stack.sip", "big-frames", UNSAFE_GUARD_PAGE),
    KILLED("attack-stack.sip", "untouched-frames", UNSAFE_GUARD_PAGE),
    KILLED("attack-stack.sip", "safe-big-frames", UNSAFE_GUARD_PAGE),
    KILLED("attack-stack.sip", "abi-recurse", ABI_STACK),
    EXITS("attack-handles.sip", "forged", ERR_BAD_HANDLE),
    EXITS("attack-handles.sip", "stale", ERR_BAD_HANDLE),
    EXITS("attack-handles.sip", "closed", ERR_BAD_HANDLE),
    { .image = "attack-handles.sip", .args = "borrowed", .give = GIVE_VICTIM_HANDLE,
      .kind = OUTCOME_EXIT, .code = ERR_BAD_HANDLE },
    EXITS("attack-handles.sip", "exhaust", ERR_QUOTA),
    EXITS("attack-handles.sip", "close-while-waiting", ERR_BAD_HANDLE),
    EXITS("attack-waits.sip", "close-while-calling", ERR_BAD_HANDLE),
    EXITS("attack-waits.sip", "wait-any-close", ERR_BAD_HANDLE),
    EXITS("attack-waits.sip", "send-away-while-waiting", ERR_BAD_HANDLE),
    EXITS("attack-abibuf.sip", "", 0),
    { .image = "attack-contract.sip", .args = "ping-twice", .give = GIVE_PINGPONG_IMP,
      .kind = OUTCOME_KILL, .reason = VIOLATION("Ping") },
    { .image = "attack-contract.sip", .args = "pong-first", .give = GIVE_PINGPONG_EXP,
      .kind = OUTCOME_KILL, .reason = VIOLATION("Pong") },
    KILLED("attack-contract.sip", "pong-twice", VIOLATION("Pong")),
    { .image = "attack-counts.sip", .args = "wait-any-past", .give = GIVE_PINGPONG_IMP,
      .kind = OUTCOME_EXIT, .code = CHAN_RT_ERR_RANGE },
    { .image = "attack-counts.sip", .args = "wait-any-huge", .give = GIVE_PINGPONG_IMP,
      .kind = OUTCOME_EXIT, .code = CHAN_RT_ERR_RANGE },
    EXITS("attack-quota.sip", "heap", ERR_QUOTA),
    EXITS("attack-quota.sip", "xblock", ERR_QUOTA),
    { .image = "attack-quota.sip", .args = "recv", .give = GIVE_BENCH_DATA,
      .kind = OUTCOME_EXIT, .code = ERR_QUOTA },
    EXITS("attack-quota.sip", "park", ERR_QUOTA),
    EXITS("attack-spawn.sip", "no-cap", ERR_DENIED),
    { .image = "attack-grant.sip", .args = "escalate", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_DENIED },
    { .image = "attack-grant.sip", .args = "manifest", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_DENIED },
    EXITS("attack-spawn.sip", "boot-config", ERR_DENIED),
    { .image = "attack-grant.sip", .args = "over-grant", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_QUOTA },
    { .image = "attack-grant.sip", .args = "grant-twice", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_QUOTA },
    { .image = "attack-kill.sip", .args = "forged", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_BAD_HANDLE },
    { .image = "attack-kill.sip", .args = "borrowed", .caps = SIP_CAP_SPAWN,
      .give = GIVE_VICTIM_HANDLE, .kind = OUTCOME_EXIT, .code = ERR_BAD_HANDLE },
    { .image = "attack-kill.sip", .args = "child", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = 0 },
    { .image = "attack-manifest.sip", .args = "create", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_DENIED },
    { .image = "attack-manifest.sip", .args = "bind", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_DENIED },
    { .image = "attack-manifest.sip", .args = "receive", .caps = SIP_CAP_SPAWN,
      .give = GIVE_SP_CONNECT, .kind = OUTCOME_EXIT, .code = ERR_DENIED },
    EXITS("attack-device.sip", "port-serial", ERR_DENIED),
    EXITS("attack-device.sip", "port-pci", ERR_DENIED),
    EXITS("attack-device.sip", "port-cmos", ERR_DENIED),
    EXITS("attack-device.sip", "irq", ERR_DENIED),
    EXITS("attack-device.sip", "dma", ERR_DENIED),
    EXITS("attack-device.sip", "device-info", ERR_NOT_FOUND),
    EXITS("attack-device.sip", "mmio", ERR_NOT_FOUND),
    { .image = "attack-devgrant.sip", .args = "grant", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_DENIED },
    { .image = "attack-devgrant.sip", .args = "manifest", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = ERR_DENIED },
    EXITS("attack-xview.sip", "read-after-send", ERR_BAD_HANDLE),
    EXITS("attack-xview.sip", "write-after-send", ERR_BAD_HANDLE),
    EXITS("attack-xview.sip", "after-close", ERR_BAD_HANDLE),
    EXITS("attack-xview.sip", "race-write-send", ERR_BAD_HANDLE),
    EXITS("attack-xview.sip", "race-read-send", ERR_BAD_HANDLE),
    EXITS("attack-xview.sip", "race-write-close", ERR_BAD_HANDLE),
    KILLED("attack-jump.sip", "null-global", CFI),
    KILLED("attack-jump.sip", "null-heap", CFI),
    { .image = "attack-stale.sip", .args = "reuse", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = 0 },
    { .image = "attack-stale.sip", .args = "linger", .caps = SIP_CAP_SPAWN,
      .kind = OUTCOME_EXIT, .code = 0 },
    { .image = "attack-spin.sip", .args = "400", .spins = true, .kind = OUTCOME_EXIT,
      .code = 0 },
};

static const safe_program_t safe_programs[] = {
    { "safe-sha256.sip", "" },
    { "safe-crc32.sip", "" },
    { "safe-base64.sip", "" },
    { "safe-rle.sip", "" },
    { "safe-sort.sip", "" },
    { "safe-bsearch.sip", "" },
    { "safe-wordcount.sip", "" },
    { "safe-matrix.sip", "" },
    { "safe-expr.sip", "" },
    { "safe-stackvm.sip", "" },
    { "safe-json.sip", "" },
    { "safe-primes.sip", "" },
};

size_t attack_count(void)
{
    return sizeof(attacks) / sizeof(attacks[0]);
}

attack_t attack_get(size_t i)
{
    return attacks[i];
}

size_t safe_count(void)
{
    return sizeof(safe_programs) / sizeof(safe_programs[0]);
}

safe_program_t safe_get(size_t i)
{
    return safe_programs[i];
}
