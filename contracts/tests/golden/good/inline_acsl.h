/* generated from inline.contract by contractc — do not edit */
/* ACSL for the bindings of inline.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_INLINE_ACSL_H
#define INSULA_CONTRACTS_INLINE_ACSL_H

#include "inline.h"

/* ==== contract Tags ==== */

#ifndef INSULA_ACSL_MODEL_Tags
#define INSULA_ACSL_MODEL_Tags
#define Tags_S_Ready 0
#define Tags_S_Ready_1 1
#define Tags_S_Ready_2 2

/*@ ghost extern int Tags_imp_ghost_state[]; */
/*@ predicate Tags_imp_in{L}(chan_handle_t h, integer s) =
        \at(Tags_imp_ghost_state[h], L) == s;
    predicate Tags_imp_known{L}(chan_handle_t h) =
        0 <= \at(Tags_imp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Tags_imp_ghost_assume__known: 0 <= s < 3;
     assigns Tags_imp_ghost_state[h];
     ensures Tags_imp_in(h, s); @/
  void Tags_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Tags_exp_ghost_state[]; */
/*@ predicate Tags_exp_in{L}(chan_handle_t h, integer s) =
        \at(Tags_exp_ghost_state[h], L) == s;
    predicate Tags_exp_known{L}(chan_handle_t h) =
        0 <= \at(Tags_exp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Tags_exp_ghost_assume__known: 0 <= s < 3;
     assigns Tags_exp_ghost_state[h];
     ensures Tags_exp_in(h, s); @/
  void Tags_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Tags_imp_send_Put__known: Tags_imp_known(_ep.h);
    requires insula_protocol: Tags_imp_send_Put__in__Ready_1: !Tags_imp_in(_ep.h, 1);
    requires insula_protocol: Tags_imp_send_Put__in__Ready_2: !Tags_imp_in(_ep.h, 2);
    assigns Tags_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Tags_imp_ghost_state[_ep.h] == \old(Tags_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 0)) ==> Tags_imp_in(_ep.h, 1);
*/
err_t Tags_imp_send_Put(Tags_imp_t _ep, Tags_Tag_t entry, TagLabel_t label, xheap_handle_t blob);
/*@ requires insula_protocol: Tags_imp_call_Put__known: Tags_imp_known(_ep.h);
    requires insula_protocol: Tags_imp_call_Put__in__Ready_1: !Tags_imp_in(_ep.h, 1);
    requires insula_protocol: Tags_imp_call_Put__in__Ready_2: !Tags_imp_in(_ep.h, 2);
    assigns Tags_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Tags_imp_in(_ep.h, 0);
*/
err_t Tags_imp_call_Put(Tags_imp_t _ep, Tags_Tag_t entry, TagLabel_t label, xheap_handle_t blob, SIP_OUT Tags_imp_msg_t *_reply);
/*@ requires insula_protocol: Tags_imp_send_Find__known: Tags_imp_known(_ep.h);
    requires insula_protocol: Tags_imp_send_Find__in__Ready_1: !Tags_imp_in(_ep.h, 1);
    requires insula_protocol: Tags_imp_send_Find__in__Ready_2: !Tags_imp_in(_ep.h, 2);
    assigns Tags_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Tags_imp_ghost_state[_ep.h] == \old(Tags_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 0)) ==> Tags_imp_in(_ep.h, 2);
*/
err_t Tags_imp_send_Find(Tags_imp_t _ep, const uint8_t prefix[32]);
/*@ requires insula_protocol: Tags_imp_call_Find__known: Tags_imp_known(_ep.h);
    requires insula_protocol: Tags_imp_call_Find__in__Ready_1: !Tags_imp_in(_ep.h, 1);
    requires insula_protocol: Tags_imp_call_Find__in__Ready_2: !Tags_imp_in(_ep.h, 2);
    assigns Tags_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 0)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 0)) && _reply->id == 3 ==> Tags_imp_in(_ep.h, 0);
*/
err_t Tags_imp_call_Find(Tags_imp_t _ep, const uint8_t prefix[32], SIP_OUT Tags_imp_msg_t *_reply);
/*@ requires insula_protocol: Tags_imp_recv__known: Tags_imp_known(_ep.h);
    requires insula_protocol: Tags_imp_recv__in__Ready: !Tags_imp_in(_ep.h, 0);
    assigns Tags_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 2)) ==>
        _msg->id == 3;
    ensures \result == 0 && _msg->id == 1 && \old(Tags_imp_in(_ep.h, 1)) ==> Tags_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 3 && \old(Tags_imp_in(_ep.h, 2)) ==> Tags_imp_in(_ep.h, 0);
*/
err_t Tags_imp_recv(Tags_imp_t _ep, SIP_OUT Tags_imp_msg_t *_msg);
/*@ requires insula_protocol: Tags_imp_recv_AckPut__known: Tags_imp_known(_ep.h);
    requires insula_protocol: Tags_imp_recv_AckPut__in__Ready: !Tags_imp_in(_ep.h, 0);
    assigns Tags_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Tags_imp_in(_ep.h, 2));
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 1)) ==> Tags_imp_in(_ep.h, 0);
*/
err_t Tags_imp_recv_AckPut(Tags_imp_t _ep, SIP_OUT Tags_AckPut_t *_msg);
/*@ requires insula_protocol: Tags_imp_recv_Found__known: Tags_imp_known(_ep.h);
    requires insula_protocol: Tags_imp_recv_Found__in__Ready: !Tags_imp_in(_ep.h, 0);
    assigns Tags_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Tags_imp_in(_ep.h, 1));
    ensures \result == 0 && \old(Tags_imp_in(_ep.h, 2)) ==> Tags_imp_in(_ep.h, 0);
*/
err_t Tags_imp_recv_Found(Tags_imp_t _ep, SIP_OUT Tags_Found_t *_msg);
/*@ requires insula_protocol: Tags_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Tags_imp_case(Tags_imp_t ep, const Tags_imp_handlers_t *h);
/*@ requires insula_protocol: Tags_exp_send_AckPut__known: Tags_exp_known(_ep.h);
    requires insula_protocol: Tags_exp_send_AckPut__in__Ready: !Tags_exp_in(_ep.h, 0);
    requires insula_protocol: Tags_exp_send_AckPut__in__Ready_2: !Tags_exp_in(_ep.h, 2);
    assigns Tags_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Tags_exp_ghost_state[_ep.h] == \old(Tags_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 1)) ==> Tags_exp_in(_ep.h, 0);
*/
err_t Tags_exp_send_AckPut(Tags_exp_t _ep, const uint8_t receipt[16]);
/*@ requires insula_protocol: Tags_exp_call_AckPut__known: Tags_exp_known(_ep.h);
    requires insula_protocol: Tags_exp_call_AckPut__in__Ready: !Tags_exp_in(_ep.h, 0);
    requires insula_protocol: Tags_exp_call_AckPut__in__Ready_2: !Tags_exp_in(_ep.h, 2);
    assigns Tags_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 1)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 1)) && _reply->id == 0 ==> Tags_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 1)) && _reply->id == 2 ==> Tags_exp_in(_ep.h, 2);
*/
err_t Tags_exp_call_AckPut(Tags_exp_t _ep, const uint8_t receipt[16], SIP_OUT Tags_exp_msg_t *_reply);
/*@ requires insula_protocol: Tags_exp_send_Found__known: Tags_exp_known(_ep.h);
    requires insula_protocol: Tags_exp_send_Found__in__Ready: !Tags_exp_in(_ep.h, 0);
    requires insula_protocol: Tags_exp_send_Found__in__Ready_1: !Tags_exp_in(_ep.h, 1);
    assigns Tags_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Tags_exp_ghost_state[_ep.h] == \old(Tags_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 2)) ==> Tags_exp_in(_ep.h, 0);
*/
err_t Tags_exp_send_Found(Tags_exp_t _ep, const Tags_Tag_t entries[3], uint8_t count);
/*@ requires insula_protocol: Tags_exp_call_Found__known: Tags_exp_known(_ep.h);
    requires insula_protocol: Tags_exp_call_Found__in__Ready: !Tags_exp_in(_ep.h, 0);
    requires insula_protocol: Tags_exp_call_Found__in__Ready_1: !Tags_exp_in(_ep.h, 1);
    assigns Tags_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 2)) && _reply->id == 0 ==> Tags_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Tags_exp_in(_ep.h, 2);
*/
err_t Tags_exp_call_Found(Tags_exp_t _ep, const Tags_Tag_t entries[3], uint8_t count, SIP_OUT Tags_exp_msg_t *_reply);
/*@ requires insula_protocol: Tags_exp_recv__known: Tags_exp_known(_ep.h);
    requires insula_protocol: Tags_exp_recv__in__Ready_1: !Tags_exp_in(_ep.h, 1);
    requires insula_protocol: Tags_exp_recv__in__Ready_2: !Tags_exp_in(_ep.h, 2);
    assigns Tags_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 0)) ==>
        _msg->id == 0 || _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Tags_exp_in(_ep.h, 0)) ==> Tags_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Tags_exp_in(_ep.h, 0)) ==> Tags_exp_in(_ep.h, 2);
*/
err_t Tags_exp_recv(Tags_exp_t _ep, SIP_OUT Tags_exp_msg_t *_msg);
/*@ requires insula_protocol: Tags_exp_recv_Put__known: Tags_exp_known(_ep.h);
    requires insula_protocol: Tags_exp_recv_Put__in__Ready_1: !Tags_exp_in(_ep.h, 1);
    requires insula_protocol: Tags_exp_recv_Put__in__Ready_2: !Tags_exp_in(_ep.h, 2);
    assigns Tags_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 0)) ==> Tags_exp_in(_ep.h, 1);
*/
err_t Tags_exp_recv_Put(Tags_exp_t _ep, SIP_OUT Tags_Put_t *_msg);
/*@ requires insula_protocol: Tags_exp_recv_Find__known: Tags_exp_known(_ep.h);
    requires insula_protocol: Tags_exp_recv_Find__in__Ready_1: !Tags_exp_in(_ep.h, 1);
    requires insula_protocol: Tags_exp_recv_Find__in__Ready_2: !Tags_exp_in(_ep.h, 2);
    assigns Tags_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Tags_exp_in(_ep.h, 0)) ==> Tags_exp_in(_ep.h, 2);
*/
err_t Tags_exp_recv_Find(Tags_exp_t _ep, SIP_OUT Tags_Find_t *_msg);
/*@ requires insula_protocol: Tags_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Tags_exp_case(Tags_exp_t ep, const Tags_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_INLINE_ACSL_H */
