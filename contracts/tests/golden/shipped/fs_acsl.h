/* generated from fs.contract by contractc — do not edit */
/* ACSL for the bindings of fs.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_FS_ACSL_H
#define INSULA_CONTRACTS_FS_ACSL_H

#include "fs.h"

/* ==== contract File ==== */

#ifndef INSULA_ACSL_MODEL_File
#define INSULA_ACSL_MODEL_File
#define File_S_Ready 0
#define File_S_Closed 1
#define File_S_Ready_2 2
#define File_S_Ready_3 3
#define File_S_Ready_4 4

/*@ ghost extern int File_imp_ghost_state[]; */
/*@ predicate File_imp_in{L}(chan_handle_t h, integer s) =
        \at(File_imp_ghost_state[h], L) == s;
    predicate File_imp_known{L}(chan_handle_t h) =
        0 <= \at(File_imp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires File_imp_ghost_assume__known: 0 <= s < 5;
     assigns File_imp_ghost_state[h];
     ensures File_imp_in(h, s); @/
  void File_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int File_exp_ghost_state[]; */
/*@ predicate File_exp_in{L}(chan_handle_t h, integer s) =
        \at(File_exp_ghost_state[h], L) == s;
    predicate File_exp_known{L}(chan_handle_t h) =
        0 <= \at(File_exp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires File_exp_ghost_assume__known: 0 <= s < 5;
     assigns File_exp_ghost_state[h];
     ensures File_exp_in(h, s); @/
  void File_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: File_imp_send_Read__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_send_Read__in__Closed: !File_imp_in(_ep.h, 1);
    requires insula_protocol: File_imp_send_Read__in__Ready_2: !File_imp_in(_ep.h, 2);
    requires insula_protocol: File_imp_send_Read__in__Ready_3: !File_imp_in(_ep.h, 3);
    requires insula_protocol: File_imp_send_Read__in__Ready_4: !File_imp_in(_ep.h, 4);
    assigns File_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> File_imp_ghost_state[_ep.h] == \old(File_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) ==> File_imp_in(_ep.h, 2);
*/
err_t File_imp_send_Read(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length);
/*@ requires insula_protocol: File_imp_call_Read__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_call_Read__in__Closed: !File_imp_in(_ep.h, 1);
    requires insula_protocol: File_imp_call_Read__in__Ready_2: !File_imp_in(_ep.h, 2);
    requires insula_protocol: File_imp_call_Read__in__Ready_3: !File_imp_in(_ep.h, 3);
    requires insula_protocol: File_imp_call_Read__in__Ready_4: !File_imp_in(_ep.h, 4);
    assigns File_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 2;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) && _reply->id == 1 ==> File_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) && _reply->id == 2 ==> File_imp_in(_ep.h, 0);
*/
err_t File_imp_call_Read(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length, SIP_OUT File_imp_msg_t *_reply);
/*@ requires insula_protocol: File_imp_send_Write__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_send_Write__in__Closed: !File_imp_in(_ep.h, 1);
    requires insula_protocol: File_imp_send_Write__in__Ready_2: !File_imp_in(_ep.h, 2);
    requires insula_protocol: File_imp_send_Write__in__Ready_3: !File_imp_in(_ep.h, 3);
    requires insula_protocol: File_imp_send_Write__in__Ready_4: !File_imp_in(_ep.h, 4);
    assigns File_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> File_imp_ghost_state[_ep.h] == \old(File_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) ==> File_imp_in(_ep.h, 3);
*/
err_t File_imp_send_Write(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length);
/*@ requires insula_protocol: File_imp_call_Write__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_call_Write__in__Closed: !File_imp_in(_ep.h, 1);
    requires insula_protocol: File_imp_call_Write__in__Ready_2: !File_imp_in(_ep.h, 2);
    requires insula_protocol: File_imp_call_Write__in__Ready_3: !File_imp_in(_ep.h, 3);
    requires insula_protocol: File_imp_call_Write__in__Ready_4: !File_imp_in(_ep.h, 4);
    assigns File_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) ==>
        _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) && _reply->id == 4 ==> File_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) && _reply->id == 5 ==> File_imp_in(_ep.h, 0);
*/
err_t File_imp_call_Write(File_imp_t _ep, xheap_handle_t buf, uint64_t offset, uint32_t length, SIP_OUT File_imp_msg_t *_reply);
/*@ requires insula_protocol: File_imp_send_Close__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_send_Close__in__Closed: !File_imp_in(_ep.h, 1);
    requires insula_protocol: File_imp_send_Close__in__Ready_2: !File_imp_in(_ep.h, 2);
    requires insula_protocol: File_imp_send_Close__in__Ready_3: !File_imp_in(_ep.h, 3);
    requires insula_protocol: File_imp_send_Close__in__Ready_4: !File_imp_in(_ep.h, 4);
    assigns File_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> File_imp_ghost_state[_ep.h] == \old(File_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) ==> File_imp_in(_ep.h, 4);
*/
err_t File_imp_send_Close(File_imp_t _ep);
/*@ requires insula_protocol: File_imp_call_Close__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_call_Close__in__Closed: !File_imp_in(_ep.h, 1);
    requires insula_protocol: File_imp_call_Close__in__Ready_2: !File_imp_in(_ep.h, 2);
    requires insula_protocol: File_imp_call_Close__in__Ready_3: !File_imp_in(_ep.h, 3);
    requires insula_protocol: File_imp_call_Close__in__Ready_4: !File_imp_in(_ep.h, 4);
    assigns File_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) ==>
        _reply->id == 7;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 0)) && _reply->id == 7 ==> File_imp_in(_ep.h, 1);
*/
err_t File_imp_call_Close(File_imp_t _ep, SIP_OUT File_imp_msg_t *_reply);
/*@ requires insula_protocol: File_imp_recv__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_recv__in__Ready: !File_imp_in(_ep.h, 0);
    requires insula_protocol: File_imp_recv__in__Closed: !File_imp_in(_ep.h, 1);
    assigns File_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 2)) ==>
        _msg->id == 1 || _msg->id == 2;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 3)) ==>
        _msg->id == 4 || _msg->id == 5;
    ensures \result == 0 && \old(File_imp_in(_ep.h, 4)) ==>
        _msg->id == 7;
    ensures \result == 0 && _msg->id == 1 && \old(File_imp_in(_ep.h, 2)) ==> File_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 2 && \old(File_imp_in(_ep.h, 2)) ==> File_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 4 && \old(File_imp_in(_ep.h, 3)) ==> File_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 5 && \old(File_imp_in(_ep.h, 3)) ==> File_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 7 && \old(File_imp_in(_ep.h, 4)) ==> File_imp_in(_ep.h, 1);
*/
err_t File_imp_recv(File_imp_t _ep, SIP_OUT File_imp_msg_t *_msg);
/*@ requires insula_protocol: File_imp_recv_AckRead__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_recv_AckRead__in__Ready: !File_imp_in(_ep.h, 0);
    requires insula_protocol: File_imp_recv_AckRead__in__Closed: !File_imp_in(_ep.h, 1);
    assigns File_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(File_imp_in(_ep.h, 2)) ==> File_imp_in(_ep.h, 0);
*/
err_t File_imp_recv_AckRead(File_imp_t _ep, SIP_OUT File_AckRead_t *_msg);
/*@ requires insula_protocol: File_imp_recv_ReadError__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_recv_ReadError__in__Ready: !File_imp_in(_ep.h, 0);
    requires insula_protocol: File_imp_recv_ReadError__in__Closed: !File_imp_in(_ep.h, 1);
    assigns File_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(File_imp_in(_ep.h, 2)) ==> File_imp_in(_ep.h, 0);
*/
err_t File_imp_recv_ReadError(File_imp_t _ep, SIP_OUT File_ReadError_t *_msg);
/*@ requires insula_protocol: File_imp_recv_AckWrite__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_recv_AckWrite__in__Ready: !File_imp_in(_ep.h, 0);
    requires insula_protocol: File_imp_recv_AckWrite__in__Closed: !File_imp_in(_ep.h, 1);
    assigns File_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(File_imp_in(_ep.h, 3)) ==> File_imp_in(_ep.h, 0);
*/
err_t File_imp_recv_AckWrite(File_imp_t _ep, SIP_OUT File_AckWrite_t *_msg);
/*@ requires insula_protocol: File_imp_recv_WriteError__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_recv_WriteError__in__Ready: !File_imp_in(_ep.h, 0);
    requires insula_protocol: File_imp_recv_WriteError__in__Closed: !File_imp_in(_ep.h, 1);
    assigns File_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(File_imp_in(_ep.h, 3)) ==> File_imp_in(_ep.h, 0);
*/
err_t File_imp_recv_WriteError(File_imp_t _ep, SIP_OUT File_WriteError_t *_msg);
/*@ requires insula_protocol: File_imp_recv_AckClose__known: File_imp_known(_ep.h);
    requires insula_protocol: File_imp_recv_AckClose__in__Ready: !File_imp_in(_ep.h, 0);
    requires insula_protocol: File_imp_recv_AckClose__in__Closed: !File_imp_in(_ep.h, 1);
    assigns File_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(File_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(File_imp_in(_ep.h, 4)) ==> File_imp_in(_ep.h, 1);
*/
err_t File_imp_recv_AckClose(File_imp_t _ep);
/*@ requires insula_protocol: File_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t File_imp_case(File_imp_t ep, const File_imp_handlers_t *h);
/*@ requires insula_protocol: File_exp_send_AckRead__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_send_AckRead__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_send_AckRead__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_send_AckRead__in__Ready_3: !File_exp_in(_ep.h, 3);
    requires insula_protocol: File_exp_send_AckRead__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> File_exp_ghost_state[_ep.h] == \old(File_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) ==> File_exp_in(_ep.h, 0);
*/
err_t File_exp_send_AckRead(File_exp_t _ep, xheap_handle_t buf, uint32_t count);
/*@ requires insula_protocol: File_exp_call_AckRead__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_call_AckRead__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_call_AckRead__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_call_AckRead__in__Ready_3: !File_exp_in(_ep.h, 3);
    requires insula_protocol: File_exp_call_AckRead__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) && _reply->id == 0 ==> File_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) && _reply->id == 3 ==> File_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) && _reply->id == 6 ==> File_exp_in(_ep.h, 4);
*/
err_t File_exp_call_AckRead(File_exp_t _ep, xheap_handle_t buf, uint32_t count, SIP_OUT File_exp_msg_t *_reply);
/*@ requires insula_protocol: File_exp_send_ReadError__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_send_ReadError__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_send_ReadError__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_send_ReadError__in__Ready_3: !File_exp_in(_ep.h, 3);
    requires insula_protocol: File_exp_send_ReadError__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> File_exp_ghost_state[_ep.h] == \old(File_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) ==> File_exp_in(_ep.h, 0);
*/
err_t File_exp_send_ReadError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error);
/*@ requires insula_protocol: File_exp_call_ReadError__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_call_ReadError__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_call_ReadError__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_call_ReadError__in__Ready_3: !File_exp_in(_ep.h, 3);
    requires insula_protocol: File_exp_call_ReadError__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) && _reply->id == 0 ==> File_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) && _reply->id == 3 ==> File_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 2)) && _reply->id == 6 ==> File_exp_in(_ep.h, 4);
*/
err_t File_exp_call_ReadError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error, SIP_OUT File_exp_msg_t *_reply);
/*@ requires insula_protocol: File_exp_send_AckWrite__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_send_AckWrite__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_send_AckWrite__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_send_AckWrite__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_send_AckWrite__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> File_exp_ghost_state[_ep.h] == \old(File_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) ==> File_exp_in(_ep.h, 0);
*/
err_t File_exp_send_AckWrite(File_exp_t _ep, xheap_handle_t buf, uint32_t count);
/*@ requires insula_protocol: File_exp_call_AckWrite__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_call_AckWrite__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_call_AckWrite__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_call_AckWrite__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_call_AckWrite__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) && _reply->id == 0 ==> File_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) && _reply->id == 3 ==> File_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) && _reply->id == 6 ==> File_exp_in(_ep.h, 4);
*/
err_t File_exp_call_AckWrite(File_exp_t _ep, xheap_handle_t buf, uint32_t count, SIP_OUT File_exp_msg_t *_reply);
/*@ requires insula_protocol: File_exp_send_WriteError__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_send_WriteError__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_send_WriteError__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_send_WriteError__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_send_WriteError__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> File_exp_ghost_state[_ep.h] == \old(File_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) ==> File_exp_in(_ep.h, 0);
*/
err_t File_exp_send_WriteError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error);
/*@ requires insula_protocol: File_exp_call_WriteError__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_call_WriteError__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_call_WriteError__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_call_WriteError__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_call_WriteError__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) && _reply->id == 0 ==> File_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) && _reply->id == 3 ==> File_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 3)) && _reply->id == 6 ==> File_exp_in(_ep.h, 4);
*/
err_t File_exp_call_WriteError(File_exp_t _ep, xheap_handle_t buf, File_Error_t error, SIP_OUT File_exp_msg_t *_reply);
/*@ requires insula_protocol: File_exp_send_AckClose__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_send_AckClose__in__Ready: !File_exp_in(_ep.h, 0);
    requires insula_protocol: File_exp_send_AckClose__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_send_AckClose__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_send_AckClose__in__Ready_3: !File_exp_in(_ep.h, 3);
    assigns File_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> File_exp_ghost_state[_ep.h] == \old(File_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(File_exp_in(_ep.h, 4)) ==> File_exp_in(_ep.h, 1);
*/
err_t File_exp_send_AckClose(File_exp_t _ep);
/*@ requires insula_protocol: File_exp_recv__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_recv__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_recv__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_recv__in__Ready_3: !File_exp_in(_ep.h, 3);
    requires insula_protocol: File_exp_recv__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 0)) ==>
        _msg->id == 0 || _msg->id == 3 || _msg->id == 6;
    ensures \result == 0 && _msg->id == 0 && \old(File_exp_in(_ep.h, 0)) ==> File_exp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 3 && \old(File_exp_in(_ep.h, 0)) ==> File_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 6 && \old(File_exp_in(_ep.h, 0)) ==> File_exp_in(_ep.h, 4);
*/
err_t File_exp_recv(File_exp_t _ep, SIP_OUT File_exp_msg_t *_msg);
/*@ requires insula_protocol: File_exp_recv_Read__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_recv_Read__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_recv_Read__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_recv_Read__in__Ready_3: !File_exp_in(_ep.h, 3);
    requires insula_protocol: File_exp_recv_Read__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 0)) ==> File_exp_in(_ep.h, 2);
*/
err_t File_exp_recv_Read(File_exp_t _ep, SIP_OUT File_Read_t *_msg);
/*@ requires insula_protocol: File_exp_recv_Write__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_recv_Write__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_recv_Write__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_recv_Write__in__Ready_3: !File_exp_in(_ep.h, 3);
    requires insula_protocol: File_exp_recv_Write__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(File_exp_in(_ep.h, 0)) ==> File_exp_in(_ep.h, 3);
*/
err_t File_exp_recv_Write(File_exp_t _ep, SIP_OUT File_Write_t *_msg);
/*@ requires insula_protocol: File_exp_recv_Close__known: File_exp_known(_ep.h);
    requires insula_protocol: File_exp_recv_Close__in__Closed: !File_exp_in(_ep.h, 1);
    requires insula_protocol: File_exp_recv_Close__in__Ready_2: !File_exp_in(_ep.h, 2);
    requires insula_protocol: File_exp_recv_Close__in__Ready_3: !File_exp_in(_ep.h, 3);
    requires insula_protocol: File_exp_recv_Close__in__Ready_4: !File_exp_in(_ep.h, 4);
    assigns File_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(File_exp_in(_ep.h, 0)) ==> File_exp_in(_ep.h, 4);
*/
err_t File_exp_recv_Close(File_exp_t _ep);
/*@ requires insula_protocol: File_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t File_exp_case(File_exp_t ep, const File_exp_handlers_t *h);

/* ==== contract Fs ==== */

#ifndef INSULA_ACSL_MODEL_Fs
#define INSULA_ACSL_MODEL_Fs
#define Fs_S_Start 0
#define Fs_S_Ready 1
#define Fs_S_Closed 2
#define Fs_S_Ready_3 3
#define Fs_S_Listing 4
#define Fs_S_ListPaused 5
#define Fs_S_Ready_6 6
#define Fs_S_Ready_7 7
#define Fs_S_Ready_8 8
#define Fs_S_Ready_9 9
#define Fs_S_Ready_10 10
#define Fs_S_Ready_11 11
#define Fs_S_Ready_12 12
#define Fs_S_Ready_13 13

/*@ ghost extern int Service_imp_ghost_state[]; */
/*@ predicate Fs_imp_in{L}(chan_handle_t h, integer s) =
        \at(Service_imp_ghost_state[h], L) == s;
    predicate Fs_imp_known{L}(chan_handle_t h) =
        0 <= \at(Service_imp_ghost_state[h], L) < 14;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Fs_imp_ghost_assume__known: 0 <= s < 14;
     assigns Service_imp_ghost_state[h];
     ensures Fs_imp_in(h, s); @/
  void Fs_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Service_exp_ghost_state[]; */
/*@ predicate Fs_exp_in{L}(chan_handle_t h, integer s) =
        \at(Service_exp_ghost_state[h], L) == s;
    predicate Fs_exp_known{L}(chan_handle_t h) =
        0 <= \at(Service_exp_ghost_state[h], L) < 14;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Fs_exp_ghost_assume__known: 0 <= s < 14;
     assigns Service_exp_ghost_state[h];
     ensures Fs_exp_in(h, s); @/
  void Fs_exp_ghost_assume(chan_handle_t h, int s);
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

#ifndef INSULA_ACSL_MODEL_File
#define INSULA_ACSL_MODEL_File
#define File_S_Ready 0
#define File_S_Closed 1
#define File_S_Ready_2 2
#define File_S_Ready_3 3
#define File_S_Ready_4 4

/*@ ghost extern int File_imp_ghost_state[]; */
/*@ predicate File_imp_in{L}(chan_handle_t h, integer s) =
        \at(File_imp_ghost_state[h], L) == s;
    predicate File_imp_known{L}(chan_handle_t h) =
        0 <= \at(File_imp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires File_imp_ghost_assume__known: 0 <= s < 5;
     assigns File_imp_ghost_state[h];
     ensures File_imp_in(h, s); @/
  void File_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int File_exp_ghost_state[]; */
/*@ predicate File_exp_in{L}(chan_handle_t h, integer s) =
        \at(File_exp_ghost_state[h], L) == s;
    predicate File_exp_known{L}(chan_handle_t h) =
        0 <= \at(File_exp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires File_exp_ghost_assume__known: 0 <= s < 5;
     assigns File_exp_ghost_state[h];
     ensures File_exp_in(h, s); @/
  void File_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Fs_imp_send_Goodbye__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Goodbye__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Goodbye__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 3);
*/
err_t Fs_imp_send_Goodbye(Fs_imp_t _ep);
/*@ requires insula_protocol: Fs_imp_call_Goodbye__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Goodbye__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Goodbye__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Fs_imp_in(_ep.h, 2);
*/
err_t Fs_imp_call_Goodbye(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_Open__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Open__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Open__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Open__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Open__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Open__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 6);
*/
err_t Fs_imp_send_Open(Fs_imp_t _ep, xheap_handle_t path, bool write, bool create, bool truncate);
/*@ requires insula_protocol: Fs_imp_call_Open__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Open__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Open__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Open__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Open__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Open__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 4 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 4 ==> File_imp_in(_reply->u.AckOpen.file.h, 0);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 5 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_Open(Fs_imp_t _ep, xheap_handle_t path, bool write, bool create, bool truncate, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_Stat__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Stat__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Stat__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Stat__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Stat__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Stat__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 7);
*/
err_t Fs_imp_send_Stat(Fs_imp_t _ep, xheap_handle_t path);
/*@ requires insula_protocol: Fs_imp_call_Stat__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Stat__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Stat__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Stat__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Stat__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Stat__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 7 || _reply->id == 8;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 7 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 8 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_Stat(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_List__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_List__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_List__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_List__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_List__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_List__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_List__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_List__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_List__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_List__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_List__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_List__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_List__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_List__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 4);
*/
err_t Fs_imp_send_List(Fs_imp_t _ep, xheap_handle_t path);
/*@ requires insula_protocol: Fs_imp_call_List__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_List__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_List__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_List__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_List__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_List__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_List__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_List__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_List__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_List__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_List__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_List__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_List__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_List__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 10 || _reply->id == 13 || _reply->id == 14;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 10 ==> Fs_imp_in(_ep.h, 5);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 13 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 14 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_List(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_NextEntry__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_NextEntry__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 5)) ==> Fs_imp_in(_ep.h, 4);
*/
err_t Fs_imp_send_NextEntry(Fs_imp_t _ep);
/*@ requires insula_protocol: Fs_imp_call_NextEntry__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_NextEntry__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 5)) ==>
        _reply->id == 10 || _reply->id == 13 || _reply->id == 14;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 5)) && _reply->id == 10 ==> Fs_imp_in(_ep.h, 5);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 5)) && _reply->id == 13 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 5)) && _reply->id == 14 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_NextEntry(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_StopList__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_StopList__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_send_StopList__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_StopList__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_StopList__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 5)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_send_StopList(Fs_imp_t _ep);
/*@ requires insula_protocol: Fs_imp_send_Mkdir__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Mkdir__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Mkdir__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 8);
*/
err_t Fs_imp_send_Mkdir(Fs_imp_t _ep, xheap_handle_t path);
/*@ requires insula_protocol: Fs_imp_call_Mkdir__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Mkdir__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Mkdir__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 21 || _reply->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 21 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 22 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_Mkdir(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_Unlink__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Unlink__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Unlink__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Unlink__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Unlink__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Unlink__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 9);
*/
err_t Fs_imp_send_Unlink(Fs_imp_t _ep, xheap_handle_t path);
/*@ requires insula_protocol: Fs_imp_call_Unlink__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Unlink__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Unlink__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Unlink__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Unlink__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Unlink__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 21 || _reply->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 21 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 22 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_Unlink(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_Rmdir__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Rmdir__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Rmdir__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 10);
*/
err_t Fs_imp_send_Rmdir(Fs_imp_t _ep, xheap_handle_t path);
/*@ requires insula_protocol: Fs_imp_call_Rmdir__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Rmdir__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Rmdir__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 21 || _reply->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 21 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 22 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_Rmdir(Fs_imp_t _ep, xheap_handle_t path, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_Rename__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Rename__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Rename__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Rename__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Rename__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Rename__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 11);
*/
err_t Fs_imp_send_Rename(Fs_imp_t _ep, xheap_handle_t from, xheap_handle_t to);
/*@ requires insula_protocol: Fs_imp_call_Rename__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Rename__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Rename__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Rename__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Rename__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Rename__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 21 || _reply->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 21 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 22 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_Rename(Fs_imp_t _ep, xheap_handle_t from, xheap_handle_t to, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_Truncate__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Truncate__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Truncate__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Truncate__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Truncate__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Truncate__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 12);
*/
err_t Fs_imp_send_Truncate(Fs_imp_t _ep, xheap_handle_t path, uint64_t size);
/*@ requires insula_protocol: Fs_imp_call_Truncate__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Truncate__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Truncate__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Truncate__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Truncate__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Truncate__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 21 || _reply->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 21 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 22 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_Truncate(Fs_imp_t _ep, xheap_handle_t path, uint64_t size, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_send_Sync__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_send_Sync__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_send_Sync__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_send_Sync__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_send_Sync__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_send_Sync__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_imp_ghost_state[_ep.h] == \old(Service_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==> Fs_imp_in(_ep.h, 13);
*/
err_t Fs_imp_send_Sync(Fs_imp_t _ep);
/*@ requires insula_protocol: Fs_imp_call_Sync__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_call_Sync__in__Start: !Fs_imp_in(_ep.h, 0);
    requires insula_protocol: Fs_imp_call_Sync__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_3: !Fs_imp_in(_ep.h, 3);
    requires insula_protocol: Fs_imp_call_Sync__in__Listing: !Fs_imp_in(_ep.h, 4);
    requires insula_protocol: Fs_imp_call_Sync__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_6: !Fs_imp_in(_ep.h, 6);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_7: !Fs_imp_in(_ep.h, 7);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_8: !Fs_imp_in(_ep.h, 8);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_9: !Fs_imp_in(_ep.h, 9);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_10: !Fs_imp_in(_ep.h, 10);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_11: !Fs_imp_in(_ep.h, 11);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_12: !Fs_imp_in(_ep.h, 12);
    requires insula_protocol: Fs_imp_call_Sync__in__Ready_13: !Fs_imp_in(_ep.h, 13);
    assigns Service_imp_ghost_state[_ep.h], *_reply, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) ==>
        _reply->id == 21 || _reply->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 21 ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 1)) && _reply->id == 22 ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_call_Sync(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_reply);
/*@ requires insula_protocol: Fs_imp_recv__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg, File_imp_ghost_state[..];
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 4)) ==>
        _msg->id == 10 || _msg->id == 13 || _msg->id == 14;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 6)) ==>
        _msg->id == 4 || _msg->id == 5;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 7)) ==>
        _msg->id == 7 || _msg->id == 8;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 8)) ==>
        _msg->id == 21 || _msg->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 9)) ==>
        _msg->id == 21 || _msg->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 10)) ==>
        _msg->id == 21 || _msg->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 11)) ==>
        _msg->id == 21 || _msg->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 12)) ==>
        _msg->id == 21 || _msg->id == 22;
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 13)) ==>
        _msg->id == 21 || _msg->id == 22;
    ensures \result == 0 && _msg->id == 0 && \old(Fs_imp_in(_ep.h, 0)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Fs_imp_in(_ep.h, 3)) ==> Fs_imp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 4 && \old(Fs_imp_in(_ep.h, 6)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 4 ==> File_imp_in(_msg->u.AckOpen.file.h, 0);
    ensures \result == 0 && _msg->id == 5 && \old(Fs_imp_in(_ep.h, 6)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 7 && \old(Fs_imp_in(_ep.h, 7)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 8 && \old(Fs_imp_in(_ep.h, 7)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 10 && \old(Fs_imp_in(_ep.h, 4)) ==> Fs_imp_in(_ep.h, 5);
    ensures \result == 0 && _msg->id == 13 && \old(Fs_imp_in(_ep.h, 4)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 14 && \old(Fs_imp_in(_ep.h, 4)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 21 && \old(Fs_imp_in(_ep.h, 8)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 21 && \old(Fs_imp_in(_ep.h, 9)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 21 && \old(Fs_imp_in(_ep.h, 10)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 21 && \old(Fs_imp_in(_ep.h, 11)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 21 && \old(Fs_imp_in(_ep.h, 12)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 21 && \old(Fs_imp_in(_ep.h, 13)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 22 && \old(Fs_imp_in(_ep.h, 8)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 22 && \old(Fs_imp_in(_ep.h, 9)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 22 && \old(Fs_imp_in(_ep.h, 10)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 22 && \old(Fs_imp_in(_ep.h, 11)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 22 && \old(Fs_imp_in(_ep.h, 12)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 22 && \old(Fs_imp_in(_ep.h, 13)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv(Fs_imp_t _ep, SIP_OUT Fs_imp_msg_t *_msg);
/*@ requires insula_protocol: Fs_imp_recv_Hello__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_Hello__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_Hello__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_Hello__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 0)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv_Hello(Fs_imp_t _ep, SIP_OUT Fs_Hello_t *_msg);
/*@ requires insula_protocol: Fs_imp_recv_AckGoodbye__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_AckGoodbye__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_AckGoodbye__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_AckGoodbye__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 3)) ==> Fs_imp_in(_ep.h, 2);
*/
err_t Fs_imp_recv_AckGoodbye(Fs_imp_t _ep);
/*@ requires insula_protocol: Fs_imp_recv_AckOpen__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_AckOpen__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_AckOpen__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_AckOpen__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg, File_imp_ghost_state[..];
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 6)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 ==> File_imp_in(_msg->file.h, 0);
*/
err_t Fs_imp_recv_AckOpen(Fs_imp_t _ep, SIP_OUT Fs_AckOpen_t *_msg);
/*@ requires insula_protocol: Fs_imp_recv_OpenError__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_OpenError__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_OpenError__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_OpenError__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 6)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv_OpenError(Fs_imp_t _ep, SIP_OUT Fs_OpenError_t *_msg);
/*@ requires insula_protocol: Fs_imp_recv_AckStat__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_AckStat__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_AckStat__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_AckStat__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 7)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv_AckStat(Fs_imp_t _ep, SIP_OUT Fs_AckStat_t *_msg);
/*@ requires insula_protocol: Fs_imp_recv_StatError__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_StatError__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_StatError__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_StatError__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 7)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv_StatError(Fs_imp_t _ep, SIP_OUT Fs_StatError_t *_msg);
/*@ requires insula_protocol: Fs_imp_recv_Entry__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_Entry__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_Entry__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_Entry__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 4)) ==> Fs_imp_in(_ep.h, 5);
*/
err_t Fs_imp_recv_Entry(Fs_imp_t _ep, SIP_OUT Fs_Entry_t *_msg);
/*@ requires insula_protocol: Fs_imp_recv_EndList__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_EndList__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_EndList__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_EndList__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 4)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv_EndList(Fs_imp_t _ep);
/*@ requires insula_protocol: Fs_imp_recv_ListError__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_ListError__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_ListError__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_ListError__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 8));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 9));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 10));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 11));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 12));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 13));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 4)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv_ListError(Fs_imp_t _ep, SIP_OUT Fs_ListError_t *_msg);
/*@ requires insula_protocol: Fs_imp_recv_Done__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_Done__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_Done__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_Done__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 8)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 9)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 10)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 11)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 12)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 13)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv_Done(Fs_imp_t _ep);
/*@ requires insula_protocol: Fs_imp_recv_Failed__known: Fs_imp_known(_ep.h);
    requires insula_protocol: Fs_imp_recv_Failed__in__Ready: !Fs_imp_in(_ep.h, 1);
    requires insula_protocol: Fs_imp_recv_Failed__in__Closed: !Fs_imp_in(_ep.h, 2);
    requires insula_protocol: Fs_imp_recv_Failed__in__ListPaused: !Fs_imp_in(_ep.h, 5);
    assigns Service_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 6));
    ensures \result != 0 || !\old(Fs_imp_in(_ep.h, 7));
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 8)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 9)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 10)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 11)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 12)) ==> Fs_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_imp_in(_ep.h, 13)) ==> Fs_imp_in(_ep.h, 1);
*/
err_t Fs_imp_recv_Failed(Fs_imp_t _ep, SIP_OUT Fs_Failed_t *_msg);
/*@ requires insula_protocol: Fs_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Fs_imp_case(Fs_imp_t ep, const Fs_imp_handlers_t *h);
/*@ requires insula_protocol: Fs_exp_send_Hello__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_Hello__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_Hello__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_send_Hello__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_Hello__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_Hello(Fs_exp_t _ep, uint32_t version);
/*@ requires insula_protocol: Fs_exp_call_Hello__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_Hello__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_Hello__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_call_Hello__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_call_Hello__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 0)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_Hello(Fs_exp_t _ep, uint32_t version, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_AckGoodbye__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_AckGoodbye__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 3)) ==> Fs_exp_in(_ep.h, 2);
*/
err_t Fs_exp_send_AckGoodbye(Fs_exp_t _ep);
/*@ requires insula_protocol: Fs_exp_send_AckOpen__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_send_AckOpen__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_AckOpen__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_AckOpen(Fs_exp_t _ep, File_imp_t file, uint64_t size);
/*@ requires insula_protocol: Fs_exp_call_AckOpen__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_call_AckOpen__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_call_AckOpen__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_AckOpen(Fs_exp_t _ep, File_imp_t file, uint64_t size, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_OpenError__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_OpenError__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_OpenError__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_OpenError__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_send_OpenError__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_OpenError__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_OpenError(Fs_exp_t _ep, Fs_Error_t error);
/*@ requires insula_protocol: Fs_exp_call_OpenError__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_OpenError__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_OpenError__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_OpenError__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_call_OpenError__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_call_OpenError__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 6)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_OpenError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_AckStat__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_AckStat__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_AckStat__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_AckStat__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_send_AckStat__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_AckStat__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_AckStat(Fs_exp_t _ep, Fs_Kind_t kind, uint64_t size, uint64_t mtime_ns);
/*@ requires insula_protocol: Fs_exp_call_AckStat__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_AckStat__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_AckStat__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_AckStat__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_call_AckStat__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_call_AckStat__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_AckStat(Fs_exp_t _ep, Fs_Kind_t kind, uint64_t size, uint64_t mtime_ns, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_StatError__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_StatError__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_StatError__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_StatError__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_send_StatError__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_StatError__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_StatError(Fs_exp_t _ep, Fs_Error_t error);
/*@ requires insula_protocol: Fs_exp_call_StatError__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_StatError__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_StatError__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_StatError__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_call_StatError__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_call_StatError__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 7)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_StatError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_Entry__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_Entry__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_Entry__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_Entry__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_Entry__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) ==> Fs_exp_in(_ep.h, 5);
*/
err_t Fs_exp_send_Entry(Fs_exp_t _ep, xheap_handle_t name, Fs_Kind_t kind, uint64_t size);
/*@ requires insula_protocol: Fs_exp_call_Entry__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_Entry__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_Entry__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_Entry__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_call_Entry__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) ==>
        _reply->id == 11 || _reply->id == 12;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 11 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 12 ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_call_Entry(Fs_exp_t _ep, xheap_handle_t name, Fs_Kind_t kind, uint64_t size, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_EndList__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_EndList__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_EndList__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_EndList__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_EndList__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_EndList(Fs_exp_t _ep);
/*@ requires insula_protocol: Fs_exp_call_EndList__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_EndList__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_EndList__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_EndList__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_call_EndList__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_EndList(Fs_exp_t _ep, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_ListError__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_ListError__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_ListError__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_ListError__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_send_ListError__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_ListError(Fs_exp_t _ep, Fs_Error_t error);
/*@ requires insula_protocol: Fs_exp_call_ListError__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_ListError__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_ListError__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_ListError__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_call_ListError__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 4)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_ListError(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_Done__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_Done__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_Done__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_Done__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_Done__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_Done__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_send_Done__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_Done__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_Done__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_Done(Fs_exp_t _ep);
/*@ requires insula_protocol: Fs_exp_call_Done__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_Done__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_Done__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_Done__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_Done__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_Done__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_call_Done__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_Done__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_call_Done__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_Done(Fs_exp_t _ep, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_send_Failed__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_send_Failed__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_send_Failed__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_send_Failed__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_send_Failed__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_send_Failed__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_send_Failed__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_send_Failed__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_send_Failed__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Service_exp_ghost_state[_ep.h] == \old(Service_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_send_Failed(Fs_exp_t _ep, Fs_Error_t error);
/*@ requires insula_protocol: Fs_exp_call_Failed__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_call_Failed__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_call_Failed__in__Ready: !Fs_exp_in(_ep.h, 1);
    requires insula_protocol: Fs_exp_call_Failed__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_call_Failed__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_call_Failed__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_call_Failed__in__ListPaused: !Fs_exp_in(_ep.h, 5);
    requires insula_protocol: Fs_exp_call_Failed__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_call_Failed__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    assigns Service_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 8)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 9)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 10)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 11)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 12)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 6 || _reply->id == 9 || _reply->id == 15 || _reply->id == 16 || _reply->id == 17 || _reply->id == 18 || _reply->id == 19 || _reply->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 1 ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 3 ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 6 ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 9 ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 15 ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 16 ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 17 ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 18 ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 19 ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 13)) && _reply->id == 20 ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_call_Failed(Fs_exp_t _ep, Fs_Error_t error, SIP_OUT Fs_exp_msg_t *_reply);
/*@ requires insula_protocol: Fs_exp_recv__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 3 || _msg->id == 6 || _msg->id == 9 || _msg->id == 15 || _msg->id == 16 || _msg->id == 17 || _msg->id == 18 || _msg->id == 19 || _msg->id == 20;
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 5)) ==>
        _msg->id == 11 || _msg->id == 12;
    ensures \result == 0 && _msg->id == 1 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 3 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 6);
    ensures \result == 0 && _msg->id == 6 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 7);
    ensures \result == 0 && _msg->id == 9 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 11 && \old(Fs_exp_in(_ep.h, 5)) ==> Fs_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 12 && \old(Fs_exp_in(_ep.h, 5)) ==> Fs_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 15 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 8);
    ensures \result == 0 && _msg->id == 16 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 9);
    ensures \result == 0 && _msg->id == 17 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 10);
    ensures \result == 0 && _msg->id == 18 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 11);
    ensures \result == 0 && _msg->id == 19 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 12);
    ensures \result == 0 && _msg->id == 20 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_recv(Fs_exp_t _ep, SIP_OUT Fs_exp_msg_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_Goodbye__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Goodbye__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 3);
*/
err_t Fs_exp_recv_Goodbye(Fs_exp_t _ep);
/*@ requires insula_protocol: Fs_exp_recv_Open__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Open__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Open__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Open__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Open__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 6);
*/
err_t Fs_exp_recv_Open(Fs_exp_t _ep, SIP_OUT Fs_Open_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_Stat__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Stat__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Stat__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Stat__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Stat__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 7);
*/
err_t Fs_exp_recv_Stat(Fs_exp_t _ep, SIP_OUT Fs_Stat_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_List__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_List__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_List__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_List__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_List__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 4);
*/
err_t Fs_exp_recv_List(Fs_exp_t _ep, SIP_OUT Fs_List_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_NextEntry__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_NextEntry__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 1));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 5)) ==> Fs_exp_in(_ep.h, 4);
*/
err_t Fs_exp_recv_NextEntry(Fs_exp_t _ep);
/*@ requires insula_protocol: Fs_exp_recv_StopList__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_StopList__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_StopList__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_StopList__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_StopList__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 1));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 5)) ==> Fs_exp_in(_ep.h, 1);
*/
err_t Fs_exp_recv_StopList(Fs_exp_t _ep);
/*@ requires insula_protocol: Fs_exp_recv_Mkdir__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Mkdir__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 8);
*/
err_t Fs_exp_recv_Mkdir(Fs_exp_t _ep, SIP_OUT Fs_Mkdir_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_Unlink__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Unlink__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 9);
*/
err_t Fs_exp_recv_Unlink(Fs_exp_t _ep, SIP_OUT Fs_Unlink_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_Rmdir__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Rmdir__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 10);
*/
err_t Fs_exp_recv_Rmdir(Fs_exp_t _ep, SIP_OUT Fs_Rmdir_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_Rename__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Rename__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Rename__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Rename__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Rename__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 11);
*/
err_t Fs_exp_recv_Rename(Fs_exp_t _ep, SIP_OUT Fs_Rename_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_Truncate__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Truncate__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 12);
*/
err_t Fs_exp_recv_Truncate(Fs_exp_t _ep, SIP_OUT Fs_Truncate_t *_msg);
/*@ requires insula_protocol: Fs_exp_recv_Sync__known: Fs_exp_known(_ep.h);
    requires insula_protocol: Fs_exp_recv_Sync__in__Start: !Fs_exp_in(_ep.h, 0);
    requires insula_protocol: Fs_exp_recv_Sync__in__Closed: !Fs_exp_in(_ep.h, 2);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_3: !Fs_exp_in(_ep.h, 3);
    requires insula_protocol: Fs_exp_recv_Sync__in__Listing: !Fs_exp_in(_ep.h, 4);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_6: !Fs_exp_in(_ep.h, 6);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_7: !Fs_exp_in(_ep.h, 7);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_8: !Fs_exp_in(_ep.h, 8);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_9: !Fs_exp_in(_ep.h, 9);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_10: !Fs_exp_in(_ep.h, 10);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_11: !Fs_exp_in(_ep.h, 11);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_12: !Fs_exp_in(_ep.h, 12);
    requires insula_protocol: Fs_exp_recv_Sync__in__Ready_13: !Fs_exp_in(_ep.h, 13);
    assigns Service_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Fs_exp_in(_ep.h, 5));
    ensures \result == 0 && \old(Fs_exp_in(_ep.h, 1)) ==> Fs_exp_in(_ep.h, 13);
*/
err_t Fs_exp_recv_Sync(Fs_exp_t _ep);
/*@ requires insula_protocol: Fs_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Fs_exp_case(Fs_exp_t ep, const Fs_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_FS_ACSL_H */
