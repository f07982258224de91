/* generated from bench.contract by contractc — do not edit */
/* ACSL for the bindings of bench.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_BENCH_ACSL_H
#define INSULA_CONTRACTS_BENCH_ACSL_H

#include "bench.h"

/* ==== contract Bench ==== */

#ifndef INSULA_ACSL_MODEL_Bench
#define INSULA_ACSL_MODEL_Bench
#define Bench_S_Ready 0
#define Bench_S_Ready_1 1
#define Bench_S_Ready_2 2

/*@ ghost extern int Bench_imp_ghost_state[]; */
/*@ predicate Bench_imp_in{L}(chan_handle_t h, integer s) =
        \at(Bench_imp_ghost_state[h], L) == s;
    predicate Bench_imp_known{L}(chan_handle_t h) =
        0 <= \at(Bench_imp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Bench_imp_ghost_assume__known: 0 <= s < 3;
     assigns Bench_imp_ghost_state[h];
     ensures Bench_imp_in(h, s); @/
  void Bench_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Bench_exp_ghost_state[]; */
/*@ predicate Bench_exp_in{L}(chan_handle_t h, integer s) =
        \at(Bench_exp_ghost_state[h], L) == s;
    predicate Bench_exp_known{L}(chan_handle_t h) =
        0 <= \at(Bench_exp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Bench_exp_ghost_assume__known: 0 <= s < 3;
     assigns Bench_exp_ghost_state[h];
     ensures Bench_exp_in(h, s); @/
  void Bench_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Bench_imp_send_Ping__known: Bench_imp_known(_ep.h);
    requires insula_protocol: Bench_imp_send_Ping__in__Ready_1: !Bench_imp_in(_ep.h, 1);
    requires insula_protocol: Bench_imp_send_Ping__in__Ready_2: !Bench_imp_in(_ep.h, 2);
    assigns Bench_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Bench_imp_ghost_state[_ep.h] == \old(Bench_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 0)) ==> Bench_imp_in(_ep.h, 1);
*/
err_t Bench_imp_send_Ping(Bench_imp_t _ep, uint8_t byte);
/*@ requires insula_protocol: Bench_imp_call_Ping__known: Bench_imp_known(_ep.h);
    requires insula_protocol: Bench_imp_call_Ping__in__Ready_1: !Bench_imp_in(_ep.h, 1);
    requires insula_protocol: Bench_imp_call_Ping__in__Ready_2: !Bench_imp_in(_ep.h, 2);
    assigns Bench_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Bench_imp_in(_ep.h, 0);
*/
err_t Bench_imp_call_Ping(Bench_imp_t _ep, uint8_t byte, SIP_OUT Bench_imp_msg_t *_reply);
/*@ requires insula_protocol: Bench_imp_send_Data__known: Bench_imp_known(_ep.h);
    requires insula_protocol: Bench_imp_send_Data__in__Ready_1: !Bench_imp_in(_ep.h, 1);
    requires insula_protocol: Bench_imp_send_Data__in__Ready_2: !Bench_imp_in(_ep.h, 2);
    assigns Bench_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Bench_imp_ghost_state[_ep.h] == \old(Bench_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 0)) ==> Bench_imp_in(_ep.h, 2);
*/
err_t Bench_imp_send_Data(Bench_imp_t _ep, xheap_handle_t block);
/*@ requires insula_protocol: Bench_imp_call_Data__known: Bench_imp_known(_ep.h);
    requires insula_protocol: Bench_imp_call_Data__in__Ready_1: !Bench_imp_in(_ep.h, 1);
    requires insula_protocol: Bench_imp_call_Data__in__Ready_2: !Bench_imp_in(_ep.h, 2);
    assigns Bench_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 0)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 0)) && _reply->id == 3 ==> Bench_imp_in(_ep.h, 0);
*/
err_t Bench_imp_call_Data(Bench_imp_t _ep, xheap_handle_t block, SIP_OUT Bench_imp_msg_t *_reply);
/*@ requires insula_protocol: Bench_imp_recv__known: Bench_imp_known(_ep.h);
    requires insula_protocol: Bench_imp_recv__in__Ready: !Bench_imp_in(_ep.h, 0);
    assigns Bench_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 2)) ==>
        _msg->id == 3;
    ensures \result == 0 && _msg->id == 1 && \old(Bench_imp_in(_ep.h, 1)) ==> Bench_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 3 && \old(Bench_imp_in(_ep.h, 2)) ==> Bench_imp_in(_ep.h, 0);
*/
err_t Bench_imp_recv(Bench_imp_t _ep, SIP_OUT Bench_imp_msg_t *_msg);
/*@ requires insula_protocol: Bench_imp_recv_Pong__known: Bench_imp_known(_ep.h);
    requires insula_protocol: Bench_imp_recv_Pong__in__Ready: !Bench_imp_in(_ep.h, 0);
    assigns Bench_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Bench_imp_in(_ep.h, 2));
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 1)) ==> Bench_imp_in(_ep.h, 0);
*/
err_t Bench_imp_recv_Pong(Bench_imp_t _ep, SIP_OUT Bench_Pong_t *_msg);
/*@ requires insula_protocol: Bench_imp_recv_DataBack__known: Bench_imp_known(_ep.h);
    requires insula_protocol: Bench_imp_recv_DataBack__in__Ready: !Bench_imp_in(_ep.h, 0);
    assigns Bench_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Bench_imp_in(_ep.h, 1));
    ensures \result == 0 && \old(Bench_imp_in(_ep.h, 2)) ==> Bench_imp_in(_ep.h, 0);
*/
err_t Bench_imp_recv_DataBack(Bench_imp_t _ep, SIP_OUT Bench_DataBack_t *_msg);
/*@ requires insula_protocol: Bench_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Bench_imp_case(Bench_imp_t ep, const Bench_imp_handlers_t *h);
/*@ requires insula_protocol: Bench_exp_send_Pong__known: Bench_exp_known(_ep.h);
    requires insula_protocol: Bench_exp_send_Pong__in__Ready: !Bench_exp_in(_ep.h, 0);
    requires insula_protocol: Bench_exp_send_Pong__in__Ready_2: !Bench_exp_in(_ep.h, 2);
    assigns Bench_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Bench_exp_ghost_state[_ep.h] == \old(Bench_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 1)) ==> Bench_exp_in(_ep.h, 0);
*/
err_t Bench_exp_send_Pong(Bench_exp_t _ep, uint8_t byte);
/*@ requires insula_protocol: Bench_exp_call_Pong__known: Bench_exp_known(_ep.h);
    requires insula_protocol: Bench_exp_call_Pong__in__Ready: !Bench_exp_in(_ep.h, 0);
    requires insula_protocol: Bench_exp_call_Pong__in__Ready_2: !Bench_exp_in(_ep.h, 2);
    assigns Bench_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 1)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 1)) && _reply->id == 0 ==> Bench_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 1)) && _reply->id == 2 ==> Bench_exp_in(_ep.h, 2);
*/
err_t Bench_exp_call_Pong(Bench_exp_t _ep, uint8_t byte, SIP_OUT Bench_exp_msg_t *_reply);
/*@ requires insula_protocol: Bench_exp_send_DataBack__known: Bench_exp_known(_ep.h);
    requires insula_protocol: Bench_exp_send_DataBack__in__Ready: !Bench_exp_in(_ep.h, 0);
    requires insula_protocol: Bench_exp_send_DataBack__in__Ready_1: !Bench_exp_in(_ep.h, 1);
    assigns Bench_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Bench_exp_ghost_state[_ep.h] == \old(Bench_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 2)) ==> Bench_exp_in(_ep.h, 0);
*/
err_t Bench_exp_send_DataBack(Bench_exp_t _ep, xheap_handle_t block);
/*@ requires insula_protocol: Bench_exp_call_DataBack__known: Bench_exp_known(_ep.h);
    requires insula_protocol: Bench_exp_call_DataBack__in__Ready: !Bench_exp_in(_ep.h, 0);
    requires insula_protocol: Bench_exp_call_DataBack__in__Ready_1: !Bench_exp_in(_ep.h, 1);
    assigns Bench_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 2)) && _reply->id == 0 ==> Bench_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Bench_exp_in(_ep.h, 2);
*/
err_t Bench_exp_call_DataBack(Bench_exp_t _ep, xheap_handle_t block, SIP_OUT Bench_exp_msg_t *_reply);
/*@ requires insula_protocol: Bench_exp_recv__known: Bench_exp_known(_ep.h);
    requires insula_protocol: Bench_exp_recv__in__Ready_1: !Bench_exp_in(_ep.h, 1);
    requires insula_protocol: Bench_exp_recv__in__Ready_2: !Bench_exp_in(_ep.h, 2);
    assigns Bench_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 0)) ==>
        _msg->id == 0 || _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Bench_exp_in(_ep.h, 0)) ==> Bench_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Bench_exp_in(_ep.h, 0)) ==> Bench_exp_in(_ep.h, 2);
*/
err_t Bench_exp_recv(Bench_exp_t _ep, SIP_OUT Bench_exp_msg_t *_msg);
/*@ requires insula_protocol: Bench_exp_recv_Ping__known: Bench_exp_known(_ep.h);
    requires insula_protocol: Bench_exp_recv_Ping__in__Ready_1: !Bench_exp_in(_ep.h, 1);
    requires insula_protocol: Bench_exp_recv_Ping__in__Ready_2: !Bench_exp_in(_ep.h, 2);
    assigns Bench_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 0)) ==> Bench_exp_in(_ep.h, 1);
*/
err_t Bench_exp_recv_Ping(Bench_exp_t _ep, SIP_OUT Bench_Ping_t *_msg);
/*@ requires insula_protocol: Bench_exp_recv_Data__known: Bench_exp_known(_ep.h);
    requires insula_protocol: Bench_exp_recv_Data__in__Ready_1: !Bench_exp_in(_ep.h, 1);
    requires insula_protocol: Bench_exp_recv_Data__in__Ready_2: !Bench_exp_in(_ep.h, 2);
    assigns Bench_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Bench_exp_in(_ep.h, 0)) ==> Bench_exp_in(_ep.h, 2);
*/
err_t Bench_exp_recv_Data(Bench_exp_t _ep, SIP_OUT Bench_Data_t *_msg);
/*@ requires insula_protocol: Bench_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Bench_exp_case(Bench_exp_t ep, const Bench_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_BENCH_ACSL_H */
