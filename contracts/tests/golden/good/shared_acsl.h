/* generated from shared.contract by contractc — do not edit */
/* ACSL for the bindings of shared.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_SHARED_ACSL_H
#define INSULA_CONTRACTS_SHARED_ACSL_H

#include "shared.h"

/* ==== contract Catalog ==== */

#ifndef INSULA_ACSL_MODEL_Catalog
#define INSULA_ACSL_MODEL_Catalog
#define Catalog_S_Ready 0
#define Catalog_S_Closed 1
#define Catalog_S_Ready_2 2
#define Catalog_S_Ready_3 3

/*@ ghost extern int Catalog_imp_ghost_state[]; */
/*@ predicate Catalog_imp_in{L}(chan_handle_t h, integer s) =
        \at(Catalog_imp_ghost_state[h], L) == s;
    predicate Catalog_imp_known{L}(chan_handle_t h) =
        0 <= \at(Catalog_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Catalog_imp_ghost_assume__known: 0 <= s < 4;
     assigns Catalog_imp_ghost_state[h];
     ensures Catalog_imp_in(h, s); @/
  void Catalog_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Catalog_exp_ghost_state[]; */
/*@ predicate Catalog_exp_in{L}(chan_handle_t h, integer s) =
        \at(Catalog_exp_ghost_state[h], L) == s;
    predicate Catalog_exp_known{L}(chan_handle_t h) =
        0 <= \at(Catalog_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Catalog_exp_ghost_assume__known: 0 <= s < 4;
     assigns Catalog_exp_ghost_state[h];
     ensures Catalog_exp_in(h, s); @/
  void Catalog_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Partner
#define INSULA_ACSL_MODEL_Partner
#define Partner_S_Start 0
#define Partner_S_Start_1 1

/*@ ghost extern int Partner_imp_ghost_state[]; */
/*@ predicate Partner_imp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_imp_ghost_state[h], L) == s;
    predicate Partner_imp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_imp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_imp_ghost_state[h];
     ensures Partner_imp_in(h, s); @/
  void Partner_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Partner_exp_ghost_state[]; */
/*@ predicate Partner_exp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_exp_ghost_state[h], L) == s;
    predicate Partner_exp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_exp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_exp_ghost_state[h];
     ensures Partner_exp_in(h, s); @/
  void Partner_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Partner
#define INSULA_ACSL_MODEL_Partner
#define Partner_S_Start 0
#define Partner_S_Start_1 1

/*@ ghost extern int Partner_imp_ghost_state[]; */
/*@ predicate Partner_imp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_imp_ghost_state[h], L) == s;
    predicate Partner_imp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_imp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_imp_ghost_state[h];
     ensures Partner_imp_in(h, s); @/
  void Partner_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Partner_exp_ghost_state[]; */
/*@ predicate Partner_exp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_exp_ghost_state[h], L) == s;
    predicate Partner_exp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_exp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_exp_ghost_state[h];
     ensures Partner_exp_in(h, s); @/
  void Partner_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Catalog_imp_send_List__known: Catalog_imp_known(_ep.h);
    requires insula_protocol: Catalog_imp_send_List__in__Closed: !Catalog_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog_imp_send_List__in__Ready_2: !Catalog_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog_imp_send_List__in__Ready_3: !Catalog_imp_in(_ep.h, 3);
    assigns Catalog_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_imp_ghost_state[_ep.h] == \old(Catalog_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 0)) ==> Catalog_imp_in(_ep.h, 2);
*/
err_t Catalog_imp_send_List(Catalog_imp_t _ep, Access_t want, const Status_t last[2]);
/*@ requires insula_protocol: Catalog_imp_call_List__known: Catalog_imp_known(_ep.h);
    requires insula_protocol: Catalog_imp_call_List__in__Closed: !Catalog_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog_imp_call_List__in__Ready_2: !Catalog_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog_imp_call_List__in__Ready_3: !Catalog_imp_in(_ep.h, 3);
    assigns Catalog_imp_ghost_state[_ep.h], *_reply, Partner_exp_ghost_state[..];
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Catalog_imp_in(_ep.h, 0);
*/
err_t Catalog_imp_call_List(Catalog_imp_t _ep, Access_t want, const Status_t last[2], SIP_OUT Catalog_imp_msg_t *_reply);
/*@ requires insula_protocol: Catalog_imp_send_Put__known: Catalog_imp_known(_ep.h);
    requires insula_protocol: Catalog_imp_send_Put__in__Closed: !Catalog_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog_imp_send_Put__in__Ready_2: !Catalog_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog_imp_send_Put__in__Ready_3: !Catalog_imp_in(_ep.h, 3);
    assigns Catalog_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_imp_ghost_state[_ep.h] == \old(Catalog_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 0)) ==> Catalog_imp_in(_ep.h, 3);
*/
err_t Catalog_imp_send_Put(Catalog_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3]);
/*@ requires insula_protocol: Catalog_imp_call_Put__known: Catalog_imp_known(_ep.h);
    requires insula_protocol: Catalog_imp_call_Put__in__Closed: !Catalog_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog_imp_call_Put__in__Ready_2: !Catalog_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog_imp_call_Put__in__Ready_3: !Catalog_imp_in(_ep.h, 3);
    assigns Catalog_imp_ghost_state[_ep.h], *_reply, Partner_exp_ghost_state[..];
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 0)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 0)) && _reply->id == 3 ==> Catalog_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 0)) && _reply->id == 3 ==> Partner_exp_in(_reply->u.AckPut.peer.h, 0);
*/
err_t Catalog_imp_call_Put(Catalog_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3], SIP_OUT Catalog_imp_msg_t *_reply);
/*@ requires insula_protocol: Catalog_imp_send_Close__known: Catalog_imp_known(_ep.h);
    requires insula_protocol: Catalog_imp_send_Close__in__Closed: !Catalog_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog_imp_send_Close__in__Ready_2: !Catalog_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog_imp_send_Close__in__Ready_3: !Catalog_imp_in(_ep.h, 3);
    assigns Catalog_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_imp_ghost_state[_ep.h] == \old(Catalog_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 0)) ==> Catalog_imp_in(_ep.h, 1);
*/
err_t Catalog_imp_send_Close(Catalog_imp_t _ep);
/*@ requires insula_protocol: Catalog_imp_recv__known: Catalog_imp_known(_ep.h);
    requires insula_protocol: Catalog_imp_recv__in__Ready: !Catalog_imp_in(_ep.h, 0);
    requires insula_protocol: Catalog_imp_recv__in__Closed: !Catalog_imp_in(_ep.h, 1);
    assigns Catalog_imp_ghost_state[_ep.h], *_msg, Partner_exp_ghost_state[..];
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 2)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 3)) ==>
        _msg->id == 3;
    ensures \result == 0 && _msg->id == 1 && \old(Catalog_imp_in(_ep.h, 2)) ==> Catalog_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 3 && \old(Catalog_imp_in(_ep.h, 3)) ==> Catalog_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 3 ==> Partner_exp_in(_msg->u.AckPut.peer.h, 0);
*/
err_t Catalog_imp_recv(Catalog_imp_t _ep, SIP_OUT Catalog_imp_msg_t *_msg);
/*@ requires insula_protocol: Catalog_imp_recv_Listing__known: Catalog_imp_known(_ep.h);
    requires insula_protocol: Catalog_imp_recv_Listing__in__Ready: !Catalog_imp_in(_ep.h, 0);
    requires insula_protocol: Catalog_imp_recv_Listing__in__Closed: !Catalog_imp_in(_ep.h, 1);
    assigns Catalog_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Catalog_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 2)) ==> Catalog_imp_in(_ep.h, 0);
*/
err_t Catalog_imp_recv_Listing(Catalog_imp_t _ep, SIP_OUT Catalog_Listing_t *_msg);
/*@ requires insula_protocol: Catalog_imp_recv_AckPut__known: Catalog_imp_known(_ep.h);
    requires insula_protocol: Catalog_imp_recv_AckPut__in__Ready: !Catalog_imp_in(_ep.h, 0);
    requires insula_protocol: Catalog_imp_recv_AckPut__in__Closed: !Catalog_imp_in(_ep.h, 1);
    assigns Catalog_imp_ghost_state[_ep.h], *_msg, Partner_exp_ghost_state[..];
    ensures \result != 0 || !\old(Catalog_imp_in(_ep.h, 2));
    ensures \result == 0 && \old(Catalog_imp_in(_ep.h, 3)) ==> Catalog_imp_in(_ep.h, 0);
    ensures \result == 0 ==> Partner_exp_in(_msg->peer.h, 0);
*/
err_t Catalog_imp_recv_AckPut(Catalog_imp_t _ep, SIP_OUT Catalog_AckPut_t *_msg);
/*@ requires insula_protocol: Catalog_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Catalog_imp_case(Catalog_imp_t ep, const Catalog_imp_handlers_t *h);
/*@ requires insula_protocol: Catalog_exp_send_Listing__known: Catalog_exp_known(_ep.h);
    requires insula_protocol: Catalog_exp_send_Listing__in__Ready: !Catalog_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog_exp_send_Listing__in__Closed: !Catalog_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog_exp_send_Listing__in__Ready_3: !Catalog_exp_in(_ep.h, 3);
    assigns Catalog_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_exp_ghost_state[_ep.h] == \old(Catalog_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 2)) ==> Catalog_exp_in(_ep.h, 0);
*/
err_t Catalog_exp_send_Listing(Catalog_exp_t _ep, Catalog_Page_t page, Huge_t h);
/*@ requires insula_protocol: Catalog_exp_call_Listing__known: Catalog_exp_known(_ep.h);
    requires insula_protocol: Catalog_exp_call_Listing__in__Ready: !Catalog_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog_exp_call_Listing__in__Closed: !Catalog_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog_exp_call_Listing__in__Ready_3: !Catalog_exp_in(_ep.h, 3);
    assigns Catalog_exp_ghost_state[_ep.h], *_reply, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 2 || _reply->id == 4;
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 2)) && _reply->id == 0 ==> Catalog_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Catalog_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Partner_imp_in(_reply->u.Put.reply.h, 0);
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 2)) && _reply->id == 4 ==> Catalog_exp_in(_ep.h, 1);
*/
err_t Catalog_exp_call_Listing(Catalog_exp_t _ep, Catalog_Page_t page, Huge_t h, SIP_OUT Catalog_exp_msg_t *_reply);
/*@ requires insula_protocol: Catalog_exp_send_AckPut__known: Catalog_exp_known(_ep.h);
    requires insula_protocol: Catalog_exp_send_AckPut__in__Ready: !Catalog_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog_exp_send_AckPut__in__Closed: !Catalog_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog_exp_send_AckPut__in__Ready_2: !Catalog_exp_in(_ep.h, 2);
    assigns Catalog_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_exp_ghost_state[_ep.h] == \old(Catalog_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 3)) ==> Catalog_exp_in(_ep.h, 0);
*/
err_t Catalog_exp_send_AckPut(Catalog_exp_t _ep, Status_t status, Partner_exp_t peer);
/*@ requires insula_protocol: Catalog_exp_call_AckPut__known: Catalog_exp_known(_ep.h);
    requires insula_protocol: Catalog_exp_call_AckPut__in__Ready: !Catalog_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog_exp_call_AckPut__in__Closed: !Catalog_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog_exp_call_AckPut__in__Ready_2: !Catalog_exp_in(_ep.h, 2);
    assigns Catalog_exp_ghost_state[_ep.h], *_reply, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 3)) ==>
        _reply->id == 0 || _reply->id == 2 || _reply->id == 4;
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 3)) && _reply->id == 0 ==> Catalog_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 3)) && _reply->id == 2 ==> Catalog_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 3)) && _reply->id == 2 ==> Partner_imp_in(_reply->u.Put.reply.h, 0);
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 3)) && _reply->id == 4 ==> Catalog_exp_in(_ep.h, 1);
*/
err_t Catalog_exp_call_AckPut(Catalog_exp_t _ep, Status_t status, Partner_exp_t peer, SIP_OUT Catalog_exp_msg_t *_reply);
/*@ requires insula_protocol: Catalog_exp_recv__known: Catalog_exp_known(_ep.h);
    requires insula_protocol: Catalog_exp_recv__in__Closed: !Catalog_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog_exp_recv__in__Ready_2: !Catalog_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog_exp_recv__in__Ready_3: !Catalog_exp_in(_ep.h, 3);
    assigns Catalog_exp_ghost_state[_ep.h], *_msg, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 0)) ==>
        _msg->id == 0 || _msg->id == 2 || _msg->id == 4;
    ensures \result == 0 && _msg->id == 0 && \old(Catalog_exp_in(_ep.h, 0)) ==> Catalog_exp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 2 && \old(Catalog_exp_in(_ep.h, 0)) ==> Catalog_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 2 ==> Partner_imp_in(_msg->u.Put.reply.h, 0);
    ensures \result == 0 && _msg->id == 4 && \old(Catalog_exp_in(_ep.h, 0)) ==> Catalog_exp_in(_ep.h, 1);
*/
err_t Catalog_exp_recv(Catalog_exp_t _ep, SIP_OUT Catalog_exp_msg_t *_msg);
/*@ requires insula_protocol: Catalog_exp_recv_List__known: Catalog_exp_known(_ep.h);
    requires insula_protocol: Catalog_exp_recv_List__in__Closed: !Catalog_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog_exp_recv_List__in__Ready_2: !Catalog_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog_exp_recv_List__in__Ready_3: !Catalog_exp_in(_ep.h, 3);
    assigns Catalog_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 0)) ==> Catalog_exp_in(_ep.h, 2);
*/
err_t Catalog_exp_recv_List(Catalog_exp_t _ep, SIP_OUT Catalog_List_t *_msg);
/*@ requires insula_protocol: Catalog_exp_recv_Put__known: Catalog_exp_known(_ep.h);
    requires insula_protocol: Catalog_exp_recv_Put__in__Closed: !Catalog_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog_exp_recv_Put__in__Ready_2: !Catalog_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog_exp_recv_Put__in__Ready_3: !Catalog_exp_in(_ep.h, 3);
    assigns Catalog_exp_ghost_state[_ep.h], *_msg, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 0)) ==> Catalog_exp_in(_ep.h, 3);
    ensures \result == 0 ==> Partner_imp_in(_msg->reply.h, 0);
*/
err_t Catalog_exp_recv_Put(Catalog_exp_t _ep, SIP_OUT Catalog_Put_t *_msg);
/*@ requires insula_protocol: Catalog_exp_recv_Close__known: Catalog_exp_known(_ep.h);
    requires insula_protocol: Catalog_exp_recv_Close__in__Closed: !Catalog_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog_exp_recv_Close__in__Ready_2: !Catalog_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog_exp_recv_Close__in__Ready_3: !Catalog_exp_in(_ep.h, 3);
    assigns Catalog_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Catalog_exp_in(_ep.h, 0)) ==> Catalog_exp_in(_ep.h, 1);
*/
err_t Catalog_exp_recv_Close(Catalog_exp_t _ep);
/*@ requires insula_protocol: Catalog_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Catalog_exp_case(Catalog_exp_t ep, const Catalog_exp_handlers_t *h);

/* ==== contract Catalog2 ==== */

#ifndef INSULA_ACSL_MODEL_Catalog2
#define INSULA_ACSL_MODEL_Catalog2
#define Catalog2_S_Ready 0
#define Catalog2_S_Closed 1
#define Catalog2_S_Ready_2 2
#define Catalog2_S_Ready_3 3
#define Catalog2_S_Ready_4 4

/*@ ghost extern int Catalog_imp_ghost_state[]; */
/*@ predicate Catalog2_imp_in{L}(chan_handle_t h, integer s) =
        \at(Catalog_imp_ghost_state[h], L) == s;
    predicate Catalog2_imp_known{L}(chan_handle_t h) =
        0 <= \at(Catalog_imp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Catalog2_imp_ghost_assume__known: 0 <= s < 5;
     assigns Catalog_imp_ghost_state[h];
     ensures Catalog2_imp_in(h, s); @/
  void Catalog2_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Catalog_exp_ghost_state[]; */
/*@ predicate Catalog2_exp_in{L}(chan_handle_t h, integer s) =
        \at(Catalog_exp_ghost_state[h], L) == s;
    predicate Catalog2_exp_known{L}(chan_handle_t h) =
        0 <= \at(Catalog_exp_ghost_state[h], L) < 5;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Catalog2_exp_ghost_assume__known: 0 <= s < 5;
     assigns Catalog_exp_ghost_state[h];
     ensures Catalog2_exp_in(h, s); @/
  void Catalog2_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Catalog
#define INSULA_ACSL_MODEL_Catalog
#define Catalog_S_Ready 0
#define Catalog_S_Closed 1
#define Catalog_S_Ready_2 2
#define Catalog_S_Ready_3 3

/*@ ghost extern int Catalog_imp_ghost_state[]; */
/*@ predicate Catalog_imp_in{L}(chan_handle_t h, integer s) =
        \at(Catalog_imp_ghost_state[h], L) == s;
    predicate Catalog_imp_known{L}(chan_handle_t h) =
        0 <= \at(Catalog_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Catalog_imp_ghost_assume__known: 0 <= s < 4;
     assigns Catalog_imp_ghost_state[h];
     ensures Catalog_imp_in(h, s); @/
  void Catalog_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Catalog_exp_ghost_state[]; */
/*@ predicate Catalog_exp_in{L}(chan_handle_t h, integer s) =
        \at(Catalog_exp_ghost_state[h], L) == s;
    predicate Catalog_exp_known{L}(chan_handle_t h) =
        0 <= \at(Catalog_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Catalog_exp_ghost_assume__known: 0 <= s < 4;
     assigns Catalog_exp_ghost_state[h];
     ensures Catalog_exp_in(h, s); @/
  void Catalog_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Partner
#define INSULA_ACSL_MODEL_Partner
#define Partner_S_Start 0
#define Partner_S_Start_1 1

/*@ ghost extern int Partner_imp_ghost_state[]; */
/*@ predicate Partner_imp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_imp_ghost_state[h], L) == s;
    predicate Partner_imp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_imp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_imp_ghost_state[h];
     ensures Partner_imp_in(h, s); @/
  void Partner_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Partner_exp_ghost_state[]; */
/*@ predicate Partner_exp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_exp_ghost_state[h], L) == s;
    predicate Partner_exp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_exp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_exp_ghost_state[h];
     ensures Partner_exp_in(h, s); @/
  void Partner_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Partner
#define INSULA_ACSL_MODEL_Partner
#define Partner_S_Start 0
#define Partner_S_Start_1 1

/*@ ghost extern int Partner_imp_ghost_state[]; */
/*@ predicate Partner_imp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_imp_ghost_state[h], L) == s;
    predicate Partner_imp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_imp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_imp_ghost_state[h];
     ensures Partner_imp_in(h, s); @/
  void Partner_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Partner_exp_ghost_state[]; */
/*@ predicate Partner_exp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_exp_ghost_state[h], L) == s;
    predicate Partner_exp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_exp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_exp_ghost_state[h];
     ensures Partner_exp_in(h, s); @/
  void Partner_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Catalog2_imp_send_List__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_send_List__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_imp_send_List__in__Ready_2: !Catalog2_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_imp_send_List__in__Ready_3: !Catalog2_imp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_imp_send_List__in__Ready_4: !Catalog2_imp_in(_ep.h, 4);
    assigns Catalog_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_imp_ghost_state[_ep.h] == \old(Catalog_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) ==> Catalog2_imp_in(_ep.h, 2);
*/
err_t Catalog2_imp_send_List(Catalog2_imp_t _ep, Access_t want, const Status_t last[2]);
/*@ requires insula_protocol: Catalog2_imp_call_List__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_call_List__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_imp_call_List__in__Ready_2: !Catalog2_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_imp_call_List__in__Ready_3: !Catalog2_imp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_imp_call_List__in__Ready_4: !Catalog2_imp_in(_ep.h, 4);
    assigns Catalog_imp_ghost_state[_ep.h], *_reply, Partner_exp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Catalog2_imp_in(_ep.h, 0);
*/
err_t Catalog2_imp_call_List(Catalog2_imp_t _ep, Access_t want, const Status_t last[2], SIP_OUT Catalog2_imp_msg_t *_reply);
/*@ requires insula_protocol: Catalog2_imp_send_Put__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_send_Put__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_imp_send_Put__in__Ready_2: !Catalog2_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_imp_send_Put__in__Ready_3: !Catalog2_imp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_imp_send_Put__in__Ready_4: !Catalog2_imp_in(_ep.h, 4);
    assigns Catalog_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_imp_ghost_state[_ep.h] == \old(Catalog_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) ==> Catalog2_imp_in(_ep.h, 3);
*/
err_t Catalog2_imp_send_Put(Catalog2_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3]);
/*@ requires insula_protocol: Catalog2_imp_call_Put__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_call_Put__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_imp_call_Put__in__Ready_2: !Catalog2_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_imp_call_Put__in__Ready_3: !Catalog2_imp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_imp_call_Put__in__Ready_4: !Catalog2_imp_in(_ep.h, 4);
    assigns Catalog_imp_ghost_state[_ep.h], *_reply, Partner_exp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) && _reply->id == 3 ==> Catalog2_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) && _reply->id == 3 ==> Partner_exp_in(_reply->u.AckPut.peer.h, 0);
*/
err_t Catalog2_imp_call_Put(Catalog2_imp_t _ep, Entry_t entry, Partner_imp_t reply, const xheap_handle_t parts[3], SIP_OUT Catalog2_imp_msg_t *_reply);
/*@ requires insula_protocol: Catalog2_imp_send_Close__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_send_Close__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_imp_send_Close__in__Ready_2: !Catalog2_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_imp_send_Close__in__Ready_3: !Catalog2_imp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_imp_send_Close__in__Ready_4: !Catalog2_imp_in(_ep.h, 4);
    assigns Catalog_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_imp_ghost_state[_ep.h] == \old(Catalog_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) ==> Catalog2_imp_in(_ep.h, 1);
*/
err_t Catalog2_imp_send_Close(Catalog2_imp_t _ep);
/*@ requires insula_protocol: Catalog2_imp_send_Stamp2__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_send_Stamp2__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_imp_send_Stamp2__in__Ready_2: !Catalog2_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_imp_send_Stamp2__in__Ready_3: !Catalog2_imp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_imp_send_Stamp2__in__Ready_4: !Catalog2_imp_in(_ep.h, 4);
    assigns Catalog_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_imp_ghost_state[_ep.h] == \old(Catalog_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) ==> Catalog2_imp_in(_ep.h, 4);
*/
err_t Catalog2_imp_send_Stamp2(Catalog2_imp_t _ep);
/*@ requires insula_protocol: Catalog2_imp_call_Stamp2__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_call_Stamp2__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_imp_call_Stamp2__in__Ready_2: !Catalog2_imp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_imp_call_Stamp2__in__Ready_3: !Catalog2_imp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_imp_call_Stamp2__in__Ready_4: !Catalog2_imp_in(_ep.h, 4);
    assigns Catalog_imp_ghost_state[_ep.h], *_reply, Partner_exp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) ==>
        _reply->id == 5;
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 0)) && _reply->id == 5 ==> Catalog2_imp_in(_ep.h, 0);
*/
err_t Catalog2_imp_call_Stamp2(Catalog2_imp_t _ep, SIP_OUT Catalog2_imp_msg_t *_reply);
/*@ requires insula_protocol: Catalog2_imp_recv__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_recv__in__Ready: !Catalog2_imp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_imp_recv__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    assigns Catalog_imp_ghost_state[_ep.h], *_msg, Partner_exp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 2)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 3)) ==>
        _msg->id == 3;
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 4)) ==>
        _msg->id == 5;
    ensures \result == 0 && _msg->id == 1 && \old(Catalog2_imp_in(_ep.h, 2)) ==> Catalog2_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 3 && \old(Catalog2_imp_in(_ep.h, 3)) ==> Catalog2_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 3 ==> Partner_exp_in(_msg->u.AckPut.peer.h, 0);
    ensures \result == 0 && _msg->id == 5 && \old(Catalog2_imp_in(_ep.h, 4)) ==> Catalog2_imp_in(_ep.h, 0);
*/
err_t Catalog2_imp_recv(Catalog2_imp_t _ep, SIP_OUT Catalog2_imp_msg_t *_msg);
/*@ requires insula_protocol: Catalog2_imp_recv_Listing__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_recv_Listing__in__Ready: !Catalog2_imp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_imp_recv_Listing__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    assigns Catalog_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Catalog2_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Catalog2_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 2)) ==> Catalog2_imp_in(_ep.h, 0);
*/
err_t Catalog2_imp_recv_Listing(Catalog2_imp_t _ep, SIP_OUT Catalog2_Listing_t *_msg);
/*@ requires insula_protocol: Catalog2_imp_recv_AckPut__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_recv_AckPut__in__Ready: !Catalog2_imp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_imp_recv_AckPut__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    assigns Catalog_imp_ghost_state[_ep.h], *_msg, Partner_exp_ghost_state[..];
    ensures \result != 0 || !\old(Catalog2_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(Catalog2_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 3)) ==> Catalog2_imp_in(_ep.h, 0);
    ensures \result == 0 ==> Partner_exp_in(_msg->peer.h, 0);
*/
err_t Catalog2_imp_recv_AckPut(Catalog2_imp_t _ep, SIP_OUT Catalog2_AckPut_t *_msg);
/*@ requires insula_protocol: Catalog2_imp_recv_Stamped__known: Catalog2_imp_known(_ep.h);
    requires insula_protocol: Catalog2_imp_recv_Stamped__in__Ready: !Catalog2_imp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_imp_recv_Stamped__in__Closed: !Catalog2_imp_in(_ep.h, 1);
    assigns Catalog_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Catalog2_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(Catalog2_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(Catalog2_imp_in(_ep.h, 4)) ==> Catalog2_imp_in(_ep.h, 0);
*/
err_t Catalog2_imp_recv_Stamped(Catalog2_imp_t _ep, SIP_OUT Catalog2_Stamped_t *_msg);
/*@ requires insula_protocol: Catalog2_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Catalog2_imp_case(Catalog2_imp_t ep, const Catalog2_imp_handlers_t *h);
/*@ requires insula_protocol: Catalog2_exp_send_Listing__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_send_Listing__in__Ready: !Catalog2_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_exp_send_Listing__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_send_Listing__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_exp_send_Listing__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_exp_ghost_state[_ep.h] == \old(Catalog_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 2)) ==> Catalog2_exp_in(_ep.h, 0);
*/
err_t Catalog2_exp_send_Listing(Catalog2_exp_t _ep, Catalog2_Page_t page, Huge_t h);
/*@ requires insula_protocol: Catalog2_exp_call_Listing__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_call_Listing__in__Ready: !Catalog2_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_exp_call_Listing__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_call_Listing__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_exp_call_Listing__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h], *_reply, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 2 || _reply->id == 4 || _reply->id == 6;
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 2)) && _reply->id == 0 ==> Catalog2_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Catalog2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 2)) && _reply->id == 2 ==> Partner_imp_in(_reply->u.Put.reply.h, 0);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 2)) && _reply->id == 4 ==> Catalog2_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 2)) && _reply->id == 6 ==> Catalog2_exp_in(_ep.h, 4);
*/
err_t Catalog2_exp_call_Listing(Catalog2_exp_t _ep, Catalog2_Page_t page, Huge_t h, SIP_OUT Catalog2_exp_msg_t *_reply);
/*@ requires insula_protocol: Catalog2_exp_send_AckPut__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_send_AckPut__in__Ready: !Catalog2_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_exp_send_AckPut__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_send_AckPut__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_send_AckPut__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_exp_ghost_state[_ep.h] == \old(Catalog_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 3)) ==> Catalog2_exp_in(_ep.h, 0);
*/
err_t Catalog2_exp_send_AckPut(Catalog2_exp_t _ep, Status_t status, Partner_exp_t peer);
/*@ requires insula_protocol: Catalog2_exp_call_AckPut__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_call_AckPut__in__Ready: !Catalog2_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_exp_call_AckPut__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_call_AckPut__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_call_AckPut__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h], *_reply, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 3)) ==>
        _reply->id == 0 || _reply->id == 2 || _reply->id == 4 || _reply->id == 6;
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 3)) && _reply->id == 0 ==> Catalog2_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 3)) && _reply->id == 2 ==> Catalog2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 3)) && _reply->id == 2 ==> Partner_imp_in(_reply->u.Put.reply.h, 0);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 3)) && _reply->id == 4 ==> Catalog2_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 3)) && _reply->id == 6 ==> Catalog2_exp_in(_ep.h, 4);
*/
err_t Catalog2_exp_call_AckPut(Catalog2_exp_t _ep, Status_t status, Partner_exp_t peer, SIP_OUT Catalog2_exp_msg_t *_reply);
/*@ requires insula_protocol: Catalog2_exp_send_Stamped__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_send_Stamped__in__Ready: !Catalog2_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_exp_send_Stamped__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_send_Stamped__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_send_Stamped__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    assigns Catalog_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Catalog_exp_ghost_state[_ep.h] == \old(Catalog_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 4)) ==> Catalog2_exp_in(_ep.h, 0);
*/
err_t Catalog2_exp_send_Stamped(Catalog2_exp_t _ep, Catalog2_Page_t page, Stamp_t at);
/*@ requires insula_protocol: Catalog2_exp_call_Stamped__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_call_Stamped__in__Ready: !Catalog2_exp_in(_ep.h, 0);
    requires insula_protocol: Catalog2_exp_call_Stamped__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_call_Stamped__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_call_Stamped__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    assigns Catalog_exp_ghost_state[_ep.h], *_reply, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 4)) ==>
        _reply->id == 0 || _reply->id == 2 || _reply->id == 4 || _reply->id == 6;
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 4)) && _reply->id == 0 ==> Catalog2_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 4)) && _reply->id == 2 ==> Catalog2_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 4)) && _reply->id == 2 ==> Partner_imp_in(_reply->u.Put.reply.h, 0);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 4)) && _reply->id == 4 ==> Catalog2_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 4)) && _reply->id == 6 ==> Catalog2_exp_in(_ep.h, 4);
*/
err_t Catalog2_exp_call_Stamped(Catalog2_exp_t _ep, Catalog2_Page_t page, Stamp_t at, SIP_OUT Catalog2_exp_msg_t *_reply);
/*@ requires insula_protocol: Catalog2_exp_recv__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_recv__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_recv__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_recv__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_exp_recv__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h], *_msg, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 0)) ==>
        _msg->id == 0 || _msg->id == 2 || _msg->id == 4 || _msg->id == 6;
    ensures \result == 0 && _msg->id == 0 && \old(Catalog2_exp_in(_ep.h, 0)) ==> Catalog2_exp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 2 && \old(Catalog2_exp_in(_ep.h, 0)) ==> Catalog2_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 2 ==> Partner_imp_in(_msg->u.Put.reply.h, 0);
    ensures \result == 0 && _msg->id == 4 && \old(Catalog2_exp_in(_ep.h, 0)) ==> Catalog2_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 6 && \old(Catalog2_exp_in(_ep.h, 0)) ==> Catalog2_exp_in(_ep.h, 4);
*/
err_t Catalog2_exp_recv(Catalog2_exp_t _ep, SIP_OUT Catalog2_exp_msg_t *_msg);
/*@ requires insula_protocol: Catalog2_exp_recv_List__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_recv_List__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_recv_List__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_recv_List__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_exp_recv_List__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 0)) ==> Catalog2_exp_in(_ep.h, 2);
*/
err_t Catalog2_exp_recv_List(Catalog2_exp_t _ep, SIP_OUT Catalog2_List_t *_msg);
/*@ requires insula_protocol: Catalog2_exp_recv_Put__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_recv_Put__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_recv_Put__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_recv_Put__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_exp_recv_Put__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h], *_msg, Partner_imp_ghost_state[..];
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 0)) ==> Catalog2_exp_in(_ep.h, 3);
    ensures \result == 0 ==> Partner_imp_in(_msg->reply.h, 0);
*/
err_t Catalog2_exp_recv_Put(Catalog2_exp_t _ep, SIP_OUT Catalog2_Put_t *_msg);
/*@ requires insula_protocol: Catalog2_exp_recv_Close__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_recv_Close__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_recv_Close__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_recv_Close__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_exp_recv_Close__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 0)) ==> Catalog2_exp_in(_ep.h, 1);
*/
err_t Catalog2_exp_recv_Close(Catalog2_exp_t _ep);
/*@ requires insula_protocol: Catalog2_exp_recv_Stamp2__known: Catalog2_exp_known(_ep.h);
    requires insula_protocol: Catalog2_exp_recv_Stamp2__in__Closed: !Catalog2_exp_in(_ep.h, 1);
    requires insula_protocol: Catalog2_exp_recv_Stamp2__in__Ready_2: !Catalog2_exp_in(_ep.h, 2);
    requires insula_protocol: Catalog2_exp_recv_Stamp2__in__Ready_3: !Catalog2_exp_in(_ep.h, 3);
    requires insula_protocol: Catalog2_exp_recv_Stamp2__in__Ready_4: !Catalog2_exp_in(_ep.h, 4);
    assigns Catalog_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Catalog2_exp_in(_ep.h, 0)) ==> Catalog2_exp_in(_ep.h, 4);
*/
err_t Catalog2_exp_recv_Stamp2(Catalog2_exp_t _ep);
/*@ requires insula_protocol: Catalog2_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Catalog2_exp_case(Catalog2_exp_t ep, const Catalog2_exp_handlers_t *h);

/* ==== contract Partner ==== */

#ifndef INSULA_ACSL_MODEL_Partner
#define INSULA_ACSL_MODEL_Partner
#define Partner_S_Start 0
#define Partner_S_Start_1 1

/*@ ghost extern int Partner_imp_ghost_state[]; */
/*@ predicate Partner_imp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_imp_ghost_state[h], L) == s;
    predicate Partner_imp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_imp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_imp_ghost_state[h];
     ensures Partner_imp_in(h, s); @/
  void Partner_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Partner_exp_ghost_state[]; */
/*@ predicate Partner_exp_in{L}(chan_handle_t h, integer s) =
        \at(Partner_exp_ghost_state[h], L) == s;
    predicate Partner_exp_known{L}(chan_handle_t h) =
        0 <= \at(Partner_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Partner_exp_ghost_assume__known: 0 <= s < 2;
     assigns Partner_exp_ghost_state[h];
     ensures Partner_exp_in(h, s); @/
  void Partner_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Partner_imp_send_Hello__known: Partner_imp_known(_ep.h);
    requires insula_protocol: Partner_imp_send_Hello__in__Start_1: !Partner_imp_in(_ep.h, 1);
    assigns Partner_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Partner_imp_ghost_state[_ep.h] == \old(Partner_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Partner_imp_in(_ep.h, 0)) ==> Partner_imp_in(_ep.h, 1);
*/
err_t Partner_imp_send_Hello(Partner_imp_t _ep, Status_t s);
/*@ requires insula_protocol: Partner_imp_call_Hello__known: Partner_imp_known(_ep.h);
    requires insula_protocol: Partner_imp_call_Hello__in__Start_1: !Partner_imp_in(_ep.h, 1);
    assigns Partner_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Partner_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Partner_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Partner_imp_in(_ep.h, 0);
*/
err_t Partner_imp_call_Hello(Partner_imp_t _ep, Status_t s, SIP_OUT Partner_imp_msg_t *_reply);
/*@ requires insula_protocol: Partner_imp_recv__known: Partner_imp_known(_ep.h);
    requires insula_protocol: Partner_imp_recv__in__Start: !Partner_imp_in(_ep.h, 0);
    assigns Partner_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Partner_imp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && _msg->id == 1 && \old(Partner_imp_in(_ep.h, 1)) ==> Partner_imp_in(_ep.h, 0);
*/
err_t Partner_imp_recv(Partner_imp_t _ep, SIP_OUT Partner_imp_msg_t *_msg);
/*@ requires insula_protocol: Partner_imp_recv_Bye__known: Partner_imp_known(_ep.h);
    requires insula_protocol: Partner_imp_recv_Bye__in__Start: !Partner_imp_in(_ep.h, 0);
    assigns Partner_imp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Partner_imp_in(_ep.h, 1)) ==> Partner_imp_in(_ep.h, 0);
*/
err_t Partner_imp_recv_Bye(Partner_imp_t _ep);
/*@ requires insula_protocol: Partner_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Partner_imp_case(Partner_imp_t ep, const Partner_imp_handlers_t *h);
/*@ requires insula_protocol: Partner_exp_send_Bye__known: Partner_exp_known(_ep.h);
    requires insula_protocol: Partner_exp_send_Bye__in__Start: !Partner_exp_in(_ep.h, 0);
    assigns Partner_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Partner_exp_ghost_state[_ep.h] == \old(Partner_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Partner_exp_in(_ep.h, 1)) ==> Partner_exp_in(_ep.h, 0);
*/
err_t Partner_exp_send_Bye(Partner_exp_t _ep);
/*@ requires insula_protocol: Partner_exp_call_Bye__known: Partner_exp_known(_ep.h);
    requires insula_protocol: Partner_exp_call_Bye__in__Start: !Partner_exp_in(_ep.h, 0);
    assigns Partner_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Partner_exp_in(_ep.h, 1)) ==>
        _reply->id == 0;
    ensures \result == 0 && \old(Partner_exp_in(_ep.h, 1)) && _reply->id == 0 ==> Partner_exp_in(_ep.h, 1);
*/
err_t Partner_exp_call_Bye(Partner_exp_t _ep, SIP_OUT Partner_exp_msg_t *_reply);
/*@ requires insula_protocol: Partner_exp_recv__known: Partner_exp_known(_ep.h);
    requires insula_protocol: Partner_exp_recv__in__Start_1: !Partner_exp_in(_ep.h, 1);
    assigns Partner_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Partner_exp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && _msg->id == 0 && \old(Partner_exp_in(_ep.h, 0)) ==> Partner_exp_in(_ep.h, 1);
*/
err_t Partner_exp_recv(Partner_exp_t _ep, SIP_OUT Partner_exp_msg_t *_msg);
/*@ requires insula_protocol: Partner_exp_recv_Hello__known: Partner_exp_known(_ep.h);
    requires insula_protocol: Partner_exp_recv_Hello__in__Start_1: !Partner_exp_in(_ep.h, 1);
    assigns Partner_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Partner_exp_in(_ep.h, 0)) ==> Partner_exp_in(_ep.h, 1);
*/
err_t Partner_exp_recv_Hello(Partner_exp_t _ep, SIP_OUT Partner_Hello_t *_msg);
/*@ requires insula_protocol: Partner_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Partner_exp_case(Partner_exp_t ep, const Partner_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_SHARED_ACSL_H */
