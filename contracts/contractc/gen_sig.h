/* gen_sig.h: function signatures and declarations shared by the header and
   source generators, so the two always agree. */
#ifndef CONTRACTC_GEN_SIG_H
#define CONTRACTC_GEN_SIG_H

#include "gen.h"

/* err_t Fs_imp_send_Open(Fs_imp_t _ep, xheap_handle_t path, uint32_t mode) */
void gen_send_signature(const gen_t *g, const contract_t *c,
                        contract_side_t side, const message_t *m);

/* ", xheap_handle_t path, uint32_t mode": a send's parameters after _ep */
void gen_send_params(const gen_t *g, const contract_t *c, const message_t *m);

/* err_t Fs_exp_recv_Open(Fs_exp_t _ep, Fs_Open_t *_msg) */
void gen_recv_signature(const gen_t *g, const contract_t *c,
                        contract_side_t side, const message_t *m);

/* gen_encode_body (gen_source.c): "Fs_Open_t _msg;", zeroed, then every
   field of m stored in it from the parameters of the same names. */
void gen_encode_body(const gen_t *g, const contract_t *c, const message_t *m);

/* Request/reply calls (gen_call.c): for every message `side` sends after
   which it is the peer's turn, one entry that sends it and waits for the
   reply (chan_rt_call):
     err_t Fs_imp_call_Open(Fs_imp_t _ep, ..., SIP_OUT Fs_imp_msg_t *_reply) */
/* Whether `side` gets a request/reply call for m (gen_call.c), and its
   signature: err_t C_side_call_M(_ep, <M's parameters>, *_reply). */
bool gen_has_call(const contract_t *c, contract_side_t side,
                  const message_t *m);
void gen_call_signature(const gen_t *g, const contract_t *c,
                        contract_side_t side, const message_t *m);
void gen_side_call_decls(const gen_t *g, const contract_t *c,
                         contract_side_t side);
void gen_side_calls(const gen_t *g, const contract_t *c, contract_side_t side);

/* gen_type_text: a field type as written: "bytes<512>", "u8[16]". */
void gen_type_text(const ftype_t *t, char *buf, size_t cap);

/* gen_message_comment: "in message Open(string<1024> path, u32 mode)". */
void gen_message_comment(const gen_t *g, const message_t *m);

#endif
