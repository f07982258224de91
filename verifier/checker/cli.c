/*
 * Command line: sipcheck [--json] [--trusted-dir DIR]... [--trusted-symbols FILE] [--list-rules]
 *                        [FILE...] [-- CLANG-ARGS... FILE...]
 * After "--" every argument goes to clang, except one that ends in ".c",
 * does not start with '-' and is not the value of a clang option: that is
 * a file to check.
 */
#include "sipcheck.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
    fprintf(out,
        "usage: sipcheck [--json] [--trusted-dir DIR]... [--trusted-symbols FILE] [--list-rules]\n"
        "                [FILE...] [-- CLANG-ARGS... FILE...]\n"
        "exit status: 0 clean, 1 violations, 2 usage or parse failure\n");
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* clang options whose value is the next argument. */
static bool takes_value(const char *opt)
{
    static const char *const opts[] = { "-I", "-D", "-U", "-include",
        "-isystem", "-iquote", "-idirafter", "-o", "-x", "-MF", "-target",
        "-imacros", "-std", "--target", "-Xclang", NULL };
    for (size_t i = 0; opts[i] != NULL; i++) {
        if (strcmp(opt, opts[i]) == 0)
            return true;
    }
    return false;
}

static int add_trusted(struct config *cfg, const char *dir)
{
    char *real = realpath(dir, NULL);
    if (real == NULL) {
        fprintf(stderr, "sipcheck: error: trusted dir '%s' does not exist\n", dir);
        return 2;
    }
    cfg->trusted_dirs[cfg->n_trusted++] = real;
    return 0;
}

static void after_dashes(int argc, char **argv, int i, struct config *cfg)
{
    for (; i < argc; i++) {
        const char *prev = cfg->n_clang_args > 0
            ? cfg->clang_args[cfg->n_clang_args - 1] : "";
        bool is_value = takes_value(prev);
        if (!is_value && argv[i][0] != '-' && ends_with(argv[i], ".c"))
            cfg->files[cfg->n_files++] = argv[i];
        else
            cfg->clang_args[cfg->n_clang_args++] = argv[i];
    }
}

static int parse_option(int argc, char **argv, int *i, struct config *cfg)
{
    const char *a = argv[*i];
    if (strcmp(a, "--json") == 0)
        cfg->json = true;
    else if (strcmp(a, "--list-rules") == 0)
        cfg->list_rules = true;
    else if (strcmp(a, "--trusted-symbols") == 0 && *i + 1 < argc)
        cfg->trusted_symbols = argv[++*i];
    else if (strcmp(a, "--trusted-dir") == 0 && *i + 1 < argc)
        return add_trusted(cfg, argv[++*i]);
    else if (name_has_prefix(a, "--trusted-dir="))
        return add_trusted(cfg, a + strlen("--trusted-dir="));
    else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
        usage(stdout);
        exit(0);
    } else {
        fprintf(stderr, "sipcheck: error: unknown option '%s'\n", a);
        usage(stderr);
        return 2;
    }
    return 0;
}

/* Returns 0, or 2 on a usage error (already reported). */
int cli_parse(int argc, char **argv, struct config *cfg)
{
    size_t n = (size_t)argc + 1;
    memset(cfg, 0, sizeof *cfg);
    cfg->trusted_dirs = calloc(n, sizeof *cfg->trusted_dirs);
    cfg->clang_args = calloc(n, sizeof *cfg->clang_args);
    cfg->files = calloc(n, sizeof *cfg->files);
    if (!cfg->trusted_dirs || !cfg->clang_args || !cfg->files)
        return 2;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            after_dashes(argc, argv, i + 1, cfg);
            break;
        }
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            if (parse_option(argc, argv, &i, cfg) != 0)
                return 2;
        } else {
            cfg->files[cfg->n_files++] = argv[i];
        }
    }
    if (cfg->n_files == 0 && !cfg->list_rules) {
        fprintf(stderr, "sipcheck: error: no input files\n");
        usage(stderr);
        return 2;
    }
    return 0;
}

void cli_free(struct config *cfg)
{
    for (size_t i = 0; i < cfg->n_trusted; i++)
        free((void *)cfg->trusted_dirs[i]);
    free(cfg->trusted_dirs);
    free(cfg->clang_args);
    free(cfg->files);
}
