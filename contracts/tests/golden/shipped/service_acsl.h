/* generated from service.contract by contractc — do not edit */
/* ACSL for the bindings of service.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_SERVICE_ACSL_H
#define INSULA_CONTRACTS_SERVICE_ACSL_H

#include "service.h"

/* ==== contract Service ==== */

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

/*@ requires insula_protocol: Service_imp_send_Goodbye__known: Service_imp_known(_ep.h);
    requires insula_protocol: Service_imp_send_Goodbye__in__Start: !Service_imp_in(_ep.h, 0);
    requires insula_protocol: Service_imp_send_Goodbye__in__Closed: !Service_imp_in(_ep.h, 2);
    requires insula_protocol: Service_imp_send_Goodbye__in__Ready_3: !Service_imp_in(_ep.h, 3);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Service_imp_in(_ep.h, 1)) ==> Service_imp_in(_ep.h, 3);
*/
err_t Service_imp_send_Goodbye(Service_imp_t _ep);
/*@ requires insula_protocol: Service_imp_call_Goodbye__known: Service_imp_known(_ep.h);
    requires insula_protocol: Service_imp_call_Goodbye__in__Start: !Service_imp_in(_ep.h, 0);
    requires insula_protocol: Service_imp_call_Goodbye__in__Closed: !Service_imp_in(_ep.h, 2);
    requires insula_protocol: Service_imp_call_Goodbye__in__Ready_3: !Service_imp_in(_ep.h, 3);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Service_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Service_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Service_imp_in(_ep.h, 2);
*/
err_t Service_imp_call_Goodbye(Service_imp_t _ep, SIP_OUT Service_imp_msg_t *_reply);
/*@ requires insula_protocol: Service_imp_recv__known: Service_imp_known(_ep.h);
    requires insula_protocol: Service_imp_recv__in__Ready: !Service_imp_in(_ep.h, 1);
    requires insula_protocol: Service_imp_recv__in__Closed: !Service_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Service_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Service_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Service_imp_in(_ep.h, 0)) ==> Service_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Service_imp_in(_ep.h, 3)) ==> Service_imp_in(_ep.h, 2);
*/
err_t Service_imp_recv(Service_imp_t _ep, SIP_OUT Service_imp_msg_t *_msg);
/*@ requires insula_protocol: Service_imp_recv_Hello__known: Service_imp_known(_ep.h);
    requires insula_protocol: Service_imp_recv_Hello__in__Ready: !Service_imp_in(_ep.h, 1);
    requires insula_protocol: Service_imp_recv_Hello__in__Closed: !Service_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Service_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(Service_imp_in(_ep.h, 0)) ==> Service_imp_in(_ep.h, 1);
*/
err_t Service_imp_recv_Hello(Service_imp_t _ep, SIP_OUT Service_Hello_t *_msg);
/*@ requires insula_protocol: Service_imp_recv_AckGoodbye__known: Service_imp_known(_ep.h);
    requires insula_protocol: Service_imp_recv_AckGoodbye__in__Ready: !Service_imp_in(_ep.h, 1);
    requires insula_protocol: Service_imp_recv_AckGoodbye__in__Closed: !Service_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Service_imp_in(_ep.h, 0));
    ensures \result == 0 && \old(Service_imp_in(_ep.h, 3)) ==> Service_imp_in(_ep.h, 2);
*/
err_t Service_imp_recv_AckGoodbye(Service_imp_t _ep);
/*@ requires insula_protocol: Service_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Service_imp_case(Service_imp_t ep, const Service_imp_handlers_t *h);
/*@ requires insula_protocol: Service_exp_send_Hello__known: Service_exp_known(_ep.h);
    requires insula_protocol: Service_exp_send_Hello__in__Ready: !Service_exp_in(_ep.h, 1);
    requires insula_protocol: Service_exp_send_Hello__in__Closed: !Service_exp_in(_ep.h, 2);
    requires insula_protocol: Service_exp_send_Hello__in__Ready_3: !Service_exp_in(_ep.h, 3);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Service_exp_in(_ep.h, 0)) ==> Service_exp_in(_ep.h, 1);
*/
err_t Service_exp_send_Hello(Service_exp_t _ep, uint32_t version);
/*@ requires insula_protocol: Service_exp_call_Hello__known: Service_exp_known(_ep.h);
    requires insula_protocol: Service_exp_call_Hello__in__Ready: !Service_exp_in(_ep.h, 1);
    requires insula_protocol: Service_exp_call_Hello__in__Closed: !Service_exp_in(_ep.h, 2);
    requires insula_protocol: Service_exp_call_Hello__in__Ready_3: !Service_exp_in(_ep.h, 3);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Service_exp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Service_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Service_exp_in(_ep.h, 3);
*/
err_t Service_exp_call_Hello(Service_exp_t _ep, uint32_t version, SIP_OUT Service_exp_msg_t *_reply);
/*@ requires insula_protocol: Service_exp_send_AckGoodbye__known: Service_exp_known(_ep.h);
    requires insula_protocol: Service_exp_send_AckGoodbye__in__Start: !Service_exp_in(_ep.h, 0);
    requires insula_protocol: Service_exp_send_AckGoodbye__in__Ready: !Service_exp_in(_ep.h, 1);
    requires insula_protocol: Service_exp_send_AckGoodbye__in__Closed: !Service_exp_in(_ep.h, 2);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Service_exp_in(_ep.h, 3)) ==> Service_exp_in(_ep.h, 2);
*/
err_t Service_exp_send_AckGoodbye(Service_exp_t _ep);
/*@ requires insula_protocol: Service_exp_recv__known: Service_exp_known(_ep.h);
    requires insula_protocol: Service_exp_recv__in__Start: !Service_exp_in(_ep.h, 0);
    requires insula_protocol: Service_exp_recv__in__Closed: !Service_exp_in(_ep.h, 2);
    requires insula_protocol: Service_exp_recv__in__Ready_3: !Service_exp_in(_ep.h, 3);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Service_exp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && _msg->id == 1 && \old(Service_exp_in(_ep.h, 1)) ==> Service_exp_in(_ep.h, 3);
*/
err_t Service_exp_recv(Service_exp_t _ep, SIP_OUT Service_exp_msg_t *_msg);
/*@ requires insula_protocol: Service_exp_recv_Goodbye__known: Service_exp_known(_ep.h);
    requires insula_protocol: Service_exp_recv_Goodbye__in__Start: !Service_exp_in(_ep.h, 0);
    requires insula_protocol: Service_exp_recv_Goodbye__in__Closed: !Service_exp_in(_ep.h, 2);
    requires insula_protocol: Service_exp_recv_Goodbye__in__Ready_3: !Service_exp_in(_ep.h, 3);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Service_exp_in(_ep.h, 1)) ==> Service_exp_in(_ep.h, 3);
*/
err_t Service_exp_recv_Goodbye(Service_exp_t _ep);
/*@ requires insula_protocol: Service_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Service_exp_case(Service_exp_t ep, const Service_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_SERVICE_ACSL_H */
