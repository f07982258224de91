/*
 * sip_contracts.c — the contracts a SIP may use: its manifest's imports and
 * exports, enforced wherever an endpoint reaches it (see sip.h).
 *
 * The rule: a SIP may hold the importing end of a channel of contract C
 * only if its manifest imports C, the exporting end only if it exports C.
 * A name in the manifest admits the contract of that name and every
 * contract that extends it (contract_is_a): declaring `Service` admits an
 * `Fs` endpoint, which is what an endpoint field typed `Service.exp` may
 * really carry. Creating a channel of C needs C on either side (the creator
 * uses C and passes the other end on). The capability SIP_CAP_BROKER
 * admits every contract: the name service, which creates and passes on
 * channels of whatever contract a service publishes, and init, which
 * creates the name service's channels.
 *
 * Checked at creation (chan_create), at a receive (an endpoint a message
 * carries) and at spawn (the endpoints handed to a new SIP); each refusal is
 * ERR_DENIED with the reason in the log.
 */
#include "sip.h"

#include "channel.h"
#include "console.h"

#include <stddef.h>

/* The contract id of a manifest name: FNV-1a, as contractc computes it
 * (self-test contract_ids_agree). Reads at most SIP_NAME_MAX bytes. */
uint32_t contract_id_of_name(const char *name)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < SIP_NAME_MAX && name[i] != '\0'; i++) {
        h ^= (uint8_t)name[i];
        h *= 16777619u;
    }
    return h;
}

static bool listed(const char names[SIP_MAX_CONTRACTS][SIP_NAME_MAX], const contract_table_t *c)
{
    for (size_t i = 0; i < SIP_MAX_CONTRACTS; i++) {
        if (names[i][0] != '\0' && contract_is_a(c, contract_id_of_name(names[i])))
            return true;
    }
    return false;
}

bool manifest_may_hold(const sip_manifest_t *m, uint32_t caps, const contract_table_t *c,
                       contract_side_t side)
{
    if (caps & SIP_CAP_BROKER)
        return true;
    return listed(side == CONTRACT_SIDE_IMP ? m->imports : m->exports, c);
}

static const char *side_name(contract_side_t side)
{
    return side == CONTRACT_SIDE_IMP ? "imp" : "exp";
}

err_t manifest_admit_endpoint(const sip_manifest_t *m, uint32_t caps, const endpoint_t *ep,
                              const char *who, const char *when)
{
    const contract_table_t *c = ep->chan->contract;
    if (manifest_may_hold(m, caps, c, ep->side))
        return OK;
    kprintf("sip %s: %s refused: %s.%s is not in its manifest's %s\n", who, when, c->name,
            side_name(ep->side), ep->side == CONTRACT_SIDE_IMP ? "imports" : "exports");
    return ERR_DENIED;
}

err_t sip_admit_contract(const sip_t *sip, const contract_table_t *c)
{
    if (manifest_may_hold(&sip->manifest, sip->caps, c, CONTRACT_SIDE_IMP) ||
        manifest_may_hold(&sip->manifest, sip->caps, c, CONTRACT_SIDE_EXP))
        return OK;
    kprintf("sip %s[%u]: chan_create refused: %s is not in its manifest's imports or "
            "exports\n", sip->name, sip->id, c->name);
    return ERR_DENIED;
}
