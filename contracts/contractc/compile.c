/* compile.c: parse, check, generate. */
#include "compile.h"

#include <errno.h>
#include <string.h>

#include "gen.h"
#include "parser.h"
#include "sema.h"

typedef void (*gen_fn)(const gen_t *g);

static const struct {
    const char *suffix;
    gen_fn fn;
    bool table;
} compile_files[] = {
    {".h", gen_header, false},
    {".c", gen_source, false},
    {"_table.h", gen_table_header, true},
    {"_table.c", gen_table_source, true},
    {"_acsl.h", gen_acsl, false},
};

/* compile_names: "dir/fs.contract" -> file "fs.contract", stem "fs". */
static bool compile_names(program_t *p, const source_t *src, gen_t *g)
{
    const char *slash = strrchr(src->path, '/');
    const char *file = slash ? slash + 1 : src->path;
    size_t len = strlen(file), ext = strlen(".contract");

    g->file = file;
    if (len <= ext || strcmp(file + len - ext, ".contract") != 0) {
        diag_tool_error(p->diag, "'%s': input files must end in .contract",
                        src->path);
        return false;
    }
    g->stem = arena_strndup(p->arena, file, len - ext);
    for (const char *s = g->stem; *s != '\0'; s++) {
        if (!(*s == '_' || *s == '-' || (*s >= '0' && *s <= '9') ||
              ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z'))) {
            diag_tool_error(p->diag,
                            "'%s': file names may hold only letters, digits, "
                            "'_' and '-'",
                            src->path);
            return false;
        }
    }
    return true;
}

/* compile_write: one output file, from scratch. */
static void compile_write(program_t *p, gen_t *g, const compile_opts_t *o,
                          size_t which)
{
    char path[4096];
    FILE *f;

    if (o->sink != NULL) {
        g->out = o->sink;
        compile_files[which].fn(g);
        return;
    }
    snprintf(path, sizeof path, "%s/%s%s", o->outdir, g->stem,
             compile_files[which].suffix);
    f = fopen(path, "w");
    if (f == NULL) {
        diag_tool_error(p->diag, "cannot write '%s': %s", path,
                        strerror(errno));
        return;
    }
    g->out = f;
    compile_files[which].fn(g);
    if (ferror(f) | fclose(f))
        diag_tool_error(p->diag, "error writing '%s'", path);
}

/* compile_registry: the registry file (--registry), or into the sink. */
static void compile_registry(program_t *p, const gen_t *gens, size_t count,
                             const compile_opts_t *o)
{
    FILE *f = o->sink != NULL ? o->sink : fopen(o->registry, "w");

    if (f == NULL) {
        diag_tool_error(p->diag, "cannot write '%s': %s", o->registry,
                        strerror(errno));
        return;
    }
    gen_registry(f, gens, count);
    if (o->sink == NULL && (ferror(f) | fclose(f)))
        diag_tool_error(p->diag, "error writing '%s'", o->registry);
}

static void compile_generate(program_t *p, const gen_t *gens, size_t count,
                             const compile_opts_t *o)
{
    for (size_t i = 0; i < count; i++) {
        gen_t g = gens[i];
        for (size_t w = 0; w < sizeof compile_files / sizeof compile_files[0];
             w++) {
            if (o->outputs == COMPILE_ALL || compile_files[w].table)
                compile_write(p, &g, o, w);
        }
    }
    if (o->registry != NULL)
        compile_registry(p, gens, count, o);
}

/* compile_stems: every source gets a distinct output stem. */
static bool compile_stems(program_t *p, const source_t *srcs, size_t count,
                          gen_t *gens)
{
    bool ok = true;

    for (size_t i = 0; i < count; i++) {
        gens[i].p = p;
        gens[i].src = &srcs[i];
        if (!compile_names(p, &srcs[i], &gens[i])) {
            ok = false;
            continue;
        }
        for (size_t j = 0; j < i; j++) {
            if (gens[j].stem != NULL && strcmp(gens[j].stem, gens[i].stem) == 0) {
                diag_tool_error(p->diag, "'%s' and '%s' would both generate "
                                "%s.h", srcs[j].path, srcs[i].path,
                                gens[i].stem);
                ok = false;
            }
        }
    }
    return ok;
}

unsigned compile_run(const source_t *srcs, size_t count,
                     const compile_opts_t *o)
{
    arena_t arena = {0};
    diag_t diag = {.out = o->diag_out, .json = o->json};
    program_t p = {.arena = &arena, .diag = &diag};
    gen_t *gens = arena_alloc(&arena, (count + 1) * sizeof *gens);
    bool ok = compile_stems(&p, srcs, count, gens);

    if (o->json)
        diag_json_begin(&diag);
    for (size_t i = 0; i < count; i++)
        ok &= parser_parse(&arena, &diag, &srcs[i], &p.ast);
    if (ok && diag.errors == 0 && sema_check(&p) && o->outputs != COMPILE_NONE)
        compile_generate(&p, gens, count, o);
    if (o->json)
        diag_json_end(&diag);
    arena_free(&arena);
    return diag.errors;
}
