/* generated from versioning.contract by contractc — do not edit */
/* ACSL for the bindings of versioning.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_VERSIONING_ACSL_H
#define INSULA_CONTRACTS_VERSIONING_ACSL_H

#include "versioning.h"

/* ==== contract Link ==== */

#ifndef INSULA_ACSL_MODEL_Link
#define INSULA_ACSL_MODEL_Link
#define Link_S_Idle 0
#define Link_S_Up 1
#define Link_S_Idle_2 2
#define Link_S_Up_3 3

/*@ ghost extern int Link_imp_ghost_state[]; */
/*@ predicate Link_imp_in{L}(chan_handle_t h, integer s) =
        \at(Link_imp_ghost_state[h], L) == s;
    predicate Link_imp_known{L}(chan_handle_t h) =
        0 <= \at(Link_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Link_imp_ghost_assume__known: 0 <= s < 4;
     assigns Link_imp_ghost_state[h];
     ensures Link_imp_in(h, s); @/
  void Link_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Link_exp_ghost_state[]; */
/*@ predicate Link_exp_in{L}(chan_handle_t h, integer s) =
        \at(Link_exp_ghost_state[h], L) == s;
    predicate Link_exp_known{L}(chan_handle_t h) =
        0 <= \at(Link_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Link_exp_ghost_assume__known: 0 <= s < 4;
     assigns Link_exp_ghost_state[h];
     ensures Link_exp_in(h, s); @/
  void Link_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Link_imp_send_Connect__known: Link_imp_known(_ep.h);
    requires insula_protocol: Link_imp_send_Connect__in__Up: !Link_imp_in(_ep.h, 1);
    requires insula_protocol: Link_imp_send_Connect__in__Idle_2: !Link_imp_in(_ep.h, 2);
    requires insula_protocol: Link_imp_send_Connect__in__Up_3: !Link_imp_in(_ep.h, 3);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_imp_ghost_state[_ep.h] == \old(Link_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 0)) ==> Link_imp_in(_ep.h, 2);
*/
err_t Link_imp_send_Connect(Link_imp_t _ep);
/*@ requires insula_protocol: Link_imp_call_Connect__known: Link_imp_known(_ep.h);
    requires insula_protocol: Link_imp_call_Connect__in__Up: !Link_imp_in(_ep.h, 1);
    requires insula_protocol: Link_imp_call_Connect__in__Idle_2: !Link_imp_in(_ep.h, 2);
    requires insula_protocol: Link_imp_call_Connect__in__Up_3: !Link_imp_in(_ep.h, 3);
    assigns Link_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Link_imp_in(_ep.h, 1);
*/
err_t Link_imp_call_Connect(Link_imp_t _ep, SIP_OUT Link_imp_msg_t *_reply);
/*@ requires insula_protocol: Link_imp_send_Send__known: Link_imp_known(_ep.h);
    requires insula_protocol: Link_imp_send_Send__in__Idle: !Link_imp_in(_ep.h, 0);
    requires insula_protocol: Link_imp_send_Send__in__Idle_2: !Link_imp_in(_ep.h, 2);
    requires insula_protocol: Link_imp_send_Send__in__Up_3: !Link_imp_in(_ep.h, 3);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_imp_ghost_state[_ep.h] == \old(Link_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 1)) ==> Link_imp_in(_ep.h, 3);
*/
err_t Link_imp_send_Send(Link_imp_t _ep, uint32_t word);
/*@ requires insula_protocol: Link_imp_call_Send__known: Link_imp_known(_ep.h);
    requires insula_protocol: Link_imp_call_Send__in__Idle: !Link_imp_in(_ep.h, 0);
    requires insula_protocol: Link_imp_call_Send__in__Idle_2: !Link_imp_in(_ep.h, 2);
    requires insula_protocol: Link_imp_call_Send__in__Up_3: !Link_imp_in(_ep.h, 3);
    assigns Link_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 1)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 1)) && _reply->id == 3 ==> Link_imp_in(_ep.h, 1);
*/
err_t Link_imp_call_Send(Link_imp_t _ep, uint32_t word, SIP_OUT Link_imp_msg_t *_reply);
/*@ requires insula_protocol: Link_imp_recv__known: Link_imp_known(_ep.h);
    requires insula_protocol: Link_imp_recv__in__Idle: !Link_imp_in(_ep.h, 0);
    requires insula_protocol: Link_imp_recv__in__Up: !Link_imp_in(_ep.h, 1);
    assigns Link_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 2)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 3)) ==>
        _msg->id == 3;
    ensures \result == 0 && _msg->id == 1 && \old(Link_imp_in(_ep.h, 2)) ==> Link_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 3 && \old(Link_imp_in(_ep.h, 3)) ==> Link_imp_in(_ep.h, 1);
*/
err_t Link_imp_recv(Link_imp_t _ep, SIP_OUT Link_imp_msg_t *_msg);
/*@ requires insula_protocol: Link_imp_recv_Connected__known: Link_imp_known(_ep.h);
    requires insula_protocol: Link_imp_recv_Connected__in__Idle: !Link_imp_in(_ep.h, 0);
    requires insula_protocol: Link_imp_recv_Connected__in__Up: !Link_imp_in(_ep.h, 1);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Link_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 2)) ==> Link_imp_in(_ep.h, 1);
*/
err_t Link_imp_recv_Connected(Link_imp_t _ep);
/*@ requires insula_protocol: Link_imp_recv_Sent__known: Link_imp_known(_ep.h);
    requires insula_protocol: Link_imp_recv_Sent__in__Idle: !Link_imp_in(_ep.h, 0);
    requires insula_protocol: Link_imp_recv_Sent__in__Up: !Link_imp_in(_ep.h, 1);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Link_imp_in(_ep.h, 2));
    ensures \result == 0 && \old(Link_imp_in(_ep.h, 3)) ==> Link_imp_in(_ep.h, 1);
*/
err_t Link_imp_recv_Sent(Link_imp_t _ep);
/*@ requires insula_protocol: Link_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Link_imp_case(Link_imp_t ep, const Link_imp_handlers_t *h);
/*@ requires insula_protocol: Link_exp_send_Connected__known: Link_exp_known(_ep.h);
    requires insula_protocol: Link_exp_send_Connected__in__Idle: !Link_exp_in(_ep.h, 0);
    requires insula_protocol: Link_exp_send_Connected__in__Up: !Link_exp_in(_ep.h, 1);
    requires insula_protocol: Link_exp_send_Connected__in__Up_3: !Link_exp_in(_ep.h, 3);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_exp_ghost_state[_ep.h] == \old(Link_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 2)) ==> Link_exp_in(_ep.h, 1);
*/
err_t Link_exp_send_Connected(Link_exp_t _ep);
/*@ requires insula_protocol: Link_exp_call_Connected__known: Link_exp_known(_ep.h);
    requires insula_protocol: Link_exp_call_Connected__in__Idle: !Link_exp_in(_ep.h, 0);
    requires insula_protocol: Link_exp_call_Connected__in__Up: !Link_exp_in(_ep.h, 1);
    requires insula_protocol: Link_exp_call_Connected__in__Up_3: !Link_exp_in(_ep.h, 3);
    assigns Link_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 2)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Link_exp_in(_ep.h, 3);
*/
err_t Link_exp_call_Connected(Link_exp_t _ep, SIP_OUT Link_exp_msg_t *_reply);
/*@ requires insula_protocol: Link_exp_send_Sent__known: Link_exp_known(_ep.h);
    requires insula_protocol: Link_exp_send_Sent__in__Idle: !Link_exp_in(_ep.h, 0);
    requires insula_protocol: Link_exp_send_Sent__in__Up: !Link_exp_in(_ep.h, 1);
    requires insula_protocol: Link_exp_send_Sent__in__Idle_2: !Link_exp_in(_ep.h, 2);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_exp_ghost_state[_ep.h] == \old(Link_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 3)) ==> Link_exp_in(_ep.h, 1);
*/
err_t Link_exp_send_Sent(Link_exp_t _ep);
/*@ requires insula_protocol: Link_exp_call_Sent__known: Link_exp_known(_ep.h);
    requires insula_protocol: Link_exp_call_Sent__in__Idle: !Link_exp_in(_ep.h, 0);
    requires insula_protocol: Link_exp_call_Sent__in__Up: !Link_exp_in(_ep.h, 1);
    requires insula_protocol: Link_exp_call_Sent__in__Idle_2: !Link_exp_in(_ep.h, 2);
    assigns Link_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 3)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 3)) && _reply->id == 2 ==> Link_exp_in(_ep.h, 3);
*/
err_t Link_exp_call_Sent(Link_exp_t _ep, SIP_OUT Link_exp_msg_t *_reply);
/*@ requires insula_protocol: Link_exp_recv__known: Link_exp_known(_ep.h);
    requires insula_protocol: Link_exp_recv__in__Idle_2: !Link_exp_in(_ep.h, 2);
    requires insula_protocol: Link_exp_recv__in__Up_3: !Link_exp_in(_ep.h, 3);
    assigns Link_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 1)) ==>
        _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Link_exp_in(_ep.h, 0)) ==> Link_exp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 2 && \old(Link_exp_in(_ep.h, 1)) ==> Link_exp_in(_ep.h, 3);
*/
err_t Link_exp_recv(Link_exp_t _ep, SIP_OUT Link_exp_msg_t *_msg);
/*@ requires insula_protocol: Link_exp_recv_Connect__known: Link_exp_known(_ep.h);
    requires insula_protocol: Link_exp_recv_Connect__in__Idle_2: !Link_exp_in(_ep.h, 2);
    requires insula_protocol: Link_exp_recv_Connect__in__Up_3: !Link_exp_in(_ep.h, 3);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Link_exp_in(_ep.h, 1));
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 0)) ==> Link_exp_in(_ep.h, 2);
*/
err_t Link_exp_recv_Connect(Link_exp_t _ep);
/*@ requires insula_protocol: Link_exp_recv_Send__known: Link_exp_known(_ep.h);
    requires insula_protocol: Link_exp_recv_Send__in__Idle_2: !Link_exp_in(_ep.h, 2);
    requires insula_protocol: Link_exp_recv_Send__in__Up_3: !Link_exp_in(_ep.h, 3);
    assigns Link_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Link_exp_in(_ep.h, 0));
    ensures \result == 0 && \old(Link_exp_in(_ep.h, 1)) ==> Link_exp_in(_ep.h, 3);
*/
err_t Link_exp_recv_Send(Link_exp_t _ep, SIP_OUT Link_Send_t *_msg);
/*@ requires insula_protocol: Link_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Link_exp_case(Link_exp_t ep, const Link_exp_handlers_t *h);

/* ==== contract Link2 ==== */

#ifndef INSULA_ACSL_MODEL_Link2
#define INSULA_ACSL_MODEL_Link2
#define Link2_S_Idle 0
#define Link2_S_Up 1
#define Link2_S_Idle_2 2
#define Link2_S_Up_3 3
#define Link2_S_Draining 4
#define Link2_S_Up_5 5
#define Link2_S_Draining_6 6

/*@ ghost extern int Link_imp_ghost_state[]; */
/*@ predicate Link2_imp_in{L}(chan_handle_t h, integer s) =
        \at(Link_imp_ghost_state[h], L) == s;
    predicate Link2_imp_known{L}(chan_handle_t h) =
        0 <= \at(Link_imp_ghost_state[h], L) < 7;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Link2_imp_ghost_assume__known: 0 <= s < 7;
     assigns Link_imp_ghost_state[h];
     ensures Link2_imp_in(h, s); @/
  void Link2_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Link_exp_ghost_state[]; */
/*@ predicate Link2_exp_in{L}(chan_handle_t h, integer s) =
        \at(Link_exp_ghost_state[h], L) == s;
    predicate Link2_exp_known{L}(chan_handle_t h) =
        0 <= \at(Link_exp_ghost_state[h], L) < 7;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Link2_exp_ghost_assume__known: 0 <= s < 7;
     assigns Link_exp_ghost_state[h];
     ensures Link2_exp_in(h, s); @/
  void Link2_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Link
#define INSULA_ACSL_MODEL_Link
#define Link_S_Idle 0
#define Link_S_Up 1
#define Link_S_Idle_2 2
#define Link_S_Up_3 3

/*@ ghost extern int Link_imp_ghost_state[]; */
/*@ predicate Link_imp_in{L}(chan_handle_t h, integer s) =
        \at(Link_imp_ghost_state[h], L) == s;
    predicate Link_imp_known{L}(chan_handle_t h) =
        0 <= \at(Link_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Link_imp_ghost_assume__known: 0 <= s < 4;
     assigns Link_imp_ghost_state[h];
     ensures Link_imp_in(h, s); @/
  void Link_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Link_exp_ghost_state[]; */
/*@ predicate Link_exp_in{L}(chan_handle_t h, integer s) =
        \at(Link_exp_ghost_state[h], L) == s;
    predicate Link_exp_known{L}(chan_handle_t h) =
        0 <= \at(Link_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Link_exp_ghost_assume__known: 0 <= s < 4;
     assigns Link_exp_ghost_state[h];
     ensures Link_exp_in(h, s); @/
  void Link_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Link2_imp_send_Connect__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_send_Connect__in__Up: !Link2_imp_in(_ep.h, 1);
    requires insula_protocol: Link2_imp_send_Connect__in__Idle_2: !Link2_imp_in(_ep.h, 2);
    requires insula_protocol: Link2_imp_send_Connect__in__Up_3: !Link2_imp_in(_ep.h, 3);
    requires insula_protocol: Link2_imp_send_Connect__in__Draining: !Link2_imp_in(_ep.h, 4);
    requires insula_protocol: Link2_imp_send_Connect__in__Up_5: !Link2_imp_in(_ep.h, 5);
    requires insula_protocol: Link2_imp_send_Connect__in__Draining_6: !Link2_imp_in(_ep.h, 6);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_imp_ghost_state[_ep.h] == \old(Link_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 0)) ==> Link2_imp_in(_ep.h, 2);
*/
err_t Link2_imp_send_Connect(Link2_imp_t _ep);
/*@ requires insula_protocol: Link2_imp_call_Connect__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_call_Connect__in__Up: !Link2_imp_in(_ep.h, 1);
    requires insula_protocol: Link2_imp_call_Connect__in__Idle_2: !Link2_imp_in(_ep.h, 2);
    requires insula_protocol: Link2_imp_call_Connect__in__Up_3: !Link2_imp_in(_ep.h, 3);
    requires insula_protocol: Link2_imp_call_Connect__in__Draining: !Link2_imp_in(_ep.h, 4);
    requires insula_protocol: Link2_imp_call_Connect__in__Up_5: !Link2_imp_in(_ep.h, 5);
    requires insula_protocol: Link2_imp_call_Connect__in__Draining_6: !Link2_imp_in(_ep.h, 6);
    assigns Link_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Link2_imp_in(_ep.h, 1);
*/
err_t Link2_imp_call_Connect(Link2_imp_t _ep, SIP_OUT Link2_imp_msg_t *_reply);
/*@ requires insula_protocol: Link2_imp_send_Send__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_send_Send__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_send_Send__in__Idle_2: !Link2_imp_in(_ep.h, 2);
    requires insula_protocol: Link2_imp_send_Send__in__Up_3: !Link2_imp_in(_ep.h, 3);
    requires insula_protocol: Link2_imp_send_Send__in__Up_5: !Link2_imp_in(_ep.h, 5);
    requires insula_protocol: Link2_imp_send_Send__in__Draining_6: !Link2_imp_in(_ep.h, 6);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_imp_ghost_state[_ep.h] == \old(Link_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 1)) ==> Link2_imp_in(_ep.h, 3);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 4)) ==> Link2_imp_in(_ep.h, 6);
*/
err_t Link2_imp_send_Send(Link2_imp_t _ep, uint32_t word);
/*@ requires insula_protocol: Link2_imp_call_Send__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_call_Send__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_call_Send__in__Idle_2: !Link2_imp_in(_ep.h, 2);
    requires insula_protocol: Link2_imp_call_Send__in__Up_3: !Link2_imp_in(_ep.h, 3);
    requires insula_protocol: Link2_imp_call_Send__in__Up_5: !Link2_imp_in(_ep.h, 5);
    requires insula_protocol: Link2_imp_call_Send__in__Draining_6: !Link2_imp_in(_ep.h, 6);
    assigns Link_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 1)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 1)) && _reply->id == 3 ==> Link2_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 4)) ==>
        _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 4)) && _reply->id == 3 ==> Link2_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 4)) && _reply->id == 6 ==> Link2_imp_in(_ep.h, 1);
*/
err_t Link2_imp_call_Send(Link2_imp_t _ep, uint32_t word, SIP_OUT Link2_imp_msg_t *_reply);
/*@ requires insula_protocol: Link2_imp_send_Drain__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_send_Drain__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_send_Drain__in__Idle_2: !Link2_imp_in(_ep.h, 2);
    requires insula_protocol: Link2_imp_send_Drain__in__Up_3: !Link2_imp_in(_ep.h, 3);
    requires insula_protocol: Link2_imp_send_Drain__in__Draining: !Link2_imp_in(_ep.h, 4);
    requires insula_protocol: Link2_imp_send_Drain__in__Up_5: !Link2_imp_in(_ep.h, 5);
    requires insula_protocol: Link2_imp_send_Drain__in__Draining_6: !Link2_imp_in(_ep.h, 6);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_imp_ghost_state[_ep.h] == \old(Link_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 1)) ==> Link2_imp_in(_ep.h, 5);
*/
err_t Link2_imp_send_Drain(Link2_imp_t _ep);
/*@ requires insula_protocol: Link2_imp_call_Drain__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_call_Drain__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_call_Drain__in__Idle_2: !Link2_imp_in(_ep.h, 2);
    requires insula_protocol: Link2_imp_call_Drain__in__Up_3: !Link2_imp_in(_ep.h, 3);
    requires insula_protocol: Link2_imp_call_Drain__in__Draining: !Link2_imp_in(_ep.h, 4);
    requires insula_protocol: Link2_imp_call_Drain__in__Up_5: !Link2_imp_in(_ep.h, 5);
    requires insula_protocol: Link2_imp_call_Drain__in__Draining_6: !Link2_imp_in(_ep.h, 6);
    assigns Link_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 1)) ==>
        _reply->id == 5 || _reply->id == 6;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 1)) && _reply->id == 5 ==> Link2_imp_in(_ep.h, 4);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 1)) && _reply->id == 6 ==> Link2_imp_in(_ep.h, 4);
*/
err_t Link2_imp_call_Drain(Link2_imp_t _ep, SIP_OUT Link2_imp_msg_t *_reply);
/*@ requires insula_protocol: Link2_imp_recv__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_recv__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_recv__in__Up: !Link2_imp_in(_ep.h, 1);
    requires insula_protocol: Link2_imp_recv__in__Draining: !Link2_imp_in(_ep.h, 4);
    assigns Link_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 2)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 3)) ==>
        _msg->id == 3;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 5)) ==>
        _msg->id == 5 || _msg->id == 6;
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 6)) ==>
        _msg->id == 3 || _msg->id == 6;
    ensures \result == 0 && _msg->id == 1 && \old(Link2_imp_in(_ep.h, 2)) ==> Link2_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 3 && \old(Link2_imp_in(_ep.h, 3)) ==> Link2_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 3 && \old(Link2_imp_in(_ep.h, 6)) ==> Link2_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 5 && \old(Link2_imp_in(_ep.h, 5)) ==> Link2_imp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 6 && \old(Link2_imp_in(_ep.h, 5)) ==> Link2_imp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 6 && \old(Link2_imp_in(_ep.h, 6)) ==> Link2_imp_in(_ep.h, 1);
*/
err_t Link2_imp_recv(Link2_imp_t _ep, SIP_OUT Link2_imp_msg_t *_msg);
/*@ requires insula_protocol: Link2_imp_recv_Connected__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_recv_Connected__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_recv_Connected__in__Up: !Link2_imp_in(_ep.h, 1);
    requires insula_protocol: Link2_imp_recv_Connected__in__Draining: !Link2_imp_in(_ep.h, 4);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 6));
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 2)) ==> Link2_imp_in(_ep.h, 1);
*/
err_t Link2_imp_recv_Connected(Link2_imp_t _ep);
/*@ requires insula_protocol: Link2_imp_recv_Sent__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_recv_Sent__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_recv_Sent__in__Up: !Link2_imp_in(_ep.h, 1);
    requires insula_protocol: Link2_imp_recv_Sent__in__Draining: !Link2_imp_in(_ep.h, 4);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 3)) ==> Link2_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 6)) ==> Link2_imp_in(_ep.h, 1);
*/
err_t Link2_imp_recv_Sent(Link2_imp_t _ep);
/*@ requires insula_protocol: Link2_imp_recv_Drained__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_recv_Drained__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_recv_Drained__in__Up: !Link2_imp_in(_ep.h, 1);
    requires insula_protocol: Link2_imp_recv_Drained__in__Draining: !Link2_imp_in(_ep.h, 4);
    assigns Link_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 6));
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 5)) ==> Link2_imp_in(_ep.h, 4);
*/
err_t Link2_imp_recv_Drained(Link2_imp_t _ep, SIP_OUT Link2_Drained_t *_msg);
/*@ requires insula_protocol: Link2_imp_recv_Busy__known: Link2_imp_known(_ep.h);
    requires insula_protocol: Link2_imp_recv_Busy__in__Idle: !Link2_imp_in(_ep.h, 0);
    requires insula_protocol: Link2_imp_recv_Busy__in__Up: !Link2_imp_in(_ep.h, 1);
    requires insula_protocol: Link2_imp_recv_Busy__in__Draining: !Link2_imp_in(_ep.h, 4);
    assigns Link_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(Link2_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 5)) ==> Link2_imp_in(_ep.h, 4);
    ensures \result == 0 && \old(Link2_imp_in(_ep.h, 6)) ==> Link2_imp_in(_ep.h, 1);
*/
err_t Link2_imp_recv_Busy(Link2_imp_t _ep);
/*@ requires insula_protocol: Link2_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Link2_imp_case(Link2_imp_t ep, const Link2_imp_handlers_t *h);
/*@ requires insula_protocol: Link2_exp_send_Connected__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_send_Connected__in__Idle: !Link2_exp_in(_ep.h, 0);
    requires insula_protocol: Link2_exp_send_Connected__in__Up: !Link2_exp_in(_ep.h, 1);
    requires insula_protocol: Link2_exp_send_Connected__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_send_Connected__in__Draining: !Link2_exp_in(_ep.h, 4);
    requires insula_protocol: Link2_exp_send_Connected__in__Up_5: !Link2_exp_in(_ep.h, 5);
    requires insula_protocol: Link2_exp_send_Connected__in__Draining_6: !Link2_exp_in(_ep.h, 6);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_exp_ghost_state[_ep.h] == \old(Link_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 2)) ==> Link2_exp_in(_ep.h, 1);
*/
err_t Link2_exp_send_Connected(Link2_exp_t _ep);
/*@ requires insula_protocol: Link2_exp_call_Connected__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_call_Connected__in__Idle: !Link2_exp_in(_ep.h, 0);
    requires insula_protocol: Link2_exp_call_Connected__in__Up: !Link2_exp_in(_ep.h, 1);
    requires insula_protocol: Link2_exp_call_Connected__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_call_Connected__in__Draining: !Link2_exp_in(_ep.h, 4);
    requires insula_protocol: Link2_exp_call_Connected__in__Up_5: !Link2_exp_in(_ep.h, 5);
    requires insula_protocol: Link2_exp_call_Connected__in__Draining_6: !Link2_exp_in(_ep.h, 6);
    assigns Link_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 2)) ==>
        _reply->id == 2 || _reply->id == 4;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Link2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 2)) && _reply->id == 4 ==> Link2_exp_in(_ep.h, 5);
*/
err_t Link2_exp_call_Connected(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply);
/*@ requires insula_protocol: Link2_exp_send_Sent__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_send_Sent__in__Idle: !Link2_exp_in(_ep.h, 0);
    requires insula_protocol: Link2_exp_send_Sent__in__Up: !Link2_exp_in(_ep.h, 1);
    requires insula_protocol: Link2_exp_send_Sent__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_send_Sent__in__Draining: !Link2_exp_in(_ep.h, 4);
    requires insula_protocol: Link2_exp_send_Sent__in__Up_5: !Link2_exp_in(_ep.h, 5);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_exp_ghost_state[_ep.h] == \old(Link_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 3)) ==> Link2_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 6)) ==> Link2_exp_in(_ep.h, 1);
*/
err_t Link2_exp_send_Sent(Link2_exp_t _ep);
/*@ requires insula_protocol: Link2_exp_call_Sent__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_call_Sent__in__Idle: !Link2_exp_in(_ep.h, 0);
    requires insula_protocol: Link2_exp_call_Sent__in__Up: !Link2_exp_in(_ep.h, 1);
    requires insula_protocol: Link2_exp_call_Sent__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_call_Sent__in__Draining: !Link2_exp_in(_ep.h, 4);
    requires insula_protocol: Link2_exp_call_Sent__in__Up_5: !Link2_exp_in(_ep.h, 5);
    assigns Link_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 3)) ==>
        _reply->id == 2 || _reply->id == 4;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 3)) && _reply->id == 2 ==> Link2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 3)) && _reply->id == 4 ==> Link2_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 6)) ==>
        _reply->id == 2 || _reply->id == 4;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 6)) && _reply->id == 2 ==> Link2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 6)) && _reply->id == 4 ==> Link2_exp_in(_ep.h, 5);
*/
err_t Link2_exp_call_Sent(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply);
/*@ requires insula_protocol: Link2_exp_send_Drained__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_send_Drained__in__Idle: !Link2_exp_in(_ep.h, 0);
    requires insula_protocol: Link2_exp_send_Drained__in__Up: !Link2_exp_in(_ep.h, 1);
    requires insula_protocol: Link2_exp_send_Drained__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_send_Drained__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_send_Drained__in__Draining: !Link2_exp_in(_ep.h, 4);
    requires insula_protocol: Link2_exp_send_Drained__in__Draining_6: !Link2_exp_in(_ep.h, 6);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_exp_ghost_state[_ep.h] == \old(Link_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 5)) ==> Link2_exp_in(_ep.h, 4);
*/
err_t Link2_exp_send_Drained(Link2_exp_t _ep, uint32_t words);
/*@ requires insula_protocol: Link2_exp_call_Drained__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_call_Drained__in__Idle: !Link2_exp_in(_ep.h, 0);
    requires insula_protocol: Link2_exp_call_Drained__in__Up: !Link2_exp_in(_ep.h, 1);
    requires insula_protocol: Link2_exp_call_Drained__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_call_Drained__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_call_Drained__in__Draining: !Link2_exp_in(_ep.h, 4);
    requires insula_protocol: Link2_exp_call_Drained__in__Draining_6: !Link2_exp_in(_ep.h, 6);
    assigns Link_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 5)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 5)) && _reply->id == 2 ==> Link2_exp_in(_ep.h, 6);
*/
err_t Link2_exp_call_Drained(Link2_exp_t _ep, uint32_t words, SIP_OUT Link2_exp_msg_t *_reply);
/*@ requires insula_protocol: Link2_exp_send_Busy__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_send_Busy__in__Idle: !Link2_exp_in(_ep.h, 0);
    requires insula_protocol: Link2_exp_send_Busy__in__Up: !Link2_exp_in(_ep.h, 1);
    requires insula_protocol: Link2_exp_send_Busy__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_send_Busy__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_send_Busy__in__Draining: !Link2_exp_in(_ep.h, 4);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Link_exp_ghost_state[_ep.h] == \old(Link_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 5)) ==> Link2_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 6)) ==> Link2_exp_in(_ep.h, 1);
*/
err_t Link2_exp_send_Busy(Link2_exp_t _ep);
/*@ requires insula_protocol: Link2_exp_call_Busy__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_call_Busy__in__Idle: !Link2_exp_in(_ep.h, 0);
    requires insula_protocol: Link2_exp_call_Busy__in__Up: !Link2_exp_in(_ep.h, 1);
    requires insula_protocol: Link2_exp_call_Busy__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_call_Busy__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_call_Busy__in__Draining: !Link2_exp_in(_ep.h, 4);
    assigns Link_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 5)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 5)) && _reply->id == 2 ==> Link2_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 6)) ==>
        _reply->id == 2 || _reply->id == 4;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 6)) && _reply->id == 2 ==> Link2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 6)) && _reply->id == 4 ==> Link2_exp_in(_ep.h, 5);
*/
err_t Link2_exp_call_Busy(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_reply);
/*@ requires insula_protocol: Link2_exp_recv__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_recv__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_recv__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_recv__in__Up_5: !Link2_exp_in(_ep.h, 5);
    requires insula_protocol: Link2_exp_recv__in__Draining_6: !Link2_exp_in(_ep.h, 6);
    assigns Link_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 1)) ==>
        _msg->id == 2 || _msg->id == 4;
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 4)) ==>
        _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Link2_exp_in(_ep.h, 0)) ==> Link2_exp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 2 && \old(Link2_exp_in(_ep.h, 1)) ==> Link2_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 2 && \old(Link2_exp_in(_ep.h, 4)) ==> Link2_exp_in(_ep.h, 6);
    ensures \result == 0 && _msg->id == 4 && \old(Link2_exp_in(_ep.h, 1)) ==> Link2_exp_in(_ep.h, 5);
*/
err_t Link2_exp_recv(Link2_exp_t _ep, SIP_OUT Link2_exp_msg_t *_msg);
/*@ requires insula_protocol: Link2_exp_recv_Connect__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_recv_Connect__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_recv_Connect__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_recv_Connect__in__Up_5: !Link2_exp_in(_ep.h, 5);
    requires insula_protocol: Link2_exp_recv_Connect__in__Draining_6: !Link2_exp_in(_ep.h, 6);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Link2_exp_in(_ep.h, 1));
    ensures \result != 0 || !\old(Link2_exp_in(_ep.h, 4));
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 0)) ==> Link2_exp_in(_ep.h, 2);
*/
err_t Link2_exp_recv_Connect(Link2_exp_t _ep);
/*@ requires insula_protocol: Link2_exp_recv_Send__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_recv_Send__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_recv_Send__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_recv_Send__in__Up_5: !Link2_exp_in(_ep.h, 5);
    requires insula_protocol: Link2_exp_recv_Send__in__Draining_6: !Link2_exp_in(_ep.h, 6);
    assigns Link_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Link2_exp_in(_ep.h, 0));
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 1)) ==> Link2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 4)) ==> Link2_exp_in(_ep.h, 6);
*/
err_t Link2_exp_recv_Send(Link2_exp_t _ep, SIP_OUT Link2_Send_t *_msg);
/*@ requires insula_protocol: Link2_exp_recv_Drain__known: Link2_exp_known(_ep.h);
    requires insula_protocol: Link2_exp_recv_Drain__in__Idle_2: !Link2_exp_in(_ep.h, 2);
    requires insula_protocol: Link2_exp_recv_Drain__in__Up_3: !Link2_exp_in(_ep.h, 3);
    requires insula_protocol: Link2_exp_recv_Drain__in__Up_5: !Link2_exp_in(_ep.h, 5);
    requires insula_protocol: Link2_exp_recv_Drain__in__Draining_6: !Link2_exp_in(_ep.h, 6);
    assigns Link_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Link2_exp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Link2_exp_in(_ep.h, 4));
    ensures \result == 0 && \old(Link2_exp_in(_ep.h, 1)) ==> Link2_exp_in(_ep.h, 5);
*/
err_t Link2_exp_recv_Drain(Link2_exp_t _ep);
/*@ requires insula_protocol: Link2_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Link2_exp_case(Link2_exp_t ep, const Link2_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_VERSIONING_ACSL_H */
