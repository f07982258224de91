/* generated from counter2.contract by contractc — do not edit */
/* ACSL for the bindings of counter2.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_COUNTER2_ACSL_H
#define INSULA_CONTRACTS_COUNTER2_ACSL_H

#include "counter2.h"

/* ==== contract Counter2 ==== */

#ifndef INSULA_ACSL_MODEL_Counter2
#define INSULA_ACSL_MODEL_Counter2
#define Counter2_S_Start 0
#define Counter2_S_Ready 1
#define Counter2_S_Closed 2
#define Counter2_S_Ready_3 3
#define Counter2_S_Answering 4
#define Counter2_S_Ready_5 5

/*@ ghost extern int Service_imp_ghost_state[]; */
/*@ predicate Counter2_imp_in{L}(chan_handle_t h, integer s) =
        \at(Service_imp_ghost_state[h], L) == s;
    predicate Counter2_imp_known{L}(chan_handle_t h) =
        0 <= \at(Service_imp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Counter2_imp_ghost_assume__known: 0 <= s < 6;
     assigns Service_imp_ghost_state[h];
     ensures Counter2_imp_in(h, s); @/
  void Counter2_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Service_exp_ghost_state[]; */
/*@ predicate Counter2_exp_in{L}(chan_handle_t h, integer s) =
        \at(Service_exp_ghost_state[h], L) == s;
    predicate Counter2_exp_known{L}(chan_handle_t h) =
        0 <= \at(Service_exp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Counter2_exp_ghost_assume__known: 0 <= s < 6;
     assigns Service_exp_ghost_state[h];
     ensures Counter2_exp_in(h, s); @/
  void Counter2_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

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

/*@ requires insula_protocol: Counter2_imp_send_Goodbye__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_send_Goodbye__in__Start: !Counter2_imp_in(_ep.h, 0);
    requires insula_protocol: Counter2_imp_send_Goodbye__in__Closed: !Counter2_imp_in(_ep.h, 2);
    requires insula_protocol: Counter2_imp_send_Goodbye__in__Ready_3: !Counter2_imp_in(_ep.h, 3);
    requires insula_protocol: Counter2_imp_send_Goodbye__in__Answering: !Counter2_imp_in(_ep.h, 4);
    requires insula_protocol: Counter2_imp_send_Goodbye__in__Ready_5: !Counter2_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) ==> Counter2_imp_in(_ep.h, 3);
*/
err_t Counter2_imp_send_Goodbye(Counter2_imp_t _ep);
/*@ requires insula_protocol: Counter2_imp_call_Goodbye__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_call_Goodbye__in__Start: !Counter2_imp_in(_ep.h, 0);
    requires insula_protocol: Counter2_imp_call_Goodbye__in__Closed: !Counter2_imp_in(_ep.h, 2);
    requires insula_protocol: Counter2_imp_call_Goodbye__in__Ready_3: !Counter2_imp_in(_ep.h, 3);
    requires insula_protocol: Counter2_imp_call_Goodbye__in__Answering: !Counter2_imp_in(_ep.h, 4);
    requires insula_protocol: Counter2_imp_call_Goodbye__in__Ready_5: !Counter2_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Counter2_imp_in(_ep.h, 2);
*/
err_t Counter2_imp_call_Goodbye(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply);
/*@ requires insula_protocol: Counter2_imp_send_Add__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_send_Add__in__Start: !Counter2_imp_in(_ep.h, 0);
    requires insula_protocol: Counter2_imp_send_Add__in__Closed: !Counter2_imp_in(_ep.h, 2);
    requires insula_protocol: Counter2_imp_send_Add__in__Ready_3: !Counter2_imp_in(_ep.h, 3);
    requires insula_protocol: Counter2_imp_send_Add__in__Answering: !Counter2_imp_in(_ep.h, 4);
    requires insula_protocol: Counter2_imp_send_Add__in__Ready_5: !Counter2_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) ==> Counter2_imp_in(_ep.h, 4);
*/
err_t Counter2_imp_send_Add(Counter2_imp_t _ep, uint32_t n);
/*@ requires insula_protocol: Counter2_imp_call_Add__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_call_Add__in__Start: !Counter2_imp_in(_ep.h, 0);
    requires insula_protocol: Counter2_imp_call_Add__in__Closed: !Counter2_imp_in(_ep.h, 2);
    requires insula_protocol: Counter2_imp_call_Add__in__Ready_3: !Counter2_imp_in(_ep.h, 3);
    requires insula_protocol: Counter2_imp_call_Add__in__Answering: !Counter2_imp_in(_ep.h, 4);
    requires insula_protocol: Counter2_imp_call_Add__in__Ready_5: !Counter2_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) ==>
        _reply->id == 5 || _reply->id == 8;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) && _reply->id == 5 ==> Counter2_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) && _reply->id == 8 ==> Counter2_imp_in(_ep.h, 1);
*/
err_t Counter2_imp_call_Add(Counter2_imp_t _ep, uint32_t n, SIP_OUT Counter2_imp_msg_t *_reply);
/*@ requires insula_protocol: Counter2_imp_send_Get__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_send_Get__in__Start: !Counter2_imp_in(_ep.h, 0);
    requires insula_protocol: Counter2_imp_send_Get__in__Closed: !Counter2_imp_in(_ep.h, 2);
    requires insula_protocol: Counter2_imp_send_Get__in__Ready_3: !Counter2_imp_in(_ep.h, 3);
    requires insula_protocol: Counter2_imp_send_Get__in__Answering: !Counter2_imp_in(_ep.h, 4);
    requires insula_protocol: Counter2_imp_send_Get__in__Ready_5: !Counter2_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) ==> Counter2_imp_in(_ep.h, 4);
*/
err_t Counter2_imp_send_Get(Counter2_imp_t _ep);
/*@ requires insula_protocol: Counter2_imp_call_Get__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_call_Get__in__Start: !Counter2_imp_in(_ep.h, 0);
    requires insula_protocol: Counter2_imp_call_Get__in__Closed: !Counter2_imp_in(_ep.h, 2);
    requires insula_protocol: Counter2_imp_call_Get__in__Ready_3: !Counter2_imp_in(_ep.h, 3);
    requires insula_protocol: Counter2_imp_call_Get__in__Answering: !Counter2_imp_in(_ep.h, 4);
    requires insula_protocol: Counter2_imp_call_Get__in__Ready_5: !Counter2_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) ==>
        _reply->id == 5 || _reply->id == 8;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) && _reply->id == 5 ==> Counter2_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) && _reply->id == 8 ==> Counter2_imp_in(_ep.h, 1);
*/
err_t Counter2_imp_call_Get(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply);
/*@ requires insula_protocol: Counter2_imp_send_Reset__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_send_Reset__in__Start: !Counter2_imp_in(_ep.h, 0);
    requires insula_protocol: Counter2_imp_send_Reset__in__Closed: !Counter2_imp_in(_ep.h, 2);
    requires insula_protocol: Counter2_imp_send_Reset__in__Ready_3: !Counter2_imp_in(_ep.h, 3);
    requires insula_protocol: Counter2_imp_send_Reset__in__Answering: !Counter2_imp_in(_ep.h, 4);
    requires insula_protocol: Counter2_imp_send_Reset__in__Ready_5: !Counter2_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) ==> Counter2_imp_in(_ep.h, 5);
*/
err_t Counter2_imp_send_Reset(Counter2_imp_t _ep);
/*@ requires insula_protocol: Counter2_imp_call_Reset__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_call_Reset__in__Start: !Counter2_imp_in(_ep.h, 0);
    requires insula_protocol: Counter2_imp_call_Reset__in__Closed: !Counter2_imp_in(_ep.h, 2);
    requires insula_protocol: Counter2_imp_call_Reset__in__Ready_3: !Counter2_imp_in(_ep.h, 3);
    requires insula_protocol: Counter2_imp_call_Reset__in__Answering: !Counter2_imp_in(_ep.h, 4);
    requires insula_protocol: Counter2_imp_call_Reset__in__Ready_5: !Counter2_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) ==>
        _reply->id == 7;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 1)) && _reply->id == 7 ==> Counter2_imp_in(_ep.h, 1);
*/
err_t Counter2_imp_call_Reset(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_reply);
/*@ requires insula_protocol: Counter2_imp_recv__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_recv__in__Ready: !Counter2_imp_in(_ep.h, 1);
    requires insula_protocol: Counter2_imp_recv__in__Closed: !Counter2_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 4)) ==>
        _msg->id == 5 || _msg->id == 8;
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 5)) ==>
        _msg->id == 7;
    ensures \result == 0 && _msg->id == 0 && \old(Counter2_imp_in(_ep.h, 0)) ==> Counter2_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Counter2_imp_in(_ep.h, 3)) ==> Counter2_imp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 5 && \old(Counter2_imp_in(_ep.h, 4)) ==> Counter2_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 7 && \old(Counter2_imp_in(_ep.h, 5)) ==> Counter2_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 8 && \old(Counter2_imp_in(_ep.h, 4)) ==> Counter2_imp_in(_ep.h, 1);
*/
err_t Counter2_imp_recv(Counter2_imp_t _ep, SIP_OUT Counter2_imp_msg_t *_msg);
/*@ requires insula_protocol: Counter2_imp_recv_Hello__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_recv_Hello__in__Ready: !Counter2_imp_in(_ep.h, 1);
    requires insula_protocol: Counter2_imp_recv_Hello__in__Closed: !Counter2_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 0)) ==> Counter2_imp_in(_ep.h, 1);
*/
err_t Counter2_imp_recv_Hello(Counter2_imp_t _ep, SIP_OUT Counter2_Hello_t *_msg);
/*@ requires insula_protocol: Counter2_imp_recv_AckGoodbye__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_recv_AckGoodbye__in__Ready: !Counter2_imp_in(_ep.h, 1);
    requires insula_protocol: Counter2_imp_recv_AckGoodbye__in__Closed: !Counter2_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 3)) ==> Counter2_imp_in(_ep.h, 2);
*/
err_t Counter2_imp_recv_AckGoodbye(Counter2_imp_t _ep);
/*@ requires insula_protocol: Counter2_imp_recv_Value__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_recv_Value__in__Ready: !Counter2_imp_in(_ep.h, 1);
    requires insula_protocol: Counter2_imp_recv_Value__in__Closed: !Counter2_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 4)) ==> Counter2_imp_in(_ep.h, 1);
*/
err_t Counter2_imp_recv_Value(Counter2_imp_t _ep, SIP_OUT Counter2_Value_t *_msg);
/*@ requires insula_protocol: Counter2_imp_recv_AckReset__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_recv_AckReset__in__Ready: !Counter2_imp_in(_ep.h, 1);
    requires insula_protocol: Counter2_imp_recv_AckReset__in__Closed: !Counter2_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 5)) ==> Counter2_imp_in(_ep.h, 1);
*/
err_t Counter2_imp_recv_AckReset(Counter2_imp_t _ep);
/*@ requires insula_protocol: Counter2_imp_recv_Saturated__known: Counter2_imp_known(_ep.h);
    requires insula_protocol: Counter2_imp_recv_Saturated__in__Ready: !Counter2_imp_in(_ep.h, 1);
    requires insula_protocol: Counter2_imp_recv_Saturated__in__Closed: !Counter2_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Counter2_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Counter2_imp_in(_ep.h, 4)) ==> Counter2_imp_in(_ep.h, 1);
*/
err_t Counter2_imp_recv_Saturated(Counter2_imp_t _ep, SIP_OUT Counter2_Saturated_t *_msg);
/*@ requires insula_protocol: Counter2_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Counter2_imp_case(Counter2_imp_t ep, const Counter2_imp_handlers_t *h);
/*@ requires insula_protocol: Counter2_exp_send_Hello__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_send_Hello__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_send_Hello__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_send_Hello__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_send_Hello__in__Answering: !Counter2_exp_in(_ep.h, 4);
    requires insula_protocol: Counter2_exp_send_Hello__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 0)) ==> Counter2_exp_in(_ep.h, 1);
*/
err_t Counter2_exp_send_Hello(Counter2_exp_t _ep, uint32_t version);
/*@ requires insula_protocol: Counter2_exp_call_Hello__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_call_Hello__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_call_Hello__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_call_Hello__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_call_Hello__in__Answering: !Counter2_exp_in(_ep.h, 4);
    requires insula_protocol: Counter2_exp_call_Hello__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 6;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Counter2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 0)) && _reply->id == 3 ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 0)) && _reply->id == 4 ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 0)) && _reply->id == 6 ==> Counter2_exp_in(_ep.h, 5);
*/
err_t Counter2_exp_call_Hello(Counter2_exp_t _ep, uint32_t version, SIP_OUT Counter2_exp_msg_t *_reply);
/*@ requires insula_protocol: Counter2_exp_send_AckGoodbye__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_send_AckGoodbye__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_send_AckGoodbye__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_send_AckGoodbye__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_send_AckGoodbye__in__Answering: !Counter2_exp_in(_ep.h, 4);
    requires insula_protocol: Counter2_exp_send_AckGoodbye__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 3)) ==> Counter2_exp_in(_ep.h, 2);
*/
err_t Counter2_exp_send_AckGoodbye(Counter2_exp_t _ep);
/*@ requires insula_protocol: Counter2_exp_send_Value__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_send_Value__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_send_Value__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_send_Value__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_send_Value__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_send_Value__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) ==> Counter2_exp_in(_ep.h, 1);
*/
err_t Counter2_exp_send_Value(Counter2_exp_t _ep, uint64_t total);
/*@ requires insula_protocol: Counter2_exp_call_Value__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_call_Value__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_call_Value__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_call_Value__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_call_Value__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_call_Value__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 6;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Counter2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) && _reply->id == 4 ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) && _reply->id == 6 ==> Counter2_exp_in(_ep.h, 5);
*/
err_t Counter2_exp_call_Value(Counter2_exp_t _ep, uint64_t total, SIP_OUT Counter2_exp_msg_t *_reply);
/*@ requires insula_protocol: Counter2_exp_send_AckReset__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_send_AckReset__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_send_AckReset__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_send_AckReset__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_send_AckReset__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_send_AckReset__in__Answering: !Counter2_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 5)) ==> Counter2_exp_in(_ep.h, 1);
*/
err_t Counter2_exp_send_AckReset(Counter2_exp_t _ep);
/*@ requires insula_protocol: Counter2_exp_call_AckReset__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_call_AckReset__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_call_AckReset__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_call_AckReset__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_call_AckReset__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_call_AckReset__in__Answering: !Counter2_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 6;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Counter2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 5)) && _reply->id == 4 ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 5)) && _reply->id == 6 ==> Counter2_exp_in(_ep.h, 5);
*/
err_t Counter2_exp_call_AckReset(Counter2_exp_t _ep, SIP_OUT Counter2_exp_msg_t *_reply);
/*@ requires insula_protocol: Counter2_exp_send_Saturated__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_send_Saturated__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_send_Saturated__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_send_Saturated__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_send_Saturated__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_send_Saturated__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) ==> Counter2_exp_in(_ep.h, 1);
*/
err_t Counter2_exp_send_Saturated(Counter2_exp_t _ep, uint64_t limit);
/*@ requires insula_protocol: Counter2_exp_call_Saturated__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_call_Saturated__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_call_Saturated__in__Ready: !Counter2_exp_in(_ep.h, 1);
    requires insula_protocol: Counter2_exp_call_Saturated__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_call_Saturated__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_call_Saturated__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 6;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Counter2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) && _reply->id == 4 ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 4)) && _reply->id == 6 ==> Counter2_exp_in(_ep.h, 5);
*/
err_t Counter2_exp_call_Saturated(Counter2_exp_t _ep, uint64_t limit, SIP_OUT Counter2_exp_msg_t *_reply);
/*@ requires insula_protocol: Counter2_exp_recv__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_recv__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_recv__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_recv__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_recv__in__Answering: !Counter2_exp_in(_ep.h, 4);
    requires insula_protocol: Counter2_exp_recv__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 3 || _msg->id == 4 || _msg->id == 6;
    ensures \result == 0 && _msg->id == 1 && \old(Counter2_exp_in(_ep.h, 1)) ==> Counter2_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 3 && \old(Counter2_exp_in(_ep.h, 1)) ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 4 && \old(Counter2_exp_in(_ep.h, 1)) ==> Counter2_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 6 && \old(Counter2_exp_in(_ep.h, 1)) ==> Counter2_exp_in(_ep.h, 5);
*/
err_t Counter2_exp_recv(Counter2_exp_t _ep, SIP_OUT Counter2_exp_msg_t *_msg);
/*@ requires insula_protocol: Counter2_exp_recv_Goodbye__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_recv_Goodbye__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_recv_Goodbye__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_recv_Goodbye__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_recv_Goodbye__in__Answering: !Counter2_exp_in(_ep.h, 4);
    requires insula_protocol: Counter2_exp_recv_Goodbye__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 1)) ==> Counter2_exp_in(_ep.h, 3);
*/
err_t Counter2_exp_recv_Goodbye(Counter2_exp_t _ep);
/*@ requires insula_protocol: Counter2_exp_recv_Add__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_recv_Add__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_recv_Add__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_recv_Add__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_recv_Add__in__Answering: !Counter2_exp_in(_ep.h, 4);
    requires insula_protocol: Counter2_exp_recv_Add__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 1)) ==> Counter2_exp_in(_ep.h, 4);
*/
err_t Counter2_exp_recv_Add(Counter2_exp_t _ep, SIP_OUT Counter2_Add_t *_msg);
/*@ requires insula_protocol: Counter2_exp_recv_Get__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_recv_Get__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_recv_Get__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_recv_Get__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_recv_Get__in__Answering: !Counter2_exp_in(_ep.h, 4);
    requires insula_protocol: Counter2_exp_recv_Get__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 1)) ==> Counter2_exp_in(_ep.h, 4);
*/
err_t Counter2_exp_recv_Get(Counter2_exp_t _ep);
/*@ requires insula_protocol: Counter2_exp_recv_Reset__known: Counter2_exp_known(_ep.h);
    requires insula_protocol: Counter2_exp_recv_Reset__in__Start: !Counter2_exp_in(_ep.h, 0);
    requires insula_protocol: Counter2_exp_recv_Reset__in__Closed: !Counter2_exp_in(_ep.h, 2);
    requires insula_protocol: Counter2_exp_recv_Reset__in__Ready_3: !Counter2_exp_in(_ep.h, 3);
    requires insula_protocol: Counter2_exp_recv_Reset__in__Answering: !Counter2_exp_in(_ep.h, 4);
    requires insula_protocol: Counter2_exp_recv_Reset__in__Ready_5: !Counter2_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Counter2_exp_in(_ep.h, 1)) ==> Counter2_exp_in(_ep.h, 5);
*/
err_t Counter2_exp_recv_Reset(Counter2_exp_t _ep);
/*@ requires insula_protocol: Counter2_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Counter2_exp_case(Counter2_exp_t ep, const Counter2_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_COUNTER2_ACSL_H */
