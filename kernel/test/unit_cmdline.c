/* unit_cmdline.c — the kernel command-line parser. */
#include "cmdline.h"
#include "unit.h"

#include <string.h>

static int warnings;
static size_t last_column;
static char last_message[512];

static void record(void *ctx, size_t column, const char *message)
{
    (void)ctx;
    warnings++;
    last_column = column;
    snprintf(last_message, sizeof(last_message), "%s", message);
}

static unsigned parse(const char *line, kernel_options_t *o)
{
    warnings = 0;
    last_column = 0;
    last_message[0] = '\0';
    return cmdline_parse(line, o, record, NULL);
}

static void test_defaults_and_values(void)
{
    kernel_options_t o;
    CHECK(parse("", &o) == 0 && o.mode == PROT_PHYS && o.hz == 100 && o.test[0] == '\0');
    CHECK(parse("/boot/kernel.elf insula.mode=ring3 insula.hz=250 insula.test=all", &o) == 0);
    CHECK(o.mode == PROT_RING3 && o.hz == 250 && strcmp(o.test, "all") == 0);
    CHECK(parse("  insula.test=frame_all_once,heap\tinsula.timer=pit ", &o) == 0);
    CHECK(strcmp(o.test, "frame_all_once,heap") == 0 && o.timer == TIMER_PIT);
    CHECK(strcmp(prot_mode_name(PROT_MICRO), "micro") == 0);
}

static void test_rejections(void)
{
    kernel_options_t o;
    CHECK(parse("kernel insula.bogus=1", &o) == 1 && last_column == 8);
    CHECK(strstr(last_message, "unknown command-line option 'insula.bogus'") != NULL);
    CHECK(parse("k insula.mode=paged", &o) == 1 && o.mode == PROT_PHYS);
    CHECK(strstr(last_message, "bad value 'paged'") != NULL);
    CHECK(parse("k insula.hz=9 insula.hz=10001 insula.hz= insula.hz=12x", &o) == 4 && o.hz == 100);
    CHECK(parse("k insula.test=ALL insula.test=", &o) == 2 && o.test[0] == '\0');
    CHECK(parse("k stray", &o) == 1 && last_column == 3);
    CHECK(parse("insula.hz=50 stray", &o) == 1 && o.hz == 50);    /* first word with '=' counts */
    CHECK(parse("k", &o) == 0 && !o.debug);
    CHECK(parse("k insula.debug=on", &o) == 0 && o.debug);
    CHECK(parse("k insula.debug=yes", &o) == 1 && !o.debug);
    CHECK(parse("k", &o) == 0 && !o.costmodel);
    CHECK(parse("k insula.costmodel=on", &o) == 0 && o.costmodel);
    CHECK(parse("k insula.costmodel=on insula.costmodel=off", &o) == 0 && !o.costmodel);
    CHECK(parse("k insula.costmodel=1", &o) == 1 && !o.costmodel);
}

static void test_fuzz(void)
{
    kernel_options_t o;
    CHECK(parse("k", &o) == 0 && o.fuzz_calls == 0 && o.fuzz_seed == 1);
    CHECK(parse("k insula.fuzz=1000000,42", &o) == 0 && o.fuzz_calls == 1000000 &&
          o.fuzz_seed == 42);
    CHECK(parse("k insula.fuzz=500", &o) == 0 && o.fuzz_calls == 500 && o.fuzz_seed == 1);
    CHECK(parse("k insula.fuzz=0 insula.fuzz=,5 insula.fuzz=5, insula.fuzz=x", &o) == 4);
    CHECK(o.fuzz_calls == 0 && strstr(last_message, "CALLS[,SEED]") != NULL);
    CHECK(parse("k insula.fuzz=10000000001 insula.fuzz=99999999999999999999999", &o) == 2);
}

static void test_mode_options(void)
{
    kernel_options_t o;
    CHECK(parse("k", &o) == 0 && !o.costmodel && !o.pcid_off && o.isolate[0] == '\0');
    CHECK(parse("k insula.costmodel=on insula.pcid=off insula.isolate=client.sip,fs.sip", &o) == 0);
    CHECK(o.costmodel && o.pcid_off && strcmp(o.isolate, "client.sip,fs.sip") == 0);
    CHECK(parse("k insula.isolate=a,,b", &o) == 1 && o.isolate[0] == '\0' && last_column == 3);
    CHECK(parse("k insula.isolate=a, insula.isolate=,a insula.isolate=a/b", &o) == 3);
    CHECK(parse("k insula.pcid=maybe", &o) == 1 && !o.pcid_off);
    CHECK(strstr(last_message, "bad value 'maybe' (expected on or off)") != NULL);
}

static void test_long_word(void)
{
    char line[1200] = "k insula.test=";
    memset(line + strlen(line), 'a', 600);
    kernel_options_t o;
    CHECK(parse(line, &o) == 1 && o.test[0] == '\0');
    CHECK(strstr(last_message, "longer than 255 bytes") != NULL);
}

int main(void)
{
    test_defaults_and_values();
    test_rejections();
    test_long_word();
    test_mode_options();
    test_fuzz();
    return unit_summary("unit_cmdline");
}
