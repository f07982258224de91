/* generated from kv.contract by contractc — do not edit */
/* ACSL for the bindings of kv.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_KV_ACSL_H
#define INSULA_CONTRACTS_KV_ACSL_H

#include "kv.h"

/* ==== contract Kv ==== */

#ifndef INSULA_ACSL_MODEL_Kv
#define INSULA_ACSL_MODEL_Kv
#define Kv_S_Start 0
#define Kv_S_Ready 1
#define Kv_S_Closed 2
#define Kv_S_Ready_3 3
#define Kv_S_Ready_4 4
#define Kv_S_Ready_5 5

/*@ ghost extern int Service_imp_ghost_state[]; */
/*@ predicate Kv_imp_in{L}(chan_handle_t h, integer s) =
        \at(Service_imp_ghost_state[h], L) == s;
    predicate Kv_imp_known{L}(chan_handle_t h) =
        0 <= \at(Service_imp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Kv_imp_ghost_assume__known: 0 <= s < 6;
     assigns Service_imp_ghost_state[h];
     ensures Kv_imp_in(h, s); @/
  void Kv_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Service_exp_ghost_state[]; */
/*@ predicate Kv_exp_in{L}(chan_handle_t h, integer s) =
        \at(Service_exp_ghost_state[h], L) == s;
    predicate Kv_exp_known{L}(chan_handle_t h) =
        0 <= \at(Service_exp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Kv_exp_ghost_assume__known: 0 <= s < 6;
     assigns Service_exp_ghost_state[h];
     ensures Kv_exp_in(h, s); @/
  void Kv_exp_ghost_assume(chan_handle_t h, int s);
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

/*@ requires insula_protocol: Kv_imp_send_Goodbye__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_send_Goodbye__in__Start: !Kv_imp_in(_ep.h, 0);
    requires insula_protocol: Kv_imp_send_Goodbye__in__Closed: !Kv_imp_in(_ep.h, 2);
    requires insula_protocol: Kv_imp_send_Goodbye__in__Ready_3: !Kv_imp_in(_ep.h, 3);
    requires insula_protocol: Kv_imp_send_Goodbye__in__Ready_4: !Kv_imp_in(_ep.h, 4);
    requires insula_protocol: Kv_imp_send_Goodbye__in__Ready_5: !Kv_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) ==> Kv_imp_in(_ep.h, 3);
*/
err_t Kv_imp_send_Goodbye(Kv_imp_t _ep);
/*@ requires insula_protocol: Kv_imp_call_Goodbye__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_call_Goodbye__in__Start: !Kv_imp_in(_ep.h, 0);
    requires insula_protocol: Kv_imp_call_Goodbye__in__Closed: !Kv_imp_in(_ep.h, 2);
    requires insula_protocol: Kv_imp_call_Goodbye__in__Ready_3: !Kv_imp_in(_ep.h, 3);
    requires insula_protocol: Kv_imp_call_Goodbye__in__Ready_4: !Kv_imp_in(_ep.h, 4);
    requires insula_protocol: Kv_imp_call_Goodbye__in__Ready_5: !Kv_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Kv_imp_in(_ep.h, 2);
*/
err_t Kv_imp_call_Goodbye(Kv_imp_t _ep, SIP_OUT Kv_imp_msg_t *_reply);
/*@ requires insula_protocol: Kv_imp_send_Put__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_send_Put__in__Start: !Kv_imp_in(_ep.h, 0);
    requires insula_protocol: Kv_imp_send_Put__in__Closed: !Kv_imp_in(_ep.h, 2);
    requires insula_protocol: Kv_imp_send_Put__in__Ready_3: !Kv_imp_in(_ep.h, 3);
    requires insula_protocol: Kv_imp_send_Put__in__Ready_4: !Kv_imp_in(_ep.h, 4);
    requires insula_protocol: Kv_imp_send_Put__in__Ready_5: !Kv_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) ==> Kv_imp_in(_ep.h, 4);
*/
err_t Kv_imp_send_Put(Kv_imp_t _ep, xheap_handle_t key, uint64_t value);
/*@ requires insula_protocol: Kv_imp_call_Put__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_call_Put__in__Start: !Kv_imp_in(_ep.h, 0);
    requires insula_protocol: Kv_imp_call_Put__in__Closed: !Kv_imp_in(_ep.h, 2);
    requires insula_protocol: Kv_imp_call_Put__in__Ready_3: !Kv_imp_in(_ep.h, 3);
    requires insula_protocol: Kv_imp_call_Put__in__Ready_4: !Kv_imp_in(_ep.h, 4);
    requires insula_protocol: Kv_imp_call_Put__in__Ready_5: !Kv_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) ==>
        _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) && _reply->id == 4 ==> Kv_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) && _reply->id == 5 ==> Kv_imp_in(_ep.h, 1);
*/
err_t Kv_imp_call_Put(Kv_imp_t _ep, xheap_handle_t key, uint64_t value, SIP_OUT Kv_imp_msg_t *_reply);
/*@ requires insula_protocol: Kv_imp_send_Get__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_send_Get__in__Start: !Kv_imp_in(_ep.h, 0);
    requires insula_protocol: Kv_imp_send_Get__in__Closed: !Kv_imp_in(_ep.h, 2);
    requires insula_protocol: Kv_imp_send_Get__in__Ready_3: !Kv_imp_in(_ep.h, 3);
    requires insula_protocol: Kv_imp_send_Get__in__Ready_4: !Kv_imp_in(_ep.h, 4);
    requires insula_protocol: Kv_imp_send_Get__in__Ready_5: !Kv_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) ==> Kv_imp_in(_ep.h, 5);
*/
err_t Kv_imp_send_Get(Kv_imp_t _ep, xheap_handle_t key);
/*@ requires insula_protocol: Kv_imp_call_Get__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_call_Get__in__Start: !Kv_imp_in(_ep.h, 0);
    requires insula_protocol: Kv_imp_call_Get__in__Closed: !Kv_imp_in(_ep.h, 2);
    requires insula_protocol: Kv_imp_call_Get__in__Ready_3: !Kv_imp_in(_ep.h, 3);
    requires insula_protocol: Kv_imp_call_Get__in__Ready_4: !Kv_imp_in(_ep.h, 4);
    requires insula_protocol: Kv_imp_call_Get__in__Ready_5: !Kv_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) ==>
        _reply->id == 7 || _reply->id == 8;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) && _reply->id == 7 ==> Kv_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 1)) && _reply->id == 8 ==> Kv_imp_in(_ep.h, 1);
*/
err_t Kv_imp_call_Get(Kv_imp_t _ep, xheap_handle_t key, SIP_OUT Kv_imp_msg_t *_reply);
/*@ requires insula_protocol: Kv_imp_recv__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_recv__in__Ready: !Kv_imp_in(_ep.h, 1);
    requires insula_protocol: Kv_imp_recv__in__Closed: !Kv_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 4)) ==>
        _msg->id == 4 || _msg->id == 5;
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 5)) ==>
        _msg->id == 7 || _msg->id == 8;
    ensures \result == 0 && _msg->id == 0 && \old(Kv_imp_in(_ep.h, 0)) ==> Kv_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Kv_imp_in(_ep.h, 3)) ==> Kv_imp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 4 && \old(Kv_imp_in(_ep.h, 4)) ==> Kv_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 5 && \old(Kv_imp_in(_ep.h, 4)) ==> Kv_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 7 && \old(Kv_imp_in(_ep.h, 5)) ==> Kv_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 8 && \old(Kv_imp_in(_ep.h, 5)) ==> Kv_imp_in(_ep.h, 1);
*/
err_t Kv_imp_recv(Kv_imp_t _ep, SIP_OUT Kv_imp_msg_t *_msg);
/*@ requires insula_protocol: Kv_imp_recv_Hello__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_recv_Hello__in__Ready: !Kv_imp_in(_ep.h, 1);
    requires insula_protocol: Kv_imp_recv_Hello__in__Closed: !Kv_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 0)) ==> Kv_imp_in(_ep.h, 1);
*/
err_t Kv_imp_recv_Hello(Kv_imp_t _ep, SIP_OUT Kv_Hello_t *_msg);
/*@ requires insula_protocol: Kv_imp_recv_AckGoodbye__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_recv_AckGoodbye__in__Ready: !Kv_imp_in(_ep.h, 1);
    requires insula_protocol: Kv_imp_recv_AckGoodbye__in__Closed: !Kv_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 3)) ==> Kv_imp_in(_ep.h, 2);
*/
err_t Kv_imp_recv_AckGoodbye(Kv_imp_t _ep);
/*@ requires insula_protocol: Kv_imp_recv_AckPut__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_recv_AckPut__in__Ready: !Kv_imp_in(_ep.h, 1);
    requires insula_protocol: Kv_imp_recv_AckPut__in__Closed: !Kv_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 4)) ==> Kv_imp_in(_ep.h, 1);
*/
err_t Kv_imp_recv_AckPut(Kv_imp_t _ep);
/*@ requires insula_protocol: Kv_imp_recv_PutError__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_recv_PutError__in__Ready: !Kv_imp_in(_ep.h, 1);
    requires insula_protocol: Kv_imp_recv_PutError__in__Closed: !Kv_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 4)) ==> Kv_imp_in(_ep.h, 1);
*/
err_t Kv_imp_recv_PutError(Kv_imp_t _ep, SIP_OUT Kv_PutError_t *_msg);
/*@ requires insula_protocol: Kv_imp_recv_AckGet__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_recv_AckGet__in__Ready: !Kv_imp_in(_ep.h, 1);
    requires insula_protocol: Kv_imp_recv_AckGet__in__Closed: !Kv_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 5)) ==> Kv_imp_in(_ep.h, 1);
*/
err_t Kv_imp_recv_AckGet(Kv_imp_t _ep, SIP_OUT Kv_AckGet_t *_msg);
/*@ requires insula_protocol: Kv_imp_recv_GetError__known: Kv_imp_known(_ep.h);
    requires insula_protocol: Kv_imp_recv_GetError__in__Ready: !Kv_imp_in(_ep.h, 1);
    requires insula_protocol: Kv_imp_recv_GetError__in__Closed: !Kv_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kv_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Kv_imp_in(_ep.h, 5)) ==> Kv_imp_in(_ep.h, 1);
*/
err_t Kv_imp_recv_GetError(Kv_imp_t _ep, SIP_OUT Kv_GetError_t *_msg);
/*@ requires insula_protocol: Kv_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Kv_imp_case(Kv_imp_t ep, const Kv_imp_handlers_t *h);
/*@ requires insula_protocol: Kv_exp_send_Hello__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_send_Hello__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_send_Hello__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_send_Hello__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_send_Hello__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    requires insula_protocol: Kv_exp_send_Hello__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 0)) ==> Kv_exp_in(_ep.h, 1);
*/
err_t Kv_exp_send_Hello(Kv_exp_t _ep, uint32_t version);
/*@ requires insula_protocol: Kv_exp_call_Hello__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_call_Hello__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_call_Hello__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_call_Hello__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_call_Hello__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    requires insula_protocol: Kv_exp_call_Hello__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Kv_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 0)) && _reply->id == 3 ==> Kv_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 0)) && _reply->id == 6 ==> Kv_exp_in(_ep.h, 5);
*/
err_t Kv_exp_call_Hello(Kv_exp_t _ep, uint32_t version, SIP_OUT Kv_exp_msg_t *_reply);
/*@ requires insula_protocol: Kv_exp_send_AckGoodbye__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_send_AckGoodbye__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_send_AckGoodbye__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_send_AckGoodbye__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_send_AckGoodbye__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    requires insula_protocol: Kv_exp_send_AckGoodbye__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 3)) ==> Kv_exp_in(_ep.h, 2);
*/
err_t Kv_exp_send_AckGoodbye(Kv_exp_t _ep);
/*@ requires insula_protocol: Kv_exp_send_AckPut__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_send_AckPut__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_send_AckPut__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_send_AckPut__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_send_AckPut__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_send_AckPut__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) ==> Kv_exp_in(_ep.h, 1);
*/
err_t Kv_exp_send_AckPut(Kv_exp_t _ep);
/*@ requires insula_protocol: Kv_exp_call_AckPut__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_call_AckPut__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_call_AckPut__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_call_AckPut__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_call_AckPut__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_call_AckPut__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Kv_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Kv_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) && _reply->id == 6 ==> Kv_exp_in(_ep.h, 5);
*/
err_t Kv_exp_call_AckPut(Kv_exp_t _ep, SIP_OUT Kv_exp_msg_t *_reply);
/*@ requires insula_protocol: Kv_exp_send_PutError__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_send_PutError__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_send_PutError__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_send_PutError__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_send_PutError__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_send_PutError__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) ==> Kv_exp_in(_ep.h, 1);
*/
err_t Kv_exp_send_PutError(Kv_exp_t _ep, Kv_Error_t error);
/*@ requires insula_protocol: Kv_exp_call_PutError__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_call_PutError__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_call_PutError__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_call_PutError__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_call_PutError__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_call_PutError__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Kv_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Kv_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 4)) && _reply->id == 6 ==> Kv_exp_in(_ep.h, 5);
*/
err_t Kv_exp_call_PutError(Kv_exp_t _ep, Kv_Error_t error, SIP_OUT Kv_exp_msg_t *_reply);
/*@ requires insula_protocol: Kv_exp_send_AckGet__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_send_AckGet__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_send_AckGet__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_send_AckGet__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_send_AckGet__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_send_AckGet__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) ==> Kv_exp_in(_ep.h, 1);
*/
err_t Kv_exp_send_AckGet(Kv_exp_t _ep, uint64_t value);
/*@ requires insula_protocol: Kv_exp_call_AckGet__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_call_AckGet__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_call_AckGet__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_call_AckGet__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_call_AckGet__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_call_AckGet__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Kv_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Kv_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) && _reply->id == 6 ==> Kv_exp_in(_ep.h, 5);
*/
err_t Kv_exp_call_AckGet(Kv_exp_t _ep, uint64_t value, SIP_OUT Kv_exp_msg_t *_reply);
/*@ requires insula_protocol: Kv_exp_send_GetError__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_send_GetError__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_send_GetError__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_send_GetError__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_send_GetError__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_send_GetError__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) ==> Kv_exp_in(_ep.h, 1);
*/
err_t Kv_exp_send_GetError(Kv_exp_t _ep, Kv_Error_t error);
/*@ requires insula_protocol: Kv_exp_call_GetError__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_call_GetError__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_call_GetError__in__Ready: !Kv_exp_in(_ep.h, 1);
    requires insula_protocol: Kv_exp_call_GetError__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_call_GetError__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_call_GetError__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Kv_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Kv_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 5)) && _reply->id == 6 ==> Kv_exp_in(_ep.h, 5);
*/
err_t Kv_exp_call_GetError(Kv_exp_t _ep, Kv_Error_t error, SIP_OUT Kv_exp_msg_t *_reply);
/*@ requires insula_protocol: Kv_exp_recv__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_recv__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_recv__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_recv__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_recv__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    requires insula_protocol: Kv_exp_recv__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 3 || _msg->id == 6;
    ensures \result == 0 && _msg->id == 1 && \old(Kv_exp_in(_ep.h, 1)) ==> Kv_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 3 && \old(Kv_exp_in(_ep.h, 1)) ==> Kv_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 6 && \old(Kv_exp_in(_ep.h, 1)) ==> Kv_exp_in(_ep.h, 5);
*/
err_t Kv_exp_recv(Kv_exp_t _ep, SIP_OUT Kv_exp_msg_t *_msg);
/*@ requires insula_protocol: Kv_exp_recv_Goodbye__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_recv_Goodbye__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_recv_Goodbye__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_recv_Goodbye__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_recv_Goodbye__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    requires insula_protocol: Kv_exp_recv_Goodbye__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 1)) ==> Kv_exp_in(_ep.h, 3);
*/
err_t Kv_exp_recv_Goodbye(Kv_exp_t _ep);
/*@ requires insula_protocol: Kv_exp_recv_Put__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_recv_Put__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_recv_Put__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_recv_Put__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_recv_Put__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    requires insula_protocol: Kv_exp_recv_Put__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 1)) ==> Kv_exp_in(_ep.h, 4);
*/
err_t Kv_exp_recv_Put(Kv_exp_t _ep, SIP_OUT Kv_Put_t *_msg);
/*@ requires insula_protocol: Kv_exp_recv_Get__known: Kv_exp_known(_ep.h);
    requires insula_protocol: Kv_exp_recv_Get__in__Start: !Kv_exp_in(_ep.h, 0);
    requires insula_protocol: Kv_exp_recv_Get__in__Closed: !Kv_exp_in(_ep.h, 2);
    requires insula_protocol: Kv_exp_recv_Get__in__Ready_3: !Kv_exp_in(_ep.h, 3);
    requires insula_protocol: Kv_exp_recv_Get__in__Ready_4: !Kv_exp_in(_ep.h, 4);
    requires insula_protocol: Kv_exp_recv_Get__in__Ready_5: !Kv_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Kv_exp_in(_ep.h, 1)) ==> Kv_exp_in(_ep.h, 5);
*/
err_t Kv_exp_recv_Get(Kv_exp_t _ep, SIP_OUT Kv_Get_t *_msg);
/*@ requires insula_protocol: Kv_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Kv_exp_case(Kv_exp_t ep, const Kv_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_KV_ACSL_H */
