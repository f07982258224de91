/*
 * webfiles — the WebFiles client (after Singularity's): binds the file
 * system ("fs"), performs N whole-file reads of the SPECweb99 file set
 * (bench/webfiles/fileset.py) in a fixed sequence and checks every byte.
 *
 * args: "DIRS N [LABEL] [restarts=NAME:K]". The requests follow sequence.h (Park-Miller seed 2,
 * Zipf directories and ranks, the class mix): every run, and the Linux
 * program beside it (linux_webfiles.c), reads the same sequence. Only the file system calls (open, reads, close) are timed;
 * checking the bytes is not.
 *
 * It runs the sequence twice: "cold" (the file system has not read these
 * files since it was mounted) and "warm" (the same requests again, with
 * whatever its cache kept). For each it prints, besides a bench protocol
 * line (bench/README.md):
 *   webfiles: PASS: N requests, B bytes, M mismatched file(s)
 *   webfiles: PASS: R requests/s, T KB/s, median C cycles, p99 P cycles
 *   webfiles: PASS: busy B cycles per request (idle and the byte check excluded)
 * The protocol lines are named webfiles_request_PASS (cycles in file
 * system calls per request: n samples) and webfiles_busy_PASS (one sample:
 * every cycle the machine was not idle during the pass — client, fs,
 * driver, kernel — minus the client's byte check, divided by the
 * requests), each with _LABEL appended when a label is given (the harness
 * runs the same client over several devices). Busy cycles need the
 * `inspect` right (system_info); without it they are not reported.
 *
 * When the file system's channel closes under a request (the fs was
 * killed or crashed, and init restarted it), the client binds "fs" again
 * and runs the request again from its open (faults.h); the first request
 * served after that reports the restart latency. With `restarts=NAME:K`
 * (fault injection: init kills NAME, the driver or the fs, K times) it
 * runs one pass instead of two: the sequence until NAME has been
 * restarted K times, then N requests more, every byte checked, and
 *   webfiles: faults: R requests, A of them after NAME's restart K of K; ...
 */
#include <insula/stdlib.h>

#include "files/fs_client.h"
#include "../sequence.h"
#include "faults.h"

SIP_MANIFEST("webfiles", .stack_bytes = 32 * 1024, .heap_bytes = 4 * 1024 * 1024,
             .caps = SIP_CAP_INSPECT,
             .imports = { "NameService", "Fs", "File" });

#define MAX_REQUESTS 65536u
#define CHUNK 65536u

static struct {
    webfiles_seq_t seq;
    uint64_t samples[MAX_REQUESTS];    /* cycles per request */
    uint64_t timed;                    /* cycles in file system calls, this request */
    uint64_t checking;                 /* cycles checking bytes, this pass */
    uint64_t bytes;
    uint32_t mismatches;
} wf;

static uint32_t fnv1a(str_t s)
{
    uint32_t h = WEBFILES_FNV_BASIS;
    for (size_t i = 0; i < str_len(s); i++)
        h = webfiles_fnv1a_step(h, (uint8_t)str_at(s, i));
    return h;
}

/* Compares a chunk with the generator's next bytes. */
static bool chunk_matches(const buf_t *data, SIP_OUT uint32_t *state)
{
    bool same = true;
    for (size_t i = 0; i < buf_len(data); i++) {
        *state = *state * 1103515245u + 12345u;
        same = same && data->data[i] == (uint8_t)(*state >> 24);
    }
    return same;
}

/* One try of a request: open, read all, close (timed); the bytes checked
   (*matches). The file system's error, 0 if every byte was read. */
static Fs_Error_t request_once(str_t path, uint64_t size, buf_t *data, SIP_OUT bool *matches)
{
    uint32_t state = fnv1a(path);
    uint64_t t0 = cycles();
    fs_file_t *f = fs_open(faults_fs(), path, false, false, false);
    wf.timed += cycles() - t0;
    Fs_Error_t error = f->error;
    *matches = error == 0 && f->size == size;
    for (uint64_t offset = 0; error == 0 && offset < size;) {
        t0 = cycles();
        error = fs_read(f, offset, CHUNK, data);
        wf.timed += cycles() - t0;
        t0 = cycles();
        *matches = *matches && error == 0 && buf_len(data) > 0 && chunk_matches(data, &state);
        wf.checking += cycles() - t0;
        error = error == 0 && buf_len(data) == 0 ? Fs_Error_Io : error;
        offset += buf_len(data);
    }
    t0 = cycles();
    if (f->error == 0)
        fs_close(f);
    wf.timed += cycles() - t0;
    return error;
}

/* One request, tried again on a file system bound again when its channel
   closed under it (faults.c); whether every byte checked out. */
static bool request(str_t path, uint64_t size, buf_t *data)
{
    wf.timed = 0;
    bool matches = false;
    Fs_Error_t error = request_once(path, size, data, &matches);
    while (error != 0 && faults_rebound(path, error))
        error = request_once(path, size, data, &matches);
    if (error == 0)
        faults_served(path);
    wf.bytes += size;
    return error == 0 && matches;
}

static void sort_samples(uint32_t n)
{
    for (uint32_t gap = n / 2; gap > 0; gap /= 2) {
        for (uint32_t i = gap; i < n; i++) {
            uint64_t v = wf.samples[i];
            uint32_t j = i;
            while (j >= gap && wf.samples[j - gap] > v) {
                wf.samples[j] = wf.samples[j - gap];
                j -= gap;
            }
            wf.samples[j] = v;
        }
    }
}

static str_t label;    /* "" or the LABEL argument */

/* The bench line's name: webfiles_WHAT_PASS[_LABEL]. */
static void bench_name(buf_t *name, const char *what, const char *pass)
{
    buf_truncate(name, 0);
    buf_format(name, "webfiles_%s_%s%s%.*s", what, pass, str_len(label) > 0 ? "_" : "",
               (int)label.len, label.bytes);
}

/* One pass's figures; `pass` is "cold" (a file system that has not read
   these files yet) or "warm" (the same sequence again). */
static void report(const char *pass, uint32_t n, uint64_t elapsed_ns, buf_t *name)
{
    sort_samples(n);
    uint64_t median = wf.samples[n / 2];
    uint64_t p99 = wf.samples[(uint64_t)n * 99 / 100];
    uint64_t us = elapsed_ns / 1000 > 0 ? elapsed_ns / 1000 : 1;
    print("webfiles: %s: %u requests, %u bytes, %u mismatched file(s)\n", pass, n,
          (uint32_t)wf.bytes, wf.mismatches);
    print("webfiles: %s: %u requests/s, %u KB/s, median %u cycles, p99 %u cycles\n", pass,
          (uint32_t)((uint64_t)n * 1000000 / us), (uint32_t)(wf.bytes * 1000 / us),
          (uint32_t)median, (uint32_t)p99);
    bench_name(name, "request", pass);
    str_t s = buf_view(name);
    print("bench: name=%.*s unit=cycles n=%u median=%u min=%u max=%u\n", (int)s.len, s.bytes, n,
          (uint32_t)median, (uint32_t)wf.samples[0], (uint32_t)wf.samples[n - 1]);
}

/* The pass's busy cycles per request: elapsed minus idle (system_info)
   minus the client's own byte check. */
static void report_busy(const char *pass, uint32_t n, uint64_t cycles0, uint64_t idle0,
                        buf_t *name)
{
    uint64_t elapsed = cycles() - cycles0;
    system_info_result_t info = system_info();
    if (info.err != OK || idle0 == UINT64_MAX) {
        print("webfiles: %s: busy cycles not measured: system_info: %s\n", pass,
              err_name(info.err != OK ? info.err : ERR_DENIED));
        return;
    }
    uint64_t idle = info.info.idle_cycles - idle0;
    uint64_t busy = elapsed > idle + wf.checking ? elapsed - idle - wf.checking : 0;
    uint64_t per = busy / n;
    print("webfiles: %s: busy %llu cycles per request (idle and the byte check excluded), "
          "%llu in all\n", pass, (unsigned long long)per, (unsigned long long)busy);
    bench_name(name, "busy", pass);
    str_t s = buf_view(name);
    print("bench: name=%.*s unit=cycles n=1 median=%llu min=%llu max=%llu\n", (int)s.len, s.bytes,
          (unsigned long long)per, (unsigned long long)per, (unsigned long long)per);
}

/* "DIRS N [LABEL] [restarts=NAME:K]" (faults.h). */
static bool parse_args(const char *args, SIP_OUT uint32_t *dirs, SIP_OUT uint32_t *n)
{
    str_token_t a = str_next_token(str_from_cstr(args), STR(" "));
    str_token_t b = str_next_token(a.rest, STR(" "));
    str_token_t c = str_next_token(b.rest, STR(" "));
    str_token_t d = str_next_token(c.rest, STR(" "));
    bool c_faults = c.err == OK && faults_parse(c.token);
    bool d_faults = !c_faults && d.err == OK && faults_parse(d.token);
    label = c.err == OK && !c_faults && str_len(c.token) <= 16 ? c.token : str_empty();
    u64_result_t dv = str_parse_u64(a.token, 10);
    u64_result_t r = str_parse_u64(b.token, 10);
    *dirs = (uint32_t)dv.value;
    *n = (uint32_t)r.value;
    bool extra_ok = c_faults ? d.err != OK : d.err != OK || d_faults;
    return a.err == OK && b.err == OK && dv.err == OK && r.err == OK && dv.value >= 1 &&
           dv.value <= WEBFILES_MAX_DIRS && r.value >= 1 && r.value <= MAX_REQUESTS &&
           extra_ok && (c.err != OK || c_faults || str_len(c.token) <= 16);
}

/* The next request's path (into `path`) and size. */
static uint64_t next_path(buf_t *path)
{
    webfiles_pick_t pick = webfiles_seq_next(&wf.seq);
    buf_truncate(path, 0);
    buf_format(path, "/dir%05u/class%u_%u", pick.dir, pick.class_id, pick.file);
    return pick.size;
}

/* One request of a pass; a mismatch is counted and named. */
static void pass_request(buf_t *path, buf_t *data)
{
    uint64_t size = next_path(path);
    if (!request(buf_view(path), size, data)) {
        str_t p = buf_view(path);
        print("webfiles: %.*s does not read back as written\n", (int)p.len, p.bytes);
        wf.mismatches++;
    }
}

/* The N requests of the sequence, from its start. */
static void run_pass(const char *pass, uint32_t dirs, uint32_t n, buf_t *data,
                     buf_t *path)
{
    webfiles_seq_init(&wf.seq, dirs);
    wf.bytes = 0;
    wf.checking = 0;
    system_info_result_t info = system_info();
    uint64_t idle0 = info.err == OK ? info.info.idle_cycles : UINT64_MAX;
    uint64_t cycles0 = cycles();
    uint64_t start = time_ns();
    for (uint32_t i = 0; i < n; i++) {
        pass_request(path, data);
        wf.samples[i] = wf.timed;
    }
    uint64_t elapsed_ns = time_ns() - start;
    report_busy(pass, n, cycles0, idle0, path);
    report(pass, n, elapsed_ns, path);
}

/* Fault injection (faults.h): the sequence, from its start and on past
   its N-th request, until the planned restarts have all been seen, then N
   requests more. 0, or 4 if the planned restarts did not all happen
   within MAX_REQUESTS requests. */
static int run_faults(uint32_t dirs, uint32_t n, buf_t *data, buf_t *path)
{
    if (!faults_watch_begin())
        return 4;
    webfiles_seq_init(&wf.seq, dirs);
    uint32_t done = 0;
    uint32_t after = 0;
    while (after < n && done < MAX_REQUESTS) {
        bool seen = faults_all_seen();
        pass_request(path, data);
        done++;
        after += seen ? 1u : 0u;
    }
    print("webfiles: faults: %u bytes, %u mismatched file(s)\n", (uint32_t)wf.bytes,
          wf.mismatches);
    return faults_report(done, after) ? 0 : 4;
}

int main(const char *args)
{
    uint32_t dirs, n;
    if (!parse_args(args, &dirs, &n)) {
        print("webfiles: usage: webfiles DIRS(1..%u) REQUESTS(1..%u) [LABEL] "
              "[restarts=SIP:K(1..4)]\n", WEBFILES_MAX_DIRS, MAX_REQUESTS);
        return 1;
    }
    buf_t *data = buf_new(CHUNK);
    buf_t *path = buf_new(64);
    if (data == NULL || path == NULL || !faults_connect())
        return 2;
    int code = 0;
    if (faults_planned()) {
        code = run_faults(dirs, n, data, path);
    } else {
        run_pass("cold", dirs, n, data, path);
        run_pass("warm", dirs, n, data, path);
    }
    faults_disconnect();
    return wf.mismatches != 0 ? 3 : code;
}
