/* generated from pingpong.contract by contractc — do not edit */
/* ACSL for the bindings of pingpong.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_PINGPONG_ACSL_H
#define INSULA_CONTRACTS_PINGPONG_ACSL_H

#include "pingpong.h"

/* ==== contract PingPong ==== */

#ifndef INSULA_ACSL_MODEL_PingPong
#define INSULA_ACSL_MODEL_PingPong
#define PingPong_S_Start 0
#define PingPong_S_Start_1 1

/*@ ghost extern int PingPong_imp_ghost_state[]; */
/*@ predicate PingPong_imp_in{L}(chan_handle_t h, integer s) =
        \at(PingPong_imp_ghost_state[h], L) == s;
    predicate PingPong_imp_known{L}(chan_handle_t h) =
        0 <= \at(PingPong_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires PingPong_imp_ghost_assume__known: 0 <= s < 2;
     assigns PingPong_imp_ghost_state[h];
     ensures PingPong_imp_in(h, s); @/
  void PingPong_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int PingPong_exp_ghost_state[]; */
/*@ predicate PingPong_exp_in{L}(chan_handle_t h, integer s) =
        \at(PingPong_exp_ghost_state[h], L) == s;
    predicate PingPong_exp_known{L}(chan_handle_t h) =
        0 <= \at(PingPong_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires PingPong_exp_ghost_assume__known: 0 <= s < 2;
     assigns PingPong_exp_ghost_state[h];
     ensures PingPong_exp_in(h, s); @/
  void PingPong_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: PingPong_imp_send_Ping__known: PingPong_imp_known(_ep.h);
    requires insula_protocol: PingPong_imp_send_Ping__in__Start_1: !PingPong_imp_in(_ep.h, 1);
    assigns PingPong_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> PingPong_imp_ghost_state[_ep.h] == \old(PingPong_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(PingPong_imp_in(_ep.h, 0)) ==> PingPong_imp_in(_ep.h, 1);
*/
err_t PingPong_imp_send_Ping(PingPong_imp_t _ep, uint32_t data);
/*@ requires insula_protocol: PingPong_imp_call_Ping__known: PingPong_imp_known(_ep.h);
    requires insula_protocol: PingPong_imp_call_Ping__in__Start_1: !PingPong_imp_in(_ep.h, 1);
    assigns PingPong_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(PingPong_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(PingPong_imp_in(_ep.h, 0)) && _reply->id == 1 ==> PingPong_imp_in(_ep.h, 0);
*/
err_t PingPong_imp_call_Ping(PingPong_imp_t _ep, uint32_t data, SIP_OUT PingPong_imp_msg_t *_reply);
/*@ requires insula_protocol: PingPong_imp_recv__known: PingPong_imp_known(_ep.h);
    requires insula_protocol: PingPong_imp_recv__in__Start: !PingPong_imp_in(_ep.h, 0);
    assigns PingPong_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(PingPong_imp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && _msg->id == 1 && \old(PingPong_imp_in(_ep.h, 1)) ==> PingPong_imp_in(_ep.h, 0);
*/
err_t PingPong_imp_recv(PingPong_imp_t _ep, SIP_OUT PingPong_imp_msg_t *_msg);
/*@ requires insula_protocol: PingPong_imp_recv_Pong__known: PingPong_imp_known(_ep.h);
    requires insula_protocol: PingPong_imp_recv_Pong__in__Start: !PingPong_imp_in(_ep.h, 0);
    assigns PingPong_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(PingPong_imp_in(_ep.h, 1)) ==> PingPong_imp_in(_ep.h, 0);
*/
err_t PingPong_imp_recv_Pong(PingPong_imp_t _ep, SIP_OUT PingPong_Pong_t *_msg);
/*@ requires insula_protocol: PingPong_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t PingPong_imp_case(PingPong_imp_t ep, const PingPong_imp_handlers_t *h);
/*@ requires insula_protocol: PingPong_exp_send_Pong__known: PingPong_exp_known(_ep.h);
    requires insula_protocol: PingPong_exp_send_Pong__in__Start: !PingPong_exp_in(_ep.h, 0);
    assigns PingPong_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> PingPong_exp_ghost_state[_ep.h] == \old(PingPong_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(PingPong_exp_in(_ep.h, 1)) ==> PingPong_exp_in(_ep.h, 0);
*/
err_t PingPong_exp_send_Pong(PingPong_exp_t _ep, uint32_t data);
/*@ requires insula_protocol: PingPong_exp_call_Pong__known: PingPong_exp_known(_ep.h);
    requires insula_protocol: PingPong_exp_call_Pong__in__Start: !PingPong_exp_in(_ep.h, 0);
    assigns PingPong_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(PingPong_exp_in(_ep.h, 1)) ==>
        _reply->id == 0;
    ensures \result == 0 && \old(PingPong_exp_in(_ep.h, 1)) && _reply->id == 0 ==> PingPong_exp_in(_ep.h, 1);
*/
err_t PingPong_exp_call_Pong(PingPong_exp_t _ep, uint32_t data, SIP_OUT PingPong_exp_msg_t *_reply);
/*@ requires insula_protocol: PingPong_exp_recv__known: PingPong_exp_known(_ep.h);
    requires insula_protocol: PingPong_exp_recv__in__Start_1: !PingPong_exp_in(_ep.h, 1);
    assigns PingPong_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(PingPong_exp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && _msg->id == 0 && \old(PingPong_exp_in(_ep.h, 0)) ==> PingPong_exp_in(_ep.h, 1);
*/
err_t PingPong_exp_recv(PingPong_exp_t _ep, SIP_OUT PingPong_exp_msg_t *_msg);
/*@ requires insula_protocol: PingPong_exp_recv_Ping__known: PingPong_exp_known(_ep.h);
    requires insula_protocol: PingPong_exp_recv_Ping__in__Start_1: !PingPong_exp_in(_ep.h, 1);
    assigns PingPong_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(PingPong_exp_in(_ep.h, 0)) ==> PingPong_exp_in(_ep.h, 1);
*/
err_t PingPong_exp_recv_Ping(PingPong_exp_t _ep, SIP_OUT PingPong_Ping_t *_msg);
/*@ requires insula_protocol: PingPong_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t PingPong_exp_case(PingPong_exp_t ep, const PingPong_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_PINGPONG_ACSL_H */
