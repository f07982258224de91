/* generated from burst.contract by contractc — do not edit */
/* ACSL for the bindings of burst.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_BURST_ACSL_H
#define INSULA_CONTRACTS_BURST_ACSL_H

#include "burst.h"

/* ==== contract Burst ==== */

#ifndef INSULA_ACSL_MODEL_Burst
#define INSULA_ACSL_MODEL_Burst
#define Burst_S_S 0
#define Burst_S_S_1 1
#define Burst_S_S_2 2
#define Burst_S_S_3 3
#define Burst_S_S_4 4

/*@ ghost extern int Burst_imp_ghost_state[]; */
/*@ predicate Burst_imp_in{L}(chan_handle_t h, integer s) =
        \at(Burst_imp_ghost_state[h], L) == s;
    predicate Burst_imp_known{L}(chan_handle_t h) =
        0 <= \at(Burst_imp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Burst_imp_ghost_assume__known: 0 <= s < 5;
     assigns Burst_imp_ghost_state[h];
     ensures Burst_imp_in(h, s); @/
  void Burst_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Burst_exp_ghost_state[]; */
/*@ predicate Burst_exp_in{L}(chan_handle_t h, integer s) =
        \at(Burst_exp_ghost_state[h], L) == s;
    predicate Burst_exp_known{L}(chan_handle_t h) =
        0 <= \at(Burst_exp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Burst_exp_ghost_assume__known: 0 <= s < 5;
     assigns Burst_exp_ghost_state[h];
     ensures Burst_exp_in(h, s); @/
  void Burst_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Burst_imp_send_A__known: Burst_imp_known(_ep.h);
    requires insula_protocol: Burst_imp_send_A__in__S_1: !Burst_imp_in(_ep.h, 1);
    requires insula_protocol: Burst_imp_send_A__in__S_2: !Burst_imp_in(_ep.h, 2);
    requires insula_protocol: Burst_imp_send_A__in__S_3: !Burst_imp_in(_ep.h, 3);
    requires insula_protocol: Burst_imp_send_A__in__S_4: !Burst_imp_in(_ep.h, 4);
    assigns Burst_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Burst_imp_ghost_state[_ep.h] == \old(Burst_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 0)) ==> Burst_imp_in(_ep.h, 1);
*/
err_t Burst_imp_send_A(Burst_imp_t _ep, uint32_t x);
/*@ requires insula_protocol: Burst_imp_send_B__known: Burst_imp_known(_ep.h);
    requires insula_protocol: Burst_imp_send_B__in__S: !Burst_imp_in(_ep.h, 0);
    requires insula_protocol: Burst_imp_send_B__in__S_2: !Burst_imp_in(_ep.h, 2);
    requires insula_protocol: Burst_imp_send_B__in__S_3: !Burst_imp_in(_ep.h, 3);
    requires insula_protocol: Burst_imp_send_B__in__S_4: !Burst_imp_in(_ep.h, 4);
    assigns Burst_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Burst_imp_ghost_state[_ep.h] == \old(Burst_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 1)) ==> Burst_imp_in(_ep.h, 2);
*/
err_t Burst_imp_send_B(Burst_imp_t _ep, uint32_t x);
/*@ requires insula_protocol: Burst_imp_send_C__known: Burst_imp_known(_ep.h);
    requires insula_protocol: Burst_imp_send_C__in__S: !Burst_imp_in(_ep.h, 0);
    requires insula_protocol: Burst_imp_send_C__in__S_1: !Burst_imp_in(_ep.h, 1);
    requires insula_protocol: Burst_imp_send_C__in__S_3: !Burst_imp_in(_ep.h, 3);
    requires insula_protocol: Burst_imp_send_C__in__S_4: !Burst_imp_in(_ep.h, 4);
    assigns Burst_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Burst_imp_ghost_state[_ep.h] == \old(Burst_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 2)) ==> Burst_imp_in(_ep.h, 3);
*/
err_t Burst_imp_send_C(Burst_imp_t _ep, uint32_t x);
/*@ requires insula_protocol: Burst_imp_call_C__known: Burst_imp_known(_ep.h);
    requires insula_protocol: Burst_imp_call_C__in__S: !Burst_imp_in(_ep.h, 0);
    requires insula_protocol: Burst_imp_call_C__in__S_1: !Burst_imp_in(_ep.h, 1);
    requires insula_protocol: Burst_imp_call_C__in__S_3: !Burst_imp_in(_ep.h, 3);
    requires insula_protocol: Burst_imp_call_C__in__S_4: !Burst_imp_in(_ep.h, 4);
    assigns Burst_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 2)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 2)) && _reply->id == 3 ==> Burst_imp_in(_ep.h, 4);
*/
err_t Burst_imp_call_C(Burst_imp_t _ep, uint32_t x, SIP_OUT Burst_imp_msg_t *_reply);
/*@ requires insula_protocol: Burst_imp_recv__known: Burst_imp_known(_ep.h);
    requires insula_protocol: Burst_imp_recv__in__S: !Burst_imp_in(_ep.h, 0);
    requires insula_protocol: Burst_imp_recv__in__S_1: !Burst_imp_in(_ep.h, 1);
    requires insula_protocol: Burst_imp_recv__in__S_2: !Burst_imp_in(_ep.h, 2);
    assigns Burst_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 3)) ==>
        _msg->id == 3;
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 4)) ==>
        _msg->id == 4;
    ensures \result == 0 && _msg->id == 3 && \old(Burst_imp_in(_ep.h, 3)) ==> Burst_imp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 4 && \old(Burst_imp_in(_ep.h, 4)) ==> Burst_imp_in(_ep.h, 0);
*/
err_t Burst_imp_recv(Burst_imp_t _ep, SIP_OUT Burst_imp_msg_t *_msg);
/*@ requires insula_protocol: Burst_imp_recv_Done__known: Burst_imp_known(_ep.h);
    requires insula_protocol: Burst_imp_recv_Done__in__S: !Burst_imp_in(_ep.h, 0);
    requires insula_protocol: Burst_imp_recv_Done__in__S_1: !Burst_imp_in(_ep.h, 1);
    requires insula_protocol: Burst_imp_recv_Done__in__S_2: !Burst_imp_in(_ep.h, 2);
    assigns Burst_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Burst_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 3)) ==> Burst_imp_in(_ep.h, 4);
*/
err_t Burst_imp_recv_Done(Burst_imp_t _ep, SIP_OUT Burst_Done_t *_msg);
/*@ requires insula_protocol: Burst_imp_recv_More__known: Burst_imp_known(_ep.h);
    requires insula_protocol: Burst_imp_recv_More__in__S: !Burst_imp_in(_ep.h, 0);
    requires insula_protocol: Burst_imp_recv_More__in__S_1: !Burst_imp_in(_ep.h, 1);
    requires insula_protocol: Burst_imp_recv_More__in__S_2: !Burst_imp_in(_ep.h, 2);
    assigns Burst_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Burst_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(Burst_imp_in(_ep.h, 4)) ==> Burst_imp_in(_ep.h, 0);
*/
err_t Burst_imp_recv_More(Burst_imp_t _ep);
/*@ requires insula_protocol: Burst_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Burst_imp_case(Burst_imp_t ep, const Burst_imp_handlers_t *h);
/*@ requires insula_protocol: Burst_exp_send_Done__known: Burst_exp_known(_ep.h);
    requires insula_protocol: Burst_exp_send_Done__in__S: !Burst_exp_in(_ep.h, 0);
    requires insula_protocol: Burst_exp_send_Done__in__S_1: !Burst_exp_in(_ep.h, 1);
    requires insula_protocol: Burst_exp_send_Done__in__S_2: !Burst_exp_in(_ep.h, 2);
    requires insula_protocol: Burst_exp_send_Done__in__S_4: !Burst_exp_in(_ep.h, 4);
    assigns Burst_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Burst_exp_ghost_state[_ep.h] == \old(Burst_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 3)) ==> Burst_exp_in(_ep.h, 4);
*/
err_t Burst_exp_send_Done(Burst_exp_t _ep, uint32_t sum);
/*@ requires insula_protocol: Burst_exp_send_More__known: Burst_exp_known(_ep.h);
    requires insula_protocol: Burst_exp_send_More__in__S: !Burst_exp_in(_ep.h, 0);
    requires insula_protocol: Burst_exp_send_More__in__S_1: !Burst_exp_in(_ep.h, 1);
    requires insula_protocol: Burst_exp_send_More__in__S_2: !Burst_exp_in(_ep.h, 2);
    requires insula_protocol: Burst_exp_send_More__in__S_3: !Burst_exp_in(_ep.h, 3);
    assigns Burst_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Burst_exp_ghost_state[_ep.h] == \old(Burst_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 4)) ==> Burst_exp_in(_ep.h, 0);
*/
err_t Burst_exp_send_More(Burst_exp_t _ep);
/*@ requires insula_protocol: Burst_exp_call_More__known: Burst_exp_known(_ep.h);
    requires insula_protocol: Burst_exp_call_More__in__S: !Burst_exp_in(_ep.h, 0);
    requires insula_protocol: Burst_exp_call_More__in__S_1: !Burst_exp_in(_ep.h, 1);
    requires insula_protocol: Burst_exp_call_More__in__S_2: !Burst_exp_in(_ep.h, 2);
    requires insula_protocol: Burst_exp_call_More__in__S_3: !Burst_exp_in(_ep.h, 3);
    assigns Burst_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 4)) ==>
        _reply->id == 0;
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 4)) && _reply->id == 0 ==> Burst_exp_in(_ep.h, 1);
*/
err_t Burst_exp_call_More(Burst_exp_t _ep, SIP_OUT Burst_exp_msg_t *_reply);
/*@ requires insula_protocol: Burst_exp_recv__known: Burst_exp_known(_ep.h);
    requires insula_protocol: Burst_exp_recv__in__S_3: !Burst_exp_in(_ep.h, 3);
    requires insula_protocol: Burst_exp_recv__in__S_4: !Burst_exp_in(_ep.h, 4);
    assigns Burst_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 2)) ==>
        _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Burst_exp_in(_ep.h, 0)) ==> Burst_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 1 && \old(Burst_exp_in(_ep.h, 1)) ==> Burst_exp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 2 && \old(Burst_exp_in(_ep.h, 2)) ==> Burst_exp_in(_ep.h, 3);
*/
err_t Burst_exp_recv(Burst_exp_t _ep, SIP_OUT Burst_exp_msg_t *_msg);
/*@ requires insula_protocol: Burst_exp_recv_A__known: Burst_exp_known(_ep.h);
    requires insula_protocol: Burst_exp_recv_A__in__S_3: !Burst_exp_in(_ep.h, 3);
    requires insula_protocol: Burst_exp_recv_A__in__S_4: !Burst_exp_in(_ep.h, 4);
    assigns Burst_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Burst_exp_in(_ep.h, 1));
    ensures \result != 0 || !\old(Burst_exp_in(_ep.h, 2));
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 0)) ==> Burst_exp_in(_ep.h, 1);
*/
err_t Burst_exp_recv_A(Burst_exp_t _ep, SIP_OUT Burst_A_t *_msg);
/*@ requires insula_protocol: Burst_exp_recv_B__known: Burst_exp_known(_ep.h);
    requires insula_protocol: Burst_exp_recv_B__in__S_3: !Burst_exp_in(_ep.h, 3);
    requires insula_protocol: Burst_exp_recv_B__in__S_4: !Burst_exp_in(_ep.h, 4);
    assigns Burst_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Burst_exp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Burst_exp_in(_ep.h, 2));
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 1)) ==> Burst_exp_in(_ep.h, 2);
*/
err_t Burst_exp_recv_B(Burst_exp_t _ep, SIP_OUT Burst_B_t *_msg);
/*@ requires insula_protocol: Burst_exp_recv_C__known: Burst_exp_known(_ep.h);
    requires insula_protocol: Burst_exp_recv_C__in__S_3: !Burst_exp_in(_ep.h, 3);
    requires insula_protocol: Burst_exp_recv_C__in__S_4: !Burst_exp_in(_ep.h, 4);
    assigns Burst_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Burst_exp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Burst_exp_in(_ep.h, 1));
    ensures \result == 0 && \old(Burst_exp_in(_ep.h, 2)) ==> Burst_exp_in(_ep.h, 3);
*/
err_t Burst_exp_recv_C(Burst_exp_t _ep, SIP_OUT Burst_C_t *_msg);
/*@ requires insula_protocol: Burst_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Burst_exp_case(Burst_exp_t ep, const Burst_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_BURST_ACSL_H */
