/*
 * chan_switch.c: switch receive over the channel runtime (chan_rt.h).
 * Portable: SIPs link it with the stdlib, host tests with a mock runtime.
 */
#include <insula/chan_switch.h>

#define CHAN_SWITCH_MAX_CASES 64u

/* chan_switch_receive: see chan_switch.h. */
err_t __insula_chan_switch_receive(const chan_case_t *cases, size_t count, size_t capacity,
                                   size_t *which)
{
    chan_handle_t eps[CHAN_SWITCH_MAX_CASES];
    _Alignas(8) uint8_t body[CHAN_RT_MAX_MESSAGE];
    uint16_t msg_id;
    size_t ready = 0, len = 0;
    err_t rc;

    *which = 0;
    if (count == 0 || count > capacity || count > CHAN_SWITCH_MAX_CASES)
        return CHAN_RT_ERR_RANGE;
    for (size_t i = 0; i < count; i++)
        eps[i] = cases[i].ep;
    rc = chan_rt_wait_any(eps, count, &ready);
    *which = ready;
    if (rc != OK)
        return rc;
    rc = chan_rt_recv(cases[ready].ep, &msg_id, body, sizeof body, &len);
    if (rc != OK)
        return rc;
    return cases[ready].dispatch(&cases[ready], msg_id, body, len);
}
