/*
 * channel.c — the channel runtime the generated bindings call
 * (contracts/include/insula/chan_rt.h), and insula/channel.h's channels
 * (its exchange-heap blocks: xblock.c).
 */
#include "insula/chan_rt.h"
#include "insula/channel.h"

#include "internal.h"

/* The channel runtime's codes are numbers of the one status list. */
_Static_assert(CHAN_RT_ERR_CLOSED == ERR_CLOSED, "one status space");
_Static_assert(CHAN_RT_ERR_BAD_HANDLE == ERR_BAD_HANDLE, "one status space");
_Static_assert(CHAN_RT_ERR_TOO_BIG == ERR_TOO_BIG, "one status space");
_Static_assert(CHAN_RT_ERR_UNEXPECTED == ERR_UNEXPECTED, "one status space");
_Static_assert(CHAN_RT_ERR_DECODE == ERR_DECODE, "one status space");
_Static_assert(CHAN_RT_ERR_WRONG_CONTRACT == ERR_WRONG_CONTRACT, "one status space");
_Static_assert(CHAN_RT_ERR_NO_HANDLER == ERR_NO_HANDLER, "one status space");
_Static_assert(CHAN_RT_ERR_RANGE == ERR_RANGE, "one status space");

/* A receive buffer too small is ERR_RANGE at the ABI, ERR_TOO_BIG here. */
static err_t rt_status(abi_status_t st)
{
    return st == ABI_ERR_RANGE ? ERR_TOO_BIG : st;
}

/* A send moves the blocks the message names: never while a copy of one runs (xblock.c). */
__INSULA_ABI_CALLER
err_t chan_rt_send(chan_handle_t ep, uint16_t msg_id, const void *msg, size_t len)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    bool locked = __insula_xblock_enter();
    err_t rc = rt_status(abi->chan_send(ep, msg_id, msg, len));
    __insula_xblock_leave(locked);
    return rc;
}

__INSULA_ABI_CALLER
err_t chan_rt_recv(chan_handle_t ep, uint16_t *msg_id, void *buf, size_t cap, size_t *len)
{
    uint32_t id;      /* on our stack: memory we own, as the kernel checks */
    uint64_t got;
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    err_t rc = rt_status(abi->chan_recv(ep, ABI_WAIT_FOREVER, &id, buf, cap, &got));
    if (rc == OK) {
        *msg_id = (uint16_t)id;
        *len = (size_t)got;
    }
    return rc;
}

__INSULA_ABI_CALLER
err_t chan_rt_call(chan_handle_t ep, uint16_t msg_id, const void *msg, size_t len,
                   uint16_t *reply_id, void *buf, size_t cap, size_t *reply_len, bool *sent)
{
    abi_chan_call_t call = { .send_id = msg_id, .send = msg, .send_len = len, .recv = buf,
                             .recv_cap = cap, .timeout_ns = ABI_WAIT_FOREVER };
    const insula_abi_t *abi = __insula_abi();
    *sent = false;
    if (abi == NULL)
        return ERR_INVALID;
    err_t rc = rt_status(abi->chan_call(ep, &call));    /* `call`: on our stack, ours */
    *sent = call.sent != 0;
    if (rc == OK) {
        *reply_id = (uint16_t)call.recv_id;
        *reply_len = (size_t)call.recv_len;
    }
    return rc;
}

__INSULA_ABI_CALLER
err_t __insula_chan_rt_wait_any(const chan_handle_t *eps, size_t count, size_t capacity,
                                size_t *ready)
{
    uint32_t which;
    if (count == 0 || count > capacity || count > UINT32_MAX)
        return CHAN_RT_ERR_RANGE;
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    err_t rc = rt_status(abi->chan_wait_any(eps, (uint32_t)count, ABI_WAIT_FOREVER, &which));
    if (rc == OK)
        *ready = which;
    return rc;
}

/* Versioning: the kernel checks "is or extends" and, for a base, makes the
   channel run the base's state machine (abi.h, chan_narrow). */
__INSULA_ABI_CALLER
err_t chan_rt_contract_is(chan_handle_t ep, uint32_t contract_id)
{
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return ERR_INVALID;
    err_t rc = rt_status(abi->chan_narrow(ep, contract_id));
    return rc == ERR_BUSY ? CHAN_RT_ERR_WRONG_CONTRACT : rc;
}

__INSULA_ABI_CALLER
chan_pair_t chan_create(uint32_t contract_id)
{
    handle_t imp, exp;
    chan_pair_t r = { .err = ERR_INVALID };
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return r;
    r.err = abi->chan_create(contract_id, &imp, &exp);
    r.imp = imp;
    r.exp = exp;
    return r;
}

__INSULA_ABI_CALLER
chan_status_result_t chan_status(handle_t ep)
{
    abi_chan_status_t st;
    chan_status_result_t r = { .err = ERR_INVALID };
    const insula_abi_t *abi = __insula_abi();
    if (abi == NULL)
        return r;
    r.err = abi->chan_status(ep, &st);
    r.status = st;
    return r;
}

err_t chan_close(handle_t ep)
{
    return handle_close(ep);
}
