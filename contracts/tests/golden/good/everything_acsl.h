/* generated from everything.contract by contractc — do not edit */
/* ACSL for the bindings of everything.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_EVERYTHING_ACSL_H
#define INSULA_CONTRACTS_EVERYTHING_ACSL_H

#include "everything.h"

/* ==== contract Base ==== */

#ifndef INSULA_ACSL_MODEL_Base
#define INSULA_ACSL_MODEL_Base
#define Base_S_Start 0
#define Base_S_Idle 1
#define Base_S_Done 2
#define Base_S_Idle_3 3

/*@ ghost extern int Base_imp_ghost_state[]; */
/*@ predicate Base_imp_in{L}(chan_handle_t h, integer s) =
        \at(Base_imp_ghost_state[h], L) == s;
    predicate Base_imp_known{L}(chan_handle_t h) =
        0 <= \at(Base_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Base_imp_ghost_assume__known: 0 <= s < 4;
     assigns Base_imp_ghost_state[h];
     ensures Base_imp_in(h, s); @/
  void Base_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Base_exp_ghost_state[]; */
/*@ predicate Base_exp_in{L}(chan_handle_t h, integer s) =
        \at(Base_exp_ghost_state[h], L) == s;
    predicate Base_exp_known{L}(chan_handle_t h) =
        0 <= \at(Base_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Base_exp_ghost_assume__known: 0 <= s < 4;
     assigns Base_exp_ghost_state[h];
     ensures Base_exp_in(h, s); @/
  void Base_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Base_imp_send_Quit__known: Base_imp_known(_ep.h);
    requires insula_protocol: Base_imp_send_Quit__in__Start: !Base_imp_in(_ep.h, 0);
    requires insula_protocol: Base_imp_send_Quit__in__Done: !Base_imp_in(_ep.h, 2);
    requires insula_protocol: Base_imp_send_Quit__in__Idle_3: !Base_imp_in(_ep.h, 3);
    assigns Base_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_imp_ghost_state[_ep.h] == \old(Base_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Base_imp_in(_ep.h, 1)) ==> Base_imp_in(_ep.h, 3);
*/
err_t Base_imp_send_Quit(Base_imp_t _ep);
/*@ requires insula_protocol: Base_imp_call_Quit__known: Base_imp_known(_ep.h);
    requires insula_protocol: Base_imp_call_Quit__in__Start: !Base_imp_in(_ep.h, 0);
    requires insula_protocol: Base_imp_call_Quit__in__Done: !Base_imp_in(_ep.h, 2);
    requires insula_protocol: Base_imp_call_Quit__in__Idle_3: !Base_imp_in(_ep.h, 3);
    assigns Base_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Base_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Base_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Base_imp_in(_ep.h, 2);
*/
err_t Base_imp_call_Quit(Base_imp_t _ep, SIP_OUT Base_imp_msg_t *_reply);
/*@ requires insula_protocol: Base_imp_recv__known: Base_imp_known(_ep.h);
    requires insula_protocol: Base_imp_recv__in__Idle: !Base_imp_in(_ep.h, 1);
    requires insula_protocol: Base_imp_recv__in__Done: !Base_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Base_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Base_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Base_imp_in(_ep.h, 0)) ==> Base_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Base_imp_in(_ep.h, 3)) ==> Base_imp_in(_ep.h, 2);
*/
err_t Base_imp_recv(Base_imp_t _ep, SIP_OUT Base_imp_msg_t *_msg);
/*@ requires insula_protocol: Base_imp_recv_Ready__known: Base_imp_known(_ep.h);
    requires insula_protocol: Base_imp_recv_Ready__in__Idle: !Base_imp_in(_ep.h, 1);
    requires insula_protocol: Base_imp_recv_Ready__in__Done: !Base_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Base_imp_in(_ep.h, 3));
    ensures \result == 0 && \old(Base_imp_in(_ep.h, 0)) ==> Base_imp_in(_ep.h, 1);
*/
err_t Base_imp_recv_Ready(Base_imp_t _ep, SIP_OUT Base_Ready_t *_msg);
/*@ requires insula_protocol: Base_imp_recv_Bye__known: Base_imp_known(_ep.h);
    requires insula_protocol: Base_imp_recv_Bye__in__Idle: !Base_imp_in(_ep.h, 1);
    requires insula_protocol: Base_imp_recv_Bye__in__Done: !Base_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Base_imp_in(_ep.h, 0));
    ensures \result == 0 && \old(Base_imp_in(_ep.h, 3)) ==> Base_imp_in(_ep.h, 2);
*/
err_t Base_imp_recv_Bye(Base_imp_t _ep);
/*@ requires insula_protocol: Base_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Base_imp_case(Base_imp_t ep, const Base_imp_handlers_t *h);
/*@ requires insula_protocol: Base_exp_send_Ready__known: Base_exp_known(_ep.h);
    requires insula_protocol: Base_exp_send_Ready__in__Idle: !Base_exp_in(_ep.h, 1);
    requires insula_protocol: Base_exp_send_Ready__in__Done: !Base_exp_in(_ep.h, 2);
    requires insula_protocol: Base_exp_send_Ready__in__Idle_3: !Base_exp_in(_ep.h, 3);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_exp_ghost_state[_ep.h] == \old(Base_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Base_exp_in(_ep.h, 0)) ==> Base_exp_in(_ep.h, 1);
*/
err_t Base_exp_send_Ready(Base_exp_t _ep, uint16_t version);
/*@ requires insula_protocol: Base_exp_call_Ready__known: Base_exp_known(_ep.h);
    requires insula_protocol: Base_exp_call_Ready__in__Idle: !Base_exp_in(_ep.h, 1);
    requires insula_protocol: Base_exp_call_Ready__in__Done: !Base_exp_in(_ep.h, 2);
    requires insula_protocol: Base_exp_call_Ready__in__Idle_3: !Base_exp_in(_ep.h, 3);
    assigns Base_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Base_exp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Base_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Base_exp_in(_ep.h, 3);
*/
err_t Base_exp_call_Ready(Base_exp_t _ep, uint16_t version, SIP_OUT Base_exp_msg_t *_reply);
/*@ requires insula_protocol: Base_exp_send_Bye__known: Base_exp_known(_ep.h);
    requires insula_protocol: Base_exp_send_Bye__in__Start: !Base_exp_in(_ep.h, 0);
    requires insula_protocol: Base_exp_send_Bye__in__Idle: !Base_exp_in(_ep.h, 1);
    requires insula_protocol: Base_exp_send_Bye__in__Done: !Base_exp_in(_ep.h, 2);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_exp_ghost_state[_ep.h] == \old(Base_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Base_exp_in(_ep.h, 3)) ==> Base_exp_in(_ep.h, 2);
*/
err_t Base_exp_send_Bye(Base_exp_t _ep);
/*@ requires insula_protocol: Base_exp_recv__known: Base_exp_known(_ep.h);
    requires insula_protocol: Base_exp_recv__in__Start: !Base_exp_in(_ep.h, 0);
    requires insula_protocol: Base_exp_recv__in__Done: !Base_exp_in(_ep.h, 2);
    requires insula_protocol: Base_exp_recv__in__Idle_3: !Base_exp_in(_ep.h, 3);
    assigns Base_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Base_exp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && _msg->id == 1 && \old(Base_exp_in(_ep.h, 1)) ==> Base_exp_in(_ep.h, 3);
*/
err_t Base_exp_recv(Base_exp_t _ep, SIP_OUT Base_exp_msg_t *_msg);
/*@ requires insula_protocol: Base_exp_recv_Quit__known: Base_exp_known(_ep.h);
    requires insula_protocol: Base_exp_recv_Quit__in__Start: !Base_exp_in(_ep.h, 0);
    requires insula_protocol: Base_exp_recv_Quit__in__Done: !Base_exp_in(_ep.h, 2);
    requires insula_protocol: Base_exp_recv_Quit__in__Idle_3: !Base_exp_in(_ep.h, 3);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Base_exp_in(_ep.h, 1)) ==> Base_exp_in(_ep.h, 3);
*/
err_t Base_exp_recv_Quit(Base_exp_t _ep);
/*@ requires insula_protocol: Base_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Base_exp_case(Base_exp_t ep, const Base_exp_handlers_t *h);

/* ==== contract Kitchen ==== */

#ifndef INSULA_ACSL_MODEL_Kitchen
#define INSULA_ACSL_MODEL_Kitchen
#define Kitchen_S_Start 0
#define Kitchen_S_Idle 1
#define Kitchen_S_Done 2
#define Kitchen_S_Idle_3 3
#define Kitchen_S_Idle_4 4
#define Kitchen_S_Idle_5 5
#define Kitchen_S_Idle_6 6

/*@ ghost extern int Base_imp_ghost_state[]; */
/*@ predicate Kitchen_imp_in{L}(chan_handle_t h, integer s) =
        \at(Base_imp_ghost_state[h], L) == s;
    predicate Kitchen_imp_known{L}(chan_handle_t h) =
        0 <= \at(Base_imp_ghost_state[h], L) < 7;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Kitchen_imp_ghost_assume__known: 0 <= s < 7;
     assigns Base_imp_ghost_state[h];
     ensures Kitchen_imp_in(h, s); @/
  void Kitchen_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Base_exp_ghost_state[]; */
/*@ predicate Kitchen_exp_in{L}(chan_handle_t h, integer s) =
        \at(Base_exp_ghost_state[h], L) == s;
    predicate Kitchen_exp_known{L}(chan_handle_t h) =
        0 <= \at(Base_exp_ghost_state[h], L) < 7;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Kitchen_exp_ghost_assume__known: 0 <= s < 7;
     assigns Base_exp_ghost_state[h];
     ensures Kitchen_exp_in(h, s); @/
  void Kitchen_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Base
#define INSULA_ACSL_MODEL_Base
#define Base_S_Start 0
#define Base_S_Idle 1
#define Base_S_Done 2
#define Base_S_Idle_3 3

/*@ ghost extern int Base_imp_ghost_state[]; */
/*@ predicate Base_imp_in{L}(chan_handle_t h, integer s) =
        \at(Base_imp_ghost_state[h], L) == s;
    predicate Base_imp_known{L}(chan_handle_t h) =
        0 <= \at(Base_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Base_imp_ghost_assume__known: 0 <= s < 4;
     assigns Base_imp_ghost_state[h];
     ensures Base_imp_in(h, s); @/
  void Base_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Base_exp_ghost_state[]; */
/*@ predicate Base_exp_in{L}(chan_handle_t h, integer s) =
        \at(Base_exp_ghost_state[h], L) == s;
    predicate Base_exp_known{L}(chan_handle_t h) =
        0 <= \at(Base_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Base_exp_ghost_assume__known: 0 <= s < 4;
     assigns Base_exp_ghost_state[h];
     ensures Base_exp_in(h, s); @/
  void Base_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Kitchen
#define INSULA_ACSL_MODEL_Kitchen
#define Kitchen_S_Start 0
#define Kitchen_S_Idle 1
#define Kitchen_S_Done 2
#define Kitchen_S_Idle_3 3
#define Kitchen_S_Idle_4 4
#define Kitchen_S_Idle_5 5
#define Kitchen_S_Idle_6 6

/*@ ghost extern int Base_imp_ghost_state[]; */
/*@ predicate Kitchen_imp_in{L}(chan_handle_t h, integer s) =
        \at(Base_imp_ghost_state[h], L) == s;
    predicate Kitchen_imp_known{L}(chan_handle_t h) =
        0 <= \at(Base_imp_ghost_state[h], L) < 7;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Kitchen_imp_ghost_assume__known: 0 <= s < 7;
     assigns Base_imp_ghost_state[h];
     ensures Kitchen_imp_in(h, s); @/
  void Kitchen_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Base_exp_ghost_state[]; */
/*@ predicate Kitchen_exp_in{L}(chan_handle_t h, integer s) =
        \at(Base_exp_ghost_state[h], L) == s;
    predicate Kitchen_exp_known{L}(chan_handle_t h) =
        0 <= \at(Base_exp_ghost_state[h], L) < 7;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Kitchen_exp_ghost_assume__known: 0 <= s < 7;
     assigns Base_exp_ghost_state[h];
     ensures Kitchen_exp_in(h, s); @/
  void Kitchen_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Base
#define INSULA_ACSL_MODEL_Base
#define Base_S_Start 0
#define Base_S_Idle 1
#define Base_S_Done 2
#define Base_S_Idle_3 3

/*@ ghost extern int Base_imp_ghost_state[]; */
/*@ predicate Base_imp_in{L}(chan_handle_t h, integer s) =
        \at(Base_imp_ghost_state[h], L) == s;
    predicate Base_imp_known{L}(chan_handle_t h) =
        0 <= \at(Base_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Base_imp_ghost_assume__known: 0 <= s < 4;
     assigns Base_imp_ghost_state[h];
     ensures Base_imp_in(h, s); @/
  void Base_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Base_exp_ghost_state[]; */
/*@ predicate Base_exp_in{L}(chan_handle_t h, integer s) =
        \at(Base_exp_ghost_state[h], L) == s;
    predicate Base_exp_known{L}(chan_handle_t h) =
        0 <= \at(Base_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Base_exp_ghost_assume__known: 0 <= s < 4;
     assigns Base_exp_ghost_state[h];
     ensures Base_exp_in(h, s); @/
  void Base_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Peer
#define INSULA_ACSL_MODEL_Peer
#define Peer_S_Start 0
#define Peer_S_Talking 1
#define Peer_S_Wait 2
#define Peer_S_Wait_3 3

/*@ ghost extern int Peer_imp_ghost_state[]; */
/*@ predicate Peer_imp_in{L}(chan_handle_t h, integer s) =
        \at(Peer_imp_ghost_state[h], L) == s;
    predicate Peer_imp_known{L}(chan_handle_t h) =
        0 <= \at(Peer_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Peer_imp_ghost_assume__known: 0 <= s < 4;
     assigns Peer_imp_ghost_state[h];
     ensures Peer_imp_in(h, s); @/
  void Peer_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Peer_exp_ghost_state[]; */
/*@ predicate Peer_exp_in{L}(chan_handle_t h, integer s) =
        \at(Peer_exp_ghost_state[h], L) == s;
    predicate Peer_exp_known{L}(chan_handle_t h) =
        0 <= \at(Peer_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Peer_exp_ghost_assume__known: 0 <= s < 4;
     assigns Peer_exp_ghost_state[h];
     ensures Peer_exp_in(h, s); @/
  void Peer_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_Peer
#define INSULA_ACSL_MODEL_Peer
#define Peer_S_Start 0
#define Peer_S_Talking 1
#define Peer_S_Wait 2
#define Peer_S_Wait_3 3

/*@ ghost extern int Peer_imp_ghost_state[]; */
/*@ predicate Peer_imp_in{L}(chan_handle_t h, integer s) =
        \at(Peer_imp_ghost_state[h], L) == s;
    predicate Peer_imp_known{L}(chan_handle_t h) =
        0 <= \at(Peer_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Peer_imp_ghost_assume__known: 0 <= s < 4;
     assigns Peer_imp_ghost_state[h];
     ensures Peer_imp_in(h, s); @/
  void Peer_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Peer_exp_ghost_state[]; */
/*@ predicate Peer_exp_in{L}(chan_handle_t h, integer s) =
        \at(Peer_exp_ghost_state[h], L) == s;
    predicate Peer_exp_known{L}(chan_handle_t h) =
        0 <= \at(Peer_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Peer_exp_ghost_assume__known: 0 <= s < 4;
     assigns Peer_exp_ghost_state[h];
     ensures Peer_exp_in(h, s); @/
  void Peer_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Kitchen_imp_send_Quit__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_send_Quit__in__Start: !Kitchen_imp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_imp_send_Quit__in__Done: !Kitchen_imp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_imp_send_Quit__in__Idle_3: !Kitchen_imp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_imp_send_Quit__in__Idle_4: !Kitchen_imp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_imp_send_Quit__in__Idle_5: !Kitchen_imp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_imp_send_Quit__in__Idle_6: !Kitchen_imp_in(_ep.h, 6);
    assigns Base_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_imp_ghost_state[_ep.h] == \old(Base_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) ==> Kitchen_imp_in(_ep.h, 3);
*/
err_t Kitchen_imp_send_Quit(Kitchen_imp_t _ep);
/*@ requires insula_protocol: Kitchen_imp_call_Quit__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_call_Quit__in__Start: !Kitchen_imp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_imp_call_Quit__in__Done: !Kitchen_imp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_imp_call_Quit__in__Idle_3: !Kitchen_imp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_imp_call_Quit__in__Idle_4: !Kitchen_imp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_imp_call_Quit__in__Idle_5: !Kitchen_imp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_imp_call_Quit__in__Idle_6: !Kitchen_imp_in(_ep.h, 6);
    assigns Base_imp_ghost_state[_ep.h], *_reply, Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) ==>
        _reply->id == 2;
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) && _reply->id == 2 ==> Kitchen_imp_in(_ep.h, 2);
*/
err_t Kitchen_imp_call_Quit(Kitchen_imp_t _ep, SIP_OUT Kitchen_imp_msg_t *_reply);
/*@ requires insula_protocol: Kitchen_imp_send_Mixed__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_send_Mixed__in__Start: !Kitchen_imp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_imp_send_Mixed__in__Done: !Kitchen_imp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_imp_send_Mixed__in__Idle_3: !Kitchen_imp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_imp_send_Mixed__in__Idle_4: !Kitchen_imp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_imp_send_Mixed__in__Idle_5: !Kitchen_imp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_imp_send_Mixed__in__Idle_6: !Kitchen_imp_in(_ep.h, 6);
    assigns Base_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_imp_ghost_state[_ep.h] == \old(Base_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) ==> Kitchen_imp_in(_ep.h, 4);
*/
err_t Kitchen_imp_send_Mixed(Kitchen_imp_t _ep, int8_t a, uint64_t b, bool c, int16_t d, Kitchen_Colour_t e, const uint8_t f[3], const bool g[2], Kitchen_Big_t h, int32_t i, const Kitchen_Colour_t j[4]);
/*@ requires insula_protocol: Kitchen_imp_call_Mixed__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_call_Mixed__in__Start: !Kitchen_imp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_imp_call_Mixed__in__Done: !Kitchen_imp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_imp_call_Mixed__in__Idle_3: !Kitchen_imp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_imp_call_Mixed__in__Idle_4: !Kitchen_imp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_imp_call_Mixed__in__Idle_5: !Kitchen_imp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_imp_call_Mixed__in__Idle_6: !Kitchen_imp_in(_ep.h, 6);
    assigns Base_imp_ghost_state[_ep.h], *_reply, Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) ==>
        _reply->id == 8;
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) && _reply->id == 8 ==> Kitchen_imp_in(_ep.h, 1);
*/
err_t Kitchen_imp_call_Mixed(Kitchen_imp_t _ep, int8_t a, uint64_t b, bool c, int16_t d, Kitchen_Colour_t e, const uint8_t f[3], const bool g[2], Kitchen_Big_t h, int32_t i, const Kitchen_Colour_t j[4], SIP_OUT Kitchen_imp_msg_t *_reply);
/*@ requires insula_protocol: Kitchen_imp_send_Buffers__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_send_Buffers__in__Start: !Kitchen_imp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_imp_send_Buffers__in__Done: !Kitchen_imp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_imp_send_Buffers__in__Idle_3: !Kitchen_imp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_imp_send_Buffers__in__Idle_4: !Kitchen_imp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_imp_send_Buffers__in__Idle_5: !Kitchen_imp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_imp_send_Buffers__in__Idle_6: !Kitchen_imp_in(_ep.h, 6);
    assigns Base_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_imp_ghost_state[_ep.h] == \old(Base_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) ==> Kitchen_imp_in(_ep.h, 5);
*/
err_t Kitchen_imp_send_Buffers(Kitchen_imp_t _ep, xheap_handle_t data, xheap_handle_t name, uint32_t length);
/*@ requires insula_protocol: Kitchen_imp_call_Buffers__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_call_Buffers__in__Start: !Kitchen_imp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_imp_call_Buffers__in__Done: !Kitchen_imp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_imp_call_Buffers__in__Idle_3: !Kitchen_imp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_imp_call_Buffers__in__Idle_4: !Kitchen_imp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_imp_call_Buffers__in__Idle_5: !Kitchen_imp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_imp_call_Buffers__in__Idle_6: !Kitchen_imp_in(_ep.h, 6);
    assigns Base_imp_ghost_state[_ep.h], *_reply, Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) ==>
        _reply->id == 7 || _reply->id == 8;
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) && _reply->id == 7 ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) && _reply->id == 8 ==> Kitchen_imp_in(_ep.h, 1);
*/
err_t Kitchen_imp_call_Buffers(Kitchen_imp_t _ep, xheap_handle_t data, xheap_handle_t name, uint32_t length, SIP_OUT Kitchen_imp_msg_t *_reply);
/*@ requires insula_protocol: Kitchen_imp_send_Pass__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_send_Pass__in__Start: !Kitchen_imp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_imp_send_Pass__in__Done: !Kitchen_imp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_imp_send_Pass__in__Idle_3: !Kitchen_imp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_imp_send_Pass__in__Idle_4: !Kitchen_imp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_imp_send_Pass__in__Idle_5: !Kitchen_imp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_imp_send_Pass__in__Idle_6: !Kitchen_imp_in(_ep.h, 6);
    assigns Base_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_imp_ghost_state[_ep.h] == \old(Base_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) ==> Kitchen_imp_in(_ep.h, 6);
*/
err_t Kitchen_imp_send_Pass(Kitchen_imp_t _ep, Kitchen_exp_t child, Base_imp_t base, Peer_exp_t peer);
/*@ requires insula_protocol: Kitchen_imp_call_Pass__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_call_Pass__in__Start: !Kitchen_imp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_imp_call_Pass__in__Done: !Kitchen_imp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_imp_call_Pass__in__Idle_3: !Kitchen_imp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_imp_call_Pass__in__Idle_4: !Kitchen_imp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_imp_call_Pass__in__Idle_5: !Kitchen_imp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_imp_call_Pass__in__Idle_6: !Kitchen_imp_in(_ep.h, 6);
    assigns Base_imp_ghost_state[_ep.h], *_reply, Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) ==>
        _reply->id == 6 || _reply->id == 7;
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) && _reply->id == 6 ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) && _reply->id == 6 ==> Peer_exp_in(_reply->u.AckPass.peer.h, 1);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 1)) && _reply->id == 7 ==> Kitchen_imp_in(_ep.h, 1);
*/
err_t Kitchen_imp_call_Pass(Kitchen_imp_t _ep, Kitchen_exp_t child, Base_imp_t base, Peer_exp_t peer, SIP_OUT Kitchen_imp_msg_t *_reply);
/*@ requires insula_protocol: Kitchen_imp_recv__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_recv__in__Idle: !Kitchen_imp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_imp_recv__in__Done: !Kitchen_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h], *_msg, Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 3)) ==>
        _msg->id == 2;
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 4)) ==>
        _msg->id == 8;
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 5)) ==>
        _msg->id == 7 || _msg->id == 8;
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 6)) ==>
        _msg->id == 6 || _msg->id == 7;
    ensures \result == 0 && _msg->id == 0 && \old(Kitchen_imp_in(_ep.h, 0)) ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 2 && \old(Kitchen_imp_in(_ep.h, 3)) ==> Kitchen_imp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 6 && \old(Kitchen_imp_in(_ep.h, 6)) ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 6 ==> Peer_exp_in(_msg->u.AckPass.peer.h, 1);
    ensures \result == 0 && _msg->id == 7 && \old(Kitchen_imp_in(_ep.h, 5)) ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 7 && \old(Kitchen_imp_in(_ep.h, 6)) ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 8 && \old(Kitchen_imp_in(_ep.h, 4)) ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 8 && \old(Kitchen_imp_in(_ep.h, 5)) ==> Kitchen_imp_in(_ep.h, 1);
*/
err_t Kitchen_imp_recv(Kitchen_imp_t _ep, SIP_OUT Kitchen_imp_msg_t *_msg);
/*@ requires insula_protocol: Kitchen_imp_recv_Ready__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_recv_Ready__in__Idle: !Kitchen_imp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_imp_recv_Ready__in__Done: !Kitchen_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 6));
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 0)) ==> Kitchen_imp_in(_ep.h, 1);
*/
err_t Kitchen_imp_recv_Ready(Kitchen_imp_t _ep, SIP_OUT Kitchen_Ready_t *_msg);
/*@ requires insula_protocol: Kitchen_imp_recv_Bye__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_recv_Bye__in__Idle: !Kitchen_imp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_imp_recv_Bye__in__Done: !Kitchen_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 5));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 6));
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 3)) ==> Kitchen_imp_in(_ep.h, 2);
*/
err_t Kitchen_imp_recv_Bye(Kitchen_imp_t _ep);
/*@ requires insula_protocol: Kitchen_imp_recv_AckPass__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_recv_AckPass__in__Idle: !Kitchen_imp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_imp_recv_AckPass__in__Done: !Kitchen_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h], *_msg, Peer_exp_ghost_state[..];
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 6)) ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 ==> Peer_exp_in(_msg->peer.h, 1);
*/
err_t Kitchen_imp_recv_AckPass(Kitchen_imp_t _ep, SIP_OUT Kitchen_AckPass_t *_msg);
/*@ requires insula_protocol: Kitchen_imp_recv_Fail__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_recv_Fail__in__Idle: !Kitchen_imp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_imp_recv_Fail__in__Done: !Kitchen_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 5)) ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 6)) ==> Kitchen_imp_in(_ep.h, 1);
*/
err_t Kitchen_imp_recv_Fail(Kitchen_imp_t _ep, SIP_OUT Kitchen_Fail_t *_msg);
/*@ requires insula_protocol: Kitchen_imp_recv_Done2__known: Kitchen_imp_known(_ep.h);
    requires insula_protocol: Kitchen_imp_recv_Done2__in__Idle: !Kitchen_imp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_imp_recv_Done2__in__Done: !Kitchen_imp_in(_ep.h, 2);
    assigns Base_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 0));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(Kitchen_imp_in(_ep.h, 6));
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 4)) ==> Kitchen_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Kitchen_imp_in(_ep.h, 5)) ==> Kitchen_imp_in(_ep.h, 1);
*/
err_t Kitchen_imp_recv_Done2(Kitchen_imp_t _ep);
/*@ requires insula_protocol: Kitchen_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Kitchen_imp_case(Kitchen_imp_t ep, const Kitchen_imp_handlers_t *h);
/*@ requires insula_protocol: Kitchen_exp_send_Ready__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_send_Ready__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_send_Ready__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_send_Ready__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_send_Ready__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_send_Ready__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_exp_send_Ready__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_exp_ghost_state[_ep.h] == \old(Base_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) ==> Kitchen_exp_in(_ep.h, 1);
*/
err_t Kitchen_exp_send_Ready(Kitchen_exp_t _ep, uint16_t version);
/*@ requires insula_protocol: Kitchen_exp_call_Ready__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_call_Ready__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_call_Ready__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_call_Ready__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_call_Ready__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_call_Ready__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_exp_call_Ready__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h], *_reply, Base_exp_ghost_state[..], Base_imp_ghost_state[..], Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) && _reply->id == 1 ==> Kitchen_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) && _reply->id == 3 ==> Kitchen_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) && _reply->id == 4 ==> Kitchen_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) && _reply->id == 5 ==> Kitchen_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) && _reply->id == 5 ==> Kitchen_exp_in(_reply->u.Pass.child.h, 0);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) && _reply->id == 5 ==> Base_imp_in(_reply->u.Pass.base.h, 1);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 0)) && _reply->id == 5 ==> Peer_exp_in(_reply->u.Pass.peer.h, 0);
*/
err_t Kitchen_exp_call_Ready(Kitchen_exp_t _ep, uint16_t version, SIP_OUT Kitchen_exp_msg_t *_reply);
/*@ requires insula_protocol: Kitchen_exp_send_Bye__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_send_Bye__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_send_Bye__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_send_Bye__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_send_Bye__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_send_Bye__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_exp_send_Bye__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_exp_ghost_state[_ep.h] == \old(Base_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 3)) ==> Kitchen_exp_in(_ep.h, 2);
*/
err_t Kitchen_exp_send_Bye(Kitchen_exp_t _ep);
/*@ requires insula_protocol: Kitchen_exp_send_AckPass__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_send_AckPass__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_send_AckPass__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_send_AckPass__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_send_AckPass__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_send_AckPass__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_send_AckPass__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_exp_ghost_state[_ep.h] == \old(Base_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) ==> Kitchen_exp_in(_ep.h, 1);
*/
err_t Kitchen_exp_send_AckPass(Kitchen_exp_t _ep, Peer_exp_t peer);
/*@ requires insula_protocol: Kitchen_exp_call_AckPass__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_call_AckPass__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_call_AckPass__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_call_AckPass__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_call_AckPass__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_call_AckPass__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_call_AckPass__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    assigns Base_exp_ghost_state[_ep.h], *_reply, Base_exp_ghost_state[..], Base_imp_ghost_state[..], Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 1 ==> Kitchen_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 3 ==> Kitchen_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 4 ==> Kitchen_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Kitchen_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Kitchen_exp_in(_reply->u.Pass.child.h, 0);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Base_imp_in(_reply->u.Pass.base.h, 1);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Peer_exp_in(_reply->u.Pass.peer.h, 0);
*/
err_t Kitchen_exp_call_AckPass(Kitchen_exp_t _ep, Peer_exp_t peer, SIP_OUT Kitchen_exp_msg_t *_reply);
/*@ requires insula_protocol: Kitchen_exp_send_Fail__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_send_Fail__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_send_Fail__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_send_Fail__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_send_Fail__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_send_Fail__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_exp_ghost_state[_ep.h] == \old(Base_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) ==> Kitchen_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) ==> Kitchen_exp_in(_ep.h, 1);
*/
err_t Kitchen_exp_send_Fail(Kitchen_exp_t _ep, Kitchen_Colour_t why);
/*@ requires insula_protocol: Kitchen_exp_call_Fail__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_call_Fail__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_call_Fail__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_call_Fail__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_call_Fail__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_call_Fail__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    assigns Base_exp_ghost_state[_ep.h], *_reply, Base_exp_ghost_state[..], Base_imp_ghost_state[..], Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Kitchen_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Kitchen_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 4 ==> Kitchen_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Kitchen_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Kitchen_exp_in(_reply->u.Pass.child.h, 0);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Base_imp_in(_reply->u.Pass.base.h, 1);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Peer_exp_in(_reply->u.Pass.peer.h, 0);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 1 ==> Kitchen_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 3 ==> Kitchen_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 4 ==> Kitchen_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Kitchen_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Kitchen_exp_in(_reply->u.Pass.child.h, 0);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Base_imp_in(_reply->u.Pass.base.h, 1);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 6)) && _reply->id == 5 ==> Peer_exp_in(_reply->u.Pass.peer.h, 0);
*/
err_t Kitchen_exp_call_Fail(Kitchen_exp_t _ep, Kitchen_Colour_t why, SIP_OUT Kitchen_exp_msg_t *_reply);
/*@ requires insula_protocol: Kitchen_exp_send_Done2__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_send_Done2__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_send_Done2__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_send_Done2__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_send_Done2__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_send_Done2__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Base_exp_ghost_state[_ep.h] == \old(Base_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) ==> Kitchen_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) ==> Kitchen_exp_in(_ep.h, 1);
*/
err_t Kitchen_exp_send_Done2(Kitchen_exp_t _ep);
/*@ requires insula_protocol: Kitchen_exp_call_Done2__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_call_Done2__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_call_Done2__in__Idle: !Kitchen_exp_in(_ep.h, 1);
    requires insula_protocol: Kitchen_exp_call_Done2__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_call_Done2__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_call_Done2__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h], *_reply, Base_exp_ghost_state[..], Base_imp_ghost_state[..], Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) && _reply->id == 1 ==> Kitchen_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) && _reply->id == 3 ==> Kitchen_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) && _reply->id == 4 ==> Kitchen_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) && _reply->id == 5 ==> Kitchen_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) && _reply->id == 5 ==> Kitchen_exp_in(_reply->u.Pass.child.h, 0);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) && _reply->id == 5 ==> Base_imp_in(_reply->u.Pass.base.h, 1);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 4)) && _reply->id == 5 ==> Peer_exp_in(_reply->u.Pass.peer.h, 0);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) ==>
        _reply->id == 1 || _reply->id == 3 || _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 1 ==> Kitchen_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 3 ==> Kitchen_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 4 ==> Kitchen_exp_in(_ep.h, 5);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Kitchen_exp_in(_ep.h, 6);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Kitchen_exp_in(_reply->u.Pass.child.h, 0);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Base_imp_in(_reply->u.Pass.base.h, 1);
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 5)) && _reply->id == 5 ==> Peer_exp_in(_reply->u.Pass.peer.h, 0);
*/
err_t Kitchen_exp_call_Done2(Kitchen_exp_t _ep, SIP_OUT Kitchen_exp_msg_t *_reply);
/*@ requires insula_protocol: Kitchen_exp_recv__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_recv__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_recv__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_recv__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_recv__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_recv__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_exp_recv__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h], *_msg, Base_exp_ghost_state[..], Base_imp_ghost_state[..], Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 3 || _msg->id == 4 || _msg->id == 5;
    ensures \result == 0 && _msg->id == 1 && \old(Kitchen_exp_in(_ep.h, 1)) ==> Kitchen_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 3 && \old(Kitchen_exp_in(_ep.h, 1)) ==> Kitchen_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 4 && \old(Kitchen_exp_in(_ep.h, 1)) ==> Kitchen_exp_in(_ep.h, 5);
    ensures \result == 0 && _msg->id == 5 && \old(Kitchen_exp_in(_ep.h, 1)) ==> Kitchen_exp_in(_ep.h, 6);
    ensures \result == 0 && _msg->id == 5 ==> Kitchen_exp_in(_msg->u.Pass.child.h, 0);
    ensures \result == 0 && _msg->id == 5 ==> Base_imp_in(_msg->u.Pass.base.h, 1);
    ensures \result == 0 && _msg->id == 5 ==> Peer_exp_in(_msg->u.Pass.peer.h, 0);
*/
err_t Kitchen_exp_recv(Kitchen_exp_t _ep, SIP_OUT Kitchen_exp_msg_t *_msg);
/*@ requires insula_protocol: Kitchen_exp_recv_Quit__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_recv_Quit__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_recv_Quit__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_recv_Quit__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_recv_Quit__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_recv_Quit__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_exp_recv_Quit__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 1)) ==> Kitchen_exp_in(_ep.h, 3);
*/
err_t Kitchen_exp_recv_Quit(Kitchen_exp_t _ep);
/*@ requires insula_protocol: Kitchen_exp_recv_Mixed__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_recv_Mixed__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_recv_Mixed__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_recv_Mixed__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_recv_Mixed__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_recv_Mixed__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_exp_recv_Mixed__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 1)) ==> Kitchen_exp_in(_ep.h, 4);
*/
err_t Kitchen_exp_recv_Mixed(Kitchen_exp_t _ep, SIP_OUT Kitchen_Mixed_t *_msg);
/*@ requires insula_protocol: Kitchen_exp_recv_Buffers__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_recv_Buffers__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_recv_Buffers__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_recv_Buffers__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_recv_Buffers__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_recv_Buffers__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_exp_recv_Buffers__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 1)) ==> Kitchen_exp_in(_ep.h, 5);
*/
err_t Kitchen_exp_recv_Buffers(Kitchen_exp_t _ep, SIP_OUT Kitchen_Buffers_t *_msg);
/*@ requires insula_protocol: Kitchen_exp_recv_Pass__known: Kitchen_exp_known(_ep.h);
    requires insula_protocol: Kitchen_exp_recv_Pass__in__Start: !Kitchen_exp_in(_ep.h, 0);
    requires insula_protocol: Kitchen_exp_recv_Pass__in__Done: !Kitchen_exp_in(_ep.h, 2);
    requires insula_protocol: Kitchen_exp_recv_Pass__in__Idle_3: !Kitchen_exp_in(_ep.h, 3);
    requires insula_protocol: Kitchen_exp_recv_Pass__in__Idle_4: !Kitchen_exp_in(_ep.h, 4);
    requires insula_protocol: Kitchen_exp_recv_Pass__in__Idle_5: !Kitchen_exp_in(_ep.h, 5);
    requires insula_protocol: Kitchen_exp_recv_Pass__in__Idle_6: !Kitchen_exp_in(_ep.h, 6);
    assigns Base_exp_ghost_state[_ep.h], *_msg, Base_exp_ghost_state[..], Base_imp_ghost_state[..], Peer_exp_ghost_state[..];
    ensures \result == 0 && \old(Kitchen_exp_in(_ep.h, 1)) ==> Kitchen_exp_in(_ep.h, 6);
    ensures \result == 0 ==> Kitchen_exp_in(_msg->child.h, 0);
    ensures \result == 0 ==> Base_imp_in(_msg->base.h, 1);
    ensures \result == 0 ==> Peer_exp_in(_msg->peer.h, 0);
*/
err_t Kitchen_exp_recv_Pass(Kitchen_exp_t _ep, SIP_OUT Kitchen_Pass_t *_msg);
/*@ requires insula_protocol: Kitchen_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Kitchen_exp_case(Kitchen_exp_t ep, const Kitchen_exp_handlers_t *h);

/* ==== contract Peer ==== */

#ifndef INSULA_ACSL_MODEL_Peer
#define INSULA_ACSL_MODEL_Peer
#define Peer_S_Start 0
#define Peer_S_Talking 1
#define Peer_S_Wait 2
#define Peer_S_Wait_3 3

/*@ ghost extern int Peer_imp_ghost_state[]; */
/*@ predicate Peer_imp_in{L}(chan_handle_t h, integer s) =
        \at(Peer_imp_ghost_state[h], L) == s;
    predicate Peer_imp_known{L}(chan_handle_t h) =
        0 <= \at(Peer_imp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Peer_imp_ghost_assume__known: 0 <= s < 4;
     assigns Peer_imp_ghost_state[h];
     ensures Peer_imp_in(h, s); @/
  void Peer_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int Peer_exp_ghost_state[]; */
/*@ predicate Peer_exp_in{L}(chan_handle_t h, integer s) =
        \at(Peer_exp_ghost_state[h], L) == s;
    predicate Peer_exp_known{L}(chan_handle_t h) =
        0 <= \at(Peer_exp_ghost_state[h], L) < 4;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires Peer_exp_ghost_assume__known: 0 <= s < 4;
     assigns Peer_exp_ghost_state[h];
     ensures Peer_exp_in(h, s); @/
  void Peer_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: Peer_imp_send_Hi__known: Peer_imp_known(_ep.h);
    requires insula_protocol: Peer_imp_send_Hi__in__Talking: !Peer_imp_in(_ep.h, 1);
    requires insula_protocol: Peer_imp_send_Hi__in__Wait_3: !Peer_imp_in(_ep.h, 3);
    assigns Peer_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Peer_imp_ghost_state[_ep.h] == \old(Peer_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 0)) ==> Peer_imp_in(_ep.h, 1);
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 2)) ==> Peer_imp_in(_ep.h, 3);
*/
err_t Peer_imp_send_Hi(Peer_imp_t _ep, uint8_t n);
/*@ requires insula_protocol: Peer_imp_call_Hi__known: Peer_imp_known(_ep.h);
    requires insula_protocol: Peer_imp_call_Hi__in__Talking: !Peer_imp_in(_ep.h, 1);
    requires insula_protocol: Peer_imp_call_Hi__in__Wait_3: !Peer_imp_in(_ep.h, 3);
    assigns Peer_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 0)) && _reply->id == 1 ==> Peer_imp_in(_ep.h, 2);
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 2)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 2)) && _reply->id == 1 ==> Peer_imp_in(_ep.h, 2);
*/
err_t Peer_imp_call_Hi(Peer_imp_t _ep, uint8_t n, SIP_OUT Peer_imp_msg_t *_reply);
/*@ requires insula_protocol: Peer_imp_send_Again__known: Peer_imp_known(_ep.h);
    requires insula_protocol: Peer_imp_send_Again__in__Start: !Peer_imp_in(_ep.h, 0);
    requires insula_protocol: Peer_imp_send_Again__in__Talking: !Peer_imp_in(_ep.h, 1);
    requires insula_protocol: Peer_imp_send_Again__in__Wait_3: !Peer_imp_in(_ep.h, 3);
    assigns Peer_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> Peer_imp_ghost_state[_ep.h] == \old(Peer_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 2)) ==> Peer_imp_in(_ep.h, 0);
*/
err_t Peer_imp_send_Again(Peer_imp_t _ep);
/*@ requires insula_protocol: Peer_imp_recv__known: Peer_imp_known(_ep.h);
    requires insula_protocol: Peer_imp_recv__in__Start: !Peer_imp_in(_ep.h, 0);
    requires insula_protocol: Peer_imp_recv__in__Wait: !Peer_imp_in(_ep.h, 2);
    assigns Peer_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 3)) ==>
        _msg->id == 1;
    ensures \result == 0 && _msg->id == 1 && \old(Peer_imp_in(_ep.h, 1)) ==> Peer_imp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 1 && \old(Peer_imp_in(_ep.h, 3)) ==> Peer_imp_in(_ep.h, 2);
*/
err_t Peer_imp_recv(Peer_imp_t _ep, SIP_OUT Peer_imp_msg_t *_msg);
/*@ requires insula_protocol: Peer_imp_recv_Ho__known: Peer_imp_known(_ep.h);
    requires insula_protocol: Peer_imp_recv_Ho__in__Start: !Peer_imp_in(_ep.h, 0);
    requires insula_protocol: Peer_imp_recv_Ho__in__Wait: !Peer_imp_in(_ep.h, 2);
    assigns Peer_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 1)) ==> Peer_imp_in(_ep.h, 2);
    ensures \result == 0 && \old(Peer_imp_in(_ep.h, 3)) ==> Peer_imp_in(_ep.h, 2);
*/
err_t Peer_imp_recv_Ho(Peer_imp_t _ep, SIP_OUT Peer_Ho_t *_msg);
/*@ requires insula_protocol: Peer_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Peer_imp_case(Peer_imp_t ep, const Peer_imp_handlers_t *h);
/*@ requires insula_protocol: Peer_exp_send_Ho__known: Peer_exp_known(_ep.h);
    requires insula_protocol: Peer_exp_send_Ho__in__Start: !Peer_exp_in(_ep.h, 0);
    requires insula_protocol: Peer_exp_send_Ho__in__Wait: !Peer_exp_in(_ep.h, 2);
    assigns Peer_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> Peer_exp_ghost_state[_ep.h] == \old(Peer_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 1)) ==> Peer_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 3)) ==> Peer_exp_in(_ep.h, 2);
*/
err_t Peer_exp_send_Ho(Peer_exp_t _ep, uint8_t n);
/*@ requires insula_protocol: Peer_exp_call_Ho__known: Peer_exp_known(_ep.h);
    requires insula_protocol: Peer_exp_call_Ho__in__Start: !Peer_exp_in(_ep.h, 0);
    requires insula_protocol: Peer_exp_call_Ho__in__Wait: !Peer_exp_in(_ep.h, 2);
    assigns Peer_exp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 1)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 1)) && _reply->id == 0 ==> Peer_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 1)) && _reply->id == 2 ==> Peer_exp_in(_ep.h, 0);
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 3)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 3)) && _reply->id == 0 ==> Peer_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 3)) && _reply->id == 2 ==> Peer_exp_in(_ep.h, 0);
*/
err_t Peer_exp_call_Ho(Peer_exp_t _ep, uint8_t n, SIP_OUT Peer_exp_msg_t *_reply);
/*@ requires insula_protocol: Peer_exp_recv__known: Peer_exp_known(_ep.h);
    requires insula_protocol: Peer_exp_recv__in__Talking: !Peer_exp_in(_ep.h, 1);
    requires insula_protocol: Peer_exp_recv__in__Wait_3: !Peer_exp_in(_ep.h, 3);
    assigns Peer_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 2)) ==>
        _msg->id == 0 || _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(Peer_exp_in(_ep.h, 0)) ==> Peer_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 0 && \old(Peer_exp_in(_ep.h, 2)) ==> Peer_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 2 && \old(Peer_exp_in(_ep.h, 2)) ==> Peer_exp_in(_ep.h, 0);
*/
err_t Peer_exp_recv(Peer_exp_t _ep, SIP_OUT Peer_exp_msg_t *_msg);
/*@ requires insula_protocol: Peer_exp_recv_Hi__known: Peer_exp_known(_ep.h);
    requires insula_protocol: Peer_exp_recv_Hi__in__Talking: !Peer_exp_in(_ep.h, 1);
    requires insula_protocol: Peer_exp_recv_Hi__in__Wait_3: !Peer_exp_in(_ep.h, 3);
    assigns Peer_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 0)) ==> Peer_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 2)) ==> Peer_exp_in(_ep.h, 3);
*/
err_t Peer_exp_recv_Hi(Peer_exp_t _ep, SIP_OUT Peer_Hi_t *_msg);
/*@ requires insula_protocol: Peer_exp_recv_Again__known: Peer_exp_known(_ep.h);
    requires insula_protocol: Peer_exp_recv_Again__in__Talking: !Peer_exp_in(_ep.h, 1);
    requires insula_protocol: Peer_exp_recv_Again__in__Wait_3: !Peer_exp_in(_ep.h, 3);
    assigns Peer_exp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(Peer_exp_in(_ep.h, 0));
    ensures \result == 0 && \old(Peer_exp_in(_ep.h, 2)) ==> Peer_exp_in(_ep.h, 0);
*/
err_t Peer_exp_recv_Again(Peer_exp_t _ep);
/*@ requires insula_protocol: Peer_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t Peer_exp_case(Peer_exp_t ep, const Peer_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_EVERYTHING_ACSL_H */
