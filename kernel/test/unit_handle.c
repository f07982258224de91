/* unit_handle.c — handle tables (kernel/lib/handle.c): forged, stale and
 * wrong-type handles refused; thread handles by id; draining a table. */
#include "handle.h"
#include "unit.h"

#include <string.h>

static handle_table_t table;
static int objects[HANDLE_TABLE_SIZE + 1];

static void test_insert_lookup_remove(void)
{
    memset(&table, 0, sizeof(table));
    uint64_t h, h2;
    void *object;
    handle_type_t type;
    CHECK(handle_insert(&table, HANDLE_ENDPOINT, &objects[0], &h) == OK);
    CHECK(h != 0 && handle_lookup(&table, h, HANDLE_ENDPOINT, &object) == OK &&
          object == &objects[0]);
    CHECK(handle_lookup(&table, h, HANDLE_XBLOCK, &object) == ERR_BAD_HANDLE);
    CHECK(handle_lookup(&table, 0, HANDLE_ENDPOINT, &object) == ERR_BAD_HANDLE);
    CHECK(handle_lookup(&table, h + ((uint64_t)1 << 32), HANDLE_ENDPOINT, &object) ==
          ERR_BAD_HANDLE);
    CHECK(handle_lookup(&table, HANDLE_TABLE_SIZE + 1, HANDLE_ENDPOINT, &object) ==
          ERR_BAD_HANDLE);
    CHECK(handle_remove(&table, h, &type, &object) == OK && type == HANDLE_ENDPOINT);
    CHECK(handle_remove(&table, h, &type, &object) == ERR_BAD_HANDLE);
    /* The slot is reused with a new generation: the old handle stays dead. */
    CHECK(handle_insert(&table, HANDLE_XBLOCK, &objects[1], &h2) == OK);
    CHECK((h2 & 0xffffffffu) == (h & 0xffffffffu) && h2 != h);
    CHECK(handle_lookup(&table, h, HANDLE_XBLOCK, &object) == ERR_BAD_HANDLE);
    CHECK(handle_free_count(&table) == HANDLE_TABLE_SIZE - 1);
}

static void test_thread_ids(void)
{
    memset(&table, 0, sizeof(table));
    uint64_t h, id = 0;
    void *object;
    CHECK(handle_insert_id(&table, HANDLE_THREAD, 4242, &h) == OK);
    CHECK(handle_lookup_id(&table, h, HANDLE_THREAD, &id) == OK && id == 4242);
    CHECK(handle_lookup_id(&table, h, HANDLE_SIP, &id) == ERR_BAD_HANDLE);
    CHECK(handle_lookup(&table, h, HANDLE_THREAD, &object) == OK && object == NULL);
}

static void test_full_and_drain(void)
{
    memset(&table, 0, sizeof(table));
    uint64_t h;
    for (int i = 0; i < HANDLE_TABLE_SIZE; i++)
        CHECK(handle_insert(&table, HANDLE_SIP, &objects[i], &h) == OK);
    CHECK(handle_insert(&table, HANDLE_SIP, &objects[HANDLE_TABLE_SIZE], &h) == ERR_QUOTA);
    CHECK(handle_free_count(&table) == 0);
    handle_type_t type;
    void *object;
    int taken = 0, seen[HANDLE_TABLE_SIZE] = { 0 };
    while (handle_take_any(&table, &type, &object)) {
        taken++;
        seen[(int *)object - objects]++;
    }
    CHECK(taken == HANDLE_TABLE_SIZE && table.used == 0);
    for (int i = 0; i < HANDLE_TABLE_SIZE; i++)
        CHECK(seen[i] == 1);
    CHECK(handle_lookup(&table, h, HANDLE_SIP, &object) == ERR_BAD_HANDLE);
}

/* A slot whose generation reached the last value is retired: generations
 * never wrap back to one an old handle carries. */
static void test_retired_slot(void)
{
    memset(&table, 0, sizeof(table));
    uint64_t h, h2;
    void *object;
    handle_type_t type;
    table.slots[0].generation = HANDLE_GENERATION_LAST - 1;
    CHECK(handle_insert(&table, HANDLE_SIP, &objects[0], &h) == OK && (h & 0xffffffffu) == 1);
    CHECK(handle_remove(&table, h, &type, &object) == OK);
    CHECK(table.slots[0].generation == HANDLE_GENERATION_LAST);
    CHECK(handle_insert(&table, HANDLE_SIP, &objects[1], &h2) == OK && (h2 & 0xffffffffu) == 2);
    CHECK(handle_lookup(&table, h, HANDLE_SIP, &object) == ERR_BAD_HANDLE);
    CHECK(table.slots[0].type == HANDLE_FREE && handle_free_count(&table) == HANDLE_TABLE_SIZE - 1);
}

int main(void)
{
    test_retired_slot();
    test_insert_lookup_remove();
    test_thread_ids();
    test_full_and_drain();
    return unit_summary("unit_handle");
}
