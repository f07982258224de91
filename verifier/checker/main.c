/*
 * sipcheck: checks SIP sources against the restricted subset
 * (verifier/SUBSET.md). Exit status: 0 clean, 1 violations, 2 usage error
 * or a file that is not valid C.
 */
#include "sipcheck.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Arguments every parse gets before the caller's: a freestanding x86-64
 * C17 unit without the host's libc headers, and the warnings that are
 * subset violations turned on. */
static const char *const base_args[] = {
    "-xc", "-std=gnu17", "--target=x86_64-unknown-linux-gnu",
    "-ffreestanding", "-nostdlibinc", "-ferror-limit=0",
    "-Wint-conversion", "-Wincompatible-pointer-types",
    "-Wincompatible-function-pointer-types", "-Wimplicit-function-declaration",
    "-Wimplicit-int", "-Wdeprecated-non-prototype", "-Wreturn-stack-address",
};

static const char **build_args(const struct config *cfg, int *argc)
{
    size_t nbase = sizeof base_args / sizeof base_args[0];
    size_t n = nbase + (size_t)cfg->n_clang_args + 2 * cfg->n_trusted;
    const char **args = calloc(n + 1, sizeof *args);
    if (args == NULL)
        exit(2);
    size_t k = 0;
    for (size_t i = 0; i < nbase; i++)
        args[k++] = base_args[i];
    for (int i = 0; i < cfg->n_clang_args; i++)
        args[k++] = cfg->clang_args[i];
    for (size_t i = 0; i < cfg->n_trusted; i++) {
        args[k++] = "-I";
        args[k++] = cfg->trusted_dirs[i];
    }
    *argc = (int)k;
    return args;
}

static void check_unit(const struct config *cfg, CXTranslationUnit tu, struct report *r,
                       struct program *prog)
{
    struct walk_ctx ctx = { .cfg = cfg, .tu = tu, .report = r, .program = prog };
    struct report pending = { 0 };
    diags_collect(&ctx, &pending);
    walk_translation_unit(&ctx);
    diags_merge(r, &pending);
    trust_free(&ctx.trust);
}

static void check_file(CXIndex index, const struct config *cfg, const char *file,
                       struct report *r, struct program *prog)
{
    int argc = 0;
    const char **argv = build_args(cfg, &argc);
    CXTranslationUnit tu = NULL;
    unsigned options = CXTranslationUnit_DetailedPreprocessingRecord
        | CXTranslationUnit_KeepGoing;
    enum CXErrorCode rc = clang_parseTranslationUnit2(index, file, argv, argc,
                                                      NULL, 0, options, &tu);
    if (rc != CXError_Success || tu == NULL)
        report_add(r, file, 0, 0, "clang-error", "cannot read or parse this file");
    else
        check_unit(cfg, tu, r, prog);
    if (tu != NULL)
        clang_disposeTranslationUnit(tu);
    free(argv);
}

static void list_rules(void)
{
    for (size_t i = 0; i < rule_count; i++)
        printf("%-24s %s\n", rule_table[i].id, rule_table[i].summary);
}

static int exit_status(const struct report *r)
{
    if (report_count_rule_violations(r) < r->count)
        return 2;
    return r->count > 0 ? 1 : 0;
}

int main(int argc, char **argv)
{
    struct config cfg;
    if (cli_parse(argc, argv, &cfg) != 0) {
        cli_free(&cfg);
        return 2;
    }
    if (cfg.list_rules)
        list_rules();
    struct report report = { 0 };
    struct program prog = { 0 };
    CXIndex index = clang_createIndex(0, 0);
    int argc_headers = 0;
    const char **args_headers = build_args(&cfg, &argc_headers);
    int load = cfg.n_files > 0
        ? trusted_names_load(index, args_headers, argc_headers, &cfg, &prog.trusted) : 0;
    free(args_headers);
    for (size_t i = 0; load == 0 && i < cfg.n_files; i++) {
        prog.unit = i;
        check_file(index, &cfg, cfg.files[i], &report, &prog);
    }
    clang_disposeIndex(index);
    program_check(&prog, &report);
    program_check_signatures(&prog, &report);
    program_free(&prog);
    report_sort_unique(&report);
    if (cfg.json)
        report_print_json(&report);
    else
        report_print_text(&report);
    int status = load != 0 ? 2 : exit_status(&report);
    report_free(&report);
    cli_free(&cfg);
    return status;
}
