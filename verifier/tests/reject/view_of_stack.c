/*
 * Attempt: make a view of an object on the stack and keep it after the
 * frame is gone. view_from_array(a) (the stdlib's str_from_array) is a
 * trusted macro: the array becomes a pointer inside its body, where the
 * walk does not judge SIP code, and the view keeps that pointer. Returned
 * or stored, the view then reads whatever the next frame puts in the slot
 * (perhaps a pointer, read back as bytes). Tried: a local, a member of a
 * local struct, an element of a local array of structs, a temporary (a
 * call's result, ?:, an assignment), a compound literal, a SIP macro around
 * it, parentheses, a wrapper whose SIP_OUT parameter points to the
 * caller's local, through `*` of a SIP_OUT pointer to an array, a wrapper
 * taking the struct by value (a parameter is a local). The same for a plain
 * pointer: an array member of a temporary used as a pointer.
 * Static arrays and heap objects are fine (the last lines).
 * Without SIP-PTR-RETAINED: every view below outlives its array.
 */
// expect: SIP-PTR-RETAINED 65
// expect: SIP-PTR-RETAINED 70
// expect: SIP-PTR-RETAINED 81
// expect: SIP-PTR-RETAINED 94
// expect: SIP-PTR-RETAINED 95
// expect: SIP-PTR-RETAINED 96
// expect: SIP-PTR-RETAINED 97
// expect: SIP-PTR-RETAINED 98
// expect: SIP-PTR-RETAINED 99
// expect: SIP-PTR-RETAINED 100
// expect: SIP-PTR-RETAINED 101
// expect: SIP-PTR-RETAINED 102
// expect: SIP-PTR-RETAINED 103
// expect: SIP-PTR-ADDR-LOCAL 106
// expect: SIP-PTR-RETAINED 107
// expect: SIP-PTR-ADDR-LOCAL 124
#include <sip/text.h>
#include <sip/stdlib.h>

typedef struct {
    char name[8];
    int n;
} item_t;

typedef struct {
    item_t items[2];
    item_t one;
} table_t;

typedef struct {
    int cells[4];
} row_t;

static view_t saved[16];
static const int *kept_row;
static char global_name[8] = "global";
static table_t global_table;

static item_t make(void)
{
    item_t it = { "tmp", 1 };
    return it;
}

#define VIEW_OF(x) view_from_array(x)

static view_t wrap_out(SIP_OUT item_t *it)
{
    return view_from_array(it->name);
}

static view_t wrap_out_array(SIP_OUT char (*a)[8])
{
    return view_from_array(*a);
}

static row_t make_row(void)
{
    row_t r = { { 1, 2, 3, 4 } };
    return r;
}

static view_t by_value(item_t it)
{
    return view_from_array(it.name);
}

static view_t wrap_pointer(const item_t *it)
{
    return view_from_array(it->name);
}

static view_t leak(int c)
{
    char local[8] = "abc";
    item_t it = { "x", 1 };
    table_t t = { 0 };
    saved[0] = view_from_array(local);
    saved[1] = view_from_array(it.name);
    saved[2] = view_from_array(t.items[1].name);
    saved[3] = view_from_array(t.one.name);
    saved[4] = view_from_array(make().name);
    saved[5] = view_from_array((c ? it : t.one).name);
    saved[6] = view_from_array((char[8]){ "lit" });
    saved[7] = VIEW_OF(local);
    saved[8] = view_from_array((local));
    saved[9] = view_from_array((it = t.one).name);
    saved[10] = wrap_out(&it);
    saved[15] = by_value(it);
    kept_row = make_row().cells;
    return view_from_array(t.items[c].name);
}

static view_t fine(int c)
{
    static char kept[8] = "static";
    item_t *heap = new(item_t);
    saved[11] = view_from_array(global_name);
    saved[12] = view_from_array(kept);
    saved[13] = view_from_array(global_table.items[c].name);
    saved[14] = wrap_pointer(&global_table.one);
    return heap != NULL ? view_from_array(heap->name) : saved[0];
}

int sip_main(void)
{
    char name[8] = "main";
    view_t a = leak(1), b = fine(0), d = wrap_out_array(&name);
    return (int)(a.len + b.len + d.len);
}
