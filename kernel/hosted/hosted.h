/*
 * hosted.h — internal interfaces of the hosted platform.
 */
#ifndef INSULA_HOSTED_H
#define INSULA_HOSTED_H

#include <stdbool.h>
#include <stdint.h>

#include "device.h"

/* Installs the SIGILL/SIGSEGV/SIGBUS/SIGFPE handlers on an alternate stack. */
void hosted_traps_init(void);

/* Remembers the process's arguments, for platform_reboot. */
void hosted_save_argv(char *const *argv);

/* Puts back the terminal mode console input changed (terminal.c). */
void hosted_terminal_restore(void);

/* ---- devices (devices.c, virtio_model.c; docs/drivers.md) ---- */

/* Where the virtio block model sits: like QEMU's device on pc. */
#define MODEL_PORT_BASE 0xC000u
#define MODEL_PORT_COUNT 0x40u
#define MODEL_IRQ 11u

/* Sets the level of a device line; a high, unmasked line is delivered. */
void hosted_irq_level(uint32_t irq, bool high);

/* Faults the model can inject (virtio_model.c, --disk-fault KIND@N). */
typedef enum {
    FAULT_NONE,
    FAULT_BAD_ID,
    FAULT_BAD_LENGTH,
    FAULT_RUN_AHEAD,
    FAULT_BAD_STATUS,
    FAULT_IO_ERROR,      /* not a breach: the request fails with IOERR, nothing done */
} model_fault_t;

const char *model_fault_name(model_fault_t f);
/* Arms a fault from "KIND@N"; false for a bad spec. */
bool virtio_model_fault(const char *spec);

/* Attaches the file at `path` as the virtio block device (--disk). */
bool virtio_model_attach(const char *path);
/* Starts the model's thread (once the scheduler runs). */
void virtio_model_start(void);
/* The model as a PCI device, or NULL without a disk. */
const pci_device_t *virtio_model_device(void);
/* Register access in its I/O BAR (reg: offset from MODEL_PORT_BASE). */
uint32_t virtio_model_read(uint32_t reg, uint32_t width);
void virtio_model_write(uint32_t reg, uint32_t width, uint32_t value);

#endif
