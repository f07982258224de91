/*
 * mock_chan_rt.h: an in-memory channel runtime for host tests of generated
 * bindings. Single-threaded: where the real runtime would block, it fails
 * with MOCK_ERR_WOULD_BLOCK. Like the kernel, it checks every send against
 * the sender's view of the contract (contract_step) and the wire size; a
 * refused send is recorded in mock_violation and closes the channel, as the
 * kernel would after terminating the sender. It also checks that no queue
 * ever holds more than the contract's queue bound, and that every handle
 * field the table names holds a handle (or is nullable).
 */
#ifndef MOCK_CHAN_RT_H
#define MOCK_CHAN_RT_H

#include <insula/chan_rt.h>
#include <insula/contract_table.h>

#define MOCK_ERR_WOULD_BLOCK (-299)
#define MOCK_ERR_FULL (-298)

/* The last refused send: a contract_step error, or MOCK_BAD_SIZE. */
extern int mock_violation;
#define MOCK_BAD_SIZE 100

/* mock_bound_exceeded: set when a queue outgrew the contract's bound. */
extern int mock_bound_exceeded;

/* The handles (blocks and endpoints) the last accepted send moved, read
   where the table says they are; absent nullable ones are not listed. A
   0 in a field that is not nullable is refused with
   CHAN_RT_ERR_BAD_HANDLE, as the kernel refuses it (nothing is sent). */
#define MOCK_MAX_MOVED CONTRACT_MAX_HANDLES
extern uint64_t mock_moved[MOCK_MAX_MOVED];
extern unsigned mock_moved_count;

/* mock_on_wait: if set, chan_rt_call calls it once when the reply is not
   there yet (the peer's turn: a test serves the request in it). */
extern void (*mock_on_wait)(void);

/* mock_chan_create: a channel following t; its two endpoints. */
err_t mock_chan_create(const contract_table_t *t, chan_handle_t *imp,
                       chan_handle_t *exp);

/* mock_chan_state: an endpoint's view of the contract state. */
uint16_t mock_chan_state(chan_handle_t ep);

/* mock_reset: forget every channel. */
void mock_reset(void);

#endif
