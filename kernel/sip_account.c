/*
 * sip_account.c — a SIP's accounting, in one place (see sip.h, "Accounting").
 *
 * Every byte a SIP holds beyond its fixed costs (image, start page, safe
 * stacks) is charged here: pages from its page manager, its threads' unsafe
 * stacks, the exchange-heap blocks it owns and the quotas of the children
 * it started (Genode's quota trading: a child's quota is carved out of its
 * parent's). Callers follow decode-then-invoke:
 *
 *   sip_reserve()   decode: may the SIP take this many bytes, handle slots
 *                   and regions? ERR_QUOTA if not; changes nothing;
 *   sip_charge()    invoke: takes bytes already reserved; cannot fail;
 *   sip_uncharge()  gives them back; cannot fail.
 *
 * Invariant (checked on every change): charged <= quota. So `quota -
 * charged` never wraps, and no sequence of calls can make a SIP's
 * allowance grow. Nothing outside this file writes `account`.
 *
 * Parents: a SIP started through the ABI is charged, at its start, its
 * whole quota to the SIP that started it (sip_account_adopt); the kernel's
 * own spawns (init, self-tests) have no parent, so the sum of all quotas is
 * bounded by what the kernel and the boot configuration granted. When a SIP
 * ends, its quota goes back to its parent and its live children move to
 * that parent, whose account takes over their quotas (sip_account_close).
 *
 * Held charges (sip_charge.h): a block sent and not yet received stays
 * charged to its sender, a channel to its creator, as a sip_charge_t on
 * the payer's `held` list; they too pass to the parent when the payer ends.
 *
 * Locking: single CPU; callers run with interrupts off.
 */
#include "sip.h"

#include "panic.h"

#include <stddef.h>

static uint64_t available(const sip_t *sip)
{
    /* Invariant: charged <= quota (so this never wraps). */
    KASSERT(sip->account.charged <= sip->account.quota);
    return sip->account.quota - sip->account.charged;
}

err_t sip_reserve(const sip_t *sip, sip_need_t need)
{
    if (need.bytes > available(sip))
        return ERR_QUOTA;
    if (need.handles > handle_free_count(&sip->handles))
        return ERR_QUOTA;
    if (need.regions > SIP_MAX_REGIONS - sip->region_count)
        return ERR_QUOTA;
    return OK;
}

void sip_charge(sip_t *sip, uint64_t bytes)
{
    /* Invariant: a charge was reserved first, so it fits in the quota. */
    KASSERT(bytes <= available(sip));
    sip->account.charged += bytes;
}

void sip_uncharge(sip_t *sip, uint64_t bytes)
{
    /* Invariant: only what was charged is given back. */
    KASSERT(bytes <= sip->account.charged);
    sip->account.charged -= bytes;
}

uint64_t sip_charged(const sip_t *sip)
{
    return sip->account.charged;
}

uint64_t sip_quota(const sip_t *sip)
{
    return sip->account.quota;
}

static void child_link(sip_t *parent, sip_t *child)
{
    child->account.parent = parent;
    child->account.next_sibling = parent != NULL ? parent->account.children : NULL;
    if (parent != NULL)
        parent->account.children = child;
}

static void child_unlink(sip_t *parent, sip_t *child)
{
    for (sip_t **link = &parent->account.children; *link != NULL;
         link = &(*link)->account.next_sibling) {
        if (*link == child) {
            *link = child->account.next_sibling;
            break;
        }
    }
    child->account.parent = child->account.next_sibling = NULL;
}

void sip_account_open(sip_t *sip, uint64_t quota)
{
    sip->account = (sip_account_t){ .quota = quota };
}

void sip_account_adopt(sip_t *parent, sip_t *child)
{
    if (parent != NULL)
        sip_charge(parent, child->account.quota);
    child_link(parent, child);
}

static uint64_t held_bytes(const sip_t *sip)
{
    uint64_t sum = 0;
    for (const sip_charge_t *c = sip->account.held; c != NULL; c = c->next)
        sum += c->bytes;
    return sum;
}

static void held_link(sip_t *payer, sip_charge_t *c)
{
    c->payer = payer;
    c->prev = NULL;
    c->next = payer != NULL ? payer->account.held : NULL;
    if (payer == NULL)
        return;
    if (c->next != NULL)
        c->next->prev = c;
    payer->account.held = c;
}

static void held_unlink(sip_charge_t *c)
{
    if (c->prev != NULL)
        c->prev->next = c->next;
    else if (c->payer != NULL)
        c->payer->account.held = c->next;
    if (c->next != NULL)
        c->next->prev = c->prev;
    c->payer = NULL;
    c->prev = c->next = NULL;
}

void sip_charge_hold(sip_t *payer, sip_charge_t *c, uint64_t bytes)
{
    c->bytes = bytes;
    if (payer != NULL)
        sip_charge(payer, bytes);
    held_link(payer, c);
}

void sip_charge_drop(sip_charge_t *c)
{
    if (c->payer != NULL)
        sip_uncharge(c->payer, c->bytes);
    held_unlink(c);
}

void sip_account_close(sip_t *sip)
{
    /* Invariant: all it still has charged is its children and held charges. */
    KASSERT(sip->account.charged == sip_children_quota(sip) + held_bytes(sip));
    sip_t *parent = sip->account.parent;
    if (parent != NULL) {
        child_unlink(parent, sip);
        sip_uncharge(parent, sip->account.quota);
    }
    /* What moves up fits: it was within this SIP's quota, now the parent's again. */
    while (sip->account.children != NULL) {
        sip_t *child = sip->account.children;
        child_unlink(sip, child);
        sip_uncharge(sip, child->account.quota);
        if (parent != NULL)
            sip_charge(parent, child->account.quota);
        child_link(parent, child);
    }
    while (sip->account.held != NULL) {
        sip_charge_t *c = sip->account.held;
        sip_charge_drop(c);
        sip_charge_hold(parent, c, c->bytes);
    }
    sip->account.quota = 0;
}

uint64_t sip_children_quota(const sip_t *sip)
{
    uint64_t sum = 0;
    for (const sip_t *c = sip->account.children; c != NULL; c = c->account.next_sibling)
        sum += c->account.quota;
    return sum;
}
