/* generated from vectors.contract by contractc — do not edit */
/* ACSL for the bindings of vectors.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_VECTORS_ACSL_H
#define INSULA_CONTRACTS_VECTORS_ACSL_H

#include "vectors.h"

/* ==== contract Spool ==== */

#ifndef INSULA_ACSL_MODEL_Spool
#define INSULA_ACSL_MODEL_Spool
#define Spool_S_Ready 0
#define Spool_S_Ready_1 1
#define Spool_S_Ready_2 2

/*@ ghost extern int Spool_imp_ghost_state[]; */
/*@ predicate Spool_imp_in{L}(chan_handle_t h, integer s) =
        \at(Spool_imp_ghost_state[h], L) == s;
    predicate Spool_imp_known{L}(chan_handle_t h) =
        0 <= \at(Spool_imp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Spool_imp_ghost_assume__known: 0 <= s < 3;
     assigns Spool_imp_ghost_state[h];
     ensures Spool_imp_in(h, s); @/
  void Spool_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Spool_exp_ghost_state[]; */
/*@ predicate Spool_exp_in{L}(chan_handle_t h, integer s) =
        \at(Spool_exp_ghost_state[h], L) == s;
    predicate Spool_exp_known{L}(chan_handle_t h) =
        0 <= \at(Spool_exp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Spool_exp_ghost_assume__known: 0 <= s < 3;
     assigns Spool_exp_ghost_state[h];
     ensures Spool_exp_in(h, s); @/
  void Spool_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Spool
#define INSULA_ACSL_MODEL_Spool
#define Spool_S_Ready 0
#define Spool_S_Ready_1 1
#define Spool_S_Ready_2 2

/*@ ghost extern int Spool_imp_ghost_state[]; */
/*@ predicate Spool_imp_in{L}(chan_handle_t h, integer s) =
        \at(Spool_imp_ghost_state[h], L) == s;
    predicate Spool_imp_known{L}(chan_handle_t h) =
        0 <= \at(Spool_imp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Spool_imp_ghost_assume__known: 0 <= s < 3;
     assigns Spool_imp_ghost_state[h];
     ensures Spool_imp_in(h, s); @/
  void Spool_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Spool_exp_ghost_state[]; */
/*@ predicate Spool_exp_in{L}(chan_handle_t h, integer s) =
        \at(Spool_exp_ghost_state[h], L) == s;
    predicate Spool_exp_known{L}(chan_handle_t h) =
        0 <= \at(Spool_exp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Spool_exp_ghost_assume__known: 0 <= s < 3;
     assigns Spool_exp_ghost_state[h];
     ensures Spool_exp_in(h, s); @/
  void Spool_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Spool_imp_send_Submit__known: Spool_imp_known(_ep.h);
    requires insula_protocol: Spool_imp_send_Submit__in__Ready_1: !Spool_imp_in(_ep.h, 1);
    requires insula_protocol: Spool_imp_send_Submit__in__Ready_2: !Spool_imp_in(_ep.h, 2);
    assigns Spool_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Spool_imp_ghost_state[_ep.h] == \old(Spool_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 0)) ==> Spool_imp_in(_ep.h, 1);
*/
err_t Spool_imp_send_Submit(Spool_imp_t _ep, uint32_t job, uint8_t pages_count, const xheap_handle_t pages[4], uint8_t notes_count, const xheap_handle_t notes[2]);
/*@ requires insula_protocol: Spool_imp_call_Submit__known: Spool_imp_known(_ep.h);
    requires insula_protocol: Spool_imp_call_Submit__in__Ready_1: !Spool_imp_in(_ep.h, 1);
    requires insula_protocol: Spool_imp_call_Submit__in__Ready_2: !Spool_imp_in(_ep.h, 2);
    assigns Spool_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Spool_imp_in(_ep.h, 0);
*/
err_t Spool_imp_call_Submit(Spool_imp_t _ep, uint32_t job, uint8_t pages_count, const xheap_handle_t pages[4], uint8_t notes_count, const xheap_handle_t notes[2], SIP_OUT Spool_imp_msg_t *_reply);
/*@ requires insula_protocol: Spool_imp_send_Share__known: Spool_imp_known(_ep.h);
    requires insula_protocol: Spool_imp_send_Share__in__Ready_1: !Spool_imp_in(_ep.h, 1);
    requires insula_protocol: Spool_imp_send_Share__in__Ready_2: !Spool_imp_in(_ep.h, 2);
    assigns Spool_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Spool_imp_ghost_state[_ep.h] == \old(Spool_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 0)) ==> Spool_imp_in(_ep.h, 2);
*/
err_t Spool_imp_send_Share(Spool_imp_t _ep, uint8_t clients_count, const Spool_imp_t clients[3]);
/*@ requires insula_protocol: Spool_imp_call_Share__known: Spool_imp_known(_ep.h);
    requires insula_protocol: Spool_imp_call_Share__in__Ready_1: !Spool_imp_in(_ep.h, 1);
    requires insula_protocol: Spool_imp_call_Share__in__Ready_2: !Spool_imp_in(_ep.h, 2);
    assigns Spool_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 0)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 0)) && _reply->id == 3 ==> Spool_imp_in(_ep.h, 0);
*/
err_t Spool_imp_call_Share(Spool_imp_t _ep, uint8_t clients_count, const Spool_imp_t clients[3], SIP_OUT Spool_imp_msg_t *_reply);
/*@ requires insula_protocol: Spool_imp_recv__known: Spool_imp_known(_ep.h);
    requires insula_protocol: Spool_imp_recv__in__Ready: !Spool_imp_in(_ep.h, 0);
    assigns Spool_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 2)) ==>
        _msg->id == 3;
    ensures \result == 0 && _msg->id == 1 && \old(Spool_imp_in(_ep.h, 1)) ==> Spool_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 3 && \old(Spool_imp_in(_ep.h, 2)) ==> Spool_imp_in(_ep.h, 0);
*/
err_t Spool_imp_recv(Spool_imp_t _ep, SIP_OUT Spool_imp_msg_t *_msg);
/*@ requires insula_protocol: Spool_imp_recv_AckSubmit__known: Spool_imp_known(_ep.h);
    requires insula_protocol: Spool_imp_recv_AckSubmit__in__Ready: !Spool_imp_in(_ep.h, 0);
    assigns Spool_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Spool_imp_in(_ep.h, 2));
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 1)) ==> Spool_imp_in(_ep.h, 0);
*/
err_t Spool_imp_recv_AckSubmit(Spool_imp_t _ep, SIP_OUT Spool_AckSubmit_t *_msg);
/*@ requires insula_protocol: Spool_imp_recv_AckShare__known: Spool_imp_known(_ep.h);
    requires insula_protocol: Spool_imp_recv_AckShare__in__Ready: !Spool_imp_in(_ep.h, 0);
    assigns Spool_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Spool_imp_in(_ep.h, 1));
    ensures \result == 0 && \old(Spool_imp_in(_ep.h, 2)) ==> Spool_imp_in(_ep.h, 0);
*/
err_t Spool_imp_recv_AckShare(Spool_imp_t _ep);
/*@ requires insula_protocol: Spool_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Spool_imp_case(Spool_imp_t ep, const Spool_imp_handlers_t *h);
/*@ requires insula_protocol: Spool_exp_send_AckSubmit__known: Spool_exp_known(_ep.h);
    requires insula_protocol: Spool_exp_send_AckSubmit__in__Ready: !Spool_exp_in(_ep.h, 0);
    requires insula_protocol: Spool_exp_send_AckSubmit__in__Ready_2: !Spool_exp_in(_ep.h, 2);
    assigns Spool_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Spool_exp_ghost_state[_ep.h] == \old(Spool_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 1)) ==> Spool_exp_in(_ep.h, 0);
*/
err_t Spool_exp_send_AckSubmit(Spool_exp_t _ep, uint32_t job);
/*@ requires insula_protocol: Spool_exp_call_AckSubmit__known: Spool_exp_known(_ep.h);
    requires insula_protocol: Spool_exp_call_AckSubmit__in__Ready: !Spool_exp_in(_ep.h, 0);
    requires insula_protocol: Spool_exp_call_AckSubmit__in__Ready_2: !Spool_exp_in(_ep.h, 2);
    assigns Spool_exp_ghost_state[_ep.h], *_reply, Spool_imp_ghost_state[..];
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 1)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 1)) && _reply->id == 0 ==> Spool_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 1)) && _reply->id == 2 ==> Spool_exp_in(_ep.h, 2);
*/
err_t Spool_exp_call_AckSubmit(Spool_exp_t _ep, uint32_t job, SIP_OUT Spool_exp_msg_t *_reply);
/*@ requires insula_protocol: Spool_exp_send_AckShare__known: Spool_exp_known(_ep.h);
    requires insula_protocol: Spool_exp_send_AckShare__in__Ready: !Spool_exp_in(_ep.h, 0);
    requires insula_protocol: Spool_exp_send_AckShare__in__Ready_1: !Spool_exp_in(_ep.h, 1);
    assigns Spool_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Spool_exp_ghost_state[_ep.h] == \old(Spool_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 2)) ==> Spool_exp_in(_ep.h, 0);
*/
err_t Spool_exp_send_AckShare(Spool_exp_t _ep);
/*@ requires insula_protocol: Spool_exp_call_AckShare__known: Spool_exp_known(_ep.h);
    requires insula_protocol: Spool_exp_call_AckShare__in__Ready: !Spool_exp_in(_ep.h, 0);
    requires insula_protocol: Spool_exp_call_AckShare__in__Ready_1: !Spool_exp_in(_ep.h, 1);
    assigns Spool_exp_ghost_state[_ep.h], *_reply, Spool_imp_ghost_state[..];
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 2)) && _reply->id == 0 ==> Spool_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Spool_exp_in(_ep.h, 2);
*/
err_t Spool_exp_call_AckShare(Spool_exp_t _ep, SIP_OUT Spool_exp_msg_t *_reply);
/*@ requires insula_protocol: Spool_exp_recv__known: Spool_exp_known(_ep.h);
    requires insula_protocol: Spool_exp_recv__in__Ready_1: !Spool_exp_in(_ep.h, 1);
    requires insula_protocol: Spool_exp_recv__in__Ready_2: !Spool_exp_in(_ep.h, 2);
    assigns Spool_exp_ghost_state[_ep.h], *_msg, Spool_imp_ghost_state[..];
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 0)) ==>
        _msg->id == 0 || _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Spool_exp_in(_ep.h, 0)) ==> Spool_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Spool_exp_in(_ep.h, 0)) ==> Spool_exp_in(_ep.h, 2);
*/
err_t Spool_exp_recv(Spool_exp_t _ep, SIP_OUT Spool_exp_msg_t *_msg);
/*@ requires insula_protocol: Spool_exp_recv_Submit__known: Spool_exp_known(_ep.h);
    requires insula_protocol: Spool_exp_recv_Submit__in__Ready_1: !Spool_exp_in(_ep.h, 1);
    requires insula_protocol: Spool_exp_recv_Submit__in__Ready_2: !Spool_exp_in(_ep.h, 2);
    assigns Spool_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 0)) ==> Spool_exp_in(_ep.h, 1);
*/
err_t Spool_exp_recv_Submit(Spool_exp_t _ep, SIP_OUT Spool_Submit_t *_msg);
/*@ requires insula_protocol: Spool_exp_recv_Share__known: Spool_exp_known(_ep.h);
    requires insula_protocol: Spool_exp_recv_Share__in__Ready_1: !Spool_exp_in(_ep.h, 1);
    requires insula_protocol: Spool_exp_recv_Share__in__Ready_2: !Spool_exp_in(_ep.h, 2);
    assigns Spool_exp_ghost_state[_ep.h], *_msg, Spool_imp_ghost_state[..];
    ensures \result == 0 && \old(Spool_exp_in(_ep.h, 0)) ==> Spool_exp_in(_ep.h, 2);
*/
err_t Spool_exp_recv_Share(Spool_exp_t _ep, SIP_OUT Spool_Share_t *_msg);
/*@ requires insula_protocol: Spool_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Spool_exp_case(Spool_exp_t ep, const Spool_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_VECTORS_ACSL_H */
