/* gen_common.c: pieces every generator uses. */
#include <ctype.h>
#include <string.h>

#include "gen.h"

void gen_stamp(const gen_t *g)
{
    fprintf(g->out,
            "/* generated from %s by contractc \xe2\x80\x94 do not edit */\n",
            g->file);
}

/* gen_guard_print: INSULA_CONTRACTS_<STEM><SUFFIX>_H */
static void gen_guard_print(const gen_t *g, const char *suffix)
{
    fputs("INSULA_CONTRACTS_", g->out);
    for (const char *s = g->stem; *s != '\0'; s++)
        fputc(isalnum((unsigned char)*s) ? toupper((unsigned char)*s) : '_',
              g->out);
    fprintf(g->out, "%s_H", suffix);
}

/*   #ifndef INSULA_CONTRACTS_FS_H
 *   #define INSULA_CONTRACTS_FS_H */
void gen_guard_open(const gen_t *g, const char *suffix)
{
    fputs("#ifndef ", g->out);
    gen_guard_print(g, suffix);
    fputs("\n#define ", g->out);
    gen_guard_print(g, suffix);
    fputs("\n", g->out);
}

/*   #endif (INSULA_CONTRACTS_FS_H) */
void gen_guard_close(const gen_t *g, const char *suffix)
{
    fputs("\n#endif /* ", g->out);
    gen_guard_print(g, suffix);
    fputs(" */\n", g->out);
}

bool gen_in_file(const gen_t *g, const contract_t *c)
{
    return c->ast->src == g->src;
}

const char *gen_side(contract_side_t side)
{
    return side == CONTRACT_SIDE_IMP ? "imp" : "exp";
}

/* gen_side_sends: imp sends `in` messages, exp sends `out` messages. */
bool gen_side_sends(contract_side_t side, contract_dir_t dir)
{
    return (side == CONTRACT_SIDE_IMP) == (dir == CONTRACT_DIR_IN);
}

bool gen_side_receives_any(const contract_t *c, contract_side_t side)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        if (!gen_side_sends(side, m->dir))
            return true;
    }
    return false;
}

/* gen_int_ctype: "uint32_t", "int8_t", ... */
static const char *gen_int_ctype(uint32_t size, bool is_signed)
{
    static const char *const u[] = {"uint8_t", "uint16_t", "uint32_t",
                                    "uint64_t"};
    static const char *const s[] = {"int8_t", "int16_t", "int32_t",
                                    "int64_t"};
    unsigned i = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;

    return is_signed ? s[i] : u[i];
}

void gen_wire_ctype(const contract_t *c, const ftype_t *t, char *buf,
                    size_t cap)
{
    switch (t->kind) {
    case FTYPE_INT:
        snprintf(buf, cap, "%s", gen_int_ctype(t->elem_size, t->is_signed));
        break;
    case FTYPE_BOOL:
        snprintf(buf, cap, "uint8_t"); /* 0 or 1 on the wire */
        break;
    case FTYPE_ENUM:
        gen_type_name(c, t->en->name, t->en->shared, buf, cap);
        strncat(buf, "_t", cap - strlen(buf) - 1);
        break;
    case FTYPE_RECORD:
        gen_type_name(c, t->rec->name, t->rec->shared, buf, cap);
        strncat(buf, "_t", cap - strlen(buf) - 1);
        break;
    case FTYPE_BYTES:
    case FTYPE_STRING:
        snprintf(buf, cap, "xheap_handle_t");
        break;
    case FTYPE_ENDPOINT:
        snprintf(buf, cap, "%s_%s_t", t->peer->name, gen_side(t->side));
        break;
    }
}

/*   #define Fs_MSG_Open 3u      (one per message)
 *   #define Fs_MSG_COUNT 9u */
void gen_message_ids(const gen_t *g, const contract_t *c)
{
    for (size_t i = 0; i < c->messages.count; i++) {
        const message_t *m = c->messages.items[i];
        fprintf(g->out, "#define %s_MSG_%s %uu\n", c->name, m->name,
                (unsigned)m->id);
    }
    fprintf(g->out, "#define %s_MSG_COUNT %zuu\n", c->name,
            c->messages.count);
}
