/*
 * Attempt: this file calls a trusted SIP_OUT function with &local; another
 * file of the same SIP (helpers/out_cross_file_impl.c, checked in the same
 * run) defines a function of that name without SIP_OUT and keeps the
 * pointer. The static link would take the SIP's definition whenever no
 * other symbol of the stdlib's object is needed.
 * Without the check across files: &local reaches code that keeps it.
 */
// with: helpers/out_cross_file_impl.c
// expect: SIP-PTR-OUT helpers/out_cross_file_impl.c:11
// expect: SIP-DECL-TRUSTED helpers/out_cross_file_impl.c:11
#include <sip/stdlib.h>

long attempt(void)
{
    long v = 0;
    str_parse_long(S("1"), &v);
    return v;
}
