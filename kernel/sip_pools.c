/*
 * sip_pools.c — the frames the SIP layer keeps for reuse, as frame.c sees
 * them: spare images (sip_image_spares.c) and pooled stacks
 * (sip_stack_pool.c). They count as free and are given back when an
 * allocation would fail.
 */
#include "frame.h"
#include "sip.h"

uint64_t frame_kept_count(void)
{
    return sip_image_spare_pages() + sip_stack_pool_pages();
}

void frame_kept_release(void)
{
    sip_image_spares_drain();
    sip_stack_pool_drain();
}
