/*
 * Safe idiom: sorting a counted_by array of the SIP's own type, allocated
 * with new_flex(), whose const length the SIP cannot change.
 */
#include <sip/stdlib.h>

struct vector {
    const size_t count;
    long items[] __attribute__((counted_by(count)));
};

static void sort(struct vector *v)
{
    for (size_t i = 1; i < v->count; i++) {
        long key = v->items[i];
        size_t j = i;
        while (j > 0 && v->items[j - 1] > key) {
            v->items[j] = v->items[j - 1];
            j--;
        }
        v->items[j] = key;
    }
}

int sip_main(void)
{
    struct vector *v = new_flex(struct vector, count, items, 8);
    for (size_t i = 0; i < v->count; i++)
        v->items[i] = (long)((i * 7) % 8);
    sort(v);
    console_print_int(v->items[0]);
    return 0;
}
