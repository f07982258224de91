/*
 * test_process.c — sip_spawn_with over the mock ABI: the endpoints it hands
 * the kernel are the array's, and a count beyond the array's length (or
 * beyond 4) is refused before anything is read or spawned.
 */
#include "check.h"
#include "internal.h"
#include "mock_abi.h"

#include "insula/process.h"

static void test_endpoints_move(void)
{
    static const handle_t two[2] = { 0x101, 0x102 };
    mock_reset();
    handle_result_t r = sip_spawn_with("child.sip", "x", 3, 4096, 0, two, 2);
    CHECK_INT(r.err, OK);
    CHECK_UINT(r.handle, MOCK_SIP_HANDLE);
    CHECK_INT(mock_spawns, 1);
    CHECK_UINT(mock_last_spawn.endpoint_count, 2);
    CHECK_UINT(mock_last_spawn.endpoints[0], 0x101);
    CHECK_UINT(mock_last_spawn.endpoints[1], 0x102);
    CHECK_UINT(mock_last_spawn.priority, 3);
}

static void test_count_beyond_the_array(void)
{
    static const handle_t one[1] = { 0x201 };
    static const handle_t eight[8] = { 0 };
    mock_reset();
    CHECK_INT(sip_spawn_with("child.sip", "", 3, 4096, 0, one, 2).err, ERR_RANGE);
    CHECK_INT(sip_spawn_with("child.sip", "", 3, 4096, 0, eight, 5).err, ERR_RANGE);
    CHECK_INT(mock_spawns, 0);
    CHECK_INT(sip_spawn_with("child.sip", "", 3, 4096, 0, one, 1).err, OK);
    CHECK_INT(sip_spawn("child.sip", "", 3, 4096, 0).err, OK);
    CHECK_UINT(mock_last_spawn.endpoint_count, 0);
}

/* sip_kill passes the handle through and the kernel's answer back. */
static void test_kill(void)
{
    mock_reset();
    handle_result_t r = sip_spawn("child.sip", "", 3, 4096, 0);
    CHECK_INT(sip_kill(r.handle), OK);
    CHECK_INT(sip_kill(0x1234), ERR_BAD_HANDLE);
    CHECK_INT(mock_kills, 1);
}

int main(void)
{
    mock_reset();
    CHECK_INT(__insula_abi_bind(&mock_abi), OK);
    test_endpoints_move();
    test_count_beyond_the_array();
    test_kill();
    mock_reset();
    return check_exit_status("test_process");
}
