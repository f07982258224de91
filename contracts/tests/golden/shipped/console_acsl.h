/* generated from console.contract by contractc — do not edit */
/* ACSL for the bindings of console.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_CONSOLE_ACSL_H
#define INSULA_CONTRACTS_CONSOLE_ACSL_H

#include "console.h"

/* ==== contract Console ==== */

#ifndef INSULA_ACSL_MODEL_Console
#define INSULA_ACSL_MODEL_Console
#define Console_S_Start 0
#define Console_S_Ready 1
#define Console_S_Closed 2
#define Console_S_Ready_3 3
#define Console_S_Ready_4 4
#define Console_S_Ready_5 5

/*@ ghost extern int Service_imp_ghost_state[]; */
/*@ predicate Console_imp_in{L}(chan_handle_t h, integer s) =
        \at(Service_imp_ghost_state[h], L) == s;
    predicate Console_imp_known{L}(chan_handle_t h) =
        0 <= \at(Service_imp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Console_imp_ghost_assume__known: 0 <= s < 6;
     assigns Service_imp_ghost_state[h];
     ensures Console_imp_in(h, s); @/
  void Console_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Service_exp_ghost_state[]; */
/*@ predicate Console_exp_in{L}(chan_handle_t h, integer s) =
        \at(Service_exp_ghost_state[h], L) == s;
    predicate Console_exp_known{L}(chan_handle_t h) =
        0 <= \at(Service_exp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Console_exp_ghost_assume__known: 0 <= s < 6;
     assigns Service_exp_ghost_state[h];
     ensures Console_exp_in(h, s); @/
  void Console_exp_ghost_assume(chan_handle_t h, int s);
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

/*@ requires insula_protocol: Console_imp_send_Goodbye__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_send_Goodbye__in__Start: !Console_imp_in(_ep.h, 0);
    requires insula_protocol: Console_imp_send_Goodbye__in__Closed: !Console_imp_in(_ep.h, 2);
    requires insula_protocol: Console_imp_send_Goodbye__in__Ready_3: !Console_imp_in(_ep.h, 3);
    requires insula_protocol: Console_imp_send_Goodbye__in__Ready_4: !Console_imp_in(_ep.h, 4);
    requires insula_protocol: Console_imp_send_Goodbye__in__Ready_5: !Console_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) ==> Console_imp_in(_ep.h, 3);
*/
err_t Console_imp_send_Goodbye(Console_imp_t _ep);
/*@ requires insula_protocol: Console_imp_call_Goodbye__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_call_Goodbye__in__Start: !Console_imp_in(_ep.h, 0);
    requires insula_protocol: Console_imp_call_Goodbye__in__Closed: !Console_imp_in(_ep.h, 2);
    requires insula_protocol: Console_imp_call_Goodbye__in__Ready_3: !Console_imp_in(_ep.h, 3);
    requires insula_protocol: Console_imp_call_Goodbye__in__Ready_4: !Console_imp_in(_ep.h, 4);
    requires insula_protocol: Console_imp_call_Goodbye__in__Ready_5: !Console_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Console_imp_in(_ep.h, 2);
*/
err_t Console_imp_call_Goodbye(Console_imp_t _ep, SIP_OUT Console_imp_msg_t *_reply);
/*@ requires insula_protocol: Console_imp_send_Write__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_send_Write__in__Start: !Console_imp_in(_ep.h, 0);
    requires insula_protocol: Console_imp_send_Write__in__Closed: !Console_imp_in(_ep.h, 2);
    requires insula_protocol: Console_imp_send_Write__in__Ready_3: !Console_imp_in(_ep.h, 3);
    requires insula_protocol: Console_imp_send_Write__in__Ready_4: !Console_imp_in(_ep.h, 4);
    requires insula_protocol: Console_imp_send_Write__in__Ready_5: !Console_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) ==> Console_imp_in(_ep.h, 4);
*/
err_t Console_imp_send_Write(Console_imp_t _ep, xheap_handle_t text, uint32_t length);
/*@ requires insula_protocol: Console_imp_call_Write__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_call_Write__in__Start: !Console_imp_in(_ep.h, 0);
    requires insula_protocol: Console_imp_call_Write__in__Closed: !Console_imp_in(_ep.h, 2);
    requires insula_protocol: Console_imp_call_Write__in__Ready_3: !Console_imp_in(_ep.h, 3);
    requires insula_protocol: Console_imp_call_Write__in__Ready_4: !Console_imp_in(_ep.h, 4);
    requires insula_protocol: Console_imp_call_Write__in__Ready_5: !Console_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) ==>
        _reply->id == 4;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) && _reply->id == 4 ==> Console_imp_in(_ep.h, 1);
*/
err_t Console_imp_call_Write(Console_imp_t _ep, xheap_handle_t text, uint32_t length, SIP_OUT Console_imp_msg_t *_reply);
/*@ requires insula_protocol: Console_imp_send_ReadLine__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_send_ReadLine__in__Start: !Console_imp_in(_ep.h, 0);
    requires insula_protocol: Console_imp_send_ReadLine__in__Closed: !Console_imp_in(_ep.h, 2);
    requires insula_protocol: Console_imp_send_ReadLine__in__Ready_3: !Console_imp_in(_ep.h, 3);
    requires insula_protocol: Console_imp_send_ReadLine__in__Ready_4: !Console_imp_in(_ep.h, 4);
    requires insula_protocol: Console_imp_send_ReadLine__in__Ready_5: !Console_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) ==> Console_imp_in(_ep.h, 5);
*/
err_t Console_imp_send_ReadLine(Console_imp_t _ep, xheap_handle_t buf);
/*@ requires insula_protocol: Console_imp_call_ReadLine__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_call_ReadLine__in__Start: !Console_imp_in(_ep.h, 0);
    requires insula_protocol: Console_imp_call_ReadLine__in__Closed: !Console_imp_in(_ep.h, 2);
    requires insula_protocol: Console_imp_call_ReadLine__in__Ready_3: !Console_imp_in(_ep.h, 3);
    requires insula_protocol: Console_imp_call_ReadLine__in__Ready_4: !Console_imp_in(_ep.h, 4);
    requires insula_protocol: Console_imp_call_ReadLine__in__Ready_5: !Console_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) ==>
        _reply->id == 6 || _reply->id == 7;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) && _reply->id == 6 ==> Console_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 1)) && _reply->id == 7 ==> Console_imp_in(_ep.h, 1);
*/
err_t Console_imp_call_ReadLine(Console_imp_t _ep, xheap_handle_t buf, SIP_OUT Console_imp_msg_t *_reply);
/*@ requires insula_protocol: Console_imp_recv__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_recv__in__Ready: !Console_imp_in(_ep.h, 1);
    requires insula_protocol: Console_imp_recv__in__Closed: !Console_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 4)) ==>
        _msg->id == 4;
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 5)) ==>
        _msg->id == 6 || _msg->id == 7;
    ensures \result == 0 && _msg->id == 0 && \old(Console_imp_in(_ep.h, 0)) ==> Console_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Console_imp_in(_ep.h, 3)) ==> Console_imp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 4 && \old(Console_imp_in(_ep.h, 4)) ==> Console_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 6 && \old(Console_imp_in(_ep.h, 5)) ==> Console_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 7 && \old(Console_imp_in(_ep.h, 5)) ==> Console_imp_in(_ep.h, 1);
*/
err_t Console_imp_recv(Console_imp_t _ep, SIP_OUT Console_imp_msg_t *_msg);
/*@ requires insula_protocol: Console_imp_recv_Hello__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_recv_Hello__in__Ready: !Console_imp_in(_ep.h, 1);
    requires insula_protocol: Console_imp_recv_Hello__in__Closed: !Console_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 0)) ==> Console_imp_in(_ep.h, 1);
*/
err_t Console_imp_recv_Hello(Console_imp_t _ep, SIP_OUT Console_Hello_t *_msg);
/*@ requires insula_protocol: Console_imp_recv_AckGoodbye__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_recv_AckGoodbye__in__Ready: !Console_imp_in(_ep.h, 1);
    requires insula_protocol: Console_imp_recv_AckGoodbye__in__Closed: !Console_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 3)) ==> Console_imp_in(_ep.h, 2);
*/
err_t Console_imp_recv_AckGoodbye(Console_imp_t _ep);
/*@ requires insula_protocol: Console_imp_recv_AckWrite__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_recv_AckWrite__in__Ready: !Console_imp_in(_ep.h, 1);
    requires insula_protocol: Console_imp_recv_AckWrite__in__Closed: !Console_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 4)) ==> Console_imp_in(_ep.h, 1);
*/
err_t Console_imp_recv_AckWrite(Console_imp_t _ep, SIP_OUT Console_AckWrite_t *_msg);
/*@ requires insula_protocol: Console_imp_recv_AckReadLine__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_recv_AckReadLine__in__Ready: !Console_imp_in(_ep.h, 1);
    requires insula_protocol: Console_imp_recv_AckReadLine__in__Closed: !Console_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 5)) ==> Console_imp_in(_ep.h, 1);
*/
err_t Console_imp_recv_AckReadLine(Console_imp_t _ep, SIP_OUT Console_AckReadLine_t *_msg);
/*@ requires insula_protocol: Console_imp_recv_EndOfInput__known: Console_imp_known(_ep.h);
    requires insula_protocol: Console_imp_recv_EndOfInput__in__Ready: !Console_imp_in(_ep.h, 1);
    requires insula_protocol: Console_imp_recv_EndOfInput__in__Closed: !Console_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Console_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Console_imp_in(_ep.h, 5)) ==> Console_imp_in(_ep.h, 1);
*/
err_t Console_imp_recv_EndOfInput(Console_imp_t _ep, SIP_OUT Console_EndOfInput_t *_msg);
/*@ requires insula_protocol: Console_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Console_imp_case(Console_imp_t ep, const Console_imp_handlers_t *h);
/*@ requires insula_protocol: Console_exp_send_Hello__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_send_Hello__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_send_Hello__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_send_Hello__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_send_Hello__in__Ready_4: !Console_exp_in(_ep.h, 4);
    requires insula_protocol: Console_exp_send_Hello__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 0)) ==> Console_exp_in(_ep.h, 1);
*/
err_t Console_exp_send_Hello(Console_exp_t _ep, uint32_t version);
/*@ requires insula_protocol: Console_exp_call_Hello__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_call_Hello__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_call_Hello__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_call_Hello__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_call_Hello__in__Ready_4: !Console_exp_in(_ep.h, 4);
    requires insula_protocol: Console_exp_call_Hello__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Console_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 0)) && _reply->id == 3 ==> Console_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 0)) && _reply->id == 5 ==> Console_exp_in(_ep.h, 5);
*/
err_t Console_exp_call_Hello(Console_exp_t _ep, uint32_t version, SIP_OUT Console_exp_msg_t *_reply);
/*@ requires insula_protocol: Console_exp_send_AckGoodbye__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_send_AckGoodbye__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_send_AckGoodbye__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_send_AckGoodbye__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_send_AckGoodbye__in__Ready_4: !Console_exp_in(_ep.h, 4);
    requires insula_protocol: Console_exp_send_AckGoodbye__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 3)) ==> Console_exp_in(_ep.h, 2);
*/
err_t Console_exp_send_AckGoodbye(Console_exp_t _ep);
/*@ requires insula_protocol: Console_exp_send_AckWrite__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_send_AckWrite__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_send_AckWrite__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_send_AckWrite__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_send_AckWrite__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_send_AckWrite__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 4)) ==> Console_exp_in(_ep.h, 1);
*/
err_t Console_exp_send_AckWrite(Console_exp_t _ep, xheap_handle_t text);
/*@ requires insula_protocol: Console_exp_call_AckWrite__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_call_AckWrite__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_call_AckWrite__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_call_AckWrite__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_call_AckWrite__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_call_AckWrite__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Console_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Console_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 4)) && _reply->id == 5 ==> Console_exp_in(_ep.h, 5);
*/
err_t Console_exp_call_AckWrite(Console_exp_t _ep, xheap_handle_t text, SIP_OUT Console_exp_msg_t *_reply);
/*@ requires insula_protocol: Console_exp_send_AckReadLine__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_send_AckReadLine__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_send_AckReadLine__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_send_AckReadLine__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_send_AckReadLine__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_send_AckReadLine__in__Ready_4: !Console_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) ==> Console_exp_in(_ep.h, 1);
*/
err_t Console_exp_send_AckReadLine(Console_exp_t _ep, xheap_handle_t buf, uint32_t length);
/*@ requires insula_protocol: Console_exp_call_AckReadLine__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_call_AckReadLine__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_call_AckReadLine__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_call_AckReadLine__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_call_AckReadLine__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_call_AckReadLine__in__Ready_4: !Console_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Console_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Console_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Console_exp_in(_ep.h, 5);
*/
err_t Console_exp_call_AckReadLine(Console_exp_t _ep, xheap_handle_t buf, uint32_t length, SIP_OUT Console_exp_msg_t *_reply);
/*@ requires insula_protocol: Console_exp_send_EndOfInput__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_send_EndOfInput__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_send_EndOfInput__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_send_EndOfInput__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_send_EndOfInput__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_send_EndOfInput__in__Ready_4: !Console_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) ==> Console_exp_in(_ep.h, 1);
*/
err_t Console_exp_send_EndOfInput(Console_exp_t _ep, xheap_handle_t buf);
/*@ requires insula_protocol: Console_exp_call_EndOfInput__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_call_EndOfInput__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_call_EndOfInput__in__Ready: !Console_exp_in(_ep.h, 1);
    requires insula_protocol: Console_exp_call_EndOfInput__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_call_EndOfInput__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_call_EndOfInput__in__Ready_4: !Console_exp_in(_ep.h, 4);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Console_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Console_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Console_exp_in(_ep.h, 5);
*/
err_t Console_exp_call_EndOfInput(Console_exp_t _ep, xheap_handle_t buf, SIP_OUT Console_exp_msg_t *_reply);
/*@ requires insula_protocol: Console_exp_recv__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_recv__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_recv__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_recv__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_recv__in__Ready_4: !Console_exp_in(_ep.h, 4);
    requires insula_protocol: Console_exp_recv__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 3 || _msg->id == 5;
    ensures \result == 0 && _msg->id == 1 && \old(Console_exp_in(_ep.h, 1)) ==> Console_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 3 && \old(Console_exp_in(_ep.h, 1)) ==> Console_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 5 && \old(Console_exp_in(_ep.h, 1)) ==> Console_exp_in(_ep.h, 5);
*/
err_t Console_exp_recv(Console_exp_t _ep, SIP_OUT Console_exp_msg_t *_msg);
/*@ requires insula_protocol: Console_exp_recv_Goodbye__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_recv_Goodbye__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_recv_Goodbye__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_recv_Goodbye__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_recv_Goodbye__in__Ready_4: !Console_exp_in(_ep.h, 4);
    requires insula_protocol: Console_exp_recv_Goodbye__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 1)) ==> Console_exp_in(_ep.h, 3);
*/
err_t Console_exp_recv_Goodbye(Console_exp_t _ep);
/*@ requires insula_protocol: Console_exp_recv_Write__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_recv_Write__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_recv_Write__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_recv_Write__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_recv_Write__in__Ready_4: !Console_exp_in(_ep.h, 4);
    requires insula_protocol: Console_exp_recv_Write__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 1)) ==> Console_exp_in(_ep.h, 4);
*/
err_t Console_exp_recv_Write(Console_exp_t _ep, SIP_OUT Console_Write_t *_msg);
/*@ requires insula_protocol: Console_exp_recv_ReadLine__known: Console_exp_known(_ep.h);
    requires insula_protocol: Console_exp_recv_ReadLine__in__Start: !Console_exp_in(_ep.h, 0);
    requires insula_protocol: Console_exp_recv_ReadLine__in__Closed: !Console_exp_in(_ep.h, 2);
    requires insula_protocol: Console_exp_recv_ReadLine__in__Ready_3: !Console_exp_in(_ep.h, 3);
    requires insula_protocol: Console_exp_recv_ReadLine__in__Ready_4: !Console_exp_in(_ep.h, 4);
    requires insula_protocol: Console_exp_recv_ReadLine__in__Ready_5: !Console_exp_in(_ep.h, 5);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Console_exp_in(_ep.h, 1)) ==> Console_exp_in(_ep.h, 5);
*/
err_t Console_exp_recv_ReadLine(Console_exp_t _ep, SIP_OUT Console_ReadLine_t *_msg);
/*@ requires insula_protocol: Console_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Console_exp_case(Console_exp_t ep, const Console_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_CONSOLE_ACSL_H */
