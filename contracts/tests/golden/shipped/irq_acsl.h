/* generated from irq.contract by contractc — do not edit */
/* ACSL for the bindings of irq.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_IRQ_ACSL_H
#define INSULA_CONTRACTS_IRQ_ACSL_H

#include "irq.h"

/* ==== contract Irq ==== */

#ifndef INSULA_ACSL_MODEL_Irq
#define INSULA_ACSL_MODEL_Irq
#define Irq_S_Idle 0
#define Irq_S_Idle_1 1

/*@ ghost extern int Irq_imp_ghost_state[]; */
/*@ predicate Irq_imp_in{L}(chan_handle_t h, integer s) =
        \at(Irq_imp_ghost_state[h], L) == s;
    predicate Irq_imp_known{L}(chan_handle_t h) =
        0 <= \at(Irq_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Irq_imp_ghost_assume__known: 0 <= s < 2;
     assigns Irq_imp_ghost_state[h];
     ensures Irq_imp_in(h, s); @/
  void Irq_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Irq_exp_ghost_state[]; */
/*@ predicate Irq_exp_in{L}(chan_handle_t h, integer s) =
        \at(Irq_exp_ghost_state[h], L) == s;
    predicate Irq_exp_known{L}(chan_handle_t h) =
        0 <= \at(Irq_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Irq_exp_ghost_assume__known: 0 <= s < 2;
     assigns Irq_exp_ghost_state[h];
     ensures Irq_exp_in(h, s); @/
  void Irq_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Irq_imp_send_Ack__known: Irq_imp_known(_ep.h);
    requires insula_protocol: Irq_imp_send_Ack__in__Idle: !Irq_imp_in(_ep.h, 0);
    assigns Irq_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Irq_imp_ghost_state[_ep.h] == \old(Irq_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Irq_imp_in(_ep.h, 1)) ==> Irq_imp_in(_ep.h, 0);
*/
err_t Irq_imp_send_Ack(Irq_imp_t _ep);
/*@ requires insula_protocol: Irq_imp_call_Ack__known: Irq_imp_known(_ep.h);
    requires insula_protocol: Irq_imp_call_Ack__in__Idle: !Irq_imp_in(_ep.h, 0);
    assigns Irq_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Irq_imp_in(_ep.h, 1)) ==>
        _reply->id == 0;
    ensures \result == 0 && \old(Irq_imp_in(_ep.h, 1)) && _reply->id == 0 ==> Irq_imp_in(_ep.h, 1);
*/
err_t Irq_imp_call_Ack(Irq_imp_t _ep, SIP_OUT Irq_imp_msg_t *_reply);
/*@ requires insula_protocol: Irq_imp_recv__known: Irq_imp_known(_ep.h);
    requires insula_protocol: Irq_imp_recv__in__Idle_1: !Irq_imp_in(_ep.h, 1);
    assigns Irq_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Irq_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && _msg->id == 0 && \old(Irq_imp_in(_ep.h, 0)) ==> Irq_imp_in(_ep.h, 1);
*/
err_t Irq_imp_recv(Irq_imp_t _ep, SIP_OUT Irq_imp_msg_t *_msg);
/*@ requires insula_protocol: Irq_imp_recv_Interrupt__known: Irq_imp_known(_ep.h);
    requires insula_protocol: Irq_imp_recv_Interrupt__in__Idle_1: !Irq_imp_in(_ep.h, 1);
    assigns Irq_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Irq_imp_in(_ep.h, 0)) ==> Irq_imp_in(_ep.h, 1);
*/
err_t Irq_imp_recv_Interrupt(Irq_imp_t _ep, SIP_OUT Irq_Interrupt_t *_msg);
/*@ requires insula_protocol: Irq_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Irq_imp_case(Irq_imp_t ep, const Irq_imp_handlers_t *h);
/*@ requires insula_protocol: Irq_exp_send_Interrupt__known: Irq_exp_known(_ep.h);
    requires insula_protocol: Irq_exp_send_Interrupt__in__Idle_1: !Irq_exp_in(_ep.h, 1);
    assigns Irq_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Irq_exp_ghost_state[_ep.h] == \old(Irq_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Irq_exp_in(_ep.h, 0)) ==> Irq_exp_in(_ep.h, 1);
*/
err_t Irq_exp_send_Interrupt(Irq_exp_t _ep, uint64_t count);
/*@ requires insula_protocol: Irq_exp_call_Interrupt__known: Irq_exp_known(_ep.h);
    requires insula_protocol: Irq_exp_call_Interrupt__in__Idle_1: !Irq_exp_in(_ep.h, 1);
    assigns Irq_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Irq_exp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Irq_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Irq_exp_in(_ep.h, 0);
*/
err_t Irq_exp_call_Interrupt(Irq_exp_t _ep, uint64_t count, SIP_OUT Irq_exp_msg_t *_reply);
/*@ requires insula_protocol: Irq_exp_recv__known: Irq_exp_known(_ep.h);
    requires insula_protocol: Irq_exp_recv__in__Idle: !Irq_exp_in(_ep.h, 0);
    assigns Irq_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Irq_exp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && _msg->id == 1 && \old(Irq_exp_in(_ep.h, 1)) ==> Irq_exp_in(_ep.h, 0);
*/
err_t Irq_exp_recv(Irq_exp_t _ep, SIP_OUT Irq_exp_msg_t *_msg);
/*@ requires insula_protocol: Irq_exp_recv_Ack__known: Irq_exp_known(_ep.h);
    requires insula_protocol: Irq_exp_recv_Ack__in__Idle: !Irq_exp_in(_ep.h, 0);
    assigns Irq_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Irq_exp_in(_ep.h, 1)) ==> Irq_exp_in(_ep.h, 0);
*/
err_t Irq_exp_recv_Ack(Irq_exp_t _ep);
/*@ requires insula_protocol: Irq_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Irq_exp_case(Irq_exp_t ep, const Irq_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_IRQ_ACSL_H */
