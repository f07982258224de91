/*
 * fuzz_contractc.c: libFuzzer target over the whole compiler (lexer,
 * parser, checker, analysis and generators writing to /dev/null). The input
 * is contract text; a NUL byte splits it into two files, so references
 * across files are fuzzed too. Any crash, leak or UB report is a bug.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../contractc/compile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    const char *text = (const char *)data;
    const char *nul = memchr(text, '\0', size);
    source_t srcs[2] = {{"a.contract", text, (uint32_t)size},
                        {"b.contract", "", 0}};
    compile_opts_t o = {.outputs = COMPILE_ALL};

    if (size > (1u << 16))
        return 0;
    if (sink == NULL)
        sink = fopen("/dev/null", "w");
    if (sink == NULL)
        return 0;
    if (nul != NULL) {
        srcs[0].len = (uint32_t)(nul - text);
        srcs[1].text = nul + 1;
        srcs[1].len = (uint32_t)(size - srcs[0].len - 1);
    }
    o.diag_out = sink;
    o.sink = sink;
    o.registry = "(sink)";
    compile_run(srcs, nul != NULL ? 2 : 1, &o);
    return 0;
}
