/*
 * hosted.h — internal interfaces of the hosted platform.
 */
#ifndef INSULA_HOSTED_H
#define INSULA_HOSTED_H

/* Installs the SIGILL/SIGSEGV/SIGBUS/SIGFPE handlers on an alternate stack. */
void hosted_traps_init(void);

#endif
