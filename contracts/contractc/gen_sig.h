/* gen_sig.h: function signatures and declarations shared by the header and
   source generators, so the two always agree. */
#ifndef CONTRACTC_GEN_SIG_H
#define CONTRACTC_GEN_SIG_H

#include "gen.h"

/* err_t Fs_imp_send_Open(Fs_imp_t _ep, xheap_handle_t path, uint32_t mode) */
void gen_send_signature(const gen_t *g, const contract_t *c,
                        contract_side_t side, const message_t *m);

/* err_t Fs_exp_recv_Open(Fs_exp_t _ep, Fs_Open_t *_msg) */
void gen_recv_signature(const gen_t *g, const contract_t *c,
                        contract_side_t side, const message_t *m);

/* gen_type_text: a field type as written: "bytes<512>", "u8[16]". */
void gen_type_text(const ftype_t *t, char *buf, size_t cap);

/* gen_message_comment: "in message Open(string<1024> path, u32 mode)". */
void gen_message_comment(const gen_t *g, const message_t *m);

#endif
