/*
 * faults.h — the client's channel to the file system, bound again when it
 * closes under a request (the fs was killed, or crashed, and init restarted
 * it), and the fault-injection run's end condition: `restarts=NAME:K`
 * keeps the client reading until SIP NAME has been restarted K times, then
 * N requests more (restarts.h).
 */
#ifndef INSULA_WEBFILES_FAULTS_H
#define INSULA_WEBFILES_FAULTS_H

#include <insula/stdlib.h>

#include "files/fs_client.h"

#define FAULTS_MAX_REBINDS 8u

/* Binds "fs"; false if it cannot (the stdlib printed why). */
bool faults_connect(void);
Fs_imp_t faults_fs(void);
void faults_disconnect(void);

/* After a request failed with `error`: whether the file system's channel
   closed and "fs" is bound again, so that the request should run again
   (at most FAULTS_MAX_REBINDS times in all). Says so in the log. */
bool faults_rebound(str_t path, Fs_Error_t error);
/* After a request succeeded: the first after a rebind reports the restart
   latency (the close found -> this request served). */
void faults_served(str_t path);

/* Parses "restarts=NAME:K" (K 1..4); false if `word` is not that. */
bool faults_parse(str_t word);
bool faults_planned(void);
/* Starts watching NAME (restarts.h); false if the kernel refuses (no `inspect`). */
bool faults_watch_begin(void);
/* Whether NAME has been restarted K times (polls the kernel's SIP list). */
bool faults_all_seen(void);
/* The run's counts; false if fewer restarts were seen than planned. */
bool faults_report(uint32_t requests, uint32_t after);

#endif
