/*
 * test_examples.c: the bindings generated from contracts/examples/ at work
 * over the in-memory runtime (mock_chan_rt.c), on the host (ASan + UBSan):
 * shared types used by several contracts, records by value (nested, in
 * arrays), nullable buffers and endpoints, arrays of buffers moving one
 * block per element, signed and flags enums checked at decode, inline
 * `string[N]`/`bytes[N]` fields in the body with their text checked.
 */
#include <stdio.h>
#include <string.h>

#include "block_device.h"
#include "block_device_table.h"
#include "directory.h"
#include "directory_table.h"
#include "mock_chan_rt.h"
#include "nic.h"
#include "nic_table.h"
#include "settings.h"
#include "settings_table.h"
#include "tcp.h"
#include "tcp_table.h"
#include "types.h"

static int failures;

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,          \
                    __LINE__, #cond);                                       \
            failures++;                                                     \
        }                                                                   \
    } while (0)

/* Shared types: one definition, the values the language gave them. */
static void test_shared_types(void)
{
    CHECK(ErrorCode_Unknown == -1 && ErrorCode_NoError == 0);
    CHECK(ErrorCode_Busy == 5 && ErrorCode_Missing == ErrorCode_NotFound);
    CHECK(ErrorCode_valid(ErrorCode_Busy) && ErrorCode_valid(-1));
    CHECK(!ErrorCode_valid(6) && !ErrorCode_valid(-2));
    CHECK(FileAccess_Read == 1 && FileAccess_Write == 2 &&
          FileAccess_Execute == 4);
    /* A flags enum accepts every OR of its members, and nothing else. */
    CHECK(FileAccess_valid(0) && FileAccess_valid(FileAccess_Read | FileAccess_Execute));
    CHECK(FileAccess_valid(FileAccess_All) && !FileAccess_valid(8) &&
          !FileAccess_valid(0x80000001u));
    CHECK(NicEvent_valid(NicEvent_LinkUp | NicEvent_TransmitDone));
    CHECK(NicEvent_TransmitDone == 8 && !NicEvent_valid(16));
    CHECK(TcpConnection_TcpError_Reset == -2 && TcpConnection_TcpError_Closed == 0);
}

/* A record by value, with a nested record and a flags enum inside. */
static void test_directory_attributes(void)
{
    chan_handle_t i, e;
    Directory_imp_t imp;
    Directory_exp_t exp;
    Directory_exp_msg_t in;
    Directory_AckGetAttributes_t got;
    FileAttributes_t a = {.size = 4096,
                          .access = FileAccess_Read | FileAccess_Write,
                          .directory = 1,
                          .created = {.seconds = -5, .nanos = 7}};

    mock_reset();
    CHECK(mock_chan_create(&contract_table_Directory, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(Directory_exp_send_Success(exp) == OK);
    CHECK(Directory_imp_recv_Success(imp) == OK);
    CHECK(Directory_imp_send_GetAttributes(imp, 0x11) == OK);
    CHECK(Directory_exp_recv(exp, &in) == OK);
    CHECK(in.id == Directory_MSG_GetAttributes && in.u.GetAttributes.path == 0x11);
    CHECK(Directory_exp_send_AckGetAttributes(exp, a) == OK);
    CHECK(Directory_imp_recv_AckGetAttributes(imp, &got) == OK);
    CHECK(got.attributes.size == 4096 && got.attributes.directory == 1);
    CHECK(got.attributes.created.seconds == -5 && got.attributes.created.nanos == 7);
    CHECK(got.attributes.access == (FileAccess_Read | FileAccess_Write));
    /* A bool or a flags value out of range inside the record: refused. */
    CHECK(Directory_imp_send_GetAttributes(imp, 0x12) == OK);
    CHECK(Directory_exp_recv(exp, &in) == OK);
    a.directory = 2;
    CHECK(Directory_exp_send_AckGetAttributes(exp, a) == OK);
    CHECK(Directory_imp_recv_AckGetAttributes(imp, &got) == CHAN_RT_ERR_DECODE);
    CHECK(Directory_imp_send_GetAttributes(imp, 0x13) == OK);
    CHECK(Directory_exp_recv(exp, &in) == OK);
    a.directory = 0;
    a.access = 8;
    CHECK(Directory_exp_send_AckGetAttributes(exp, a) == OK);
    CHECK(Directory_imp_recv_AckGetAttributes(imp, &got) == CHAN_RT_ERR_DECODE);
}

/* Nullable endpoints and buffers: 0 travels as "absent" where allowed. */
static void test_directory_bind(void)
{
    chan_handle_t i, e;
    Directory_imp_t imp;
    Directory_exp_t exp;
    Directory_exp_msg_t in;
    Directory_imp_msg_t out;
    Bindable_exp_t service = {0x77}, none = {0};

    mock_reset();
    CHECK(mock_chan_create(&contract_table_Directory, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(Directory_exp_send_Success(exp) == OK);
    CHECK(Directory_imp_recv_Success(imp) == OK);
    /* Bind's endpoint is required: 0 is refused and nothing is sent. */
    CHECK(Directory_imp_send_Bind(imp, 0x21, none) == CHAN_RT_ERR_BAD_HANDLE);
    CHECK(Directory_imp_send_Bind(imp, 0x21, service) == OK);
    CHECK(mock_moved_count == 2 && mock_moved[0] == 0x21 && mock_moved[1] == 0x77);
    CHECK(Directory_exp_recv(exp, &in) == OK && in.id == Directory_MSG_Bind);
    /* NakBind may give the endpoint back, or not. */
    CHECK(Directory_exp_send_NakBind(exp, ErrorCode_NotFound, none) == OK);
    CHECK(mock_moved_count == 0);
    CHECK(Directory_imp_recv(imp, &out) == OK && out.id == Directory_MSG_NakBind);
    CHECK(out.u.NakBind.error == ErrorCode_NotFound && out.u.NakBind.service.h == 0);
    /* Reparse: the rest of the path is nullable, the prefix is not. */
    CHECK(Directory_imp_send_Bind(imp, 0x22, service) == OK);
    CHECK(Directory_exp_recv(exp, &in) == OK);
    CHECK(Directory_exp_send_Reparse(exp, 0, 0, service) == CHAN_RT_ERR_BAD_HANDLE);
    CHECK(Directory_exp_send_Reparse(exp, 0x31, 0, service) == OK);
    CHECK(mock_moved_count == 2 && mock_moved[1] == 0x77);
    CHECK(Directory_imp_recv(imp, &out) == OK && out.u.Reparse.rest == 0);
}

/* An array of records, each with a nullable buffer: a listing page. */
static void test_directory_listing(void)
{
    chan_handle_t i, e;
    Directory_imp_t imp;
    Directory_exp_t exp;
    Directory_exp_msg_t in;
    Directory_Entries_t page;
    Directory_Entry_t entries[4];

    mock_reset();
    CHECK(mock_chan_create(&contract_table_Directory, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(Directory_exp_send_Success(exp) == OK);
    CHECK(Directory_imp_recv_Success(imp) == OK);
    CHECK(Directory_imp_send_Enumerate(imp) == OK);
    CHECK(Directory_exp_recv(exp, &in) == OK);
    memset(entries, 0, sizeof entries);
    entries[0].name = 0x100;
    entries[0].attributes.size = 1;
    entries[1].name = 0x101;
    entries[1].attributes.directory = 1;
    CHECK(Directory_exp_send_Entries(exp, entries, 2) == OK);
    /* Each name moves, from where the table says it lies. */
    CHECK(mock_moved_count == 2 && mock_moved[0] == 0x100 && mock_moved[1] == 0x101);
    CHECK(Directory_imp_recv_Entries(imp, &page) == OK);
    CHECK(page.count == 2 && page.page[1].name == 0x101 && page.page[2].name == 0);
    CHECK(page.page[1].attributes.directory == 1);
    CHECK(Directory_imp_send_StopEnumerating(imp) == OK);
    CHECK(Directory_exp_recv(exp, &in) == OK);
    CHECK(mock_chan_state(e) == Directory_STATE_Ready);
}

/* The NIC's packet FIFO: four packets of two fragments, one block each. */
static void test_nic_fifo(void)
{
    chan_handle_t i, e;
    NicDevice_imp_t imp;
    NicDevice_exp_t exp;
    NicDevice_exp_msg_t in;
    NicDevice_Received_t rx;
    NicDevice_Events_t ev;
    NicDevice_MacAddress_t mac = {{2, 0, 0, 0, 0, 1}};
    Packet_t packets[4];

    mock_reset();
    CHECK(mock_chan_create(&contract_table_NicDevice, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(NicDevice_exp_send_Ready(exp, mac) == OK);
    CHECK(NicDevice_imp_recv(imp, &(NicDevice_imp_msg_t){0}) == OK);
    memset(packets, 0, sizeof packets);
    for (unsigned k = 0; k < 4; k++) {
        packets[k].fragments[0] = 0x200 + k;
        packets[k].fragments[1] = k % 2 ? 0 : 0x300 + k;
        packets[k].length = (uint16_t)(60 + k);
    }
    CHECK(NicDevice_imp_send_GiveReceive(imp, packets, 4) == OK);
    CHECK(mock_moved_count == 6);
    CHECK(mock_moved[0] == 0x200 && mock_moved[1] == 0x300 && mock_moved[2] == 0x201);
    CHECK(mock_moved[3] == 0x202 && mock_moved[4] == 0x302 && mock_moved[5] == 0x203);
    CHECK(NicDevice_exp_recv(exp, &in) == OK && in.u.GiveReceive.count == 4);
    CHECK(in.u.GiveReceive.packets[3].length == 63);
    CHECK(NicDevice_exp_send_Received(exp, in.u.GiveReceive.packets, 4) == OK);
    CHECK(NicDevice_imp_recv_Received(imp, &rx) == OK);
    CHECK(rx.packets[2].fragments[1] == 0x302 && rx.packets[1].fragments[1] == 0);
    /* Events: an OR of flags decodes, a stray bit does not. */
    CHECK(NicDevice_imp_send_GetEvents(imp) == OK);
    CHECK(NicDevice_exp_recv(exp, &in) == OK);
    CHECK(NicDevice_exp_send_Events(exp, NicEvent_LinkUp | NicEvent_ReceiveReady) == OK);
    CHECK(NicDevice_imp_recv_Events(imp, &ev) == OK && ev.events == 5);
    CHECK(NicDevice_imp_send_GetEvents(imp) == OK);
    CHECK(NicDevice_exp_recv(exp, &in) == OK);
    CHECK(NicDevice_exp_send_Events(exp, 0x40) == OK);
    CHECK(NicDevice_imp_recv_Events(imp, &ev) == CHAN_RT_ERR_DECODE);
}

/* The NIC's bursts: a vector of 0 to 8 packets, one block each, the count
   on the wire; only the first `count` move, the rest are 0. */
static void test_nic_burst(void)
{
    chan_handle_t i, e;
    NicDevice_imp_t imp;
    NicDevice_exp_t exp;
    NicDevice_exp_msg_t in;
    NicDevice_ReceivedBurst_t rx;
    NicDevice_GiveBurst_t forged;
    const xheap_handle_t buffers[8] = {0x400, 0x401, 0x402, 0x403, 0x404, 0x405, 0x406, 0x407};
    const uint16_t lengths[8] = {60, 61, 62};

    mock_reset();
    CHECK(mock_chan_create(&contract_table_NicDevice, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(NicDevice_exp_send_Ready(exp, (NicDevice_MacAddress_t){{2}}) == OK);
    CHECK(NicDevice_imp_recv(imp, &(NicDevice_imp_msg_t){0}) == OK);
    /* More than 8: refused before anything is sent. */
    CHECK(NicDevice_imp_send_GiveBurst(imp, 9, buffers) == CHAN_RT_ERR_RANGE);
    CHECK(NicDevice_imp_send_GiveBurst(imp, 3, buffers) == OK);
    CHECK(mock_moved_count == 3 && mock_moved[0] == 0x400 && mock_moved[2] == 0x402);
    CHECK(NicDevice_exp_recv(exp, &in) == OK && in.id == NicDevice_MSG_GiveBurst);
    CHECK(in.u.GiveBurst.buffers_count == 3 && in.u.GiveBurst.buffers[2] == 0x402);
    CHECK(in.u.GiveBurst.buffers[3] == 0);
    CHECK(NicDevice_exp_send_ReceivedBurst(exp, 3, in.u.GiveBurst.buffers, lengths) == OK);
    CHECK(NicDevice_imp_recv_ReceivedBurst(imp, &rx) == OK);
    CHECK(rx.packets_count == 3 && rx.packets[1] == 0x401 && rx.lengths[2] == 62);
    /* An empty burst moves nothing. */
    CHECK(NicDevice_imp_send_GiveBurst(imp, 0, buffers) == OK && mock_moved_count == 0);
    CHECK(NicDevice_exp_recv(exp, &in) == OK && in.u.GiveBurst.buffers_count == 0);
    CHECK(NicDevice_exp_send_ReceivedBurst(exp, 0, buffers, lengths) == OK);
    CHECK(NicDevice_imp_recv_ReceivedBurst(imp, &rx) == OK);
    /* A block past the count, or none below it, is refused as the kernel
       refuses it: the whole message. */
    memset(&forged, 0, sizeof forged);
    forged.buffers_count = 1;
    forged.buffers[0] = 0x500;
    forged.buffers[1] = 0x501;
    CHECK(chan_rt_send(i, NicDevice_MSG_GiveBurst, &forged, sizeof forged) != OK);
    forged.buffers_count = 2;
    forged.buffers[1] = 0;
    CHECK(chan_rt_send(i, NicDevice_MSG_GiveBurst, &forged, sizeof forged) != OK);
    CHECK(mock_chan_state(e) == NicDevice_STATE_Idle);
}

/* TCP: signed enums, records by value, an endpoint handed over in a
   given state; the block device's nullable buffer. */
static void test_tcp_and_disk(void)
{
    chan_handle_t i, e;
    TcpConnection_imp_t imp;
    TcpConnection_exp_t exp;
    TcpConnection_exp_msg_t in;
    TcpConnection_imp_msg_t out;
    Endpoint4_t remote = {{10, 0, 2, 2}, 80};
    BlockDevice_imp_t dimp;
    BlockDevice_exp_t dexp;
    BlockDevice_Geometry_t geo = {.sectors = 1024, .sector_size = 512};

    mock_reset();
    CHECK(mock_chan_create(&contract_table_TcpConnection, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(TcpConnection_imp_send_Connect(imp, remote) == OK);
    CHECK(TcpConnection_exp_recv(exp, &in) == OK);
    CHECK(in.u.Connect.remote.port == 80 && in.u.Connect.remote.address[3] == 2);
    CHECK(TcpConnection_exp_send_ConnectFailed(exp, TcpConnection_TcpError_Refused) == OK);
    CHECK(TcpConnection_imp_recv(imp, &out) == OK);
    CHECK(out.u.ConnectFailed.error == -3);
    CHECK(mock_chan_state(i) == TcpConnection_STATE_Start);
    /* A channel created connected (`initial state Connected`): a
       TcpConnection that starts there. */
    CHECK(mock_chan_create(&contract_table_TcpConnection_at_Connected, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(mock_chan_state(i) == TcpConnection_STATE_Connected);
    CHECK(contract_table_TcpConnection_at_Connected.id ==
          TcpConnection_CONTRACT_ID_AT_Connected);
    CHECK(chan_rt_contract_is(i, TcpConnection_CONTRACT_ID) == OK);
    CHECK(TcpConnection_imp_send_Connect(imp, remote) == CHAN_RT_ERR_CLOSED);
    CHECK(mock_chan_create(&contract_table_TcpConnection_at_Connected, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(TcpConnection_imp_send_Write(imp, 0x600) == OK);
    CHECK(TcpConnection_exp_recv(exp, &in) == OK && in.id == TcpConnection_MSG_Write);

    CHECK(mock_chan_create(&contract_table_BlockDevice, &i, &e) == OK);
    dimp.h = i;
    dexp.h = e;
    CHECK(BlockDevice_exp_send_Ready(dexp, geo) == OK);
    CHECK(BlockDevice_imp_recv(dimp, &(BlockDevice_imp_msg_t){0}) == OK);
    CHECK(BlockDevice_imp_send_Read(dimp, 7, 1, 0) == CHAN_RT_ERR_BAD_HANDLE);
    CHECK(BlockDevice_imp_send_Read(dimp, 7, 1, 0x500) == OK);
    CHECK(BlockDevice_exp_recv(dexp, &(BlockDevice_exp_msg_t){0}) == OK);
    CHECK(BlockDevice_exp_send_Failed(dexp, ErrorCode_Busy, 0) == OK);
    CHECK(mock_moved_count == 0);
}

/* Inline names and values: in the body, no block moves; a name that is
   not NUL-terminated within its 32 bytes, or hides bytes after its NUL,
   is refused at decode. */
static void test_settings_inline(void)
{
    chan_handle_t i, e;
    Settings_imp_t imp;
    Settings_exp_t exp;
    Settings_exp_msg_t in;
    Settings_Value_t value;
    uint8_t name[32] = "colour";
    const uint8_t blue[16] = {0x00, 0x00, 0xff, 0x01};

    mock_reset();
    CHECK(mock_chan_create(&contract_table_Settings, &i, &e) == OK);
    imp.h = i;
    exp.h = e;
    CHECK(Settings_imp_send_Set(imp, name, blue) == OK);
    CHECK(Settings_exp_recv(exp, &in) == OK);
    CHECK(in.id == Settings_MSG_Set && strcmp((const char *)in.u.Set.name, "colour") == 0);
    CHECK(memcmp(in.u.Set.value, blue, sizeof blue) == 0 && mock_moved_count == 0);
    CHECK(Settings_exp_send_AckSet(exp) == OK);
    CHECK(Settings_imp_recv_AckSet(imp) == OK);
    CHECK(Settings_imp_send_Get(imp, name) == OK);
    CHECK(Settings_exp_recv(exp, &in) == OK && in.id == Settings_MSG_Get);
    CHECK(Settings_exp_send_Value(exp, blue, true) == OK);
    CHECK(Settings_imp_recv_Value(imp, &value) == OK && value.found == 1);
    CHECK(memcmp(value.value, blue, sizeof blue) == 0);
    /* 32 bytes, no NUL: refused. */
    memset(name, 'x', sizeof name);
    CHECK(Settings_imp_send_Get(imp, name) == OK);
    CHECK(Settings_exp_recv(exp, &in) == CHAN_RT_ERR_DECODE);
    CHECK(Settings_exp_send_Value(exp, blue, false) == OK);
    CHECK(Settings_imp_recv_Value(imp, &value) == OK && value.found == 0);
    /* Bytes after the NUL: refused too (nothing hides behind the text). */
    memset(name, 0, sizeof name);
    name[0] = 'a';
    name[5] = 'z';
    CHECK(Settings_imp_send_Get(imp, name) == OK);
    CHECK(Settings_exp_recv(exp, &in) == CHAN_RT_ERR_DECODE);
    /* The empty name and one of 31 bytes are text. */
    CHECK(chan_rt_text_valid((const uint8_t *)"", 1));
    memset(name, 'y', 31);
    name[31] = 0;
    CHECK(chan_rt_text_valid(name, 32) && !chan_rt_text_valid(name, 31));
}

int main(void)
{
    test_shared_types();
    test_directory_attributes();
    test_directory_bind();
    test_directory_listing();
    test_nic_fifo();
    test_nic_burst();
    test_tcp_and_disk();
    test_settings_inline();
    CHECK(mock_bound_exceeded == 0);
    if (failures != 0) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    puts("contract examples: all checks passed");
    return 0;
}
