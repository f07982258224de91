/*
 * gen_registry.c: contracts_registry.c, the kernel's list of every contract
 * it can create channels of: one entry per contract declared in the input
 * files, files in name order, contracts in declaration order.
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

static int gen_registry_by_stem(const void *a, const void *b)
{
    return strcmp(((const gen_t *)a)->stem, ((const gen_t *)b)->stem);
}

/* gen_registry_each: prints `format` with each contract's name, files in
 * stem order. */
static void gen_registry_each(FILE *out, const gen_t *sorted, size_t count,
                              const char *format)
{
    for (size_t i = 0; i < count; i++) {
        const program_t *p = sorted[i].p;
        for (size_t k = 0; k < p->contracts.count; k++) {
            const contract_t *c = p->contracts.items[k];
            if (!gen_in_file(&sorted[i], c))
                continue;
            fprintf(out, format, c->name);
            for (size_t s = 0; s < c->initial.count; s++) {
                char variant[256];

                snprintf(variant, sizeof variant, "%s_at_%s", c->name,
                         ((const state_t *)c->initial.items[s])->name);
                fprintf(out, format, variant);
            }
        }
    }
}

void gen_registry(FILE *out, const gen_t *gens, size_t count)
{
    gen_t *sorted = malloc((count + 1) * sizeof *sorted);

    if (sorted == NULL)
        return;
    memcpy(sorted, gens, count * sizeof *sorted);
    qsort(sorted, count, sizeof *sorted, gen_registry_by_stem);
    fputs("/* generated from every contract by contractc \xe2\x80\x94 "
          "do not edit */\n"
          "/*\n"
          " * contracts_registry.c \xe2\x80\x94 the contracts the kernel can create "
          "channels of.\n"
          " */\n"
          "#include \"channel.h\"\n"
          "\n"
          "#include <stddef.h>\n\n",
          out);
    for (size_t i = 0; i < count; i++)
        fprintf(out, "#include \"%s_table.h\"\n", sorted[i].stem);
    fputs("\nstatic const contract_table_t *const known[] = {\n",
          out);
    gen_registry_each(out, sorted, count, "    &contract_table_%s,\n");
    fputs("};\n"
          "\n"
          "const contract_table_t *contract_find(uint32_t id)\n"
          "{\n"
          "    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {\n"
          "        if (known[i]->id == id)\n"
          "            return known[i];\n"
          "    }\n"
          "    return NULL;\n"
          "}\n"
          "\n"
          "const contract_table_t *contract_known(size_t i)\n"
          "{\n"
          "    return i < sizeof(known) / sizeof(known[0]) ? known[i] : NULL;\n"
          "}\n",
          out);
    free(sorted);
}
