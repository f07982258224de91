/* sipseal.h — shared between the files of the sipseal host tool. */
#ifndef INSULA_SIPSEAL_H
#define INSULA_SIPSEAL_H

#include "sip_image.h"

/* Prints a parsed image's digest, manifest, layout and segments to stdout. */
void sipseal_print(const char *path, const sip_image_t *img);

#endif
