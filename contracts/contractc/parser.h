/* parser.h: contract source text to syntax tree. */
#ifndef CONTRACTC_PARSER_H
#define CONTRACTC_PARSER_H

#include "ast.h"

/*
 * parser_parse: parse every contract in src, appending contract_ast_t nodes
 * to *out. Syntax errors are reported (at most one per member; parsing
 * resumes at the next member) and make it return false.
 */
bool parser_parse(arena_t *arena, diag_t *diag, const source_t *src,
                  ptrvec_t *out);

#endif
