/*
 * device_tests.c — self-tests of device authority (device.c) and of
 * interrupts as messages (irq.c), on every platform.
 */
#include "channel.h"
#include "device.h"
#include "irq_channel.h"
#include "irq_table.h"
#include "ktest.h"
#include "platform.h"
#include "platform_device.h"

#define TEST_LINE 5u    /* a line no device of the test machines uses */

static sip_manifest_t manifest_with(uint16_t port, uint16_t count, uint8_t irq)
{
    sip_manifest_t m = { .irqs = { irq, 0xff, 0xff, 0xff } };
    m.io_ranges[0] = (sip_io_range_t){ port, count };
    return m;
}

/* Ports: inside the grant admitted, checked to the byte; beyond it refused. */
static const char *test_device_ports(void)
{
    device_authority_t a;
    abi_device_grant_t g = { .io_ranges = { { 0x70, 2 } } };
    sip_manifest_t m = manifest_with(0x70, 2, 0xff);
    KT_ASSERT(device_admit(&m, &g, false, "test", &a) == OK);
    KT_ASSERT(device_port_allowed(&a, 0x70, 1) && device_port_allowed(&a, 0x71, 1));
    KT_ASSERT(device_port_allowed(&a, 0x70, 2));
    KT_ASSERT(!device_port_allowed(&a, 0x71, 2) && !device_port_allowed(&a, 0x6f, 1));
    KT_ASSERT(!device_port_allowed(&a, 0x72, 1) && !device_port_allowed(&a, 0x70, 4));
    m = manifest_with(0x70, 4, 0xff);
    KT_ASSERT(device_admit(&m, &g, false, "test", &a) == ERR_DENIED);
    KT_ASSERT(!device_port_allowed(&a, 0x70, 1));    /* a refusal leaves nothing */
    m = manifest_with(0x6f, 2, 0xff);
    KT_ASSERT(device_admit(&m, &g, false, "test", &a) == ERR_DENIED);
    return NULL;
}

/* Lines: granted ones only; a line past the table is refused. */
static const char *test_device_lines(void)
{
    device_authority_t a;
    abi_device_grant_t g = { .irqs = 1u << TEST_LINE };
    sip_manifest_t m = manifest_with(0, 0, TEST_LINE);
    KT_ASSERT(device_admit(&m, &g, false, "test", &a) == OK);
    KT_ASSERT(device_irq_allowed(&a, TEST_LINE) && !device_irq_allowed(&a, TEST_LINE + 1));
    KT_ASSERT(!device_irq_allowed(&a, 200));
    m = manifest_with(0, 0, TEST_LINE + 1);
    KT_ASSERT(device_admit(&m, &g, false, "test", &a) == ERR_DENIED);
    m = manifest_with(0, 0, 40);
    KT_ASSERT(device_admit(&m, &g, false, "test", &a) == ERR_DENIED);
    return NULL;
}

/* PCI: an ungranted id is refused, a granted but absent one not found. */
static const char *test_device_pci(void)
{
    device_authority_t a;
    sip_manifest_t m = manifest_with(0, 0, 0xff);
    m.pci = (sip_pci_id_t){ 0x1234, 0x5678 };
    abi_device_grant_t none = { 0 };
    abi_device_grant_t other = { .pci = { 0x1234, 0x5679 } };
    abi_device_grant_t same = { .pci = { 0x1234, 0x5678 } };
    KT_ASSERT(device_admit(&m, &none, false, "test", &a) == ERR_DENIED);
    KT_ASSERT(device_admit(&m, &other, false, "test", &a) == ERR_DENIED);
    KT_ASSERT(platform_pci_find(0x1234, 0x5678) == NULL);
    KT_ASSERT(device_admit(&m, &same, false, "test", &a) == ERR_NOT_FOUND);
    return NULL;
}

/* A present PCI device is held by one SIP at a time: admitted once, then busy until released. */
static const char *test_device_pci_held(void)
{
    const pci_device_t *dev = platform_pci_find(0x1af4, 0x1001);
    if (dev == NULL)
        return ktest_skip("no PCI device 1af4:1001 on this machine");
    device_authority_t a, b;
    sip_manifest_t m = manifest_with(0, 0, 0xff);
    m.pci = (sip_pci_id_t){ 0x1af4, 0x1001 };
    abi_device_grant_t g = { .pci = { 0x1af4, 0x1001 } };
    KT_ASSERT(device_admit(&m, &g, false, "test", &a) == OK);
    KT_ASSERT(a.pci == dev && device_irq_allowed(&a, dev->info.irq));
    KT_ASSERT(device_port_allowed(&a, (uint32_t)dev->info.bars[0].base, 4));
    KT_ASSERT(device_admit(&m, &g, false, "test", &b) == ERR_BUSY);
    device_release(&a);
    KT_ASSERT(a.pci == NULL && !device_port_allowed(&a, (uint32_t)dev->info.bars[0].base, 1));
    KT_ASSERT(device_admit(&m, &g, false, "test", &b) == OK);
    device_release(&b);
    return NULL;
}

/* Grants: never the kernel's timer line, nothing past port 0xffff. */
static const char *test_device_grant_limits(void)
{
    abi_device_grant_t timer = { .irqs = 1u };
    abi_device_grant_t past = { .io_ranges = { { 0xfff0, 0x20 } } };
    abi_device_grant_t fine = { .irqs = 1u << TEST_LINE };
    KT_ASSERT(device_grant_check(&timer, "test") == ERR_DENIED);
    KT_ASSERT(device_grant_check(&past, "test") == ERR_DENIED);
    KT_ASSERT(device_grant_check(&fine, "test") == OK);
    KT_ASSERT(device_grant_any(&fine) && !device_grant_any(&(abi_device_grant_t){ 0 }));
    return NULL;
}

/* The driver's end answers Ack, as abi_chan_send would deliver it. */
static void driver_ack(endpoint_t *imp)
{
    endpoint_t *exp = endpoint_peer(imp);
    channel_deliver(imp, Irq_MSG_Ack, NULL, 0, NULL, 0);
    exp->kernel_receive(exp);
}

/* One Interrupt per firing; none while unanswered; none once the driver is gone. */
static const char *test_irq_messages(void)
{
    bool enabled = irq_save();
    endpoint_t *imp;
    const char *why = NULL;
    if (irq_bind(NULL, TEST_LINE, &imp) != OK) {
        irq_restore(enabled);
        return "irq_bind failed";
    }
    uint64_t before = irq_delivered(TEST_LINE);
    irq_raise(TEST_LINE);
    irq_raise(TEST_LINE);    /* still unanswered: nothing more */
    if (imp->queue.count != 1 || endpoint_front(imp)->msg_id != Irq_MSG_Interrupt)
        why = "the first firing did not give exactly one Interrupt";
    if (why == NULL && irq_bind(NULL, TEST_LINE, &imp) != ERR_BUSY)
        why = "a held line was bound twice";
    endpoint_pop(imp);
    driver_ack(imp);
    irq_raise(TEST_LINE);
    if (why == NULL && (imp->queue.count != 1 || irq_delivered(TEST_LINE) != before + 2))
        why = "after Ack the line did not deliver again";
    endpoint_close(imp, "test over");
    irq_raise(TEST_LINE);
    if (why == NULL && irq_delivered(TEST_LINE) != before + 2)
        why = "a line whose driver is gone still delivered";
    platform_irq_mask(TEST_LINE);
    irq_restore(enabled);
    return why;
}

const ktest_t device_tests[] = {
    { "device_ports", test_device_ports },
    { "device_lines", test_device_lines },
    { "device_pci", test_device_pci },
    { "device_pci_held", test_device_pci_held },
    { "device_grant_limits", test_device_grant_limits },
    { "irq_messages", test_irq_messages },
};
const size_t device_test_count = sizeof(device_tests) / sizeof(device_tests[0]);
