/*
 * insula/device.h — what a driver SIP uses to reach its hardware
 * (docs/drivers.md): port I/O checked by the kernel against the authority
 * the boot configuration granted, its PCI device's description, interrupt
 * lines as Irq channels, exchange-heap blocks read and written at byte
 * offsets (bounds-checked, volatile: a device may change them), and, for a
 * SIP with the DMA right, a block's physical address. Driver code needs no
 * inline assembly and no pointer arithmetic: every access names a port or
 * a (block, offset) the stdlib checks.
 */
#ifndef INSULA_STDLIB_DEVICE_H
#define INSULA_STDLIB_DEVICE_H

#include "abi/abi.h"
#include "insula/channel.h"
#include "insula/err.h"
#include "insula/process.h"
#include "insula/str.h"

#include <stdint.h>

/*
 * Reads `width` (1, 2 or 4) bytes at I/O port `port`.
 * Errors: ERR_DENIED (not granted), ERR_RANGE (width or port), ERR_INVALID
 * (the platform has no ports).
 */
u64_result_t port_in(uint32_t port, uint32_t width);
/* Writes `value` (it must fit in `width` bytes). Errors: as port_in. */
err_t port_out(uint32_t port, uint32_t width, uint32_t value);

typedef struct {
    err_t err;
    abi_device_info_t info;
} device_info_result_t;

/* The PCI device granted to this SIP: ids, BARs, line. Errors: ERR_NOT_FOUND. */
device_info_result_t device_info(void);

/*
 * Binds interrupt line `irq` (granted to this SIP): the importing end of an
 * Irq channel (wrap it with Irq_imp_t). The line stays masked after each
 * Interrupt until we send Ack. Errors: ERR_DENIED, ERR_BUSY, ERR_RANGE,
 * ERR_QUOTA, ERR_NO_MEMORY.
 */
handle_result_t irq_line_bind(uint32_t irq);

/*
 * Device memory: one memory BAR of our PCI device, as the kernel mapped it.
 * Only mmio_map makes one (SIP_READONLY: SIP code cannot make up a base or
 * a size), and only mmio_load/mmio_store read it: volatile, in order, each
 * access checked against the size.
 */
typedef struct SIP_READONLY {
    volatile uint8_t *const base;
    const uint64_t size;
} mmio_region_t;

typedef struct {
    err_t err;
    mmio_region_t region;
} mmio_result_t;

/* Memory BAR `bar` of our PCI device. Errors: ERR_NOT_FOUND, ERR_RANGE, ERR_INVALID. */
mmio_result_t mmio_map(uint32_t bar);
/*
 * Little-endian loads and stores of 1, 2, 4 or 8 bytes at `offset`
 * (a multiple of the size) in the region. Errors: ERR_RANGE (outside,
 * misaligned, a value too wide), ERR_INVALID (a region mmio_map did not make).
 */
u64_result_t mmio_load(mmio_region_t region, uint64_t offset, uint32_t size);
err_t mmio_store(mmio_region_t region, uint64_t offset, uint32_t size, uint64_t value);

/*
 * The physical address of a block we own, for a device to reach it by DMA.
 * Needs SIP_CAP_DMA. Errors: ERR_DENIED (no DMA right), ERR_BAD_HANDLE.
 */
u64_result_t xblock_phys(xblock_handle_t block);

/*
 * Little-endian loads and stores of 1, 2, 4 or 8 bytes at `offset` in a
 * block we own. Each access is volatile (done exactly once, in order) and
 * checked: offset + size within the block, offset a multiple of size.
 * Errors: ERR_RANGE (outside, misaligned, or a value too wide for size),
 * ERR_BAD_HANDLE (not a block we own).
 */
u64_result_t xblock_load(xblock_handle_t block, uint64_t offset, uint32_t size);
err_t xblock_store(xblock_handle_t block, uint64_t offset, uint32_t size, uint64_t value);

/* Copying bytes into a block: xblock_write (insula/channel.h). */

/*
 * As sip_spawn_with, granting the new SIP the device authority in `devices`
 * (abi_device_grant_t: ports, lines, a PCI device by id). Needs
 * SIP_CAP_DEVICES. Errors: as sip_spawn_with; ERR_DENIED also when the
 * grant names a port or line the kernel keeps, or the manifest asks for
 * more than the grant; ERR_NOT_FOUND when its PCI device is absent.
 */
#define sip_spawn_devices(image, args, priority, quota, caps, devices, endpoints, count) \
    __insula_sip_spawn_devices((image), (args), (priority), (quota), (caps), (devices),  \
        (endpoints), (count), sizeof(endpoints) / sizeof((endpoints)[0]) + 0 * sizeof(char[ \
        __builtin_types_compatible_p(__typeof__(endpoints),                              \
                                     __typeof__(&(endpoints)[0])) ? -1 : 1]))
handle_result_t __insula_sip_spawn_devices(SIP_CSTR const char *image, SIP_CSTR const char *args,
                                           uint32_t priority, uint64_t quota, uint32_t caps,
                                           SIP_OUT const abi_device_grant_t *devices,
                                           const handle_t *endpoints, uint32_t count,
                                           size_t capacity);

/*
 * As sip_spawn_devices, with abi_spawn_t flags (ABI_SPAWN_OWN_SPACE: an
 * address space of its own in domain and ring3 mode; ABI_SPAWN_RING3: one
 * in ring 3, in domain mode too; docs/modes.md). Errors: as
 * sip_spawn_devices; ERR_INVALID for an unknown flag.
 */
#define sip_spawn_devices_flags(image, args, priority, quota, caps, devices, flags, endpoints, \
                                count)                                                       \
    __insula_sip_spawn_flags((image), (args), (priority), (quota), (caps), (devices), (flags), \
        (endpoints), (count), sizeof(endpoints) / sizeof((endpoints)[0]) + 0 * sizeof(char[ \
        __builtin_types_compatible_p(__typeof__(endpoints),                              \
                                     __typeof__(&(endpoints)[0])) ? -1 : 1]))
handle_result_t __insula_sip_spawn_flags(SIP_CSTR const char *image, SIP_CSTR const char *args,
                                         uint32_t priority, uint64_t quota, uint32_t caps,
                                         SIP_OUT const abi_device_grant_t *devices, uint32_t flags,
                                         const handle_t *endpoints, uint32_t count,
                                         size_t capacity);

#endif
