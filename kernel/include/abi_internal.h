/*
 * abi_internal.h — ABI entries defined outside abi.c, for its table.
 */
#ifndef INSULA_ABI_INTERNAL_H
#define INSULA_ABI_INTERNAL_H

#include "abi/abi.h"
#include "err.h"
#include "handle.h"

struct sip;

abi_status_t abi_chan_create(uint32_t contract_id, abi_handle_t *imp, abi_handle_t *exp);
abi_status_t abi_chan_send(abi_handle_t ep, uint32_t msg_id, const void *msg, uint64_t len);
abi_status_t abi_chan_recv(abi_handle_t ep, uint64_t timeout_ns, uint32_t *msg_id, void *buf,
                           uint64_t cap, uint64_t *len);
abi_status_t abi_chan_wait_any(const abi_handle_t *eps, uint32_t count, uint64_t timeout_ns,
                               uint32_t *ready);
abi_status_t abi_chan_status(abi_handle_t ep, abi_chan_status_t *status);
abi_status_t abi_chan_call(abi_handle_t ep, abi_chan_call_t *call);
abi_status_t abi_chan_narrow(abi_handle_t ep, uint32_t contract_id);
abi_status_t abi_xblock_alloc(uint64_t size, abi_handle_t *out, void **data);
abi_status_t abi_xblock_map(abi_handle_t block, void **data, uint64_t *size);
abi_status_t abi_console_read(void *buf, uint64_t cap, uint64_t timeout_ns, uint64_t *got);
abi_status_t abi_sip_list(abi_sip_info_t *out, uint32_t cap, uint32_t *count);
abi_status_t abi_system_info(abi_system_info_t *out);
abi_status_t abi_system_power(uint32_t action);
abi_status_t abi_log_read(void *buf, uint64_t cap, uint64_t *got);

/* Devices (abi_device.c). */
abi_status_t abi_port_read(uint32_t port, uint32_t width, uint32_t *value);
abi_status_t abi_port_write(uint32_t port, uint32_t width, uint32_t value);
abi_status_t abi_device_info(abi_device_info_t *info);
abi_status_t abi_irq_bind(uint32_t irq, abi_handle_t *endpoint);
abi_status_t abi_xblock_phys(abi_handle_t block, uint64_t *phys);
abi_status_t abi_mmio_map(uint32_t bar, void **base, uint64_t *size);

/* The ABI status for a kernel error (one mapping for every entry). */
abi_status_t abi_status_of(err_t rc);

#endif
