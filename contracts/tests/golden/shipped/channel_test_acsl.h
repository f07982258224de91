/* generated from channel_test.contract by contractc — do not edit */
/* ACSL for the bindings of channel_test.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_CHANNEL_TEST_ACSL_H
#define INSULA_CONTRACTS_CHANNEL_TEST_ACSL_H

#include "channel_test.h"

/* ==== contract ChannelTest ==== */

#ifndef INSULA_ACSL_MODEL_ChannelTest
#define INSULA_ACSL_MODEL_ChannelTest
#define ChannelTest_S_Start 0
#define ChannelTest_S_Running 1
#define ChannelTest_S_Done 2
#define ChannelTest_S_Start_3 3
#define ChannelTest_S_Running_4 4
#define ChannelTest_S_Running_5 5

/*@ ghost extern int ChannelTest_imp_ghost_state[]; */
/*@ predicate ChannelTest_imp_in{L}(chan_handle_t h, integer s) =
        \at(ChannelTest_imp_ghost_state[h], L) == s;
    predicate ChannelTest_imp_known{L}(chan_handle_t h) =
        0 <= \at(ChannelTest_imp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires ChannelTest_imp_ghost_assume__known: 0 <= s < 6;
     assigns ChannelTest_imp_ghost_state[h];
     ensures ChannelTest_imp_in(h, s); @/
  void ChannelTest_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int ChannelTest_exp_ghost_state[]; */
/*@ predicate ChannelTest_exp_in{L}(chan_handle_t h, integer s) =
        \at(ChannelTest_exp_ghost_state[h], L) == s;
    predicate ChannelTest_exp_known{L}(chan_handle_t h) =
        0 <= \at(ChannelTest_exp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires ChannelTest_exp_ghost_assume__known: 0 <= s < 6;
     assigns ChannelTest_exp_ghost_state[h];
     ensures ChannelTest_exp_in(h, s); @/
  void ChannelTest_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: ChannelTest_imp_send_Begin__known: ChannelTest_imp_known(_ep.h);
    requires insula_protocol: ChannelTest_imp_send_Begin__in__Running: !ChannelTest_imp_in(_ep.h, 1);
    requires insula_protocol: ChannelTest_imp_send_Begin__in__Done: !ChannelTest_imp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_imp_send_Begin__in__Start_3: !ChannelTest_imp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_imp_send_Begin__in__Running_4: !ChannelTest_imp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_imp_send_Begin__in__Running_5: !ChannelTest_imp_in(_ep.h, 5);
    assigns ChannelTest_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> ChannelTest_imp_ghost_state[_ep.h] == \old(ChannelTest_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 0)) ==> ChannelTest_imp_in(_ep.h, 3);
*/
err_t ChannelTest_imp_send_Begin(ChannelTest_imp_t _ep);
/*@ requires insula_protocol: ChannelTest_imp_call_Begin__known: ChannelTest_imp_known(_ep.h);
    requires insula_protocol: ChannelTest_imp_call_Begin__in__Running: !ChannelTest_imp_in(_ep.h, 1);
    requires insula_protocol: ChannelTest_imp_call_Begin__in__Done: !ChannelTest_imp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_imp_call_Begin__in__Start_3: !ChannelTest_imp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_imp_call_Begin__in__Running_4: !ChannelTest_imp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_imp_call_Begin__in__Running_5: !ChannelTest_imp_in(_ep.h, 5);
    assigns ChannelTest_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 0)) && _reply->id == 1 ==> ChannelTest_imp_in(_ep.h, 1);
*/
err_t ChannelTest_imp_call_Begin(ChannelTest_imp_t _ep, SIP_OUT ChannelTest_imp_msg_t *_reply);
/*@ requires insula_protocol: ChannelTest_imp_send_Data__known: ChannelTest_imp_known(_ep.h);
    requires insula_protocol: ChannelTest_imp_send_Data__in__Start: !ChannelTest_imp_in(_ep.h, 0);
    requires insula_protocol: ChannelTest_imp_send_Data__in__Done: !ChannelTest_imp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_imp_send_Data__in__Start_3: !ChannelTest_imp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_imp_send_Data__in__Running_4: !ChannelTest_imp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_imp_send_Data__in__Running_5: !ChannelTest_imp_in(_ep.h, 5);
    assigns ChannelTest_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> ChannelTest_imp_ghost_state[_ep.h] == \old(ChannelTest_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 1)) ==> ChannelTest_imp_in(_ep.h, 4);
*/
err_t ChannelTest_imp_send_Data(ChannelTest_imp_t _ep, uint32_t n);
/*@ requires insula_protocol: ChannelTest_imp_call_Data__known: ChannelTest_imp_known(_ep.h);
    requires insula_protocol: ChannelTest_imp_call_Data__in__Start: !ChannelTest_imp_in(_ep.h, 0);
    requires insula_protocol: ChannelTest_imp_call_Data__in__Done: !ChannelTest_imp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_imp_call_Data__in__Start_3: !ChannelTest_imp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_imp_call_Data__in__Running_4: !ChannelTest_imp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_imp_call_Data__in__Running_5: !ChannelTest_imp_in(_ep.h, 5);
    assigns ChannelTest_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 1)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 1)) && _reply->id == 1 ==> ChannelTest_imp_in(_ep.h, 1);
*/
err_t ChannelTest_imp_call_Data(ChannelTest_imp_t _ep, uint32_t n, SIP_OUT ChannelTest_imp_msg_t *_reply);
/*@ requires insula_protocol: ChannelTest_imp_send_End__known: ChannelTest_imp_known(_ep.h);
    requires insula_protocol: ChannelTest_imp_send_End__in__Start: !ChannelTest_imp_in(_ep.h, 0);
    requires insula_protocol: ChannelTest_imp_send_End__in__Done: !ChannelTest_imp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_imp_send_End__in__Start_3: !ChannelTest_imp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_imp_send_End__in__Running_4: !ChannelTest_imp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_imp_send_End__in__Running_5: !ChannelTest_imp_in(_ep.h, 5);
    assigns ChannelTest_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> ChannelTest_imp_ghost_state[_ep.h] == \old(ChannelTest_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 1)) ==> ChannelTest_imp_in(_ep.h, 5);
*/
err_t ChannelTest_imp_send_End(ChannelTest_imp_t _ep);
/*@ requires insula_protocol: ChannelTest_imp_call_End__known: ChannelTest_imp_known(_ep.h);
    requires insula_protocol: ChannelTest_imp_call_End__in__Start: !ChannelTest_imp_in(_ep.h, 0);
    requires insula_protocol: ChannelTest_imp_call_End__in__Done: !ChannelTest_imp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_imp_call_End__in__Start_3: !ChannelTest_imp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_imp_call_End__in__Running_4: !ChannelTest_imp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_imp_call_End__in__Running_5: !ChannelTest_imp_in(_ep.h, 5);
    assigns ChannelTest_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 1)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 1)) && _reply->id == 1 ==> ChannelTest_imp_in(_ep.h, 2);
*/
err_t ChannelTest_imp_call_End(ChannelTest_imp_t _ep, SIP_OUT ChannelTest_imp_msg_t *_reply);
/*@ requires insula_protocol: ChannelTest_imp_recv__known: ChannelTest_imp_known(_ep.h);
    requires insula_protocol: ChannelTest_imp_recv__in__Start: !ChannelTest_imp_in(_ep.h, 0);
    requires insula_protocol: ChannelTest_imp_recv__in__Running: !ChannelTest_imp_in(_ep.h, 1);
    requires insula_protocol: ChannelTest_imp_recv__in__Done: !ChannelTest_imp_in(_ep.h, 2);
    assigns ChannelTest_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 3)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 4)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 5)) ==>
        _msg->id == 1;
    ensures \result == 0 && _msg->id == 1 && \old(ChannelTest_imp_in(_ep.h, 3)) ==> ChannelTest_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 1 && \old(ChannelTest_imp_in(_ep.h, 4)) ==> ChannelTest_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 1 && \old(ChannelTest_imp_in(_ep.h, 5)) ==> ChannelTest_imp_in(_ep.h, 2);
*/
err_t ChannelTest_imp_recv(ChannelTest_imp_t _ep, SIP_OUT ChannelTest_imp_msg_t *_msg);
/*@ requires insula_protocol: ChannelTest_imp_recv_Ack__known: ChannelTest_imp_known(_ep.h);
    requires insula_protocol: ChannelTest_imp_recv_Ack__in__Start: !ChannelTest_imp_in(_ep.h, 0);
    requires insula_protocol: ChannelTest_imp_recv_Ack__in__Running: !ChannelTest_imp_in(_ep.h, 1);
    requires insula_protocol: ChannelTest_imp_recv_Ack__in__Done: !ChannelTest_imp_in(_ep.h, 2);
    assigns ChannelTest_imp_ghost_state[_ep.h];
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 3)) ==> ChannelTest_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 4)) ==> ChannelTest_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(ChannelTest_imp_in(_ep.h, 5)) ==> ChannelTest_imp_in(_ep.h, 2);
*/
err_t ChannelTest_imp_recv_Ack(ChannelTest_imp_t _ep);
/*@ requires insula_protocol: ChannelTest_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t ChannelTest_imp_case(ChannelTest_imp_t ep, const ChannelTest_imp_handlers_t *h);
/*@ requires insula_protocol: ChannelTest_exp_send_Ack__known: ChannelTest_exp_known(_ep.h);
    requires insula_protocol: ChannelTest_exp_send_Ack__in__Start: !ChannelTest_exp_in(_ep.h, 0);
    requires insula_protocol: ChannelTest_exp_send_Ack__in__Running: !ChannelTest_exp_in(_ep.h, 1);
    requires insula_protocol: ChannelTest_exp_send_Ack__in__Done: !ChannelTest_exp_in(_ep.h, 2);
    assigns ChannelTest_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> ChannelTest_exp_ghost_state[_ep.h] == \old(ChannelTest_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(ChannelTest_exp_in(_ep.h, 3)) ==> ChannelTest_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(ChannelTest_exp_in(_ep.h, 4)) ==> ChannelTest_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(ChannelTest_exp_in(_ep.h, 5)) ==> ChannelTest_exp_in(_ep.h, 2);
*/
err_t ChannelTest_exp_send_Ack(ChannelTest_exp_t _ep);
/*@ requires insula_protocol: ChannelTest_exp_recv__known: ChannelTest_exp_known(_ep.h);
    requires insula_protocol: ChannelTest_exp_recv__in__Done: !ChannelTest_exp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_exp_recv__in__Start_3: !ChannelTest_exp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_exp_recv__in__Running_4: !ChannelTest_exp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_exp_recv__in__Running_5: !ChannelTest_exp_in(_ep.h, 5);
    assigns ChannelTest_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(ChannelTest_exp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(ChannelTest_exp_in(_ep.h, 1)) ==>
        _msg->id == 2 || _msg->id == 3;
    ensures \result == 0 && _msg->id == 0 && \old(ChannelTest_exp_in(_ep.h, 0)) ==> ChannelTest_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 2 && \old(ChannelTest_exp_in(_ep.h, 1)) ==> ChannelTest_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 3 && \old(ChannelTest_exp_in(_ep.h, 1)) ==> ChannelTest_exp_in(_ep.h, 5);
*/
err_t ChannelTest_exp_recv(ChannelTest_exp_t _ep, SIP_OUT ChannelTest_exp_msg_t *_msg);
/*@ requires insula_protocol: ChannelTest_exp_recv_Begin__known: ChannelTest_exp_known(_ep.h);
    requires insula_protocol: ChannelTest_exp_recv_Begin__in__Done: !ChannelTest_exp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_exp_recv_Begin__in__Start_3: !ChannelTest_exp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_exp_recv_Begin__in__Running_4: !ChannelTest_exp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_exp_recv_Begin__in__Running_5: !ChannelTest_exp_in(_ep.h, 5);
    assigns ChannelTest_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(ChannelTest_exp_in(_ep.h, 1));
    ensures \result == 0 && \old(ChannelTest_exp_in(_ep.h, 0)) ==> ChannelTest_exp_in(_ep.h, 3);
*/
err_t ChannelTest_exp_recv_Begin(ChannelTest_exp_t _ep);
/*@ requires insula_protocol: ChannelTest_exp_recv_Data__known: ChannelTest_exp_known(_ep.h);
    requires insula_protocol: ChannelTest_exp_recv_Data__in__Done: !ChannelTest_exp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_exp_recv_Data__in__Start_3: !ChannelTest_exp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_exp_recv_Data__in__Running_4: !ChannelTest_exp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_exp_recv_Data__in__Running_5: !ChannelTest_exp_in(_ep.h, 5);
    assigns ChannelTest_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(ChannelTest_exp_in(_ep.h, 0));
    ensures \result == 0 && \old(ChannelTest_exp_in(_ep.h, 1)) ==> ChannelTest_exp_in(_ep.h, 4);
*/
err_t ChannelTest_exp_recv_Data(ChannelTest_exp_t _ep, SIP_OUT ChannelTest_Data_t *_msg);
/*@ requires insula_protocol: ChannelTest_exp_recv_End__known: ChannelTest_exp_known(_ep.h);
    requires insula_protocol: ChannelTest_exp_recv_End__in__Done: !ChannelTest_exp_in(_ep.h, 2);
    requires insula_protocol: ChannelTest_exp_recv_End__in__Start_3: !ChannelTest_exp_in(_ep.h, 3);
    requires insula_protocol: ChannelTest_exp_recv_End__in__Running_4: !ChannelTest_exp_in(_ep.h, 4);
    requires insula_protocol: ChannelTest_exp_recv_End__in__Running_5: !ChannelTest_exp_in(_ep.h, 5);
    assigns ChannelTest_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(ChannelTest_exp_in(_ep.h, 0));
    ensures \result == 0 && \old(ChannelTest_exp_in(_ep.h, 1)) ==> ChannelTest_exp_in(_ep.h, 5);
*/
err_t ChannelTest_exp_recv_End(ChannelTest_exp_t _ep);
/*@ requires insula_protocol: ChannelTest_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t ChannelTest_exp_case(ChannelTest_exp_t ep, const ChannelTest_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_CHANNEL_TEST_ACSL_H */
