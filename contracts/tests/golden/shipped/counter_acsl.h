/* generated from counter.contract by contractc — do not edit */
/* ACSL for the bindings of counter.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_COUNTER_ACSL_H
#define INSULA_CONTRACTS_COUNTER_ACSL_H

#include "counter.h"

/* ==== contract Counter ==== */

#ifndef INSULA_ACSL_MODEL_Counter
#define INSULA_ACSL_MODEL_Counter
#define Counter_S_Start 0
#define Counter_S_Ready 1
#define Counter_S_Closed 2
#define Counter_S_Ready_3 3
#define Counter_S_Answering 4

/*@ ghost extern int Service_imp_ghost_state[]; */
/*@ predicate Counter_imp_in{L}(chan_handle_t h, integer s) =
        \at(Service_imp_ghost_state[h], L) == s;
    predicate Counter_imp_known{L}(chan_handle_t h) =
        0 <= \at(Service_imp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Counter_imp_ghost_assume__known: 0 <= s < 5;
     assigns Service_imp_ghost_state[h];
     ensures Counter_imp_in(h, s); @/
  void Counter_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Service_exp_ghost_state[]; */
/*@ predicate Counter_exp_in{L}(chan_handle_t h, integer s) =
        \at(Service_exp_ghost_state[h], L) == s;
    predicate Counter_exp_known{L}(chan_handle_t h) =
        0 <= \at(Service_exp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Counter_exp_ghost_assume__known: 0 <= s < 5;
     assigns Service_exp_ghost_state[h];
     ensures Counter_exp_in(h, s); @/
  void Counter_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Service
#define INSULA_ACSL_MODEL_Service
#define Service_S_Start 0
#define Service_S_Ready 1
#define Service_S_Closed 2
#define Service_S_Ready_3 3

/*@ ghost extern int Service_imp_ghost_state[]; */
/*@ predicate Service_imp_in{L}(chan_handle_t h, integer s) =
        \at(Service_imp_ghost_state[h], L) == s;
    predicate Service_imp_known{L}(chan_handle_t h) =
        0 <= \at(Service_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Service_imp_ghost_assume__known: 0 <= s < 4;
     assigns Service_imp_ghost_state[h];
     ensures Service_imp_in(h, s); @/
  void Service_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Service_exp_ghost_state[]; */
/*@ predicate Service_exp_in{L}(chan_handle_t h, integer s) =
        \at(Service_exp_ghost_state[h], L) == s;
    predicate Service_exp_known{L}(chan_handle_t h) =
        0 <= \at(Service_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Service_exp_ghost_assume__known: 0 <= s < 4;
     assigns Service_exp_ghost_state[h];
     ensures Service_exp_in(h, s); @/
  void Service_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Counter_imp_send_Goodbye__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_send_Goodbye__in__Start: !Counter_imp_in(_ep.h, 0);
    requires insula_protocol: Counter_imp_send_Goodbye__in__Closed: !Counter_imp_in(_ep.h, 2);
    requires insula_protocol: Counter_imp_send_Goodbye__in__Ready_3: !Counter_imp_in(_ep.h, 3);
    requires insula_protocol: Counter_imp_send_Goodbye__in__Answering: !Counter_imp_in(_ep.h, 4);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) ==> Counter_imp_in(_ep.h, 3);
*/
err_t Counter_imp_send_Goodbye(Counter_imp_t _ep);
/*@ requires insula_protocol: Counter_imp_call_Goodbye__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_call_Goodbye__in__Start: !Counter_imp_in(_ep.h, 0);
    requires insula_protocol: Counter_imp_call_Goodbye__in__Closed: !Counter_imp_in(_ep.h, 2);
    requires insula_protocol: Counter_imp_call_Goodbye__in__Ready_3: !Counter_imp_in(_ep.h, 3);
    requires insula_protocol: Counter_imp_call_Goodbye__in__Answering: !Counter_imp_in(_ep.h, 4);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Counter_imp_in(_ep.h, 2);
*/
err_t Counter_imp_call_Goodbye(Counter_imp_t _ep, SIP_OUT Counter_imp_msg_t *_reply);
/*@ requires insula_protocol: Counter_imp_send_Add__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_send_Add__in__Start: !Counter_imp_in(_ep.h, 0);
    requires insula_protocol: Counter_imp_send_Add__in__Closed: !Counter_imp_in(_ep.h, 2);
    requires insula_protocol: Counter_imp_send_Add__in__Ready_3: !Counter_imp_in(_ep.h, 3);
    requires insula_protocol: Counter_imp_send_Add__in__Answering: !Counter_imp_in(_ep.h, 4);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) ==> Counter_imp_in(_ep.h, 4);
*/
err_t Counter_imp_send_Add(Counter_imp_t _ep, uint32_t n);
/*@ requires insula_protocol: Counter_imp_call_Add__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_call_Add__in__Start: !Counter_imp_in(_ep.h, 0);
    requires insula_protocol: Counter_imp_call_Add__in__Closed: !Counter_imp_in(_ep.h, 2);
    requires insula_protocol: Counter_imp_call_Add__in__Ready_3: !Counter_imp_in(_ep.h, 3);
    requires insula_protocol: Counter_imp_call_Add__in__Answering: !Counter_imp_in(_ep.h, 4);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) ==>
        _reply->id == 5;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) && _reply->id == 5 ==> Counter_imp_in(_ep.h, 1);
*/
err_t Counter_imp_call_Add(Counter_imp_t _ep, uint32_t n, SIP_OUT Counter_imp_msg_t *_reply);
/*@ requires insula_protocol: Counter_imp_send_Get__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_send_Get__in__Start: !Counter_imp_in(_ep.h, 0);
    requires insula_protocol: Counter_imp_send_Get__in__Closed: !Counter_imp_in(_ep.h, 2);
    requires insula_protocol: Counter_imp_send_Get__in__Ready_3: !Counter_imp_in(_ep.h, 3);
    requires insula_protocol: Counter_imp_send_Get__in__Answering: !Counter_imp_in(_ep.h, 4);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) ==> Counter_imp_in(_ep.h, 4);
*/
err_t Counter_imp_send_Get(Counter_imp_t _ep);
/*@ requires insula_protocol: Counter_imp_call_Get__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_call_Get__in__Start: !Counter_imp_in(_ep.h, 0);
    requires insula_protocol: Counter_imp_call_Get__in__Closed: !Counter_imp_in(_ep.h, 2);
    requires insula_protocol: Counter_imp_call_Get__in__Ready_3: !Counter_imp_in(_ep.h, 3);
    requires insula_protocol: Counter_imp_call_Get__in__Answering: !Counter_imp_in(_ep.h, 4);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) ==>
        _reply->id == 5;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 1)) && _reply->id == 5 ==> Counter_imp_in(_ep.h, 1);
*/
err_t Counter_imp_call_Get(Counter_imp_t _ep, SIP_OUT Counter_imp_msg_t *_reply);
/*@ requires insula_protocol: Counter_imp_recv__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_recv__in__Ready: !Counter_imp_in(_ep.h, 1);
    requires insula_protocol: Counter_imp_recv__in__Closed: !Counter_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 4)) ==>
        _msg->id == 5;
    ensures \result == 0 && _msg->id == 0 && \old(Counter_imp_in(_ep.h, 0)) ==> Counter_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Counter_imp_in(_ep.h, 3)) ==> Counter_imp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 5 && \old(Counter_imp_in(_ep.h, 4)) ==> Counter_imp_in(_ep.h, 1);
*/
err_t Counter_imp_recv(Counter_imp_t _ep, SIP_OUT Counter_imp_msg_t *_msg);
/*@ requires insula_protocol: Counter_imp_recv_Hello__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_recv_Hello__in__Ready: !Counter_imp_in(_ep.h, 1);
    requires insula_protocol: Counter_imp_recv_Hello__in__Closed: !Counter_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Counter_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Counter_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 0)) ==> Counter_imp_in(_ep.h, 1);
*/
err_t Counter_imp_recv_Hello(Counter_imp_t _ep, SIP_OUT Counter_Hello_t *_msg);
/*@ requires insula_protocol: Counter_imp_recv_AckGoodbye__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_recv_AckGoodbye__in__Ready: !Counter_imp_in(_ep.h, 1);
    requires insula_protocol: Counter_imp_recv_AckGoodbye__in__Closed: !Counter_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Counter_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Counter_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 3)) ==> Counter_imp_in(_ep.h, 2);
*/
err_t Counter_imp_recv_AckGoodbye(Counter_imp_t _ep);
/*@ requires insula_protocol: Counter_imp_recv_Value__known: Counter_imp_known(_ep.h);
    requires insula_protocol: Counter_imp_recv_Value__in__Ready: !Counter_imp_in(_ep.h, 1);
    requires insula_protocol: Counter_imp_recv_Value__in__Closed: !Counter_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Counter_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Counter_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(Counter_imp_in(_ep.h, 4)) ==> Counter_imp_in(_ep.h, 1);
*/
err_t Counter_imp_recv_Value(Counter_imp_t _ep, SIP_OUT Counter_Value_t *_msg);
/*@ requires insula_protocol: Counter_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Counter_imp_case(Counter_imp_t ep, const Counter_imp_handlers_t *h);
/*@ requires insula_protocol: Counter_exp_send_Hello__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_send_Hello__in__Ready: !Counter_exp_in(_ep.h, 1);
    requires insula_protocol: Counter_exp_send_Hello__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_send_Hello__in__Ready_3: !Counter_exp_in(_ep.h, 3);
    requires insula_protocol: Counter_exp_send_Hello__in__Answering: !Counter_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 0)) ==> Counter_exp_in(_ep.h, 1);
*/
err_t Counter_exp_send_Hello(Counter_exp_t _ep, uint32_t version);
/*@ requires insula_protocol: Counter_exp_call_Hello__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_call_Hello__in__Ready: !Counter_exp_in(_ep.h, 1);
    requires insula_protocol: Counter_exp_call_Hello__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_call_Hello__in__Ready_3: !Counter_exp_in(_ep.h, 3);
    requires insula_protocol: Counter_exp_call_Hello__in__Answering: !Counter_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4;
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Counter_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 0)) && _reply->id == 3 ==> Counter_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 0)) && _reply->id == 4 ==> Counter_exp_in(_ep.h, 4);
*/
err_t Counter_exp_call_Hello(Counter_exp_t _ep, uint32_t version, SIP_OUT Counter_exp_msg_t *_reply);
/*@ requires insula_protocol: Counter_exp_send_AckGoodbye__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_send_AckGoodbye__in__Start: !Counter_exp_in(_ep.h, 0);
    requires insula_protocol: Counter_exp_send_AckGoodbye__in__Ready: !Counter_exp_in(_ep.h, 1);
    requires insula_protocol: Counter_exp_send_AckGoodbye__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_send_AckGoodbye__in__Answering: !Counter_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 3)) ==> Counter_exp_in(_ep.h, 2);
*/
err_t Counter_exp_send_AckGoodbye(Counter_exp_t _ep);
/*@ requires insula_protocol: Counter_exp_send_Value__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_send_Value__in__Start: !Counter_exp_in(_ep.h, 0);
    requires insula_protocol: Counter_exp_send_Value__in__Ready: !Counter_exp_in(_ep.h, 1);
    requires insula_protocol: Counter_exp_send_Value__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_send_Value__in__Ready_3: !Counter_exp_in(_ep.h, 3);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 4)) ==> Counter_exp_in(_ep.h, 1);
*/
err_t Counter_exp_send_Value(Counter_exp_t _ep, uint64_t total);
/*@ requires insula_protocol: Counter_exp_call_Value__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_call_Value__in__Start: !Counter_exp_in(_ep.h, 0);
    requires insula_protocol: Counter_exp_call_Value__in__Ready: !Counter_exp_in(_ep.h, 1);
    requires insula_protocol: Counter_exp_call_Value__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_call_Value__in__Ready_3: !Counter_exp_in(_ep.h, 3);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4;
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Counter_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Counter_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 4)) && _reply->id == 4 ==> Counter_exp_in(_ep.h, 4);
*/
err_t Counter_exp_call_Value(Counter_exp_t _ep, uint64_t total, SIP_OUT Counter_exp_msg_t *_reply);
/*@ requires insula_protocol: Counter_exp_recv__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_recv__in__Start: !Counter_exp_in(_ep.h, 0);
    requires insula_protocol: Counter_exp_recv__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_recv__in__Ready_3: !Counter_exp_in(_ep.h, 3);
    requires insula_protocol: Counter_exp_recv__in__Answering: !Counter_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 3 || _msg->id == 4;
    ensures \result == 0 && _msg->id == 1 && \old(Counter_exp_in(_ep.h, 1)) ==> Counter_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 3 && \old(Counter_exp_in(_ep.h, 1)) ==> Counter_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 4 && \old(Counter_exp_in(_ep.h, 1)) ==> Counter_exp_in(_ep.h, 4);
*/
err_t Counter_exp_recv(Counter_exp_t _ep, SIP_OUT Counter_exp_msg_t *_msg);
/*@ requires insula_protocol: Counter_exp_recv_Goodbye__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_recv_Goodbye__in__Start: !Counter_exp_in(_ep.h, 0);
    requires insula_protocol: Counter_exp_recv_Goodbye__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_recv_Goodbye__in__Ready_3: !Counter_exp_in(_ep.h, 3);
    requires insula_protocol: Counter_exp_recv_Goodbye__in__Answering: !Counter_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 1)) ==> Counter_exp_in(_ep.h, 3);
*/
err_t Counter_exp_recv_Goodbye(Counter_exp_t _ep);
/*@ requires insula_protocol: Counter_exp_recv_Add__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_recv_Add__in__Start: !Counter_exp_in(_ep.h, 0);
    requires insula_protocol: Counter_exp_recv_Add__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_recv_Add__in__Ready_3: !Counter_exp_in(_ep.h, 3);
    requires insula_protocol: Counter_exp_recv_Add__in__Answering: !Counter_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 1)) ==> Counter_exp_in(_ep.h, 4);
*/
err_t Counter_exp_recv_Add(Counter_exp_t _ep, SIP_OUT Counter_Add_t *_msg);
/*@ requires insula_protocol: Counter_exp_recv_Get__known: Counter_exp_known(_ep.h);
    requires insula_protocol: Counter_exp_recv_Get__in__Start: !Counter_exp_in(_ep.h, 0);
    requires insula_protocol: Counter_exp_recv_Get__in__Closed: !Counter_exp_in(_ep.h, 2);
    requires insula_protocol: Counter_exp_recv_Get__in__Ready_3: !Counter_exp_in(_ep.h, 3);
    requires insula_protocol: Counter_exp_recv_Get__in__Answering: !Counter_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Counter_exp_in(_ep.h, 1)) ==> Counter_exp_in(_ep.h, 4);
*/
err_t Counter_exp_recv_Get(Counter_exp_t _ep);
/*@ requires insula_protocol: Counter_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Counter_exp_case(Counter_exp_t ep, const Counter_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_COUNTER_ACSL_H */
