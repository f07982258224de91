/*
 * Attempt: make one of the SIP's symbols an alias of another symbol,
 * so CFI's type identity and the verifier's view of the function differ.
 * Without SIP-DECL-ATTR: the alias is the same code under another type.
 */
// expect: SIP-DECL-ATTR 10
#include <sip/stdlib.h>

int real_function(int x) { return x; }
long fake_function(long x) __attribute__((alias("real_function")));
