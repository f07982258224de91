/* generated from nameservice.contract by contractc — do not edit */
/* ACSL for the bindings of nameservice.h: the static protocol check
   (docs/proofs.md). Only Frama-C includes this file. */
#ifndef INSULA_CONTRACTS_NAMESERVICE_ACSL_H
#define INSULA_CONTRACTS_NAMESERVICE_ACSL_H

#include "nameservice.h"

/* ==== contract ServiceProvider ==== */

#ifndef INSULA_ACSL_MODEL_ServiceProvider
#define INSULA_ACSL_MODEL_ServiceProvider
#define ServiceProvider_S_Ready 0
#define ServiceProvider_S_Ready_1 1

/*@ ghost extern int ServiceProvider_imp_ghost_state[]; */
/*@ predicate ServiceProvider_imp_in{L}(chan_handle_t h, integer s) =
        \at(ServiceProvider_imp_ghost_state[h], L) == s;
    predicate ServiceProvider_imp_known{L}(chan_handle_t h) =
        0 <= \at(ServiceProvider_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires ServiceProvider_imp_ghost_assume__known: 0 <= s < 2;
     assigns ServiceProvider_imp_ghost_state[h];
     ensures ServiceProvider_imp_in(h, s); @/
  void ServiceProvider_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int ServiceProvider_exp_ghost_state[]; */
/*@ predicate ServiceProvider_exp_in{L}(chan_handle_t h, integer s) =
        \at(ServiceProvider_exp_ghost_state[h], L) == s;
    predicate ServiceProvider_exp_known{L}(chan_handle_t h) =
        0 <= \at(ServiceProvider_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires ServiceProvider_exp_ghost_assume__known: 0 <= s < 2;
     assigns ServiceProvider_exp_ghost_state[h];
     ensures ServiceProvider_exp_in(h, s); @/
  void ServiceProvider_exp_ghost_assume(chan_handle_t h, int s);
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

/*@ requires insula_protocol: ServiceProvider_imp_send_Connect__known: ServiceProvider_imp_known(_ep.h);
    requires insula_protocol: ServiceProvider_imp_send_Connect__in__Ready_1: !ServiceProvider_imp_in(_ep.h, 1);
    assigns ServiceProvider_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> ServiceProvider_imp_ghost_state[_ep.h] == \old(ServiceProvider_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(ServiceProvider_imp_in(_ep.h, 0)) ==> ServiceProvider_imp_in(_ep.h, 1);
*/
err_t ServiceProvider_imp_send_Connect(ServiceProvider_imp_t _ep, Service_exp_t client);
/*@ requires insula_protocol: ServiceProvider_imp_call_Connect__known: ServiceProvider_imp_known(_ep.h);
    requires insula_protocol: ServiceProvider_imp_call_Connect__in__Ready_1: !ServiceProvider_imp_in(_ep.h, 1);
    assigns ServiceProvider_imp_ghost_state[_ep.h], *_reply, Service_exp_ghost_state[..];
    ensures \result == 0 && \old(ServiceProvider_imp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 2;
    ensures \result == 0 && \old(ServiceProvider_imp_in(_ep.h, 0)) && _reply->id == 1 ==> ServiceProvider_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(ServiceProvider_imp_in(_ep.h, 0)) && _reply->id == 2 ==> ServiceProvider_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(ServiceProvider_imp_in(_ep.h, 0)) && _reply->id == 2 ==> Service_exp_in(_reply->u.NakConnect.client.h, 0);
*/
err_t ServiceProvider_imp_call_Connect(ServiceProvider_imp_t _ep, Service_exp_t client, SIP_OUT ServiceProvider_imp_msg_t *_reply);
/*@ requires insula_protocol: ServiceProvider_imp_recv__known: ServiceProvider_imp_known(_ep.h);
    requires insula_protocol: ServiceProvider_imp_recv__in__Ready: !ServiceProvider_imp_in(_ep.h, 0);
    assigns ServiceProvider_imp_ghost_state[_ep.h], *_msg, Service_exp_ghost_state[..];
    ensures \result == 0 && \old(ServiceProvider_imp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 2;
    ensures \result == 0 && _msg->id == 1 && \old(ServiceProvider_imp_in(_ep.h, 1)) ==> ServiceProvider_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 2 && \old(ServiceProvider_imp_in(_ep.h, 1)) ==> ServiceProvider_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 2 ==> Service_exp_in(_msg->u.NakConnect.client.h, 0);
*/
err_t ServiceProvider_imp_recv(ServiceProvider_imp_t _ep, SIP_OUT ServiceProvider_imp_msg_t *_msg);
/*@ requires insula_protocol: ServiceProvider_imp_recv_AckConnect__known: ServiceProvider_imp_known(_ep.h);
    requires insula_protocol: ServiceProvider_imp_recv_AckConnect__in__Ready: !ServiceProvider_imp_in(_ep.h, 0);
    assigns ServiceProvider_imp_ghost_state[_ep.h];
    ensures \result == 0 && \old(ServiceProvider_imp_in(_ep.h, 1)) ==> ServiceProvider_imp_in(_ep.h, 0);
*/
err_t ServiceProvider_imp_recv_AckConnect(ServiceProvider_imp_t _ep);
/*@ requires insula_protocol: ServiceProvider_imp_recv_NakConnect__known: ServiceProvider_imp_known(_ep.h);
    requires insula_protocol: ServiceProvider_imp_recv_NakConnect__in__Ready: !ServiceProvider_imp_in(_ep.h, 0);
    assigns ServiceProvider_imp_ghost_state[_ep.h], *_msg, Service_exp_ghost_state[..];
    ensures \result == 0 && \old(ServiceProvider_imp_in(_ep.h, 1)) ==> ServiceProvider_imp_in(_ep.h, 0);
    ensures \result == 0 ==> Service_exp_in(_msg->client.h, 0);
*/
err_t ServiceProvider_imp_recv_NakConnect(ServiceProvider_imp_t _ep, SIP_OUT ServiceProvider_NakConnect_t *_msg);
/*@ requires insula_protocol: ServiceProvider_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t ServiceProvider_imp_case(ServiceProvider_imp_t ep, const ServiceProvider_imp_handlers_t *h);
/*@ requires insula_protocol: ServiceProvider_exp_send_AckConnect__known: ServiceProvider_exp_known(_ep.h);
    requires insula_protocol: ServiceProvider_exp_send_AckConnect__in__Ready: !ServiceProvider_exp_in(_ep.h, 0);
    assigns ServiceProvider_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> ServiceProvider_exp_ghost_state[_ep.h] == \old(ServiceProvider_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 1)) ==> ServiceProvider_exp_in(_ep.h, 0);
*/
err_t ServiceProvider_exp_send_AckConnect(ServiceProvider_exp_t _ep);
/*@ requires insula_protocol: ServiceProvider_exp_call_AckConnect__known: ServiceProvider_exp_known(_ep.h);
    requires insula_protocol: ServiceProvider_exp_call_AckConnect__in__Ready: !ServiceProvider_exp_in(_ep.h, 0);
    assigns ServiceProvider_exp_ghost_state[_ep.h], *_reply, Service_exp_ghost_state[..];
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 1)) ==>
        _reply->id == 0;
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 1)) && _reply->id == 0 ==> ServiceProvider_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 1)) && _reply->id == 0 ==> Service_exp_in(_reply->u.Connect.client.h, 0);
*/
err_t ServiceProvider_exp_call_AckConnect(ServiceProvider_exp_t _ep, SIP_OUT ServiceProvider_exp_msg_t *_reply);
/*@ requires insula_protocol: ServiceProvider_exp_send_NakConnect__known: ServiceProvider_exp_known(_ep.h);
    requires insula_protocol: ServiceProvider_exp_send_NakConnect__in__Ready: !ServiceProvider_exp_in(_ep.h, 0);
    assigns ServiceProvider_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> ServiceProvider_exp_ghost_state[_ep.h] == \old(ServiceProvider_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 1)) ==> ServiceProvider_exp_in(_ep.h, 0);
*/
err_t ServiceProvider_exp_send_NakConnect(ServiceProvider_exp_t _ep, Service_exp_t client, ServiceProvider_Refusal_t reason);
/*@ requires insula_protocol: ServiceProvider_exp_call_NakConnect__known: ServiceProvider_exp_known(_ep.h);
    requires insula_protocol: ServiceProvider_exp_call_NakConnect__in__Ready: !ServiceProvider_exp_in(_ep.h, 0);
    assigns ServiceProvider_exp_ghost_state[_ep.h], *_reply, Service_exp_ghost_state[..];
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 1)) ==>
        _reply->id == 0;
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 1)) && _reply->id == 0 ==> ServiceProvider_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 1)) && _reply->id == 0 ==> Service_exp_in(_reply->u.Connect.client.h, 0);
*/
err_t ServiceProvider_exp_call_NakConnect(ServiceProvider_exp_t _ep, Service_exp_t client, ServiceProvider_Refusal_t reason, SIP_OUT ServiceProvider_exp_msg_t *_reply);
/*@ requires insula_protocol: ServiceProvider_exp_recv__known: ServiceProvider_exp_known(_ep.h);
    requires insula_protocol: ServiceProvider_exp_recv__in__Ready_1: !ServiceProvider_exp_in(_ep.h, 1);
    assigns ServiceProvider_exp_ghost_state[_ep.h], *_msg, Service_exp_ghost_state[..];
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 0)) ==>
        _msg->id == 0;
    ensures \result == 0 && _msg->id == 0 && \old(ServiceProvider_exp_in(_ep.h, 0)) ==> ServiceProvider_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 0 ==> Service_exp_in(_msg->u.Connect.client.h, 0);
*/
err_t ServiceProvider_exp_recv(ServiceProvider_exp_t _ep, SIP_OUT ServiceProvider_exp_msg_t *_msg);
/*@ requires insula_protocol: ServiceProvider_exp_recv_Connect__known: ServiceProvider_exp_known(_ep.h);
    requires insula_protocol: ServiceProvider_exp_recv_Connect__in__Ready_1: !ServiceProvider_exp_in(_ep.h, 1);
    assigns ServiceProvider_exp_ghost_state[_ep.h], *_msg, Service_exp_ghost_state[..];
    ensures \result == 0 && \old(ServiceProvider_exp_in(_ep.h, 0)) ==> ServiceProvider_exp_in(_ep.h, 1);
    ensures \result == 0 ==> Service_exp_in(_msg->client.h, 0);
*/
err_t ServiceProvider_exp_recv_Connect(ServiceProvider_exp_t _ep, SIP_OUT ServiceProvider_Connect_t *_msg);
/*@ requires insula_protocol: ServiceProvider_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t ServiceProvider_exp_case(ServiceProvider_exp_t ep, const ServiceProvider_exp_handlers_t *h);

/* ==== contract NameService ==== */

#ifndef INSULA_ACSL_MODEL_NameService
#define INSULA_ACSL_MODEL_NameService
#define NameService_S_Ready 0
#define NameService_S_Ready_1 1
#define NameService_S_Ready_2 2
#define NameService_S_Ready_3 3
#define NameService_S_Ready_4 4
#define NameService_S_Ready_5 5

/*@ ghost extern int NameService_imp_ghost_state[]; */
/*@ predicate NameService_imp_in{L}(chan_handle_t h, integer s) =
        \at(NameService_imp_ghost_state[h], L) == s;
    predicate NameService_imp_known{L}(chan_handle_t h) =
        0 <= \at(NameService_imp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires NameService_imp_ghost_assume__known: 0 <= s < 6;
     assigns NameService_imp_ghost_state[h];
     ensures NameService_imp_in(h, s); @/
  void NameService_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int NameService_exp_ghost_state[]; */
/*@ predicate NameService_exp_in{L}(chan_handle_t h, integer s) =
        \at(NameService_exp_ghost_state[h], L) == s;
    predicate NameService_exp_known{L}(chan_handle_t h) =
        0 <= \at(NameService_exp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires NameService_exp_ghost_assume__known: 0 <= s < 6;
     assigns NameService_exp_ghost_state[h];
     ensures NameService_exp_in(h, s); @/
  void NameService_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_ServiceProvider
#define INSULA_ACSL_MODEL_ServiceProvider
#define ServiceProvider_S_Ready 0
#define ServiceProvider_S_Ready_1 1

/*@ ghost extern int ServiceProvider_imp_ghost_state[]; */
/*@ predicate ServiceProvider_imp_in{L}(chan_handle_t h, integer s) =
        \at(ServiceProvider_imp_ghost_state[h], L) == s;
    predicate ServiceProvider_imp_known{L}(chan_handle_t h) =
        0 <= \at(ServiceProvider_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires ServiceProvider_imp_ghost_assume__known: 0 <= s < 2;
     assigns ServiceProvider_imp_ghost_state[h];
     ensures ServiceProvider_imp_in(h, s); @/
  void ServiceProvider_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int ServiceProvider_exp_ghost_state[]; */
/*@ predicate ServiceProvider_exp_in{L}(chan_handle_t h, integer s) =
        \at(ServiceProvider_exp_ghost_state[h], L) == s;
    predicate ServiceProvider_exp_known{L}(chan_handle_t h) =
        0 <= \at(ServiceProvider_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires ServiceProvider_exp_ghost_assume__known: 0 <= s < 2;
     assigns ServiceProvider_exp_ghost_state[h];
     ensures ServiceProvider_exp_in(h, s); @/
  void ServiceProvider_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_ServiceProvider
#define INSULA_ACSL_MODEL_ServiceProvider
#define ServiceProvider_S_Ready 0
#define ServiceProvider_S_Ready_1 1

/*@ ghost extern int ServiceProvider_imp_ghost_state[]; */
/*@ predicate ServiceProvider_imp_in{L}(chan_handle_t h, integer s) =
        \at(ServiceProvider_imp_ghost_state[h], L) == s;
    predicate ServiceProvider_imp_known{L}(chan_handle_t h) =
        0 <= \at(ServiceProvider_imp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires ServiceProvider_imp_ghost_assume__known: 0 <= s < 2;
     assigns ServiceProvider_imp_ghost_state[h];
     ensures ServiceProvider_imp_in(h, s); @/
  void ServiceProvider_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int ServiceProvider_exp_ghost_state[]; */
/*@ predicate ServiceProvider_exp_in{L}(chan_handle_t h, integer s) =
        \at(ServiceProvider_exp_ghost_state[h], L) == s;
    predicate ServiceProvider_exp_known{L}(chan_handle_t h) =
        0 <= \at(ServiceProvider_exp_ghost_state[h], L) < 2;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires ServiceProvider_exp_ghost_assume__known: 0 <= s < 2;
     assigns ServiceProvider_exp_ghost_state[h];
     ensures ServiceProvider_exp_in(h, s); @/
  void ServiceProvider_exp_ghost_assume(chan_handle_t h, int s);
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

#ifndef INSULA_ACSL_MODEL_NameService
#define INSULA_ACSL_MODEL_NameService
#define NameService_S_Ready 0
#define NameService_S_Ready_1 1
#define NameService_S_Ready_2 2
#define NameService_S_Ready_3 3
#define NameService_S_Ready_4 4
#define NameService_S_Ready_5 5

/*@ ghost extern int NameService_imp_ghost_state[]; */
/*@ predicate NameService_imp_in{L}(chan_handle_t h, integer s) =
        \at(NameService_imp_ghost_state[h], L) == s;
    predicate NameService_imp_known{L}(chan_handle_t h) =
        0 <= \at(NameService_imp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires NameService_imp_ghost_assume__known: 0 <= s < 6;
     assigns NameService_imp_ghost_state[h];
     ensures NameService_imp_in(h, s); @/
  void NameService_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int NameService_exp_ghost_state[]; */
/*@ predicate NameService_exp_in{L}(chan_handle_t h, integer s) =
        \at(NameService_exp_ghost_state[h], L) == s;
    predicate NameService_exp_known{L}(chan_handle_t h) =
        0 <= \at(NameService_exp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires NameService_exp_ghost_assume__known: 0 <= s < 6;
     assigns NameService_exp_ghost_state[h];
     ensures NameService_exp_in(h, s); @/
  void NameService_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: NameService_imp_send_Publish__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_send_Publish__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_send_Publish__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_send_Publish__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_send_Publish__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_send_Publish__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_imp_ghost_state[_ep.h] == \old(NameService_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==> NameService_imp_in(_ep.h, 1);
*/
err_t NameService_imp_send_Publish(NameService_imp_t _ep, xheap_handle_t name, uint32_t contract_id, ServiceProvider_imp_t provider);
/*@ requires insula_protocol: NameService_imp_call_Publish__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_call_Publish__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_call_Publish__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_call_Publish__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_call_Publish__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_call_Publish__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..], Service_imp_ghost_state[..], NameService_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==>
        _reply->id == 1 || _reply->id == 2;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 1 ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 2 ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 2 ==> ServiceProvider_imp_in(_reply->u.NakPublish.provider.h, 0);
*/
err_t NameService_imp_call_Publish(NameService_imp_t _ep, xheap_handle_t name, uint32_t contract_id, ServiceProvider_imp_t provider, SIP_OUT NameService_imp_msg_t *_reply);
/*@ requires insula_protocol: NameService_imp_send_Bind__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_send_Bind__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_send_Bind__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_send_Bind__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_send_Bind__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_send_Bind__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_imp_ghost_state[_ep.h] == \old(NameService_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==> NameService_imp_in(_ep.h, 2);
*/
err_t NameService_imp_send_Bind(NameService_imp_t _ep, xheap_handle_t name);
/*@ requires insula_protocol: NameService_imp_call_Bind__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_call_Bind__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_call_Bind__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_call_Bind__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_call_Bind__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_call_Bind__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..], Service_imp_ghost_state[..], NameService_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==>
        _reply->id == 4 || _reply->id == 5;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 4 ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 4 ==> Service_imp_in(_reply->u.AckBind.service.h, 0);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 5 ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_call_Bind(NameService_imp_t _ep, xheap_handle_t name, SIP_OUT NameService_imp_msg_t *_reply);
/*@ requires insula_protocol: NameService_imp_send_List__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_send_List__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_send_List__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_send_List__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_send_List__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_send_List__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_imp_ghost_state[_ep.h] == \old(NameService_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==> NameService_imp_in(_ep.h, 4);
*/
err_t NameService_imp_send_List(NameService_imp_t _ep);
/*@ requires insula_protocol: NameService_imp_call_List__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_call_List__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_call_List__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_call_List__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_call_List__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_call_List__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..], Service_imp_ghost_state[..], NameService_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==>
        _reply->id == 7;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 7 ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_call_List(NameService_imp_t _ep, SIP_OUT NameService_imp_msg_t *_reply);
/*@ requires insula_protocol: NameService_imp_send_Unpublish__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_send_Unpublish__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_send_Unpublish__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_send_Unpublish__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_send_Unpublish__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_send_Unpublish__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_imp_ghost_state[_ep.h] == \old(NameService_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==> NameService_imp_in(_ep.h, 3);
*/
err_t NameService_imp_send_Unpublish(NameService_imp_t _ep, xheap_handle_t name);
/*@ requires insula_protocol: NameService_imp_call_Unpublish__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_call_Unpublish__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_call_Unpublish__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_call_Unpublish__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_call_Unpublish__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_call_Unpublish__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..], Service_imp_ghost_state[..], NameService_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==>
        _reply->id == 9 || _reply->id == 10;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 9 ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 10 ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_call_Unpublish(NameService_imp_t _ep, xheap_handle_t name, SIP_OUT NameService_imp_msg_t *_reply);
/*@ requires insula_protocol: NameService_imp_send_Delegate__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_send_Delegate__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_send_Delegate__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_send_Delegate__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_send_Delegate__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_send_Delegate__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_imp_ghost_state[_ep.h] == \old(NameService_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==> NameService_imp_in(_ep.h, 5);
*/
err_t NameService_imp_send_Delegate(NameService_imp_t _ep, xheap_handle_t sip);
/*@ requires insula_protocol: NameService_imp_call_Delegate__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_call_Delegate__in__Ready_1: !NameService_imp_in(_ep.h, 1);
    requires insula_protocol: NameService_imp_call_Delegate__in__Ready_2: !NameService_imp_in(_ep.h, 2);
    requires insula_protocol: NameService_imp_call_Delegate__in__Ready_3: !NameService_imp_in(_ep.h, 3);
    requires insula_protocol: NameService_imp_call_Delegate__in__Ready_4: !NameService_imp_in(_ep.h, 4);
    requires insula_protocol: NameService_imp_call_Delegate__in__Ready_5: !NameService_imp_in(_ep.h, 5);
    assigns NameService_imp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..], Service_imp_ghost_state[..], NameService_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) ==>
        _reply->id == 12 || _reply->id == 13;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 12 ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 12 ==> NameService_imp_in(_reply->u.AckDelegate.child.h, 0);
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 0)) && _reply->id == 13 ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_call_Delegate(NameService_imp_t _ep, xheap_handle_t sip, SIP_OUT NameService_imp_msg_t *_reply);
/*@ requires insula_protocol: NameService_imp_recv__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h], *_msg, ServiceProvider_imp_ghost_state[..], Service_imp_ghost_state[..], NameService_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 1)) ==>
        _msg->id == 1 || _msg->id == 2;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 2)) ==>
        _msg->id == 4 || _msg->id == 5;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 3)) ==>
        _msg->id == 9 || _msg->id == 10;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 4)) ==>
        _msg->id == 7;
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 5)) ==>
        _msg->id == 12 || _msg->id == 13;
    ensures \result == 0 && _msg->id == 1 && \old(NameService_imp_in(_ep.h, 1)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 2 && \old(NameService_imp_in(_ep.h, 1)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 2 ==> ServiceProvider_imp_in(_msg->u.NakPublish.provider.h, 0);
    ensures \result == 0 && _msg->id == 4 && \old(NameService_imp_in(_ep.h, 2)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 4 ==> Service_imp_in(_msg->u.AckBind.service.h, 0);
    ensures \result == 0 && _msg->id == 5 && \old(NameService_imp_in(_ep.h, 2)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 7 && \old(NameService_imp_in(_ep.h, 4)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 9 && \old(NameService_imp_in(_ep.h, 3)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 10 && \old(NameService_imp_in(_ep.h, 3)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 12 && \old(NameService_imp_in(_ep.h, 5)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 12 ==> NameService_imp_in(_msg->u.AckDelegate.child.h, 0);
    ensures \result == 0 && _msg->id == 13 && \old(NameService_imp_in(_ep.h, 5)) ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_recv(NameService_imp_t _ep, SIP_OUT NameService_imp_msg_t *_msg);
/*@ requires insula_protocol: NameService_imp_recv_AckPublish__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_AckPublish__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 1)) ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_recv_AckPublish(NameService_imp_t _ep);
/*@ requires insula_protocol: NameService_imp_recv_NakPublish__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_NakPublish__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h], *_msg, ServiceProvider_imp_ghost_state[..];
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 1)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 ==> ServiceProvider_imp_in(_msg->provider.h, 0);
*/
err_t NameService_imp_recv_NakPublish(NameService_imp_t _ep, SIP_OUT NameService_NakPublish_t *_msg);
/*@ requires insula_protocol: NameService_imp_recv_AckBind__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_AckBind__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h], *_msg, Service_imp_ghost_state[..];
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 1));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 2)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 ==> Service_imp_in(_msg->service.h, 0);
*/
err_t NameService_imp_recv_AckBind(NameService_imp_t _ep, SIP_OUT NameService_AckBind_t *_msg);
/*@ requires insula_protocol: NameService_imp_recv_NakBind__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_NakBind__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 1));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 2)) ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_recv_NakBind(NameService_imp_t _ep, SIP_OUT NameService_NakBind_t *_msg);
/*@ requires insula_protocol: NameService_imp_recv_AckList__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_AckList__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 1));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 4)) ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_recv_AckList(NameService_imp_t _ep, SIP_OUT NameService_AckList_t *_msg);
/*@ requires insula_protocol: NameService_imp_recv_AckUnpublish__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_AckUnpublish__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 1));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 3)) ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_recv_AckUnpublish(NameService_imp_t _ep);
/*@ requires insula_protocol: NameService_imp_recv_NakUnpublish__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_NakUnpublish__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 1));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 4));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 5));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 3)) ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_recv_NakUnpublish(NameService_imp_t _ep, SIP_OUT NameService_NakUnpublish_t *_msg);
/*@ requires insula_protocol: NameService_imp_recv_AckDelegate__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_AckDelegate__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h], *_msg, NameService_imp_ghost_state[..];
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 1));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 5)) ==> NameService_imp_in(_ep.h, 0);
    ensures \result == 0 ==> NameService_imp_in(_msg->child.h, 0);
*/
err_t NameService_imp_recv_AckDelegate(NameService_imp_t _ep, SIP_OUT NameService_AckDelegate_t *_msg);
/*@ requires insula_protocol: NameService_imp_recv_NakDelegate__known: NameService_imp_known(_ep.h);
    requires insula_protocol: NameService_imp_recv_NakDelegate__in__Ready: !NameService_imp_in(_ep.h, 0);
    assigns NameService_imp_ghost_state[_ep.h], *_msg;
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 1));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 2));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 3));
    ensures \result != 0 || !\old(NameService_imp_in(_ep.h, 4));
    ensures \result == 0 && \old(NameService_imp_in(_ep.h, 5)) ==> NameService_imp_in(_ep.h, 0);
*/
err_t NameService_imp_recv_NakDelegate(NameService_imp_t _ep, SIP_OUT NameService_NakDelegate_t *_msg);
/*@ requires insula_protocol: NameService_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t NameService_imp_case(NameService_imp_t ep, const NameService_imp_handlers_t *h);
/*@ requires insula_protocol: NameService_exp_send_AckPublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_AckPublish__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_AckPublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_send_AckPublish__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_send_AckPublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_send_AckPublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_AckPublish(NameService_exp_t _ep);
/*@ requires insula_protocol: NameService_exp_call_AckPublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_AckPublish__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_AckPublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_call_AckPublish__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_call_AckPublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_call_AckPublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_AckPublish(NameService_exp_t _ep, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_send_NakPublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_NakPublish__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_NakPublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_send_NakPublish__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_send_NakPublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_send_NakPublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_NakPublish(NameService_exp_t _ep, NameService_Error_t error, ServiceProvider_imp_t provider);
/*@ requires insula_protocol: NameService_exp_call_NakPublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_NakPublish__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_NakPublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_call_NakPublish__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_call_NakPublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_call_NakPublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 1)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_NakPublish(NameService_exp_t _ep, NameService_Error_t error, ServiceProvider_imp_t provider, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_send_AckBind__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_AckBind__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_AckBind__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_send_AckBind__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_send_AckBind__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_send_AckBind__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_AckBind(NameService_exp_t _ep, Service_imp_t service);
/*@ requires insula_protocol: NameService_exp_call_AckBind__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_AckBind__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_AckBind__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_call_AckBind__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_call_AckBind__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_call_AckBind__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_AckBind(NameService_exp_t _ep, Service_imp_t service, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_send_NakBind__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_NakBind__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_NakBind__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_send_NakBind__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_send_NakBind__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_send_NakBind__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_NakBind(NameService_exp_t _ep, NameService_Error_t error);
/*@ requires insula_protocol: NameService_exp_call_NakBind__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_NakBind__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_NakBind__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_call_NakBind__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_call_NakBind__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_call_NakBind__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 2)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_NakBind(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_send_AckList__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_AckList__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_AckList__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_send_AckList__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_send_AckList__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_send_AckList__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 4)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_AckList(NameService_exp_t _ep, xheap_handle_t names);
/*@ requires insula_protocol: NameService_exp_call_AckList__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_AckList__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_AckList__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_call_AckList__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_call_AckList__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_call_AckList__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 4)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 4)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 4)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 4)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 4)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 4)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 4)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_AckList(NameService_exp_t _ep, xheap_handle_t names, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_send_AckUnpublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_AckUnpublish__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_AckUnpublish__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_send_AckUnpublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_send_AckUnpublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_send_AckUnpublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_AckUnpublish(NameService_exp_t _ep);
/*@ requires insula_protocol: NameService_exp_call_AckUnpublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_AckUnpublish__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_AckUnpublish__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_call_AckUnpublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_call_AckUnpublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_call_AckUnpublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_AckUnpublish(NameService_exp_t _ep, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_send_NakUnpublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_NakUnpublish__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_NakUnpublish__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_send_NakUnpublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_send_NakUnpublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_send_NakUnpublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_NakUnpublish(NameService_exp_t _ep, NameService_Error_t error);
/*@ requires insula_protocol: NameService_exp_call_NakUnpublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_NakUnpublish__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_NakUnpublish__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_call_NakUnpublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_call_NakUnpublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_call_NakUnpublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 3)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_NakUnpublish(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_send_AckDelegate__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_AckDelegate__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_AckDelegate__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_send_AckDelegate__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_send_AckDelegate__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_send_AckDelegate__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_AckDelegate(NameService_exp_t _ep, NameService_imp_t child);
/*@ requires insula_protocol: NameService_exp_call_AckDelegate__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_AckDelegate__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_AckDelegate__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_call_AckDelegate__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_call_AckDelegate__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_call_AckDelegate__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_AckDelegate(NameService_exp_t _ep, NameService_imp_t child, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_send_NakDelegate__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_send_NakDelegate__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_send_NakDelegate__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_send_NakDelegate__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_send_NakDelegate__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_send_NakDelegate__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NameService_exp_ghost_state[_ep.h] == \old(NameService_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) ==> NameService_exp_in(_ep.h, 0);
*/
err_t NameService_exp_send_NakDelegate(NameService_exp_t _ep, NameService_Error_t error);
/*@ requires insula_protocol: NameService_exp_call_NakDelegate__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_call_NakDelegate__in__Ready: !NameService_exp_in(_ep.h, 0);
    requires insula_protocol: NameService_exp_call_NakDelegate__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_call_NakDelegate__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_call_NakDelegate__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_call_NakDelegate__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    assigns NameService_exp_ghost_state[_ep.h], *_reply, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) ==>
        _reply->id == 0 || _reply->id == 3 || _reply->id == 6 || _reply->id == 8 || _reply->id == 11;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 0 ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 0 ==> ServiceProvider_imp_in(_reply->u.Publish.provider.h, 0);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 3 ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 6 ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 8 ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 5)) && _reply->id == 11 ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_call_NakDelegate(NameService_exp_t _ep, NameService_Error_t error, SIP_OUT NameService_exp_msg_t *_reply);
/*@ requires insula_protocol: NameService_exp_recv__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_recv__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_recv__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_recv__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_recv__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_recv__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_msg, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 0)) ==>
        _msg->id == 0 || _msg->id == 3 || _msg->id == 6 || _msg->id == 8 || _msg->id == 11;
    ensures \result == 0 && _msg->id == 0 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 0 ==> ServiceProvider_imp_in(_msg->u.Publish.provider.h, 0);
    ensures \result == 0 && _msg->id == 3 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 2);
    ensures \result == 0 && _msg->id == 6 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 4);
    ensures \result == 0 && _msg->id == 8 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 3);
    ensures \result == 0 && _msg->id == 11 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_recv(NameService_exp_t _ep, SIP_OUT NameService_exp_msg_t *_msg);
/*@ requires insula_protocol: NameService_exp_recv_Publish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_recv_Publish__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_recv_Publish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_recv_Publish__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_recv_Publish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_recv_Publish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_msg, ServiceProvider_imp_ghost_state[..];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 1);
    ensures \result == 0 ==> ServiceProvider_imp_in(_msg->provider.h, 0);
*/
err_t NameService_exp_recv_Publish(NameService_exp_t _ep, SIP_OUT NameService_Publish_t *_msg);
/*@ requires insula_protocol: NameService_exp_recv_Bind__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_recv_Bind__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_recv_Bind__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_recv_Bind__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_recv_Bind__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_recv_Bind__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 2);
*/
err_t NameService_exp_recv_Bind(NameService_exp_t _ep, SIP_OUT NameService_Bind_t *_msg);
/*@ requires insula_protocol: NameService_exp_recv_List__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_recv_List__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_recv_List__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_recv_List__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_recv_List__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_recv_List__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h];
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 4);
*/
err_t NameService_exp_recv_List(NameService_exp_t _ep);
/*@ requires insula_protocol: NameService_exp_recv_Unpublish__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_recv_Unpublish__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_recv_Unpublish__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_recv_Unpublish__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_recv_Unpublish__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_recv_Unpublish__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 3);
*/
err_t NameService_exp_recv_Unpublish(NameService_exp_t _ep, SIP_OUT NameService_Unpublish_t *_msg);
/*@ requires insula_protocol: NameService_exp_recv_Delegate__known: NameService_exp_known(_ep.h);
    requires insula_protocol: NameService_exp_recv_Delegate__in__Ready_1: !NameService_exp_in(_ep.h, 1);
    requires insula_protocol: NameService_exp_recv_Delegate__in__Ready_2: !NameService_exp_in(_ep.h, 2);
    requires insula_protocol: NameService_exp_recv_Delegate__in__Ready_3: !NameService_exp_in(_ep.h, 3);
    requires insula_protocol: NameService_exp_recv_Delegate__in__Ready_4: !NameService_exp_in(_ep.h, 4);
    requires insula_protocol: NameService_exp_recv_Delegate__in__Ready_5: !NameService_exp_in(_ep.h, 5);
    assigns NameService_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(NameService_exp_in(_ep.h, 0)) ==> NameService_exp_in(_ep.h, 5);
*/
err_t NameService_exp_recv_Delegate(NameService_exp_t _ep, SIP_OUT NameService_Delegate_t *_msg);
/*@ requires insula_protocol: NameService_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t NameService_exp_case(NameService_exp_t ep, const NameService_exp_handlers_t *h);

/* ==== contract NsAdmin ==== */

#ifndef INSULA_ACSL_MODEL_NsAdmin
#define INSULA_ACSL_MODEL_NsAdmin
#define NsAdmin_S_Ready 0
#define NsAdmin_S_Ready_1 1
#define NsAdmin_S_Ready_2 2

/*@ ghost extern int NsAdmin_imp_ghost_state[]; */
/*@ predicate NsAdmin_imp_in{L}(chan_handle_t h, integer s) =
        \at(NsAdmin_imp_ghost_state[h], L) == s;
    predicate NsAdmin_imp_known{L}(chan_handle_t h) =
        0 <= \at(NsAdmin_imp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires NsAdmin_imp_ghost_assume__known: 0 <= s < 3;
     assigns NsAdmin_imp_ghost_state[h];
     ensures NsAdmin_imp_in(h, s); @/
  void NsAdmin_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int NsAdmin_exp_ghost_state[]; */
/*@ predicate NsAdmin_exp_in{L}(chan_handle_t h, integer s) =
        \at(NsAdmin_exp_ghost_state[h], L) == s;
    predicate NsAdmin_exp_known{L}(chan_handle_t h) =
        0 <= \at(NsAdmin_exp_ghost_state[h], L) < 3;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires NsAdmin_exp_ghost_assume__known: 0 <= s < 3;
     assigns NsAdmin_exp_ghost_state[h];
     ensures NsAdmin_exp_in(h, s); @/
  void NsAdmin_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

#ifndef INSULA_ACSL_MODEL_NameService
#define INSULA_ACSL_MODEL_NameService
#define NameService_S_Ready 0
#define NameService_S_Ready_1 1
#define NameService_S_Ready_2 2
#define NameService_S_Ready_3 3
#define NameService_S_Ready_4 4
#define NameService_S_Ready_5 5

/*@ ghost extern int NameService_imp_ghost_state[]; */
/*@ predicate NameService_imp_in{L}(chan_handle_t h, integer s) =
        \at(NameService_imp_ghost_state[h], L) == s;
    predicate NameService_imp_known{L}(chan_handle_t h) =
        0 <= \at(NameService_imp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires NameService_imp_ghost_assume__known: 0 <= s < 6;
     assigns NameService_imp_ghost_state[h];
     ensures NameService_imp_in(h, s); @/
  void NameService_imp_ghost_assume(chan_handle_t h, int s);
*/

/*@ ghost extern int NameService_exp_ghost_state[]; */
/*@ predicate NameService_exp_in{L}(chan_handle_t h, integer s) =
        \at(NameService_exp_ghost_state[h], L) == s;
    predicate NameService_exp_known{L}(chan_handle_t h) =
        0 <= \at(NameService_exp_ghost_state[h], L) < 6;
*/
/* Trusted: the channel of h is in state s on this side (an
   endpoint from the system; the checker lists every use). */
/*@ ghost
  /@ requires NameService_exp_ghost_assume__known: 0 <= s < 6;
     assigns NameService_exp_ghost_state[h];
     ensures NameService_exp_in(h, s); @/
  void NameService_exp_ghost_assume(chan_handle_t h, int s);
*/
#endif

/*@ requires insula_protocol: NsAdmin_imp_send_Register__known: NsAdmin_imp_known(_ep.h);
    requires insula_protocol: NsAdmin_imp_send_Register__in__Ready_1: !NsAdmin_imp_in(_ep.h, 1);
    requires insula_protocol: NsAdmin_imp_send_Register__in__Ready_2: !NsAdmin_imp_in(_ep.h, 2);
    assigns NsAdmin_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> NsAdmin_imp_ghost_state[_ep.h] == \old(NsAdmin_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 0)) ==> NsAdmin_imp_in(_ep.h, 1);
*/
err_t NsAdmin_imp_send_Register(NsAdmin_imp_t _ep, xheap_handle_t sip, NameService_exp_t client);
/*@ requires insula_protocol: NsAdmin_imp_call_Register__known: NsAdmin_imp_known(_ep.h);
    requires insula_protocol: NsAdmin_imp_call_Register__in__Ready_1: !NsAdmin_imp_in(_ep.h, 1);
    requires insula_protocol: NsAdmin_imp_call_Register__in__Ready_2: !NsAdmin_imp_in(_ep.h, 2);
    assigns NsAdmin_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 0)) ==>
        _reply->id == 1;
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 0)) && _reply->id == 1 ==> NsAdmin_imp_in(_ep.h, 0);
*/
err_t NsAdmin_imp_call_Register(NsAdmin_imp_t _ep, xheap_handle_t sip, NameService_exp_t client, SIP_OUT NsAdmin_imp_msg_t *_reply);
/*@ requires insula_protocol: NsAdmin_imp_send_Allow__known: NsAdmin_imp_known(_ep.h);
    requires insula_protocol: NsAdmin_imp_send_Allow__in__Ready_1: !NsAdmin_imp_in(_ep.h, 1);
    requires insula_protocol: NsAdmin_imp_send_Allow__in__Ready_2: !NsAdmin_imp_in(_ep.h, 2);
    assigns NsAdmin_imp_ghost_state[_ep.h];
    ensures \result != 0 ==> NsAdmin_imp_ghost_state[_ep.h] == \old(NsAdmin_imp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 0)) ==> NsAdmin_imp_in(_ep.h, 2);
*/
err_t NsAdmin_imp_send_Allow(NsAdmin_imp_t _ep, xheap_handle_t sip, NsAdmin_Action_t action, xheap_handle_t service);
/*@ requires insula_protocol: NsAdmin_imp_call_Allow__known: NsAdmin_imp_known(_ep.h);
    requires insula_protocol: NsAdmin_imp_call_Allow__in__Ready_1: !NsAdmin_imp_in(_ep.h, 1);
    requires insula_protocol: NsAdmin_imp_call_Allow__in__Ready_2: !NsAdmin_imp_in(_ep.h, 2);
    assigns NsAdmin_imp_ghost_state[_ep.h], *_reply;
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 0)) ==>
        _reply->id == 3;
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 0)) && _reply->id == 3 ==> NsAdmin_imp_in(_ep.h, 0);
*/
err_t NsAdmin_imp_call_Allow(NsAdmin_imp_t _ep, xheap_handle_t sip, NsAdmin_Action_t action, xheap_handle_t service, SIP_OUT NsAdmin_imp_msg_t *_reply);
/*@ requires insula_protocol: NsAdmin_imp_recv__known: NsAdmin_imp_known(_ep.h);
    requires insula_protocol: NsAdmin_imp_recv__in__Ready: !NsAdmin_imp_in(_ep.h, 0);
    assigns NsAdmin_imp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 1)) ==>
        _msg->id == 1;
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 2)) ==>
        _msg->id == 3;
    ensures \result == 0 && _msg->id == 1 && \old(NsAdmin_imp_in(_ep.h, 1)) ==> NsAdmin_imp_in(_ep.h, 0);
    ensures \result == 0 && _msg->id == 3 && \old(NsAdmin_imp_in(_ep.h, 2)) ==> NsAdmin_imp_in(_ep.h, 0);
*/
err_t NsAdmin_imp_recv(NsAdmin_imp_t _ep, SIP_OUT NsAdmin_imp_msg_t *_msg);
/*@ requires insula_protocol: NsAdmin_imp_recv_AckRegister__known: NsAdmin_imp_known(_ep.h);
    requires insula_protocol: NsAdmin_imp_recv_AckRegister__in__Ready: !NsAdmin_imp_in(_ep.h, 0);
    assigns NsAdmin_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(NsAdmin_imp_in(_ep.h, 2));
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 1)) ==> NsAdmin_imp_in(_ep.h, 0);
*/
err_t NsAdmin_imp_recv_AckRegister(NsAdmin_imp_t _ep);
/*@ requires insula_protocol: NsAdmin_imp_recv_AckAllow__known: NsAdmin_imp_known(_ep.h);
    requires insula_protocol: NsAdmin_imp_recv_AckAllow__in__Ready: !NsAdmin_imp_in(_ep.h, 0);
    assigns NsAdmin_imp_ghost_state[_ep.h];
    ensures \result != 0 || !\old(NsAdmin_imp_in(_ep.h, 1));
    ensures \result == 0 && \old(NsAdmin_imp_in(_ep.h, 2)) ==> NsAdmin_imp_in(_ep.h, 0);
*/
err_t NsAdmin_imp_recv_AckAllow(NsAdmin_imp_t _ep);
/*@ requires insula_protocol: NsAdmin_imp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t NsAdmin_imp_case(NsAdmin_imp_t ep, const NsAdmin_imp_handlers_t *h);
/*@ requires insula_protocol: NsAdmin_exp_send_AckRegister__known: NsAdmin_exp_known(_ep.h);
    requires insula_protocol: NsAdmin_exp_send_AckRegister__in__Ready: !NsAdmin_exp_in(_ep.h, 0);
    requires insula_protocol: NsAdmin_exp_send_AckRegister__in__Ready_2: !NsAdmin_exp_in(_ep.h, 2);
    assigns NsAdmin_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NsAdmin_exp_ghost_state[_ep.h] == \old(NsAdmin_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 1)) ==> NsAdmin_exp_in(_ep.h, 0);
*/
err_t NsAdmin_exp_send_AckRegister(NsAdmin_exp_t _ep);
/*@ requires insula_protocol: NsAdmin_exp_call_AckRegister__known: NsAdmin_exp_known(_ep.h);
    requires insula_protocol: NsAdmin_exp_call_AckRegister__in__Ready: !NsAdmin_exp_in(_ep.h, 0);
    requires insula_protocol: NsAdmin_exp_call_AckRegister__in__Ready_2: !NsAdmin_exp_in(_ep.h, 2);
    assigns NsAdmin_exp_ghost_state[_ep.h], *_reply, NameService_exp_ghost_state[..];
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 1)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 1)) && _reply->id == 0 ==> NsAdmin_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 1)) && _reply->id == 0 ==> NameService_exp_in(_reply->u.Register.client.h, 0);
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 1)) && _reply->id == 2 ==> NsAdmin_exp_in(_ep.h, 2);
*/
err_t NsAdmin_exp_call_AckRegister(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_exp_msg_t *_reply);
/*@ requires insula_protocol: NsAdmin_exp_send_AckAllow__known: NsAdmin_exp_known(_ep.h);
    requires insula_protocol: NsAdmin_exp_send_AckAllow__in__Ready: !NsAdmin_exp_in(_ep.h, 0);
    requires insula_protocol: NsAdmin_exp_send_AckAllow__in__Ready_1: !NsAdmin_exp_in(_ep.h, 1);
    assigns NsAdmin_exp_ghost_state[_ep.h];
    ensures \result != 0 ==> NsAdmin_exp_ghost_state[_ep.h] == \old(NsAdmin_exp_ghost_state[_ep.h]);
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 2)) ==> NsAdmin_exp_in(_ep.h, 0);
*/
err_t NsAdmin_exp_send_AckAllow(NsAdmin_exp_t _ep);
/*@ requires insula_protocol: NsAdmin_exp_call_AckAllow__known: NsAdmin_exp_known(_ep.h);
    requires insula_protocol: NsAdmin_exp_call_AckAllow__in__Ready: !NsAdmin_exp_in(_ep.h, 0);
    requires insula_protocol: NsAdmin_exp_call_AckAllow__in__Ready_1: !NsAdmin_exp_in(_ep.h, 1);
    assigns NsAdmin_exp_ghost_state[_ep.h], *_reply, NameService_exp_ghost_state[..];
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 2)) ==>
        _reply->id == 0 || _reply->id == 2;
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 2)) && _reply->id == 0 ==> NsAdmin_exp_in(_ep.h, 1);
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 2)) && _reply->id == 0 ==> NameService_exp_in(_reply->u.Register.client.h, 0);
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 2)) && _reply->id == 2 ==> NsAdmin_exp_in(_ep.h, 2);
*/
err_t NsAdmin_exp_call_AckAllow(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_exp_msg_t *_reply);
/*@ requires insula_protocol: NsAdmin_exp_recv__known: NsAdmin_exp_known(_ep.h);
    requires insula_protocol: NsAdmin_exp_recv__in__Ready_1: !NsAdmin_exp_in(_ep.h, 1);
    requires insula_protocol: NsAdmin_exp_recv__in__Ready_2: !NsAdmin_exp_in(_ep.h, 2);
    assigns NsAdmin_exp_ghost_state[_ep.h], *_msg, NameService_exp_ghost_state[..];
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 0)) ==>
        _msg->id == 0 || _msg->id == 2;
    ensures \result == 0 && _msg->id == 0 && \old(NsAdmin_exp_in(_ep.h, 0)) ==> NsAdmin_exp_in(_ep.h, 1);
    ensures \result == 0 && _msg->id == 0 ==> NameService_exp_in(_msg->u.Register.client.h, 0);
    ensures \result == 0 && _msg->id == 2 && \old(NsAdmin_exp_in(_ep.h, 0)) ==> NsAdmin_exp_in(_ep.h, 2);
*/
err_t NsAdmin_exp_recv(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_exp_msg_t *_msg);
/*@ requires insula_protocol: NsAdmin_exp_recv_Register__known: NsAdmin_exp_known(_ep.h);
    requires insula_protocol: NsAdmin_exp_recv_Register__in__Ready_1: !NsAdmin_exp_in(_ep.h, 1);
    requires insula_protocol: NsAdmin_exp_recv_Register__in__Ready_2: !NsAdmin_exp_in(_ep.h, 2);
    assigns NsAdmin_exp_ghost_state[_ep.h], *_msg, NameService_exp_ghost_state[..];
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 0)) ==> NsAdmin_exp_in(_ep.h, 1);
    ensures \result == 0 ==> NameService_exp_in(_msg->client.h, 0);
*/
err_t NsAdmin_exp_recv_Register(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_Register_t *_msg);
/*@ requires insula_protocol: NsAdmin_exp_recv_Allow__known: NsAdmin_exp_known(_ep.h);
    requires insula_protocol: NsAdmin_exp_recv_Allow__in__Ready_1: !NsAdmin_exp_in(_ep.h, 1);
    requires insula_protocol: NsAdmin_exp_recv_Allow__in__Ready_2: !NsAdmin_exp_in(_ep.h, 2);
    assigns NsAdmin_exp_ghost_state[_ep.h], *_msg;
    ensures \result == 0 && \old(NsAdmin_exp_in(_ep.h, 0)) ==> NsAdmin_exp_in(_ep.h, 2);
*/
err_t NsAdmin_exp_recv_Allow(NsAdmin_exp_t _ep, SIP_OUT NsAdmin_Allow_t *_msg);
/*@ requires insula_protocol: NsAdmin_exp_case__switch_receive: \false;
    assigns \nothing; */
chan_case_t NsAdmin_exp_case(NsAdmin_exp_t ep, const NsAdmin_exp_handlers_t *h);

#endif /* INSULA_CONTRACTS_NAMESERVICE_ACSL_H */
