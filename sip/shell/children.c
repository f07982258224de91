/*
 * children.c — the SIPs the shell starts: `start`, `kill`, the files
 * tool's runs (child_spawn), and how each ended (children_poll, `log`).
 * Under a name service a SIP started here gets a NameService channel of
 * its own, on which it acts as "shell/STEM" with at most the shell's
 * rights (service_delegate; docs/shell.md).
 */
#include "shell.h"

#define CHILDREN_MAX 8
#define START_PRIORITY 3
/* Without -q, `start` asks for quota 0: the kernel gives the image what its
   manifest declares it needs (heap and stack), carved out of the shell's. */
#define START_QUOTA_DECLARED 0

/* SIPs `start` began and the shell still watches. */
static struct {
    handle_t handle;
    uint32_t id;         /* as ps shows it; 0 if it could not be learnt */
    char image[64];
    bool running;
} children[CHILDREN_MAX];

static size_t child_free_slot(void)
{
    for (size_t i = 0; i < CHILDREN_MAX; i++)
        if (!children[i].running)
            return i;
    return CHILDREN_MAX;
}

/* What ps shows of the SIP just started (the newest in the list): its id
   (0 if it could not be learnt) and its quota. */
static abi_sip_info_t newest_sip(void)
{
    sip_list_t *list = new(sip_list_t);
    if (list == NULL || sip_list(list) != OK || list->count == 0 || list->count > SIP_LIST_MAX)
        return (abi_sip_info_t){ .id = 0 };
    return list->sips[list->count - 1];
}

/* Why a start failed, for the line after its status. */
static const char *spawn_hint(err_t err)
{
    switch (err) {
    case ERR_NOT_FOUND: return " (no boot module of that name)";
    case ERR_DENIED: return " (it asks for capabilities 'start' does not grant, or its manifest "
                            "does not import NameService: see the loader's line)";
    case ERR_QUOTA: return " (it needs more memory than its manifest declares or this shell "
                           "has left: 'start -q SIZE', within this shell's quota)";
    case ERR_INVALID: return " (the name service takes names of a-z, 0-9, '_' and '-')";
    default: return "";
    }
}

handle_result_t child_spawn(str_t module, str_t args, uint64_t quota)
{
    handle_result_t r = { .err = ERR_NO_MEMORY, .handle = 0 };
    int64_t dot = str_find(module, STR("."));
    const char *image_c = str_to_cstr(module);
    const char *stem_c = str_to_cstr(dot >= 0 ? str_slice(module, 0, (size_t)dot).str : module);
    const char *args_c = str_to_cstr(args);
    if (image_c == NULL || stem_c == NULL || args_c == NULL)
        return r;
    if (sip_endpoint(0) == 0)    /* no name service: nothing to hand on */
        return sip_spawn(image_c, args_c, START_PRIORITY, quota, 0);
    service_result_t ns = service_delegate(stem_c);
    if (ns.err != OK) {
        r.err = ns.err;
        return r;
    }
    handle_t endpoints[1] = { ns.h };
    r = sip_spawn_with(image_c, args_c, START_PRIORITY, quota, 0, endpoints, 1);
    if (r.err != OK)
        chan_close(ns.h);    /* still ours: the start failed */
    return r;
}

void spawn_failed(str_t command, str_t image, err_t err)
{
    print("%.*s: %.*s: %s%s\n", (int)command.len, command.bytes, (int)image.len, image.bytes,
          err_name(err), spawn_hint(err));
}

/* "SIZE": bytes, or with a K or M suffix; 0 if it is not one. */
static uint64_t parse_size(str_t text)
{
    size_t len = str_len(text);
    int last = len > 0 ? str_at(text, len - 1) : 0;
    unsigned shift = last == 'K' || last == 'k' ? 10 : last == 'M' || last == 'm' ? 20 : 0;
    u64_result_t n = str_parse_u64(str_slice(text, 0, shift != 0 ? len - 1 : len).str, 10);
    if (n.err != OK || n.value > (UINT64_MAX >> shift))
        return 0;
    return n.value << shift;
}

/* Sets *quota from a leading "-q SIZE" of args; the words after it, or an
   empty token when the option is malformed. */
static str_token_t start_options(str_t args, SIP_OUT uint64_t *quota)
{
    str_token_t word = str_next_token(args, STR(" "));
    *quota = START_QUOTA_DECLARED;
    if (word.err != OK || !str_equal(word.token, STR("-q")))
        return word;
    str_token_t size = str_next_token(word.rest, STR(" "));
    *quota = size.err == OK ? parse_size(size.token) : 0;
    if (*quota == 0)
        return (str_token_t){ .err = ERR_INVALID };
    return str_next_token(size.rest, STR(" "));
}

void cmd_start(str_t args)
{
    uint64_t quota;
    str_token_t image = start_options(args, &quota);
    if (image.err != OK) {
        print("start: usage: start [-q SIZE] IMAGE [ARGS]  (SIZE: bytes, or with K or M)\n");
        return;
    }
    size_t slot = child_free_slot();
    buf_t *module = buf_new(72);
    if (slot == CHILDREN_MAX || module == NULL ||
        buf_format(module, "%.*s%s", (int)image.token.len, image.token.bytes,
                   str_find(image.token, STR(".")) >= 0 ? "" : ".sip") != OK) {
        print("start: %s\n", slot == CHILDREN_MAX ? "too many SIPs started and still running"
                                                   : "out of memory");
        return;
    }
    handle_result_t r = child_spawn(buf_view(module), str_trim(image.rest), quota);
    if (r.err != OK) {
        spawn_failed(STR("start"), image.token, r.err);
        return;
    }
    children[slot].handle = r.handle;
    abi_sip_info_t started = newest_sip();
    children[slot].id = started.id;
    children[slot].running = true;
    str_t name = buf_view(module);
    for (size_t i = 0; i < sizeof children[slot].image; i++)
        children[slot].image[i] = i < name.len && i + 1 < sizeof children[slot].image
                                      ? (char)str_at(name, i) : '\0';
    print("start: %.*s started as SIP %u, quota %llu KiB%s\n", (int)image.token.len,
          image.token.bytes, children[slot].id, (unsigned long long)(started.quota_bytes / 1024),
          quota == START_QUOTA_DECLARED ? " (what its manifest declares)" : "");
}

/* The events `log` shows: the last LOG_MAX child endings. */
#define LOG_MAX 8
static struct {
    char text[LOG_MAX][96];
    size_t count;
} events;

static void log_event(buf_t *text)
{
    size_t at = events.count % LOG_MAX;
    str_t s = buf_view(text);
    for (size_t i = 0; i < sizeof events.text[at]; i++)
        events.text[at][i] = i < s.len && i + 1 < sizeof events.text[at] ? (char)str_at(s, i) : '\0';
    events.count++;
}

void children_poll(void)
{
    for (size_t i = 0; i < CHILDREN_MAX; i++) {
        if (!children[i].running)
            continue;
        /* static: its reason is viewed below (SIP-PTR-RETAINED); one thread. */
        static sip_status_t st;
        st = sip_wait(children[i].handle, 0);
        if (st.err == ERR_TIMEOUT)
            continue;
        str_t image = str_from_array(children[i].image);
        buf_t *text = buf_new(96);
        str_t reason = str_from_array(st.reason);
        if (text != NULL && st.killed)
            buf_format(text, "%.*s was killed: %.*s", (int)image.len, image.bytes,
                       (int)reason.len, reason.bytes);
        else if (text != NULL)
            buf_format(text, "%.*s exited with code %d", (int)image.len, image.bytes,
                       st.exit_code);
        if (text != NULL) {
            str_t t = buf_view(text);
            print("[%.*s]\n", (int)t.len, t.bytes);
            log_event(text);
        }
        handle_close(children[i].handle);
        children[i].running = false;
    }
}

/* What `log` adds about them: the last endings, and who still runs. */
void children_log(void)
{
    size_t first = events.count > LOG_MAX ? events.count - LOG_MAX : 0;
    for (size_t n = first; n < events.count; n++) {
        str_t t = str_from_array(events.text[n % LOG_MAX]);
        print("log: %.*s\n", (int)t.len, t.bytes);
    }
    for (size_t i = 0; i < CHILDREN_MAX; i++) {
        str_t image = str_from_array(children[i].image);
        if (children[i].running)
            print("log: %.*s is running\n", (int)image.len, image.bytes);
    }
}

void cmd_kill(str_t args)
{
    u64_result_t id = str_parse_u64(str_trim(args), 10);
    if (id.err != OK || id.value == 0) {
        print("kill: usage: kill ID (a number from ps)\n");
        return;
    }
    size_t i = 0;
    while (i < CHILDREN_MAX && !(children[i].running && children[i].id == id.value))
        i++;
    if (i == CHILDREN_MAX) {
        print("kill: SIP %llu was not started by this shell; the shell can end only the SIPs "
              "it started (it holds their handles)\n", (unsigned long long)id.value);
        return;
    }
    err_t rc = sip_kill(children[i].handle);
    if (rc != OK)
        print("kill: %s\n", err_name(rc));
    children_poll();    /* reports the end */
}
