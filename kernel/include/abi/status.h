/*
 * status.h — the one status space of Insula (docs/errors.md).
 *
 * Every status the kernel core, the ABI, the stdlib and the channel runtime
 * can return is listed here once, with its one number: OK is 0, every error
 * is negative. kernel/include/err.h, abi/abi.h, the stdlib's insula/err.h
 * and the channel runtime's CHAN_RT_ERR_* all take their values from this
 * list, and both err_name() implementations are generated from it, so a
 * status printed anywhere has the same name and number.
 *
 * OK (0) is success; ERROR_LIST(X) calls X(NAME, number, "what it means")
 * for each error.
 * A test (docs-errors) checks that docs/errors.md lists exactly these.
 */
#ifndef INSULA_ABI_STATUS_H
#define INSULA_ABI_STATUS_H

#define ERROR_LIST(X)                                                                      \
    X(ERR_INVALID, -1, "malformed argument (bad flags, zero length, NULL object...)")      \
    X(ERR_BAD_HANDLE, -2, "not a live handle of the right type")                           \
    X(ERR_BAD_ADDRESS, -3, "a buffer not wholly inside the caller's memory")               \
    X(ERR_NO_MEMORY, -4, "the kernel or an allocator is out of memory")                    \
    X(ERR_QUOTA, -5, "the caller's memory or handle quota would be exceeded")              \
    X(ERR_DENIED, -6, "the manifest or the boot configuration does not allow it")          \
    X(ERR_NOT_FOUND, -7, "no such SIP image, module, name or token")                       \
    X(ERR_TIMEOUT, -8, "a wait ran out of time")                                           \
    X(ERR_CORRUPT, -9, "an image or metadata failed its integrity or format checks")       \
    X(ERR_RANGE, -10, "a number, index or length outside its permitted range")             \
    X(ERR_BUSY, -11, "the object is in a state that forbids this")                         \
    X(ERR_CLOSED, -12, "the channel's other end is closed")                                \
    X(ERR_EXISTS, -13, "the object is already present (a name already published)")        \
    X(ERR_ALIGN, -14, "an address or size not suitably aligned")                           \
    X(ERR_UNSUPPORTED, -15, "the platform or CPU cannot do this")                          \
    X(ERR_TRUNCATED, -16, "input ends before its declared length")                         \
    X(ERR_TOO_BIG, -17, "a message longer than the receive buffer (it stays queued)")     \
    X(ERR_UNEXPECTED, -18, "a message the caller did not ask for")                         \
    X(ERR_DECODE, -19, "a message of the wrong length or with an invalid field")           \
    X(ERR_WRONG_CONTRACT, -20, "an endpoint of another contract")                          \
    X(ERR_NO_HANDLER, -21, "switch receive: no handler for the message that came")


#endif
