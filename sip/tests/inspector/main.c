/*
 * inspector — test SIP: granted `inspect` and `console-input` (not
 * `power`), it calls the system entries (kernel/abi_system.c) with good
 * and bad arguments and checks every answer: ranges, addresses outside
 * its memory or in its code, the list holding itself, the log holding its
 * own line. Exits 0, or with the number of the first check that failed.
 * Not verifiable code: it forges pointers on purpose.
 */
#include <insula/stdlib.h>

#include "tests/raw_abi.h"

SIP_MANIFEST("inspector", .stack_bytes = 16 * 1024, .heap_bytes = 128 * 1024,
             .caps = SIP_CAP_INSPECT | SIP_CAP_CONSOLE_INPUT);

#define KERNEL_ADDRESS ((uintptr_t)0x100000)    /* the kernel image on pc */

static const insula_abi_t *abi;
static int failed;

static void expect(int number, bool ok)
{
    if (ok || failed != 0)
        return;
    print("inspector: check %d failed\n", number);
    failed = number;
}

static abi_sip_info_t sips[4];
static abi_system_info_t info;
static char text[256];

/* True when the list holds a running SIP named "inspector". */
static bool lists_itself(uint32_t count)
{
    for (uint32_t i = 0; i < count && i < 4; i++) {
        const char *n = sips[i].name;
        if (n[0] == 'i' && n[1] == 'n' && n[2] == 's' && n[8] == 'r' && n[9] == '\0' &&
            sips[i].state == 0 && sips[i].threads == 1)
            return true;
    }
    return false;
}

/* True when the log's tail holds `line`. */
static bool log_holds(const char *line, uint64_t got)
{
    for (uint64_t i = 0; i < got; i++) {
        uint64_t k = 0;
        while (line[k] != '\0' && i + k < got && text[i + k] == line[k])
            k++;
        if (line[k] == '\0')
            return true;
    }
    return false;
}

ABI_DIRECT
static void check_entries(void)
{
    uint32_t count = 0;
    uint64_t got = 0;
    expect(1, abi->sip_list(sips, 0, &count) == ABI_ERR_RANGE);
    expect(2, abi->sip_list(sips, 65, &count) == ABI_ERR_RANGE);
    expect(3, abi->sip_list((abi_sip_info_t *)KERNEL_ADDRESS, 1, &count) == ABI_ERR_BAD_ADDRESS);
    expect(4, abi->sip_list(sips, 64, &count) == ABI_ERR_BAD_ADDRESS);    /* runs off the array */
    expect(5, abi->sip_list(sips, 4, (uint32_t *)(uintptr_t)check_entries) == ABI_ERR_BAD_ADDRESS);
    expect(6, abi->sip_list(sips, 4, &count) == ABI_OK && count >= 1 && lists_itself(count));
    expect(7, abi->system_info((abi_system_info_t *)KERNEL_ADDRESS) == ABI_ERR_BAD_ADDRESS);
    expect(8, abi->system_info(&info) == ABI_OK && info.frames_free <= info.frames_total &&
              info.frames_total > 0 && info.sip_count >= 1);
    expect(9, abi->log_read(text, 0, &got) == ABI_ERR_RANGE);
    expect(10, abi->log_read(text, 16 * 1024 + 1, &got) == ABI_ERR_RANGE);
    expect(11, abi->log_read((void *)KERNEL_ADDRESS, 16, &got) == ABI_ERR_BAD_ADDRESS);
    print("inspector: a line for the log\n");
    console_flush();
    expect(12, abi->log_read(text, sizeof(text), &got) == ABI_OK && got <= sizeof(text) &&
               log_holds("inspector: a line for the log\n", got));
    expect(13, abi->console_read(text, 0, 0, &got) == ABI_ERR_RANGE);
    expect(14, abi->console_read(text, 257, 0, &got) == ABI_ERR_RANGE);
    expect(15, abi->console_read((void *)KERNEL_ADDRESS, 16, 0, &got) == ABI_ERR_BAD_ADDRESS);
    /* Nothing is typed during a self-test: a read that does not wait times out. */
    expect(16, abi->console_read(text, 16, 0, &got) == ABI_ERR_TIMEOUT);
    expect(17, abi->system_power(ABI_POWER_HALT) == ABI_ERR_DENIED);
}

int main(const char *args)
{
    (void)args;
    abi = __insula_abi();
    check_entries();
    if (failed == 0)
        print("inspector: every system entry answered as documented\n");
    return failed;
}
