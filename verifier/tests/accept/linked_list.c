/*
 * Safe idiom: a singly linked list on the collected heap. Pointers are
 * only created by new(), copied, compared and followed; locals holding
 * pointers are initialized where declared.
 */
#include <sip/stdlib.h>

struct node {
    long value;
    struct node *next;
};

static struct node *push(struct node *head, long value)
{
    struct node *n = new(struct node);
    n->value = value;
    n->next = head;
    return n;
}

static long sum(const struct node *n)
{
    long total = 0;
    for (; n != NULL; n = n->next)
        total += n->value;
    return total;
}

int sip_main(void)
{
    struct node *list = NULL;
    for (long i = 1; i <= 10; i++)
        list = push(list, i);
    console_print_int(sum(list));
    return 0;
}
