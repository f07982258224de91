/* generated from disk.contract by contractc — do not edit */
/* ACSL for the bindings of disk.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_DISK_ACSL_H
#define INSULA_CONTRACTS_DISK_ACSL_H

#include "disk.h"

/* ==== contract Disk ==== */

#ifndef INSULA_ACSL_MODEL_Disk
#define INSULA_ACSL_MODEL_Disk
#define Disk_S_Start 0
#define Disk_S_Ready 1
#define Disk_S_Closed 2
#define Disk_S_Ready_3 3
#define Disk_S_Ready_4 4
#define Disk_S_Ready_5 5
#define Disk_S_Ready_6 6
#define Disk_S_Ready_7 7

/*@ ghost extern int Service_imp_ghost_state[]; */
/*@ predicate Disk_imp_in{L}(chan_handle_t h, integer s) =
        \at(Service_imp_ghost_state[h], L) == s;
    predicate Disk_imp_known{L}(chan_handle_t h) =
        0 <= \at(Service_imp_ghost_state[h], L) < 8;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Disk_imp_ghost_assume__known: 0 <= s < 8;
     assigns Service_imp_ghost_state[h];
     ensures Disk_imp_in(h, s); @/
  void Disk_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Service_exp_ghost_state[]; */
/*@ predicate Disk_exp_in{L}(chan_handle_t h, integer s) =
        \at(Service_exp_ghost_state[h], L) == s;
    predicate Disk_exp_known{L}(chan_handle_t h) =
        0 <= \at(Service_exp_ghost_state[h], L) < 8;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Disk_exp_ghost_assume__known: 0 <= s < 8;
     assigns Service_exp_ghost_state[h];
     ensures Disk_exp_in(h, s); @/
  void Disk_exp_ghost_assume(chan_handle_t h, int s);
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

/*@ requires insula_protocol: Disk_imp_send_Goodbye__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_send_Goodbye__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_send_Goodbye__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_send_Goodbye__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_send_Goodbye__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_send_Goodbye__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_send_Goodbye__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_send_Goodbye__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==> Disk_imp_in(_ep.h, 3);
*/
err_t Disk_imp_send_Goodbye(Disk_imp_t _ep);
/*@ requires insula_protocol: Disk_imp_call_Goodbye__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_call_Goodbye__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_call_Goodbye__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_call_Goodbye__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_call_Goodbye__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_call_Goodbye__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_call_Goodbye__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_call_Goodbye__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Disk_imp_in(_ep.h, 2);
*/
err_t Disk_imp_call_Goodbye(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply);
/*@ requires insula_protocol: Disk_imp_send_GetGeometry__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_send_GetGeometry__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_send_GetGeometry__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_send_GetGeometry__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_send_GetGeometry__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_send_GetGeometry__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_send_GetGeometry__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_send_GetGeometry__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==> Disk_imp_in(_ep.h, 4);
*/
err_t Disk_imp_send_GetGeometry(Disk_imp_t _ep);
/*@ requires insula_protocol: Disk_imp_call_GetGeometry__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_call_GetGeometry__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_call_GetGeometry__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_call_GetGeometry__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_call_GetGeometry__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_call_GetGeometry__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_call_GetGeometry__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_call_GetGeometry__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==>
        _reply->id == 4;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) && _reply->id == 4 ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_call_GetGeometry(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply);
/*@ requires insula_protocol: Disk_imp_send_Read__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_send_Read__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_send_Read__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_send_Read__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_send_Read__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_send_Read__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_send_Read__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_send_Read__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==> Disk_imp_in(_ep.h, 5);
*/
err_t Disk_imp_send_Read(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count);
/*@ requires insula_protocol: Disk_imp_call_Read__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_call_Read__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_call_Read__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_call_Read__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_call_Read__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_call_Read__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_call_Read__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_call_Read__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==>
        _reply->id == 6 || _reply->id == 7;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) && _reply->id == 6 ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) && _reply->id == 7 ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_call_Read(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count, SIP_OUT Disk_imp_msg_t *_reply);
/*@ requires insula_protocol: Disk_imp_send_Write__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_send_Write__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_send_Write__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_send_Write__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_send_Write__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_send_Write__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_send_Write__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_send_Write__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==> Disk_imp_in(_ep.h, 6);
*/
err_t Disk_imp_send_Write(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count);
/*@ requires insula_protocol: Disk_imp_call_Write__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_call_Write__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_call_Write__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_call_Write__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_call_Write__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_call_Write__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_call_Write__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_call_Write__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==>
        _reply->id == 9 || _reply->id == 10;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) && _reply->id == 9 ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) && _reply->id == 10 ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_call_Write(Disk_imp_t _ep, xheap_handle_t buf, uint64_t sector, uint32_t count, SIP_OUT Disk_imp_msg_t *_reply);
/*@ requires insula_protocol: Disk_imp_send_Flush__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_send_Flush__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_send_Flush__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_send_Flush__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_send_Flush__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_send_Flush__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_send_Flush__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_send_Flush__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==> Disk_imp_in(_ep.h, 7);
*/
err_t Disk_imp_send_Flush(Disk_imp_t _ep);
/*@ requires insula_protocol: Disk_imp_call_Flush__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_call_Flush__in__Start: !Disk_imp_in(_ep.h, 0);
    requires insula_protocol: Disk_imp_call_Flush__in__Closed: !Disk_imp_in(_ep.h, 2);
    requires insula_protocol: Disk_imp_call_Flush__in__Ready_3: !Disk_imp_in(_ep.h, 3);
    requires insula_protocol: Disk_imp_call_Flush__in__Ready_4: !Disk_imp_in(_ep.h, 4);
    requires insula_protocol: Disk_imp_call_Flush__in__Ready_5: !Disk_imp_in(_ep.h, 5);
    requires insula_protocol: Disk_imp_call_Flush__in__Ready_6: !Disk_imp_in(_ep.h, 6);
    requires insula_protocol: Disk_imp_call_Flush__in__Ready_7: !Disk_imp_in(_ep.h, 7);
    assigns Service_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) ==>
        _reply->id == 12 || _reply->id == 13;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) && _reply->id == 12 ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 1)) && _reply->id == 13 ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_call_Flush(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_reply);
/*@ requires insula_protocol: Disk_imp_recv__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 4)) ==>
        _msg->id == 4;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 5)) ==>
        _msg->id == 6 || _msg->id == 7;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 6)) ==>
        _msg->id == 9 || _msg->id == 10;
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 7)) ==>
        _msg->id == 12 || _msg->id == 13;
    ensures \result == 0 && _msg->id == 0 && \old(Disk_imp_in(_ep.h, 0)) ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Disk_imp_in(_ep.h, 3)) ==> Disk_imp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 4 && \old(Disk_imp_in(_ep.h, 4)) ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 6 && \old(Disk_imp_in(_ep.h, 5)) ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 7 && \old(Disk_imp_in(_ep.h, 5)) ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 9 && \old(Disk_imp_in(_ep.h, 6)) ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 10 && \old(Disk_imp_in(_ep.h, 6)) ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 12 && \old(Disk_imp_in(_ep.h, 7)) ==> Disk_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 13 && \old(Disk_imp_in(_ep.h, 7)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv(Disk_imp_t _ep, SIP_OUT Disk_imp_msg_t *_msg);
/*@ requires insula_protocol: Disk_imp_recv_Hello__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_Hello__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_Hello__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 0)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv_Hello(Disk_imp_t _ep, SIP_OUT Disk_Hello_t *_msg);
/*@ requires insula_protocol: Disk_imp_recv_AckGoodbye__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_AckGoodbye__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_AckGoodbye__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 3)) ==> Disk_imp_in(_ep.h, 2);
*/
err_t Disk_imp_recv_AckGoodbye(Disk_imp_t _ep);
/*@ requires insula_protocol: Disk_imp_recv_Geometry__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_Geometry__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_Geometry__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 4)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv_Geometry(Disk_imp_t _ep, SIP_OUT Disk_Geometry_t *_msg);
/*@ requires insula_protocol: Disk_imp_recv_AckRead__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_AckRead__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_AckRead__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 5)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv_AckRead(Disk_imp_t _ep, SIP_OUT Disk_AckRead_t *_msg);
/*@ requires insula_protocol: Disk_imp_recv_ReadError__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_ReadError__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_ReadError__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 5)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv_ReadError(Disk_imp_t _ep, SIP_OUT Disk_ReadError_t *_msg);
/*@ requires insula_protocol: Disk_imp_recv_AckWrite__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_AckWrite__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_AckWrite__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 6)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv_AckWrite(Disk_imp_t _ep, SIP_OUT Disk_AckWrite_t *_msg);
/*@ requires insula_protocol: Disk_imp_recv_WriteError__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_WriteError__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_WriteError__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 6)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv_WriteError(Disk_imp_t _ep, SIP_OUT Disk_WriteError_t *_msg);
/*@ requires insula_protocol: Disk_imp_recv_AckFlush__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_AckFlush__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_AckFlush__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 6));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 7)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv_AckFlush(Disk_imp_t _ep);
/*@ requires insula_protocol: Disk_imp_recv_FlushError__known: Disk_imp_known(_ep.h);
    requires insula_protocol: Disk_imp_recv_FlushError__in__Ready: !Disk_imp_in(_ep.h, 1);
    requires insula_protocol: Disk_imp_recv_FlushError__in__Closed: !Disk_imp_in(_ep.h, 2);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Disk_imp_in(_ep.h, 6));
    ensures \result == 0 && \old(Disk_imp_in(_ep.h, 7)) ==> Disk_imp_in(_ep.h, 1);
*/
err_t Disk_imp_recv_FlushError(Disk_imp_t _ep, SIP_OUT Disk_FlushError_t *_msg);
/*@ requires insula_protocol: Disk_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Disk_imp_case(Disk_imp_t ep, const Disk_imp_handlers_t *h);
/*@ requires insula_protocol: Disk_exp_send_Hello__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_Hello__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_Hello__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_Hello__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_send_Hello__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_send_Hello__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_send_Hello__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_send_Hello__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 0)) ==> Disk_exp_in(_ep.h, 1);
*/
err_t Disk_exp_send_Hello(Disk_exp_t _ep, uint32_t version);
/*@ requires insula_protocol: Disk_exp_call_Hello__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_call_Hello__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_call_Hello__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_call_Hello__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_call_Hello__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_call_Hello__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_call_Hello__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_call_Hello__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 0)) && _reply->id == 3 ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 0)) && _reply->id == 5 ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 0)) && _reply->id == 8 ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 0)) && _reply->id == 11 ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_call_Hello(Disk_exp_t _ep, uint32_t version, SIP_OUT Disk_exp_msg_t *_reply);
/*@ requires insula_protocol: Disk_exp_send_AckGoodbye__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_AckGoodbye__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_send_AckGoodbye__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_AckGoodbye__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_AckGoodbye__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_send_AckGoodbye__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_send_AckGoodbye__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_send_AckGoodbye__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 3)) ==> Disk_exp_in(_ep.h, 2);
*/
err_t Disk_exp_send_AckGoodbye(Disk_exp_t _ep);
/*@ requires insula_protocol: Disk_exp_send_Geometry__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_Geometry__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_send_Geometry__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_Geometry__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_Geometry__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_send_Geometry__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_send_Geometry__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_send_Geometry__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 4)) ==> Disk_exp_in(_ep.h, 1);
*/
err_t Disk_exp_send_Geometry(Disk_exp_t _ep, uint64_t sectors, uint32_t sector_bytes, uint32_t max_sectors, bool read_only);
/*@ requires insula_protocol: Disk_exp_call_Geometry__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_call_Geometry__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_call_Geometry__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_call_Geometry__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_call_Geometry__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_call_Geometry__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_call_Geometry__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_call_Geometry__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 4)) && _reply->id == 5 ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 4)) && _reply->id == 8 ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 4)) && _reply->id == 11 ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_call_Geometry(Disk_exp_t _ep, uint64_t sectors, uint32_t sector_bytes, uint32_t max_sectors, bool read_only, SIP_OUT Disk_exp_msg_t *_reply);
/*@ requires insula_protocol: Disk_exp_send_AckRead__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_AckRead__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_send_AckRead__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_AckRead__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_AckRead__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_send_AckRead__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_send_AckRead__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_send_AckRead__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) ==> Disk_exp_in(_ep.h, 1);
*/
err_t Disk_exp_send_AckRead(Disk_exp_t _ep, xheap_handle_t buf);
/*@ requires insula_protocol: Disk_exp_call_AckRead__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_call_AckRead__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_call_AckRead__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_call_AckRead__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_call_AckRead__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_call_AckRead__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_call_AckRead__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_call_AckRead__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 8 ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 11 ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_call_AckRead(Disk_exp_t _ep, xheap_handle_t buf, SIP_OUT Disk_exp_msg_t *_reply);
/*@ requires insula_protocol: Disk_exp_send_ReadError__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_ReadError__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_send_ReadError__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_ReadError__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_ReadError__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_send_ReadError__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_send_ReadError__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_send_ReadError__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) ==> Disk_exp_in(_ep.h, 1);
*/
err_t Disk_exp_send_ReadError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error);
/*@ requires insula_protocol: Disk_exp_call_ReadError__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_call_ReadError__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_call_ReadError__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_call_ReadError__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_call_ReadError__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_call_ReadError__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_call_ReadError__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_call_ReadError__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 8 ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 5)) && _reply->id == 11 ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_call_ReadError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply);
/*@ requires insula_protocol: Disk_exp_send_AckWrite__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_AckWrite__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_send_AckWrite__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_AckWrite__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_AckWrite__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_send_AckWrite__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_send_AckWrite__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_send_AckWrite__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) ==> Disk_exp_in(_ep.h, 1);
*/
err_t Disk_exp_send_AckWrite(Disk_exp_t _ep, xheap_handle_t buf);
/*@ requires insula_protocol: Disk_exp_call_AckWrite__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_call_AckWrite__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_call_AckWrite__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_call_AckWrite__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_call_AckWrite__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_call_AckWrite__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_call_AckWrite__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_call_AckWrite__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 1 ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 3 ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 8 ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 11 ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_call_AckWrite(Disk_exp_t _ep, xheap_handle_t buf, SIP_OUT Disk_exp_msg_t *_reply);
/*@ requires insula_protocol: Disk_exp_send_WriteError__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_WriteError__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_send_WriteError__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_WriteError__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_WriteError__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_send_WriteError__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_send_WriteError__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_send_WriteError__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) ==> Disk_exp_in(_ep.h, 1);
*/
err_t Disk_exp_send_WriteError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error);
/*@ requires insula_protocol: Disk_exp_call_WriteError__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_call_WriteError__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_call_WriteError__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_call_WriteError__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_call_WriteError__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_call_WriteError__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_call_WriteError__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_call_WriteError__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 1 ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 3 ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 8 ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 6)) && _reply->id == 11 ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_call_WriteError(Disk_exp_t _ep, xheap_handle_t buf, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply);
/*@ requires insula_protocol: Disk_exp_send_AckFlush__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_AckFlush__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_send_AckFlush__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_AckFlush__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_AckFlush__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_send_AckFlush__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_send_AckFlush__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_send_AckFlush__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) ==> Disk_exp_in(_ep.h, 1);
*/
err_t Disk_exp_send_AckFlush(Disk_exp_t _ep);
/*@ requires insula_protocol: Disk_exp_call_AckFlush__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_call_AckFlush__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_call_AckFlush__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_call_AckFlush__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_call_AckFlush__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_call_AckFlush__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_call_AckFlush__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_call_AckFlush__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 1 ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 3 ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 5 ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 8 ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 11 ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_call_AckFlush(Disk_exp_t _ep, SIP_OUT Disk_exp_msg_t *_reply);
/*@ requires insula_protocol: Disk_exp_send_FlushError__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_send_FlushError__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_send_FlushError__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_send_FlushError__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_send_FlushError__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_send_FlushError__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_send_FlushError__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_send_FlushError__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) ==> Disk_exp_in(_ep.h, 1);
*/
err_t Disk_exp_send_FlushError(Disk_exp_t _ep, Disk_Error_t error);
/*@ requires insula_protocol: Disk_exp_call_FlushError__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_call_FlushError__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_call_FlushError__in__Ready: !Disk_exp_in(_ep.h, 1);
    requires insula_protocol: Disk_exp_call_FlushError__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_call_FlushError__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_call_FlushError__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_call_FlushError__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_call_FlushError__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 5 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 1 ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 3 ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 5 ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 8 ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 7)) && _reply->id == 11 ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_call_FlushError(Disk_exp_t _ep, Disk_Error_t error, SIP_OUT Disk_exp_msg_t *_reply);
/*@ requires insula_protocol: Disk_exp_recv__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_recv__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_recv__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_recv__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_recv__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_recv__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_recv__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_recv__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 3 || _msg->id == 5 || _msg->id == 8 || _msg->id == 11;
    ensures \result == 0 && _msg->id == 1 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 3 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 5 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 5);
    ensures \result == 0 && _msg->id == 8 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 6);
    ensures \result == 0 && _msg->id == 11 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_recv(Disk_exp_t _ep, SIP_OUT Disk_exp_msg_t *_msg);
/*@ requires insula_protocol: Disk_exp_recv_Goodbye__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_recv_Goodbye__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_recv_Goodbye__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_recv_Goodbye__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_recv_Goodbye__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_recv_Goodbye__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_recv_Goodbye__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_recv_Goodbye__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 3);
*/
err_t Disk_exp_recv_Goodbye(Disk_exp_t _ep);
/*@ requires insula_protocol: Disk_exp_recv_GetGeometry__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_recv_GetGeometry__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_recv_GetGeometry__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_recv_GetGeometry__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_recv_GetGeometry__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_recv_GetGeometry__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_recv_GetGeometry__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_recv_GetGeometry__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 4);
*/
err_t Disk_exp_recv_GetGeometry(Disk_exp_t _ep);
/*@ requires insula_protocol: Disk_exp_recv_Read__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_recv_Read__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_recv_Read__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_recv_Read__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_recv_Read__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_recv_Read__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_recv_Read__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_recv_Read__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 5);
*/
err_t Disk_exp_recv_Read(Disk_exp_t _ep, SIP_OUT Disk_Read_t *_msg);
/*@ requires insula_protocol: Disk_exp_recv_Write__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_recv_Write__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_recv_Write__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_recv_Write__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_recv_Write__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_recv_Write__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_recv_Write__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_recv_Write__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 6);
*/
err_t Disk_exp_recv_Write(Disk_exp_t _ep, SIP_OUT Disk_Write_t *_msg);
/*@ requires insula_protocol: Disk_exp_recv_Flush__known: Disk_exp_known(_ep.h);
    requires insula_protocol: Disk_exp_recv_Flush__in__Start: !Disk_exp_in(_ep.h, 0);
    requires insula_protocol: Disk_exp_recv_Flush__in__Closed: !Disk_exp_in(_ep.h, 2);
    requires insula_protocol: Disk_exp_recv_Flush__in__Ready_3: !Disk_exp_in(_ep.h, 3);
    requires insula_protocol: Disk_exp_recv_Flush__in__Ready_4: !Disk_exp_in(_ep.h, 4);
    requires insula_protocol: Disk_exp_recv_Flush__in__Ready_5: !Disk_exp_in(_ep.h, 5);
    requires insula_protocol: Disk_exp_recv_Flush__in__Ready_6: !Disk_exp_in(_ep.h, 6);
    requires insula_protocol: Disk_exp_recv_Flush__in__Ready_7: !Disk_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Disk_exp_in(_ep.h, 1)) ==> Disk_exp_in(_ep.h, 7);
*/
err_t Disk_exp_recv_Flush(Disk_exp_t _ep);
/*@ requires insula_protocol: Disk_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Disk_exp_case(Disk_exp_t ep, const Disk_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_DISK_ACSL_H */
