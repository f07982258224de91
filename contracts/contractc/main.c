/*
 * main.c: the contractc command line.
 *
 *     contractc FILE.contract... -o OUTDIR [--table-only] [--registry FILE]
 *     contractc FILE.contract... --check [--json]
 *
 * Exit status: 0 success, 1 errors in the contracts (or I/O), 2 usage.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compile.h"

#define MAIN_MAX_FILE (1u << 20) /* 1 MiB per contract file */

static const char main_usage[] =
    "usage: contractc FILE.contract... -o OUTDIR [--table-only] "
    "[--registry FILE]\n"
    "       contractc FILE.contract... --check [--json]\n"
    "\n"
    "Checks channel contracts and generates, for each FILE (say fs.contract)\n"
    "in OUTDIR:\n"
    "  fs.h, fs.c              SIP bindings (messages, send/recv, switch "
    "receive)\n"
    "  fs_table.h, fs_table.c  the transition tables the kernel enforces\n"
    "  fs_acsl.h               ACSL of the bindings, for the static protocol\n"
    "                          check (Frama-C only)\n"
    "Contracts may refer to contracts in any FILE given.\n"
    "\n"
    "  -o OUTDIR      directory for the generated files (must exist)\n"
    "  --table-only   generate only the *_table.h and *_table.c files\n"
    "  --registry FILE  also write FILE: the kernel's registry of every\n"
    "                 contract in the FILEs given (contract_find)\n"
    "  --check        check only; generate nothing\n"
    "  --json         print errors on stdout as one JSON array, an object\n"
    "                 {file, line, column, rule, message} per error (no\n"
    "                 notes, no source excerpts)\n"
    "  --help         show this help\n"
    "\n"
    "Exit status: 0 success, 1 errors, 2 usage errors.\n";

typedef struct main_args {
    const char **files;
    size_t count;
    compile_opts_t opts;
    bool check;
} main_args_t;

static int main_usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "contractc: error: %s%s\n%s", what, arg, main_usage);
    return 2;
}

/* main_parse_args: 0 to go on, else the exit status. */
static int main_parse_args(int argc, char **argv, main_args_t *a)
{
    a->files = calloc((size_t)argc, sizeof *a->files);
    if (a->files == NULL)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
            fputs(main_usage, stdout);
            return -1;
        } else if (strcmp(s, "-o") == 0) {
            if (i + 1 == argc)
                return main_usage_error("'-o' needs a directory", "");
            a->opts.outdir = argv[++i];
        } else if (strcmp(s, "--registry") == 0) {
            if (i + 1 == argc)
                return main_usage_error("'--registry' needs a file", "");
            a->opts.registry = argv[++i];
        } else if (strcmp(s, "--table-only") == 0) {
            a->opts.outputs = COMPILE_TABLES;
        } else if (strcmp(s, "--check") == 0) {
            a->check = true;
        } else if (strcmp(s, "--json") == 0) {
            a->opts.json = true;
        } else if (s[0] == '-') {
            return main_usage_error("unknown option ", s);
        } else {
            a->files[a->count++] = s;
        }
    }
    if (a->count == 0)
        return main_usage_error("no input files", "");
    if (a->opts.json)
        a->opts.diag_out = stdout;
    if (a->check)
        a->opts.outputs = COMPILE_NONE;
    else if (a->opts.outdir == NULL)
        return main_usage_error("missing '-o OUTDIR' (or '--check')", "");
    return 0;
}

/* main_read: the whole file, or NULL after printing why. */
static char *main_read(const char *path, uint32_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    size_t n;

    if (f == NULL) {
        fprintf(stderr, "contractc: error: cannot open '%s': %s\n", path,
                strerror(errno));
        return NULL;
    }
    buf = malloc(MAIN_MAX_FILE + 1);
    n = buf ? fread(buf, 1, MAIN_MAX_FILE + 1, f) : 0;
    if (buf == NULL || ferror(f) || n > MAIN_MAX_FILE) {
        fprintf(stderr, "contractc: error: cannot read '%s'%s\n", path,
                n > MAIN_MAX_FILE ? ": larger than 1 MiB" : "");
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = (uint32_t)n;
    return buf;
}

/* main_outdir: creates the output directory if it is missing. */
static bool main_outdir(const char *dir)
{
    if (dir == NULL || mkdir(dir, 0777) == 0 || errno == EEXIST)
        return true;
    fprintf(stderr, "contractc: error: cannot create '%s': %s\n", dir, strerror(errno));
    return false;
}

int main(int argc, char **argv)
{
    main_args_t a = {.opts = {.diag_out = stderr}};
    int rc = main_parse_args(argc, argv, &a);
    source_t *srcs;
    bool ok = true;

    if (rc != 0 || !main_outdir(a.check ? NULL : a.opts.outdir)) {
        free(a.files);
        return rc < 0 ? 0 : rc == 0 ? 1 : rc;
    }
    srcs = calloc(a.count, sizeof *srcs);
    for (size_t i = 0; srcs != NULL && i < a.count; i++) {
        srcs[i].path = a.files[i];
        srcs[i].text = main_read(a.files[i], &srcs[i].len);
        ok &= srcs[i].text != NULL;
    }
    if (srcs != NULL && ok)
        rc = compile_run(srcs, a.count, &a.opts) == 0 ? 0 : 1;
    else
        rc = 1;
    for (size_t i = 0; srcs != NULL && i < a.count; i++)
        free((char *)srcs[i].text);
    free(srcs);
    free(a.files);
    return rc;
}
