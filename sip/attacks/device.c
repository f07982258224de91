/*
 * attack-device — tries to reach hardware without a grant (docs/drivers.md).
 * A SIP reaches ports, interrupt lines and DMA addresses only through ABI
 * entries that check the authority its manifest asked for and the boot
 * configuration granted; this one was granted nothing, so each try is
 * refused with ERR_DENIED and the kernel log names the port or line. A
 * refusal is not a kill: the attack exits with the status it got (99 if
 * the hardware was reached).
 *
 * Modes (args), the capabilities the runner grants, and the exit code:
 *   port-serial  write the kernel's serial port 0x3f8         -> ERR_DENIED (-6)
 *   port-pci     aim PCI configuration space (0xcf8)           -> ERR_DENIED (-6)
 *   port-cmos    read the CMOS clock's port 0x71               -> ERR_DENIED (-6)
 *   irq          bind interrupt line 11 (a PCI device's)       -> ERR_DENIED (-6)
 *   dma          learn the physical address of its own block   -> ERR_DENIED (-6)
 *   device-info  ask which PCI device is its                   -> ERR_NOT_FOUND (-7)
 *   mmio         map memory BAR 0 of a PCI device it lacks     -> ERR_NOT_FOUND (-7)
 * Granting device authority is attack-grant's.
 * MMIO is reached only through a region mmio_map made (SIP_READONLY: no
 * braced initializer can make one up, SIP-LIB-READONLY as in S90), and a
 * SIP cannot form a pointer from an address (SIP-CAST-INT2PTR, S21/S22).
 */
#include <insula/stdlib.h>

SIP_MANIFEST("attack-device", .stack_bytes = 16 * 1024, .heap_bytes = 64 * 1024);

#define ATTACK_SURVIVED 99

static int refused(err_t rc)
{
    return rc == OK ? ATTACK_SURVIVED : rc;
}

static int dma(void)
{
    xblock_result_t block = xblock_new(4096);
    if (block.err != OK)
        return 1;
    return refused(xblock_phys(block.block).err);
}

int main(const char *args)
{
    str_t mode = str_trim(str_from_cstr(args));
    if (str_equal(mode, STR("port-serial")))
        return refused(port_out(0x3f8, 1, 'X'));
    if (str_equal(mode, STR("port-pci")))
        return refused(port_out(0xcf8, 4, 0x80000000u));
    if (str_equal(mode, STR("port-cmos")))
        return refused(port_in(0x71, 1).err);
    if (str_equal(mode, STR("irq")))
        return refused(irq_line_bind(11).err);
    if (str_equal(mode, STR("dma")))
        return dma();
    if (str_equal(mode, STR("device-info")))
        return refused(device_info().err);
    if (str_equal(mode, STR("mmio")))
        return refused(mmio_map(0).err);
    print("attack-device: unknown mode '%s'\n", args);
    return 1;
}
