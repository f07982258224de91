/* restarts.c — see restarts.h. */
#include "restarts.h"

static sip_list_t *list;

/* A fresh list of SIPs; false if the kernel refuses (w->err). */
static bool refresh(restart_watch_t *w)
{
    w->err = ERR_NO_MEMORY;
    if (list == NULL)
        list = new(sip_list_t);
    if (list != NULL)
        w->err = sip_list(list);
    return w->err == OK;
}

static uint32_t listed(void)
{
    return list->count < SIP_LIST_MAX ? list->count : SIP_LIST_MAX;
}

/* The id of the newest running SIP named `name` in the list (0: none). */
static uint32_t newest_id(str_t name)
{
    uint32_t id = 0;
    for (uint32_t i = 0; i < listed(); i++) {
        bool running = list->sips[i].state == 0;
        if (running && str_equal(str_from_array(list->sips[i].name), name) &&
            list->sips[i].id > id)
            id = list->sips[i].id;
    }
    return id;
}

/* Listed SIPs not named `name` with an id in (from, to). */
static uint32_t others_between(str_t name, uint32_t from, uint32_t to)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < listed(); i++) {
        uint32_t id = list->sips[i].id;
        if (id > from && id < to && !str_equal(str_from_array(list->sips[i].name), name))
            n++;
    }
    return n;
}

uint32_t restart_watch_poll(restart_watch_t *w)
{
    if (!refresh(w))
        return w->restarts;
    uint32_t id = newest_id(w->name);
    if (id > w->last_id) {
        w->restarts += id - w->last_id - others_between(w->name, w->last_id, id);
        w->last_id = id;
    }
    return w->restarts;
}

void restart_watch_begin(restart_watch_t *w, str_t name, str_t self)
{
    w->name = name;
    w->restarts = 0;
    w->last_id = 0;
    if (!refresh(w))
        return;
    uint32_t me = newest_id(self);
    uint32_t first = newest_id(name);
    if (me == 0) {
        w->err = ERR_NOT_FOUND;    /* `self` is not our name */
        return;
    }
    /* started before us and still running: counting starts there; else
       (killed, or started again, since) from our own id */
    w->last_id = first != 0 && first < me ? first : me;
    restart_watch_poll(w);
}

restart_plan_t restart_plan_parse(str_t word)
{
    restart_plan_t plan = { .ok = false, .name = str_empty(), .restarts = 0 };
    if (!str_starts_with(word, STR("restarts=")))
        return plan;
    str_t rest = str_slice(word, 9, str_len(word) - 9).str;
    int64_t colon = str_find_byte(rest, ':');
    if (colon <= 0)
        return plan;
    u64_result_t n = str_parse_u64(str_slice(rest, (size_t)colon + 1,
                                             str_len(rest) - (size_t)colon - 1).str, 10);
    plan.ok = n.err == OK && n.value >= 1 && n.value <= 4;
    plan.name = plan.ok ? str_slice(rest, 0, (size_t)colon).str : str_empty();
    plan.restarts = plan.ok ? (uint32_t)n.value : 0;
    return plan;
}
