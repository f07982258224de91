/* malformed: an include that does not exist, plus a violation */
#include "no/such/header.h"
int *p(void) { return (int *)4096; }
